"""Brug tussen het KWV-model en de scenario's: modelvarianten en de kostenbasis ``F + v·D``."""

from __future__ import annotations

from typing import Any, NamedTuple

from kostprijs.inputs import KwvModel
from kostprijs.model import oplossen_en_rekenen
from kostprijs.scenario.invoer import maak


def model_met(model: KwvModel, bron: str = "variant", **wijzigingen: Any) -> KwvModel:
    """Een opnieuw gevalideerde kopie van ``model`` met andere waarden op het hoogste niveau.

    >>> # model_met(m, plaatsen=5) -> dezelfde woning met 5 plaatsen  # doctest: +SKIP
    """
    data = model.model_dump()
    data.update(wijzigingen)
    uit = maak(KwvModel, data, bron)
    return uit.met_bronregels(model._bronregels) if model._bronregels is not None else uit


class Kostenbasis(NamedTuple):
    """Vaste en variabele kosten en tarieven van één woning (docs/methode.md, vast en variabel).

    ``kosten = vast_kosten + variabel_kosten·D`` (kostprijs, geïndexeerd, zonder risico-opslag);
    ``tariefbudget = vast_tarief + variabel_tarief·D`` (met risico-opslag). Bedragen [EUR/jaar] en
    [EUR/bezet etmaal].
    """

    plaatsen: int
    dagen_per_jaar: float
    vast_kosten: float
    variabel_kosten: float
    vast_tarief: float
    variabel_tarief: float

    @property
    def capaciteit(self) -> float:
        """Plaatsdagen per jaar ``cT``. [plaatsdagen]"""
        return self.plaatsen * self.dagen_per_jaar

    def budget(self, norm: float) -> float:
        """Tariefbudget bij bezettingsgraad ``norm``. [EUR/jaar]"""
        return self.vast_tarief + self.variabel_tarief * self.capaciteit * norm

    def tarief(self, norm: float) -> float:
        """Dagtarief bij normbezetting ``norm`` (gelijk aan de tariefopbouw). [EUR/bezet etmaal]"""
        return self.budget(norm) / (self.capaciteit * norm)


def kostenbasis(model: KwvModel) -> Kostenbasis:
    """De kostenbasis van ``model`` uit de keten van de kern (de bezettingsgraad doet er niet toe)."""
    _, ob = oplossen_en_rekenen(model)
    return Kostenbasis(model.plaatsen, float(model.dagen_per_jaar), float(ob.kostprijs_vast_geindexeerd),
                       float(ob.kostprijs_per_bezet_etmaal_geindexeerd), float(ob.vast_per_jaar),
                       float(ob.variabel_per_bezet_etmaal))
