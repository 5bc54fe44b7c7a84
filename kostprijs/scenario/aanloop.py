"""Aanloop van een nieuwe woning, maand voor maand: kosten, opbrengst per financieringsvorm, cumulatief.

Het pad is expliciet (bezettingsgraad per maand, docs/referentiecasus.md) of komt uit het stochastische
model (verwachte bezette plaatsdagen per maand, exact uit de keten, ``docs/bezetting.md#referentiewaarden``). Elke maand
is ``dagen_per_jaar / 12`` dagen. Het personeel staat vanaf dag 1 (vaste kosten ``F/12`` per maand).

Elke regel wordt afgerekend over haar eigen afrekenperiode (:func:`kostprijs.core.financiering.afrekenen`):
per maand ``P(12·D_m)/12``; per jaar een voorschot per maand en de afrekening ``P(D)`` in de laatste maand
van het jaar. Lineaire regels betalen in elke periode hetzelfde en rekenen exact op het verwachte pad.
Drempels (garantie, plafond, corridor met band, maximum per jaar) hangen af van de verdeling van de
bezetting: bij een scenario komt hun afrekening uit dezelfde Monte Carlo-steekproef als in
:func:`kostprijs.scenario.financiering.vergelijk`, zodat beide opdrachten hetzelfde bedrag geven. Een
maximum per gat kan hier niet (fout).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from kostprijs.core import bezetting as kb_
from kostprijs.core import financiering as kf
from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import KwvModel
from kostprijs.scenario.basis import Kostenbasis, kostenbasis, model_met
from kostprijs.scenario.financiering import (
    Steekproef,
    betalingen_mc,
    betalingen_per_maand,
    lineair,
    maandgrenzen,
    naam,
    opzet,
    simuleer,
    voorschot,
)
from kostprijs.scenario.invoer import Maandpad, Regel, Scenario, maak

if TYPE_CHECKING:
    import pandas as pd


def maandpad(model: KwvModel, bezetting_per_maand: Sequence[float] | None = None,
             scenario: Scenario | None = None, maanden: int = 12) -> np.ndarray:
    """Verwachte bezette plaatsdagen per maand. [plaatsdagen/maand]"""
    if (bezetting_per_maand is None) == (scenario is None):
        raise InvoerFout([Melding("aanloop", "geef óf een bezetting per maand óf een bezettingsscenario")])
    dagen = model.dagen_per_jaar / 12
    if bezetting_per_maand is not None:
        u = np.asarray(maak(Maandpad, {"bezetting_per_maand": [float(x) for x in bezetting_per_maand]},
                            "aanloop").bezetting_per_maand)
        return np.asarray(model.plaatsen * dagen * u)
    assert scenario is not None
    _maanden(maanden)
    o = opzet(_met_horizon(scenario, model, maanden))
    grenzen = maandgrenzen(maanden * model.dagen_per_jaar / 12, model.dagen_per_jaar)
    assert grenzen is not None
    return kb_.verwachting_per_periode(o.fasen, o.verblijfsduur, o.start, grenzen)


def _maanden(maanden: int) -> None:
    if not 1 <= maanden <= 600:
        raise InvoerFout([Melding("aanloop.maanden", f"{maanden} maanden kan niet; kies 1 tot 600")])


def _met_horizon(scenario: Scenario, model: KwvModel, maanden: int) -> Scenario:
    """Het scenario over ``maanden`` maanden (de fasen na de stabilisatie lopen door)."""
    dagen = maanden * model.dagen_per_jaar / 12
    if scenario.dagen == dagen:
        return scenario
    if scenario.stabilisatie_dagen > dagen:
        raise InvoerFout([Melding("aanloop.maanden", f"de stabilisatie ({scenario.stabilisatie_dagen:g} dagen) "
                                  f"duurt langer dan {maanden} maanden")])
    return maak(Scenario, {**scenario.model_dump(), "dagen": dagen}, "scenario")


def steekproef(model: KwvModel, scenario: Scenario, maanden: int = 12) -> Steekproef:
    """De Monte Carlo-steekproef per maand over ``maanden`` maanden; over een jaar precies die van
    :func:`kostprijs.scenario.financiering.vergelijk` (zelfde scenario, seed en grenzen)."""
    sc = _met_horizon(scenario, model, maanden)
    return simuleer(sc, None, None, maandgrenzen(sc.dagen, model.dagen_per_jaar))


def opbrengst_per_maand(regel: Regel, k: Kostenbasis, pad: np.ndarray, st: Steekproef | None) -> np.ndarray:
    """Verwachte betaling per maand. Voorschotten (lineair) exact op het verwachte pad; de afrekening van
    een periode bij een drempelregel uit de steekproef ``st`` (zonder steekproef: het pad is zeker). [EUR]"""
    if lineair(regel, k) is not None or st is None:
        return betalingen_per_maand(regel, k, pad)
    voorschotten = np.asarray(voorschot(regel, k, 12 * pad) / 12)
    assert st.per_maand is not None
    per_run = betalingen_per_maand(regel, k, st.per_maand) if regel.afrekenperiode == "maand" else None
    uit = voorschotten.copy()
    stap = 1 if regel.afrekenperiode == "maand" else 12
    for begin in range(0, pad.size, stap):
        eind = min(begin + stap, pad.size)
        if per_run is not None:
            totaal = float(per_run[:, begin:eind].sum(axis=-1).mean())
        else:
            jaar = _jaarsteekproef(st, begin, eind)
            totaal = float(betalingen_mc(regel, k, jaar).mean()) * (eind - begin) / 12
        uit[eind - 1] += totaal - float(voorschotten[begin:eind].sum())
    return uit


def _jaarsteekproef(st: Steekproef, begin: int, eind: int) -> Steekproef:
    """De bezette dagen van de maanden ``begin..eind`` als (naar een jaar geschaalde) jaarsteekproef."""
    assert st.per_maand is not None
    d = st.per_maand[:, begin:eind].sum(axis=-1) * 12 / (eind - begin)
    return Steekproef(d, None, None)


def aanloop(model: KwvModel, regels: Sequence[Regel], bezetting_per_maand: Sequence[float] | None = None,
            scenario: Scenario | None = None, maanden: int = 12) -> pd.DataFrame:
    """Tidy tabel per regel en maand: bezette dagen, kosten, opbrengst, resultaat en cumulatief. [EUR]

    Bij een scenario krijgt het model het aantal plaatsen van het scenario.
    """
    import pandas as pd

    per_gat = [i for i, r in enumerate(regels) if getattr(r, "max_dagen_per_gat", None) is not None]
    if per_gat:
        raise InvoerFout([Melding(f"regels[{i}].max_dagen_per_gat", "een maximum per gat kan niet in een verwacht "
                                  "aanlooppad (daar zijn geen gaten te tellen); gebruik de vergelijking met Monte "
                                  "Carlo (financiering.vergelijk) of laat het maximum weg") for i in per_gat])
    if scenario is not None and model.plaatsen != scenario.bezetting.plaatsen:
        model = model_met(model, "scenario.bezetting.plaatsen", plaatsen=scenario.bezetting.plaatsen)
    d = maandpad(model, bezetting_per_maand, scenario, maanden)
    k = kostenbasis(model)
    drempels = any(lineair(r, k) is None for r in regels)
    st = steekproef(model, scenario, maanden) if scenario is not None and drempels else None
    kosten = kf.kosten(d, k.vast_kosten / 12, k.variabel_kosten)
    delen = []
    for r in regels:
        opbrengst = opbrengst_per_maand(r, k, d, st)
        delen.append(pd.DataFrame({
            "regel": naam(r), "maand": np.arange(1, d.size + 1), "bezette_dagen": d,
            "bezettingsgraad": d / (k.plaatsen * model.dagen_per_jaar / 12), "kosten": kosten,
            "opbrengst": opbrengst, "resultaat": opbrengst - kosten, "cumulatief": np.cumsum(opbrengst - kosten)}))
    return pd.concat(delen, ignore_index=True)


def samenvatting(pad: pd.DataFrame) -> pd.DataFrame:
    """Per regel: totale opbrengst, kosten en resultaat, en het startbedrag om quitte te draaien. [EUR]

    ``startbedrag`` = het diepste punt van het cumulatieve resultaat (0 als dat nooit negatief is): dat
    bedrag moet vooraf beschikbaar zijn (aanloopsubsidie, ``docs/referentiecasus.md#aanloop-ter-illustratie``).
    """
    g = pad.groupby("regel", sort=False)
    uit = g.agg(bezette_dagen=("bezette_dagen", "sum"), opbrengst=("opbrengst", "sum"), kosten=("kosten", "sum"),
                resultaat=("resultaat", "sum"), laagste_cumulatief=("cumulatief", "min")).reset_index()
    uit["startbedrag"] = np.maximum(0.0, -uit["laagste_cumulatief"])
    return uit
