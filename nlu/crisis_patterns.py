"""Crisis phrase tables, one block per language, meant to be reviewed by non-programmers.

Why a table and not code: counsellors and native speakers must be able to read, check and
extend these lists without touching the matcher (``nlu/crisis.py``).

How to read a rule
------------------
Write words the way people type them. Capitals, accents (é, ş, ą, ї, أ), repeated letters
("doooood") and apostrophes are ignored automatically, so ``zelfmoord`` also matches
"Zelfmoooord" and ``ölmek`` also matches "olmek".

* ``ik wil dood``         the words in this order; up to 2 other words may stand in between.
                          Filler words (see FILLERS: "echt", "gewoon", "really", ...) do not count.
* ``a + b``               b must follow a directly (filler words still allowed).
* ``a ... b``             up to 6 other words between a and b.
* ``wil|wilde|wou``       any one of these words.
* ``zelfmoord*``          any word that starts with "zelfmoord" (zelfmoordgedachten, ...).
* ``*نتحر*``              any word that contains this piece (used for Arabic word forms).
* ``=przedawk*``          exact only: never read a typo of another word as this one.
* ``{KIND}``              one word from the language's group KIND (see the *_GROUPS tables).
* ``A / B``               either phrase A or phrase B.
* ``A & B``               both within 12 words of each other, in any order.
* ``A && B``              both anywhere in the same message.

One-letter typos are tolerated automatically on words of 7+ letters ("zelfmoort", "suicde"),
except in Arabic script (one letter turns انتحار "suicide" into انتظار "waiting").

Categories: suicide, self_harm, violence, child_danger, eviction, basic_needs.
Being homeless tonight / nowhere to sleep counts as basic_needs; being put out of the house
today or tomorrow counts as eviction.
"""

from __future__ import annotations

# category name -> list of rules
Table = dict[str, list[str]]
# group name -> "word|word|prefix*"
Groups = dict[str, str]


# --------------------------------------------------------------------------- Dutch (nl)

NL_GROUPS: Groups = {
    "KIND": (
        "kind|kinderen|kindje|kindjes|kinders|kids|kid|zoon|zoontje|zonen|dochter|dochtertje|"
        "dochters|baby|babys|jongste|oudste|meisje|meisjes|jongen|jongens|tiener|puber|"
        "pleegkind|pleegkinderen"
    ),
    "MIJN": "mijn|mn|m|onze|ons|de|het|die|zijn|haar|z",
    "MIJ": "me|mij|mezelf|mijzelf|mzelf",
    "MEZELF": "mezelf|mijzelf|mzelf",
    "NIET": "niet|nie|nt",
    "HIJ": (
        "hij|ie|ze|zij|man|vriend|partner|ex|expartner|exman|exvriend|echtgenoot|vent|vader|"
        "stiefvader|schoonvader|broer|zwager|vriendje"
    ),
    "BANGVOOR": (
        "hem|ex|expartner|exman|exvriend|man|partner|vriend|echtgenoot|vader|vent|stiefvader|"
        "schoonvader|broer|zwager"
    ),
    "SLAAN": (
        "slaat|sloeg|sloegen|schopt|schopte|stompt|stompte|wurgt|wurgde|duwt|duwde|trapt|trapte|"
        "mishandelt|mishandelde|bedreigt|bedreigde|verkracht|verkrachtte|misbruikt|misbruikte|"
        "knijpt|bijt"
    ),
    "GESLAGEN": (
        "geslagen|geschopt|gewurgd|mishandeld|bedreigd|verkracht|gestompt|getrapt|misbruikt|"
        "aangerand|geduwd"
    ),
    "NU": (
        "vandaag|morgen|vanavond|vannacht|vanmiddag|vanochtend|vanmorgen|nu|straks|overmorgen|"
        "zometeen|meteen|morgenochtend|morgenvroeg|morgenavond"
    ),
    "DW": "deurwaarder*|dw",
    "VANNACHT": "vannacht|vanavond|vandaag",
    "WANHOOP": (
        "hopeloos|uitzichtloos|zinloos|wanhopig|radeloos|kansloos|uitzichtsloos|levensmoe|"
        "wanhoop"
    ),
    "VOORZIENING": "gas|stroom|energie|verwarming|elektriciteit|elektra|water|warmte|cv",
}

