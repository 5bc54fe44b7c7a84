"""Financieringsvormen voor leegstand als betaalregel ``P(D)`` van de bezette plaatsdagen ``D``.

Alle functies broadcasten over ``D`` (een steekproef, een raster of één getal) en over hun
parameters. Kosten van de aanbieder: ``K(D) = F + v·D`` (vast deel ``F`` [EUR/jaar], variabel
``v`` [EUR/bezet etmaal]); resultaat ``R = P - K``.

Bron: ``docs/bezetting.md#financieringsvormen`` (regels A-I) en ``docs/methode.md#vast-en-variabel``
(opties A-C). Lineaire regels hebben de vorm ``P = a + b·D``; dan volgen verwachting en spreiding
exact uit de momenten van ``D`` (:func:`lineaire_momenten`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

Arr = NDArray[np.float64]


def _f(x: ArrayLike) -> Arr:
    return np.asarray(x, dtype=float)


def dagtarief(bezette_dagen: ArrayLike, tarief: ArrayLike) -> Arr:
    """A/B: tarief per bezet etmaal, ``P = p·D``. [EUR/jaar]"""
    return np.asarray(_f(tarief) * _f(bezette_dagen))


def beschikbaarheid(bezette_dagen: ArrayLike, vast_per_jaar: ArrayLike, variabel_per_etmaal: ArrayLike) -> Arr:
    """E (en D, tweeledig): vast bedrag voor de beschikbare plaatsen plus variabel per bezet etmaal.

    ``P = vast + v'·D`` (``docs/methode.md#vast-en-variabel`` optie B). [EUR/jaar]
    """
    return np.asarray(_f(vast_per_jaar) + _f(variabel_per_etmaal) * _f(bezette_dagen))


def leegstandsvergoeding(bezette_dagen: ArrayLike, capaciteit_etmalen: ArrayLike, tarief: ArrayLike,
                         percentage: ArrayLike, betaalbare_leegstand: ArrayLike | None = None,
                         max_dagen_per_jaar: ArrayLike = np.inf) -> Arr:
    """C/C′: dagtarief plus een vergoeding per leeg plaatsdag (percentage van het tarief). [EUR/jaar]

    ``P = p·D + q·p·min(V_b, V_max)``. ``V_b`` is de betaalbare leegstand: zonder maximum per gat
    alle lege plaatsdagen ``cT - D``; met een maximum ``g`` per gat ``Σ min(gat, g)`` (uit de Monte
    Carlo). ``V_max`` is het maximum per jaar [plaatsdagen].
    """
    d = _f(bezette_dagen)
    leeg = _f(capaciteit_etmalen) - d if betaalbare_leegstand is None else _f(betaalbare_leegstand)
    p = _f(tarief)
    return np.asarray(p * d + _f(percentage) * p * np.minimum(leeg, _f(max_dagen_per_jaar)))


def lumpsum(bezette_dagen: ArrayLike, bedrag: ArrayLike) -> Arr:
    """F: vast budget, onafhankelijk van de bezetting. [EUR/jaar]"""
    return np.asarray(_f(bedrag) + 0.0 * _f(bezette_dagen))


def corridor(bezette_dagen: ArrayLike, tarief: ArrayLike, norm_dagen: ArrayLike, deel: ArrayLike,
             band_dagen: ArrayLike = 0.0) -> Arr:
    """H: bandbreedte rond de norm; binnen de band het dagtarief, daarbuiten telt de afwijking voor ``deel``.

    ``P = p·[D* + x + s·(D - D* - x)]`` met ``x = clip(D - D*, -w, w)``; met ``w = 0`` is dit
    ``p·[D* + s·(D - D*)]`` (``docs/bezetting.md#financieringsvormen`` H). ``s = 1``: gewoon dagtarief; ``s = 0``: vast
    bedrag buiten de band. [EUR/jaar]
    """
    d, dn, w = _f(bezette_dagen), _f(norm_dagen), _f(band_dagen)
    x = np.clip(d - dn, -w, w)
    return np.asarray(_f(tarief) * (dn + x + _f(deel) * (d - dn - x)))


def garantie(bezette_dagen: ArrayLike, tarief: ArrayLike, minimum_dagen: ArrayLike) -> Arr:
    """G: dagtarief met een afnamegarantie, ``P = p·max(D, D_min)``. [EUR/jaar]"""
    return np.asarray(_f(tarief) * np.maximum(_f(bezette_dagen), _f(minimum_dagen)))


def plafond(bezette_dagen: ArrayLike, tarief: ArrayLike, maximum_dagen: ArrayLike) -> Arr:
    """I: dagtarief met een budgetplafond, ``P = p·min(D, D_max)``. [EUR/jaar]"""
    return np.asarray(_f(tarief) * np.minimum(_f(bezette_dagen), _f(maximum_dagen)))


def kosten(bezette_dagen: ArrayLike, vast_per_jaar: ArrayLike, variabel_per_etmaal: ArrayLike) -> Arr:
    """Kosten van de aanbieder ``K = F + v·D`` (``docs/bezetting.md#financieringsvormen``). [EUR/jaar]"""
    return np.asarray(_f(vast_per_jaar) + _f(variabel_per_etmaal) * _f(bezette_dagen))


MAANDEN_PER_PERIODE: dict[str, int] = {"maand": 1, "jaar": 12}
"""Afrekenperiode van een regel in maanden: per maand of per jaar."""


def afrekenen(regel: Callable[[Arr], Arr], voorschot: Callable[[Arr], Arr], dagen_per_maand: ArrayLike,
              maanden_per_periode: int) -> Arr:
    """Betaling per maand bij afrekening per periode van ``k`` maanden; de maanden staan op de laatste as.

    Een regel ``P(D)`` is een jaarregel [EUR/jaar bij D bezette plaatsdagen per jaar]. Over een periode van
    ``k`` maanden met ``D_k`` bezette plaatsdagen betaalt de gemeente ``(k/12)·P((12/k)·D_k)``: per maand
    (k = 1) ``P(12·D_m)/12``, per jaar (k = 12) ``P(D)``. Binnen een periode gaat elke maand een voorschot
    ``V(12·D_m)/12`` (een lineaire regel); in de laatste maand van de periode volgt de afrekening
    ``(k/12)·P((12/k)·D_k) - Σ voorschotten``. Een laatste, kortere periode wordt naar rato afgerekend.
    Zo is de som over een periode altijd de betaling van die periode, welk voorschot ook gekozen is.
    [EUR per maand]
    """
    d = _f(dagen_per_maand)
    n = d.shape[-1]
    uit = np.array(np.broadcast_to(voorschot(12.0 * d) / 12.0, d.shape), dtype=float)
    for begin in range(0, n, maanden_per_periode):
        eind = min(begin + maanden_per_periode, n)
        k = eind - begin
        dk = d[..., begin:eind].sum(axis=-1)
        periode = k / 12.0 * regel(12.0 / k * dk)
        uit[..., eind - 1] += periode - uit[..., begin:eind].sum(axis=-1)
    return uit


class Verdeling(NamedTuple):
    """Samenvatting van een steekproef of exacte momenten. Bedragen in [EUR/jaar]."""

    verwachting: Arr
    sd: Arr
    p5: Arr
    p95: Arr
    kans_negatief: Arr  # kans dat de grootheid < 0 is [/1]


def samenvatting(waarden: ArrayLike) -> Verdeling:
    """Verwachting, standaardafwijking, P5/P95 en kans op een negatieve waarde over de laatste as."""
    x = _f(waarden)
    p5, p95 = np.percentile(x, [5, 95], axis=-1)
    return Verdeling(x.mean(axis=-1), x.std(axis=-1, ddof=1), np.asarray(p5), np.asarray(p95),
                     (x < 0).mean(axis=-1))


def lineaire_momenten(a: ArrayLike, b: ArrayLike, verwachting_d: ArrayLike,
                      variantie_d: ArrayLike) -> tuple[Arr, Arr]:
    """Exacte ``E[a + bD]`` en ``SD(a + bD) = |b|·SD(D)`` (``docs/bezetting.md#financieringsvormen``). [EUR/jaar]"""
    bb = _f(b)
    return (np.asarray(_f(a) + bb * _f(verwachting_d)),
            np.asarray(np.abs(bb) * np.sqrt(np.maximum(_f(variantie_d), 0.0))))


def breakeven_bezetting(tarief: ArrayLike, vast_per_jaar: ArrayLike, variabel_per_etmaal: ArrayLike,
                        capaciteit_etmalen: ArrayLike) -> Arr:
    """Bezettingsgraad waarbij ``p·D = F + v·D``: ``u = F / (cT·(p - v))``; ``inf`` als ``p <= v``. [/1]"""
    marge = _f(tarief) - _f(variabel_per_etmaal)
    with np.errstate(divide="ignore", invalid="ignore"):
        u = _f(vast_per_jaar) / (_f(capaciteit_etmalen) * marge)
    return np.asarray(np.where(marge > 0, u, np.inf))
