"""The engine's side of peer matching, without a database: which questions are asked, what is
remembered, and where a parent's words go during a contact."""

from __future__ import annotations

from flows.engine.types import (
    CancelPeerSearch,
    EndPeerContact,
    RelayToPeer,
    RequestPeer,
    SetPeerWish,
    ShareWithPeer,
)
from tests.test_engine import Chat


def at_intro(language: str = "nl", municipality: str | None = "Heerenveen") -> Chat:
    chat = Chat(language_hint=language)
    chat.send("command", "/start")
    chat.state.municipality = municipality
    chat.state.step = "wish"
    chat.press("wish:peer")
    assert chat.state.step == "peer_intro"
    return chat


def test_a_dutch_speaker_is_not_asked_about_dutch() -> None:
    chat = at_intro("nl")
    chat.press("peer_intro:yes")
    chat.press("peer_kind:expert")
    assert chat.state.step == "peer_local"
    assert chat.state.peer_wish == {"kind": "ervaringsdeskundige"}


def test_another_language_is_asked_whether_dutch_is_fine() -> None:
    chat = at_intro("tr")
    chat.press("peer_intro:yes")
    chat.press("peer_kind:either")
    assert chat.state.step == "peer_language"
    assert chat.state.peer_wish == {"kind": None}
    chat.press("peer_language:dutch")
    assert chat.state.peer_wish["languages"] == ["nl"]
    assert chat.state.step == "peer_local"


def test_without_a_municipality_closeness_is_not_asked() -> None:
    chat = at_intro("nl", municipality=None)
    chat.press("peer_intro:yes")
    chat.press("peer_kind:fellow")
    assert chat.state.step == "peer_name"


def test_a_name_with_a_number_or_link_is_refused() -> None:
    chat = at_intro()
    for data in ("peer_intro:yes", "peer_kind:either", "peer_local:far"):
        chat.press(data)
    assert chat.state.peer_wish["prefer_local"] is False
    for bad in ("Sanne 0612345678", "@sanne", "www.sanne.nl", "x" * 31):
        [reply] = chat.text(bad)
        assert "zonder nummer" in reply.text and chat.state.step == "peer_name"
        assert not any(isinstance(c, RequestPeer) for c in chat.changes)
    chat.text("Jas")
    assert RequestPeer() in chat.changes and SetPeerWish("alias", "Jas") in chat.changes
    assert chat.state.match == "searching" and chat.state.step == "peer_searching"


def test_while_searching_text_is_answered_and_stopping_cancels() -> None:
    chat = at_intro()
    for data in ("peer_intro:yes", "peer_kind:either", "peer_local:any", "peer_name:none"):
        chat.press(data)
    [reply] = chat.text("hoe lang duurt het?")
    assert "zoek nog" in reply.text and any(b.data == "peer_searching:stop" for b in reply.buttons)
    chat.press("peer_searching:stop")
    assert CancelPeerSearch() in chat.changes and chat.state.match is None


def in_contact() -> Chat:
    chat = Chat()
    chat.send("command", "/start")
    chat.state.match, chat.state.peer_name, chat.state.step = "active", "Sanne", "peer_active"
    return chat


def test_in_contact_words_and_digits_go_to_the_peer() -> None:
    chat = in_contact()
    assert chat.text("hoi Sanne") == []
    assert chat.changes == [RelayToPeer("hoi Sanne")]
    chat.text("2")
    assert chat.changes == [RelayToPeer("2")]
    [reply] = chat.send("media")
    assert "doorsturen" in reply.text and chat.changes == []


def test_in_contact_crisis_gives_the_lines_and_tells_the_peer() -> None:
    chat = in_contact()
    replies = chat.text("ik wil niet meer leven")
    assert "113" in replies[0].text
    assert RelayToPeer("ik wil niet meer leven", crisis=True) in chat.changes
    chat.text("sorry")
    assert RelayToPeer("sorry") in chat.changes


def test_ending_and_sharing_ask_first() -> None:
    chat = in_contact()
    [confirm] = chat.send("command", "/einde")
    assert "Sanne" in confirm.text
    chat.press("peer_end_confirm:no")
    assert chat.changes == [] and chat.state.match == "active"
    chat.send("command", "/deel")
    chat.text("06-12345678")
    assert chat.changes == [ShareWithPeer("06-12345678")] and chat.state.step == "peer_active"
    chat.send("command", "/einde")
    chat.press("peer_end_confirm:yes")
    assert chat.changes == [EndPeerContact()] and chat.state.match is None
    [reply] = chat.text("hallo?")
    assert not any(isinstance(c, RelayToPeer) for c in chat.changes)
    assert reply.text


def test_stop_during_a_contact_ends_it() -> None:
    chat = in_contact()
    chat.send("command", "/stop")
    assert EndPeerContact() in chat.changes and chat.state.stopped


def test_asking_for_a_peer_in_words() -> None:
    chat = Chat()
    chat.send("command", "/start")
    chat.text("lotgenoot")
    assert chat.state.step == "peer_intro"


def test_asking_for_a_peer_in_the_words_of_each_language() -> None:
    for words in ("Deneyim uzmanı", "ولي أمر مثلي", "inny rodzic", "Рівний консультант", "fellow parent"):
        chat = Chat()
        chat.send("command", "/start")
        chat.text(words)
        assert chat.state.step == "peer_intro", words
