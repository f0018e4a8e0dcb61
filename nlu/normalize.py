"""How text is folded before the classifier sees it: phone typing writes 'yardim' for 'yardım'
and 'zle' for 'źle', so accents go (in every script: the same folding for training and
parsing); Arabic letter variants and tatweel are unified; a letter typed many times counts twice."""

from __future__ import annotations

import re
import unicodedata

_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ـ": ""})
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ß": "ss", "ø": "o", "æ": "ae"})
_REPEATS = re.compile(r"(.)\1{2,}")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_ARABIC).translate(_LETTERS)
    text = _REPEATS.sub(r"\1\1", text)  # "heeeelp" -> "heelp"
    return _SPACE.sub(" ", text).strip()
