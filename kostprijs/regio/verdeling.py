"""Wie betaalt de leegstand: ieder voor zich (naar eigen gebruik) of een regionaal fonds met een sleutel.

Elke woning krijgt haar deel van de regionale verwijzingen (naar plaatsen) en wordt met de Monte Carlo per
plaats gesimuleerd (:func:`kostprijs.scenario.montecarlo.simuleer_plaatsen`, stationaire start); elke opname
komt met kans ``s_i`` uit gemeente ``i`` (het verwachte gebruik). Per jaar betaalt de regio ``T = Σ P_w(D_w)``
volgens de financieringsvorm van elke woning (:func:`kostprijs.scenario.financiering.betalingen_mc`). Ieder voor
zich betaalt gemeente ``i`` het deel ``D_i/D`` van ``T``; in het fonds haar vaste aandeel ``a_i``. De regels
staan in :mod:`kostprijs.core.regio`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from kostprijs.core import bezetting as kb
from kostprijs.core import regio as kr
from kostprijs.inputs import KwvModel
from kostprijs.regio.invoer import GEBRUIKSVELD, Regio
from kostprijs.scenario import montecarlo as mc
from kostprijs.scenario.basis import kostenbasis
from kostprijs.scenario.financiering import Steekproef, betalingen_mc, maandgrenzen

Arr = NDArray[np.float64]
INLOOP_JAREN = 5.0


@dataclass(frozen=True)
class Spreiding:
    """Betaling per gemeente per jaar: verwachting, standaardafwijking, P5 en P95. [EUR/jaar]"""

    verwachting: Arr
    sd: Arr
    p5: Arr
    p95: Arr


@dataclass(frozen=True)
class Verdeeluitkomst:
    """Aandelen, de betalingen per run en hun spreiding, ieder voor zich en in het fonds."""

    gemeenten: tuple[str, ...]
    verwacht_gebruik: Arr  # s_i [/1]
    sleutel: str
    aandelen: Arr  # a_i van het fonds [/1]
    totaal: Arr  # T per run [EUR/jaar]
    alleen: Arr  # per run en gemeente [EUR/jaar]
    fonds: Arr  # per run en gemeente [EUR/jaar]
    spreiding_alleen: Spreiding
    spreiding_fonds: Spreiding
    runs: int
    seed: int

    @property
    def minder_variantie(self) -> Arr:
        """Hoeveel lager de variantie in het fonds is dan ieder voor zich: ``1 - Var_fonds / Var_alleen``. [/1]"""
        a, f = self.spreiding_alleen.sd ** 2, self.spreiding_fonds.sd ** 2
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.asarray(np.where(a > 0, 1.0 - f / a, 0.0))

    def rijen(self) -> list[dict[str, Any]]:
        """Per gemeente: aandelen, verwachte betaling en P5-P95 in beide vormen."""
        a, f = self.spreiding_alleen, self.spreiding_fonds
        return [{"naam": g, "verwacht_gebruik": float(self.verwacht_gebruik[i]), "aandeel": float(self.aandelen[i]),
                 "alleen": {"verwacht": float(a.verwachting[i]), "sd": float(a.sd[i]), "p5": float(a.p5[i]),
                            "p95": float(a.p95[i])},
                 "fonds": {"verwacht": float(f.verwachting[i]), "sd": float(f.sd[i]), "p5": float(f.p5[i]),
                           "p95": float(f.p95[i])},
                 "minder_variantie_in_fonds": float(self.minder_variantie[i])} for i, g in enumerate(self.gemeenten)]


def verwacht_gebruik(regio: Regio) -> Arr:
    """Aandeel van elke gemeente in de vraag, uit het gekozen verwachte gebruik. [/1]"""
    veld = GEBRUIKSVELD[regio.verwacht_gebruik]
    return kr.aandelen([getattr(g, veld) for g in regio.gemeenten])


def sleutel(regio: Regio) -> Arr:
    """De aandelen van het fonds volgens de sleutel: gebruik, inwoners of vast. [/1]"""
    s = regio.verdeling.sleutel
    if s == "gebruik":
        return verwacht_gebruik(regio)
    if s == "inwoners":
        return kr.aandelen([g.inwoners or 0.0 for g in regio.gemeenten])
    return kr.aandelen([g.aandeel or 0.0 for g in regio.gemeenten])


def woningdelen(regio: Regio, modellen: tuple[KwvModel, ...]) -> list[tuple[int, KwvModel, float]]:
    """Elke afzonderlijke woning (``aantal`` keer) met haar verwijzingen per jaar (naar plaatsen)."""
    lijst = [(i, m) for i, (w, m) in enumerate(zip(regio.woningen, modellen, strict=True)) for _ in range(w.aantal)]
    plaatsen = sum(m.plaatsen for _, m in lijst)
    return [(i, m, regio.verwijzingen_per_jaar * m.plaatsen / plaatsen) for i, m in lijst]


def _spreiding(x: Arr, sd: Arr) -> Spreiding:
    p5, p95 = np.percentile(x, [5, 95], axis=0)
    return Spreiding(x.mean(axis=0), sd, np.asarray(p5), np.asarray(p95))


def verdeel(regio: Regio, modellen: tuple[KwvModel, ...]) -> Verdeeluitkomst:
    """Simuleer de jaren van de regio en verdeel de betaling over de gemeenten, ieder voor zich en in het fonds."""
    s = verwacht_gebruik(regio)
    a = sleutel(regio)
    v = regio.verdeling
    L = regio.vraag.verblijfsduur_dagen
    totaal = np.zeros(v.runs)
    dagen = np.zeros((v.runs, s.size))
    for nr, (i, m, lam) in enumerate(woningdelen(regio, modellen)):
        rng = np.random.default_rng([v.seed, nr])
        c = m.plaatsen
        start = kb.stationair(kb.snelheden_erlang(c, lam / m.dagen_per_jaar), L)
        grenzen = maandgrenzen(float(m.dagen_per_jaar), float(m.dagen_per_jaar))
        uit = mc.simuleer_plaatsen(c, mc.trekker("exponentieel", L), float(m.dagen_per_jaar), rng, v.runs,
                                   verwijzingen_per_dag=lam / m.dagen_per_jaar,
                                   aanwezig_bij_start=rng.choice(c + 1, size=v.runs, p=start),
                                   inloop_dagen=INLOOP_JAREN * m.dagen_per_jaar, grenzen=grenzen, herkomst=s)
        regel = regio.woningen[i].financiering
        totaal += betalingen_mc(regel, kostenbasis(m), Steekproef(uit.bezette_dagen, None,
                                                                  uit.bezette_dagen_per_periode))
        dagen += uit.bezette_dagen_per_herkomst
    alleen = kr.naar_gebruik(totaal, dagen, s)
    fonds = kr.naar_sleutel(totaal, a)
    sd_alleen = np.sqrt(kr.variantie_naar_gebruik(totaal, dagen, s))
    return Verdeeluitkomst(tuple(g.naam for g in regio.gemeenten), s, regio.verdeling.sleutel, a, totaal, alleen,
                           fonds, _spreiding(alleen, np.asarray(sd_alleen)),
                           _spreiding(fonds, np.asarray(fonds.std(axis=0, ddof=1))), v.runs, v.seed)
