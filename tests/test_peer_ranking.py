"""Tests for the database-free peer ranking in flows.peers.ranking."""

from __future__ import annotations

import dataclasses
import random

import pytest

from flows.peers.ranking import (
    ERVARINGSDESKUNDIGE,
    LOTGENOOT,
    PeerProfile,
    Request,
    eligible,
    rank,
)


def peer(id: int = 1, **changes: object) -> PeerProfile:
    """A peer who fits `request()` unless told otherwise."""
    base = PeerProfile(
        id=id,
        display_name=f"Peer {id}",
        kind=LOTGENOOT,
        languages=frozenset({"nl"}),
        municipalities=frozenset({"Utrecht"}),
        province="Utrecht",
        themes=frozenset(),
        capacity=2,
        active_matches=0,
        paused=False,
        available_now=True,
        connected=True,
    )
    return dataclasses.replace(base, **changes)


def request(**changes: object) -> Request:
    base = Request(
        language="nl",
        municipality="Utrecht",
        province="Utrecht",
        kind=None,
        themes=frozenset(),
        prefer_local=True,
    )
    return dataclasses.replace(base, **changes)


def ids(ranked: list) -> list[int]:
    return [r.peer.id for r in ranked]


# Hard filters -----------------------------------------------------------------------------------


def test_baseline_peer_is_eligible() -> None:
    assert eligible(peer(), request()) is None
    assert ids(rank([peer()], request())) == [1]


@pytest.mark.parametrize(
    ("peer_changes", "request_changes", "key"),
    [
        ({"connected": False}, {}, "not_connected"),
        ({"paused": True}, {}, "paused"),
        ({"active_matches": 2}, {}, "full"),
        ({"active_matches": 3}, {}, "full"),
        ({"capacity": 0}, {}, "full"),
        ({"available_now": False}, {}, "unavailable"),
        ({"languages": frozenset({"tr"})}, {}, "language"),
        ({}, {"language": "ar"}, "language"),
        ({"kind": LOTGENOOT}, {"kind": ERVARINGSDESKUNDIGE}, "kind"),
        ({"kind": ERVARINGSDESKUNDIGE}, {"kind": LOTGENOOT}, "kind"),
        ({"municipalities": frozenset({"Zeist"})}, {}, "region"),
        ({"municipalities": frozenset({"Zeist"})}, {"prefer_local": None}, "region"),
        ({"municipalities": frozenset()}, {}, "region"),
        ({"municipalities": frozenset()}, {"municipality": None}, "region"),
        ({"municipalities": frozenset()}, {"prefer_local": False}, "region"),
        ({}, {"exclude": frozenset({1})}, "excluded"),
    ],
)
def test_each_hard_filter_excludes(peer_changes: dict, request_changes: dict, key: str) -> None:
    p, r = peer(**peer_changes), request(**request_changes)
    assert eligible(p, r) == key
    assert rank([p], r) == []


def test_first_failing_filter_is_reported() -> None:
    p = peer(connected=False, paused=True, available_now=False, languages=frozenset({"tr"}))
    assert eligible(p, request(exclude=frozenset({1}))) == "not_connected"
    assert eligible(dataclasses.replace(p, connected=True), request()) == "paused"


def test_excluding_one_peer_keeps_the_others() -> None:
    assert ids(rank([peer(1), peer(2), peer(3)], request(exclude=frozenset({2})))) == [1, 3]


def test_language_match_ignores_case_and_accepts_any_spoken_language() -> None:
    assert eligible(peer(languages=frozenset({"NL", "tr"})), request(language="tr")) is None
    assert eligible(peer(languages=frozenset({"NL"})), request(language="nl")) is None


def test_any_kind_accepted_when_parent_has_no_preference() -> None:
    peers = [peer(1, kind=LOTGENOOT), peer(2, kind=ERVARINGSDESKUNDIGE)]
    assert ids(rank(peers, request(kind=None))) == [1, 2]
    assert ids(rank(peers, request(kind=ERVARINGSDESKUNDIGE))) == [2]


def test_unknown_municipality_accepts_any_peer_with_a_catchment() -> None:
    far = peer(municipalities=frozenset({"Maastricht"}), province="Limburg")
    assert eligible(far, request(municipality=None, province=None)) is None


def test_prefer_elsewhere_admits_peers_outside_and_inside_own_municipality() -> None:
    r = request(prefer_local=False)
    assert eligible(peer(municipalities=frozenset({"Maastricht"})), r) is None
    assert eligible(peer(municipalities=frozenset({"Utrecht"})), r) is None


