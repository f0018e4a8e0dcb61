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
        "knijpt|bijt|slaad|schopd|trapd|mishandeld"
    ),
    "GESLAGEN": (
        "geslagen|geschopt|gewurgd|mishandeld|bedreigd|verkracht|gestompt|getrapt|misbruikt|"
        "aangerand|geduwd"
    ),
    "NU": (
        "vandaag|morgen|vanavond|vannacht|vanmiddag|vanochtend|vanmorgen|nu|straks|overmorgen|"
        "zometeen|meteen|morgenochtend|morgenvroeg|morgenavond"
    ),
    # the same time words without "nu", for "A & B" rules: "nu" stands in too many other
    # clauses ("de ontruiming is pas over drie maanden maar ik ben nu al bang")
    "NUW": (
        "vandaag|morgen|vanavond|vannacht|vanmiddag|vanochtend|vanmorgen|straks|overmorgen|"
        "zometeen|meteen|morgenochtend|morgenvroeg|morgenavond|morgenmiddag"
    ),
    "DW": "deurwaarder*|dw",
    "VANNACHT": "vannacht|vanavond|vandaag",
    "WANHOOP": (
        "hopeloos|uitzichtloos|zinloos|wanhopig|radeloos|kansloos|uitzichtsloos|levensmoe|"
        "wanhoop"
    ),
    "VOORZIENING": "gas|stroom|energie|verwarming|elektriciteit|elektra|water|warmte|cv",
    "LEVEN": "leven|leve|lefen|levn|lewen|lven|bestaan",
    "WAPEN": "mes|messen|keukenmes|pistool|wapen|vuurwapen|bijl|schaar|hamer",
    "PLEK": "brug|spoor|spoorbrug|dak|flat|balkon|rand|reling|viaduct|flatdak|perron",
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
        "zie ... {NIET} + meer + zitten|zitte|ziten|zitn|ziten",
        "het + hoeft ... voor + mij|me|mn ... {NIET} + meer",
        "voor + mij|me + hoeft + het + {NIET} + meer",
        "het + hoeft ... {NIET} + meer + voor + mij|me",
        "wil|wilde|wou|willen ... er|hier ... {NIET} + meer + zijn|bestaan",
        "wil|wilde|wou|willen ... {NIET} + meer + {LEVEN}",
        "wil|wilde|wou|willen + doodgaan|sterven",
        "ik + wil + {NIET} + {LEVEN} + meer",
        "geen + kracht|energie|puf|reden|zin|moed ... om + te + {LEVEN} / geen + reden + meer ... {LEVEN}",
        "kan ... {NIET} + meer + {LEVEN}",
        # indirect: stopping with everything, putting an end to it, disappearing
        "stoppen|ophouden|kappen + met + alles|leven / stoppen|ophouden + met + het + leven",
        "wil|ga|wilde ... er + een + punt + achter + zetten / punt + achter + mijn|m|mn|het + leven",
        "verdwijnen|verdwijn ... voorgoed|altijd / voorgoed + verdwijnen",
        "weg + uit|van + deze + wereld / deze + wereld + verlaten|uit",
        "beter|makkelijker ... als|dat|zonder ... ik + er|hier + {NIET} + meer + ben|zou|was|zijn|ben",
        "beter|makkelijker ... als|dat + ik + dood + ben|was|ga|zou",
        "was + ik + maar + nooit + geboren / nooit + geboren + was|zijn",
        "dit + is + mijn|m|mn + laatste + bericht|berichtje|woorden",
        "mijn|m|mn + laatste + bericht|berichtje|avond|nacht|dag & vaarwel|afscheid|sorry|{KIND}|nooit|dood",
        "vaarwel + iedereen|allemaal|lieverds|schatjes|wereld / vaarwel ... {KIND}",
        "neem|nemen + afscheid + van + iedereen|{KIND}|jullie|het + leven",
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
        "afscheidsbrief*|afscheidsbriev*",
        "afscheids + brief|brieven",
        "touw|strop ... gekocht|klaar|klaargelegd|opgehangen|vastgemaakt|gehaald / strop",
        "sta|stond|zit|zat|staan|ben ... op|bij ... {PLEK} & springen|spring|springt|sprong|eraf|beneden|afscheid|vaarwel",
        "sta|stond|zit|zat|staan|ben + op + de|een|het + brug|spoor|spoorbrug|viaduct|reling|rand",
        "alle|al + mijn|m|mn|de ... pillen|tabletten|slaappillen|medicijnen|oxazepam|paracetamol ... innemen|slikken|nemen|genomen|geslikt|ingenomen",
        "van + het + leven + beroven|beroof",
        "pillen|tabletten|slaappillen ... gespaard|verzameld|opgespaard|klaargelegd|klaarliggen|klaar",
        # "ik kan niet meer" alone is everyday burnout talk: only together with despair.
        "kan ... {NIET} + meer / hou|houd ... {NIET} + meer + vol / wil ... {NIET} + meer"
        " / trek|trekt ... {NIET} + meer"
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
        "ik + zit|sta|lig + met + een|het|mn|m + mes|mesje|scheermes|scheermesje|stanleymes",
        "mes|mesje|scheermes|scheermesje|stanleymes + in + mijn|m|mn + hand|handen",
        "scheermes*|mesje|mesjes & {MEZELF}|pols|polsen|armen|arm|snijden|snij|krassen",
        "{MIJ} + snijden|krassen|branden / snijd|snij|kras + {MIJ}",
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
        "ik|we|wij + ben|zijn ... geslagen|geschopt|gewurgd|verkracht|aangerand|getrapt|gestompt",
        "{HIJ} ... {MIJ}|ons ... opgesloten|opsluit / {HIJ} ... sluit + {MIJ}|ons + op",
        "{MIJ}|ons + opgesloten|verstopt|verschanst ... badkamer|wc|toilet|slaapkamer|kamer|kelder|kast",
        "verstop|verstopt + {MIJ}|ons ... voor + hem|{BANGVOOR}",
        "{HIJ} ... gooit|gooide|smijt|smeet|gooien ... met + dingen|spullen|borden|stoelen|glazen|meubels",
        "{HIJ} ... slaat|sloeg|schopt|trapt|trapte + alles|dingen|spullen|deuren + kapot|stuk",
        "{HIJ} ... sloopt|sloopte|vernielt|vernielde + het + huis|alles|de + boel",
        "{HIJ} ... door + het + lint / {HIJ} ... flipt|flipte|ontploft|ontplofte",
        "politie + moet + komen & help|hulp|{HIJ}|bang|nu|snel|meteen / bel + de + politie|112 & help|hulp|{HIJ}|bang",
        "help ... {HIJ} + komt|kom|komen|staat + eraan|binnen|terug|hier",
        "help|hulp & {HIJ} ... breekt|trapt|bonkt|bonst|beukt ... deur|raam",
        "{HIJ} ... breekt|trapt|bonkt|bonst|beukt|ramt ... deur|raam|ruit & bang|help|hulp|schreeuwt|dreigt|binnen",
        "{HIJ} ... {WAPEN} & bang|help|hulp|dreigt|bedreigt|bedreigde|zwaait|schreeuwt|steekt|neersteken",
        "{HIJ} + bedreigt|bedreigde|dreigt|dreigde ... met + een + {WAPEN}",
        "{HIJ} + staat|stond|loopt|liep|komt|kwam|zwaait ... met + een|zijn|het + {WAPEN}",
        "bedreigd|bedreigt|bedreigde|bedreigen ... met + een|zijn + {WAPEN}",
        "{HIJ} + schreeuwt|schreeuwde|tiert & opgesloten|verstopt|bang|help|slaat|dreigt",
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
        "{KIND} ... heeft|had + zich|zichzelf + gesneden|gekrast|verwond|beschadigd|opgehangen",
        "{KIND} ... wil + dood|zelfmoord|springen / {KIND} ... praat|heeft + het ... over + dood|doodgaan|zelfmoord",
        "bang|dreigt|dreigde ... {KIND} ... pijn + doen|doet / bang|dreigt|dreigde ... {KIND} ... slaan|vermoorden|doden",
        "{HIJ} ... {SLAAN} ... {KIND} / {HIJ} ... doet + {KIND} + pijn",
    ],
    "eviction": [
        "{DW} ... voor|aan|op + de|mijn|onze + deur|stoep",
        "{DW} + staat|stond|staan|komt|komen ... {NU}",
        "{DW} + is|zijn + hier|binnen",
        "{NU} + komt|komen|staat ... {DW}",
        "{DW} ... ontruim*|uitzetten|uitzetting|eruit",
        "word|wordt|worden ... uit + huis + gezet / zetten|zet ... uit + huis"
        " / uit + huis + gezet + worden|word|wordt"
        " / word|wordt|worden ... uit + {MIJN}|ons|onze ... huis|woning|flat|appartement + gezet & {NU}",
        "word|wordt|worden ... uitgezet|ontruimd / uitgezet|ontruimd + worden|word|wordt & {NU}",
        "uitzetting|ontruiming|huisuitzetting|ontruimen & {NUW}",
        "{NU} + uitzetting|ontruiming|huisuitzetting / uitzetting|ontruiming|huisuitzetting + is + {NU}",
        "moeten|moet ... huis + uit|verlaten & {NU}",
        "eruit + gezet|zetten|gegooid|gooien / zetten|zet|gooien|gooit ... ons|me|mij ... eruit & {NU}",
        "slot|sloten ... vervangen|veranderd|verwisseld|vervangt|veranderen & {DW}|{NUW}",
        "staan|sta|staat|zitten|zit ... buiten + in + de + kou / buitengesloten & {NU}",
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
        "{VOORZIENING} + afgesloten|afgesneden|eraf",
        "{VOORZIENING} ... is|zijn|werd|werden|al|hebben ... afgesloten|afgesneden|eraf",
        "{VOORZIENING} ... afgesloten|afgesneden & {NUW}",
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
        "geen + plek|plaats|bed ... om + te + slapen|overnachten|slaapplaats / geen + plek|plaats ... voor + vannacht",
        "weet|weten + {NIET} ... waar ... slapen|overnachten & {VANNACHT}"
        " / weet|weten + {NIET} + waar + we|ik + heen|naartoe + moeten|moet|kunnen|kan & {VANNACHT}|{DW}|straat",
        "heb|hebben ... 0|nul + euro & eten|{KIND}|honger|vandaag",
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
    "WEAPON": "knife|knives|gun|pistol|weapon|blade|axe|hammer|machete",
    "PLACE": "bridge|ledge|roof|rooftop|tracks|railway|cliff|overpass|balcony|edge|platform",
    "PILLS": "pills|tablets|meds|medication|medicine|painkillers|sleeping|paracetamol|tylenol",
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
        "cant|cannot + go + on + anymore|living",
        "dont|not|dnt + want|wanna ... to + be + here|around|alive + anymore",
        "dont|not|dnt + want|wanna ... to + exist / wish + i + didnt + exist",
        "want|wanna|going|gonna ... to + end + it / will|ll|gonna|gotta + end + it / end + it + tonight|today|now|all|soon|forever",
        "want|wanna ... it|everything + all + to + stop|end / want|wanna + everything + to + stop|end",
        "stop + forever / sleep + forever",
        "see + the|any|no + point ... living|life|live|alive|existing",
        "no|whats|what|see ... point + of|in + living|life|existing",
        "life + is ... pointless|meaningless|worthless|over",
        "im|am + done + with + life|living|everything",
        "take|swallow|took|swallowed|taking|swallowing ... all + my|the|of|these|those|them ... {PILLS}",
        "{PILLS} & take|swallow|took|swallowed + them + all / take|swallow + all + of + them",
        "{PILLS}|rope ... ready|saved|stockpiled|collected|hoarded|stashed",
        "bought|got|have ... a + rope / noose",
        "standing|stand|sitting|sat|am|im ... on|at ... {PLACE} & jump|jumping|end|goodbye|now|tonight|right",
        "standing|sitting|stand|sit + on|at + the|a ... bridge|ledge|tracks|railway|cliff|overpass",
        "do + something|anything|smth + to + {MYSELF} / do + something + stupid",
        "everyone|everybody|they|kids|family ... better + without + me",
        "this + is + my + last + message|text|goodbye",
        "goodbye|bye ... everyone|everybody|world|forever & last|love|sorry|forgive",
        "wont ... be + here|around|alive + tomorrow / will + not ... be + here|around|alive + tomorrow",
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
        "razor|razors|blade|blades & {MYSELF}|wrist|wrists|arm|arms|cut|cutting|thighs",
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
        "{PERP} ... {WEAPON}",
        "threaten*|threatening ... with + a|his|the + {WEAPON}",
        "{PERP} ... threaten*|threatening|threats ... me|us",
        "{PERPOBJ}|he|she ... at|outside ... door|house|window & threaten*|banging|shouting|screaming|scared|afraid|help|break*|kick*|police",
        "afraid|scared|terrified ... to + go + home / dont|cant + dare ... go + home",
        "locks|locked|lock|locking ... me|us + in|up / locked + me|us + in|up",
        "{PERP} ... breaking|smashing|throwing|smashed|threw|broke|wrecking ... things|stuff|everything|furniture|plates|dishes",
        "{PERP} ... drunk|raging|violent|aggressive & help|scared|afraid|police|crying|hiding|breaking",
        "hiding ... in + the|my ... bathroom|bedroom|closet|room & he|him|husband|partner|ex|scared|afraid",
        "please + call + the + police|911|112 / call + the + police|911|112 + now|please / please + send + help|police",
        "help + please + emergency / emergency + help|please / its + an + emergency / emergency + now|right",
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
        "kill|kills|killing|hurt|hurts|harm ... the|my|our|his|her + {CHILD}",
        "{PERP} ... hurts|hurt|hits|hit|beats|beat|abuses|abused|molests|molested|kicks|kicked|chokes|touches + her|him|them & {CHILD}",
        "afraid|scared ... i + will|might|ll|could ... hurt|harm|hit + my|the + {CHILD}",
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
        "changed|changing|change|changes ... the|our|my + locks & {NOW}|{BAILIFF}",
        "locked + out & {NOW}",
    ],
    "basic_needs": [
        "no + food|formula|diapers|nappies|groceries",
        "nothing + to + eat",
        "no + money ... food|groceries|formula|diapers|nappies|bread|milk",
        "cant|cannot + afford ... food|groceries|formula|diapers|nappies & {NOW}|{CHILD}|hungry|starving|eat|eaten",
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
        "im|am|are|we|were|be ... on + the + street|streets & tonight|now|today",
        "no + place|bed|roof ... to + sleep|stay / no + place|roof ... tonight",
        "outside + in + the + cold / out + in + the + cold & {CHILD}|tonight|night|sleep",
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
        "hiçbir + şeyin + anlamı + kalmadı|yok",
        "yok + olmak + ist* / yok + olup + gitmek|gitsem|gideyim / kaybolmak + ist*",
        "burada|dünyada + olmak + istemi*",
        "dünyadan + git*|göç*|ayrıl*",
        "ben + olmasam|olmazsam|ölsem|ölürsem ... daha + iyi|mutlu|rahat",
        "hap*|ilaç* ... biriktirdim|biriktiriyorum|biriktirdim|topladım|hazırladım|sakladım|hazır",
        "köprüden|çatıdan|balkondan|pencereden|binadan|camdan|uçurumdan + atla*|atmak|atacağım|atıcam",
        "trenin|metronun|arabanın|tırın|otobüsün + önüne ... atla*|atmak|atacağım|atıcam",
        "köprüde|köprünün|çatıda|uçurumun ... duruyorum|bekliyorum|oturuyorum|kenarındayım",
        "öleyim|ölsem|ölüp|öleceğim ... kurtul*",
        "bu + gece|akşam + bitiriyorum|bitireceğim|bitiricem|bitirecem / bu + gece|akşam ... her + şeyi + bitir*"
        " / bu + gece|akşam ... hayatıma|her + şeye + son + ver*",
        "her + şeyi + bitirmek|bitireceğim|bitiricem|bitiriyorum & anlam*|umut*|dayanam*|gece|yaşamak|hayat*|kurtaramaz",
        "veda + mektubu|mektupları|mektubumu|mesajı|notu|mesajım / son + mesajım|mesajımdır",
        # "dayanamıyorum" alone is everyday exhaustion: only together with despair.
        "=dayanamı* / artık + yapamıyorum|yapamıyom / gücüm + kalmadı / =katlanamı*"
        " && {UMUTSUZ} / çıkış + yolu + yok / umudum|umut + yok|kalmadı"
        " / pes + ediyorum|ettim / veda* / hakkınızı|hakkını + helal / kimse ... kurtaramaz",
    ],
    "self_harm": [
        "kendime + zarar",
        "{KENDIMI} + kesiyorum|kestim|kesicem|keseceğim|kesmek|kesmeye|yaralıyorum|yaraladım|yaralamak",
        "jilet + at*",
        "bileğimi|bileklerimi ... kes*",
        "{KENDIMI} + yakıyorum|yaktım",
        "kolumu|kollarımı|bileğimi|bileklerimi|bacağımı|bacaklarımı ... kes*|jilet*",
        "jilet* & {KENDIMI}|kolumu|kollarımı|bileğimi|kes*|elimde",
        "elimde + bıçak|jilet|hap*|ilaç*",
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
        "{FAIL} ... kapıda|kapının|kapıya & kork*|tehdit*|yardım|içeri|bağır*|tekmel*|kır*",
        "bıçak*|silah* ... tehdit*|saldır*|üstüme|kovalıyor / tehdit* ... bıçak*|silah*",
        "{FAIL} ... bıçak*|silah*",
        "{FAIL} ... çıldırdı|çıldırıyor|delirdi|deliriyor|kudurdu|sarhoş & polis*|kork*|yardım|vur*|kırıyor|kırdı|bağırıyor|çocuk*",
        "{FAIL} ... kırıyor|fırlatıyor|parçalıyor|dağıtıyor",
        "beni|bizi ... kilitledi|kilitliyor|hapsetti",
        "banyoya|odaya|tuvalete ... kilitledim|saklandım|kapattım|kapandım",
        "polisi|polis + aramalı|çağırmalı|çağırın|arayın|gönderin",
        "acil + yardım + lazım|gerek|edin|istiyorum|lütfen & {SIMDI}|lütfen|polis*|ambulans",
    ],
    "child_danger": [
        "{COCUK} ... tehlikede*",
        "{COCUK} ... dövüyor|dövdü|dövüyo|döver|vuruyor|vurdu|şiddet|istismar*|taciz*|kayıp|"
        "kayboldu|kaçtı|kaçırıldı|kaçırdı",
        "{COCUK} ... güvende + değil*",
        "çocuk + istismar*",
        "{COCUK} ... zarar + ver*",
        "{COCUK} ... vurabilirim|vuracağım|vurucam|öldürebilirim|boğabilirim",
        "kendimi + kontrol + edemiyorum|edemiyom & {COCUK}|vur*|zarar",
    ],
    "eviction": [
        "evden + atılıyoruz|atılıyorum|atıyorlar|atacaklar|atılacağız|atılacağım|atıldık|"
        "çıkarıyorlar|çıkaracaklar|çıkarılacağız|çıkarıldık & {SIMDI}",
        "tahliye*|huisuitzetting|uitzetting|ontruiming & {SIMDI}",
        "evi|evimizi|evimi ... boşalt* & {SIMDI}|{ICRA}",
        "anahtarı|kilidi|kilitleri|kilit + değiştir* & {SIMDI}|{ICRA}",
        "nereye + gideceğiz|gidecegiz|gidicez|gideceğim|gidicem & {SIMDI}",
        "{ICRA} ... kapıda|kapıdalar|kapımda|kapımızda|kapıdaydı|kapıdaydılar"
        " / {ICRA} ... kapının + önünde / {ICRA} ... kapıyı + çalıyor|çaldı|kırıyor|kırdı",
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
        "sokaktayız|sokaktayım",
        "hiçbir + yerimiz|yerim + yok & {SIMDI} / gidecek|kalacak + yerimiz|yerim|yer + yok",
    ],
}


