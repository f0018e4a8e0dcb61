"""Tests for the municipality list and the forgiving matcher in flows.municipalities."""

from __future__ import annotations

import time
import unicodedata
from collections import Counter
from importlib import resources

import pytest

from flows import municipalities as mun
from flows.municipalities import Municipality, all_municipalities, find, match

EXPECTED_PER_PROVINCE = {
    "Groningen": 10,
    "Fryslân": 18,
    "Drenthe": 12,
    "Overijssel": 25,
    "Flevoland": 6,
    "Gelderland": 51,
    "Utrecht": 26,
    "Noord-Holland": 44,
    "Zuid-Holland": 50,
    "Zeeland": 13,
    "Noord-Brabant": 56,
    "Limburg": 31,
}


def _data_lines(filename: str) -> list[str]:
    text = resources.files("flows").joinpath("data").joinpath(filename).read_text("utf-8")
    return text.splitlines()


def _sort_key(name: str) -> str:
    name = name[3:] if name.startswith("'s-") else name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def _names(result: mun.MatchResult) -> list[str]:
    return [m.name for m in result.candidates]


# --- the data ---------------------------------------------------------------------------


def test_there_are_342_municipalities() -> None:
    assert len(all_municipalities()) == 342


def test_count_per_province() -> None:
    counts = Counter(m.province for m in all_municipalities())
    assert dict(counts) == EXPECTED_PER_PROVINCE
    assert sum(EXPECTED_PER_PROVINCE.values()) == 342


def test_no_duplicate_names_even_after_normalisation() -> None:
    names = [m.name for m in all_municipalities()]
    assert len(set(names)) == len(names)
    compact = ["".join(mun._tokens(name)) for name in names]
    assert len(set(compact)) == len(compact)


def test_data_file_format_header_and_order() -> None:
    lines = _data_lines("gemeenten.txt")
    assert lines[0].startswith("#") and "2025" in lines[0]
    rows = [line for line in lines if line and not line.startswith("#")]
    assert len(rows) == 342
    assert all(line.count(";") == 1 and line == line.strip() for line in rows)
    names = [line.split(";")[0] for line in rows]
    assert names == sorted(names, key=_sort_key)


@pytest.mark.parametrize(
    ("name", "province"),
    [
        ("'s-Gravenhage", "Zuid-Holland"),
        ("'s-Hertogenbosch", "Noord-Brabant"),
        ("Súdwest-Fryslân", "Fryslân"),
        ("Noardeast-Fryslân", "Fryslân"),
        ("Bergen (NH)", "Noord-Holland"),
        ("Bergen (L)", "Limburg"),
        ("Hengelo", "Overijssel"),
        ("Rijswijk", "Zuid-Holland"),
        ("Beek", "Limburg"),
        ("Middelburg", "Zeeland"),
        ("Stichtse Vecht", "Utrecht"),
        ("Dijk en Waard", "Noord-Holland"),
        ("Land van Cuijk", "Noord-Brabant"),
        ("Maashorst", "Noord-Brabant"),
        ("Voorne aan Zee", "Zuid-Holland"),
        ("Heerenveen", "Fryslân"),
        ("Albrandswaard", "Zuid-Holland"),
        ("Reimerswaal", "Zeeland"),
        ("Mook en Middelaar", "Limburg"),
        ("Vijfheerenlanden", "Utrecht"),
        ("Eemsdelta", "Groningen"),
    ],
)
def test_known_municipalities_present(name: str, province: str) -> None:
    assert find(name) == Municipality(name, province)


@pytest.mark.parametrize(
    "gone",
    [
        "Brielle",
        "Hellevoetsluis",
        "Weesp",
        "Heerhugowaard",
        "Uden",
        "Boxmeer",
        "Beemster",
        "Haaren",
        "Appingedam",
    ],
)
def test_merged_municipalities_are_not_in_the_list(gone: str) -> None:
    assert find(gone) is None