def test_nobody_fits_gives_empty_result() -> None:
    peers = [peer(1, paused=True), peer(2, active_matches=2), peer(3, languages=frozenset({"en"}))]
    assert rank(peers, request()) == []
    assert rank([], request()) == []


# Scoring -----------------------------------------------------------------------------------------


def test_theme_overlap_wins_over_closeness_and_load() -> None:
    r = request(themes=frozenset({"money", "children_placed"}), prefer_local=True)
    close_and_free = peer(1, themes=frozenset({"money"}), active_matches=0, capacity=5)
    far_and_busy = peer(
        2,
        themes=frozenset({"money", "children_placed", "work"}),
        municipalities=frozenset({"Utrecht"}),
        province="Limburg",
        active_matches=4,
        capacity=5,
    )
    assert ids(rank([close_and_free, far_and_busy], r)) == [2, 1]


def test_theme_overlap_wins_even_against_privacy_closeness() -> None:
    r = request(themes=frozenset({"debts"}), prefer_local=False)
    local_match = peer(1, themes=frozenset({"debts"}), active_matches=1)
    elsewhere_no_theme = peer(2, municipalities=frozenset({"Maastricht"}), province="Limburg")
    assert ids(rank([elsewhere_no_theme, local_match], r)) == [1, 2]


def test_more_shared_themes_rank_higher() -> None:
    r = request(themes=frozenset({"money", "housing", "debts"}))
    peers = [
        peer(1, themes=frozenset({"money"})),
        peer(2, themes=frozenset({"money", "housing", "debts"})),
        peer(3, themes=frozenset({"money", "housing"})),
        peer(4, themes=frozenset({"work"})),
    ]
    assert ids(rank(peers, r)) == [2, 3, 1, 4]


def test_fair_load_wins_when_otherwise_equal() -> None:
    busy, free = peer(1, active_matches=1, capacity=2), peer(2, active_matches=0, capacity=2)
    ranked = rank([busy, free], request())
    assert ids(ranked) == [2, 1]
    assert ranked[0].score > ranked[1].score


def test_fair_load_is_relative_to_capacity() -> None:
    half = peer(1, active_matches=1, capacity=2)
    quarter = peer(2, active_matches=1, capacity=4)
    assert ids(rank([half, quarter], request())) == [2, 1]


def test_prefer_local_orders_municipality_then_province_then_elsewhere() -> None:
    r = request(municipality=None, province="Utrecht", prefer_local=True)
    peers = [
        peer(1, municipalities=frozenset({"Maastricht"}), province="Limburg"),
        peer(2, municipalities=frozenset({"Zeist"}), province="Utrecht"),
    ]
    assert ids(rank(peers, r)) == [2, 1]
    r = request(prefer_local=True)
    peers = [
        peer(1, municipalities=frozenset({"Utrecht"}), province="Limburg"),
        peer(2, municipalities=frozenset({"Utrecht"}), province="Utrecht"),
    ]
    assert ids(rank(peers, r)) == [2, 1]


def test_prefer_local_false_flips_closeness() -> None:
    serves_own = peer(1, municipalities=frozenset({"Utrecht"}), province="Utrecht")
    same_province = peer(2, municipalities=frozenset({"Zeist"}), province="Utrecht")
    elsewhere = peer(3, municipalities=frozenset({"Maastricht"}), province="Limburg")
    peers = [serves_own, same_province, elsewhere]
    assert ids(rank(peers, request(prefer_local=False))) == [3, 2, 1]
    assert ids(rank(peers, request(municipality=None, prefer_local=True))) == [1, 2, 3]


def test_prefer_local_false_unknown_province_ranks_between_local_and_elsewhere() -> None:
    local = peer(1, municipalities=frozenset({"Zeist"}), province="Utrecht")
    unknown = peer(2, municipalities=frozenset({"Zeist"}), province=None)
    elsewhere = peer(3, municipalities=frozenset({"Zeist"}), province="Limburg")
    assert ids(rank([local, unknown, elsewhere], request(prefer_local=False))) == [3, 2, 1]


def test_no_preference_is_weaker_than_preferring_local() -> None:
    near_busy = peer(1, municipalities=frozenset({"Zeist"}), province="Utrecht", active_matches=2, capacity=3)
    far_free = peer(2, municipalities=frozenset({"Zeist"}), province="Limburg", active_matches=0, capacity=3)
    base = {"municipality": None, "province": "Utrecht"}
    assert ids(rank([near_busy, far_free], request(**base, prefer_local=True))) == [1, 2]
    assert ids(rank([near_busy, far_free], request(**base, prefer_local=None))) == [2, 1]