NL: Table = {
    "suicide": [
        "zelfmoord*",
        "zelfmoord|zelfmoorden|zelfmoordgedachten",  # exact forms so typos are caught too
        "zelf + moord",
        "zelfdoding*",
        "suïcid*",
        "suïcidaal|suicide|suïcidale",
        "wil|wilde|wou|willen dood",
        "liever|beter + dood",
        "was + ik dood",
        "wou|wens|wenste|wilde|hoop + dat + ik ... dood",
        "zie ... {NIET} + meer + zitten",
        "het + hoeft ... voor + mij|me|mn ... {NIET} + meer",
        "voor + mij|me + hoeft + het + {NIET} + meer",
        "het + hoeft ... {NIET} + meer + voor + mij|me",
        "wil|wilde|wou|willen ... er|hier ... {NIET} + meer + zijn|bestaan",
        "wil|wilde|wou|willen ... {NIET} + meer + leven|bestaan",
        "{NIET} + meer + wakker + worden|word",
        "nooit + meer + wakker",
        "er ... eind|einde + aan + maken|maak|make|maakt|te|gemaakt",
        "maak|maakt|make|maken|ga + er ... eind|einde + aan",
        "eind|einde + aan + mijn|mn|m|het + leven",
        "leven + beëindig*",
        "levenseinde*",
        "uit + het + leven",
        "van + kant + maken|maak|te",
        "{MEZELF} + iets|wat + aandoen|aandoe|aan",
        "doe|deed + {MEZELF} + iets|wat + aan",
        "{MIJ} + ophangen|verhangen",
        "hang|hangen + {MIJ} + op",
        "voor + de|een|n + trein|metro ... springen|spring|springt|gaan|liggen|lopen",
        "spring|springen|springt ... voor + de|een|n + trein|metro",
        "spring|springen|springt ... van + het|de|een|n|mijn + dak|brug|flat|balkon|gebouw",
        "van + het|de|een|n + dak|brug|flat|balkon|gebouw ... springen|spring",
        "overdosis|overdoses",
        "te + veel ... pillen|tabletten|slaappillen|paracetamol|oxazepam",
        "teveel ... pillen|tabletten|slaappillen|paracetamol|oxazepam",
        "alle + pillen|tabletten|slaappillen",
        "strip|strips|doos|doosje|potje|handvol + pillen|tabletten|slaappillen|paracetamol|oxazepam",
        "niemand ... {MIJ} + missen|mist",
        "niemand + mist + {MIJ}",
        "beter + af + zonder + mij|me",
        "zonder + mij|me ... beter + af",
        "ben + een + last + voor",
        "levensmoe",
        "moe + van + het + leven",
        "klaar + met + het + leven",
        "het + leven + zat|beu",
        "geen + zin + meer ... in + het|mijn|m + leven",
        "geen + zin + in + het|mijn + leven",
        "leven + heeft ... geen + zin|nut",
        "leven + is ... zinloos|nutteloos",
        "afscheidsbrief*",
        "van + het + leven + beroven|beroof",
        "pillen|tabletten|slaappillen ... gespaard|verzameld|opgespaard",
        # "ik kan niet meer" alone is everyday burnout talk: only together with despair.
        "kan ... {NIET} + meer / hou|houd ... {NIET} + meer + vol / wil ... {NIET} + meer"
        " && {WANHOOP} / geen + uitweg|hoop|toekomst / geef + het|alles + op / ik + geef + op"
        " / leven / vergeef + me|mij / sorry + {KIND} / afscheid",
    ],
    "self_harm": [
        "zelfbeschadig*",
        "zelfbeschadiging",
        "zelfverwond*",
        "automutil*",
        "snij|snijd|snijden|sneed|kras|kraste|krassen|beschadig|verwond + {MIJ}",
        "brand|verbrand + {MEZELF}",
        "{MEZELF} ... gesneden|gekrast|beschadigd|verwond|verbrand|snijden|krassen|beschadigen|verwonden|branden",
        "me + gesneden|gekrast",
        "{MEZELF} + pijn + doen|doe|gedaan",
        "doe|deed + {MEZELF} + pijn",
        "weer + aan + het + krassen",
        "pols|polsen ... doorsnijden|doorsnijd|doorgesneden|snijden|snij|gesneden|doorsnij|open",
    ],
    "violence": [
        "huiselijk + geweld",
        "partnergeweld",
        "relationeel + geweld",
        "eergerelateerd + geweld",
        "seksueel + misbruik|geweld",
        "{HIJ} ... {SLAAN} + {MIJ}|ons",
        "{HIJ} ... heeft|had + {MIJ}|ons ... {GESLAGEN}",
        "word|werd ... geslagen|geschopt|gewurgd|mishandeld|verkracht|aangerand|getrapt|gestompt",
        "bang + voor ... {BANGVOOR}",
        "bang + dat + hij|ie|ze ... vermoordt|vermoord|slaat|aandoet|afmaakt|doodt|doodmaakt",
        "{NIET} + veilig + thuis",
        # first person only: "ze zeiden dat mijn kinderen thuis niet veilig waren" is history
        "ik|we|wij|me|mij ... thuis ... {NIET} + veilig",
        "thuis + ben|zijn|is ... {NIET} + veilig",
        "is|ben|zijn + thuis + {NIET} + veilig",
        "{NIET} + veilig + in ... huis|woning",
        "ik + ben + {NIET} + veilig",
        "we|wij + zijn + {NIET} + veilig",
        "voel + me|mij ... {NIET} + veilig & thuis|huis|hem|man|ex|expartner|partner|vriend|vader",
        "dreigt|dreigde|bedreigt|bedreigde|gedreigd ... vermoorden|vermoord|doden|doodmaken|afmaken|dood",
        "{MIJ}|ons + vermoorden|vermoord|afmaken|doodmaken|doden",
        "vermoordt|vermoorden + {MIJ}|ons",
        "verkracht|verkrachting|verkrachtte|aangerand|aanranding",
        "gewurgd|wurgt|wurgde",
        "gestalkt|stalkt|stalker",
        "ex|expartner|exman|exvriend ... staat|stond|stonden ... voor|aan + de|mijn|onze + deur",
        "contactverbod|straatverbod|huisverbod ... overtreedt|overtreden|schendt|houdt",
        "klappen ... van ... hem|{BANGVOOR}",
        "{HIJ} ... geeft|gaf|geven ... {MIJ}|ons ... klappen|klap",
        "{HIJ} ... {MIJ} + een + klap|trap|schop",
        "{HIJ} ... heeft|pakt|pakte|had + een + mes|pistool|wapen",
        "{HIJ} + is|wordt|werd ... agressief|gewelddadig",
        "durf ... {NIET} + naar + huis / durf ... {NIET} + meer + naar + huis",
    ],
    "child_danger": [
        "{KIND} ... wordt|worden|is|zijn|werd|werden ... mishandeld|misbruikt|geslagen|geschopt|"
        "verkracht|aangerand|gewurgd|vermist|verdwenen|weggelopen|ontvoerd|bedreigd",
        "{KIND} ... mishandeld|misbruikt|geslagen|geschopt|verkracht|aangerand + wordt|worden",
        "{KIND} + is|zijn|verkeert|verkeren ... in + gevaar",
        "{KIND} + is|zijn ... {NIET} + veilig",
        "{SLAAN}|mishandelen|misbruiken|slaan + {MIJN} + {KIND}",
        "kindermishandeling",
        "kindermisbruik",
        "{KIND} ... iets|wat + aandoen|aandoet|aandoe / {KIND} ... iets|wat + aan + te + doen",
        "{KIND} ... zichzelf + snijdt|pijn|beschadigt|iets|wat|verwondt|snijden",
        "{KIND} ... snijdt|snijd|beschadigt|verwondt|krast + zichzelf",
    ],
    "eviction": [
        "{DW} ... voor|aan|op + de|mijn|onze + deur|stoep",
        "{DW} + staat|stond|staan|komt|komen ... {NU}",
        "{DW} + is|zijn + hier|binnen",
        "{NU} + komt|komen|staat ... {DW}",
        "{DW} ... ontruim*|uitzetten|uitzetting|eruit",
        "word|wordt|worden ... uit + huis + gezet / zetten|zet ... uit + huis"
        " / uit + huis + gezet + worden|word|wordt & {NU}",
        "word|wordt|worden ... uitgezet|ontruimd / uitgezet|ontruimd + worden|word|wordt & {NU}",
        "uitzetting|ontruiming|huisuitzetting|ontruimen & {NU}",
        "moeten|moet ... huis + uit|verlaten & {NU}",
        "eruit + gezet|zetten|gegooid|gooien / zetten|gooien ... ons|me|mij + eruit & {NU}",
        "sloten ... vervangen|veranderd|verwisseld & {NU}",
        "op + straat + gezet|zetten / zetten|zet ... op + straat & {NU}",
        "staan|sta|staat ... op + straat & {NU}",
        "{NU} + op + straat",
    ],
    "basic_needs": [
        "geen + eten|voedsel|melk|luiers|babyvoeding|flesvoeding|brood",
        "geen + geld ... eten|voedsel|boodschappen|melk|luiers|babyvoeding|brood",
        "niks|niets|nix + te + eten",
        "zonder + eten|voedsel|gas|stroom|verwarming|elektriciteit",
        "zitten|zit + in + de + kou",
        "geen + huis|woning|dak + meer",
        "koelkast|kast|kasten + is|zijn + leeg",
        "{KIND} ... honger",
        "lijden|lijd|lijdt + honger",
        "al ... dagen ... {NIET} + gegeten",
        "dagen + niks|niets + gegeten",
        "{VOORZIENING} ... afgesloten|afgesneden|eraf",
        "afgesloten + van ... gas|stroom|energie|water|elektriciteit",
        "geen + verwarming|stroom|gas|elektriciteit|elektra|warmte",
        "slaap|slapen|slaapt|sliep ... op + straat",
        "slaap|slapen|slaapt|sliep ... in + de|mijn|onze|m|n + auto",
        "slaap|slapen|slaapt + buiten",
        "geen + slaapplek|slaapplaats|onderdak",
        "geen + dak + boven",
        "nergens ... slapen|overnachten|slaapplek",
        "kan|weet|kunnen + nergens + heen & {VANNACHT}",
        "waar ... slapen & {VANNACHT}",
        "ben|zijn|word|worden + dakloos",
        "dakloos & {NU}",
    ],
}


# --------------------------------------------------------------------------- English (en)

