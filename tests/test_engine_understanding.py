"""The engine acting on what the NLU understood (no classifier here: the understanding is given),
and the offer to switch language."""

from __future__ import annotations

from flows.engine.types import (
    DeclineLanguage,
    Inbound,
    MarkUrgent,
    RequestHandoff,
    SaidSafe,
    SetField,
    SetLanguage,
    Understanding,
    WalkInRequest,
)
from tests.test_engine import Chat


def say(
    chat: Chat, text: str, intent: str, *, language: str = "nl", language_confidence: float = 0.99, crisis: bool = False, check_in: bool = False
) -> list:
    chat.count += 1
    event = Inbound(channel="test", user_id="u", message_id=str(chat.count), kind="text", text=text,
                    understanding=Understanding(intent, 0.9, language, language_confidence, crisis, check_in))
    decision = chat.engine.decide(chat.state, event)
    chat.state, chat.changes = decision.state, decision.changes  # type: ignore[assignment]
    return decision.replies


def started() -> Chat:
    chat = Chat()
    chat.send("command", "/start")
    chat.press("welcome:go")
    chat.press("consent:yes")
    return chat


def test_intents_lead_where_the_parent_wants() -> None:
    for intent, step in (("ask_info", "info"), ("ask_privacy", "privacy"), ("forget_me", "forget_confirm"), ("change_language", "language"), ("want_peer", "peer_intro")):
        chat = started()
        say(chat, "…", intent)
        assert chat.state.step == step, intent
    chat = started()
    say(chat, "ik wil een mens", "ask_human")
    assert any(isinstance(c, RequestHandoff) for c in chat.changes)
    for intent, verb in (("book_walk_in", "offer"), ("cancel_booking", "manage")):
        chat = started()
        say(chat, "…", intent)
        assert chat.changes == [WalkInRequest(verb)]


def at_the_urgent_question() -> Chat:
    chat = started()
    chat.press("role:parent")
    chat.text("Heerenveen")
    chat.press("life_areas:done")
    assert chat.state.step == "urgent"
    return chat


def test_a_life_area_in_words_is_noted_and_the_question_stays() -> None:
    chat = at_the_urgent_question()
    replies = say(chat, "ik heb veel schulden", "need_money")
    assert "Geld en schulden" in replies[0].text and SetField("life_areas", ["money"]) in chat.changes
    assert chat.state.step == "urgent" and "urgent:none" in [b.data for b in replies[-1].buttons]


def test_yes_and_no_in_words_answer_the_buttons() -> None:
    chat = Chat()
    chat.send("command", "/start")
    chat.press("welcome:go")
    say(chat, "ja hoor", "affirm")
    assert chat.state.consent is True and chat.state.step == "role"


def test_unsure_means_buttons_not_a_guess() -> None:
    chat = started()
    [reply] = say(chat, "hmm", "nlu_fallback")
    assert "begrijp ik niet" in reply.text and reply.buttons


def test_the_classifier_alone_can_raise_a_crisis() -> None:
    chat = started()
    replies = say(chat, "alles is zwart", "out_of_scope", crisis=True)
    assert "113" in replies[0].text and chat.state.urgent


def test_a_worrying_message_gets_its_answer_then_a_safety_check_with_the_helplines() -> None:
    chat = at_the_urgent_question()
    replies = say(chat, "de brief van de belastingdienst maakt me kapot", "need_money", check_in=True)
    assert "Geld en schulden" in replies[0].text  # the message itself is answered first
    check = replies[-1]
    assert "veilig" in check.text and "112" in check.text and "113" in check.text and "0800-2000" in check.text
    assert [b.data for b in check.buttons] == ["safety_check:unsafe", "safety_check:safe", "safety_check:human"]
    assert not chat.state.urgent and not any(isinstance(c, MarkUrgent) for c in chat.changes)


def test_not_safe_raises_the_alarm() -> None:
    chat = started()
    say(chat, "ik weet het allemaal niet meer", "out_of_scope", check_in=True)
    replies = chat.press("safety_check:unsafe")
    assert chat.state.urgent and MarkUrgent("crisis_confirmed") in chat.changes
    assert RequestHandoff("crisis") in chat.changes and chat.state.step == "crisis_queued"
    assert any("0800-0113" in r.text for r in replies)


