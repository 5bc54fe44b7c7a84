"""Huisvestingslasten: kapitaallasten van gebouw en inventaris.

Bron: ``docs/methode.md#huisvesting``: lineaire afschrijving; rente over de boekwaarde aan het begin
van het jaar of over het gemiddeld geïnvesteerd vermogen (de helft van de investering). [I]
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray


class Kapitaallasten(NamedTuple):
    """Afschrijving en rente per jaar; elk veld in [EUR/jaar]."""

    afschrijving: NDArray[np.float64]
    rente: NDArray[np.float64]


def kapitaallasten(
    investering: ArrayLike,
    afschrijvingstermijn_jaren: ArrayLike,
    rentepercentage: ArrayLike,
    restwaarde: ArrayLike = 0.0,
    rente_over_gemiddeld_vermogen: ArrayLike = True,
) -> Kapitaallasten:
    """Kapitaallasten van een investering per jaar. [EUR/jaar]

    Notes
    -----
    ``afschrijving = (investering - restwaarde) / termijn``;
    ``rente = rentepercentage x (investering + restwaarde) / 2`` (gemiddeld vermogen) of
    ``rentepercentage x investering`` (boekwaarde bij aanvang, eerste jaar). De keuze
    ``rente_over_gemiddeld_vermogen`` (waar/onwaar, of 1/0 per investering) broadcast mee.

    Examples
    --------
    >>> k = kapitaallasten(30000, 5, 0.04)
    >>> float(k.afschrijving), float(k.rente)
    (6000.0, 600.0)
    """
    inv = np.asarray(investering, dtype=float)
    rest = np.asarray(restwaarde, dtype=float)
    afschrijving = (inv - rest) / np.asarray(afschrijvingstermijn_jaren, dtype=float)
    pct = np.asarray(rentepercentage, dtype=float)
    rente = np.where(np.asarray(rente_over_gemiddeld_vermogen, dtype=bool), pct * ((inv + rest) / 2.0), pct * inv)
    return Kapitaallasten(np.asarray(afschrijving), np.asarray(rente))