EN_GROUPS: Groups = {
    "CHILD": (
        "child|children|kid|kids|son|sons|daughter|daughters|baby|babies|toddler|boy|boys|girl|"
        "girls|kiddo|kiddos|newborn|infant"
    ),
    "MYSELF": "myself|meself|myslef|mysef",
    "PERP": (
        "he|she|husband|partner|ex|boyfriend|bf|father|dad|stepfather|stepdad|hubby|fiance|brother"
    ),
    "PERPOBJ": "him|ex|husband|partner|boyfriend|father|dad|stepfather|stepdad|hubby|bf",
    "HIT": (
        "hits|hit|beats|beat|beaten|kicks|kicked|chokes|choked|choking|strangles|strangled|punches|"
        "punched|slaps|slapped|shoves|shoved|hurts|hurt|abuses|abused|rapes|raped|threatens|"
        "threatened|attacks|attacked|hitting|beating|kicking"
    ),
    "NOW": "today|tomorrow|tonight|now|tmrw|tmr|tmrow|tomoro|2day|2morrow|2moro|2nite|2night|tonite",
    "BAILIFF": "bailiff|bailiffs|deurwaarder*|dw|enforcement|sheriff",
    "DESPAIR": (
        "hopeless|pointless|meaningless|worthless|helpless|desperate|hopelessness|despair"
    ),
    "WANT": "want|wanna|wish|wanted|wishing|wants",
}

EN: Table = {
    "suicide": [
        "suicid*",
        "suicide|suicidal",
        "kill|killing + {MYSELF}",
        "end|ending|take|taking|took ... my|own + life",
        "end|ending + it + all",
        "end + everything",
        "{WANT} ... to|2 + die",
        "wanna + die",
        "{WANT} ... i + was|were|am + dead",
        "{WANT} ... never + born / {WANT} ... not + born",
        "better + off + dead",
        "better + off + without + me",
        "without + me ... better + off",
        "dont|not|dnt + want|wanna ... live|alive|exist|living|existing",
        "no + reason|point ... to|in ... live|living / no + reason|point ... go|going + on",
        "nothing + to + live + for",
        "not|isnt|aint + worth + living",
        "tired|sick + of + living|life|existing / tired|sick + of + being + alive",
        "jump|jumping ... off|from ... bridge|building|roof|balcony|cliff",
        "jump|jumping|throw ... in + front + of ... train|bus|car|truck|metro",
        "hang|hanging + {MYSELF}",
        "overdos*",
        "too + many + pills|tablets|sleeping|painkillers",
        "bottle|box|handful|pack|strip + of + pills|tablets|paracetamol|painkillers|sleeping",
        "nobody|noone ... miss + me / no + one ... miss + me",
        "care + if + i + die|died|was|were|disappeared",
        "never + wake|waking + up",
        "dont|not + want ... wake + up",
        "goodbye + letter|note|letters",
        "im|am + a + burden",
        "disappear + forever",
        # "I can't do this anymore" alone is everyday exhaustion: only together with despair.
        "cant|cannot + go + on / cant|cannot ... take + it|this ... anymore|more"
        " / cant|cannot ... do + this|it ... anymore / cant|cannot + cope"
        " / cant|cannot + handle ... anymore"
        " && {DESPAIR} / give + up / giving + up / no + way + out / no + hope|future|point"
        " / life / forgive + me / goodbye",
    ],
    "self_harm": [
        "self + harm*|injur*|mutilat*",
        "selfharm*",
        "cut|cutting|burn|burning|hurt|hurting|harm|harming|hit|hitting|punish|punishing|"
        "scratch|scratching + {MYSELF}",
        "cut|cutting|slit|slitting|slice|slicing ... wrist|wrists|arms|arm|legs|thighs|veins",
        "cutting + again",
        "started + cutting",
    ],
    "violence": [
        "domestic + violence|abuse",
        "{PERP} ... {HIT} + me|us",
        "abusive + husband|partner|ex|boyfriend|relationship|marriage|father|dad",
        "afraid|scared|terrified|frightened + of ... {PERPOBJ}",
        "not + safe + at|in ... home|house|here / unsafe + at|in ... home|house",
        "dont|not|never ... feel + safe & home|house|him|husband|partner|ex|boyfriend",
        "im|am + not + safe",
        "we + are + not + safe / were + not + safe",
        "threaten*|threatening|said|says ... kill + me|us",
        "{PERP} ... kill + me|us",
        "rape|raped|raping|rapist",
        "sexually + assaulted|abused / sexual + assault|abuse",
        "stalking|stalks|follows + me|us",
        "stalker",
    ],
    "child_danger": [
        "{CHILD} ... in + danger",
        "{CHILD} + is|are ... not + safe / {CHILD} + is|are ... unsafe",
        "{CHILD} + is|are|was|were|being ... abused|beaten|molested|kicked|missing|kidnapped|"
        "assaulted|raped",
        "{CHILD} ... being + abused|hurt|beaten|hit|molested",
        "abusing|abuses|abused|beats|beating|hits|hitting|hurting|hurts|molesting|molested|kicks|"
        "kicked|chokes|choking|strangles + my|the|our|his|her + {CHILD}",
        "child + abuse|abused",
        "{CHILD} ... ran|run + away / {CHILD} ... disappeared",
        "hurt|harm|kill + my|the|our + {CHILD}",
        "kill + the + kids",
    ],
    "eviction": [
        "{BAILIFF} ... at|on ... door|doorstep|doorsteps",
        "{BAILIFF} + is|are + here|outside|inside",
        "{BAILIFF} ... coming|comes|come|came ... {NOW}",
        "{NOW} ... {BAILIFF} + comes|coming|is",
        "{BAILIFF} ... evict*",
        "evict* & {NOW}",
        "kicked + out / kick|kicking|throw|throwing|put|putting + us|me + out"
        " / thrown + out + of + our|my|the + house|home|apartment|flat & {NOW}",
        "be|end|ending|being ... on + the + street|streets & {NOW}",
        "losing|lose + our|my|the + house|home|apartment|flat & {NOW}",
        "have|need|got + to + leave ... house|home|apartment|flat & {NOW}",
    ],
    "basic_needs": [
        "no + food|formula|diapers|nappies|groceries",
        "nothing + to + eat",
        "no + money ... food|groceries|formula|diapers|nappies|bread|milk",
        "cant|cannot + afford ... food|groceries|formula|diapers|nappies",
        "{CHILD} ... hungry|starving",
        "havent|not|didnt|hasnt ... eaten ... days / havent|not|didnt + eaten ... since",
        "fridge|cupboards|cupboard + is|are + empty / empty + fridge|cupboards",
        "gas|electricity|heating|power|water|energy ... cut|shut|turned|switched + off"
        " / gas|electricity|heating|power|water|energy ... disconnected",
        "cut|shut|turned|switched + off + our|my|the + gas|electricity|heating|power|water",
        "gas|electricity|heating|power|water + got|was|were|been|is|are + cut|disconnected",
        "no + heating|electricity|gas|power|heat",
        "sleep|sleeping|slept ... on + the + street|streets"
        " / sleep|sleeping|slept ... in + my|the|our + car / sleep|sleeping|slept + rough|outside",
        "nowhere + to + sleep|stay",
        "nowhere + to + go & {NOW}",
        "im|am|are|were|be|become|became|being ... homeless",
    ],
}


# --------------------------------------------------------------------------- Turkish (tr)

