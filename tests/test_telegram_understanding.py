"""Free text through the real Telegram client and the real embedded classifier, in three
languages: the parent types what they want instead of tapping."""

from __future__ import annotations

from tests.telegram_helpers import Bot, buttons, step


async def test_dutch_free_text_reaches_a_person(bot: Bot) -> None:
    parent = bot.double.user(language_code="nl")
    await step(parent, parent.send_command, "start")
    await step(parent, parent.press, "welcome:go")
    await step(parent, parent.press, "consent:yes")
    [reply] = await step(parent, parent.send_text, "kan ik gewoon even met een medewerker van de gemeente bellen")
    assert "doorgegeven" in reply["text"]
    assert [h.reason for h in await bot.handoffs()] == ["asked"]


async def test_english_free_text_asks_for_a_peer(bot: Bot) -> None:
    parent = bot.double.user(language_code="en")
    await step(parent, parent.send_command, "start")
    [reply] = await step(parent, parent.send_text, "i would like to talk to another parent who went through the same thing")
    assert "peer_intro:yes" in buttons(reply)


async def test_turkish_free_text_about_privacy_and_the_language_offer(bot: Bot) -> None:
    parent = bot.double.user(language_code="tr")
    await step(parent, parent.send_command, "start")
    [reply] = await step(parent, parent.send_text, "bilgilerim belastingdienst ile paylaşılıyor mu, kim okuyor bunu")
    assert "privacy:back" in buttons(reply)

    dutch = bot.double.user(language_code="nl")
    await step(dutch, dutch.send_command, "start")
    replies = await step(dutch, dutch.send_text, "merhaba, toeslagen yüzünden çok borcum var ne yapacağımı bilmiyorum", count=2)
    offer = replies[-1]
    assert "language_offer:yes" in buttons(offer) and "Türkçe" in offer["text"]
    [switched] = await step(dutch, dutch.press, "language_offer:yes")
    assert switched["text"] and "computerprogramma" not in switched["text"]  # no longer Dutch
    conversation_languages = {c.language for c in [await _contact(bot, dutch.id)]}
    assert conversation_languages == {"tr"}


async def _contact(bot: Bot, user_id: int):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from flows.store.models import Contact

    async with bot.runtime.sessions() as session:
        return await session.scalar(select(Contact).where(Contact.channel_user_id == str(user_id)))


async def test_a_voice_note_in_another_language_reaches_the_coordinator(bot: Bot) -> None:
    from sqlalchemy import select

    from flows.store.models import Media

    parent = bot.double.user(language_code="nl")
    await step(parent, parent.send_command, "start")
    await step(parent, parent.press, "welcome:other")
    [asked] = await step(parent, parent.press, "other_language:tamazight")
    assert "tolk" in asked["text"]
    [handoff] = await bot.handoffs()
    assert handoff.reason == "interpreter:tamazight" and handoff.status == "waiting"
    [kept] = await step(parent, parent.send_voice)
    assert "bij je vraag" in kept["text"]
    async with bot.runtime.sessions() as session:
        media = (await session.scalars(select(Media))).all()
    assert len(media) == 1 and media[0].content_type.startswith("audio/")


# Heavy words that are not explicit: the real classifier puts some of them in its check-in band
# (worrying, but below the alarm). The test takes the first that lands there, so new training data
# does not silently turn it into a test of something else.
WORRYING = (
    "ik weet het allemaal niet meer",
    "het wordt me allemaal te veel met die schulden en de kinderen",
    "ik hou het niet meer vol zo, elke dag weer een brief",
    "niemand helpt me, ik trek dit niet langer",
    "alles is zo zwaar, ik zie geen uitweg meer met die schulden",
    "soms denk ik dat iedereen beter af is zonder mijn gezeur",
    "ik ben zo moe van alles, het hoeft allemaal niet meer zo",
    "ik ben op, helemaal leeg",
)


def _in_the_check_in_band(bot: Bot) -> str:
    analyse = bot.runtime.nlu.analyse
    found = [text for text in WORRYING if analyse(text).check_in and not analyse(text).result["crisis"]]
    assert found, "none of the worrying texts is in the check-in band any more; add one that is"
    return found[0]


async def test_a_worrying_message_gets_a_safety_check_and_not_safe_raises_the_alarm(bot: Bot) -> None:
    text = _in_the_check_in_band(bot)
    parent = bot.double.user(language_code="nl")
    await step(parent, parent.send_command, "start")
    replies = await step(parent, parent.send_text, text, count=2)
    check = replies[-1]
    assert "ben je nu veilig" in check["text"] and "0800-0113" in check["text"] and "0800-2000" in check["text"]
    assert {"safety_check:unsafe", "safety_check:safe", "safety_check:human"} <= set(buttons(check))
    assert await bot.handoffs() == []  # a question, not an alarm
    [alarm] = await step(parent, parent.press, "safety_check:unsafe")
    assert "0800-0113" in alarm["text"] and "contact met je opneemt" in alarm["text"]
    [handoff] = await bot.handoffs()
    assert handoff.reason == "crisis" and handoff.urgent


async def test_safe_is_recorded_and_the_question_is_not_repeated(bot: Bot) -> None:
    from sqlalchemy import select

    from flows.store.models import AuditLog, Conversation

    text = _in_the_check_in_band(bot)
    parent = bot.double.user(language_code="nl")
    await step(parent, parent.send_command, "start")
    await step(parent, parent.send_text, text, count=2)
    [answer] = await step(parent, parent.press, "safety_check:safe")
    assert "Fijn dat je dat zegt" in answer["text"]
    again = await step(parent, parent.send_text, text)
    assert not any("ben je nu veilig" in r["text"] for r in again)
    contact = await _contact(bot, parent.id)
    async with bot.runtime.sessions() as session:
        conversation = await session.scalar(select(Conversation).where(Conversation.contact_id == contact.id))
        assert conversation is not None and conversation.safe_said_at is not None and not conversation.urgent
        actions = (await session.scalars(select(AuditLog.action).where(AuditLog.object_id == str(conversation.id)))).all()
    assert "conversation.said_safe" in actions