def test_every_alias_points_to_an_existing_municipality() -> None:
    official = {m.name for m in all_municipalities()}
    rows = [line for line in _data_lines("gemeente_aliases.txt") if line.strip() and not line.startswith("#")]
    assert len(rows) >= 36
    normalised_names = {"".join(mun._tokens(name)) for name in official}
    aliases = []
    for line in rows:
        alias, target = line.split(";")
        assert target in official, line
        assert alias not in official, f"{alias} is itself a municipality"
        assert "".join(mun._tokens(alias)) not in normalised_names, f"{alias} clashes with a municipality"
        aliases.append(alias)
    assert len(set(aliases)) == len(aliases)


def test_find_is_case_insensitive_and_knows_den_haag() -> None:
    assert find("AMSTERDAM") == find("amsterdam") == Municipality("Amsterdam", "Noord-Holland")
    assert find("'s-gravenhage") is find("Den Haag")
    assert find("Amsterdm") is None
    assert find("") is None


def test_all_municipalities_is_cached() -> None:
    assert all_municipalities() is all_municipalities()


# --- display -----------------------------------------------------------------------------


def test_den_haag_is_displayed_as_den_haag() -> None:
    den_haag = find("'s-Gravenhage")
    assert den_haag is not None
    assert den_haag.name == "'s-Gravenhage"
    assert den_haag.display == "Den Haag"


def test_other_names_display_as_official() -> None:
    assert find("'s-Hertogenbosch").display == "'s-Hertogenbosch"
    assert find("Súdwest-Fryslân").display == "Súdwest-Fryslân"


# --- matching ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amsterdam", "Amsterdam"),
        ("  amsterdam  ", "Amsterdam"),
        ("heerenven", "Heerenveen"),
        ("amsterdm", "Amsterdam"),
        ("den bosh", "'s-Hertogenbosch"),
        ("Den Bosch", "'s-Hertogenbosch"),
        ("s-Hertogenbosch", "'s-Hertogenbosch"),
        ("s hertogenbosch", "'s-Hertogenbosch"),
        ("groningn", "Groningen"),
        ("Súdwest Fryslan", "Súdwest-Fryslân"),
        ("sudwest friesland", "Súdwest-Fryslân"),
        ("sudwest-fryslan", "Súdwest-Fryslân"),
        ("noardeast fryslan", "Noardeast-Fryslân"),
        ("Den Haag", "'s-Gravenhage"),
        ("den haag", "'s-Gravenhage"),
        ("'s Gravenhage", "'s-Gravenhage"),
        ("Joure", "De Fryske Marren"),
        ("Drachten", "Smallingerland"),
        ("Sneek", "Súdwest-Fryslân"),
        ("Heerhugowaard", "Dijk en Waard"),
        ("Spijkenisse", "Nissewaard"),
        ("Brielle", "Voorne aan Zee"),
        ("Hoogeveen", "Hoogeveen"),
        ("Heerenveen", "Heerenveen"),
        ("Schagen", "Schagen"),
        ("Ede", "Ede"),
        ("OSS", "Oss"),
        ("Groningen", "Groningen"),
        ("Midden-Groningen", "Midden-Groningen"),
        ("Utrecht", "Utrecht"),
        ("Bergen op Zoom", "Bergen op Zoom"),
        ("Bergen (NH)", "Bergen (NH)"),
        ("bergen l", "Bergen (L)"),
        ("Bergen Limburg", "Bergen (L)"),
        ("Bergen, Noord-Holland", "Bergen (NH)"),
        ("gemeente Heerenveen", "Heerenveen"),
        ("Gem. Utrecht", "Utrecht"),
        ("ik woon in Zwolle", "Zwolle"),
        ("Ik woon in de gemeente Den Helder.", "Den Helder"),
        ("in leeuwarden", "Leeuwarden"),
        ("St. Michielsgestel", "Sint-Michielsgestel"),
        ("st michielsgestel", "Sint-Michielsgestel"),
        ("Capelle a/d IJssel", "Capelle aan den IJssel"),
        ("alphen aan den rijn", "Alphen aan den Rijn"),
        ("Hengelo", "Hengelo"),
        ("heerenveen friesland", "Heerenveen"),
        ("Zeist, Utrecht", "Zeist"),
        ("Rotterdam-Zuid", "Rotterdam"),
        ("maastrict", "Maastricht"),
        ("apeldorn", "Apeldoorn"),
        ("tilbrug", "Tilburg"),
    ],
)
def test_confident_matches(text: str, expected: str) -> None:
    result = match(text)
    assert result.exact is not None, (text, _names(result))
    assert result.exact.name == expected


