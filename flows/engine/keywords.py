"""Words that always work, in every step and language, as the commands do. A parent who types
"mens" or "human" reaches a person without knowing about slash commands."""

from __future__ import annotations

import re
import unicodedata

COMMANDS = ("start", "help", "taal", "mens", "privacy", "stop", "vergeet", "lotgenoot", "einde", "deel", "inloop", "afmelden")

_WORDS: dict[str, tuple[str, ...]] = {
    "mens": (
        "mens", "een mens", "mens spreken", "medewerker", "persoon", "echt mens", "iemand spreken",
        "human", "a human", "person", "real person", "agent",
        "insan", "bir insan", "gercek insan", "yetkili",
        "انسان", "موظف", "شخص",
        "czlowiek", "konsultant", "osoba",
        "людина", "людину", "оператор", "живa людина",
    ),
    "help": ("help", "hulp", "menu", "yardim", "مساعده", "pomoc", "допомога", "допоможіть"),
    "taal": ("taal", "language", "dil", "لغه", "jezyk", "мова", "язык"),
    "privacy": ("privacy", "gizlilik", "الخصوصيه", "prywatnosc", "конфіденційність", "приватність"),
    "vergeet": (
        "vergeet", "vergeet mij", "vergeet me", "forget", "forget me", "beni unut", "unut",
        "انسني", "zapomnij", "zapomnij mnie", "забудь", "забудь мене",
    ),
    "stop": ("stop", "stoppen", "dur", "توقف", "koniec", "стоп"),
    "lotgenoot": (
        "lotgenoot", "ervaringsdeskundige", "een lotgenoot", "praten met een lotgenoot",
        "peer", "peer expert", "fellow parent",
        "deneyim uzmani", "benzer seyler yasamis ebeveyn",
        "ولي امر مثلي", "خبير تجربه",
        "inny rodzic", "ekspert przez doswiadczenie",
        "рівний консультант", "людина з подібним досвідом",
    ),
    "inloop": (
        "inloop", "inloopuur", "inloopuren", "inloopspreekuur", "spreekuur", "walk in", "walk-in", "walk in hours",
        "ziyaret saatleri", "اوقات الزياره", "dyzur", "godziny otwarte", "години прийому",
    ),
    "afmelden": (
        "afmelden", "afzeggen", "annuleren", "ik kan niet komen", "ik kan toch niet komen", "kan toch niet komen",
        "kan niet komen", "verzetten", "andere tijd", "cancel", "i cannot come", "i can't come", "iptal",
        "الغاء", "odwolaj", "anuluj", "скасувати",
    ),
    "einde": ("einde", "einde contact", "stop contact", "end contact"),
    "start": ("start", "begin", "opnieuw", "restart", "baslat", "ابدا", "от початку"),
}

_STRIP = re.compile(r"[^\w\s]", re.UNICODE)


def fold(text: str) -> str:
    """Lowercase, no accents or punctuation, Arabic letter variants unified."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(str.maketrans({"ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ı": "i", "ł": "l"}))
    return " ".join(_STRIP.sub(" ", text).split())


_LOOKUP: dict[str, str] = {fold(word): command for command, words in _WORDS.items() for word in words}


def command_for(text: str) -> str | None:
    """The command a whole short message stands for, if any."""
    if len(text) > 40:
        return None
    folded = fold(text)
    return _LOOKUP.get(folded)
