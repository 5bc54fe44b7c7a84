"""Afdrukken en leesbare rijen voor elk werkboek van kostprijs (tariefwerkboek, uitvraagsjabloon, rapport).

Elk tabblad krijgt dezelfde pagina-instelling: A4, staand of liggend, één pagina breed, kopregels die op
elke pagina terugkomen, een afdrukbereik, en een kop- en voettekst met de naam (van de woning, de uitvraag
of het onderzoek), de afdrukdatum (``&D``: Excel en LibreOffice vullen de datum van afdrukken in), de versie
van kostprijs en het paginanummer. Tekst die langer is dan de kolom loopt niet over andere cellen: ze
wordt afgebroken en de rij wordt zo hoog als de regels nodig hebben (:func:`rijhoogte`).
"""

from __future__ import annotations

import math
from typing import Any

from kostprijs._versie import __version__

A4 = 9
PUNTEN_PER_REGEL = 13.0
"""Hoogte van één regel tekst in 10 punt Calibri. [pt]"""
TEKENS_PER_BREEDTE = 1.05
"""Tekens van 10 punt Calibri per eenheid kolombreedte (de breedte van een '0' in 11 punt), voorzichtig."""


def _veilig(tekst: str) -> str:
    """Tekst voor een kop- of voettekst: ``&`` is daar een stuurteken en wordt ``&&``."""
    return tekst.replace("&", "&&")[:80]


def pagina(ws: Any, naam: str, *, liggend: bool = False, hoog: int = 0, herhaal: tuple[int, int] | None = None,
           versie: str = f"kostprijs {__version__}") -> None:
    """Pagina-instelling van één tabblad (XlsxWriter).

    ``hoog`` is het aantal pagina's in de hoogte (0: zoveel als nodig); ``herhaal`` de eerste en laatste rij
    (0-based) die bovenaan elke pagina terugkomen; ``versie`` staat rechts in de kop.
    """
    ws.set_paper(A4)
    if liggend:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.fit_to_pages(1, hoog)
    ws.set_margins(left=0.5, right=0.5, top=0.8, bottom=0.7)
    ws.set_header(f"&L&8{_veilig(naam)}&C&8&D&R&8{_veilig(versie)}", {"margin": 0.3})
    ws.set_footer("&L&8&A&R&8pagina &P van &N", {"margin": 0.3})
    if herhaal is not None:
        ws.repeat_rows(*herhaal)


def afdrukbereik(ws: Any, laatste_rij: int, laatste_kolom: int) -> None:
    """Het afdrukbereik van A1 tot en met (``laatste_rij``, ``laatste_kolom``), 0-based."""
    ws.print_area(0, 0, max(laatste_rij, 0), max(laatste_kolom, 0))


def regels(tekst: str, breedte: float) -> int:
    """Aantal regels dat ``tekst`` nodig heeft in een kolom van ``breedte`` (Excel-eenheden), afgebroken."""
    per_regel = max(1, int(breedte * TEKENS_PER_BREEDTE))
    if len(tekst) <= per_regel and "\n" not in tekst:  # de meeste labels: één regel
        return 1
    return sum(max(1, math.ceil(len(deel) / per_regel)) for deel in tekst.split("\n"))


def rijhoogte(tekst: str, breedte: float) -> float:
    """Rijhoogte in punten voor afgebroken tekst in een kolom van ``breedte``. [pt]"""
    return max(15.0, regels(tekst, breedte) * PUNTEN_PER_REGEL + 2)
