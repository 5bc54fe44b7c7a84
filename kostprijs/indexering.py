"""Indexering met de meegeleverde VNG-cijfers of eigen cijfers: van modelinvoer naar ``index_loon`` en
``index_prijs`` van :func:`kostprijs.core.tarief.tariefopbouw` (AMvB-element d).

De rekenregels staan in :mod:`kostprijs.core.indexering`; deze module haalt alleen de cijfers op
(``vng.indexatie.*`` in :mod:`kostprijs.parameters`) en legt vast waar ze vandaan komen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from kostprijs.core import indexering as ki

if TYPE_CHECKING:
    from kostprijs.inputs import Indexering
    from kostprijs.parameters import Register


@dataclass(frozen=True)
class Indexcijfers:
    """De gebruikte indexcijfers, met herkomst. Fracties [/1]."""

    methode: str
    loonindex: float
    prijsindex: float
    weging_loon: float | None
    nacalculatie: float
    index_loon: float
    index_prijs: float
    herkomst: str


def vng_cijfers(jaar: int, soort: Literal["voorlopig", "definitief"] = "voorlopig",
                register: Register | None = None) -> tuple[float, float, float]:
    """(OVA, PCC, weging OVA) van VNG voor indexjaar ``jaar``; fout als VNG dat cijfer niet (bekend) heeft.

    ``register``: het register om in te zoeken (standaard het meegeleverde; een regio kan eigen cijfers hebben).
    """
    from kostprijs.parameters import register as meegeleverd

    r, d = register or meegeleverd(), dt.date(jaar, 1, 1)
    return (r.getal(f"vng.indexatie.ova_{soort}", d), r.getal(f"vng.indexatie.pcc_{soort}", d),
            r.getal("vng.indexatie.weging_ova", d))


def vng_nacalculatie(jaar: int, register: Register | None = None) -> float:
    """De door VNG gepubliceerde nacalculatie (over ``jaar - 1``) in het advies voor ``jaar``. [/1]"""
    from kostprijs.parameters import register as meegeleverd

    return (register or meegeleverd()).getal("vng.indexatie.nacalculatie_vorig_jaar", dt.date(jaar, 1, 1))


def vng_aanbiederindex(jaar: int) -> float:
    """Aanbiederindex uit de delen: gewogen voorlopig (uit OVA en PCC) + nacalculatie vorig jaar. [/1]

    2025: 0,9 x 4,18% + 0,1 x 1,82% = 3,944%; + 1,013% = 4,957% (VNG: 4,96%).
    """
    ova, pcc, w = vng_cijfers(jaar)
    return float(ki.aanbiederindex(ki.gewogen_index(ova, pcc, w), vng_nacalculatie(jaar)))


def indexcijfers(ix: Indexering, register: Register | None = None) -> Indexcijfers:
    """Zet de indexeringsparagraaf van een model om in ``index_loon`` en ``index_prijs``."""
    if ix.vng_jaar is not None:
        loon, prijs, w = vng_cijfers(ix.vng_jaar, register=register)
        herkomst = f"VNG {ix.vng_jaar} voorlopig (OVA {loon:.2%}, PCC {prijs:.2%}; parameters vng.indexatie)"
    else:
        assert ix.loonindex is not None and ix.prijsindex is not None
        loon, prijs, w = ix.loonindex, ix.prijsindex, ix.weging_loon if ix.weging_loon is not None else 0.0
        herkomst = "eigen cijfers uit het model"
    if ix.nacalculatie == "vng":
        assert ix.vng_jaar is not None
        nacalc = vng_nacalculatie(ix.vng_jaar, register)
        herkomst += f" + VNG-nacalculatie {nacalc:.3%}"
    else:
        nacalc = ix.nacalculatie or 0.0
    il, ip = ki.index_per_component(ix.methode, loon, prijs, w)
    return Indexcijfers(methode=ix.methode, loonindex=loon, prijsindex=prijs,
                        weging_loon=w if ix.methode == "vng_gewogen" else None, nacalculatie=nacalc,
                        index_loon=float(il) + nacalc, index_prijs=float(ip) + nacalc, herkomst=herkomst)


def vng_tariefpad(tarief: float, jaren: Sequence[int], index: Literal["gewogen", "aanbiederindex"] = "gewogen"
                  ) -> list[tuple[int, float, float]]:
    """Meerjarig tariefpad met de VNG-cijfers: per jaar (jaar, index, tarief na indexering).

    ``gewogen``: gewogen voorlopige index uit OVA en PCC; ``aanbiederindex``: inclusief nacalculatie.
    """
    indexen = []
    for j in jaren:
        if index == "aanbiederindex":
            indexen.append(vng_aanbiederindex(j))
        else:
            ova, pcc, w = vng_cijfers(j)
            indexen.append(float(ki.gewogen_index(ova, pcc, w)))
    pad = ki.tariefpad(tarief, indexen)
    return [(j, i, float(t)) for j, i, t in zip(jaren, indexen, pad[1:], strict=True)]
