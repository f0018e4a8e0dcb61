"""The engine on its own: decisions and state changes for one event at a time, no database."""

from __future__ import annotations

import pytest

from flows.engine.engine import Engine
from flows.engine.spec import FlowError, load, parse
from flows.engine.types import Inbound, RecordConsent, RequestHandoff, Resume, SetField, SetLanguage, State, Stop


class Chat:
    """Feeds events to the engine and carries the state forward, as the turn handler does."""

    def __init__(self, language_hint: str | None = "nl") -> None:
        self.engine = Engine(load())
        self.state = State()
        self.hint = language_hint
        self.changes: list = []
        self.count = 0

    def send(self, kind: str, text: str = "") -> list:
        self.count += 1
        event = Inbound(channel="test", user_id="u", message_id=str(self.count), kind=kind, text=text, language_hint=self.hint)  # type: ignore[arg-type]
        decision = self.engine.decide(self.state, event)
        assert decision.state is not None
        self.state = decision.state
        self.changes = decision.changes
        return decision.replies

    def text(self, text: str) -> list:
        return self.send("text", text)

    def press(self, data: str) -> list:
        return self.send("button", data)


def test_flows_load_and_every_button_fits_telegram() -> None:
    spec = load()
    for step in spec.steps.values():
        for button in [*step.buttons, *step.options]:
            assert len(f"{step.name}:{button.id}".encode()) <= 64


def test_flow_files_are_checked() -> None:
    with pytest.raises(FlowError, match="unknown step"):
        parse("steps:\n  a:\n    buttons:\n      - {id: x, label: X, then: [goto nowhere]}\n")
    with pytest.raises(FlowError, match="quoted"):
        parse("steps:\n  a:\n    buttons:\n      - {id: yes, label: X, then: []}\n")
    with pytest.raises(FlowError, match="unknown action"):
        parse("steps:\n  a:\n    buttons:\n      - {id: x, label: X, then: [explode]}\n")


def test_language_is_asked_when_the_platform_does_not_say() -> None:
    chat = Chat(language_hint=None)
    [reply] = chat.text("hallo")
    assert chat.state.step == "language"
    assert [b.label for b in reply.buttons][:2] == ["Nederlands", "English"]
    chat.press("language:tr")
    assert SetLanguage("tr") in chat.changes
    assert chat.state.step == "welcome" and chat.state.language == "tr"


def test_platform_language_is_used_and_can_be_changed() -> None:
    chat = Chat(language_hint="pl-PL")
    [welcome] = chat.send("command", "/start")
    assert chat.state.language == "pl" and chat.state.step == "welcome"
    assert any(b.data == "welcome:lang" for b in welcome.buttons)


def test_without_consent_nothing_of_triage_is_stored() -> None:
    chat = Chat()
    chat.send("command", "/start")
    chat.press("welcome:go")
    [reply] = chat.press("consent:no")
    assert RecordConsent(False) in chat.changes
    assert chat.state.step == "no_consent"
    assert {b.data for b in reply.buttons} >= {"no_consent:human", "no_consent:lines", "no_consent:info"}
    [lines] = chat.press("no_consent:lines")
    assert "0800-2000" in lines.text
    [handoff] = chat.press("help_lines:human")
    assert any(isinstance(c, RequestHandoff) for c in chat.changes)
    assert not any(isinstance(c, SetField) for c in chat.changes)
    assert "doorgegeven" in handoff.text


def test_digits_pick_buttons_and_triage_is_recorded() -> None:
    chat = Chat()
    chat.send("command", "/start")
    chat.text("1")  # Beginnen
    chat.text("1")  # Ja, dat mag
    assert chat.state.consent is True and chat.state.step == "role"
    chat.text("2")
    assert SetField("role", "child") in chat.changes
    assert chat.state.step == "municipality"


def test_ambiguous_municipality_offers_candidates() -> None:
    chat = Chat()
    for event in (("command", "/start"), ("button", "welcome:go"), ("button", "consent:yes"), ("button", "role:parent")):
        chat.send(*event)
    [reply] = chat.text("Bergen")
    assert chat.state.step == "municipality_pick"
    assert [b.label for b in reply.buttons][:2] == ["Bergen (L)", "Bergen (NH)"] or {b.label for b in reply.buttons} >= {"Bergen (L)", "Bergen (NH)"}
    chat.press("municipality_pick:c0")
    assert chat.state.municipality in ("Bergen (L)", "Bergen (NH)")
    assert chat.state.step == "life_areas"
    [unknown] = chat.send("button", "life_areas:done")
    assert chat.state.step == "urgent"


def test_language_menu_mid_triage_returns_to_the_question() -> None:
    chat = Chat()
    for event in (("command", "/start"), ("button", "welcome:go"), ("button", "consent:yes")):
        chat.send(*event)
    chat.send("command", "/taal")
    assert chat.state.step == "language"
    chat.press("language:en")
    assert chat.state.step == "role" and chat.state.language == "en"


def test_stop_and_coming_back() -> None:
    chat = Chat()
    chat.send("command", "/start")
    [reply] = chat.text("stop")
    assert Stop() in chat.changes and chat.state.stopped
    assert "geen berichten meer" in reply.text
    [back] = chat.text("hoi")
    assert Resume() in chat.changes and "Fijn dat je er weer bent" in back.text


def test_unknown_command_and_media_keep_the_parent_going() -> None:
    chat = Chat()
    chat.send("command", "/start")
    [reply] = chat.send("command", "/bestaatniet")
    assert "/help" in reply.text and reply.buttons
    [reply] = chat.send("media")
    assert "typen" in reply.text and reply.buttons


def test_words_for_a_person_work_in_every_language() -> None:
    for word in ("mens", "Human", "insan", "إنسان", "człowiek", "людина"):
        chat = Chat()
        chat.send("command", "/start")
        chat.text(word)
        assert any(isinstance(c, RequestHandoff) for c in chat.changes), word