TR_GROUPS: Groups = {
    "COCUK": "çocu*|oğlum*|kızım*|bebeğ*|bebek*|evlad*|evlat*|yavrum*|yavrular*|olum",
    "SIMDI": "bugün|yarın|akşam|akşama|gece|geceyi|şimdi|hemen|birazdan|sabah|yarına",
    "ICRA": "icra*|haciz*|deurwaarder*|memur|memuru",
    "FAIL": (
        "eşim|kocam|eski|sevgilim|partnerim|o|adam|babası|kayınpederim|eşimin|kocamın|"
        "babaları"
    ),
    "FAILDEN": (
        "eşimden|kocamdan|sevgilimden|partnerimden|ondan|adamdan|babasından|kayınpederimden|"
        "eskimden"
    ),
    "VURMA": (
        "dövüyor|dövdü|dövüyo|döver|dövecek|vuruyor|vurdu|vuruyo|vurur|itiyor|itti|boğazımı|"
        "boğuyor|boğdu|tekmeliyor|tekmeledi|tokatlıyor|tokatladı"
    ),
    "KENDIMI": "kendimi|kendimizi",
    "UMUTSUZ": "umutsuz*|anlamsız*|çaresiz*|bitkin*|mahvoldum|tükendim",
}

TR: Table = {
    "suicide": [
        "intihar*",
        "intihar",
        "ölmek + ist*",
        "ölmeyi + düşün*|ist*",
        "ölsem ... iyi|iyiydi",
        "keşke ... ölsem|ölseydim|öleydim|ölüp|doğmasaydım|doğmamışım",
        "doğmasaydım",
        "ölüp + gitsem|gitmek|gideyim|gidicem|gideceğim",
        "yaşamak + istemi*",
        "yaşamanın|hayatın|hayatımın|yaşamın ... anlamı + yok|kalmadı",
        "hayattan|yaşamaktan + bıkt*|yorul*|sıkıl*",
        "{KENDIMI} + öldür*",
        "{KENDIMI} + asacağım|asarım|asıcam|asmak|asmayı|astım|asıyorum",
        "{KENDIMI} ... köprüden|camdan|balkondan|pencereden|çatıdan|trenin|metronun|aşağı ... at*",
        "canıma + kıy*",
        "hayatıma + son + ver*",
        "hayatımı + bitir*|sonlandır*",
        "her + şeye + son + ver*",
        "bensiz ... daha + iyi|mutlu|rahat",
        "bütün|tüm + ilaçları|hapları|ilaçlarımı|haplarımı",
        "kutu + ilaç*|hap*",
        # "dayanamıyorum" alone is everyday exhaustion: only together with despair.
        "=dayanamı* / artık + yapamıyorum|yapamıyom / gücüm + kalmadı / =katlanamı*"
        " && {UMUTSUZ} / çıkış + yolu + yok / umudum|umut + yok|kalmadı"
        " / pes + ediyorum|ettim / veda* / hakkınızı|hakkını + helal",
    ],
    "self_harm": [
        "kendime + zarar",
        "{KENDIMI} + kesiyorum|kestim|kesicem|keseceğim|kesmek|kesmeye|yaralıyorum|yaraladım|yaralamak",
        "jilet + at*",
        "bileğimi|bileklerimi ... kes*",
        "{KENDIMI} + yakıyorum|yaktım",
    ],
    "violence": [
        "beni + döv*",
        "bana + vuruyor|vurdu|vurur|vuruyo|vurdular",
        "{FAIL} ... {VURMA}",
        "bana ... şiddet + uyguluyor|uyguladı|ediyor|gösteriyor|uyguluyo",
        "şiddet + görüyorum|görüyoruz|gördüm|mağduru*",
        "aile|ev + içi + şiddet*",
        "{FAIL} ... beni + öldür*|döv*",
        "öldürmekle|ölümle + tehdit*",
        "{FAILDEN} ... kork*",
        "evde ... güvende + değil*",
        "güvende + değilim|değiliz",
        "{KENDIMI} ... güvende + hissetmiyor*|hissetmiyom",
        "tecavüz*",
        "cinsel + taciz*|saldırı*",
    ],
    "child_danger": [
        "{COCUK} ... tehlikede*",
        "{COCUK} ... dövüyor|dövdü|dövüyo|döver|vuruyor|vurdu|şiddet|istismar*|taciz*|kayıp|"
        "kayboldu|kaçtı|kaçırıldı|kaçırdı",
        "{COCUK} ... güvende + değil*",
        "çocuk + istismar*",
        "{COCUK} ... zarar + ver*",
    ],
    "eviction": [
        "evden + atılıyoruz|atılıyorum|atıyorlar|atacaklar|atılacağız|atılacağım|atıldık|"
        "çıkarıyorlar|çıkaracaklar|çıkarılacağız|çıkarıldık & {SIMDI}",
        "tahliye* & {SIMDI}",
        "{ICRA} ... kapı*",
        "sokağa + atıl*|atıyorlar|atacaklar|atıldık|atıyor",
        "{ICRA} + geliyor|gelecek|geldi ... {SIMDI} / {SIMDI} ... {ICRA} + geliyor|gelecek|geldi",
    ],
    "basic_needs": [
        "{COCUK} + aç|açlar|açlıktan",
        "{COCUK} ... karnı|karınları|karnını ... =doyuramı*|aç",
        "karnını|karınlarını + =doyuramı*",
        "aç + kald*",
        "yiyecek ... yok|kalmadı",
        "yemek + yok|kalmadı",
        "ekmek|yemek|mama|bez|süt + alacak|almaya ... para* ... yok"
        " / ekmek|yemek|mama|bez|süt + alamıyorum|alamıyoruz",
        "günlerdir ... yemedi*|yemedik|yemiyoruz|aç",
        "doğalgaz*|gaz|elektrik*|ısıtma|kalorifer*|su|suyu|suyumuz ... kesildi|kestiler|kesik|"
        "kesilecek|kesti|kesiyorlar",
        "ısıtma|doğalgaz|kalorifer|elektrik + yok",
        "sokakta ... kald*|kalıyor*|kalacağ*|kalıcam|uyu*|yatıyorum|yatıyoruz|yatacağım|yatıcam|"
        "yattım|yattık",
        "kalacak|uyuyacak + yer* ... yok",
        "evsiz + kald*",
        "evsizim|evsiziz",
    ],
}


# --------------------------------------------------------------------------- Arabic (ar)

AR_GROUPS: Groups = {
    "CHILD": (
        "ابني|ابنتي|بنتي|طفلي|طفلتي|أطفالي|أولادي|ولدي|أولاد|أطفال|طفل|أبنائي|بناتي|ولادي|"
        "صغاري|وليدي|بنيتي|عيالي|الطفل|الأولاد|الأطفال|الصغار|ابنه|ابنها|بنته|بنتها|أولاده|"
        "أولادها"
    ),
    "NOW": (
        "اليوم|غدا|بكرة|بكرا|الليلة|هلق|هلأ|الآن|دابا|توا|هسه|هسة|حالا|الحين|دلوقتي|غدوة|ليلة"
    ),
    "WANT": (
        "أريد|بدي|ابغى|أبي|بغيت|نبغي|حابب|حابة|أتمنى|نتمنى|نفسي|عايز|عايزة|عاوز|عاوزة|ودي|أود"
    ),
    "FEAR": "خايف|خايفة|خائف|خائفة|أخاف|نخاف|بخاف|كنخاف|مرعوب|مرعوبة|خفت|خوف",
    "PERP": "زوجي|جوزي|راجلي|طليقي|طليق|شريكي|صاحبي|زوج|أبوهم|أبو",
    "MYSELF": "نفسي|حالي|روحي|راسي",
    "BAILIFF": "المحضر|محضر|المفوض|مفوض|deurwaarder*|الديرفاردر|المنفذ|منفذ",
    "DESPAIR": "يائس|يائسة|يايس|ميؤوس|انتهيت|ضايع|ضايعة|سامحوني|وداعا",
    "HUNGRY": "جوعانين|جايعين|جوعان|جوعانة|جياع|جيعانين|جيعان|*جوع*",
    "CUT": "قطعوا|قطع|انقطع|مقطوع|مقطوعة|مقطوعين|قاطعين|فصلوا|فصل|قطعو|قطعولنا|قطعوها",
    "UTIL": (
        "الغاز|غاز|الكهرباء|الكهربا|كهرباء|الضو|الضوء|التدفئة|تدفئة|الشوفاج|شوفاج|الماء|المي|"
        "المية|الما|الدفاية"
    ),
}

