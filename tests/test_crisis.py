"""Tests for the crisis safety check (nlu.crisis).

Positives are things a parent in acute danger might really type (typos, no punctuation, mixed
with Dutch words); negatives are ordinary messages about their situation, which must stay quiet.
"""

from __future__ import annotations

import dataclasses
import time

import pytest

from nlu.crisis import CrisisCategory, CrisisHit, detect_crisis, find_crisis_hits, normalize

S, SH, V, C, E, B = (
    CrisisCategory.suicide,
    CrisisCategory.self_harm,
    CrisisCategory.violence,
    CrisisCategory.child_danger,
    CrisisCategory.eviction,
    CrisisCategory.basic_needs,
)

POSITIVE: dict[str, list[tuple[str, CrisisCategory]]] = {
    "nl": [
        ("ik zie het niet meer zitten", S),
        ("ik zie het echt allemaal niet meer zitten met die toeslagen", S),
        ("het hoeft voor mij niet meer", S),
        ("ik wil er niet meer zijn", S),
        ("ik wil dood", S),
        ("Ik wil dooood", S),
        ("ZELFMOORD", S),
        ("ik denk niet aan zelfmoord hoor maar het spookt wel door mijn hoofd", S),
        ("soms denk ik aan zelfmord", S),
        ("zelfmoort gedachten sinds de afwijzing van de UHT", S),
        ("ik wil er een eind aan maken", S),
        ("ik kan niet meer het is allemaal hopeloos", S),
        ("Ik kan echt niet meer. Ik geef het op.", S),
        ("mijn kinderen zijn beter af zonder mij", S),
        ("niemand zou me missen", S),
        ("ik wil niet meer leven", S),
        ("ik hoop dat ik morgen niet meer wakker word", S),
        ("ik ga voor de trein springen", S),
        ("het leven heeft geen zin meer", S),
        ("ik snij mezelf weer sinds de brief van de gemeente", SH),
        ("ik doe mezelf pijn", SH),
        ("hij slaat me", V),
        ("mijn ex heeft me gisteren weer geslagen", V),
        ("ik ben bang voor mijn ex", V),
        ("ik ben niet veilig thuis", V),
        ("ik voel me thuis niet veilig", V),
        ("mijn kind wordt mishandeld in het pleeggezin", C),
        ("mijn kind is in gevaar", C),
        ("hij slaat de kinderen", C),
        ("de deurwaarder staat voor de deur", E),
        ("we worden morgen uit huis gezet", E),
        ("vandaag op straat", E),
        ("morgen komt de deurwaarder en moeten we het huis uit", E),
        ("geen eten voor mijn kinderen", B),
        ("het gas is afgesloten", B),
        ("de kinderen hebben honger en de gemeente doet niks", B),
        ("ik slaap op straat vannacht", B),
        ("we hebben geen geld voor eten deze week", B),
        ("stroom afgesloten kids zitten in de kou", B),
        ("ik ben bang dat ik mijn kind iets aandoe", C),
        ("mijn dochter snijdt zichzelf", C),
        ("ik krijg klappen van mijn man", V),
    ],
    "en": [
        ("i want to die", S),
        ("i just wanna die", S),
        ("I'm thinking about suicide", S),
        ("thinking of suicde again", S),
        ("i want to kill myself", S),
        ("everyone would be better off without me", S),
        ("i dont want to live anymore", S),
        ("I can't do this anymore, everything is hopeless", S),
        ("im a burden to everyone", S),
        ("i want to end my life", S),
        ("i cut myself last night", SH),
        ("i've been self harming again", SH),
        ("my husband hits me", V),
        ("he beats me when he is drunk", V),
        ("im scared of my ex he keeps coming to the house", V),
        ("i am not safe at home", V),
        ("my daughter is being abused by her stepfather", C),
        ("my son is in danger", C),
        ("the bailiff is at the door right now", E),
        ("the deurwaarder is at the door", E),
        ("we are getting evicted tomorrow", E),
        ("no food for my kids", B),
        ("my kids are hungry and the toeslagen still havent come", B),
        ("the gas has been cut off", B),
        ("i have to sleep on the street tonight", B),
    ],
    "tr": [
        ("ölmek istiyorum", S),
        ("olmek istiyorum artik", S),
        ("intihar etmeyi düşünüyorum", S),
        ("intiar etmek istiyorum", S),
        ("yaşamak istemiyorum", S),
        ("yasamak istemiyorum artik", S),
        ("kendimi öldüreceğim", S),
        ("kendimi oldurcem", S),
        ("hayatıma son vermek istiyorum", S),
        ("artık dayanamıyorum, çok umutsuzum", S),
        ("kendime zarar veriyorum", SH),
        ("kocam beni dövüyor", V),
        ("esim beni dovuyor toeslagen yuzunden", V),
        ("eski eşimden çok korkuyorum", V),
        ("evde güvende değilim", V),
        ("çocuğum tehlikede", C),
        ("kocam çocuklarımı dövüyor", C),
        ("yarın evden atılıyoruz", E),
        ("deurwaarder kapıda", E),
        ("icra memuru kapıda bekliyor", E),
        ("çocuklarım aç", B),
        ("cocuklarim ac evde yemek yok", B),
        ("doğalgaz kesildi çocuklar üşüyor", B),
        ("bu gece sokakta kalacağız", B),
    ],
    "ar": [
        ("أريد أن أموت", S),
        ("بدي موت", S),
        ("فكرت في الانتحار", S),
        ("سأنتحر", S),
        ("أَنْتَحِرُ", S),
        ("راح اقتل نفسي", S),
        ("لا أريد أن أعيش بعد الآن", S),
        ("تعبت من الحياة", S),
        ("لم أعد أحتمل، ما في أمل", S),
        ("أؤذي نفسي كل ليلة", SH),
        ("زوجي يضربني", V),
        ("طليقي ضربني أمس", V),
        ("أنا خايفة من طليقي", V),
        ("أنا مش بأمان في البيت", V),
        ("ابني في خطر", C),
        ("يضرب أولادي", C),
        ("المحضر على الباب", E),
        ("الـdeurwaarder عند الباب", E),
        ("سيطردوننا من البيت غدا", E),
        ("أطفالي جوعانين", B),
        ("اولادي جوعانين والتوسلاخن ما وصلت", B),
        ("ما عندي أكل للأولاد", B),
        ("قطعوا الغاز والكهرباء", B),
        ("سأنام في الشارع الليلة", B),
    ],
    "pl": [
        ("chcę umrzeć", S),
        ("chce umrzec", S),
        ("myślę o samobójstwie", S),
        ("mysle o samobojstwie", S),
        ("nie chcę już żyć", S),
        ("zabiję się", S),
        ("zabije sie przez te dlugi", S),
        ("lepiej by było gdyby mnie nie było", S),
        ("nie daję rady, wszystko jest beznadziejne", S),
        ("tnę się znowu", SH),
        ("mąż mnie bije", V),
        ("maz mnie bije od lat", V),
        ("boję się byłego męża", V),
        ("nie jestem bezpieczna w domu", V),
        ("moje dziecko jest w niebezpieczeństwie", C),
        ("on bije dzieci", C),
        ("komornik stoi pod drzwiami", E),
        ("deurwaarder jest pod drzwiami", E),
        ("jutro eksmisja", E),
        ("jutro nas wyrzucają z mieszkania", E),
        ("dzieci są głodne", B),
        ("nie mam jedzenia dla dzieci", B),
        ("odcięli nam gaz", B),
        ("dziś śpię na ulicy", B),
        ("komornik puka do drzwi", E),
    ],
    "uk": [
        ("хочу померти", S),
        ("я більше не хочу жити", S),
        ("думаю про самогубство", S),
        ("думаю про суицид", S),
        ("хочу умереть", S),
        ("хочу покінчити з собою", S),
        ("хочу покончить с собой", S),
        ("я вб'ю себе", S),
        ("бiльше не можу, все безнадійно", S),  # Latin "i" typed for "і"
        ("життя не має сенсу", S),
        ("ріжу себе", SH),
        ("чоловік б'є мене", V),
        ("муж бьет меня", V),
        ("боюся колишнього чоловіка", V),
        ("вдома небезпечно", V),
        ("дитина в небезпеці", C),
        ("він б'є дитину", C),
        ("завтра нас виселяють", E),
        ("судовий виконавець під дверима", E),
        ("deurwaarder прийде завтра", E),
        ("діти голодні", B),
        ("немає їжі для дітей", B),
        ("відключили газ", B),
        ("сьогодні ночую на вулиці", B),
        ("ніде ночувати", B),
        ("не хочу жыты", S),  # Russian keyboard letters
    ],
}

