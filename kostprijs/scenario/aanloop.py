"""Aanloop van een nieuwe woning, maand voor maand: kosten, opbrengst per financieringsvorm, cumulatief.

Het pad is expliciet (bezettingsgraad per maand, docs/referentiecasus.md) of komt uit het stochastische
model (verwachte bezette plaatsdagen per maand, exact uit de keten, ``docs/bezetting.md#referentiewaarden``). Elke maand
is ``dagen_per_jaar / 12`` dagen. Het personeel staat vanaf dag 1 (vaste kosten ``F/12`` per maand).
Een regel wordt per maand afgerekend als ``P(12·D_m)/12``: voor lineaire regels exact, voor
drempels (garantie, plafond, corridor) een maandafrekening. Een maximum per gat kan hier niet (fout).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from kostprijs.core import bezetting as kb_
from kostprijs.core import financiering as kf
from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import KwvModel
from kostprijs.scenario.basis import kostenbasis, model_met
from kostprijs.scenario.financiering import betaling, naam, opzet
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
    if not 1 <= maanden <= 600:
        raise InvoerFout([Melding("aanloop.maanden", f"{maanden} maanden kan niet; kies 1 tot 600")])
    o = opzet(scenario)
    return kb_.verwachting_per_periode(o.fasen, o.verblijfsduur, o.start, np.arange(maanden + 1) * dagen)


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
    kosten = kf.kosten(d, k.vast_kosten / 12, k.variabel_kosten)
    delen = []
    for r in regels:
        opbrengst = betaling(r, k, 12 * d) / 12
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
