"""Tekst in uitvoercellen die op een formule lijkt, krijgt het aanhalingsteken-voorvoegsel.

XlsxWriter schrijft tekst met ``write_string`` altijd als tekst, maar wie de cel in Excel of LibreOffice
opnieuw bevestigt of kopieert, maakt van ``=HYPERLINK(...)`` alsnog een formule (formule-injectie,
OWASP "CSV Injection", CWE-1236). Met het celformaat ``quote_prefix`` toont Excel de tekst als tekst,
ook na bewerken. Dat geldt voor elke cel met een naam of bestandsnaam van een gebruiker, en voor titels
die zo'n naam bevatten. In CSV staat er een ``'`` voor.
"""

from __future__ import annotations

import copy
from typing import Any

FORMULE_BEGIN = ("=", "+", "-", "@", "\t", "\r", "\n")
"""Tekens waarmee een spreadsheetprogramma een invoer als formule of opdracht kan lezen."""


def lijkt_formule(tekst: str) -> bool:
    """Begint ``tekst`` als een formule (``= + - @``, tab of regelovergang)?"""
    return tekst.startswith(FORMULE_BEGIN)


def csv_veilig(tekst: str) -> str:
    """Tekst voor een CSV-cel: met ``'`` ervoor als ze op een formule lijkt."""
    return "'" + tekst if lijkt_formule(tekst) else tekst


class Aanhaling:
    """Per XlsxWriter-werkboek de variant met ``quote_prefix`` van elk gebruikt celformaat."""

    def __init__(self, wb: Any) -> None:
        self.wb = wb
        self._varianten: dict[int, Any] = {}

    def formaat(self, tekst: str, fmt: Any = None) -> Any:
        """``fmt`` (of ``None``), of de variant met ``quote_prefix`` als ``tekst`` op een formule lijkt."""
        if not lijkt_formule(tekst) or (fmt is not None and fmt.quote_prefix):
            return fmt
        sleutel = id(fmt)
        if sleutel not in self._varianten:
            self._varianten[sleutel] = self._kopie(fmt)
        return self._varianten[sleutel]

    def _kopie(self, fmt: Any) -> Any:
        if fmt is None:
            return self.wb.add_format({"quote_prefix": True})
        nieuw = copy.copy(fmt)  # alle eigenschappen (lettertype, kleur, rand, notatie) blijven gelijk
        nieuw.xf_index = None
        nieuw.dxf_index = None
        nieuw._format_key = None
        nieuw.set_quote_prefix(True)
        self.wb.formats.append(nieuw)
        return nieuw

    def schrijf(self, ws: Any, rij: int, kol: int, tekst: str, fmt: Any = None) -> None:
        """``ws.write_string`` met het voorvoegsel als de tekst op een formule lijkt."""
        ws.write_string(rij, kol, tekst, self.formaat(tekst, fmt))


def aanhaling(wb: Any) -> Aanhaling:
    """De (ene) :class:`Aanhaling` van werkboek ``wb``."""
    bestaand = getattr(wb, "_kostprijs_aanhaling", None)
    if bestaand is None:
        bestaand = Aanhaling(wb)
        wb._kostprijs_aanhaling = bestaand
    return bestaand