NEGATIVE: dict[str, list[str]] = {
    "nl": [
        "ik ben doodmoe van al dat gedoe met de Belastingdienst",
        "ik ben doodop na het gesprek met de gemeente",
        "dat was dodelijk saai, die hoorzitting",
        # Past youth-care history is not an acute crisis.
        "mijn kind is uit huis geplaatst in 2019",
        "ik heb een schuld van 40.000 euro bij de belastingdienst",
        "de deurwaarder heeft weer een brief gestuurd over de schuld",
        "ik ben zo boos op de overheid, ze hebben ons leven kapotgemaakt",
        "ik kan niet meer wachten op de UHT",
        "ik kan niet meer, die brieven maken me gek",
        "ik heb geen zin om weer naar de gemeente te bellen",
        "de slaapkamer van mijn zoon is te klein",
        "Veilig Thuis heeft in 2018 een melding gedaan, dat was onterecht",
        "ik wil mijn jeugdzorgdossier opvragen",
        "ik ben bang dat ik mijn huis kwijtraak als de toeslag niet komt",
        "wanneer krijg ik de compensatie van 30.000 euro?",
        "ik heb een betalingsregeling afgesloten met de deurwaarder",
        "het gas is niet afgesloten gelukkig",
        "we worden morgen niet uit huis gezet, de woningcorporatie wacht",
        "mijn kinderen hebben vandaag patat gegeten",
        "ik wil dat de Belastingdienst excuses maakt",
        "mijn dochter slaapt vannacht bij oma",
        "dit slaat nergens op, de gemeente slaat de plank mis",
        "hoe vraag ik kwijtschelding aan bij de gemeente",
        "de jeugdbescherming heeft mijn kind in 2020 weggehaald, dat doet me nog steeds pijn",
        "ik sla me er wel doorheen",
        "ik heb geen zin om te eten van de stress",
        "kunnen jullie me opvangen tot de uitbetaling?",  # opvangen is not a typo of ophangen
        "ik moet morgen vroeg eruit",
        # History, told in the past tense about others, is not an acute danger.
        "ze zeiden dat mijn kinderen thuis niet veilig waren, dat was een leugen",
        "ik krijg klappen van de Belastingdienst, de ene na de andere",
    ],
    "en": [
        "i am so angry at the belastingdienst",
        "we have a huge debt with the tax office",
        "my child was placed in foster care in 2019",
        "the bailiff sent another letter about the debt",
        "this whole process is killing me",
        "i can't do this anymore, so much paperwork",
        "when will i get my compensation",
        "my son is doing well at school",
        "i need help with my housing application",
        "the UHT decision took two years",
        "i'm worried we might lose our house someday",
        "can you help me with the gemeente form",
        "the youth care worker visited us last week",
        "i hate the government for what they did to us",
        "i dont have money for the lawyer",
        "the children are at school now",
        "i'm so tired of waiting for the tax office",
    ],
    "tr": [
        "Belastingdienst'e çok kızgınım",
        "vergi dairesine borcum var",
        "gemeente'den mektup geldi",
        "oğlum okulda çok başarılı",
        "çocuğum 2019'da koruyucu aileye verildi",
        "UHT kararını bekliyorum",
        "deurwaarder yine mektup gönderdi",
        "çok yorgunum, bu işler bitmiyor",
        "iyi bir anne olmak istiyorum",
        "kira ödemesi için yardım lazım",
        "kapıyı açar mısın",
        "bugün sokakta çok kalabalık vardı",
        "akşam yemek yapacak vaktim yok",
        "avukatım dava açtı",
        "tazminat ne zaman gelecek",
        "çocuklarım için endişeleniyorum",
        "kendimi suçlu hissediyorum",
    ],
    "ar": [
        "أنا غاضب جدا من مصلحة الضرائب",
        "عندي ديون كثيرة",
        "أنتظر قرار الـUHT",
        "الانتظار طويل جدا",
        "ابني أخذوه إلى عائلة حاضنة في 2019",
        "وصلتني رسالة من البلدية",
        "المحضر أرسل رسالة جديدة",
        "متى سأحصل على التعويض",
        "أولادي في المدرسة",
        "أريد أن أعيش حياة طبيعية مع أولادي",
        "البيت غالي جدا",
        "أنا تعبانة من كثرة الأوراق",
        "هذا الوضع يقتلني",
        "خايفة على أولادي من المستقبل",
        "اليوم مشيت في الشارع مع أولادي",
        "وصلني طرد اليوم",
        "أحتاج مساعدة في طلب السكن",
    ],
    "pl": [
        "jestem wściekła na Belastingdienst",
        "mam długi w urzędzie skarbowym",
        "komornik przysłał kolejny list",
        "moje dziecko zostało umieszczone w rodzinie zastępczej w 2019",
        "czy nastąpiło przedawnienie długu",
        "nie daję rady z tymi papierami",
        "chcę żyć normalnie z dziećmi",
        "zabieram się za te dokumenty",
        "dzieci są w szkole",
        "kiedy dostanę odszkodowanie",
        "gemeente nie odpowiada na maile",
        "jestem zmęczona czekaniem na decyzję UHT",
        "syn dobrze się uczy",
        "czy możecie mi pomóc z wnioskiem",
        "dziś byłam na spacerze na ulicy z dziećmi",
        "nie mam ochoty na jedzenie",
        "mój syn zginął w wypadku w 2015",  # zginął (died) is not zaginął (missing)
    ],
    "uk": [
        "я дуже зла на податкову",
        "маю борги перед Belastingdienst",
        "отримала лист від gemeente",
        "моя дитина в школі",
        "коли я отримаю компенсацію",
        "я дуже втомилася від документів",
        "хочу жити нормально з дітьми",
        "в Україні немає світла",
        "шукаю житло в Нідерландах",
        "син пішов до школи",
        "не можу більше чекати на рішення",
        "мені потрібна допомога з формою",
        "ми живемо тут два роки",
        "виконавець надіслав лист",
        "сьогодні гуляли на вулиці з дітьми",
        "я хочу знайти роботу",
    ],
}

