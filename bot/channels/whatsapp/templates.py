"""Message templates: what may go to someone whose 24-hour window is closed. Meta approves each
template's text per language beforehand; we send only its name, language and values.

Two styles. A template that *carries* the message (a walk-in reminder, an aftercare check-in)
replaces it. A *nudge* (a peer proposal, a coordinator's words, anything else) asks the person to
tap a button; the message itself waits in the outbox and goes out once they have answered.
`naast whatsapp templates` prints every text to submit to Meta."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from flows.aftercare import GOING_WELL, QUESTION, STOP, WANT_TALK
from flows.i18n import _, gettext_for
from flows.settings import LANGUAGES
from flows.walkins.texts import CANCEL, MOVE

JSON = dict[str, Any]
RESUME = "whatsapp:resume"  # the nudge's button: deliver what waits, nothing else
DEFAULT_PURPOSE = "message"
_PLACEHOLDER = re.compile(r"\{\{(\d+)\}\}")
_SPACES = re.compile(r"\s+")

REMINDER_BODY = _("Hoi, met Naast. Een herinnering: je hebt een plek bij het inloopuur, {{1}}. Waar: {{2}}, {{3}}. Je code is {{4}}.")
PROPOSAL_BODY = _("Hoi, met Naast. Een ouder zoekt contact met iemand zoals jij. Tik op de knop, dan laat ik je het verzoek zien.")
COORDINATOR_BODY = _("Hoi, met Naast. Er is een nieuw bericht voor je van een medewerker. Tik op de knop om het te lezen.")
MESSAGE_BODY = _("Hoi, met Naast. Er is een nieuw bericht voor je. Tik op de knop om het te lezen.")
SHOW = _("Laat zien")
READ = _("Lees het bericht")


@dataclass(frozen=True)
class Template:
    purpose: str  # a notice kind (flows.engine.types.Notice), or "message" for anything else
    name: str
    body: str  # the Dutch source text, with Meta's {{1}}, {{2}} placeholders
    params: tuple[str, ...] = ()  # the notice values that fill the placeholders, in order
    quick_replies: tuple[str, ...] = ()
    carries_content: bool = False
    category: str = "UTILITY"

    def submission(self, language: str) -> JSON:
        """The text to submit to Meta for one language."""
        translate = gettext_for(language)
        return {
            "name": self.name,
            "category": self.category,
            "body": translate(self.body),
            "quick_replies": [translate(label) for label in self.quick_replies],
            "parameters": list(self.params),
        }


DEFAULTS = (
    Template("reminder", "naast_herinnering", REMINDER_BODY, ("when", "place", "address", "code"), (CANCEL, MOVE), carries_content=True),
    Template("check_in", "naast_nazorg", QUESTION, (), (GOING_WELL, WANT_TALK, STOP), carries_content=True),
    Template("peer_proposal", "naast_verzoek_lotgenoot", PROPOSAL_BODY, (), (SHOW,)),
    Template("coordinator", "naast_bericht_medewerker", COORDINATOR_BODY, (), (READ,)),
    Template(DEFAULT_PURPOSE, "naast_nieuw_bericht", MESSAGE_BODY, (), (READ,)),
)


@dataclass(frozen=True)
class Templates:
    by_purpose: dict[str, Template]
    language_codes: dict[str, str] = field(default_factory=lambda: {code: code for code in LANGUAGES})

    def for_notice(self, kind: str | None) -> Template:
        return self.by_purpose.get(kind or DEFAULT_PURPOSE) or self.by_purpose[DEFAULT_PURPOSE]

    def message(self, template: Template, language: str, values: dict[str, str], buttons: list[str]) -> JSON:
        """The Cloud API body of one template message. A carrying template's buttons answer
        like the message's own buttons would; a nudge's button only opens the window."""
        components: list[JSON] = []
        if template.params:
            components.append({"type": "body", "parameters": [{"type": "text", "text": _param(values.get(key, ""))} for key in template.params]})
        payloads = buttons if template.carries_content else [RESUME] * len(template.quick_replies)
        for index, payload in enumerate(payloads[: len(template.quick_replies)]):
            components.append({"type": "button", "sub_type": "quick_reply", "index": str(index), "parameters": [{"type": "payload", "payload": payload}]})
        code = self.language_codes.get(language) or self.language_codes.get("nl", "nl")
        body: JSON = {"name": template.name, "language": {"code": code}}
        if components:
            body["components"] = components
        return {"type": "template", "template": body}


def _param(value: str) -> str:
    """Meta refuses newlines, tabs and runs of spaces inside a parameter, and empty ones."""
    return _SPACES.sub(" ", value).strip()[:1000] or "-"


def load(path: Path | None) -> Templates:
    """The defaults, with names, parameters and language codes from `path` where it sets them."""
    by_purpose = {template.purpose: template for template in DEFAULTS}
    codes = {code: code for code in LANGUAGES}
    if path is None:
        return Templates(by_purpose, codes)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    codes.update({str(k): str(v) for k, v in (data.get("languages") or {}).items() if k in LANGUAGES})
    for purpose, config in (data.get("templates") or {}).items():
        if purpose not in by_purpose or not isinstance(config, dict):
            raise ValueError(f"unknown WhatsApp template purpose in {path}: {purpose}")
        template = by_purpose[purpose]
        params = tuple(str(p) for p in config.get("params", template.params))
        if len(params) != placeholders(template.body):
            raise ValueError(f"template {purpose}: {len(params)} parameters for {placeholders(template.body)} placeholders")
        by_purpose[purpose] = replace(template, name=str(config.get("name", template.name)), params=params)
    return Templates(by_purpose, codes)


def placeholders(body: str) -> int:
    return len(set(_PLACEHOLDER.findall(body)))
