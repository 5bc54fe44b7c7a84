"""Capaciteit voor de regio: welke configuratie woningen x plaatsen x clusters haalt de weigerkans het goedkoopst?

Per aantal plaatsen ``c`` wordt het model één keer opgelost (met de roosterregel, :mod:`kostprijs.scenario.grootte`)
en per clustergrootte ``k`` delen de gedeelde diensten ``m/k`` medewerkers (:mod:`kostprijs.scenario.cluster`);
de keten van de kern rekent het vaste deel ``F`` en het variabele deel ``v`` van het tarief over alle ``k``
tegelijk. Daarna rekent :func:`kostprijs.core.regio.capaciteit` weigerkans, bezetting, leegstand en kosten voor
alle aantallen woningen tegelijk (Erlang-verlies, docs/bezetting.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from kostprijs.core import regio as kr
from kostprijs.core.keten import opbouw
from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import KwvModel
from kostprijs.oplossen import Waarschuwing, los_op
from kostprijs.regio.invoer import Capaciteitsvraag
from kostprijs.scenario import assen as sa
from kostprijs.scenario.grootte import rooster_voor

Arr = NDArray[np.float64]


@dataclass(frozen=True)
class Kostenrooster:
    """Vast deel ``F`` [EUR/jaar per woning] en variabel deel ``v`` [EUR/bezet etmaal] per (plaatsen, cluster)."""

    plaatsen: tuple[int, ...]
    clusters: tuple[int, ...]
    vast: Arr
    variabel: Arr


@dataclass(frozen=True)
class Capaciteitsuitkomst:
    """Alle configuraties (woningen x plaatsen x clusters) en de goedkoopste die de weigerkans haalt."""

    woningen: tuple[int, ...]
    kosten: Kostenrooster
    tabel: kr.Capaciteit
    max_weigerkans: float
    keuze: tuple[int, int, int] | None
    waarschuwingen: tuple[Waarschuwing, ...]

    def rijen(self) -> list[dict[str, Any]]:
        """Elke configuratie als rij (voor tabel, JSON en werkboek)."""
        t, uit = self.tabel, []
        for i, n in enumerate(self.woningen):
            for j, c in enumerate(self.kosten.plaatsen):
                for m, k in enumerate(self.kosten.clusters):
                    uit.append({"woningen": n, "plaatsen": c, "cluster": k, "weigerkans": float(t.weigerkans[i, j, m]),
                                "bezettingsgraad": float(t.bezettingsgraad[i, j, m]),
                                "bezette_dagen": float(t.bezette_dagen[i, j, m]),
                                "leegstand_dagen": float(t.leegstand_dagen[i, j, m]),
                                "kosten_per_bezet_etmaal": float(t.kosten_per_bezet_etmaal[i, j, m]),
                                "kosten_per_jaar": float(t.kosten_per_jaar[i, j, m]),
                                "haalt_norm": bool(t.weigerkans[i, j, m] <= self.max_weigerkans)})
        return uit

    def gekozen(self) -> dict[str, Any] | None:
        """De goedkoopste configuratie die de weigerkans haalt, of ``None``."""
        if self.keuze is None:
            return None
        i, j, m = self.keuze
        return self.rijen()[(i * len(self.kosten.plaatsen) + j) * len(self.kosten.clusters) + m]


def kostenrooster(model: KwvModel, vraag: Capaciteitsvraag) -> tuple[Kostenrooster, list[Waarschuwing]]:
    """``F`` en ``v`` van het tarief voor elk aantal plaatsen en elke clustergrootte, uit de keten van de kern."""
    namen = {d.naam for d in model.rooster.diensten}
    onbekend = [n for n in vraag.gedeelde_diensten if n not in namen]
    if onbekend:
        raise InvoerFout([Melding("capaciteit.gedeelde_diensten", f"dienst '{n}' staat niet in het rooster van "
                                  f"'{vraag.woning}'; kies uit {', '.join(sorted(namen))}") for n in onbekend])
    k = np.asarray(vraag.clusters, dtype=float)
    vast = np.zeros((len(vraag.plaatsen), k.size))
    variabel = np.zeros_like(vast)
    for j, c in enumerate(vraag.plaatsen):
        o = los_op(rooster_voor(model, vraag.roosterregel, c))
        kern = o.kern
        eigen = np.asarray(kern.dienst_personeel, dtype=float)
        for naam in vraag.gedeelde_diensten:
            if naam in o.structuur.diensten:
                kern = sa.zet(kern, sa.zoek(f"rooster.diensten.{naam}.personeel", o.structuur),
                              np.where(k > 1, vraag.personeel_in_cluster / k, eigen[o.structuur.diensten.index(naam)]))
        ob = opbouw(kern)
        vast[j] = np.broadcast_to(ob.vast_per_jaar, k.shape)
        variabel[j] = np.broadcast_to(ob.variabel_per_bezet_etmaal, k.shape)
    waarschuwingen = [] if vraag.roosterregel is not None else [Waarschuwing(
        "grootte_zonder_roosterregel", "capaciteit.roosterregel",
        "zonder roosterregel blijft het rooster bij elke grootte gelijk; geef een roosterregel voor een eerlijke "
        "vergelijking van kleine en grote woningen")]
    return Kostenrooster(tuple(vraag.plaatsen), tuple(vraag.clusters), vast, variabel), waarschuwingen


def zoek(model: KwvModel, vraag: Capaciteitsvraag, verwijzingen_per_jaar: float, verblijfsduur_dagen: float,
         regionaal_loket: bool = False, woningen: Sequence[int] | None = None) -> Capaciteitsuitkomst:
    """Alle configuraties en de goedkoopste met weigerkans <= ``vraag.max_weigerkans``."""
    kosten, waarschuwingen = kostenrooster(model, vraag)
    return zoek_met(kosten, vraag.max_weigerkans, verwijzingen_per_jaar, verblijfsduur_dagen, regionaal_loket,
                    tuple(woningen or range(1, vraag.max_woningen + 1)), float(model.dagen_per_jaar),
                    tuple(waarschuwingen))


def zoek_met(kosten: Kostenrooster, max_weigerkans: float, verwijzingen_per_jaar: float,
             verblijfsduur_dagen: float, regionaal_loket: bool, woningen: tuple[int, ...],
             dagen_per_jaar: float = 365.0, waarschuwingen: tuple[Waarschuwing, ...] = ()) -> Capaciteitsuitkomst:
    """Als :func:`zoek`, met een al berekend kostenrooster (één gebroadcaste aanroep van de kern)."""
    aanbod = verwijzingen_per_jaar * verblijfsduur_dagen / dagen_per_jaar
    n = np.asarray(woningen, dtype=float)[:, None, None]
    c = np.asarray(kosten.plaatsen, dtype=float)[None, :, None]
    t = kr.capaciteit(aanbod, n, c, kosten.vast[None], kosten.variabel[None], dagen_per_jaar, regionaal_loket)
    vorm = np.broadcast_shapes(n.shape, c.shape, kosten.vast[None].shape)
    t = kr.Capaciteit(*(np.broadcast_to(x, vorm) for x in t))
    keuze = kr.goedkoopste(t.kosten_per_jaar, t.weigerkans, max_weigerkans)
    return Capaciteitsuitkomst(woningen, kosten, t, max_weigerkans,
                               None if keuze is None else (keuze[0], keuze[1], keuze[2]), waarschuwingen)
