"""Regels voor tekst van gebruikers (namen): wat wordt gelezen is wat een mens ziet.

Geweigerd worden tekens die onzichtbaar zijn of de weergave veranderen: stuurtekens (``\\x0b`` na
kopiëren uit Excel), richtingstekens (U+202E draait de tekst om), tekens zonder breedte, regel- en
alineascheiders (U+2028, U+2029), surrogaten en tekens voor eigen gebruik. Ook de Excel-escape
``_xHHHH_`` (bijv. ``_x000B_``) wordt geweigerd: Excel toont daar één (onzichtbaar) teken, een lezer
als openpyxl de letterlijke tekst. Een naam van alleen spaties is leeg.

:func:`toon_naam` maakt een bestands- of andere naam veilig om te tonen: dezelfde tekens worden als
``\\n`` of ``\\u202e`` geschreven, zodat een naam met een regelovergang geen eigen regel in een melding
lijkt.
"""

from __future__ import annotations

import re
import unicodedata

ONZICHTBAAR = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co"})
"""Unicode-categorieën die in een naam niet mogen: stuur-, opmaak- en scheidingstekens, surrogaten,
eigen gebruik."""
EXCEL_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_")


def verboden_tekens(tekst: str) -> list[str]:
    """De verboden tekens in ``tekst`` als ``U+XXXX`` (gesorteerd, uniek)."""
    return sorted({f"U+{ord(c):04X}" for c in tekst if unicodedata.category(c) in ONZICHTBAAR})


def naamprobleem(tekst: str) -> str | None:
    """Waarom ``tekst`` geen bruikbare naam is, of ``None``. Een tab of regelovergang telt als stuurteken."""
    if not tekst.strip():
        return "de naam is leeg of bestaat alleen uit spaties"
    verboden = verboden_tekens(tekst)
    if verboden:
        return (f"de naam bevat onzichtbare stuur-, richtings- of scheidingstekens ({', '.join(verboden[:5])}); "
                "typ de naam opnieuw zonder kopiëren en plakken")
    escape = EXCEL_ESCAPE.search(tekst)
    if escape:
        return (f"de naam bevat de Excel-code {escape.group()}, die Excel als een (onzichtbaar) teken toont; "
                "typ de naam opnieuw")
    return None


def toon_naam(naam: str) -> str:
    """``naam`` met onzichtbare tekens als escape (``\\n``, ``\\u202e``), om veilig te tonen."""
    if not any(unicodedata.category(c) in ONZICHTBAAR for c in naam):
        return naam
    return "".join(c.encode("unicode_escape").decode("ascii") if unicodedata.category(c) in ONZICHTBAAR else c
                   for c in naam)
