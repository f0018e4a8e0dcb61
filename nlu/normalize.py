"""How text is folded before the classifier sees it: phone typing writes 'yardim' for 'yardım'
and 'zle' for 'źle', so accents go (in every script: the same folding for training and
parsing); Arabic letter variants and tatweel are unified; a letter typed many times counts twice."""

from __future__ import annotations

import re
import unicodedata

_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ـ": ""})
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ß": "ss", "ø": "o", "æ": "ae"})
# Apostrophes go, whichever a keyboard makes: "don't", "don’t" and "dont" are one word, and so
# are Ukrainian "б'є", "бʼє" and "б’є" (as in the crisis phrase layer).
_APOSTROPHES = str.maketrans({c: None for c in "'’‘ʼʻ`´ʹ"})
_REPEATS = re.compile(r"(.)\1{2,}")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_ARABIC).translate(_LETTERS)
    text = _REPEATS.sub(r"\1\1", text)  # "heeeelp" -> "heelp"
    return _SPACE.sub(" ", text).strip()


# The sound key: Ukrainian typed in Latin letters ("ya bilshe ne mozhu") and Arabic typed in
# Arabizi ("nqtel rasi", "9t3o") share few character n-grams with the same words in their own
# script. Both scripts are written out in Latin as people type them, then reduced to consonants
# with look-alike sounds merged, so that "більше не можу" and "bilshe ne mozhu", or "نقتل راسي" and
# "nqtel rasi", meet in one feature space. The classifier reads this beside the folded text.
_CYRILLIC_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ы": "y", "э": "e", "ъ": "", "ё": "e",
})
_ARABIC_LATIN = str.maketrans({
    "ا": "a", "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "d", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "d", "ع": "3", "غ": "gh", "ف": "f",
    "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "u", "ي": "i", "ء": "", "پ": "p",
    "چ": "ch", "ڤ": "v", "گ": "g", "ڭ": "g",
})
_ARABIZI = {"2": "", "3": "3", "5": "h", "7": "h", "9": "k"}  # digits inside words are letters
_ARABIZI_DIGIT = re.compile(r"(?<=[a-z])[23579]|[23579](?=[a-z])")
_SOUNDS = (
    (re.compile(r"kh|gh"), "h"),
    (re.compile(r"shch|sch|sz|sh|ch|cz|rz|zh|ż"), "s"),
    (re.compile(r"[qck]"), "k"),
    (re.compile(r"[wv]"), "v"),
    (re.compile(r"[gh]"), "h"),
    (re.compile(r"[aeiouyj]"), ""),
    (re.compile(r"(\w)\1+"), r"\1"),
)


def sound(text: str) -> str:
    """The consonant key of folded text (see above): 'ya bilshe ne mozhu' -> 'bls n ms'."""
    text = text.translate(_CYRILLIC_LATIN).translate(_ARABIC_LATIN)
    text = _ARABIZI_DIGIT.sub(lambda digit: _ARABIZI[digit.group()], text)
    for pattern, replacement in _SOUNDS:
        text = pattern.sub(replacement, text)
    return _SPACE.sub(" ", text).strip()


def sound_key(text: str) -> str:
    return sound(fold(text))
