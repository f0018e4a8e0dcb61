"""The pool's rules without a chat: input checks, weekly hours in Dutch time, contact details."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from flows.actions.matching import has_contact_details
from flows.peers import pool


def data(**changes: object) -> pool.PeerInput:
    base = dict(display_name="Sanne", kind="lotgenoot", languages=("nl",), municipalities=("Utrecht",))
    return pool.PeerInput(**(base | changes))  # type: ignore[arg-type]


def test_validate_normalises_and_fills_the_province() -> None:
    checked = pool.validate(data(display_name="  Sanne  de  Vries ", languages=("NL", " tr", "nl"), municipalities=("heerenveen",)))
    assert checked.display_name == "Sanne de Vries"
    assert checked.languages == ("nl", "tr")
    assert checked.municipalities == ("Heerenveen",) and checked.province == "Fryslân"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"display_name": ""}, "display name"),
        ({"display_name": "<script>"}, "display name"),
        ({"kind": "coach"}, "kind"),
        ({"languages": ("de",)}, "languages"),
        ({"languages": ()}, "languages"),
        ({"municipalities": ()}, "municipality"),
        ({"municipalities": ("Atlantis",)}, "unknown municipality"),
        ({"themes": ("astrology",)}, "themes"),
        ({"capacity": 0}, "capacity"),
        ({"capacity": 11}, "capacity"),
    ],
)
def test_validate_names_the_problem(changes: dict, message: str) -> None:
    with pytest.raises(pool.PeerError, match=message):
        pool.validate(data(**changes))


def test_availability_round_trip() -> None:
    parsed = pool.parse_availability("ma 9-17, wo 13:00-17:30; vrijdag 9-12")
    assert parsed == {"0": [["09:00", "17:00"]], "2": [["13:00", "17:30"]], "4": [["09:00", "12:00"]]}
    assert pool.parse_availability(pool.format_availability(parsed)) == parsed
    assert pool.parse_availability("") == {}


@pytest.mark.parametrize("bad", ["maandag", "xx 9-17", "ma 17-9", "ma 25-26", "ma 9:75-10"])
def test_availability_refuses_what_it_cannot_read(bad: str) -> None:
    with pytest.raises(pool.PeerError):
        pool.parse_availability(bad)


def test_availability_is_dutch_local_time_across_the_clock_change() -> None:
    hours = pool.parse_availability("zo 9-10")
    # Sunday 26 October 2025, the clocks go back at 03:00: 09:00 local is 08:00 UTC.
    assert pool.available_at(hours, datetime(2025, 10, 26, 8, 30, tzinfo=UTC))
    assert not pool.available_at(hours, datetime(2025, 10, 26, 7, 30, tzinfo=UTC))
    # Sunday 19 October 2025, summer time: 09:00 local is 07:00 UTC.
    assert pool.available_at(hours, datetime(2025, 10, 19, 7, 30, tzinfo=UTC))
    assert pool.available_at({}, datetime(2025, 10, 19, 3, 0, tzinfo=UTC))  # no hours set: any time


def test_invite_codes_are_unambiguous() -> None:
    assert pool.looks_like_invite("ZB72J3Q34A")
    assert not pool.looks_like_invite("ZB72J3Q34")  # too short
    assert not pool.looks_like_invite("OB72J3Q34A")  # O is never used (read as 0)
    assert pool.invite_link("ZB72J3Q34A", "naast_bot") == "https://t.me/naast_bot?start=ZB72J3Q34A"
    assert pool.invite_link("ZB72J3Q34A", None) is None


@pytest.mark.parametrize(
    "text",
    ["bel me op 06-12345678", "+31 6 1234 5678", "0031612345678", "mail: sanne.devries@example.nl", "ik ben @sanne_fr", "https://t.me/sanne", "wa.me/31612345678", "www.example.nl"],
)
def test_contact_details_are_noticed(text: str) -> None:
    assert has_contact_details(text)


@pytest.mark.parametrize("text", ["ik heb 3 kinderen van 4, 7 en 12", "om 14:30 bij de gemeente", "€ 12.500 schuld", "dank je wel!", "op 12-03-2024 kwam de brief"])
def test_ordinary_numbers_pass(text: str) -> None:
    assert not has_contact_details(text)


def test_a_peer_free_tomorrow_morning_can_be_asked_tonight() -> None:
    hours = pool.parse_availability("di 9-12")
    monday_night = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)  # 23:00 in Amsterdam
    assert not pool.available_at(hours, monday_night)
    assert pool.available_between(hours, monday_night, monday_night + timedelta(hours=24))
    assert not pool.available_between(hours, monday_night, monday_night + timedelta(hours=8))  # until 07:00
    assert pool.available_between(pool.parse_availability("ma 20-24"), monday_night, monday_night + timedelta(hours=1))
