"""Veilig schrijven: atomair (via :mod:`kostprijs.io.schrijven`) en zonder formules.

Bron: ``docs/onderzoek.md`` (openpyxl laat bij een fout een half bestand achter;
XlsxWriter maakt van tekst met ``=`` een formule tenzij ``strings_to_formulas`` uit staat).
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kostprijs.errors import KostprijsFout
from kostprijs.io import schrijven

XLSXWRITER_OPTIES: dict[str, Any] = {
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "nan_inf_to_errors": False,
}
"""Opties voor elk XlsxWriter-werkboek: gebruikerstekst wordt nooit een formule of hyperlink."""


def atomair_pad(doel: str | os.PathLike[str]) -> contextlib.AbstractContextManager[Path]:
    """Een tijdelijk pad naast ``doel``; bij succes vervangt het ``doel`` in één stap (zie io.schrijven)."""
    return schrijven.atomair(doel)


def schrijf_tekst_atomair(doel: str | os.PathLike[str], tekst: str) -> None:
    """Schrijf een tekstbestand (UTF-8) atomair."""
    schrijven.schrijf_tekst(doel, tekst)


def eindig(waarde: float, veld: str) -> float:
    """Weiger niet-eindige getallen vóór het schrijven (openpyxl schrijft NaN stil als lege cel)."""
    if not math.isfinite(waarde):
        raise KostprijsFout(f"Interne fout: het uitvoerveld '{veld}' is niet eindig ({waarde}).")
    return waarde


def schrijf_met(doel: str | os.PathLike[str], schrijver: Callable[[Path], None]) -> None:
    """Roep ``schrijver(tijdelijk_pad)`` aan en zet het resultaat atomair op ``doel``."""
    schrijven.schrijf_met(doel, schrijver)