def test_safe_goes_back_to_where_the_parent_was_and_is_not_asked_again_soon() -> None:
    chat = at_the_urgent_question()
    say(chat, "ik ben zo moe van alles", "need_health", check_in=True)
    replies = chat.press("safety_check:safe")
    assert SaidSafe() in chat.changes and chat.state.safe_said_recently
    assert "Fijn dat je dat zegt" in replies[0].text and chat.state.step == "urgent"
    again = say(chat, "nog steeds zo moe", "need_health", check_in=True)
    assert chat.state.step != "safety_check" and not any("ben je nu veilig" in r.text for r in again)


def test_no_safety_check_once_the_alarm_is_raised() -> None:
    chat = started()
    say(chat, "alles is zwart", "out_of_scope", crisis=True)
    replies = say(chat, "ik weet het niet", "out_of_scope", check_in=True)
    assert not any("ben je nu veilig" in r.text for r in replies)


def test_another_language_is_offered_in_that_language_never_switched_silently() -> None:
    chat = started()
    replies = say(chat, "merhaba yardıma ihtiyacım var lütfen", "out_of_scope", language="tr")
    offer = replies[-1]
    assert offer.language == "tr" and "Türkçe" in offer.text
    assert not any(isinstance(c, SetLanguage) for c in chat.changes) and chat.state.language == "nl"
    chat.press("language_offer:yes")
    assert SetLanguage("tr") in chat.changes and chat.state.language == "tr"

    other = started()
    say(other, "merhaba yardıma ihtiyacım var lütfen", "out_of_scope", language="tr")
    other.press("language_offer:no")
    assert DeclineLanguage("tr") in other.changes
    replies = say(other, "bir sorum daha var lütfen", "out_of_scope", language="tr")
    assert all(r.language == "nl" for r in replies)  # not asked again


def test_short_or_unsure_language_guesses_are_not_offered() -> None:
    chat = started()
    assert all(r.language == "nl" for r in say(chat, "ok tamam", "affirm", language="tr"))
    assert all(r.language == "nl" for r in say(chat, "ik snap het niet goed", "nlu_fallback", language="en", language_confidence=0.5))


def test_a_parent_with_another_language_asks_for_an_interpreter_and_sends_a_voice_note() -> None:
    chat = Chat()
    [welcome] = chat.send("command", "/start")
    assert "welcome:other" in [b.data for b in welcome.buttons]
    [choice] = chat.press("welcome:other")
    assert "🎤" in choice.text and "spraakbericht" in choice.text
    [asked] = chat.press("other_language:tarifit")
    assert "tolk" in asked.text and "112" in asked.text
    assert RequestHandoff("interpreter:tarifit") in chat.changes
    [kept] = chat.send("media")
    assert "bij je vraag" in kept.text


def test_a_phrase_hit_the_classifier_doubts_is_asked_about_not_lost() -> None:
    """"ik wilde niet meer leven" matches the phrase layer; when the classifier, reading the whole
    message, is nearly sure it is safe, the parent gets the safety check (helplines included)."""
    chat = at_the_urgent_question()
    text = "twee jaar geleden wilde ik niet meer leven, nu gaat het met therapie veel beter"
    replies = say(chat, text, "need_health", check_in=True)
    assert not chat.state.urgent and "ben je nu veilig" in replies[-1].text and "0800-0113" in replies[-1].text


def test_without_a_classifier_the_phrase_layer_alone_raises_the_alarm() -> None:
    chat = started()
    replies = chat.text("ik wil niet meer leven")
    assert chat.state.urgent and "113" in replies[0].text


def test_a_parent_in_peer_contact_is_asked_too() -> None:
    from tests.test_engine_peers import in_contact

    chat = in_contact()
    replies = say(chat, "ik weet het allemaal niet meer", "out_of_scope", check_in=True)
    assert any("ben je nu veilig" in r.text for r in replies)
    chat.press("safety_check:safe")
    assert chat.state.step == "peer_active"