_POS = [(lang, text, cat) for lang, rows in POSITIVE.items() for text, cat in rows]
_NEG = [(lang, text) for lang, rows in NEGATIVE.items() for text in rows]


@pytest.mark.parametrize("lang", sorted(POSITIVE))
def test_enough_examples_per_language(lang: str) -> None:
    assert len(POSITIVE[lang]) >= 15
    assert len(NEGATIVE[lang]) >= 15


@pytest.mark.parametrize(("lang", "text", "category"), _POS)
def test_positive(lang: str, text: str, category: CrisisCategory) -> None:
    hit = detect_crisis(text)
    assert hit is not None, f"missed ({lang}): {text!r}"
    assert hit.category == category, f"{text!r}: {hit}"


@pytest.mark.parametrize(("lang", "text"), _NEG)
def test_negative(lang: str, text: str) -> None:
    hits = find_crisis_hits(text)
    assert detect_crisis(text) is None, f"false alarm ({lang}): {text!r} -> {hits}"


def test_hit_shape_never_contains_user_text() -> None:
    text = "Mevrouw Jansen hier, ik wil dood"
    hit = detect_crisis(text)
    assert isinstance(hit, CrisisHit)
    assert hit.language == "nl" and hit.category is CrisisCategory.suicide
    assert "Jansen" not in hit.pattern
    with pytest.raises(dataclasses.FrozenInstanceError):
        hit.category = CrisisCategory.eviction  # type: ignore[misc]
    assert CrisisCategory("self_harm") is CrisisCategory.self_harm
    assert str(CrisisCategory.basic_needs) == "basic_needs"