AR: Table = {
    "suicide": [
        "*نتحر*|*نتحار*",  # انتحر، سأنتحر، ينتحر / انتحار، الانتحار
        "{WANT} ... أموت|نموت|الموت|موت",
        "الموت ... أرحم|أحسن|أفضل|أهون",
        "أقتل|نقتل|بقتل|سأقتل|قتل|اقتلي ... {MYSELF}",
        "أنهي|إنهاء|ننهي|أخلص|نخلص|خلص ... حياتي|عمري",
        "لا|ما|مالها|مالهاش ... معنى ... حياتي|للحياة|لحياتي / حياتي|الحياة ... بلا|ما|مالها|مالهاش ... معنى",
        "حدا|حد + لحياتي|حياتي",
        "لا|ما|مش|مو|لم|ماني ... {WANT} ... أعيش|نعيش|العيش|عيش|الحياة|أحيا",
        "مابدي|مابغيتش|ماابغي|مابغيت|مابيش ... أعيش|نعيش|العيش|عيش|الحياة",
        "ليتني|ريتني|ياريتني ... مت|ميت|ميتة|متت|أموت|انولد|أولد|خلقت|انخلقت",
        "أحسن|أفضل ... بدوني|بلاي|بلايا",
        "بدوني|بلاي ... أحسن|أفضل",
        "أرمي|نرمي|برمي|سأرمي ... {MYSELF}",
        "أشنق|نشنق|سأشنق|شنق ... {MYSELF}",
        "جرعة + زائدة",
        "أبلع|بلعت|نبلع|آخذ|أخذت|أشرب|شربت ... كل + الحبوب|الدوا|الدواء|الأدوية|حبوبي|حبوب",
        "تعبت|مليت|زهقت|سئمت|طفشت ... من + الحياة|حياتي|العيش|عيشتي"
        " / كرهت + حياتي|الحياة|عيشتي",
        # "I can't bear it anymore" alone is everyday exhaustion: only together with despair.
        "ما + عدت|عاد ... أحتمل|أقدر|نقدر|فيني|أتحمل / لم + أعد ... أحتمل|أقدر|أتحمل"
        " / مش + قادر|قادرة ... أتحمل|أكمل|استحمل / ما + بقدر|نقدر + أتحمل|نكمل|أكمل"
        " / مابقيتش + نقدر / تعبت + كثير|بزاف|جدا"
        " && {DESPAIR} / ما|لا + في ... أمل|معنى|فايدة|فائدة / بلا|لا + أمل|فايدة|فائدة|معنى",
    ],
    "self_harm": [
        "أؤذي|أذي|إيذاء|أذيت|آذيت|ناذي|نأذي|بأذي|أذية ... {MYSELF}|النفس|الذات",
        "أجرح|جرحت|نجرح|بجرح ... {MYSELF}|يدي|إيدي",
        "أقطع|قطعت|نقطع ... عروقي|شراييني|شرايين|وريدي|العروق|عرقي",
        "أضرب|نضرب|ضربت ... نفسي|حالي",
        "أحرق|حرقت|نحرق ... {MYSELF}",
    ],
    "violence": [
        "يضربني|ضربني|تضربني|بيضربني|كيضربني|يضربوني|ضربوني|يضربنا|بيضربنا|يعنفني|عنفني|"
        "يعذبني|عذبني|يصفعني|صفعني|يرفسني|رفسني",
        "عنف ... أسري|منزلي|زوجي",
        "{FEAR} ... من + {PERP} / {FEAR} ... منه|منو",
        "لست|مش|ماني|مانيش|مو|غير ... أمان|آمنة|آمن|بأمان|آمنين",
        "هددني|يهددني|تهددني|بيهددني|يهدد|هدد ... بالقتل|يقتلني|بالذبح|يذبحني|قتلي",
        "سيقتلني|بيقتلني|حيقتلني|حايقتلني",
        "رح|راح|غادي|بدو|يريد|ح ... يقتلني|قتلي|يذبحني",
        "اغتصب*",
        "تحرش + بي|بيا",
        "{PERP} ... خنقني|يخنقني|بيخنقني",
    ],
    "child_danger": [
        "{CHILD} ... خطر|بخطر",
        "يضرب|ضرب|بيضرب|كيضرب|يعنف|عنف|يعذب|عذب|يتحرش|تحرش|اغتصب|يؤذي|آذى|يأذي ... {CHILD}",
        "{CHILD} ... مفقود|مفقودة|اختفى|اختفت|هرب|هربت|مخطوف|مخطوفة|خطفوه|خطفوها|انخطف",
        "تعنيف + الأطفال|أطفال|الطفل|ابني|ابنتي",
        "{CHILD} ... يضربه|يضربها|يضربهم|ضربه|ضربها|ضربهم|يعنفه|يعنفها|يعنفهم",
        "{CHILD} ... مش|غير|ليس|ليسوا ... أمان|آمنين|بأمان",
    ],
    "eviction": [
        "يطردونا|يطردوننا|سيطردوننا|طردونا|يطردني|طردني|الإخلاء|إخلاء|يخرجونا|يطلعونا|"
        "طلعونا|يرمونا|رمونا|سيرمونا & {NOW}",
        "{BAILIFF} ... باب|الباب|بالباب|عالباب|بابي|بابنا",
        "رمونا|يرمونا|سيرمونا|رماني|يرميني|طلعونا|يطلعونا|طردونا|يطردونا|يطردوننا ... الشارع|"
        "للشارع|بالشارع|شارع",
        "نكون|سنكون|نصير|نبقى|بنكون|حنكون|سأكون|أكون ... الشارع|للشارع|بالشارع|شارع & {NOW}",
    ],
    "basic_needs": [
        "{CHILD} ... {HUNGRY}",
        "نموت|أموت|يموتو|يموتون|يموتوا + من + الجوع",
        "ما|لا + في|فيه|عندي|عندنا|يوجد|كاين + أكل|طعام|ماكلة|أكلا",
        "ما|لا + في|فيه|عندي|عندنا|يوجد|كاين + شي|شيء|حاجة + ناكل|ناكله|ناكلو|نأكل|للأكل",
        "مافي|مافيش|مفيش|ماكاين|ماعندي|ماعندنا|معندناش|ماعندناش|معنديش|لايوجد ... أكل|طعام|"
        "ماكلة|ناكل|ناكله",
        "{CUT} + {UTIL}",
        "{UTIL} ... مقطوع|مقطوعة|مقطوعين|انقطع|قطعوه|قطعوها|مفصول",
        "بلا|بدون|مافي|مفيش|ماكاين + {UTIL}",
        "ما + في + {UTIL}",
        "وين|أين|فين|فاين ... أنام|ننام|نبات|ننعس|نرقد|بنام & {NOW}",
        "ما|لا|مافي|ماعندي|ماعندنا|ليس|مفيش|معنديش ... مكان|محل|بلاصة ... أنام|ننام|نبات|"
        "نسكن|ننعس|أسكن",
        "أنام|ننام|نايم|نايمة|نايمين|نبات|بايت|بايتين|ننعس|نرقد|سأنام|بنام ... الشارع|بالشارع|"
        "شارع|برا|بره|السيارة|بالسيارة|سيارتي",
        "بلا + مأوى",
        "مشرد|مشردة|مشردين|متشرد|متشردة",
    ],
}


