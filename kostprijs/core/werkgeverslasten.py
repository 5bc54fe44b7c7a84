"""Werkgeverslasten van onderop: sociale premies over het loon, pensioen over het pensioengevend salaris.

In plaats van één percentage over het bruto jaarloon kan een model de werkgeverslasten opbouwen uit de
meegeleverde premies (``premies.werknemersverzekeringen``) en de PFZW-regeling (``pensioen.pfzw``):

* sociale premies = som van de premiepercentages x min(bruto jaarloon, maximumpremieloon);
* pensioen = werkgeversdeel x max(min(S, maximum pensioengevend salaris) - franchise, 0);
* arbeidsongeschiktheid (AP tot en met 2025, WIA-excedent vanaf 2026) = premie werkgever x
  max(min(S, maximum) - franchise, 0);

met ``S`` het pensioengevend salaris: basisjaarsalaris + vakantietoeslag + eindejaarsuitkering.

Bronnen: PFZW, premie berekenen (premie = (pensioengevend jaarsalaris - franchise) x deeltijdfactor x
premie; pensioengevend salaris inclusief vakantietoeslag en eindejaarsuitkering); maximumpremieloon
werknemersverzekeringen (Belastingdienst, via de meegeleverde parameters). Per fte gerekend, dus alsof
elke fte één voltijder is [I]: bij deeltijders bereikt het loon het maximum later, het verschil is klein.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

Arr = NDArray[np.float64]


class Opbouw(NamedTuple):
    """De delen van de werkgeverslasten per fte per jaar. [EUR/jaar]"""

    sociale_premies: Arr
    pensioen: Arr
    arbeidsongeschiktheid: Arr
    totaal: Arr


def _f(x: ArrayLike) -> Arr:
    return np.asarray(x, dtype=float)


def werkgeverslasten_opbouw(
    bruto_per_jaar: ArrayLike,
    pensioengevend_per_jaar: ArrayLike,
    premie_sociaal: ArrayLike,
    maximumpremieloon: ArrayLike,
    pensioen_werkgeversdeel: ArrayLike,
    pensioen_franchise: ArrayLike,
    pensioen_maximum: ArrayLike,
    ao_premie_werkgever: ArrayLike,
    ao_franchise: ArrayLike,
) -> Opbouw:
    """Werkgeverslasten per fte uit premies en pensioen. [EUR/jaar]

    Parameters
    ----------
    bruto_per_jaar : bruto jaarloon (basis + vakantietoeslag + eindejaarsuitkering + ORT) [EUR/jaar]
    pensioengevend_per_jaar : basis + vakantietoeslag + eindejaarsuitkering [EUR/jaar]
    premie_sociaal : som van de werkgeverspremies werknemersverzekeringen en Zvw [/1]
    maximumpremieloon : loon waarboven geen premie wordt geheven [EUR/jaar]
    pensioen_werkgeversdeel : werkgeversdeel van de pensioenpremie [/1]
    pensioen_franchise, pensioen_maximum : franchise en maximum pensioengevend salaris [EUR/jaar]
    ao_premie_werkgever, ao_franchise : premie en franchise van AP of WIA-excedent [/1, EUR/jaar]

    Examples
    --------
    >>> o = werkgeverslasten_opbouw(60000, 55000, 0.18, 79409, 0.134, 16657, 137800, 0.005, 28400)
    >>> round(float(o.sociale_premies), 2), round(float(o.pensioen), 2), round(float(o.arbeidsongeschiktheid), 2)
    (10800.0, 5137.96, 133.0)
    """
    sv = np.minimum(_f(bruto_per_jaar), _f(maximumpremieloon))
    s = np.minimum(_f(pensioengevend_per_jaar), _f(pensioen_maximum))
    sociaal = _f(premie_sociaal) * sv
    pensioen = _f(pensioen_werkgeversdeel) * np.maximum(s - _f(pensioen_franchise), 0.0)
    ao = _f(ao_premie_werkgever) * np.maximum(s - _f(ao_franchise), 0.0)
    return Opbouw(sociaal, pensioen, ao, sociaal + pensioen + ao)
