"""Gevoeligheid (tornado): het effect op het tarief van elke invoer die één stap omlaag en omhoog gaat.

Alle punten (basis plus twee per invoer) gaan in één gebroadcaste aanroep van de tariefopbouw; een
maandsalaris loopt via :func:`kostprijs.scenario.raster.kern_met_salaris`. De uitkomst is gesorteerd
op de grootte van het effect.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from numpy.typing import NDArray
from pydantic import Field

from kostprijs.core import tarief as kt
from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import KwvModel
from kostprijs.model import bereken, kern_argumenten
from kostprijs.scenario.invoer import RASTER_NAMEN, maak
from kostprijs.scenario.raster import kern_met_salaris, slug
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
    ("overhead_opslag", "relatief", 0.10),
    ("huisvesting", "relatief", 0.10),
    ("clientkosten_per_bezet_etmaal", "relatief", 0.10),
    ("risico_opslag", "absoluut", 0.01),
)


def standaard_stappen(model: KwvModel) -> list[dict[str, Any]]:
    """Standaardstappen [A]: bezetting ±5 procentpunt, salaris groep ±5%, overhead, huisvesting en
    cliëntkosten ±10%, risico ±1 procentpunt. Het zijn illustraties, geen normen."""
    groep = next(f.naam for f in model.functies if f.soort == "groep")
    return [{"invoer": n.format(groep=groep), "soort": s, "stap": x} for n, s, x in STANDAARD]


def tornado(model: KwvModel, stappen: Sequence[dict[str, Any]] | None = None) -> pd.DataFrame:
    """Tarief bij elke invoer één stap lager en hoger, gesorteerd op ``bereik`` (aflopend)."""
    import pandas as pd

    st = maak(Stappen, {"stappen": list(stappen) if stappen is not None else standaard_stappen(model)},
              "tornado").stappen
    basis = kern_argumenten(model)
    functies = {f.naam for f in model.functies}
    figuren = bereken(model).figuren if any(s.invoer.startswith("maandsalaris.") for s in st) else {}
    n = 1 + 2 * len(st)
    waarden: list[tuple[str, float, float, float]] = []
    salarissen: dict[str, NDArray[np.float64]] = {}
    args = {k: np.full(n, float(v)) for k, v in basis.items()}
    for i, s in enumerate(st):
        if s.invoer.startswith("maandsalaris."):
            naam = s.invoer.removeprefix("maandsalaris.")
            if naam not in functies:
                raise InvoerFout([Melding(f"tornado.stappen[{i}].invoer", f"functie '{naam}' bestaat niet")])
            w0 = figuren[f"basissalaris_per_fte.{slug(naam)}"].waarde / 12
            arr = salarissen.setdefault(naam, np.full(n, w0))
        elif s.invoer in RASTER_NAMEN and s.invoer not in ("plaatsen", "dagen_per_jaar"):
            w0, arr = basis[s.invoer], args[s.invoer]
        else:
            raise InvoerFout([Melding(f"tornado.stappen[{i}].invoer", f"'{s.invoer}' kan niet in een tornado; "
                                      f"kies uit {', '.join(RASTER_NAMEN)} of maandsalaris.<functie>")])
        d = s.stap * abs(w0) if s.soort == "relatief" else s.stap
        laag, hoog = w0 - d, w0 + d
        if s.invoer == "bezettingsgraad":
            laag, hoog = max(laag, 1e-6), min(hoog, 1.0)
        arr[1 + 2 * i], arr[2 + 2 * i] = laag, hoog
        waarden.append((s.invoer, w0, laag, hoog))
    args.update({k: v for k, v in kern_met_salaris(model, salarissen).items() if k.startswith("personeel_")})
    t = kt.tariefopbouw(**args).tarief_per_bezet_etmaal
    rijen = [{"invoer": naam, "basiswaarde": w0, "laag": laag, "hoog": hoog, "tarief_laag": t[1 + 2 * i],
              "tarief_hoog": t[2 + 2 * i], "effect_laag": t[1 + 2 * i] - t[0], "effect_hoog": t[2 + 2 * i] - t[0],
              "bereik": abs(t[2 + 2 * i] - t[1 + 2 * i])} for i, (naam, w0, laag, hoog) in enumerate(waarden)]
    df = pd.DataFrame(rijen).sort_values("bereik", ascending=False).reset_index(drop=True)
    df.attrs["tarief_basis"] = float(t[0])
    return df
