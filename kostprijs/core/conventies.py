"""Conventies die de uitkomst veranderen, op één plek: weken per jaar, overhead en risico omrekenen.

Invoermodel, rekenkern, werkboek en kostprijsonderzoek lezen deze definities hier; nergens anders
staat een omrekening van overhead of risico (les van Haaglanden: twee studies met andere definities
worden nooit stil vergeleken, ``docs/methode.md``).

Bronnen: overhead ``o = s / (1 - s)`` en ``s = o / (1 + o)`` (docs/methode.md, overhead); risico als
aandeel ``r`` van het tariefbudget is een opslag ``r / (1 - r)`` op de kostprijs (zelfde identiteit).
"""

from __future__ import annotations

from typing import Final

import numpy as np
from numpy.typing import ArrayLike, NDArray

WEKEN_PER_JAAR: Final[dict[str, float]] = {"365/7": 365 / 7, "365.25/7": 365.25 / 7, "52": 52.0}
"""Weken per jaar per conventie: 365/7 = 52,142857 (kalenderjaar), 365,25/7 of 52. [weken/jaar]"""

WEKEN_TEKST: Final[dict[str, str]] = {
    "365/7": "365/7 weken (kalenderjaar, 52,142857)",
    "365.25/7": "365,25/7 weken (gemiddeld jaar met schrikkeldag, 52,178571)",
    "52": "52 weken",
}
"""De weekconventies in woorden, voor uitvoer."""


def opslag_uit_aandeel(aandeel: ArrayLike) -> NDArray[np.float64]:
    """Opslag op de grondslag die hoort bij een aandeel ``s`` van het totaal: ``s/(1-s)``. [/1]

    >>> round(float(opslag_uit_aandeel(0.25)), 6)
    0.333333
    """
    s = np.asarray(aandeel, dtype=float)
    return np.asarray(s / (1.0 - s))


def aandeel_uit_opslag(opslag: ArrayLike) -> NDArray[np.float64]:
    """Aandeel van het totaal dat hoort bij een opslag ``o`` op de grondslag: ``o/(1+o)``. [/1]

    >>> float(aandeel_uit_opslag(0.25))
    0.2
    """
    o = np.asarray(opslag, dtype=float)
    return np.asarray(o / (1.0 + o))


def overhead_opslag(percentage: ArrayLike, is_aandeel_van_totaal: ArrayLike) -> NDArray[np.float64]:
    """Overhead als opslag op de grondslag, uit het percentage in de gekozen conventie. [/1]

    ``is_aandeel_van_totaal`` is 1 bij de conventie 'aandeel van het totaal' (dan ``s/(1-s)``) en 0
    bij 'opslag op de directe kosten' (dan het percentage zelf).

    >>> round(float(overhead_opslag(0.25, 1)), 6), float(overhead_opslag(0.25, 0))
    (0.333333, 0.25)
    """
    p = np.asarray(percentage, dtype=float)
    return np.asarray(np.where(np.asarray(is_aandeel_van_totaal) > 0, opslag_uit_aandeel(p), p))


def risico_opslag(percentage: ArrayLike, is_aandeel_van_tarief: ArrayLike) -> NDArray[np.float64]:
    """Risico-opslag op de (geïndexeerde) kostprijs, uit het percentage in de gekozen grondslag. [/1]

    Bij grondslag 'tarief' is ``r`` het aandeel van het tariefbudget: opslag ``r/(1-r)``.

    >>> round(float(risico_opslag(0.03, 1)), 8), float(risico_opslag(0.03, 0))
    (0.03092784, 0.03)
    """
    r = np.asarray(percentage, dtype=float)
    return np.asarray(np.where(np.asarray(is_aandeel_van_tarief) > 0, r / (1.0 - r), r))
