"""Gevoeligheid (tornado): het effect op het tarief van elke invoer die één stap omlaag en omhoog gaat.

Alle punten (basis plus twee per invoer) gaan in één gebroadcaste aanroep van de keten van de kern;
elke invoer is een as van :mod:`kostprijs.scenario.assen` (ook een maandsalaris of een huisvestingspost).
De uitkomst is gesorteerd op de grootte van het effect.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from pydantic import Field

from kostprijs.core.keten import opbouw
from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import KwvModel
from kostprijs.oplossen import los_op
from kostprijs.scenario import assen as sa
from kostprijs.scenario.invoer import maak
from kostprijs.units import Naam
from kostprijs.validatie import Basis

if TYPE_CHECKING:
    import pandas as pd


class Stap(Basis):
    """Eén invoer en de stap: relatief (fractie van de basiswaarde) of absoluut (in de eenheid van de invoer)."""

    invoer: Naam
    soort: Literal["relatief", "absoluut"]
    stap: float = Field(gt=0, le=1e6)


class Stappen(Basis):
    """De stappen van een tornado."""

    stappen: list[Stap] = Field(min_length=1, max_length=100)


STANDAARD: tuple[tuple[str, str, float], ...] = (
    ("bezettingsgraad", "absoluut", 0.05),
    ("maandsalaris.{groep}", "relatief", 0.05),
    ("overhead.percentage", "relatief", 0.10),
    ("huisvesting", "relatief", 0.10),
    ("clientkosten_per_bezet_etmaal", "relatief", 0.10),
    ("risico_opslag", "absoluut", 0.01),
)


def standaard_stappen(model: KwvModel) -> list[dict[str, Any]]:
    """Standaardstappen [A]: bezetting ±5 procentpunt, salaris groep ±5%, overhead, huisvesting en
    cliëntkosten ±10%, risico ±1 procentpunt. Het zijn illustraties, geen normen. Bij overhead als vast
    bedrag varieert het bedrag in plaats van het percentage."""
    groep = next(f.naam for f in model.functies if f.soort == "groep")
    overhead = "overhead.bedrag_per_jaar" if model.conventies.overhead_conventie == "bedrag" else "overhead.percentage"
    return [{"invoer": n.format(groep=groep).replace("overhead.percentage", overhead), "soort": s, "stap": x}
            for n, s, x in STANDAARD]


def tornado(model: KwvModel, stappen: Sequence[dict[str, Any]] | None = None) -> pd.DataFrame:
    """Tarief bij elke invoer één stap lager en hoger, gesorteerd op ``bereik`` (aflopend)."""
    import pandas as pd

    st = maak(Stappen, {"stappen": list(stappen) if stappen is not None else standaard_stappen(model)},
              "tornado").stappen
    o = los_op(model)
    n = 1 + 2 * len(st)
    kern = o.kern
    waarden: list[tuple[str, float, float, float]] = []
    for i, stap in enumerate(st):
        if stap.invoer in ("plaatsen", "dagen_per_jaar"):
            raise InvoerFout([Melding(f"tornado.stappen[{i}].invoer", f"'{stap.invoer}' kan niet in een tornado "
                                      "(geen geleidelijke invoer); gebruik kostprijs scenario --grootte")])
        try:
            a = sa.zoek(stap.invoer, o.structuur)
        except InvoerFout as e:
            raise InvoerFout([Melding(f"tornado.stappen[{i}].invoer", m.tekst) for m in e.meldingen]) from None
        w0 = a.basis(o.kern)
        d = stap.stap * abs(w0) if stap.soort == "relatief" else stap.stap
        laag, hoog = w0 - d, w0 + d
        if stap.invoer == "bezettingsgraad":
            laag, hoog = max(laag, 1e-6), min(hoog, 1.0)
        reeks = np.full(n, w0)
        reeks[1 + 2 * i], reeks[2 + 2 * i] = laag, hoog
        kern = sa.zet(kern, a, reeks)
        waarden.append((stap.invoer, w0, laag, hoog))
    t = np.broadcast_to(opbouw(kern).tarief_per_bezet_etmaal, (n,))
    rijen = [{"invoer": naam, "basiswaarde": w0, "laag": laag, "hoog": hoog, "tarief_laag": t[1 + 2 * i],
              "tarief_hoog": t[2 + 2 * i], "effect_laag": t[1 + 2 * i] - t[0], "effect_hoog": t[2 + 2 * i] - t[0],
              "bereik": abs(t[2 + 2 * i] - t[1 + 2 * i])} for i, (naam, w0, laag, hoog) in enumerate(waarden)]
    df = pd.DataFrame(rijen).sort_values("bereik", ascending=False).reset_index(drop=True)
    df.attrs["tarief_basis"] = float(t[0])
    return df
