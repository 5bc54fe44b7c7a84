"""Uitvoer van scenariotabellen: Nederlandse terminaltabel, CSV, JSON en een voortgangsbalk.

Geldbedragen worden alleen hier afgerond, op centen, via :mod:`kostprijs.core.afronding`. Bestanden
gaan atomair via :mod:`kostprijs.io.schrijven`: nooit een half bestand, nooit een achtergebleven
tijdelijk bestand.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kostprijs.core.afronding import rond_af, rond_af_array
from kostprijs.errors import KostprijsFout
from kostprijs.io import json_uitvoer
from kostprijs.io.celtekst import csv_veilig
from kostprijs.io.schrijven import atomair, schrijf_tekst

if TYPE_CHECKING:
    import pandas as pd

GELD_WOORDEN = ("tarief", "betaling", "resultaat", "kosten", "opbrengst", "budget", "besparing", "personeel",
                "overhead", "kostprijs", "vast_per_jaar", "variabel", "leegstand_per", "cumulatief", "startbedrag",
                "per_bezet_etmaal", "effect", "bereik", "bedrag")
NIET_GELD = ("bezettingsgraad", "kans", "fractie", "lineair", "haalbaar", "betaalbaar")


def is_geld(kolom: str) -> bool:
    """Is deze kolom een geldbedrag (afronden op centen)?"""
    return any(w in kolom for w in GELD_WOORDEN) and not any(w in kolom for w in NIET_GELD)


def afgerond(df: pd.DataFrame, geld: Sequence[str] | None = None) -> pd.DataFrame:
    """Kopie met geldkolommen op centen (rekenkundig) en andere getallen op 6 decimalen."""
    uit = df.copy()
    geldkolommen = set(geld) if geld is not None else {k for k in df.columns if is_geld(str(k))}
    for k in uit.columns:
        if uit[k].dtype.kind == "f":
            w = uit[k].to_numpy(dtype=float, copy=True)
            eindig = np.isfinite(w)
            w[eindig] = rond_af_array(w[eindig], 2 if k in geldkolommen else 6)
            uit[k] = w
    return uit


def schrijf_atomair(pad: str | Path, tekst: str) -> None:
    """Schrijf ``tekst`` atomair naar ``pad`` (:mod:`kostprijs.io.schrijven`)."""
    schrijf_tekst(pad, tekst, newline="")


def csv_tekst(df: pd.DataFrame) -> str:
    """CSV met punt als decimaalteken (machineleesbaar) en afgeronde bedragen; tekst die op een formule
    lijkt, krijgt een ``'`` ervoor (:func:`kostprijs.io.celtekst.csv_veilig`)."""
    uit = afgerond(df)
    for k in uit.columns:
        if uit[k].dtype.kind not in "biufcmM":  # tekstkolommen (object of str)
            uit[k] = uit[k].map(lambda w: csv_veilig(w) if isinstance(w, str) else w)
    uit.columns = [csv_veilig(str(k)) for k in uit.columns]
    return str(uit.to_csv(index=False))


def json_tekst(df: pd.DataFrame, extra: dict[str, Any] | None = None) -> str:
    """JSON: ``{"rijen": [...], ...extra}`` met afgeronde bedragen."""
    rijen = json.loads(afgerond(df).to_json(orient="records", force_ascii=False))
    schoon = {k: (float(v) if isinstance(v, np.floating) else v) for k, v in (extra or {}).items()}
    return json_uitvoer.json_tekst({**schoon, "rijen": rijen})


def _geheel(kolom: pd.Series) -> bool:
    waarden = kolom.to_numpy()
    if waarden.dtype.kind not in "fiu":
        return False
    eindig = waarden[np.isfinite(waarden.astype(float))]
    return bool(np.all(np.mod(eindig, 1) == 0))


def eenheid_van(kolom: str) -> str:
    """De eenheid van een kolom in een scenariotabel (voor :func:`kostprijs.notatie.decimalen_voor`)."""
    k = str(kolom).lower()
    if is_geld(k):
        return "EUR"
    if "bezettingsgraad" in k or k.startswith(("kans", "bezetting ", "sd_bezetting")) or "fractie" in k:
        return "/1"
    if "fte" in k:
        return "fte"
    if "dagen" in k or "etmalen" in k:
        return "dagen"
    return "aantal" if k in ("plaatsen", "woningen", "maand", "personeel", "jaar") else ""


def tabel_tekst(df: pd.DataFrame, kolommen: Sequence[str] | None = None) -> str:
    """Nederlandse terminaltabel (1.234,56) van de gekozen kolommen; één notatie per eenheid."""
    from kostprijs.cli.weergave import nl_getal, tabel
    from kostprijs.notatie import decimalen_voor

    kol = list(kolommen or df.columns)
    # per kolom één notatie, uit de eenheid: geld 2, fte 4, fracties als %, dagen heel (of 1 decimaal als
    # de kolom breuken heeft), aantallen heel; onbekend: heel als alles heel is, anders 4
    decimalen: dict[str, int | None] = {}
    for k in kol:
        e = eenheid_van(k)
        d = decimalen_voor(e) if e else (0 if _geheel(df[k]) else 4)
        if e == "dagen" and not _geheel(df[k]):
            d = 1
        decimalen[k] = d
    rijen = []
    for i in range(len(df)):
        cellen = []
        for k in kol:
            w = df[k].iloc[i]
            if isinstance(w, bool | np.bool_):
                cellen.append("ja" if w else "nee")
            elif isinstance(w, float | np.floating):
                if not np.isfinite(w):
                    cellen.append("-" if np.isnan(w) else "∞")
                elif decimalen[k] is None:
                    cellen.append(nl_getal(rond_af(100 * float(w), 2), 2) + "%")
                else:
                    d = int(decimalen[k] or 0)
                    cellen.append(nl_getal(rond_af(float(w), d), d))
            else:
                cellen.append(str(w))
        rijen.append(cellen)
    rechts = [df[k].dtype.kind in "fiub" for k in kol]
    return tabel([k.replace("_", " ") for k in kol], rijen, rechts)


def voortgangsbalk(label: str, stroom: Any = None) -> Callable[[int, int], None]:
    """Eenvoudige voortgangsbalk op stderr: ``label [#####.....] 50%`` (alleen bij een terminal)."""
    uit = stroom if stroom is not None else sys.stderr
    begin = time.perf_counter()

    def toon(gedaan: int, totaal: int) -> None:
        if not getattr(uit, "isatty", lambda: False)() and stroom is None:
            return
        deel = gedaan / max(totaal, 1)
        balk = "#" * int(30 * deel)
        uit.write(f"\r{label} [{balk:<30}] {deel:4.0%} ({time.perf_counter() - begin:.1f} s)")
        if gedaan >= totaal:
            uit.write("\n")
        uit.flush()

    return toon


def matplotlib_pyplot() -> Any:
    """``matplotlib.pyplot`` met de Agg-backend, of een nette fout als de extra 'plot' ontbreekt."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise KostprijsFout("voor --png is matplotlib nodig: pip install 'kostprijs[plot]'") from None
    return plt


def bewaar_figuur(fig: Any, pad: str | Path) -> None:
    """Sla een matplotlib-figuur atomair op als PNG (:mod:`kostprijs.io.schrijven`)."""
    with atomair(pad) as tmp:
        fig.savefig(tmp, format="png", dpi=120, bbox_inches="tight")
