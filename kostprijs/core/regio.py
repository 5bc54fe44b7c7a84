"""Rekenregels van een regio: capaciteit (Erlang), verdeling van kosten over gemeenten, meerjarenbegroting.

Pure functies over floats en numpy-arrays, zonder I/O. Bronnen (docs/bezetting.md): Erlang-verliesmodel
(weigerkans ``B(c, A)``, bezetting ``A(1 - B)/c``, leegstand ``T(c - A(1 - B))``); kosten ``F + v·D``
(docs/methode.md, vast en variabel); delen van risico (een regio draagt het bezettingsrisico goedkoper
dan één woning); tariefpad :func:`kostprijs.core.indexering.tariefpad`.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from kostprijs.core.bezetting import erlang_b
from kostprijs.core.indexering import tariefpad

Arr = NDArray[np.float64]


def _f(x: ArrayLike) -> Arr:
    return np.asarray(x, dtype=float)


class Capaciteit(NamedTuple):
    """Kerngetallen van configuraties (woningen x plaatsen x clusteropties), gebroadcast. """

    weigerkans: Arr  # kans dat een verwijzing geweigerd wordt [/1]
    bezettingsgraad: Arr  # verwacht [/1]
    bezette_dagen: Arr  # verwacht, alle woningen samen [plaatsdagen/jaar]
    leegstand_dagen: Arr  # verwacht, alle woningen samen [plaatsdagen/jaar]
    kosten_per_jaar: Arr  # alle woningen samen: woningen x (F + v x bezette dagen per woning) [EUR/jaar]
    kosten_per_bezet_etmaal: Arr  # [EUR/bezet etmaal]


def capaciteit(aanbod: ArrayLike, woningen: ArrayLike, plaatsen: ArrayLike, vast_per_jaar: ArrayLike,
               variabel_per_etmaal: ArrayLike, dagen_per_jaar: float = 365.0,
               regionaal_loket: bool = False) -> Capaciteit:
    """Erlang-verlies voor een regio met ``n`` woningen van ``c`` plaatsen en aangeboden last ``A = λL``.

    Per woning (standaard) krijgt elke woning ``A/n`` en weigert met ``B(c, A/n)``; met een regionaal
    loket gaat een verwijzing naar elke woning met plek en wordt alleen geweigerd als alle ``n·c``
    plaatsen vol zijn: ``B(n·c, A)``. Verwachte bezette dagen ``T·A(1 - B)``, leegstand
    ``T(n·c - A(1 - B))``; kosten ``n·F + v·D`` met ``F`` en ``v`` per woning (vast deel en variabel
    deel van het tarief; mogen per plaatsen en cluster verschillen). Alles broadcast.
    """
    a, n, c = _f(aanbod), _f(woningen), _f(plaatsen)
    b = erlang_b(n * c, a) if regionaal_loket else erlang_b(c, a / n)
    gedragen = a * (1.0 - b)
    bezet = dagen_per_jaar * gedragen
    kosten = n * _f(vast_per_jaar) + _f(variabel_per_etmaal) * bezet
    with np.errstate(divide="ignore", invalid="ignore"):
        per_dag = np.where(bezet > 0, kosten / bezet, np.inf)
    return Capaciteit(np.asarray(b), np.asarray(gedragen / (n * c)), np.asarray(bezet),
                      np.asarray(dagen_per_jaar * (n * c - gedragen)), np.asarray(kosten), np.asarray(per_dag))


def goedkoopste(kosten: ArrayLike, weigerkans: ArrayLike, maximum: float) -> tuple[int, ...] | None:
    """Index van de goedkoopste configuratie met ``weigerkans <= maximum`` (bij gelijke kosten de eerste);
    ``None`` als geen configuratie voldoet."""
    k = np.where(_f(weigerkans) <= maximum, _f(kosten), np.inf)
    if not np.isfinite(k).any():
        return None
    return tuple(int(i) for i in np.unravel_index(int(np.argmin(k)), k.shape))


def aandelen(gewichten: ArrayLike) -> Arr:
    """Gewichten (plaatsingen, inwoners, gebruik) naar aandelen die optellen tot 1. [/1]"""
    g = _f(gewichten)
    if g.ndim != 1 or g.size == 0 or np.any(g < 0) or not np.isfinite(g).all() or g.sum() <= 0:
        raise ValueError("gewichten moeten eindig en >= 0 zijn, en samen > 0")
    return np.asarray(g / g.sum())


def naar_gebruik(totaal: ArrayLike, dagen_per_gemeente: ArrayLike, verwacht: ArrayLike) -> Arr:
    """Ieder voor zich: elke gemeente betaalt de kosten naar haar bezette dagen, ``T·D_i/D``. [EUR/jaar]

    ``dagen_per_gemeente`` heeft de gemeenten op de laatste as. Een jaar zonder bezetting (``D = 0``)
    wordt naar het verwachte gebruik ``verwacht`` verdeeld. De betalingen tellen op tot ``T``.
    """
    t, d, s = _f(totaal), _f(dagen_per_gemeente), _f(verwacht)
    som = d.sum(axis=-1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        deel = np.where(som > 0, d / som, s)
    return np.asarray(t[..., None] * deel)


def naar_sleutel(totaal: ArrayLike, sleutel: ArrayLike) -> Arr:
    """Regionaal fonds: elke gemeente betaalt haar vaste aandeel van het totaal, ``a_i·T``. [EUR/jaar]"""
    return np.asarray(_f(totaal)[..., None] * _f(sleutel))


def variantie_naar_gebruik(totaal: ArrayLike, dagen_per_gemeente: ArrayLike, verwacht: ArrayLike) -> Arr:
    """Variantie per gemeente bij betalen naar gebruik, via de wet van de totale variantie. [EUR²]

    Elke opname komt onafhankelijk van de bezetting uit gemeente ``i`` met kans ``s_i`` (uitgedunde
    Poissonstromen), dus ``E[D_i | bezetting] = s_i·D`` en ``E[T·D_i/D | bezetting] = s_i·T``. Dan is
    ``Var(T·D_i/D) = s_i²·Var(T) + E[(T·(D_i/D - s_i))²]``: de spreiding van het regionale totaal plus die
    van het eigen gebruik. De eerste term is de variantie in een fonds met gebruik als sleutel; de tweede is
    nooit negatief. Over de laatste as van ``totaal`` (de runs).
    """
    t, d, s = _f(totaal), _f(dagen_per_gemeente), _f(verwacht)
    som = d.sum(axis=-1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        deel = np.where(som > 0, d / som, s)
    return np.asarray(s**2 * t.var(ddof=1) + ((t[:, None] * (deel - s)) ** 2).mean(axis=0))


def begroting(bedrag_per_jaar: ArrayLike, indexen: ArrayLike) -> Arr:
    """Meerjarenbegroting: het bedrag van het basisjaar langs het tariefpad ``cumprod(1 + index)``. [EUR/jaar]"""
    return tariefpad(bedrag_per_jaar, indexen)


def gemengd(tarieven: ArrayLike, aandelen_mix: ArrayLike) -> Arr:
    """Gemengd tarief voor een verwachte mix (aandelen van de bezette dagen): ``Σ w_l·p_l``. [EUR/bezet etmaal]"""
    return np.asarray((_f(tarieven) * _f(aandelen_mix)).sum(axis=-1))