# --------------------------------------------------------------------------- Polish (pl)

PL_GROUPS: Groups = {
    "DZIECKO": (
        "dziecko|dziecka|dziecku|dzieckiem|dzieci|dzieciom|dziećmi|dzieciaki|dzieciaków|dzieciak|"
        "syn|syna|synem|synowi|synek|synka|synkiem|córka|córki|córkę|córce|córeczka|córeczkę|"
        "córeczki|niemowlę|niemowlak|maluch|malucha|maluchy|bobas|dzieciaczki|synów|córek"
    ),
    "TERAZ": "dziś|dzisiaj|jutro|teraz|wieczorem|zaraz|pojutrze|nocy|noc|dzisiejszej|jutrzejszej",
    "KOMORNIK": "komornik*|deurwaarder*|dw",
    "CHCE": (
        "chcę|chciałabym|chciałbym|wolałabym|wolałbym|pragnę|marzę|chciałam|chciałem|chcemy"
    ),
    "SPRAWCA": (
        "mąż|partner|chłopak|były|ojciec|on|konkubent|facet|ex|eks|teść|brat|ojczym|narzeczony"
    ),
    "BIJE": (
        "bije|bił|pobił|uderzył|uderza|dusi|dusił|kopie|kopał|kopnął|szarpie|katuje|skatował|"
        "gwałci|zgwałcił|tłucze|pobiła|uderzyła|dusiła|biją"
    ),
    "BEZNADZIEJA": "beznadzie*|bezsens*|bezradn*|załamana|załamany|zrozpaczon*|rozpacz*",
}

PL: Table = {
    "suicide": [
        "samobój*",
        "samobójstwo|samobójczy|samobójcze",
        "{CHCE} ... umrzeć|zdechnąć|umierać",
        "{CHCE} + nie + żyć",
        "nie ... {CHCE} ... żyć|istnieć",
        "zabić|zabiję|zabijam|zabiłabym|zabiłbym|zabiłam|zabiłem + się|siebie",
        "się + zabić|zabiję",
        "odebrać|odbiorę ... sobie + życie",
        "targnąć|targnę|targnęłam ... na + życie|swoje",
        "skończyć|skończę|skończyłam + ze + sobą",
        "skończyć|skończę ... z + życiem",
        "powiesić|powieszę + się",
        "rzucić|rzucę|skoczyć|skoczę|wyskoczyć|wyskoczę ... pod + pociąg|samochód|tramwaj|auto",
        "rzucić|rzucę|skoczyć|skoczę|wyskoczyć|wyskoczę ... z + mostu|dachu|okna|bloku|balkonu",
        "gdyby + mnie + nie + było",
        "lepiej ... beze + mnie / beze + mnie ... lepiej",
        "nie + ma + sensu + żyć|życia",
        "życie + nie + ma + sensu",
        "życie ... bez + sensu",
        "nie ... widzę + sensu ... życia|żyć|życiu",
        "zmęczon* + życiem",
        "mam + dość + życia",
        "zniknąć + na + zawsze",
        "=przedawk*",  # never fuzzy: "przedawnienie" (limitation period) is a legal word here
        "łyknąć|łyknę|łyknęłam|połknąć|połknę|zażyć|zażyję|wezmę|wzięłam|wziąłem ... wszystkie + "
        "tabletki|leki|pigułki|prochy",
        "opakowanie|garść|paczkę ... tabletek|leków|pigułek|prochów",
        "nie + chcę ... się + obudzić|budzić",
        "nigdy + się + nie + obudzić|obudzę",
        "list + pożegnalny",
        # "nie daję rady" alone is everyday exhaustion: only together with despair.
        "nie + daję + rady / już + nie + mogę / nie + wytrzymuję|wytrzymam|zniosę / nie + mam + siły"
        " && {BEZNADZIEJA} / bez + wyjścia|sensu|nadziei / nie + ma|widzę + wyjścia|nadziei"
        " / brak + nadziei|sensu / poddaję + się / żegnaj* / przepraszam + was|wszystkich|dzieci",
    ],
    "self_harm": [
        "samookalecz*|samouszkodz*",
        "okaleczam|okaleczyłam|okaleczać|okaleczę|okaleczyłem + się",
        "tnę|cięłam|ciąłem|pocięłam|pociąłem|ciąć|pociąć + się",
        "tnę|ciąć|pociąć|pocięłam|cięłam|podciąć|podcięłam|podetnę ... ręce|nadgarstki|nogi|uda|"
        "żyły|rękę",
        "robię|zrobię|zrobiłam|zrobić|zrobiłem + sobie + krzywdę",
        "sobie + krzywdę",
        "zadaję|zadawać + sobie + ból",
    ],
    "violence": [
        "{BIJE} + mnie|nas",
        "mnie|nas + {BIJE}",
        "przemoc* ... domow*|rodzinie",
        "ofiarą|ofiara + przemocy",
        "niebieska|niebieską + karta|kartę|karty",
        "boję + się ... byłego|męża|partnera|jego|konkubenta|chłopaka|ojca|niego|eksa|exa|ojczyma",
        "nie + jestem|jesteśmy + bezpieczn*",
        "boję + się + o + swoje|moje + życie",
        "nie + czuję + się + bezpiecznie & domu|nim|mężem|partnerem|byłym|mieszkaniu",
        "w + domu ... nie + jest + bezpiecznie",
        "grozi|groził|straszy|straszył ... zabi*|śmiercią|zabójstwem",
        "{SPRAWCA} ... zabije + mnie|nas / {SPRAWCA} ... mnie|nas + zabije",
        "zgwałc*|gwałcił*|gwałt|gwałtu|molestował*",
        "śledzi + mnie|nas",
    ],
    "child_danger": [
        "{DZIECKO} ... w + niebezpieczeństwie|zagrożeniu",
        "{DZIECKO} ... zagrożon*|bite|bity|bita|bici|molestowan*|wykorzystywan*|zaginął|zaginęła|"
        "zaginione|zaginęło|uciekł|uciekła|uciekły|uciekli|porwan*|krzywdzon*|maltretowan*",
        "bije|bił|pobił|uderzył|krzywdzi|skrzywdził|molestuje|molestował|wykorzystuje|katuje|kopie|"
        "tłucze ... {DZIECKO}",
        "przemoc* ... wobec|nad ... {DZIECKO}",
        "{DZIECKO} ... nie + jest|są + bezpieczn*",
    ],
    "eviction": [
        "{KOMORNIK} ... pod|u|przed|w|do ... drzwiami|drzwi|drzwiach",
        "{KOMORNIK} + jest|przyjdzie|przychodzi|przyjeżdża|będzie|stoi ... {TERAZ}",
        "{TERAZ} + przyjdzie|przychodzi|przyjeżdża|będzie ... {KOMORNIK}",
        "{KOMORNIK} ... eksmisj*|eksmitować|wyrzuc*",
        "eksmisj*|eksmituj*|eksmitować|eksmitowani|eksmitowana|eksmitują & {TERAZ}",
        "wyrzuc*|wywal* ... z + mieszkania|domu / wyrzuc*|wywal* ... na + ulicę|bruk & {TERAZ}",
        "będziemy|będę|wylądujemy|wyląduję|zostaniemy|zostanę ... na + ulicy|bruku & {TERAZ}",
    ],
    "basic_needs": [
        "{DZIECKO} ... głodne|głodni|głodny|głodna|głodują|głodu|głodzie",
        "głodne|głodni + dzieci|dzieciaki",
        "nie + mam|mamy|ma ... jedzenia",
        "nie + mam|mamy|ma + co + jeść",
        "nic + do + jedzenia|zjedzenia",
        "brak + jedzenia",
        "lodówka ... pusta / pusta + lodówka",
        "nie + mam|mamy ... za + co ... jedzenie|jedzenia|zakupy|chleb|mleko|pieluchy",
        "odcięli|odciął|odcięto|odłączyli|odłączył|wyłączyli|zakręcili ... gaz|prąd|ogrzewanie|"
        "wodę|światło",
        "gaz|prąd|ogrzewanie|woda|światło ... odcięt*|odłączon*|wyłączon*|zakręcon*",
        "nie + mam|mamy|ma ... ogrzewania|prądu|gazu",
        "bez + ogrzewania|prądu|gazu",
        "śpię|śpimy|spać|spałam|spała|spaliśmy|prześpię|prześpimy|nocuję|nocujemy|nocować ... na + "
        "ulicy|dworcu|klatce|ławce / śpię|śpimy|spać|spałam|spała|spaliśmy|prześpię|nocuję|"
        "nocujemy|nocować ... w + samochodzie|aucie / śpię|śpimy|spać|spałam|nocuję|nocować ... "
        "pod + mostem",
        "nie + mam|mamy + gdzie ... spać|nocować|mieszkać|podziać",
        "jestem|jesteśmy|zostałam|zostałem|zostaliśmy ... bezdomn*",
        "bez + dachu + nad + głową",
    ],
}


