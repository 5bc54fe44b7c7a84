"""Indexering van een tarief naar een volgend jaar: VNG-gewogen, per component, nacalculatie, tariefpad.

Pure functies over floats en numpy-arrays (alles broadcast). Bron: ``docs/methode.md#indexering``;
de VNG-cijfers staan als gedateerde parameters in ``vng.indexatie.*``.

- VNG-gewogen: één index ``w x OVA + (1 - w) x PCC`` (w = 0,90) voor het hele tarief.
- Per component: personeel en overhead met de loonindex, cliëntkosten en huisvesting met de
  prijsindex (zo doet :func:`kostprijs.core.tarief.tariefopbouw` het met ``index_loon`` en
  ``index_prijs``).
- Nacalculatie: de correctie als een voorlopig indexcijfer later door het definitieve wordt vervangen.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

Arr = NDArray[np.float64]


def _f(x: ArrayLike) -> Arr:
    return np.asarray(x, dtype=float)


def gewogen_index(loonindex: ArrayLike, prijsindex: ArrayLike, weging_loon: ArrayLike = 0.9) -> Arr:
    """VNG-gewogen index: ``w x loonindex + (1 - w) x prijsindex``. [/1]

    >>> round(float(gewogen_index(0.0418, 0.0182, 0.9)), 5)
    0.03944
    """
    w = _f(weging_loon)
    return np.asarray(w * _f(loonindex) + (1.0 - w) * _f(prijsindex))


def nacalculatie(voorlopig: ArrayLike, definitief: ArrayLike,
                 methode: Literal["verschil", "verhouding"] = "verhouding") -> Arr:
    """Correctie als het voorlopige indexcijfer ``p`` wordt vervangen door het definitieve ``f``. [/1]

    ``verhouding``: ``(1 + f) / (1 + p) - 1``, de exacte factor waarmee een met ``p`` geïndexeerd
    tarief alsnog op ``f`` komt. ``verschil``: ``f - p``, de benadering in procentpunten. VNG gebruikte
    de verhouding voor 2023 (1,60%) en het verschil voor 2024 (1,013%, tabel van 2 oktober 2024).

    >>> round(float(nacalculatie(0.0475, 0.0643)), 4)
    0.016
    >>> round(float(nacalculatie(0.04697, 0.0571, "verschil")), 5)
    0.01013
    """
    p, f = _f(voorlopig), _f(definitief)
    if methode == "verschil":
        return np.asarray(f - p)
    return np.asarray((1.0 + f) / (1.0 + p) - 1.0)


def aanbiederindex(index_voorlopig: ArrayLike, nacalculatie_vorig_jaar: ArrayLike,
                   methode: Literal["optellen", "vermenigvuldigen"] = "optellen") -> Arr:
    """Index voor het nieuwe jaar inclusief nacalculatie over het vorige jaar. [/1]

    ``optellen`` is de VNG-publicatie (2025: 3,944% + 1,013% = 4,96%); ``vermenigvuldigen`` is exact:
    ``(1 + i) x (1 + c) - 1``.

    >>> round(float(aanbiederindex(0.03944, 0.01013)), 4)
    0.0496
    """
    i, c = _f(index_voorlopig), _f(nacalculatie_vorig_jaar)
    if methode == "vermenigvuldigen":
        return np.asarray((1.0 + i) * (1.0 + c) - 1.0)
    return np.asarray(i + c)


def index_per_component(methode: Literal["vng_gewogen", "per_component"], loonindex: ArrayLike,
                        prijsindex: ArrayLike, weging_loon: ArrayLike = 0.9) -> tuple[Arr, Arr]:
    """``(index_loon, index_prijs)`` voor :func:`kostprijs.core.tarief.tariefopbouw`. [/1]

    Bij ``vng_gewogen`` krijgen alle componenten dezelfde gewogen index; bij ``per_component`` gaan
    personeel en overhead met de loonindex en cliëntkosten en huisvesting met de prijsindex.
    """
    if methode == "vng_gewogen":
        g = gewogen_index(loonindex, prijsindex, weging_loon)
        return g, g.copy()
    return _f(loonindex) + 0.0, _f(prijsindex) + 0.0


def indexeer_per_component(loondeel: ArrayLike, prijsdeel: ArrayLike, index_loon: ArrayLike,
                           index_prijs: ArrayLike) -> Arr:
    """Geïndexeerd bedrag: ``loondeel x (1 + i_loon) + prijsdeel x (1 + i_prijs)``. [EUR]"""
    return np.asarray(_f(loondeel) * (1.0 + _f(index_loon)) + _f(prijsdeel) * (1.0 + _f(index_prijs)))


def tariefpad(tarief: ArrayLike, indexen: ArrayLike) -> Arr:
    """Tarief over meerdere jaren: ``tarief x cumprod(1 + index)``; eerste element is het basisjaar. [EUR]

    ``indexen`` heeft de jaren op de laatste as; de uitkomst is één langer (basisjaar vooraan).

    >>> [round(float(x), 2) for x in tariefpad(100.0, [0.05, 0.02])]
    [100.0, 105.0, 107.1]
    """
    i = _f(indexen)
    factoren = np.cumprod(1.0 + i, axis=-1)
    een = np.ones((*factoren.shape[:-1], 1))
    return np.asarray(_f(tarief)[..., None] * np.concatenate([een, factoren], axis=-1))


def gecorrigeerd_tarief(tarief: ArrayLike, voorlopig: ArrayLike, definitief: ArrayLike) -> Arr:
    """Tarief dat met een voorlopige index is berekend, herberekend met de definitieve. [EUR]

    ``tarief x (1 + definitief) / (1 + voorlopig)``.
    """
    return np.asarray(_f(tarief) * (1.0 + _f(definitief)) / (1.0 + _f(voorlopig)))
