"""Celomzetting: de enige plek waar een openpyxl-celwaarde een ``int``/``float``/``bool``/``str`` wordt.

Elke omzetter geeft een waarde of een Nederlandse fouttekst; de aanroeper zet er ``Blad!Cel`` en het
label bij. Regels (``docs/onderzoek.md``):

- een formule in een invoercel wordt geweigerd; de opgeslagen uitkomst wordt nooit gelezen;
- Excel-foutwaarden (``#DIV/0!``) worden vóór elke tekstverwerking herkend;
- tekst in een getalcel wordt geweigerd, ook ``'1.234,56'``: nooit raden (factor 1000);
- percentages zijn fracties (85% is 0,85); ``85`` geeft de vraag "bedoelt u 85%?";
- alleen eindige getallen; ja/nee alleen als ``ja``/``nee`` of een echte Excel-booleaanse waarde;
- namen: NFC, niet leeg, geen stuur-, richtings- of scheidingstekens en geen Excel-code ``_x000B_``
  (:mod:`kostprijs.io.tekstregels`), niet beginnend met ``= + - @`` (formule-injectie).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Any

from kostprijs.io.tekstregels import ONZICHTBAAR, naamprobleem
from kostprijs.keuzes import waarde as keuzewaarde
from kostprijs.onderzoek.celkaart import Veld

MAX_TEKST = 200
INJECTIE_TEKENS = ("=", "+", "-", "@", "\t", "\r", "\n")
_NL_GETAL = re.compile(r"^\s*(€\s*)?-?(\d+(,\d+)?|\d{1,3}(\.\d{3})+,\d+)\s*$")
MAX_GETAL = 10**15
"""Grootste absolute waarde van een geheel getal in een cel (Excel rekent met 15 cijfers)."""
LEEG = object()
"""Teken voor een lege cel."""


def toon(waarde: object) -> str:
    """Een gevonden waarde veilig en kort voor in een melding (stuurtekens worden ``?``)."""
    if isinstance(waarde, bool):
        return "WAAR" if waarde else "ONWAAR"
    if isinstance(waarde, int) and abs(waarde) > MAX_GETAL:
        return f"een getal van {len(str(abs(waarde)))} cijfers"
    if isinstance(waarde, int | float):
        return f"{waarde:g}".replace(".", ",")
    tekst = "".join("?" if unicodedata.category(c) in ONZICHTBAAR else c for c in str(waarde))
    return f"'{tekst[:40]}…'" if len(tekst) > 40 else f"'{tekst}'"


def _is_datum(w: object) -> bool:
    return isinstance(w, dt.datetime | dt.date | dt.time | dt.timedelta)


def zet_om(veld: Veld, waarde: Any, datatype: str) -> tuple[Any, str | None]:
    """Zet één celwaarde om naar de soort van ``veld``; geeft ``(waarde, None)`` of ``(None, fout)``.

    Een lege cel geeft ``(LEEG, None)``; of dat mag, beslist de aanroeper (``veld.verplicht``).
    """
    if datatype == "f" or (isinstance(waarde, str) and datatype == "f"):
        return None, (f"de cel bevat een formule ({toon(waarde)}); vul de uitkomst in als waarde. "
                      "kostprijs rekent geen formules uit en vertrouwt de opgeslagen uitkomst niet")
    if datatype == "e":
        return None, f"de cel bevat de Excel-foutwaarde {toon(waarde)}; vul een geldige waarde in"
    if waarde is None or (isinstance(waarde, str) and not waarde.strip()):
        return LEEG, None
    if _is_datum(waarde):
        return None, "verwacht " + _verwacht(veld) + ", gevonden een datum of tijd"
    if veld.soort == "tekst":
        return _tekst(waarde)
    if veld.soort == "keuze":
        return _keuze(veld, waarde)
    if veld.soort == "janee":
        return _janee(waarde)
    return _getal(veld, waarde)


def _verwacht(veld: Veld) -> str:
    return {"tekst": "tekst", "geheel": "een geheel getal", "keuze": "een keuze uit de lijst",
            "janee": "ja of nee", "fractie": "een percentage"}.get(veld.soort, "een getal")


def _tekst(waarde: object) -> tuple[Any, str | None]:
    if isinstance(waarde, bool) or not isinstance(waarde, str | int):
        return None, f"verwacht tekst, gevonden {toon(waarde)}"
    tekst = unicodedata.normalize("NFC", str(waarde)).strip()
    if len(tekst) > MAX_TEKST:
        return None, f"de tekst is te lang ({len(tekst)} tekens, hoogstens {MAX_TEKST})"
    probleem = naamprobleem(tekst)
    if probleem:
        return None, probleem
    if tekst.startswith(INJECTIE_TEKENS):
        return None, (f"de tekst {toon(tekst)} begint met '{tekst[0]}'; een naam mag niet beginnen met "
                      "=, +, - of @ (dat kan in Excel als formule worden uitgevoerd)")
    return tekst, None


def _keuze(veld: Veld, waarde: object) -> tuple[Any, str | None]:
    """Een woord uit de keuzelijst (of de vaste waarde zelf) wordt de vaste waarde (:mod:`kostprijs.keuzes`)."""
    if isinstance(waarde, bool):
        tekst = ""
    elif isinstance(waarde, int | float):
        tekst = f"{waarde:g}"
    else:
        tekst = str(waarde).strip()
    gekozen = keuzewaarde(veld.keuzeveld, tekst) if veld.keuzeveld and tekst else None
    if gekozen is not None:
        return gekozen, None
    return None, f"{toon(waarde)} is geen geldige keuze; kies uit: {', '.join(veld.keuzes)}"


def _janee(waarde: object) -> tuple[Any, str | None]:
    if isinstance(waarde, bool):
        return waarde, None
    if isinstance(waarde, str) and waarde.strip().lower() in ("ja", "nee"):
        return waarde.strip().lower() == "ja", None
    return None, f"kies ja of nee, gevonden {toon(waarde)}"


def _getal(veld: Veld, waarde: object) -> tuple[Any, str | None]:
    if isinstance(waarde, bool):
        return None, f"verwacht {_verwacht(veld)}, gevonden de waarheidswaarde {toon(waarde)}"
    if isinstance(waarde, str):
        return None, _tekst_in_getalcel(veld, waarde)
    if not isinstance(waarde, int | float):
        return None, f"verwacht {_verwacht(veld)}, gevonden {toon(waarde)}"
    if isinstance(waarde, int) and abs(waarde) > MAX_GETAL:
        return None, f"{toon(waarde)} is geen bruikbaar getal (hoogstens {MAX_GETAL:.0e} in absolute waarde)"
    x = float(waarde)
    if not math.isfinite(x):
        return None, "alleen eindige getallen: de cel bevat een oneindig of ongeldig getal"
    if veld.soort == "geheel":
        if not x.is_integer():
            return None, f"verwacht een geheel getal, gevonden {toon(x)}"
        return _bereik(veld, int(x))
    return _bereik(veld, x)


def _tekst_in_getalcel(veld: Veld, tekst: str) -> str:
    uit = f"de cel bevat tekst ({toon(tekst)}), geen getal"
    if _NL_GETAL.match(tekst):
        schoon = tekst.replace("€", "").replace(".", "").strip()
        uit += f"; typ het getal als getal, zonder punten, spaties of €-teken (bijv. {schoon})"
    elif tekst.strip().endswith("%"):
        uit += "; typ het percentage als getal met de opmaak %, bijv. 85%"
    return uit


def _bereik(veld: Veld, x: float) -> tuple[Any, str | None]:
    if veld.minimum is not None and x < veld.minimum:
        extra = " (negatieve bedragen en aantallen kunnen niet)" if x < 0 <= veld.minimum else ""
        return None, f"{toon(x)} is te klein; de waarde moet minstens {_grens(veld, veld.minimum)} zijn{extra}"
    if veld.maximum is not None and x > veld.maximum:
        tekst = f"{toon(x)} is te groot; de waarde mag hoogstens {_grens(veld, veld.maximum)} zijn"
        if veld.maximum <= 1 and 1 < x <= 100:
            tekst += f". Dit is een percentage: bedoelt u {toon(x)}% (typ {toon(x)}% of {toon(x / 100)})?"
        return None, tekst
    return x, None


def _grens(veld: Veld, g: float) -> str:
    if veld.maximum is not None and veld.maximum <= 1 and veld.eenheid == "%":
        return f"{toon(g * 100)}%"
    return toon(g)
