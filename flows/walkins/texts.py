"""What the bot says about walk-in hours (inloop). Dutch at B1 is the source."""

from __future__ import annotations

from flows.i18n import _

OFFER = _("Dit zijn de volgende inloopuren bij jou in de buurt. Kies een moment, dan houd ik een plek voor je vrij.")
WITHOUT_BOOKING = _("Je mag ook zonder afspraak komen.")
TIMES = _("Dit zijn de tijden. Je kunt gewoon binnenlopen:")
TIME_LINE = _("%(when)s\n%(place)s, %(address)s")
NONE_PLANNED = _("Er staan nu geen inloopuren van je gemeente in Naast. Een medewerker kan je de tijden sturen.")
NO_MUNICIPALITY = _("Ik weet niet in welke gemeente je woont. Daarom kan ik geen inloopuren laten zien. Een medewerker kan je de tijden sturen.")
BOOK_LABEL_WITHOUT = _("Zonder afspraak komen")
SEND_TIMES = _("Stuur mij de tijden")

BOOKED = _("Je plek is vrijgehouden. Tot dan!")
CODE = _("Je code is %(code)s. Noem die code als je binnenkomt. Je naam is niet nodig.")
DETAILS = _("Wanneer: %(when)s\nWaar: %(place)s, %(address)s")
ROUTE = _("Zo kom je er: %(route)s")
ACCESSIBILITY = _("Toegankelijkheid: %(accessibility)s")
HOST = _("Er is een ervaringsdeskundige bij: %(name)s.")
CALENDAR = _("In het bestand staat de afspraak voor je agenda.")
CANCEL_HINT = _("Kun je toch niet? Typ dan: afmelden.")
FULL = _("Dat moment is net vol. Kies een ander moment:")
GONE = _("Dat moment kan niet meer. Kies een ander moment:")
ALREADY = _("Je hebt al een plek op dat moment.")

YOUR_BOOKING = _("Je hebt een plek bij het inloopuur.")
WHAT_NOW = _("Wat wil je doen?")
CANCEL = _("Afmelden")
MOVE = _("Ander moment kiezen")
KEEP = _("Ik kom gewoon")
KEPT = _("Fijn. Tot dan!")
NO_BOOKINGS = _("Je hebt nu geen plek bij een inloopuur.")
SEE_TIMES = _("Inloopuren bekijken")
CANCELLED = _("Je bent afgemeld. Jammer dat je niet kunt. Je bent altijd welkom op een ander moment.")
CANCELLED_BY_MUNICIPALITY = _("Het inloopuur gaat niet door. Sorry! Kies gerust een ander moment.")

REMINDER = _("Herinnering: je hebt een plek bij het inloopuur.")

FEEDBACK = _("Dank je dat je naar het inloopuur kwam. Hoe was het voor jou?")
FEEDBACK_GOOD = _("Goed")
FEEDBACK_OKAY = _("Gaat wel")
FEEDBACK_BAD = _("Niet goed")
FEEDBACK_THANKS = _("Dank je voor je antwoord. Zo kan de gemeente het inloopuur beter maken.")

CALENDAR_TITLE = _("Inloopuur Naast")
CALENDAR_NOTE = _("Je hoeft niets mee te nemen. Kun je niet? Typ afmelden in de chat.")
