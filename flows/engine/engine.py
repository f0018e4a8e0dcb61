"""The decision engine: one inbound event and the conversation state in, replies and state changes
out. It touches no database and no platform, so it is the same for every channel and easy to
test; `flows.turns` loads the state and applies the changes through `flows.actions`."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass

from flows import municipalities
from flows.engine import keywords
from flows.engine.spec import Action, FlowSpec, Step
from flows.engine.types import (
    Button,
    CancelPeerSearch,
    Decision,
    EndPeerContact,
    Inbound,
    MarkUrgent,
    RecordConsent,
    Reply,
    RelayToPeer,
    RequestHandoff,
    RequestPeer,
    Resume,
    SetField,
    SetLanguage,
    SetPeerWish,
    ShareWithPeer,
    State,
    Stop,
    Understanding,
    DeclineLanguage,
    SaidSafe,
    WALK_IN_VERBS,
    AftercareAnswer,
    WalkInRequest,
)
from flows.i18n import N_, gettext_for, ngettext_for, normalise_language
from flows.settings import LANGUAGES
from nlu.crisis import detect_crisis

ALIAS_MAX = 30
LANGUAGE_OFFER_CONFIDENCE = 0.8
LANGUAGE_OFFER_WORDS = 3


def language_name(code: str) -> str:
    """A language in its own words ('Türkçe'), as on the language buttons."""
    from babel import Locale

    return Locale.parse(code).get_display_name(code) or code
_ALIAS_FORBIDDEN = re.compile(r"[\d@/<>\x00-\x1f]|www\.|http", re.IGNORECASE)


def display_name(official: str) -> str:
    found = municipalities.find(official)
    return found.display if found else official


WITHIN_WORKING_DAYS = N_("binnen %(n)d werkdag", "binnen %(n)d werkdagen")
_DIGIT = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s*$")
CHECK = "✓ "


@dataclass(frozen=True)
class Context:
    """What the engine needs to know beyond the conversation."""

    default_language: str = "nl"
    response_working_days: Callable[[str | None], int] = lambda _municipality: 2


class Turn:
    """Collects the replies and changes of one turn while keeping a working copy of the state,
    so later steps of the same turn see earlier changes."""

    def __init__(self, spec: FlowSpec, state: State, ctx: Context) -> None:
        self.spec = spec
        self.state = copy.deepcopy(state)
        self.ctx = ctx
        self.decision = Decision()
        self._pending_text: list[str] = []

    # --- language and text ---

    @property
    def language(self) -> str:
        return self.state.language or self.ctx.default_language

    def t(self, message: str, **values: object) -> str:
        text = gettext_for(self.language)(message)
        return text % values if values else text

    def change(self, change: object) -> None:
        self.decision.changes.append(change)  # type: ignore[arg-type]

    # --- output ---

    def say(self, text: str) -> None:
        """Queue a paragraph; paragraphs of one turn go out as one message with the next buttons."""
        self._pending_text.append(text)

    def flush(self, buttons: tuple[Button, ...] = ()) -> None:
        if not self._pending_text and not buttons:
            return
        text = "\n\n".join(self._pending_text)
        self.decision.replies.append(Reply(text=text, buttons=buttons, language=self.language))
        self._pending_text = []

    def values(self) -> dict[str, object]:
        days = self.ctx.response_working_days(self.state.municipality)
        if self.state.municipality:
            team = self.t("de coördinator van gemeente %(name)s", name=display_name(self.state.municipality))
        else:
            team = self.t("het team van Naast")
        labels = {o.id: o.label for o in self.spec["life_areas"].options}
        areas = ", ".join(self.t(labels[a]) for a in self.state.life_areas if a in labels)
        return {
            "team": team,
            "team_cap": team[:1].upper() + team[1:],
            "when": ngettext_for(self.language)(*WITHIN_WORKING_DAYS, days) % {"n": days},
            "areas": areas,
            "name": display_name(self.state.municipality) if self.state.municipality else "",
            "peer": self.state.peer_name or "",
            "offered": self.state.step_data.get("offered_name", ""),
        }

    def show(self, name: str) -> None:
        step = self.spec[name]
        values: dict[str, object] | None = None
        for line in step.say:
            text = self.t(line) if step.translate else line
            if "%(" in text:
                values = values or self.values()
                text = text % values
            self.say(text)

    def buttons_for(self, step: Step) -> tuple[Button, ...]:
        """The buttons as shown, in the order numbered-text channels number them."""
        translate = self.t if step.translate else (lambda s: s)
        shown: list[Button] = []
        if step.name == "municipality_pick":
            for index, name in enumerate(self.state.step_data.get("candidates", [])):
                shown.append(Button(f"{step.name}:c{index}", display_name(name)))
        for option in step.options:
            mark = CHECK if option.id in self.state.life_areas else ""
            shown.append(Button(f"{step.name}:{option.id}", mark + translate(option.label)))
        shown.extend(Button(f"{step.name}:{b.id}", translate(b.label)) for b in step.buttons)
        return tuple(shown)

    def present(self, name: str) -> None:
        """Send a step: its text and its buttons."""
        step = self.spec[name]
        self.show(name)
        self.flush(self.buttons_for(step))

    # --- navigation ---

    def goto(self, name: str) -> None:
        step = self.spec[name]
        if step.skip_if and step.goto and self._skips(step.skip_if):
            self.goto(step.goto)
            return
        current = self.spec.steps.get(self.state.step)
        if not step.aside:
            self.state.step_data = {}
        elif current is None or not current.aside:
            self.state.step_data = {"return_to": current.name if current else "welcome"}
        else:
            self.state.step_data = {"return_to": self.state.step_data.get("return_to")}
        self.state.step = name
        self.present(name)

    def _skips(self, condition: str) -> bool:
        """Whether a step can be skipped because its answer is known already."""
        if condition == "consent":
            return bool(self.state.consent)
        if condition == "dutch":
            return self.language == "nl"
        if condition == "no_municipality":
            return not self.state.municipality
        return False

    def resume(self) -> None:
        target = self.state.step_data.get("return_to")
        if not target or target not in self.spec.steps:
            target = "handoff_done" if self.state.handoff_open else "welcome"
        self.state.step_data = {}
        self.state.step = target
        self.present(target)

    def represent(self) -> None:
        """Send the current step again (after something it could not use)."""
        name = self.state.step if self.state.step in self.spec.steps else "welcome"
        self.state.step = name
        self.present(name)

    # --- actions from the flow files ---

    def run(self, actions: tuple[Action, ...]) -> None:
        for action in actions:
            getattr(self, f"_do_{action.verb}")(*action.args)

    def _do_goto(self, name: str) -> None:
        self.goto(name)

    def _do_show(self, name: str) -> None:
        self.show(name)

    def _do_resume(self) -> None:
        self.resume()

    def _do_set(self, name: str, value: str) -> None:
        if not self.state.consent:
            return
        stored: str | None = None if value == "none" else value
        setattr(self.state, name, stored)
        self.change(SetField(name, stored))

    def _do_consent(self, answer: str) -> None:
        given = answer == "yes"
        self.state.consent = given
        self.change(RecordConsent(given))

    def _do_urgent(self, reason: str) -> None:
        self.state.urgent = True
        self.change(MarkUrgent(reason))

    def _do_queue(self, reason: str) -> None:
        self.state.handoff_open = True
        self.state.status = "waiting"
        self.change(RequestHandoff(reason))

    def _do_handoff(self, reason: str) -> None:
        if self.state.handoff_open:
            self.change(RequestHandoff(reason))
            self.show("already_waiting")
            self.state.step = "handoff_done"
            self.flush(self.buttons_for(self.spec["handoff_done"]))
            return
        self._do_queue(reason)
        self.goto("handoff_done")

    def _do_language(self, language: str) -> None:
        self.state.language = language
        self.change(SetLanguage(language))

    def _do_erase(self) -> None:
        self.show("erased")
        self.flush()
        self.decision.erase = True

    def _do_peer(self, name: str, value: str) -> None:
        """Matching answers are kept without triage consent: the parent asked for a peer, and
        they are cleared once the search starts."""
        stored: object = value
        if name == "prefer_local":
            stored = {"yes": True, "no": False}.get(value)
        elif name == "languages":
            stored = [] if value == "own" else [value]
        elif name == "kind" and value == "either":
            stored = None
        self.state.peer_wish = {**self.state.peer_wish, name: stored}
        self.change(SetPeerWish(name, stored))

    def _do_find_peer(self) -> None:
        self.state.match = "searching"
        self.change(RequestPeer())
        self.goto("peer_searching")

    def _do_stop_search(self) -> None:
        if self.state.match == "searching":
            self.state.match = None
            self.change(CancelPeerSearch())
        self.goto("peer_search_stopped")

    def _do_end_peer(self) -> None:
        if self.state.match == "active":
            self.state.match = None
            self.change(EndPeerContact())
        self.state.step, self.state.step_data = "welcome", {}

    def _do_interpreter(self, language: str) -> None:
        """A request for a person who brings an interpreter; the language asked for is noted in
        the request (the reason), nowhere else, and never read as anyone's origin."""
        self._do_queue(f"interpreter:{language}"[:24])
        self.state.step, self.state.step_data = "handoff_done", {}
        self.show("interpreter_asked")
        self.flush()

    def _do_walk_ins(self) -> None:
        """The walk-in hours near the parent are looked up and shown by flows.actions.walkins."""
        self.change(WalkInRequest("offer"))

    def _do_safe(self) -> None:
        self.state.safe_said_recently = True
        self.change(SaidSafe())

    def _do_stop(self) -> None:
        if self.state.match == "active":
            self._do_end_peer()
        elif self.state.match == "searching":
            self.state.match = None
            self.change(CancelPeerSearch())
        self.state.stopped = True
        self.change(Stop())
        self.show("stopped")
        self.flush()