@pytest.mark.parametrize(
    "text",
    [
        "ik ben doodmoe",
        "ik ben doodop",
        "dodelijk saai",
        "de slaapkamer is koud",
        "wil je dat doen",
        "",
    ],
)
def test_word_boundaries(text: str) -> None:
    assert detect_crisis(text) is None


def test_normalisation() -> None:
    assert normalize("Zelfmoooord") == normalize("zelfmoord")
    assert normalize("ölmek İSTİYORUM") == "olmek istiyorum"
    assert normalize("chcę umrzeć") == "chce umrzec"
    assert normalize("أَنْتَحِرُ") == normalize("انتحر")
    assert normalize("إنهاء") == normalize("انهاء")
    assert normalize("m'n kind") == "mn kind"
    assert normalize("хочу вмерти") == normalize("хочу вмерти")
    assert normalize("їжі") == normalize("ижи")


def test_negation_policy() -> None:
    # Danger to life: negation never suppresses (people raise the topic through a denial).
    assert detect_crisis("ik denk niet aan zelfmoord").category is CrisisCategory.suicide
    assert detect_crisis("ik wil niet dood maar ik weet het niet meer") is not None
    # Basic needs / eviction: a negation inside the phrase is safe to respect.
    assert detect_crisis("het gas is niet afgesloten") is None
    assert detect_crisis("het gas is afgesloten") is not None
    assert detect_crisis("we worden morgen niet uit huis gezet") is None
    assert detect_crisis("we worden morgen uit huis gezet") is not None


