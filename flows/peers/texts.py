"""What the bot says around peer contact, to peers and to parents. Dutch at B1 is the source; the
catalogs in locales/ hold the translations. Kept in one place so the tone stays the same."""

from __future__ import annotations

from flows.i18n import N_, _

# --- to a peer ---

CONNECTED = _("Welkom bij Naast, %(name)s. Je chat is nu gekoppeld.")
HOW_IT_WORKS = _(
    "Zoekt een ouder contact? Dan krijg je hier een bericht. Je kiest zelf of je ja zegt. "
    "Je praat met de ouder via mij. Jullie zien elkaars nummer niet."
)
MENU = _(
    "Dit kun je typen:\n"
    "/contacten – je contacten met ouders\n"
    "/pauze – even geen nieuwe vragen\n"
    "/verder – weer nieuwe vragen krijgen\n"
    "/einde – een contact stoppen\n"
    "/zorg – een zorg melden bij de coördinator\n"
    "/deel – contactgegevens delen"
)
INVITE_INVALID = _("Deze code werkt niet of niet meer. Vraag de coördinator om een nieuwe uitnodiging.")
ALREADY_CONNECTED = _("Je chat is al gekoppeld. Typ /help voor wat je kunt doen.")

PROPOSAL = _("Een ouder zoekt contact met een %(kind)s.")
PROPOSAL_LANGUAGE = _("Taal: %(languages)s")
PROPOSAL_REGION = _("Regio: %(region)s")
PROPOSAL_THEMES = _("Waar het over gaat: %(themes)s")
PROPOSAL_QUESTION = N_(
    "Wil je contact met deze ouder? Zeg het binnen %(n)d uur. Nee zeggen mag altijd.",
    "Wil je contact met deze ouder? Zeg het binnen %(n)d uur. Nee zeggen mag altijd.",
)
ACCEPT = _("Ja, ik wil contact")
DECLINE = _("Nee, nu niet")
REGION_UNKNOWN = _("niet bekend")
THEMES_UNKNOWN = _("nog niet bekend")
KIND_EXPERT = _("ervaringsdeskundige")
KIND_FELLOW = _("lotgenoot")
KIND_EITHER = _("lotgenoot of ervaringsdeskundige")

PEER_ACCEPTED = _("Dank je. Je praat nu met %(alias)s. Wat je hier typt, stuur ik door. %(alias)s ziet je nummer niet.")
PEER_DECLINED = _("Dank je voor je antwoord. Ik vraag iemand anders.")
PEER_EXPIRED = _("Je hebt niet op tijd geantwoord. Dat is niet erg. Ik heb iemand anders gevraagd.")
PROPOSAL_GONE = _("Deze vraag is niet meer open. Je hoeft niets te doen.")
PROPOSAL_WITHDRAWN = _("De ouder zoekt niet meer. Je hoeft niets te doen.")
PROPOSAL_FULL = _("Je hebt nu al genoeg contacten. Ik vraag iemand anders. Dank je.")

PAUSED = _("Je pauze staat aan. Je krijgt geen nieuwe vragen. Je contacten lopen gewoon door. Typ /verder als je weer wilt.")
RESUMED = _("Welkom terug. Je kunt weer nieuwe vragen krijgen.")
NO_CONTACTS = _("Je hebt nu geen contacten met ouders.")
CONTACTS = _("Je contacten:")
WRITE_TO = _("Schrijf aan %(alias)s")
END_WITH = _("Stop met %(alias)s")
WHO_TO = _("Aan wie is dit bericht? Kies hieronder.")
WRITING_TO = _("Je schrijft nu aan %(alias)s.")
END_WHICH = _("Met wie wil je het contact stoppen?")
CONCERN_ASK = _("Waar maak je je zorgen over? Typ het in één bericht. Een coördinator leest het.")
CONCERN_SENT = _("Dank je. Een coördinator neemt contact met je op, hier in deze chat.")
PEER_NOT_UNDERSTOOD = _("Je hebt nu geen contacten. Typ /help voor wat je kunt doen.")
PEER_MEDIA = _("Foto's en spraakberichten kan ik niet doorsturen. Wil je het typen?")
PEER_DISCONNECTED = _("Je chat is losgekoppeld van Naast. Je contacten zijn gestopt. De coördinator kan je een nieuwe uitnodiging sturen.")
CRISIS_NOTICE = _(
    "Let op: in dit bericht van %(alias)s zie ik tekenen van nood. Ik heb %(alias)s de hulplijnen gegeven. "
    "Een coördinator is gewaarschuwd."
)

# --- to a parent ---

PARENT_ACCEPTED = _("Goed nieuws: %(name)s wil graag met je praten. %(name)s is %(kind)s.")
PARENT_HOW = _(
    "Wat je hier nu typt, stuur ik door naar %(name)s. %(name)s ziet je nummer niet. "
    "Stoppen kan altijd: typ /einde."
)
UNMATCHED = _(
    "Het is me niet gelukt om nu iemand te vinden. Dat spijt me. "
    "Ik heb de coördinator gevraagd om mee te zoeken. Je hoort het hier in deze chat."
)
SEARCH_CANCELLED = _("Ik zoek niet meer. Wil je later toch iemand spreken? Typ: lotgenoot.")
PARENT_KIND_EXPERT = _("een ervaringsdeskundige")
PARENT_KIND_FELLOW = _("een lotgenoot")

# --- to either side ---

ENDED_BY_OTHER = _("%(name)s heeft het contact gestopt. Dank je voor jullie gesprekken.")
ENDED_PARENT_NEXT = _("Wil je iemand anders spreken? Typ: lotgenoot. Of typ: mens.")
ENDED_SELF = _("Het contact met %(name)s is gestopt. %(name)s krijgt daar een vriendelijk bericht over.")
ENDED_BY_COORDINATOR = _("Het contact met %(name)s is gestopt door de coördinator.")
HELD_BACK = _(
    "Ik heb dit bericht niet doorgestuurd. Er staat een telefoonnummer, e-mailadres of link in. "
    "Contactgegevens delen kan als jullie het allebei willen. Typ dan /deel."
)
SHARE_ASK = _("Welke contactgegevens wil je delen? Typ bijvoorbeeld je telefoonnummer. %(peer)s krijgt ze pas als jullie allebei delen.")
SHARE_WAITING = _("Ik bewaar je gegevens. Ik stuur ze pas door als %(name)s ook deelt.")
SHARE_OFFER = _("%(name)s wil contactgegevens met je delen. Wil jij dat ook? Typ /deel. Wil je niet? Dan hoef je niets te doen.")
SHARE_DONE = _("Jullie willen allebei contactgegevens delen. Dit zijn de gegevens van %(name)s: %(details)s")
NO_CONTACT_NOW = _("Je hebt nu geen contact met een lotgenoot.")
PARENT_DEFAULT_ALIAS = _("Ouder %(n)d")
