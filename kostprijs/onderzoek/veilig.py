"""Veilig schrijven: atomair (tijdelijk bestand in dezelfde map, fsync, ``os.replace``) en zonder formules.

Bron: ``docs/onderzoek.md`` (openpyxl laat bij een fout een half bestand achter;
XlsxWriter maakt van tekst met ``=`` een formule tenzij ``strings_to_formulas`` uit staat).
"""

from __future__ import annotations

import contextlib
import math
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kostprijs.errors import KostprijsFout

XLSXWRITER_OPTIES: dict[str, Any] = {
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "nan_inf_to_errors": False,
}
"""Opties voor elk XlsxWriter-werkboek: gebruikerstekst wordt nooit een formule of hyperlink."""


@contextlib.contextmanager
def atomair_pad(doel: str | os.PathLike[str], achtervoegsel: str = "") -> Iterator[Path]:
    """Geef een tijdelijk pad naast ``doel``; bij succes vervangt het ``doel`` in één stap.

    Bij een fout blijft ``doel`` ongewijzigd en wordt het tijdelijke bestand verwijderd.
    """
    doel = Path(doel)
    if not doel.parent.is_dir():
        raise KostprijsFout(f"De map {doel.parent} bestaat niet; maak haar eerst aan.")
    fd, naam = tempfile.mkstemp(dir=doel.parent, prefix=f".{doel.stem}-", suffix=achtervoegsel or doel.suffix)
    os.close(fd)
    tmp = Path(naam)
    try:
        yield tmp
        masker = os.umask(0)
        os.umask(masker)
        os.chmod(tmp, 0o666 & ~masker)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        try:
            os.replace(tmp, doel)
        except PermissionError as e:
            raise KostprijsFout(f"Kan {doel} niet overschrijven; is het bestand open in Excel? Sluit het "
                                "bestand en probeer opnieuw.") from e
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def schrijf_tekst_atomair(doel: str | os.PathLike[str], tekst: str) -> None:
    """Schrijf een tekstbestand (UTF-8) atomair."""
    with atomair_pad(doel) as tmp:
        tmp.write_text(tekst, encoding="utf-8")


def eindig(waarde: float, veld: str) -> float:
    """Weiger niet-eindige getallen vóór het schrijven (openpyxl schrijft NaN stil als lege cel)."""
    if not math.isfinite(waarde):
        raise KostprijsFout(f"Interne fout: het uitvoerveld '{veld}' is niet eindig ({waarde}).")
    return waarde


def schrijf_met(doel: str | os.PathLike[str], schrijver: Callable[[Path], None]) -> None:
    """Roep ``schrijver(tijdelijk_pad)`` aan en zet het resultaat atomair op ``doel``."""
    with atomair_pad(doel) as tmp:
        schrijver(tmp)
