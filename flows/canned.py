"""Ready-made replies a coordinator can send in the parent's own language, for when they do not
speak it. They are parent-facing texts, so they live in the parents' catalogs (six languages)."""

from __future__ import annotations

from flows.i18n import _, gettext_for

CANNED_REPLIES: tuple[tuple[str, str], ...] = (
    ("hello", _("Hoi, ik ben een medewerker van de gemeente. Ik lees je berichten.")),
    ("moment", _("Ik heb je bericht gelezen. Ik antwoord zo snel als ik kan.")),
    ("tell", _("Kun je in een paar woorden vertellen waar je hulp bij wilt?")),
    ("call", _("Wil je liever bellen? Stuur dan je telefoonnummer en een tijd die goed is.")),
    ("translate", _("Ik spreek je taal niet goed. Ik gebruik een vertaalprogramma. Schrijf gerust in je eigen taal.")),
    ("safe", _("Is het veilig om hier te schrijven? Zo niet, kun je het gesprek ook later doen.")),
    ("bye", _("Dank je wel voor je bericht. Je kunt hier altijd weer schrijven.")),
)


def canned_for(parent_language: str, staff_language: str) -> list[tuple[str, str]]:
    """(label in the coordinator's language, text in the parent's language) pairs."""
    parent, staff = gettext_for(parent_language), gettext_for(staff_language)
    return [(staff(text), parent(text)) for _key, text in CANNED_REPLIES]
