"""Overhead: de twee conventies (aandeel van het totaal, opslag op direct) en de omrekening.

Bron: ``reference/methode.md`` §2.3: ``o = s / (1 - s)`` en ``s = o / (1 + o)``.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray


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