def test_ik_kan_niet_meer_only_in_despairing_combinations() -> None:
    assert detect_crisis("ik kan niet meer") is None
    assert detect_crisis("ik kan het echt niet meer met al die brieven") is None
    assert detect_crisis("ik kan niet meer, ik zie geen uitweg") is not None
    assert detect_crisis("ik kan niet meer. het is allemaal zinloos. sorry kinderen") is not None
    assert detect_crisis("ik kan niet meer leven zo") is not None


def test_mixed_language_and_dutch_terms() -> None:
    assert detect_crisis("gemeente zegt nee, toeslagen weg, i want to die").category is S
    assert detect_crisis("UHT afgewezen... ölmek istiyorum").category is S
    assert detect_crisis("deurwaarder стоїть під дверима").category is E


def test_priority_when_several_categories_match() -> None:
    hits = find_crisis_hits("de deurwaarder staat voor de deur en ik wil dood")
    assert [h.category for h in hits][:2] == [S, E]
    assert detect_crisis("de deurwaarder staat voor de deur en ik wil dood").category is S


def test_long_text_is_bounded_and_complete() -> None:
    filler = (
        "Ik heb weer een brief van de Belastingdienst gekregen over de toeslagen en de gemeente "
        "reageert niet op mijn vragen over de schuld en de UHT. "
    )
    long_text = (filler * (10_000 // len(filler) + 1))[:10_000]
    start = time.perf_counter()
    assert detect_crisis(long_text) is None
    cold = time.perf_counter() - start
    start = time.perf_counter()
    hit = detect_crisis(long_text + " ik zie het niet meer zitten")
    warm = time.perf_counter() - start
    assert hit is not None and hit.category is S  # the end of a long text is read too
    # Many distinct words (worst case for the per-word cache).
    varied = " ".join(f"woord{i}x" for i in range(1_500))
    start = time.perf_counter()
    assert detect_crisis(varied) is None
    varied_time = time.perf_counter() - start
    print(f"\n10k chars: cold {cold * 1e3:.2f} ms, warm {warm * 1e3:.2f} ms; "
          f"1500 distinct words {varied_time * 1e3:.2f} ms")


def test_typical_message_speed() -> None:
    texts = [t for _, t, _ in _POS] + [t for _, t in _NEG]
    for text in texts:  # warm the per-word cache as a running bot would
        detect_crisis(text)
    rounds = 20
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            detect_crisis(text)
    per_message = (time.perf_counter() - start) / (rounds * len(texts))
    print(f"\ntypical message: {per_message * 1e6:.1f} µs")
    assert per_message < 0.05  # very loose: only catches something pathological


def test_recall_and_false_alarm_summary() -> None:
    missed = [(lang, t) for lang, t, _ in _POS if detect_crisis(t) is None]
    alarms = [(lang, t) for lang, t in _NEG if detect_crisis(t) is not None]
    recall = 1 - len(missed) / len(_POS)
    false_alarm_rate = len(alarms) / len(_NEG)
    print(f"\nrecall {recall:.3f} on {len(_POS)} positives; "
          f"false alarms {false_alarm_rate:.3%} on {len(_NEG)} negatives")
    assert recall == 1.0, missed
    assert false_alarm_rate <= 0.03, alarms


# Families of expression the tables cover in every language (indirect farewells, means at hand,
# "nobody would miss me", scratching until it bleeds, children missing or not breathing, locks
# changed with the children outside, ...). Written for these tests; category is not checked.
FAMILIES: dict[str, list[str]] = {
    "nl": [
        "waarom zou ik eigenlijk nog doorgaan met leven",
        "ik wil gewoon niet meer bestaan",
        "niemand zal me missen als ik er niet meer ben",
        "ik heb een touw gekocht",
        "zeg tegen mijn kinderen dat ik van ze hou",
        "ik krab mijn huid open tot het bloedt",
        "ik heb me verstopt in de badkamer hij zoekt me",
        "mijn zoontje is gevallen en reageert niet",
        "de sloten zijn vervangen en de kinderen staan buiten in de kou",
        "mijn kinderen hebben sinds gisteren niks gegeten",
    ],
    "en": [
        "i want to fall asleep and never wake up again",
        "i have been saving up my pills",
        "im going to jump off the roof",
        "i gave away all my things",
        "i burned my arm with a lighter",
        "he said he will burn the house down with us inside",
        "my baby is not breathing",
        "my ex took the kids by force",
        "we are sleeping in the car tonight",
        "i dont think i will make it through the night",
    ],
    "tr": [
        "neden hala yaşamaya devam edeyim",
        "uyuyup hiç uyanmamak istiyorum",
        "çatıdan atlayacağım",
        "kendime bir şey yapmaktan korkuyorum",
        "dolaba saklandım beni arıyor",
        "oğlum düştü ve tepki vermiyor",
        "kilitleri değiştirdiler çocuklar dışarıda",
        "çocuklar dünden beri bir şey yemedi",
        "kışın ortasında elektriğimiz kesildi bebek hasta",
    ],
    "pl": [
        "po co mam dalej żyć",
        "chcę zasnąć i nigdy się nie obudzić",
        "chcę się powiesić",
        "boję się że coś sobie zrobię",
        "były włamał się do mieszkania",
        "syn spadł i nie reaguje",
        "synek zgubił się w sklepie",
        "dzieci nie jadły od dwóch dni",
        "wszystkim będzie lżej jak mnie zabraknie",
    ],
    "uk": [
        "навіщо мені далі жити",
        "хочу заснути назавжди",
        "піду під потяг",
        "боюсь що щось із собою зроблю",
        "колишній вломився в квартиру",
        "дитина не дихає",
        "поміняли замки а діти на вулиці",
        "діти не їли вже два дні",
        "чоловік каже що вб'є себе",
    ],
    "ar": [
        "حتى حد ماغادي يلاحظ الى مشيت",
        "شريت حبل",
        "قولو لولادي بلي كنبغيهم",
        "حرقت يدي بالسيجارة",
        "راجلي كيخنقني",
        "عمها كيتحرش ببنتي",
        "البيبي ما كيتنفسش",
        "الليلة غانباتو فالطوموبيل",
        "ماعندناش الشوفاج والبرد قارس",
    ],
}

# Everyday messages close to those families: idioms, payment plans, ordinary errands.
LOOKALIKES: dict[str, list[str]] = {
    "nl": [
        "ik heb een plan voor mijn schulden, kan iemand meekijken",
        "ik loop met mijn hoofd tegen de muur bij de belastingdienst",
        "ik heb 2 paracetamol genomen tegen de hoofdpijn",
        "de kinderen zijn alleen thuis na school, is dat erg",
        "ok bedankt voor het proberen, doei",
    ],
    "en": [
        "this paperwork is killing me",
        "what is the best way to go about the application",
        "where do i go tomorrow for the meeting",
        "im banging my head against the wall with this bureaucracy",
        "my kids are home alone after school, i work until 5",
    ],
    "tr": [
        "bu formlar beni öldürüyor",
        "ödeme planım var ama nasıl yapacağımı bilmiyorum",
        "bu adımı atlamak istiyorum",
        "kızım okuldan henüz gelmedi, saat 4 te gelir",
    ],
    "pl": [
        "zrobię sobie coś do jedzenia",
        "jestem na dworze z dziećmi na placu zabaw",
        "wzięłam 2 tabletki na ból głowy",
        "koniec roku jest blisko",
    ],
    "uk": [
        "скочу в магазин зараз",
        "в мене є план виплат",
        "син загубив телефон",
        "в мене не залишилось сил на ці папери",
    ],
    "ar": [
        "بغيت نعمل شي حاجة لراسي",
        "عندي خطة باش نخلص الديون",
        "شريت الدوا من الفارماسي للدراري",
        "بغيت نسالي الخدمة بكري",
    ],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, rows in FAMILIES.items() for t in rows])
def test_families_are_recognised_in_every_language(lang: str, text: str) -> None:
    assert detect_crisis(text) is not None, f"missed ({lang}): {text!r}"


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, rows in LOOKALIKES.items() for t in rows])
def test_everyday_lookalikes_stay_quiet(lang: str, text: str) -> None:
    assert detect_crisis(text) is None, f"false alarm ({lang}): {text!r} -> {find_crisis_hits(text)}"


def test_spoken_arabic_present_tense_and_article_clitics() -> None:
    # Moroccan "كيتحرش" is the listed "يتحرش"; "عالسطح" is "على السطح"
    assert detect_crisis("عمها كيتحرش ببنتي") is not None
    assert detect_crisis("بدي اطلع عالسطح ونط") is not None