# --------------------------------------------------------------------------- Arabic (ar)

AR_GROUPS: Groups = {
    "CHILD": (
        "ابني|ابنتي|بنتي|طفلي|طفلتي|أطفالي|أولادي|ولدي|أولاد|أطفال|طفل|أبنائي|بناتي|ولادي|"
        "صغاري|وليدي|بنيتي|عيالي|الطفل|الأولاد|الأطفال|الصغار|ابنه|ابنها|بنته|بنتها|أولاده|"
        "أولادها|الدراري|دراري|وليداتي|بنيتي|ولاد|لولاد"
    ),
    "NOW": (
        "اليوم|غدا|بكرة|بكرا|الليلة|هلق|هلأ|الآن|دابا|توا|هسه|هسة|حالا|الحين|دلوقتي|غدوة|ليلة"
    ),
    "WANT": (
        "أريد|بدي|ابغى|أبي|بغيت|نبغي|حابب|حابة|أتمنى|نتمنى|نفسي|عايز|عايزة|عاوز|عاوزة|ودي|أود|"
        "باغي|باغية|بغيتي|كنتمنى"
    ),
    "FEAR": "خايف|خايفة|خائف|خائفة|أخاف|نخاف|بخاف|كنخاف|مرعوب|مرعوبة|خفت|خوف",
    "PERP": "زوجي|جوزي|راجلي|طليقي|طليق|شريكي|صاحبي|زوج|أبوهم|أبو|راجل|الراجل|هو",
    "TAKE": "ناخذ|ناخد|نشرب|أشرب|آخذ|أخذ|نبلع|أبلع|بلعت|شربت|أخذت|خديت|خذيت|كليت|نتناول|تناولت",
    "PILLS": "الدوا|الدواء|الحبوب|الأدوية|دوا|حبوب|دواء|أدوية|الكينة|الفانيد|حبوبي|دوايا",
    "BRIDGE": "القنطرة|الجسر|الكوبري|السطح|الحافة|قنطرة|جسر|كوبري|الشباك|البلكون|البالكون|الطابق",
    "WEAPON": "سكين|موس|جنوية|سلاح|مسدس|ساطور|الموس|السكين|السلاح",
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
        "أقتل|نقتل|بقتل|سأقتل|قتل|اقتلي|هموت|حموت|هقتل|حقتل|غنقتل|نقتل ... {MYSELF}",
        "نفسي + أموت|نموت|اموت|الموت",
        "مابقيتش|مابقيت|ماعدت|مابقاش|مابقتش ... {WANT} ... نعيش|أعيش|العيش|عيش|الحياة|كون|أكون|نكون|موجود|موجودة"
        " / ما + بقيتش|بقيت|عدت|بقاش|بقتش ... {WANT} ... نعيش|أعيش|العيش|عيش|الحياة|كون|أكون|نكون|موجود|موجودة",
        "ما|لا|مابقاش|مافي|ماعندي|مافيش|ماعنديش|مابقاليش ... سبب|داعي|دافع ... نعيش|أعيش|للعيش|للحياة|عيش|لأعيش",
        "بدوني|بلاي|بلايا ... مرتاح|مرتاحين|مرتاحة|أريح|أحسن|أفضل"
        " / بلا + بيا|بيه ... مرتاح|مرتاحين|مرتاحة|أريح|أحسن|أفضل"
        " / مرتاح|مرتاحين|مرتاحة|أريح ... بدوني|بلاي|بلايا / مرتاح|مرتاحين|أحسن|أفضل|أريح ... بلا + بيا|بيه",
        "نسالي|نخلص|أخلص|ننهي|أنهي|نتهنى|نرتاح ... مع|من ... الدنيا|الحياة|حياتي|عمري",
        "{TAKE} ... {PILLS} ... كامل|كاملة|كلها|كله|كلو|كلهم|كاملين|دفعة / {TAKE} ... {PILLS} ... مرة + وحدة|واحدة",
        "{PILLS} ... جمعت|جمعتها|خبيت|خبيتها|مجموعة|جاهزة|موجدة|واجدة",
        "عبء|عبئ|عالة + على + الكل|الجميع|كل|الناس|أولادي|ولادي|عائلتي|أهلي|الدنيا",
        "رسالة|رسائل|رسالات|جواب|برية + وداع|الوداع|انتحار|أخيرة",
        "نمشي|أمشي|أروح|نروح|نرحل|أرحل ... ماغاديش|ماغانرجعش|ما|مش|لن|بلا ... نرجع|أرجع|راجع|راجعة|رجعة|عودة",
        "الدنيا|الحياة|حياتي|العيشة ... ما|لا|مش|ماتسواش|مابقاتش ... تسوى|تستاهل|تسوا|تستحق",
        "آخر|اخر + نهار|يوم|ليلة + ليا|لي / آخر|اخر + نهار|يوم|ليلة ... حياتي|عمري",
        "لا|ما|محد|محدش|ماحد|حد|أحد|احد ... *فتقدني*|يتوحشني|غيتوحشني|يشتاقلي|هيفتقدني",
        "نختفي|أختفي|اختفي|نغبر|أغبر|نتلاشى ... نهائيا|للأبد|للابد|الأبد|رجعة",
        "الحل + الوحيد ... نموت|أموت|الموت|نختفي|أختفي|انتحار|الانتحار|نمشي",
        "واقف|واقفة|واقفين|قاعد|قاعدة ... فوق|على ... {BRIDGE}",
        "نقفز|أقفز|نطيح|نلوح|نرمي|أرمي ... من|فوق ... {BRIDGE}",
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
        " && {DESPAIR} / ما|لا + في ... أمل|معنى|فايدة|فائدة / بلا|لا + أمل|فايدة|فائدة|معنى"
        " / ما|مش|مابقيتش ... شايف|شايفة|نشوف|أشوف ... مخرج|حل|أمل",
    ],
    "self_harm": [
        "أؤذي|أذي|إيذاء|أذيت|آذيت|ناذي|نأذي|بأذي|أذية ... {MYSELF}|النفس|الذات",
        "أجرح|جرحت|نجرح|بجرح|كنجرح|تنجرح|بنجرح|كنقطع ... {MYSELF}|يدي|إيدي|يديا|دراعي",
        "أقطع|قطعت|نقطع ... عروقي|شراييني|شرايين|وريدي|العروق|عرقي",
        "أضرب|نضرب|ضربت|كنضرب|بضرب ... نفسي|حالي|راسي",
        "موس|شفرة|الموس|الشفرة ... {MYSELF}|يدي|إيدي|عروقي|نجرح|أجرح|كنجرح",
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
        "{PERP} ... قدام|عند|على|برا ... الباب|بابي|الدار|البيت & *هدد*|{FEAR}|يدق|كيدق|يكسر|كيكسر|كيضرب|يصرخ|كيغوت",
        "{PERP} ... {WEAPON} / *هدد* ... {WEAPON} / {WEAPON} ... *هدد*",
        "حبسني|يحبسني|حابسني|حبسنا|يحبسنا|سجنني|قافل + علي|عليا|علينا",
        "سكر|قفل|سد + علي|عليا|علينا + الباب",
        "{PERP} ... يكسر|كيكسر|بيكسر|كسر|يحطم|كيرمي|يرمي ... الحوايج|الأغراض|كلشي|كل + شي|الصحون|الأثاث",
    ],
    "child_danger": [
        "{CHILD} ... خطر|بخطر",
        "يضرب|ضرب|بيضرب|كيضرب|يعنف|عنف|يعذب|عذب|يتحرش|تحرش|اغتصب|يؤذي|آذى|يأذي ... {CHILD}",
        "{CHILD} ... مفقود|مفقودة|اختفى|اختفت|هرب|هربت|مخطوف|مخطوفة|خطفوه|خطفوها|انخطف",
        "تعنيف + الأطفال|أطفال|الطفل|ابني|ابنتي",
        "{CHILD} ... كيأذيها|يأذيها|يؤذيها|يأذيه|يؤذيه|كيأذيه|يؤذيهم|يأذيهم|آذاها|آذاه|كيضربها|كيضربو|كيتحرش|يتحرش",
        "{FEAR} ... نأذي|أأذي|أؤذي|نضرب|أضرب|نقتل|أقتل ... {CHILD} / {FEAR} ... نأذيهم|نضربهم|أأذيهم|أؤذيهم|نقتلهم",
        "{CHILD} ... يضربه|يضربها|يضربهم|ضربه|ضربها|ضربهم|يعنفه|يعنفها|يعنفهم",
        "{CHILD} ... مش|غير|ليس|ليسوا ... أمان|آمنين|بأمان",
    ],
    "eviction": [
        "يطردونا|يطردوننا|سيطردوننا|طردونا|يطردني|طردني|الإخلاء|إخلاء|يخرجونا|يطلعونا|"
        "طلعونا|يرمونا|رمونا|سيرمونا|يطردوني|كيطردونا|يخرجوني|يلوحونا|يلوحوني|huisuitzetting|ontruiming|"
        "uitzetting & {NOW}",
        "يبدلو|يبدلوا|بدلوا|بدلو|يغيروا|غيروا|يغيرو ... القفل|الساروت|الأقفال|قفل|السروت|الكادنة & {NOW}|{BAILIFF}",
        "{BAILIFF} ... باب|الباب|بالباب|عالباب|بابي|بابنا",
        "رمونا|يرمونا|سيرمونا|رماني|يرميني|طلعونا|يطلعونا|طردونا|يطردونا|يطردوننا ... الشارع|"
        "للشارع|بالشارع|شارع",
        "نكون|سنكون|نصير|نبقى|بنكون|حنكون|سأكون|أكون ... الشارع|للشارع|بالشارع|شارع & {NOW}",
    ],
    "basic_needs": [
        "{CHILD} ... {HUNGRY}",
        "نموت|أموت|يموتو|يموتون|يموتوا + من + الجوع",
        "ما|لا + في|فيه|عندي|عندنا|يوجد|كاين + أكل|طعام|ماكلة|أكلا",
        "ما|لا + في|فيه|عندي|عندنا|يوجد|كاين + شي|شيء|حاجة + ناكل|ناكله|ناكلو|نأكل|للأكل|ناكلها|ناكلوها",
        "مش|ما|مو|مانيش + لاقي|لاقية|لاقيين|لقيت|نلقى|لقينا|لاقين ... أكل|طعام|ماكلة|ناكل|ناكلها|ناكله|ناكلو|نأكل|للأكل",
        "ماعندي|ماعندناش|ماعندنا|ماعنديش|معنديش|معندناش|ما + عندي|عندنا ... فين|وين|مكان|محل|بلاصة ... نمشي|نروح|أروح|نمشيو & {NOW}",
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
        "شارع|برا|بره|السيارة|بالسيارة|سيارتي|الزنقة|زنقة",
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
        "skończyć|skończę|zakończyć|zakończę ... z + tym + wszystkim"
        " / skończyć|zakończyć|skończę|zakończę + to + wszystko / skończyć|zakończyć|skończę|zakończę + ze + wszystkim",
        "nie + {CHCE} ... mnie + tu|tutaj ... być|było / {CHCE} ... żeby + mnie + nie + było",
        "nie + {CHCE} ... być + na + tym + świecie / nie + {CHCE} + istnieć",
        "lepiej + jak|gdy|gdyby|żeby ... mnie + nie + będzie|było / lepiej ... jak + mnie + nie + będzie|było",
        "przygotowane|przygotowałam|przygotowałem|zbieram|zebrałam|zebrałem|odkładam|uzbierałam|schowane|"
        "schowałam|gotowe ... tabletki|leki|pigułki|prochy|tabletek|leków|sznur|linę",
        "tabletki|leki|pigułki|prochy|sznur ... przygotowane|gotowe|schowane|zebrane|odłożone",
        "to + zakończę|skończę & noc|nocy / zakończę|skończę + to|wszystko|życie|ze + sobą & noc|nocy",
        "stoję|siedzę|stoimy ... na + moście|dachu|krawędzi|torach|wiadukcie|parapecie|gzymsie"
        " / jestem + na + moście|krawędzi|torach|wiadukcie",
        "nie + wytrzymam|przeżyję|dotrwam + do + jutra|rana|wieczora",
        "nie + ma ... dla + mnie + ratunku|nadziei|miejsca / nie + ma + ratunku",
        "wjechać|wjadę|wjechac|rozbić|rozbiję|rozwalić ... w + drzewo|ścianę|mur|tira|ciężarówkę|słup|filar"
        " / wjechać|wjadę|rzucić|rzucę ... pod + tira|ciężarówkę|autobus",
        "nikt ... nie + będzie + tęsknić|płakać / nikt + by + nie + tęsknił|zauważył|płakał / nikt ... nie + zauważy",
        "jestem + ciężarem|obciążeniem|balastem",
        "list|listy|liściki|liścik + pożegnaln* / pożegnaln* + list*|liścik*",
        "żegnajcie + wszyscy|kochani|dzieci / żegnaj + świecie",
        "nie + mam|ma + po + co + żyć / nie + mam|ma + dla + kogo|czego + żyć",
        "siły|sił + żyć / siły|sił + dalej + żyć",
        "zniknąć + na + zawsze",
        "=przedawk*",  # never fuzzy: "przedawnienie" (limitation period) is a legal word here
        "łyknąć|łyknę|łyknęłam|łyknąłem|połknąć|połknę|połknęłam|połknąłem|zażyć|zażyję|zażyłam|zażyłem|wezmę|"
        "wzięłam|wziąłem ... wszystkie + "
        "tabletki|leki|pigułki|prochy",
        "opakowanie|garść|paczkę ... tabletek|leków|pigułek|prochów",
        "nie + {CHCE} ... się ... obudzić|budzić",
        "nigdy + się + nie + obudzić|obudzę",
        "list + pożegnalny",
        # "nie daję rady" alone is everyday exhaustion: only together with despair.
        "nie + daję + rady / już + nie + mogę / nie + wytrzymuję|wytrzymam|zniosę / nie + mam + siły"
        " && {BEZNADZIEJA} / bez + wyjścia|sensu|nadziei / nie + ma|widzę + wyjścia|nadziei"
        " / brak + nadziei|sensu / poddaję + się / żegnaj* / przepraszam + was|wszystkich|dzieci"
        " / to + koniec / nie + ma + wyjścia",
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
        "żyletk*|żyletką|nożyk* & się|rękę|ręce|nadgarstki|żyły|ciąć|pociąć|tnę",
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
        "boję + się + ex|eks|byłego|byłym|go|jego",
        "grozi|groził|grozil|straszy|straszył|rzucił|rzuca|goni|gonił ... nożem|nóż|noża|noże|bronią|pistoletem|"
        "siekierą|młotkiem",
        "{SPRAWCA} ... nóż|noża|nożem|broń|bronią|siekierę|siekierą|pistolet",
        "{SPRAWCA} ... stoi|jest|czeka|wali|dobija|puka ... pod + drzwiami|domem|oknem & boję|grozi|wali|dobija|"
        "krzyczy|pomocy|strach|policj*|boimy",
        "{SPRAWCA} ... rzuca|rzucał|niszczy|demoluje|rozwala|rozbija|tłucze ... rzeczami|talerzami|meblami|wszystkim|"
        "wszystko|mieszkanie|naczynia|rzeczy",
        "zamknęłam|zamknąłem|zamknęliśmy|schowałam|schowaliśmy|ukryłam|ukrywam ... się ... łazience|pokoju|sypialni|"
        "toalecie|piwnicy|szafie & szaleje|wściekły|pijany|agresywny|krzyczy|wrzeszczy|wali|grozi|bije|boję|pomocy|"
        "policj*|on|niego|nim",
        "{SPRAWCA} ... szaleje|oszalał|wściekł|wariuje|awanturuje & boję|pomocy|policj*|dzieci|bije|rzuca|krzyczy|grozi",
        "{SPRAWCA} ... zamknął|zamyka|zamknęli ... mnie|nas",
        "wezwijcie|wezwać|dzwońcie|zadzwońcie|wyślijcie + policję|pogotowie / policja + musi + przyjechać",
    ],
    "child_danger": [
        "{DZIECKO} ... w + niebezpieczeństwie|zagrożeniu",
        "{DZIECKO} ... zagrożon*|bite|bity|bita|bici|molestowan*|wykorzystywan*|zaginął|zaginęła|"
        "zaginione|zaginęło|uciekł|uciekła|uciekły|uciekli|porwan*|krzywdzon*|maltretowan*",
        "bije|bił|pobił|uderzył|krzywdzi|skrzywdził|molestuje|molestował|wykorzystuje|katuje|kopie|"
        "tłucze ... {DZIECKO}",
        "przemoc* ... wobec|nad ... {DZIECKO}",
        "{DZIECKO} ... nie + jest|są + bezpieczn*",
        "{DZIECKO} ... się + pocięło|pocięła|pociął|tnie|okalecza|okaleczyła|okaleczył",
        "{DZIECKO} ... chce + się + zabić / {DZIECKO} ... chce + umrzeć",
        "zrobię|zrobiłabym|zrobić|zrobie + krzywdę ... {DZIECKO} / {DZIECKO} ... zrobię|zrobić + krzywdę",
    ],
    "eviction": [
        "{KOMORNIK} ... pod|u|przed|w|do ... drzwiami|drzwi|drzwiach",
        "{KOMORNIK} + jest|przyjdzie|przychodzi|przyjeżdża|będzie|stoi ... {TERAZ}",
        "{TERAZ} + przyjdzie|przychodzi|przyjeżdża|będzie ... {KOMORNIK}",
        "{KOMORNIK} ... eksmisj*|eksmitować|wyrzuc*",
        "eksmisj*|eksmituj*|eksmitować|eksmitowani|eksmitowana|eksmitują & {TERAZ}",
        "wyrzuc*|wywal* ... z + mieszkania|domu / wyrzuc*|wywal* ... na + ulicę|bruk & {TERAZ}",
        "będziemy|będę|wylądujemy|wyląduję|zostaniemy|zostanę ... na + ulicy|bruku & {TERAZ}",
        "wymienia|wymieni|wymienią|zmienia|zmieni|zmienią|wymienili|zmienili ... zamki|zamek & {TERAZ}|{KOMORNIK}",
        "huisuitzetting|ontruiming|uitzetting & {TERAZ}",
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
        "nie + mamy|mam + gdzie|dokąd + iść|pójść & {TERAZ}",
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
        "себе|себя + вб'ю|уб'ю|убью|вбити|убити|убить",
        "не|нема|немає|нет ... сенсу|смысла ... жити|жить|життя|жизни",
        "життя|жизнь|жити|жить ... не|нема|немає|нет ... сенсу|смысла",
        "краще|лучше ... мене|меня + не + було|было|стало",
        "без + мене|меня ... краще|лучше",
        "краще|лучше|легше|легче ... без + мене|меня",
        "хай|нехай|пусть|краще|лучше ... мене|меня + не + буде|будет|стане|станет",
        "{ХОЧУ} ... все|усе|всё ... закінчити|покінчити|закончить|покончить|скінчити"
        " / {ХОЧУ} ... щоб|чтобы ... все|усе|всё ... закінчилось|скінчилось|закончилось|кончилось|закінчилося",
        "все|усе|всё + закінчу|закончу|покінчу|покончу|скінчу & {ЗАРАЗ}|можу|могу|прощайте|пробачте|простите"
        " / покінчу|покончу + з + усім|всем|всім",
        "не + {ХОЧУ} ... тут|здесь + бути|быть / не + {ХОЧУ} ... існувати|существовать",
        "навіщо|зачем|нащо ... жити|жить|живу / для + чого|чего + жити|жить",
        "нема|немає|нет|ні + для|заради + чого|кого + жити|жить",
        "немає|нема|нет + сил + жити|жить / сил + жити|жить + немає|нема|нет",
        "зникнути|исчезнуть|зникну|исчезну|пропасти ... назавжди|навсегда|назовсім|насовсем",
        "прощайте|прощавайте + всі|усі|все|всем|рідні|діти|мої / прощайте + мої|мои ... діти|дети|рідні",
        "таблетк*|пігулк*|ліки|лекарства ... в + руці|руках|руке|руке",
        "таблетк*|пігулк*|ліки|лекарства ... накопичил*|назбирал*|приготувал*|приготовил*|насобирал*|готові|готовы",
        "стою|стоїмо|стоим|сиджу|сижу ... на + мосту|даху|краю|крыше|рейках|рельсах|мосте|підвіконні|подоконнике",
        "я + тягар|обуза|тягарем / тягар|обуза + для",
        "не + доживу + до + ранку|утра|завтра",
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
        "прощальн* + лист*|записк*",
        # "більше не можу" alone is everyday exhaustion: only together with despair.
        "більше + не + можу / не + можу + більше / больше + не + могу / не + могу + больше"
        " / не + витримую|витримаю|выдерживаю|выдержу / сил + немає|нема|нет"
        " && {БЕЗНАДІЯ} / немає|нема|нет + виходу|выхода|надії|надежды"
        " / виходу|выхода + немає|нема|нет / здаюсь|здаюся|сдаюсь / прощайте|пробачте|простите"
        " / кінець|конец / нікому|никому + не + потрібна|потрібен|нужна|нужен",
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
        "погрож*|загрож*|угрож*|погрожу* ... ножем|ножом|ніж|нож|пістолетом|пистолетом|зброєю|оружием|сокирою|топором",
        "{КРИВДНИК} ... ніж|нож|ножем|ножом|пістолет|пистолет|зброю|оружие|сокиру|топор",
        "ломиться|ломится|вломився|вломился|вломиться|вламывается|вибиває|выбивает|виламує|вибив|выбил ... двер*|вікно|окно",
        "{КРИВДНИК} ... зачинив|закрив|запер|замкнув|замкнул ... {МЕНЕ}",
        "зачинилась|зачинилася|закрилась|закрилася|заперлась|заперлася|сховалась|сховалася|спряталась ... ванн*|кімнат*|комнат*|туалет*",
        "{КРИВДНИК} ... трощить|ламає|ломает|кидає|кидается|швыряет|бьет|розбиває|крушит ... речі|вещи|посуд|все|меблі|мебель",
        "викличте|вызовите|визвіть|зателефонуйте|подзвоніть + поліцію|полицию|швидку|скорую",
        "допоможіть|помогите|допоможи|помоги + терміново|срочно|негайно & погано|плохо|страшно|боюсь|боюся",
    ],
    "child_danger": [
        "{ДИТИНА} ... небезпеці|опасности|небезпеки|небезпека|опасность",
        "{БИТИ}|кривдить|знущається|издевается|домагається|домогается|ґвалтує|насилує ... {ДИТИНА}",
        "{ДИТИНА} + {БИТИ}",
        "{ДИТИНА} ... зник|зникла|зникли|пропав|пропала|пропал|пропали|втік|втекла|втекли|сбежал|"
        "сбежала|сбежали|викрали|похитили",
        "насильство|насилие ... над|щодо ... {ДИТИНА}",
        "{КРИВДНИК} ... забрав|забрал|викрав|украл|вивіз|увез ... {ДИТИНА} & погрож*|угрож*|неадекват*|п'яний|пьяный|агресив*",
        "{ДИТИНА} ... ріже|режет|порізав|порізала|порезал|порезала ... себе|себя|руки / {ДИТИНА} ... хоче|хочет ... померти|вмерти|умереть",
        "боюс*|боюся|боюсь ... нашкодити|вдарити|ударить|навредить|зашкодити ... {ДИТИНА}",
    ],
    "eviction": [
        "виселя*|выселя*|виселен*|выселен*|виселять|выселят|виженуть|выгонят|виганяють|выгоняют|"
        "вигнати|выгнать & {ЗАРАЗ}",
        "{ВИКОНАВЕЦЬ} ... двер*|порозі|пороге",
        "міняє|міняють|поміняє|поміняють|змінює|змінять|меняет|меняют|поменяют|замінять|заменят|поміняли ... замки|замок"
        " & {ЗАРАЗ}|{ВИКОНАВЕЦЬ}",
        "huisuitzetting|ontruiming|uitzetting & {ЗАРАЗ}",
        "{ВИКОНАВЕЦЬ} + прийде|придет|приходить|приходит|тут|прийшов|пришел ... {ЗАРАЗ}",
        "будемо|будем|опинимось|опинимося|окажемся|залишимось|залишимося|останемся ... на + "
        "вулиці|улице & {ЗАРАЗ}",
    ],
    "basic_needs": [
        "{ДИТИНА} ... голодн*|голодують|голодают|голодуют",
        "немає|нема|нет|ніякої|никакой ... їжі|еды|їжа|еда|продуктів|продуктов",
        "нема|немає + що|чого + їсти|поїсти|їсти",
        "нема|немає|нічого|нечего + чим + нагодувати|годувати|накормить|кормить",
        "нема|немає + куди + йти|піти|податися / некуди|некуда + йти|піти|идти|податися|деться & {ЗАРАЗ}",
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