def test_no_kind_bonus_when_parent_accepts_either() -> None:
    ranked = rank([peer(1, kind=ERVARINGSDESKUNDIGE), peer(2, kind=LOTGENOOT)], request(kind=None))
    assert ranked[0].score == ranked[1].score


# Tie-break and determinism -----------------------------------------------------------------------


def test_equal_score_breaks_on_lower_load_then_id() -> None:
    # No preference: same province (+0.5) at load 1/2 (+0.5) equals elsewhere at load 0/2 (+1.0).
    r = request(municipality=None, province="Utrecht", prefer_local=None)
    near_busy = peer(1, province="Utrecht", active_matches=1, capacity=2)
    far_free = peer(2, province="Limburg", active_matches=0, capacity=2)
    ranked = rank([near_busy, far_free], r)
    assert ranked[0].score == ranked[1].score
    assert ids(ranked) == [2, 1]


def test_identical_peers_are_ordered_by_id_whatever_the_input_order() -> None:
    peers = [peer(i) for i in (7, 3, 11, 5, 1)]
    expected = [1, 3, 5, 7, 11]
    for seed in range(5):
        shuffled = peers[:]
        random.Random(seed).shuffle(shuffled)
        assert ids(rank(shuffled, request())) == expected
    assert rank(peers, request()) == rank(list(reversed(peers)), request())


# Reasons ------------------------------------------------------------------------------------------


def test_reasons_name_every_component() -> None:
    r = request(kind=LOTGENOOT, themes=frozenset({"money", "debts", "work"}), prefer_local=True)
    p = peer(themes=frozenset({"money", "debts"}), active_matches=1, capacity=3)
    [ranked] = rank([p], r)
    assert ranked.reasons == ("language", "kind", "themes:2", "same_municipality", "same_province", "load:1/3")


def test_reasons_omit_components_that_did_not_count() -> None:
    r = request(municipality=None, province=None, prefer_local=None, themes=frozenset({"health"}))
    [ranked] = rank([peer(themes=frozenset({"money"}))], r)
    assert ranked.reasons == ("language", "load:0/2")


def test_reasons_show_privacy_penalties_and_bonus() -> None:
    r = request(prefer_local=False)
    local, far = peer(1), peer(2, municipalities=frozenset({"Maastricht"}), province="Limburg")
    by_id = {x.peer.id: x for x in rank([local, far], r)}
    assert by_id[1].reasons == ("language", "penalty:same_municipality", "penalty:same_province", "load:0/2")
    assert by_id[2].reasons == ("language", "elsewhere", "load:0/2")
    assert by_id[1].score < 0 < by_id[2].score


def test_reason_keys_match_score() -> None:
    # One component each: 1 theme (10) + same municipality (2) + same province (1) + load 0/2 (1).
    r = request(themes=frozenset({"family"}))
    [ranked] = rank([peer(themes=frozenset({"family"}))], r)
    assert ranked.score == pytest.approx(14.0)
    [bare] = rank([peer()], request(municipality=None, province=None))
    assert bare.score == pytest.approx(1.0)


# Accepted other languages ---------------------------------------------------------------------


def test_an_accepted_second_language_makes_a_peer_eligible() -> None:
    dutch_only = peer(1, languages=frozenset({"nl"}))
    assert eligible(dutch_only, request(language="tr")) == "language"
    assert eligible(dutch_only, request(language="tr", also_languages=frozenset({"nl"}))) is None


def test_the_parents_own_language_wins_when_all_else_is_equal() -> None:
    dutch_only = peer(1, languages=frozenset({"nl"}))
    turkish = peer(2, languages=frozenset({"tr", "nl"}))
    ranked = rank([dutch_only, turkish], request(language="tr", also_languages=frozenset({"nl"})))
    assert ids(ranked) == [2, 1]
    assert "own_language" in ranked[0].reasons and "other_language" in ranked[1].reasons


def test_a_shared_theme_still_outweighs_the_own_language() -> None:
    dutch_with_theme = peer(1, languages=frozenset({"nl"}), themes=frozenset({"money"}))
    turkish = peer(2, languages=frozenset({"tr"}))
    wish = request(language="tr", also_languages=frozenset({"nl"}), themes=frozenset({"money"}))
    assert ids(rank([dutch_with_theme, turkish], wish)) == [1, 2]
