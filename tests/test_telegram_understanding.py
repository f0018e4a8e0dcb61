"""Free text through the real Telegram client and the real embedded classifier, in three
languages: the parent types what they want instead of tapping."""

from __future__ import annotations

from tests.telegram_helpers import Bot, buttons, step


async def test_dutch_free_text_reaches_a_person(bot: Bot) -> None:
    parent = bot.double.user(language_code="nl")
    await step(parent, parent.send_command, "start")
    await step(parent, parent.press, "welcome:go")
    await step(parent, parent.press, "consent:yes")
    [reply] = await step(parent, parent.send_text, "kan ik gewoon even met een medewerker van de gemeente bellen")
    assert "doorgegeven" in reply["text"]
    assert [h.reason for h in await bot.handoffs()] == ["asked"]


async def test_english_free_text_asks_for_a_peer(bot: Bot) -> None:
    parent = bot.double.user(language_code="en")
    await step(parent, parent.send_command, "start")
    [reply] = await step(parent, parent.send_text, "i would like to talk to another parent who went through the same thing")
    assert "peer_intro:yes" in buttons(reply)


async def test_turkish_free_text_about_privacy_and_the_language_offer(bot: Bot) -> None:
    parent = bot.double.user(language_code="tr")
    await step(parent, parent.send_command, "start")
    [reply] = await step(parent, parent.send_text, "bilgilerim belastingdienst ile paylaşılıyor mu, kim okuyor bunu")
    assert "privacy:back" in buttons(reply)

    dutch = bot.double.user(language_code="nl")
    await step(dutch, dutch.send_command, "start")
    replies = await step(dutch, dutch.send_text, "merhaba, toeslagen yüzünden çok borcum var ne yapacağımı bilmiyorum", count=2)
    offer = replies[-1]
    assert "language_offer:yes" in buttons(offer) and "Türkçe" in offer["text"]
    [switched] = await step(dutch, dutch.press, "language_offer:yes")
    assert switched["text"] and "computerprogramma" not in switched["text"]  # no longer Dutch
    conversation_languages = {c.language for c in [await _contact(bot, dutch.id)]}
    assert conversation_languages == {"tr"}


async def _contact(bot: Bot, user_id: int):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from flows.store.models import Contact

    async with bot.runtime.sessions() as session:
        return await session.scalar(select(Contact).where(Contact.channel_user_id == str(user_id)))


async def test_a_voice_note_in_another_language_reaches_the_coordinator(bot: Bot) -> None:
    from sqlalchemy import select

    from flows.store.models import Media

    parent = bot.double.user(language_code="nl")
    await step(parent, parent.send_command, "start")
    await step(parent, parent.press, "welcome:other")
    [asked] = await step(parent, parent.press, "other_language:tamazight")
    assert "tolk" in asked["text"]
    [handoff] = await bot.handoffs()
    assert handoff.reason == "interpreter:tamazight" and handoff.status == "waiting"
    [kept] = await step(parent, parent.send_voice)
    assert "bij je vraag" in kept["text"]
    async with bot.runtime.sessions() as session:
        media = (await session.scalars(select(Media))).all()
    assert len(media) == 1 and media[0].content_type.startswith("audio/")
