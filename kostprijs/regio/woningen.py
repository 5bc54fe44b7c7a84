"""Woningen naast elkaar en tarieftreden naar zorgintensiteit, elk uit ``bereken`` op het eigen model.

Deze module rekent zelf niets uit: elk getal van een woning is een figuur van haar eigen
:class:`kostprijs.results.Resultaat` (dezelfde als ``kostprijs bereken``); een intensiteit is een
personeelsvariant van het model, ook doorgerekend met ``bereken``; het gemengde tarief komt uit
:func:`kostprijs.core.regio.gemengd`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kostprijs.core import regio as kr
from kostprijs.inputs import Intensiteit, KwvModel
from kostprijs.keuzes import CONVENTIES
from kostprijs.model import bereken
from kostprijs.oplossen import Waarschuwing
from kostprijs.results import Resultaat
from kostprijs.scenario.basis import model_met

KERNFIGUREN: tuple[str, ...] = (
    "tarief_per_bezet_etmaal", "tarief_per_plaats_per_jaar", "tarief_per_plaats_per_maand", "vast_per_jaar",
    "vast_per_plaats_per_jaar", "variabel_per_bezet_etmaal", "amvb_a_per_bezet_etmaal", "amvb_b_per_bezet_etmaal",
    "amvb_c_per_bezet_etmaal", "amvb_d_per_bezet_etmaal", "amvb_buiten_risico_per_bezet_etmaal",
    "tariefbudget_per_jaar", "bezette_etmalen",
)
"""De figuren die de regio per woning naast elkaar zet (sleutels uit :data:`kostprijs.figuren.TABEL`)."""


@dataclass(frozen=True)
class Trede:
    """Tarief van één zorgintensiteit. [EUR/bezet etmaal]"""

    naam: str
    aandeel: float | None
    resultaat: Resultaat


@dataclass(frozen=True)
class WoningUitkomst:
    """Eén woning in de regio: haar resultaat (gelijk aan ``kostprijs bereken``) en haar tarieftreden."""

    naam: str
    model: str
    aantal: int
    resultaat: Resultaat
    treden: tuple[Trede, ...]

    @property
    def gemengd_tarief(self) -> float | None:
        """Gemengd tarief voor de verwachte mix, als de intensiteiten aandelen hebben. [EUR/bezet etmaal]"""
        if not self.treden or any(t.aandeel is None for t in self.treden):
            return None
        return float(kr.gemengd([t.resultaat.waarde("tarief_per_bezet_etmaal") for t in self.treden],
                                [t.aandeel or 0.0 for t in self.treden]))

    def als_dict(self) -> dict[str, Any]:
        """Voor JSON: naam, model zoals geschreven, kopgetallen (afgerond), conventies en treden."""
        r = self.resultaat
        uit: dict[str, Any] = {
            "naam": self.naam, "model": self.model, "aantal": self.aantal, "plaatsen": r.plaatsen,
            "bezettingsgraad": r.bezettingsgraad, "tarief_per_bezet_etmaal": r.tarief_per_bezet_etmaal,
            "figuren": {k: r.figuur(k).afgerond for k in KERNFIGUREN},
            "conventies": r.conventies,
            "waarschuwingen": [w.als_dict() for w in r.waarschuwingen],
        }
        if self.treden:
            uit["intensiteiten"] = [{"naam": t.naam, "aandeel": t.aandeel,
                                     "tarief_per_bezet_etmaal": t.resultaat.tarief_per_bezet_etmaal}
                                    for t in self.treden]
            g = self.gemengd_tarief
            uit["gemengd_tarief_per_bezet_etmaal"] = None if g is None else round_cent(g)
        return uit


def round_cent(x: float) -> float:
    """Gerapporteerd op centen, half van nul af (:func:`kostprijs.core.afronding.rond_af`)."""
    from kostprijs.core.afronding import rond_af

    return rond_af(x, 2)


def variant(model: KwvModel, niveau: Intensiteit) -> KwvModel:
    """Het model met het personeel van een intensiteit (opnieuw gevalideerd; zonder intensiteiten)."""
    diensten = []
    for d in model.rooster.diensten:
        n = niveau.personeel.get(d.naam, d.personeel)
        if n > 0:
            diensten.append({**d.model_dump(), "personeel": n})
    diensten += [d.model_dump() for d in niveau.extra_diensten]
    functies = [{**f.model_dump(), "fte": niveau.vaste_fte.get(f.naam, f.fte)} for f in model.functies]
    rooster = {**model.rooster.model_dump(), "diensten": diensten}
    return model_met(model, f"intensiteit '{niveau.naam}'", rooster=rooster, functies=functies,
                     intensiteiten=None)


def woning(naam: str, model_tekst: str, aantal: int, model: KwvModel) -> WoningUitkomst:
    """Bereken één woning en haar intensiteiten."""
    res = bereken(model)
    treden = tuple(Trede(n.naam, n.aandeel, bereken(variant(model, n))) for n in model.intensiteiten or [])
    return WoningUitkomst(naam, model_tekst, aantal, res, treden)


def conventieverschillen(woningen: tuple[WoningUitkomst, ...]) -> list[Waarschuwing]:
    """Een waarschuwing per conventie waarin de woningen verschillen: hun tarieven zijn dan niet zonder meer
    te vergelijken."""
    uit = []
    sleutels = sorted({k for w in woningen for k in w.resultaat.conventies})
    for k in sleutels:
        waarden = {w.naam: w.resultaat.conventies.get(k, "") for w in woningen}
        if len(set(waarden.values())) > 1:
            lijst = "; ".join(f"{n}: {v}" for n, v in waarden.items())
            uit.append(Waarschuwing("conventies_verschillen", f"woningen (conventie: {CONVENTIES.get(k, k)})",
                                    f"de woningen zijn op verschillende conventies gebouwd ({lijst}); vergelijk "
                                    "hun tarieven niet zonder meer"))
    return uit
