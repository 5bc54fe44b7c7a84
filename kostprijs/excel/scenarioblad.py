"""Tabblad Scenario's: tabellen die Python al berekende (scenario's, financieringsvormen, aanloop).

Dit zijn uitkomsten van simulaties en rasters, geen formules: ze staan grijs (vaste gegevens, door Python
berekend) met per tabel een lijngrafiek van de geldkolommen tegen de eerste kolom. Het werkboek hangt
niet af van :mod:`kostprijs.scenario`; elke ``pandas.DataFrame`` kan mee.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from kostprijs.excel.blad import Blad

GELDWOORDEN = ("tarief", "kosten", "kostprijs", "budget", "bedrag", "betaling", "opbrengst", "personeel",
               "overhead", "vast_per", "variabel_per", "leegstand_per", "gat", "eur")
PROCENTWOORDEN = ("bezettingsgraad", "kans", "aandeel", "fractie")
MAX_REEKSEN = 4


def notatie(kolom: str) -> str:
    """Getalnotatie bij een kolomnaam: geld, procent of getal."""
    k = kolom.lower()
    if any(w in k for w in PROCENTWOORDEN):
        return "procent"
    return "geld" if any(w in k for w in GELDWOORDEN) else "getal"


def kolomkop(kolom: str) -> str:
    """Een kolomnaam zoals een mens hem leest: ``tarief_per_bezet_etmaal`` -> ``Tarief per bezet etmaal``."""
    tekst = kolom.replace("_", " ").strip()
    return tekst[:1].upper() + tekst[1:]


def schrijf_tabellen(b: Blad, tabellen: Mapping[str, Any]) -> None:
    """Schrijf elke tabel (titel -> DataFrame) onder elkaar, met een lijngrafiek ernaast."""
    for titel, df in tabellen.items():
        tabel = df.reset_index() if not _gewone_index(df) else df
        kolommen = [str(k) for k in tabel.columns]
        b.kop(titel, len(kolommen))
        b.koppen([kolomkop(k) for k in kolommen])
        eerste = b.rij
        for rij in tabel.itertuples(index=False):
            for k, w in enumerate(rij):
                _cel(b, b.rij, k, w, notatie(kolommen[k]))
            b.rij += 1
        if b.rij > eerste and len(kolommen) > 1:
            _grafiek(b, titel, kolommen, eerste, b.rij - 1)
        b.rij = max(b.rij, eerste + 22)


def _gewone_index(df: Any) -> bool:
    return type(df.index).__name__ == "RangeIndex"


def _cel(b: Blad, rij: int, kol: int, w: Any, soort: str) -> None:
    if isinstance(w, bool | np.bool_):
        b.tekst(rij, kol, "ja" if w else "nee", b.op.cel("vast", "tekst"))
        return
    if not isinstance(w, int | float | np.number):
        b.tekst(rij, kol, str(w), b.op.cel("vast", "tekst"))
        return
    x = float(w)
    if not math.isfinite(x):
        b.tekst(rij, kol, "-", b.op.cel("vast", "tekst"))
        return
    b.ws.write_number(rij, kol, x, b.op.cel("vast", soort))


def _grafiek(b: Blad, titel: str, kolommen: list[str], eerste: int, laatste: int) -> None:
    geld = [k for k, naam in enumerate(kolommen) if k > 0 and notatie(naam) == "geld"]
    reeksen = sorted(geld, key=lambda k: ("tarief" not in kolommen[k], k))[:MAX_REEKSEN]
    if not reeksen:
        return
    g: Any = b.wb.add_chart({"type": "line"})
    for k in reeksen:
        g.add_series({"name": kolomkop(kolommen[k]), "categories": [b.naam, eerste, 0, laatste, 0],
                      "values": [b.naam, eerste, k, laatste, k]})
    g.set_title({"name": titel})
    g.set_x_axis({"name": kolomkop(kolommen[0]), **({"num_format": "0%"} if notatie(kolommen[0]) == "procent" else {})})
    g.set_y_axis({"num_format": "[$€-413] #,##0", "major_gridlines": {"visible": True,
                                                                      "line": {"color": "#D9D9D9"}}})
    g.set_legend({"position": "bottom"})
    g.set_size({"width": 560, "height": 300})
    b.ws.insert_chart(eerste - 2, len(kolommen) + 1, g)
