"""Afronding van gerapporteerde geldbedragen: de enige plek waar kostprijs afrondt.

Regel: rekenkundig afronden (half van nul af), zoals Excel's ``ROUND``/``AFRONDEN`` en
``decimal.ROUND_HALF_UP``. De float wordt eerst op 15 significante cijfers bekeken, zoals Excel en
LibreOffice doen; zo geeft ``2.675`` -> ``2.68`` en ``1.005`` -> ``1.01``, net als in het werkboek.

Bron: ``docs/methode.md#afronding`` (LibreOffice-experiment, 11/11 gelijk met deze regel).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import numpy as np
from numpy.typing import ArrayLike, NDArray


def rond_af_decimal(waarde: float, decimalen: int = 2) -> Decimal:
    """Rond één bedrag rekenkundig af en geef een exacte ``Decimal``. [EUR]

    >>> rond_af_decimal(2.675)
    Decimal('2.68')
    >>> rond_af_decimal(-0.125)
    Decimal('-0.13')
    """
    x = float(waarde)
    if not np.isfinite(x):
        raise ValueError(f"kan niet-eindig getal {x!r} niet afronden")
    stap = Decimal(1).scaleb(-decimalen)
    return Decimal(f"{x:.15g}").quantize(stap, rounding=ROUND_HALF_UP)


def rond_af(waarde: float, decimalen: int = 2) -> float:
    """Rond één bedrag rekenkundig af op ``decimalen`` (standaard centen). [EUR]

    >>> rond_af(1.005)
    1.01
    """
    return float(rond_af_decimal(waarde, decimalen))


def rond_af_array(waarden: ArrayLike, decimalen: int = 2) -> NDArray[np.float64]:
    """Als :func:`rond_af`, elementgewijs over een array (voor rapportages van scenario's). [EUR]"""
    arr = np.asarray(waarden, dtype=float)
    uit = np.empty_like(arr)
    for idx, x in np.ndenumerate(arr):
        uit[idx] = rond_af(float(x), decimalen)
    return uit