# --------------------------------------------------------------------------- Ukrainian (uk)
# Many Ukrainians also (or only) write Russian; both spellings are listed. і/и/ы, є/е/э,
# ї, й, ґ and the soft sign are folded together automatically, so near-misses are covered.

UK_GROUPS: Groups = {
    "ДИТИНА": (
        "дитина|дитину|дитини|дитині|дитиною|діти|дітей|дітям|дітьми|син|сина|сину|сином|синочок|"
        "синочка|донька|доньку|доньки|доньці|дочка|дочку|доня|малюк|малюка|ребенок|ребенка|ребенку|"
        "дети|детей|детям|детьми|сын|сына|сыну|дочь|дочери|малыш|малыша|сини|сыновья"
    ),
    "ЗАРАЗ": (
        "сьогодні|завтра|зараз|ввечері|вночі|сегодня|сейчас|вечером|ночью|негайно|щас|сьодні|"
        "седня|ніч|ночь|вечір|вечер"
    ),
    "ХОЧУ": (
        "хочу|хочеться|хотілося|хотілось|хочется|хотелось|хотела|хотел|хотіла|хотів|мрію|мечтаю|"
        "хочемо"
    ),
    "ПОМЕРТИ": (
        "померти|вмерти|умерти|умереть|помереть|здохнути|сдохнуть|здохти|вмирати|умирать|помирати"
    ),
    "ВИКОНАВЕЦЬ": (
        "виконавець|виконавця|виконавці|пристав|пристави|приставы|исполнитель|исполнителя|"
        "исполнители|deurwaarder*|колектор|коллектор|колектори|коллекторы"
    ),
    "МЕНЕ": "мене|меня|нас",
    "КРИВДНИК": (
        "чоловік|муж|він|он|колишній|бывший|партнер|батько|отец|вітчим|отчим|хлопець|парень|"
        "співмешканець|сожитель"
    ),
    "КРИВДНИКА": (
        "його|него|колишнього|бывшего|чоловіка|мужа|партнера|батька|отца|вітчима|отчима|хлопця|"
        "парня"
    ),
    "БИТИ": (
        "б'є|бьет|бив|бил|побив|побил|избил|вдарив|вдарила|ударил|ударила|душить|душит|душив|"
        "душил|гамселить|лупит|б'ють|бьют|штовхає|толкает|била|побила|избила"
    ),
    "БЕЗНАДІЯ": (
        "безнадія|безнадійно|безнадежно|безвихідь|безвихідн*|безвыходн*|безнадійн*|безнадежн*|"
        "відчай|відчаї|отчаяние|отчаянии|розпач*"
    ),
}

