"""Spreiding over aanbieders: n, gemiddelde, mediaan, gewogen gemiddelden, kwartielen, min/max.

Pure numpy-functies, zonder pydantic of bestanden. Regels:

- **onderdrukking**: een groep met minder dan :data:`MIN_N` aanbieders krijgt geen cijfers
  (vertrouwelijkheid; ``docs/onderzoek.md`` noemt n < 3 of 5);
- **kwartielen**: lineaire interpolatie tussen de geordende waarden (numpy ``linear`` = Excel
  ``KWARTIEL.INC``/``QUARTILE.INC``);
- **uitschieters**: de regel van Tukey: buiten ``[Q1 - 1,5 x IQR, Q3 + 1,5 x IQR]``;
- **gewogen gemiddelde**: ``Σ w·x / Σ w`` met als gewicht het aantal plaatsen of de bezette etmalen.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

MIN_N = 3
TUKEY_K = 1.5


@dataclass(frozen=True)
class Spreiding:
    """Spreiding van één maat in één groep; alle waarden ``None`` als de groep onderdrukt is."""

    n: int
    onderdrukt: bool
    gemiddelde: float | None = None
    mediaan: float | None = None
    gewogen_plaatsen: float | None = None
    gewogen_etmalen: float | None = None
    q1: float | None = None
    q3: float | None = None
    minimum: float | None = None
    maximum: float | None = None

    def als_dict(self) -> dict[str, float | int | bool | None]:
        """Voor JSON."""
        return asdict(self)


def spreiding(waarden: ArrayLike, plaatsen: ArrayLike, etmalen: ArrayLike, min_n: int = MIN_N) -> Spreiding:
    """Beschrijf ``waarden`` (één per aanbieder), gewogen met ``plaatsen`` en ``etmalen``.

    >>> s = spreiding([1.0, 2.0, 3.0, 4.0], [1, 1, 1, 1], [1, 1, 1, 5])
    >>> s.mediaan, s.q1, s.q3, s.gewogen_etmalen
    (2.5, 1.75, 3.25, 3.25)
    """
    x = np.asarray(waarden, dtype=float)
    n = int(x.size)
    if n < min_n:
        return Spreiding(n=n, onderdrukt=True)
    q1, mediaan, q3 = (float(v) for v in np.quantile(x, [0.25, 0.5, 0.75], method="linear"))
    return Spreiding(
        n=n, onderdrukt=False, gemiddelde=float(x.mean()), mediaan=mediaan,
        gewogen_plaatsen=_gewogen(x, plaatsen), gewogen_etmalen=_gewogen(x, etmalen),
        q1=q1, q3=q3, minimum=float(x.min()), maximum=float(x.max()),
    )


def _gewogen(x: NDArray[np.float64], gewichten: ArrayLike) -> float:
    w = np.asarray(gewichten, dtype=float)
    return float((w * x).sum() / w.sum())


def uitschieters(waarden: ArrayLike, k: float = TUKEY_K, min_n: int = MIN_N) -> NDArray[np.bool_]:
    """Welke waarden buiten de Tukey-grenzen ``Q1 - k·IQR`` en ``Q3 + k·IQR`` vallen.

    Bij minder dan ``min_n`` waarden wordt niets gemarkeerd.

    >>> uitschieters([10, 11, 12, 13, 50]).tolist()
    [False, False, False, False, True]
    """
    x = np.asarray(waarden, dtype=float)
    if x.size < min_n:
        return np.zeros(x.shape, dtype=bool)
    q1, q3 = np.quantile(x, [0.25, 0.75], method="linear")
    iqr = q3 - q1
    return np.asarray((x < q1 - k * iqr) | (x > q3 + k * iqr))
