"""Vrije regels voor diensten en functies: het werkboek rekent ze mee, leeg tellen ze 0.

Het tabblad Uitgangspunten heeft meer regels voor diensten en functies dan het model (minstens
:data:`kostprijs.excel.velden.MIN_DIENSTEN` en ``MIN_FUNCTIES``). De formules uit de tabel van figuren
lopen over alle regels. De opgeslagen waarden van die cellen rekent de kern zelf uit: de invoer van de
kern krijgt voor elke vrije regel een dienst of functie met alleen nullen (geen uren, geen salaris, geen
formatie), en :func:`kostprijs.core.keten.opbouw` rekent de hele opbouw opnieuw. Omdat de kern sommen
van links naar rechts optelt en ``x + 0.0 == x``, blijven alle totalen bit voor bit gelijk aan die van het
resultaat; alleen de cellen van de vrije regels komen erbij.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from kostprijs.core.keten import KernInvoer, Opbouw, opbouw
from kostprijs.oplossen import Structuur


def _aanvullen(x: object, aantal: int) -> np.ndarray:
    a = np.asarray(x, dtype=float)
    extra = aantal - a.shape[-1]
    if extra <= 0:
        return a
    return np.concatenate([a, np.zeros((*a.shape[:-1], extra))], axis=-1)


def kern_met_vrije_regels(kern: KernInvoer, diensten: int, functies: int) -> KernInvoer:
    """De invoer van de kern met ``diensten`` diensten en ``functies`` functies; de extra zijn nullen."""
    velden: dict[str, object] = {}
    for veld in dataclasses.fields(kern):
        if veld.name.startswith("dienst_"):
            velden[veld.name] = _aanvullen(getattr(kern, veld.name), diensten)
        elif veld.name.startswith("functie_"):
            velden[veld.name] = _aanvullen(getattr(kern, veld.name), functies)
    return dataclasses.replace(kern, **velden)  # type: ignore[arg-type]


def structuur_met_vrije_regels(s: Structuur, diensten: int, functies: int) -> Structuur:
    """De vorm van het model met lege namen voor de vrije regels."""
    nd, nf = diensten - len(s.diensten), functies - len(s.functies)
    return dataclasses.replace(
        s, diensten=(*s.diensten, *[""] * nd), dienst_soorten=(*s.dienst_soorten, *[""] * nd),
        functies=(*s.functies, *[""] * nf), functie_soorten=(*s.functie_soorten, *[""] * nf),
        functie_amvb=(*s.functie_amvb, *[""] * nf), functie_ort=(*s.functie_ort, *["geen"] * nf),
        functie_inhuur=(*s.functie_inhuur, *[False] * nf))


def aantallen(s: Structuur) -> tuple[int, int]:
    """Regels voor diensten en functies in het werkboek van een model met deze vorm."""
    from kostprijs.excel.velden import MIN_DIENSTEN, MIN_FUNCTIES, regels

    return regels(len(s.diensten), MIN_DIENSTEN), regels(len(s.functies), MIN_FUNCTIES)


def werkboekstructuur(s: Structuur) -> Structuur:
    """De vorm van het werkboek: het model met zijn vrije regels."""
    return structuur_met_vrije_regels(s, *aantallen(s))


def met_vrije_regels(kern: KernInvoer, s: Structuur, diensten: int,
                     functies: int) -> tuple[KernInvoer, Structuur, Opbouw]:
    """Invoer, vorm en opbouw van het werkboek, met de vrije regels erbij."""
    k = kern_met_vrije_regels(kern, diensten, functies)
    return k, structuur_met_vrije_regels(s, diensten, functies), opbouw(k)