UK: Table = {
    "suicide": [
        "суїцид*|суицид*",
        "самогуб*|самоубий*",
        "{ХОЧУ} ... {ПОМЕРТИ}",
        "не ... {ХОЧУ} ... жити|жить|існувати|существовать",
        "покінч*|поконч* ... собою|собой|життям|жизнью",
        "наклас*|накладу|наложу|наложить|наложила|наклала ... на + себе|себя + руки",
        "вбити|вб'ю|убити|убить|уб'ю|убью|вбиваю|убиваю ... себе|себя",
        "не|нема|немає|нет ... сенсу|смысла ... жити|жить|життя|жизни",
        "життя|жизнь|жити|жить ... не|нема|немає|нет ... сенсу|смысла",
        "краще|лучше ... мене|меня + не + було|было|стало",
        "без + мене|меня ... краще|лучше",
        "стрибну*|стрибнути|стрибати|прыгну*|прыгать|скочити|кинутися|кинусь|кинуся|брошусь|"
        "броситься ... мосту|даху|вікна|моста|крыши|окна|поїзд|поезд|поїзда|поезда|потяг|потяга",
        "повіситися|повішусь|повешусь|повеситься|повісилась|повесилась|повісився|повесился|повішуся",
        "=передоз*",
        "наковтат*|наглотат*|наковтаюсь|наглотаюсь ... таблет*|пігул*|ліків|лекарств",
        "випити|выпить|випила|выпила|вип'ю|выпью|ковтнути|проглотить ... всі|все + таблетки|"
        "пігулки|ліки|лекарства",
        "заснути|уснути|уснуть|заснуть ... не + прокинут*|проснуться|прокидатися|просыпаться",
        "ніколи|никогда ... не + прокинут*|проснуться",
        "втомил*|устал* ... від|от + життя|жизни|жити|жить",
        "прощальн* + лист|записк*|листа",
        # "більше не можу" alone is everyday exhaustion: only together with despair.
        "більше + не + можу / не + можу + більше / больше + не + могу / не + могу + больше"
        " / не + витримую|витримаю|выдерживаю|выдержу / сил + немає|нема|нет"
        " && {БЕЗНАДІЯ} / немає|нема|нет + виходу|выхода|надії|надежды"
        " / виходу|выхода + немає|нема|нет / здаюсь|здаюся|сдаюсь / прощайте|пробачте|простите"
        " / кінець|конец",
    ],
    "self_harm": [
        "ріжу|різати|порізала|порізав|порізати|порізалась|порізалася|режу|резать|порезала|порезал|"
        "порезать|порезалась|ранила|ранить|ранити ... себе|себя|руки|вени|вены|зап'ястя|запястья",
        "самоушкодж*|самопошкодж*|самоповрежд*|самокаліч*|самокалеч*",
        "завдаю|завдати|завдала|причиняю|причинить|причинила|роблю|делаю|зробила|сделала ... собі|"
        "себе ... біль|болю|боль|больно|боляче",
        "шкоджу|шкодити|нашкоджу|нашкодити|врежу|вредить|навредить|навреджу + собі|себе",
    ],
    "violence": [
        "{БИТИ} + {МЕНЕ}",
        "{МЕНЕ} + {БИТИ}",
        "{КРИВДНИК} ... {БИТИ}",
        "домашн* ... насил*",
        "насил* ... вдома|дома|сім'ї|семье|родині",
        "згвалтув*|зґвалтув*|изнасил*",
        "боюс*|боюся|боюсь|боїмося|боимся ... {КРИВДНИКА}",
        "вдома|дома|удома ... небезпечно|небезопасно|опасно",
        "небезпечно|небезопасно|опасно ... вдома|дома|удома",
        "не + в + безпеці|безопасности",
        "боюс*|боюся|боюсь ... за + своє|моє|свою|мою + життя|жизнь",
        "погрож*|загрож*|угрож* ... вбити|убити|убить|вбивств*|убийств*|смертю|смертью|вб'ю|убью|"
        "вб'є|убьет",
        "{КРИВДНИК} ... вб'є|уб'є|убьет ... {МЕНЕ} / {КРИВДНИК} ... {МЕНЕ} + вб'є|уб'є|убьет",
    ],
    "child_danger": [
        "{ДИТИНА} ... небезпеці|опасности|небезпеки|небезпека|опасность",
        "{БИТИ}|кривдить|знущається|издевается|домагається|домогается|ґвалтує|насилує ... {ДИТИНА}",
        "{ДИТИНА} + {БИТИ}",
        "{ДИТИНА} ... зник|зникла|зникли|пропав|пропала|пропал|пропали|втік|втекла|втекли|сбежал|"
        "сбежала|сбежали|викрали|похитили",
        "насильство|насилие ... над|щодо ... {ДИТИНА}",
    ],
    "eviction": [
        "виселя*|выселя*|виселен*|выселен*|виселять|выселят|виженуть|выгонят|виганяють|выгоняют|"
        "вигнати|выгнать & {ЗАРАЗ}",
        "{ВИКОНАВЕЦЬ} ... двер*|порозі|пороге",
        "{ВИКОНАВЕЦЬ} + прийде|придет|приходить|приходит|тут|прийшов|пришел ... {ЗАРАЗ}",
        "будемо|будем|опинимось|опинимося|окажемся|залишимось|залишимося|останемся ... на + "
        "вулиці|улице & {ЗАРАЗ}",
    ],
    "basic_needs": [
        "{ДИТИНА} ... голодн*|голодують|голодают|голодуют",
        "немає|нема|нет|ніякої|никакой ... їжі|еды|їжа|еда|продуктів|продуктов",
        "нема|немає + що + їсти|поїсти",
        "нечего + есть|поесть|кушать",
        "нічого + їсти|поїсти|поесть|кушать",
        "відключили|отключили|вимкнули|выключили|відрізали|отрезали|відключать|отключат ... газ|"
        "світло|опалення|отопление|свет|електрику|электричество|воду",
        "газ|опалення|отопление|світло|свет|електрику|электричество ... відключ*|отключ*|"
        "вимкнул*|выключ*|вимкнен*",
        "немає|нема|нет|без + опалення|отопления|газу",
        "ночую|ночуватиму|ночувати|сплю|спати|спатиму|ночевать|спать|ночевала|спала|ночувала|"
        "ночуємо|спимо ... на + вулиці|улице|вокзалі|вокзале|лавці|лавке / ночую|ночувати|сплю|"
        "спати|ночевать|спать|ночувала|спала|спимо ... в|у + машині|машине|авто",
        "ніде|негде ... ночувати|спати|ночевать|спать|жити|жить",
        "нема|немає + де + ночувати|спати|жити",
        "я|ми|мы|стали|стала|став|стал|будемо|будем|залишились|залишилися|остались|осталась|"
        "залишилась ... бездомн*|безхат*",
    ],
}


# --------------------------------------------------------------------------- shared settings

#: language code -> (groups, table). Order matters only for which language a shared rule reports.
LANGUAGES: dict[str, tuple[Groups, Table]] = {
    "nl": (NL_GROUPS, NL),
    "en": (EN_GROUPS, EN),
    "tr": (TR_GROUPS, TR),
    "ar": (AR_GROUPS, AR),
    "pl": (PL_GROUPS, PL),
    "uk": (UK_GROUPS, UK),
}

#: Words that do not count as "other words" between the words of a rule
#: ("ik wil echt gewoon dood" still matches "wil dood").
FILLERS: dict[str, str] = {
    "nl": (
        "echt|gewoon|gwn|helemaal|zo|toch|maar|wel|even|eigenlijk|serieus|ook|nog|al|weer|soms|meer|"
        "vaak|steeds|altijd|bijna|gewoonweg|nu|heus|zeker"
    ),
    "en": (
        "really|just|so|literally|actually|honestly|seriously|totally|truly|even|kinda|fucking|fkn|"
        "still|already|also|too|always|sometimes|again"
    ),
    "tr": "gerçekten|artık|çok|hiç|bile|de|da|ya|yani|sadece|resmen|cidden|bazen|hep|yine",
    "ar": (
        "والله|جد|بجد|حقا|فعلا|صراحة|بصراحة|خلاص|بس|كمان|أيضا|حتى|يعني|أصلا|دايما|دائما|عنا|"
        "علينا|عني|علي"
    ),
    "pl": "naprawdę|już|po|prostu|serio|całkiem|właśnie|też|nawet|czasem|znowu|ciągle|dalej|wciąż",
    "uk": (
        "вже|уже|просто|дуже|реально|справді|правда|вообще|взагалі|чесно|ну|ще|еще|знову|опять|"
        "теж|тоже|також|більше|больше"
    ),
}

#: Negation words. They only ever *suppress* eviction and basic-needs rules, and only when they
#: stand inside a matched phrase ("het gas is niet afgesloten", "we worden morgen niet uit huis
#: gezet"). They never suppress suicide, self-harm, violence or child-danger rules.
NEGATIONS: dict[str, str] = {
    "nl": "niet|nie|nooit|geen|nt",
    "en": "not|dont|doesnt|isnt|arent|wasnt|werent|wont|never|didnt|havent|hasnt",
    "tr": "değil|değiliz|değilim",
    "ar": "لا|لم|لن|ليس|مش|مو|ماشي",
    "pl": "nie",
    "uk": "не|ні|нет",
}

#: Real, common words that must never be read as a one-letter typo of a key word.
FUZZY_NEVER: str = (
    # nl: one letter away from a key word, but ordinary words
    "geslaagd|verkocht|gesloten|gestopt|kinderbijslag|gegeven|verband|verkeerd|vermoed|"
    "vermoeden|vermoedt|opvangen|verlangen|"
    # en
    "burying|"
    # pl: zginął "died" is not zaginął "went missing"; zostanie is not zostanę
    "zginął|zginęła|zginęli|zginęło|zostanie|"
    # uk/ru: помирити "reconcile" is not помирати "die"
    "помирити|помириться"
)
