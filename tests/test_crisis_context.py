"""The phrase layer's time context: a danger that is clearly over, or weeks away, or an idiom,
goes back to the classifier instead of alarming on its own; anything that says it is back or
happening now keeps the alarm. Each case is checked against the phrase layer alone."""

from __future__ import annotations

import pytest

from nlu.crisis import detect_crisis, find_crisis_hits

SETTLED = {
    "nl": [
        "toen het in 2019 misging wilde ik een tijd niet meer leven, gelukkig is dat al lang voorbij",
        "mijn ex heeft me vroeger geslagen, ik woon nu al 4 jaar veilig met de kinderen",
        "in 2016 sliep ik met mijn kinderen in de auto, nu hebben we een huis maar de huur is hoog",
        "de energie wordt eind volgende maand afgesloten als ik niet betaal, kan de gemeente helpen",
        "ik zag een documentaire over zelfmoord onder jongeren, heftig zeg",
    ],
    "en": [
        "my ex used to hit me years ago, we've been safe for 4 years now but the kids have nightmares",
        "back then i wanted to die, now its going better but i want to start therapy again",
        "letter says the electricity gets cut off at the end of next month if i dont pay",
        "my card got declined and i wanted to die of shame",
    ],
    "tr": [
        "birkaç yıl önce çok kötü bir dönemden geçtim, yaşamak istemiyordum, o günler çoktan geride kaldı",
        "eski eşim yıllar önce beni döverdi, 4 yıldır güvendeyiz",
    ],
    "ar": [
        "قبل سنين كنت ما بغيتش نعيش، هادشي فات من زمان",
        "مررت بفترة صعبة قبل سنتين وفكرت في إنهاء حياتي، الآن أنا بخير",
    ],
    "pl": [
        "kilka lat temu nie chciałam żyć, to już dawno za mną",
        "były mnie kiedyś bił, od 4 lat jesteśmy bezpieczni",
    ],
    "uk": [
        "кілька років тому я не хотіла жити, це давно позаду",
        "енергокомпанія пише що наступного місяця відключать світло якщо не заплачу",
    ],
}

STILL_DANGER = {
    "nl": [
        "vroeger wilde ik ook al dood en gisteren kwam het terug, ik wil dood",  # past, but back now
        "mijn ex heeft me vroeger geslagen en ik ben niet veilig",  # a negated OVER word is no OVER word
        "het gas wordt vandaag afgesloten en volgende maand de huur",  # soon beats later
        "ik wil dood",
    ],
    "en": [
        "years ago i used to cut myself, it was behind me but i did it again tonight",
        "he used to hit me years ago and we are not safe",
    ],
    "tr": ["yıllar önce de intihar etmek istedim, bugün yine aynı şeyi düşünüyorum"],
    "ar": ["قبل سنين كنت بغيت نموت، واليوم رجعت نفس الفكرة، بغيت نموت"],
    "pl": ["kilka lat temu nie chciałam żyć i dziś znowu nie chcę żyć"],
    "uk": ["кілька років тому я не хотіла жити, і сьогодні знову не хочу жити"],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, rows in SETTLED.items() for t in rows])
def test_settled_danger_goes_back_to_the_classifier(lang: str, text: str) -> None:
    assert detect_crisis(text) is None, f"{lang}: {text!r} -> {find_crisis_hits(text)}"


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, rows in STILL_DANGER.items() for t in rows])
def test_danger_that_is_back_or_now_still_alarms(lang: str, text: str) -> None:
    assert detect_crisis(text) is not None, f"{lang}: {text!r}"


def test_idioms_in_the_tables_read_as_written() -> None:
    """'|' joins single words only; a multi-word idiom needs '/' (a past mistake: "dood van de
    zenuwen" was read as "dood van de|schaamte ... zenuwen")."""
    assert detect_crisis("ik wilde dood van schaamte") is None
    assert detect_crisis("ik wilde dood van het lachen") is None
    assert detect_crisis("ik wil dood") is not None


def test_an_idiom_explains_only_the_words_it_covers() -> None:
    assert detect_crisis("ik ga dood van de zenuwen voor die afspraak, ik wil gewoon dood") is not None
    assert detect_crisis("my card got declined and i wanted to die of shame") is None
    assert detect_crisis("i wanted to die of shame and i want to die") is not None


def test_no_crisis_text_in_the_training_data_is_deferred(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every training text labelled crisis that the phrase rules match still alarms with the time
    context on: the context may only take back alarms on texts that are not a crisis. (Not the
    calibration texts: rules are never written from them, so they show how the rules do on words
    they have not seen.)"""
    import nlu.crisis as crisis
    from nlu.data import read_dir

    texts = [e.text for e in read_dir(calibration=False) if e.intent == "crisis"]
    with_context = {t for t in texts if crisis.detect_crisis(t) is not None}
    monkeypatch.setattr(crisis._TimeContext, "defers", lambda self, rule: False)
    matched = [t for t in texts if crisis.detect_crisis(t) is not None]
    deferred = [t for t in matched if t not in with_context]
    assert len(matched) > 1000 and deferred == []
