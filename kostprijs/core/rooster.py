"""Van rooster naar roosteruren en ORT-gewogen uren.

Bron: ``docs/methode.md#rooster``; CAO Jeugdzorg 6.4.3 (slaap- en waakdienst 6-8 uur), 8.3 (de
helft van de uren van een slaap- of waakdienst als betaalde tijd) en 8.1 (ORT-banden; uren van een
slaapdienst tellen niet mee voor ORT).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from numpy.typing import ArrayLike, NDArray

MINUTEN_PER_DAG = 1440
MINUTEN_PER_WEEK = 7 * MINUTEN_PER_DAG


def dienstduur_uren(begin_minuut: int, eind_minuut: int) -> float:
    """Duur van een dienst die op ``begin_minuut`` begint en op ``eind_minuut`` eindigt. [uur]

    Een eindtijd vóór de begintijd loopt over middernacht: 23:00-07:00 duurt 8 uur.

    >>> dienstduur_uren(23 * 60, 7 * 60)
    8.0
    """
    return ((eind_minuut - begin_minuut) % MINUTEN_PER_DAG) / 60.0


def roosteruren_per_dienst(
    uren_per_dienst: ArrayLike,
    personeel: ArrayLike,
    dagen_per_week: ArrayLike,
    telfactor: ArrayLike,
    weken_per_jaar: ArrayLike,
) -> NDArray[np.float64]:
    """Te betalen roosteruren per jaar van elke dienst: ``h x n x d x f x W``. [uur/jaar]

    De laatste as van de dienst-argumenten is de as van de diensten; ``weken_per_jaar`` heeft die as
    niet en broadcast over de voorloop-assen (het raster).

    >>> roosteruren_per_dienst([8, 8], [1, 2], [7, 7], [1, 0.5], 52).tolist()
    [2912.0, 2912.0]
    """
    return np.asarray(
        np.asarray(uren_per_dienst, dtype=float)
        * np.asarray(personeel, dtype=float)
        * np.asarray(dagen_per_week, dtype=float)
        * np.asarray(telfactor, dtype=float)
        * np.asarray(weken_per_jaar, dtype=float)[..., None]
    )


def roosteruren_per_jaar(
    uren_per_dienst: ArrayLike,
    personeel: ArrayLike,
    dagen_per_week: ArrayLike,
    telfactor: ArrayLike,
    weken_per_jaar: ArrayLike,
) -> NDArray[np.float64]:
    """Te betalen roosteruren per jaar van een reeks diensten. [uur/jaar]

    Parameters
    ----------
    uren_per_dienst : duur van elke dienst [uur]
    personeel : aantal medewerkers tegelijk in elke dienst [-]
    dagen_per_week : dagen per week waarop de dienst draait [dagen/week]
    telfactor : deel van de uren dat als betaalde tijd telt (wakker 1,0; slaap 0,5 volgens
        CAO Jeugdzorg 8.3) [/1]
    weken_per_jaar : weken per jaar volgens de gekozen conventie (365/7) [weken/jaar]

    Notes
    -----
    ``roosteruren = Σ_s h_s · n_s · d_s · f_s · W`` (``docs/methode.md#rooster``). De laatste as van de
    dienst-argumenten is de as van de diensten; ``weken_per_jaar`` broadcast daarbuiten.

    Examples
    --------
    >>> round(float(roosteruren_per_jaar([8, 8, 8, 8], [1, 2, 1, 1], [7, 7, 2, 7], [1, 1, 1, 0.5], 365 / 7)), 4)
    11054.2857
    """
    return np.asarray(roosteruren_per_dienst(uren_per_dienst, personeel, dagen_per_week, telfactor,
                                             weken_per_jaar).sum(axis=-1))


def ort_weekraster(banden: Iterable[tuple[Sequence[int], int, int, float]]) -> NDArray[np.float64]:
    """ORT-percentage voor elke minuut van de week (maandag 00:00 = minuut 0). [/1]

    Elke band is ``(weekdagen, van_minuut, tot_minuut, percentage)`` met weekdagen 0 = maandag. Een
    band met ``tot <= van`` loopt over middernacht door tot ``tot`` op de volgende dag. Overlappen
    banden, dan geldt het hoogste percentage (een medewerker krijgt één toeslag per uur).
    """
    raster = np.zeros(MINUTEN_PER_WEEK)
    for dagen, van, tot, pct in banden:
        lengte = (tot - van) % MINUTEN_PER_DAG or MINUTEN_PER_DAG
        for dag in dagen:
            start = dag * MINUTEN_PER_DAG + van
            idx = np.arange(start, start + lengte) % MINUTEN_PER_WEEK
            raster[idx] = np.maximum(raster[idx], pct)
    return raster


def ort_gewogen_uren_per_week(
    raster: NDArray[np.float64], dagen: Sequence[int], begin_minuut: int, duur_uren: float
) -> float:
    """Som van (uren x ORT-percentage) van één medewerker in één dienst, per week. [uur/week]

    De dienst begint op elk van ``dagen`` (0 = maandag) om ``begin_minuut`` en duurt ``duur_uren``;
    minuten na middernacht vallen op de volgende dag (zondagnacht loopt door in maandag).
    """
    lengte = round(duur_uren * 60)
    totaal = 0.0
    for dag in dagen:
        start = dag * MINUTEN_PER_DAG + begin_minuut
        idx = np.arange(start, start + lengte) % MINUTEN_PER_WEEK
        totaal += float(raster[idx].sum())
    return totaal / 60.0
