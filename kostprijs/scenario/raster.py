"""Rasters over de tariefopbouw: elke combinatie van invoerwaarden in één gebroadcaste aanroep.

Het model wordt één keer opgelost (:func:`kostprijs.oplossen.los_op`); elke as vervangt één veld van de
kern (:mod:`kostprijs.scenario.assen`) door een array langs een eigen as, en
:func:`kostprijs.core.keten.opbouw` rekent alle punten in één keer. Dat geldt voor elke invoer: de
bezettingsgraad, het salaris of de formatie van één functie, een huisvestingspost, de overhead, het
aantal medewerkers in een dienst. Modelvarianten (een ander rooster) worden elk één keer opgelost en
langs een eigen as gestapeld.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from kostprijs.core import blokken
from kostprijs.core.keten import KernInvoer
from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import KwvModel
from kostprijs.oplossen import los_op
from kostprijs.scenario import assen as sa
from kostprijs.scenario.assen import MOGELIJK, UITKOMSTEN

if TYPE_CHECKING:
    import pandas as pd

Arr = NDArray[np.float64]
MAX_PUNTEN = 50_000_000

__all__ = ["MAX_PUNTEN", "MOGELIJK", "UITKOMSTEN", "breakeven", "raster", "raster_opbouw", "tarief_bij_bezetting"]


def _vorm(i: int, n: int, ndim: int) -> tuple[int, ...]:
    vorm = [1] * ndim
    vorm[i] = n
    return tuple(vorm)


def _kern_op_raster(kern: KernInvoer, structuur: Any, assen: Mapping[str, Sequence[float] | Arr]
                    ) -> tuple[KernInvoer, dict[str, Arr], dict[int, frozenset[str]]]:
    """De kern met elke as op haar eigen voorloop-as; geeft ook per as de velden die erlangs variëren."""
    coords: dict[str, Arr] = {}
    langs: dict[int, frozenset[str]] = {}
    ndim = len(assen)
    for j, (naam, waarden) in enumerate(assen.items()):
        a = sa.zoek(naam, structuur)
        w = sa.controleer(a, waarden)
        coords[naam] = w
        kern = sa.zet(kern, a, w.reshape(_vorm(j, w.size, ndim)))
        langs[j] = frozenset(veld for veld, _ in a.velden)
    return kern, coords, langs


def _controleer_vraag(assen: Mapping[str, Sequence[float] | Arr], varianten: Mapping[str, KwvModel] | None,
                      uitkomsten: Sequence[str]) -> None:
    if not assen and not varianten:
        raise InvoerFout([Melding("raster", "leeg raster: geef minstens één as (bijv. bezettingsgraad) of variant")])
    if varianten is not None and not varianten:
        raise InvoerFout([Melding("raster.varianten", "geef minstens één modelvariant of laat varianten weg")])
    onbekend = [u for u in uitkomsten if u not in MOGELIJK]
    if onbekend or not uitkomsten:
        raise InvoerFout([Melding("raster.uitkomsten", f"onbekende uitkomst {', '.join(onbekend) or '(geen)'}; kies "
                                  f"uit {', '.join(MOGELIJK)}")])
    punten = int(np.prod([np.size(w) for w in assen.values()], dtype=np.int64)) * (len(varianten) if varianten else 1)
    if punten > MAX_PUNTEN:
        raise InvoerFout([Melding("raster", f"het raster heeft {punten:,} punten; hoogstens {MAX_PUNTEN:,}"
                                  .replace(",", "."))])


def raster_opbouw(model: KwvModel, assen: Mapping[str, Sequence[float] | Arr],
                  varianten: Mapping[str, KwvModel] | None = None,
                  uitkomsten: Sequence[str] = UITKOMSTEN) -> tuple[dict[str, Arr], dict[str, Arr]]:
    """De tariefopbouw op het volledige raster; geeft (waarden per as, uitkomsten met de vorm van het raster).

    Asvolgorde: eerst ``variant`` (indices in ``varianten``) als die er zijn, dan ``assen`` in opgegeven
    volgorde. ``uitkomsten`` noemt de gevraagde velden van :class:`kostprijs.core.keten.Opbouw` (standaard
    :data:`UITKOMSTEN`; elk veld uit :data:`MOGELIJK`): alleen die en de stappen waar ze van afhangen worden
    gerekend, in blokken die in de processorcache passen (:mod:`kostprijs.core.blokken`). Vraag voor het
    snelste raster alleen ``("tarief_per_bezet_etmaal",)``. Per model is er één oplosstap; de waarden van
    de assen worden in één keer met numpy gecontroleerd. Een uitkomst die niet over het hele raster varieert,
    kan een alleen-lezen weergave zijn (``np.broadcast_to``); kopieer haar om erin te schrijven.

    >>> # coords, uit = raster_opbouw(m, {"bezettingsgraad": [0.8, 0.9]}, uitkomsten=["tarief_per_bezet_etmaal"])
    """
    _controleer_vraag(assen, varianten, uitkomsten)
    modellen = list(varianten.values()) if varianten else [model]
    coords: dict[str, Arr] = {}
    per_variant = []
    for m in modellen:
        o = los_op(m)
        kern, coords, langs = _kern_op_raster(o.kern, o.structuur, assen)
        vorm = tuple(coords[n].size for n in assen)
        per_variant.append(blokken.raster(kern, uitkomsten, vorm, langs))
    if not varianten:
        return coords, per_variant[0]
    uit = {u: np.stack([w[u] for w in per_variant]) for u in uitkomsten}
    return {"variant": np.arange(len(modellen), dtype=float), **coords}, uit


def raster(model: KwvModel, assen: Mapping[str, Sequence[float]] | None = None,
           varianten: Mapping[str, KwvModel] | None = None, **meer_assen: Sequence[float]) -> pd.DataFrame:
    """Tidy DataFrame: één rij per rasterpunt, kolommen per as en per uitkomst (onafgerond).

    >>> # raster(m, bezettingsgraad=[0.8, 0.9, 1.0])["tarief_per_bezet_etmaal"]  # doctest: +SKIP
    """
    import pandas as pd

    alle = {**(assen or {}), **meer_assen}
    coords, uit = raster_opbouw(model, alle, varianten)
    roosters = np.meshgrid(*coords.values(), indexing="ij")
    kolommen: dict[str, Any] = {n: r.ravel() for n, r in zip(coords, roosters, strict=True)}
    if varianten:
        namen = np.asarray(list(varianten), dtype=object)
        kolommen["variant"] = namen[kolommen["variant"].astype(int)]
    if "plaatsen" in kolommen:
        kolommen["plaatsen"] = kolommen["plaatsen"].astype(int)
    for u, w in uit.items():
        kolommen[u] = np.asarray(w).ravel()
    return pd.DataFrame(kolommen)


def tarief_bij_bezetting(model: KwvModel, bezettingsgraden: Sequence[float]) -> pd.DataFrame:
    """Tarief per bezet etmaal tegen de normbezetting (de bezettingsrij van de referentiecasus)."""
    return raster(model, {"bezettingsgraad": bezettingsgraden})


def breakeven(model: KwvModel, tarieven: Sequence[float], grondslag: str = "kostprijs") -> pd.DataFrame:
    """Bezettingsgraad waarbij een gegeven dagtarief de kosten dekt: ``u = F / (cT·(p - v))``.

    ``grondslag``: ``kostprijs`` (zonder risico-opslag) of ``tariefbudget`` (met). ``haalbaar`` is
    onwaar als ``u > 1`` of het tarief de variabele kosten per dag niet dekt (``u = inf``).
    """
    import pandas as pd

    from kostprijs.core.financiering import breakeven_bezetting
    from kostprijs.scenario.basis import kostenbasis

    if grondslag not in ("kostprijs", "tariefbudget"):
        raise InvoerFout([Melding("grondslag", f"'{grondslag}' bestaat niet; kies kostprijs of tariefbudget")])
    p = sa.controleer(sa.As("tarieven", (), sa.BEDRAG), tarieven, "tarieven")
    kb = kostenbasis(model)
    vast, var = (kb.vast_kosten, kb.variabel_kosten) if grondslag == "kostprijs" else (kb.vast_tarief,
                                                                                       kb.variabel_tarief)
    u = breakeven_bezetting(p, vast, var, kb.capaciteit)
    return pd.DataFrame({"tarief": p, "breakeven_bezettingsgraad": u, "haalbaar": u <= 1.0})
