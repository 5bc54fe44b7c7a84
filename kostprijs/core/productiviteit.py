"""Van contracturen naar netto inzetbare (productieve) uren per fte.

Bron: ``docs/methode.md#productiviteit``; CAO Jeugdzorg 6.1 (36 uur), 9.1/9.2 (200 verlofuren), 9.7
(feestdagen).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray


def contracturen_per_fte(uren_per_week: ArrayLike, weken_per_jaar: ArrayLike) -> NDArray[np.float64]:
    """Contracturen per fte per jaar: ``uren_per_week x weken_per_jaar``. [uur/jaar]

    >>> round(float(contracturen_per_fte(36, 365 / 7)), 4)
    1877.1429
    """
    return np.asarray(np.asarray(uren_per_week, dtype=float) * np.asarray(weken_per_jaar, dtype=float))


def netto_uren_per_fte(
    contracturen: ArrayLike,
    verlofuren: ArrayLike,
    feestdagen_op_werkdag: ArrayLike,
    uren_per_feestdag: ArrayLike,
    verzuimpercentage: ArrayLike,
    scholingsuren: ArrayLike,
    overleguren: ArrayLike,
    overige_uren: ArrayLike = 0.0,
) -> NDArray[np.float64]:
    """Netto inzetbare uren per fte per jaar. [uur/jaar]

    Notes
    -----
    ``H_netto = H_contract - verlof - feestdagen x uren_per_feestdag - verzuim x H_contract
    - scholing - overleg - overig`` (``docs/methode.md#productiviteit``). Verzuim is een fractie van de contracturen.

    Examples
    --------
    >>> h = contracturen_per_fte(36, 365 / 7)
    >>> round(float(netto_uren_per_fte(h, 200, 7, 7.2, 0.075, 36, 48)), 4)
    1401.9571
    """
    h = np.asarray(contracturen, dtype=float)
    return np.asarray(
        h
        - np.asarray(verlofuren, dtype=float)
        - np.asarray(feestdagen_op_werkdag, dtype=float) * np.asarray(uren_per_feestdag, dtype=float)
        - np.asarray(verzuimpercentage, dtype=float) * h
        - np.asarray(scholingsuren, dtype=float)
        - np.asarray(overleguren, dtype=float)
        - np.asarray(overige_uren, dtype=float)
    )


def fte_uit_uren(uren_per_jaar: ArrayLike, netto_uren: ArrayLike) -> NDArray[np.float64]:
    """Benodigde formatie voor ``uren_per_jaar`` roosteruren: ``uren / H_netto``. [fte]

    >>> round(float(fte_uit_uren(11054.285714285714, 1401.9571428571428)), 4)
    7.8849
    """
    return np.asarray(np.asarray(uren_per_jaar, dtype=float) / np.asarray(netto_uren, dtype=float))
