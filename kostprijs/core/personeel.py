"""Loonkosten per fte en personeelskosten per jaar.

Bron: ``docs/methode.md#loonkosten``; CAO Jeugdzorg 7.3 (vakantietoeslag 8%, met minimum per maand),
7.2 (eindejaarsuitkering, percentage op te geven), 8.1 (ORT op een gemaximeerd uurloon).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

MAANDEN_PER_JAAR = 12


class Bruto(NamedTuple):
    """Van maandsalaris tot bruto jaarloon van één fte; elk veld in [EUR/jaar]."""

    basis: NDArray[np.float64]
    vakantietoeslag: NDArray[np.float64]
    eindejaarsuitkering: NDArray[np.float64]
    ort: NDArray[np.float64]
    bruto: NDArray[np.float64]


class KostenPerFte(NamedTuple):
    """Opbouw van de loonkosten van één fte per jaar; elk veld in [EUR/jaar]."""

    basis: NDArray[np.float64]
    vakantietoeslag: NDArray[np.float64]
    eindejaarsuitkering: NDArray[np.float64]
    ort: NDArray[np.float64]
    bruto: NDArray[np.float64]
    werkgeverslasten: NDArray[np.float64]
    overige: NDArray[np.float64]
    totaal: NDArray[np.float64]


def _f(x: ArrayLike) -> NDArray[np.float64]:
    return np.asarray(x, dtype=float)


def bruto_per_fte(
    maandsalaris: ArrayLike,
    vakantietoeslag: ArrayLike,
    vakantietoeslag_minimum_per_maand: ArrayLike,
    eindejaarsuitkering: ArrayLike,
    ort_per_jaar: ArrayLike,
) -> Bruto:
    """Bruto jaarloon van één fte: basis, vakantietoeslag, eindejaarsuitkering en ORT. [EUR/jaar]

    Parameters
    ----------
    maandsalaris : bruto maandsalaris bij een volledige fte [EUR/maand]
    vakantietoeslag : fractie van het basisjaarsalaris (CAO Jeugdzorg 7.3: 0,08) [/1]
    vakantietoeslag_minimum_per_maand : minimum vakantietoeslag per maand [EUR/maand]
    eindejaarsuitkering : fractie van het basisjaarsalaris [/1]
    ort_per_jaar : onregelmatigheidstoeslag per fte [EUR/jaar]

    Notes
    -----
    ``basis = 12 x maandsalaris``; ``VT = max(vt x basis, 12 x VT_min)``; ``EJU = eju x basis``;
    ``bruto = basis + VT + EJU + ORT`` (CAO Jeugdzorg 1.9 jaarinkomen, 7.2, 7.3, 8.1).

    >>> round(float(bruto_per_fte(3500, 0.08, 0, 0.0833, 2940).bruto), 2)
    51798.6
    """
    basis = _f(maandsalaris) * MAANDEN_PER_JAAR
    vt = np.maximum(_f(vakantietoeslag) * basis, _f(vakantietoeslag_minimum_per_maand) * MAANDEN_PER_JAAR)
    eju = _f(eindejaarsuitkering) * basis
    ort = _f(ort_per_jaar) + np.zeros_like(basis)
    return Bruto(basis, vt, eju, ort, basis + vt + eju + ort)


def kosten_per_fte(
    maandsalaris: ArrayLike,
    vakantietoeslag: ArrayLike,
    vakantietoeslag_minimum_per_maand: ArrayLike,
    eindejaarsuitkering: ArrayLike,
    ort_per_jaar: ArrayLike,
    werkgeverslasten: ArrayLike,
    overige_personeelskosten: ArrayLike,
) -> KostenPerFte:
    """Loonkosten per fte per jaar met werkgeverslasten als percentage. [EUR/jaar]

    ``totaal = bruto x (1 + werkgeverslasten + overige)``, beide als fractie van het bruto jaarloon
    (zie :func:`bruto_per_fte`; werkgeverslasten van onderop: :mod:`kostprijs.core.werkgeverslasten`).

    >>> k = kosten_per_fte(3500, 0.08, 0, 0.0833, 0.07 * 42000, 0.27, 0.03)
    >>> round(float(k.totaal), 2)
    67338.18
    """
    b = bruto_per_fte(maandsalaris, vakantietoeslag, vakantietoeslag_minimum_per_maand, eindejaarsuitkering,
                      ort_per_jaar)
    wgl = b.bruto * _f(werkgeverslasten)
    ov = b.bruto * _f(overige_personeelskosten)
    return KostenPerFte(*b, wgl, ov, b.bruto + wgl + ov)


def ort_per_fte_uit_tabel(
    ort_gewogen_uren_per_jaar: ArrayLike,
    maandsalaris: ArrayLike,
    uurloon_deler: ArrayLike,
    maximum_uurloon: ArrayLike,
    fte_eigen_personeel: ArrayLike,
    doorbetaling_factor: ArrayLike = 1.0,
) -> NDArray[np.float64]:
    """ORT per fte uit de ORT-gewogen roosteruren en het gemaximeerde uurloon. [EUR/jaar]

    Notes
    -----
    ``uurloon = min(maandsalaris / deler, maximum)``; ``ORT_totaal = Σ(uren x percentage) x
    uurloon x doorbetaling``; ``ORT per fte = ORT_totaal / fte``. De ORT-gewogen uren zijn die van
    het eigen personeel (na aftrek van inhuur). CAO Jeugdzorg 8.1: uurloon gemaximeerd op schaal 5,
    periodiek 11; de deler (156 = 36 x 52 / 12) is [I].
    """
    uurloon = np.minimum(_f(maandsalaris) / _f(uurloon_deler), _f(maximum_uurloon))
    totaal = _f(ort_gewogen_uren_per_jaar) * uurloon * _f(doorbetaling_factor)
    return np.asarray(totaal / _f(fte_eigen_personeel))


def inhuurkosten_per_jaar(
    roosteruren_per_jaar: ArrayLike, inhuur_aandeel: ArrayLike, uurtarief: ArrayLike
) -> NDArray[np.float64]:
    """Kosten van ingehuurd personeel (PNIL) voor een deel van de roosteruren. [EUR/jaar]

    ``inhuur = roosteruren x aandeel x uurtarief`` (het uurtarief is all-in, zonder ORT).
    """
    return np.asarray(_f(roosteruren_per_jaar) * _f(inhuur_aandeel) * _f(uurtarief))