def test_den_haag_match_displays_den_haag() -> None:
    result = match("den haag")
    assert result.exact is not None and result.exact.display == "Den Haag"


@pytest.mark.parametrize("text", ["Bergen", "bergen", "ik woon in Bergen", "gemeente bergen"])
def test_bergen_is_ambiguous(text: str) -> None:
    result = match(text)
    assert result.exact is None
    assert set(_names(result)[:2]) == {"Bergen (NH)", "Bergen (L)"}


def test_alphen_is_ambiguous() -> None:
    result = match("Alphen")
    assert result.exact is None
    assert set(_names(result)) >= {"Alphen aan den Rijn", "Alphen-Chaam"}


def test_two_municipalities_in_one_answer_is_not_confident() -> None:
    result = match("amsterdam of rotterdam")
    assert result.exact is None
    assert set(_names(result)) == {"Amsterdam", "Rotterdam"}


def test_province_that_does_not_fit_blocks_a_confident_answer() -> None:
    result = match("Hengelo Gelderland")  # Hengelo (Gld) is a village in Bronckhorst
    assert result.exact is None
    assert _names(result) == ["Hengelo"]


def test_name_inside_an_unrelated_sentence_is_only_a_suggestion() -> None:
    result = match("ik heb ruzie met mijn buren")
    assert result.exact is None


@pytest.mark.parametrize(
    "text",
    [
        "asdfgh",
        "ok",
        "ja",
        "nee",
        "😀",
        "👍👍",
        "",
        "   ",
        "?",
        "123",
        "qwerty",
        "hallo",
        "ik weet het niet",
        "geen idee",
        "dank je wel",
        "Friesland",
        "Noord-Holland",
        "Limburg",
        "ja hoor",
    ],
)
def test_gibberish_gives_nothing(text: str) -> None:
    result = match(text)
    assert result.exact is None
    assert result.candidates == ()


def test_short_typo_is_only_a_suggestion() -> None:
    result = match("emen")
    assert result.exact is None
    assert "Emmen" in _names(result)


def test_candidates_respect_limit() -> None:
    assert len(match("Bergen", limit=1).candidates) == 1
    assert match("Bergen", limit=0).candidates == ()
    assert len(match("emen", limit=2).candidates) <= 2


def test_exact_result_has_no_candidates() -> None:
    result = match("Amsterdam")
    assert result.exact is not None and result.candidates == ()


@pytest.mark.parametrize(
    "text",
    [
        "x" * 5000,
        "asdf " * 1000,
        "ik woon in de gemeente " * 220,
        "amsterdam rotterdam utrecht " * 180,
    ],
)
def test_long_input_is_fast_and_never_confident(text: str) -> None:
    started = time.perf_counter()
    result = match(text)
    assert time.perf_counter() - started < 0.5
    assert result.exact is None


def test_long_input_with_name_first_still_finds_it_quickly() -> None:
    started = time.perf_counter()
    result = match("Heerenveen" + " " * 4990)
    assert time.perf_counter() - started < 0.5
    assert result.exact is not None and result.exact.name == "Heerenveen"


def test_long_input_with_trailing_text_suggests_the_name() -> None:
    result = match("Heerenveen " + "x" * 4989)
    assert result.exact is None
    assert _names(result) == ["Heerenveen"]