class Engine:
    def __init__(self, spec: FlowSpec, ctx: Context | None = None) -> None:
        self.spec = spec
        self.ctx = ctx or Context()

    def decide(self, state: State, event: Inbound, ctx: Context | None = None) -> Decision:
        turn = Turn(self.spec, state, ctx or self.ctx)
        self._handle(turn, event)
        turn.flush()
        turn.decision.state = turn.state
        return turn.decision

    # --- dispatch ---

    def _handle(self, turn: Turn, event: Inbound) -> None:
        state = turn.state
        first_contact = state.is_new
        if first_contact:
            hint = normalise_language(event.language_hint)
            if hint:
                turn._do_language(hint)
        if state.status == "taken":
            self._taken(turn, event)
            return
        if event.kind == "text" and self._crisis(turn, event.text, event.understanding):
            if state.match == "active" and self._command_of(event) is None:
                turn.change(RelayToPeer(event.text, crisis=True))
            return
        if state.stopped:
            state.stopped = False
            turn.change(Resume())
            if not first_contact:
                turn.show("back_again")

        command = self._command_of(event)
        if command is not None:
            self._command(turn, command, first_contact)
            return
        if first_contact:
            self._first_contact(turn)
            return
        if state.match == "active" and event.kind != "button":
            self._in_contact(turn, event)
            self._check_in(turn, event)
        elif event.kind == "button":
            self._button(turn, event.text)
        elif event.kind == "media" and state.handoff_open:
            turn.show("waiting")  # a voice note for the person who will answer: kept with the request
        elif event.kind == "media":
            turn.show("media")
            turn.represent()
        else:
            self._text(turn, event.text, event.understanding)
            if not self._check_in(turn, event):
                self._offer_language(turn, event)

    def _in_contact(self, turn: Turn, event: Inbound) -> None:
        """A peer contact is active: the parent's words go to the peer, unless the parent is
        answering one of our own questions (what to share)."""
        step = self.spec.steps.get(turn.state.step)
        if event.kind == "media":
            turn.show("peer_media")
        elif step is not None and step.input == "share":
            turn.change(ShareWithPeer(event.text))
            turn.state.step, turn.state.step_data = "peer_active", {}
        else:
            turn.change(RelayToPeer(event.text))
            if turn.state.step != "peer_active" and (step is None or not step.aside):
                turn.state.step, turn.state.step_data = "peer_active", {}

    def _taken(self, turn: Turn, event: Inbound) -> None:
        """A person holds the conversation: the bot stays quiet. Crisis still counts (the person
        is alerted, not the parent answered), and erasure and /stop remain the parent's right."""
        if event.kind == "text":
            hit = detect_crisis(event.text)
            if hit is not None or (event.understanding and event.understanding.crisis):
                turn._do_urgent(f"crisis_{hit.category}" if hit is not None else "crisis_classifier")
                return
        command = self._command_of(event)
        if command in ("vergeet", "stop"):
            self._command(turn, command, first_contact=False)
        elif event.kind == "button" and event.text.startswith("forget_confirm:"):
            self._button(turn, event.text)

    @staticmethod
    def _command_of(event: Inbound) -> str | None:
        if event.kind == "command":
            first = event.text.split()[0] if event.text.split() else ""
            name = first.lstrip("/").split("@")[0].lower()
            return name if name in keywords.COMMANDS else f"unknown:{name}"
        if event.kind == "text":
            return keywords.command_for(event.text)
        return None

    @staticmethod
    def _first_contact(turn: Turn) -> None:
        """Welcome in the platform's language when it told us one, else ask for a language."""
        turn.goto("welcome" if turn.state.language else "language")

    @staticmethod
    def _check_in(turn: Turn, event: Inbound) -> bool:
        """A message that worries the classifier without raising the alarm: ask whether the parent
        is safe, with the helplines in the question, after answering the message itself. Not when
        the alarm is raised already, nor again soon after they said they are safe."""
        understanding = event.understanding
        state = turn.state
        if understanding is None or not understanding.check_in or state.urgent or state.safe_said_recently or state.step == "safety_check":
            return False
        turn.flush()
        turn.goto("safety_check")
        return True

    def _crisis(self, turn: Turn, text: str, understanding: Understanding | None = None) -> bool:
        """The alarm: the classifier's reading of the message (phrase layer included) or, when no
        classifier read it, the phrase layer alone. A phrase hit the classifier doubts is not lost:
        it comes back as `understanding.check_in`, and the parent is asked (see _check_in)."""
        if understanding is not None and not understanding.crisis:
            return False  # the classifier read it, phrase layer included: no need to scan again
        hit = detect_crisis(text)
        if understanding is None and hit is None:
            return False
        language = hit.language if hit is not None else (understanding.language if understanding else None)
        if turn.state.language is None and language in LANGUAGES:
            turn._do_language(language)  # type: ignore[arg-type]
        turn._do_urgent(f"crisis_{hit.category}" if hit is not None else "crisis_classifier")
        turn._do_queue("crisis")
        turn.show("crisis")
        turn.flush()
        turn.goto("crisis_queued")
        return True

    def _command(self, turn: Turn, command: str, first_contact: bool) -> None:
        if command == "start":
            turn.state.step_data = {}
            if turn.state.language:
                turn.state.step = "start"
                turn.goto("welcome")
            else:
                turn.goto("language")
        elif command == "help":
            turn.goto("help")
        elif command == "taal":
            turn.goto("language")
        elif command == "mens":
            turn._do_handoff("asked")
        elif command == "privacy":
            turn.goto("privacy")
        elif command == "stop":
            turn._do_stop()
        elif command == "vergeet":
            turn.goto("forget_confirm")
        elif command == "inloop":
            turn.change(WalkInRequest("offer"))
        elif command == "afmelden":
            turn.change(WalkInRequest("manage"))
        elif command == "lotgenoot":
            self._want_peer(turn)
        elif command == "einde":
            if turn.state.match == "active":
                turn.goto("peer_end_confirm")
            elif turn.state.match == "searching":
                turn._do_stop_search()
            else:
                turn.show("peer_no_contact")
                turn.represent()
        elif command == "deel":
            if turn.state.match == "active":
                turn.goto("peer_share")
            else:
                turn.show("peer_no_contact")
                turn.represent()
        else:
            turn.show("unknown_command")
            if first_contact:
                self._first_contact(turn)
            else:
                turn.represent()

    @staticmethod
    def _want_peer(turn: Turn) -> None:
        if turn.state.match == "active":
            turn.show("peer_already")
            turn.flush()
        elif turn.state.match == "searching":
            turn.goto("peer_searching")
        else:
            turn.goto("peer_intro")

    def _button(self, turn: Turn, data: str) -> None:
        if data.startswith("walkin:"):
            self._walk_in_button(turn, data)
            return
        if data.startswith("aftercare:"):
            self._aftercare_button(turn, data)
            return
        step_name, _, button_id = data.partition(":")
        step = self.spec.steps.get(step_name)
        current = self.spec.steps.get(turn.state.step)
        if step is None or (step_name != turn.state.step and not self._always_valid(step_name, button_id)):
            turn.show("stale_button")
            turn.represent()
            return
        self._press(turn, step if step_name != turn.state.step else current or step, button_id)

    @staticmethod
    def _aftercare_button(turn: Turn, data: str) -> None:
        """aftercare:VALUE:PLAN. 'talk' asks for a person here, with the usual words."""
        parts = data.split(":")
        if len(parts) != 3 or parts[1] not in ("good", "talk", "stop") or not parts[2].isdigit():
            turn.show("stale_button")
            turn.represent()
            return
        turn.change(AftercareAnswer(int(parts[2]), parts[1]))
        if parts[1] == "talk":
            turn._do_handoff("aftercare")

    @staticmethod
    def _walk_in_button(turn: Turn, data: str) -> None:
        """walkin:VERB:ID; feedback comes as walkin:fbVALUE:ID. Anything else is a stale button."""
        parts = data.split(":")
        verb = parts[1] if len(parts) == 3 else ""
        value = ""
        if verb.startswith("fb"):
            verb, value = "feedback", verb[2:]
        if verb not in WALK_IN_VERBS or not parts[2].isdigit():
            turn.show("stale_button")
            turn.represent()
            return
        turn.change(WalkInRequest(verb, int(parts[2]), value))

    @staticmethod
    def _always_valid(step_name: str, button_id: str) -> bool:
        """Buttons that stay valid on old messages: a person, a language, crisis lines."""
        return step_name == "language" or button_id in ("human", "lines")

    def _press(self, turn: Turn, step: Step, button_id: str) -> None:
        if step.name == "language_offer" and button_id in ("yes", "no"):
            offered = turn.state.step_data.get("offered")
            if button_id == "yes" and offered in LANGUAGES:
                turn._do_language(offered)
            elif offered in LANGUAGES:
                turn.state.languages_declined = [*turn.state.languages_declined, offered]
                turn.change(DeclineLanguage(offered))
            turn.resume()
            return
        if step.name == "municipality_pick" and button_id.startswith("c"):
            candidates = turn.state.step_data.get("candidates", [])
            index = int(button_id[1:]) if button_id[1:].isdigit() else -1
            if 0 <= index < len(candidates):
                self._set_municipality(turn, candidates[index])
                return
        option = next((o for o in step.options if o.id == button_id), None)
        if option is not None and step.multi:
            self._toggle(turn, step, option.id)
            return
        button = step.button(button_id)
        if button is None:
            turn.show("stale_button")
            turn.represent()
            return
        if step.multi and button_id == "skip" and turn.state.consent:
            turn.state.life_areas = []
            turn.change(SetField("life_areas", []))
        turn.run(button.then)

    def _toggle(self, turn: Turn, step: Step, option_id: str) -> None:
        areas = list(turn.state.life_areas)
        areas.remove(option_id) if option_id in areas else areas.append(option_id)
        if turn.state.consent:
            turn.state.life_areas = areas
            turn.change(SetField("life_areas", areas))
        turn.show("areas_chosen" if areas else "areas_none")
        turn.flush(turn.buttons_for(step))

    def _text(self, turn: Turn, text: str, understanding: Understanding | None = None) -> None:
        step = self.spec.steps.get(turn.state.step)
        if step is None:
            turn.represent()
            return
        match = _DIGIT.match(text)
        if match:
            shown = turn.buttons_for(step)
            index = int(match.group(1)) - 1
            if 0 <= index < len(shown):
                self._press(turn, step, shown[index].data.partition(":")[2])
                return
        if step.input == "municipality":
            self._municipality_input(turn, text)
            return
        if step.input == "alias":
            self._alias_input(turn, text)
            return
        if understanding is not None and self._understood(turn, step, understanding):
            return
        if turn.state.match == "searching":
            turn.show("peer_still_searching")
            turn.flush(turn.buttons_for(self.spec["peer_searching"]))
            return
        if turn.state.handoff_open:
            turn.show("waiting")
            return
        turn.show("not_understood")
        turn.represent()

    def _understood(self, turn: Turn, step: Step, understanding: Understanding) -> bool:
        """Act on what the NLU understood; False leaves the text to the usual answers (and below
        the confidence threshold the intent is nlu_fallback: the bot asks with buttons)."""
        intent = understanding.intent
        if intent in ("affirm", "deny"):
            wanted = "yes" if intent == "affirm" else "no"
            if step.button(wanted) is not None:
                self._press(turn, step, wanted)
                return True
            return False
        simple = {"ask_info": "info", "ask_privacy": "privacy", "forget_me": "forget_confirm", "change_language": "language"}
        if intent in simple:
            turn.goto(simple[intent])
        elif intent == "ask_human":
            turn._do_handoff("asked")
        elif intent == "want_peer":
            self._want_peer(turn)
        elif intent == "book_walk_in":
            turn.change(WalkInRequest("offer"))
        elif intent == "cancel_booking":
            turn.change(WalkInRequest("manage"))
        elif intent.startswith("need_") and intent[5:] in {o.id for o in self.spec["life_areas"].options}:
            return self._note_area(turn, intent[5:])
        elif intent in ("greet", "thanks", "goodbye"):
            turn.show(f"nlu_{intent}")
            turn.represent()
        else:
            return False
        return True

    def _note_area(self, turn: Turn, area: str) -> bool:
        """'Ik heb schulden': the life area is added to triage (with consent), and the parent goes on."""
        if not turn.state.consent:
            return False
        if area not in turn.state.life_areas:
            turn.state.life_areas = [*turn.state.life_areas, area]
            turn.change(SetField("life_areas", list(turn.state.life_areas)))
        turn.show("nlu_area_noted")
        if turn.state.handoff_open:
            turn.show("waiting")
            return True
        turn.represent()
        return True

    def _offer_language(self, turn: Turn, event: Inbound) -> None:
        """A parent writing in another of our languages is asked, in that language, whether to
        switch. Never silently, and never again for a language they declined."""
        understanding = event.understanding
        if understanding is None or understanding.language not in LANGUAGES or understanding.language == turn.language:
            return
        if understanding.language_confidence < LANGUAGE_OFFER_CONFIDENCE or len(event.text.split()) < LANGUAGE_OFFER_WORDS:
            return
        if understanding.language in turn.state.languages_declined or turn.state.step == "language_offer":
            return
        offered = understanding.language
        turn.flush()
        current = self.spec.steps.get(turn.state.step)
        turn.state.step_data = {"return_to": turn.state.step if current is not None and not current.aside else turn.state.step_data.get("return_to", "welcome"), "offered": offered, "offered_name": language_name(offered)}
        turn.state.step = "language_offer"
        step = self.spec["language_offer"]
        text = gettext_for(offered)(step.say[0]) % {"offered": language_name(offered)}
        labels = {b.id: gettext_for(offered)(b.label) for b in step.buttons}
        turn.decision.replies.append(Reply(text=text, buttons=(Button("language_offer:yes", labels["yes"]), Button("language_offer:no", labels["no"])), language=offered))

    @staticmethod
    def _alias_input(turn: Turn, text: str) -> None:
        """A first name or made-up name: no digits, links or handles, so it cannot carry a
        phone number or username to the peer."""
        alias = " ".join(text.split())
        if not alias or len(alias) > ALIAS_MAX or _ALIAS_FORBIDDEN.search(alias):
            turn.show("peer_alias_invalid")
            turn.represent()
            return
        turn.state.peer_wish = {**turn.state.peer_wish, "alias": alias}
        turn.change(SetPeerWish("alias", alias))
        turn._do_find_peer()

    def _municipality_input(self, turn: Turn, text: str) -> None:
        result = municipalities.match(text)
        if result.exact is not None:
            self._set_municipality(turn, result.exact.name)
        elif result.candidates:
            turn.state.step = "municipality_pick"
            turn.state.step_data = {"candidates": [m.name for m in result.candidates]}
            turn.present("municipality_pick")
        else:
            turn.goto("municipality_unknown")

    def _set_municipality(self, turn: Turn, name: str) -> None:
        if turn.state.consent:
            turn.state.municipality = name
            turn.change(SetField("municipality", name))
            turn.show("municipality_found")
        turn.goto("life_areas")
