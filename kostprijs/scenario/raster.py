"""Rasters over de tariefopbouw: elke combinatie van invoerwaarden in één gebroadcaste aanroep.

Basis zijn de argumenten van :func:`kostprijs.core.tarief.tariefopbouw` voor het model
(:func:`kostprijs.model.kern_argumenten`); elke as vervangt er één door een array. Een maandsalaris
(``maandsalaris.<functie>``) verandert de personeelskosten: die worden gevectoriseerd opnieuw
opgebouwd met :func:`kostprijs.core.personeel.kosten_per_fte` (fte uit het model). Rooster- of
andere modelvarianten worden elk één keer uitgerekend en langs een eigen as gebroadcast.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from kostprijs.core import personeel as kp
from kostprijs.core import tarief as kt
from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import KwvModel, OrtPercentage, OrtUitRooster, figuursleutel
from kostprijs.model import bereken, kern_argumenten
from kostprijs.scenario.invoer import RasterAs, maak

if TYPE_CHECKING:
    import pandas as pd

Arr = NDArray[np.float64]
MAX_PUNTEN = 50_000_000
UITKOMSTEN = ("bezette_etmalen", "personeel", "overhead", "kostprijs", "tariefbudget", "tarief_per_bezet_etmaal",
              "vast_per_jaar", "variabel_per_bezet_etmaal", "leegstand_per_bezet_etmaal")


slug = figuursleutel
"""Sleuteldeel van een functienaam in de figuren (:func:`kostprijs.inputs.figuursleutel`)."""


def kern_met_salaris(model: KwvModel, salarissen: Mapping[str, Arr]) -> dict[str, Any]:
    """Kernargumenten van ``model`` met andere maandsalarissen per functie (arrays broadcasten). [EUR/jaar]

    Per functie: ``personeel += fte × (kosten_per_fte(nieuw salaris) - kosten_per_fte(model))``; ORT
    volgt het salaris (percentage of tabel met gemaximeerd uurloon), inhuur niet (methode.md §3.3).
    """
    args: dict[str, Any] = dict(kern_argumenten(model))
    if not salarissen:
        return args
    functies = {f.naam: f for f in model.functies}
    onbekend = [n for n in salarissen if n not in functies]
    if onbekend:
        raise InvoerFout([Melding(f"maandsalaris.{n}", f"functie '{n}' bestaat niet; kies uit "
                                  f"{', '.join(functies)}") for n in onbekend])
    fig = bereken(model).figuren
    lk = model.loonkosten
    for naam, salaris in salarissen.items():
        f, s = functies[naam], figuursleutel(naam)
        fte = fig[f"fte.{s}"].waarde
        if isinstance(f.ort, OrtPercentage):
            ort: Any = f.ort.percentage * 12 * salaris
        elif isinstance(f.ort, OrtUitRooster) and fig[f"ort_per_fte.{s}"].invoer:
            i = fig[f"ort_per_fte.{s}"].invoer
            ort = kp.ort_per_fte_uit_tabel(i["ort_gewogen_uren"], salaris, i["uurloon_deler"], i["maximum_uurloon"],
                                           i["fte"], i["doorbetalingsfactor"])
        else:
            ort = 0.0
        nieuw = kp.kosten_per_fte(salaris, lk.vakantietoeslag, lk.vakantietoeslag_minimum_per_maand,
                                  lk.eindejaarsuitkering, ort, lk.werkgeverslasten, lk.overige_personeelskosten)
        sleutel = f"personeel_{f.amvb}"
        args[sleutel] = args[sleutel] + fte * (nieuw.totaal - fig[f"kosten_per_fte.{s}"].waarde)
    return args


def _assen(assen: Mapping[str, Sequence[float]], varianten: Mapping[str, KwvModel] | None) -> list[RasterAs]:
    if not assen and not varianten:
        raise InvoerFout([Melding("raster", "leeg raster: geef minstens één as (bijv. bezettingsgraad) of variant")])
    uit = [maak(RasterAs, {"naam": n, "waarden": [float(x) for x in np.asarray(w, dtype=float).ravel()]},
                f"raster.{n}") for n, w in assen.items()]
    if varianten is not None and not varianten:
        raise InvoerFout([Melding("raster.varianten", "geef minstens één modelvariant of laat varianten weg")])
    punten = int(np.prod([len(a.waarden) for a in uit])) * (len(varianten) if varianten else 1)
    if punten > MAX_PUNTEN:
        raise InvoerFout([Melding("raster", f"het raster heeft {punten:,} punten; hoogstens {MAX_PUNTEN:,}"
                                  .replace(",", "."))])
    return uit


def raster_opbouw(model: KwvModel, assen: Mapping[str, Sequence[float]],
                  varianten: Mapping[str, KwvModel] | None = None) -> tuple[dict[str, Arr], kt.Opbouw]:
    """De tariefopbouw op het volledige raster; geeft (waarde per as, Opbouw met raster-vorm).

    Asvolgorde: eerst ``variant`` (indices in ``varianten``) als die er zijn, dan ``assen`` in
    opgegeven volgorde. Alle uitkomsten hebben de vorm van het raster.
    """
    lijst = _assen(assen, varianten)
    modellen = dict(varianten) if varianten else {"": model}
    verschuif = 1 if varianten else 0
    ndim = verschuif + len(lijst)

    def vorm(i: int, waarden: Sequence[float]) -> Arr:
        shape = [1] * ndim
        shape[i] = len(waarden)
        return np.asarray(waarden, dtype=float).reshape(shape)

    salarissen = {a.naam.removeprefix("maandsalaris."): vorm(i + verschuif, a.waarden)
                  for i, a in enumerate(lijst) if a.naam.startswith("maandsalaris.")}
    per_variant = [kern_met_salaris(m, salarissen) for m in modellen.values()]
    args: dict[str, Any] = {}
    for k in per_variant[0]:
        waarden = [np.asarray(pv[k], dtype=float).reshape((1,) * ndim) if np.ndim(pv[k]) == 0
                   else np.asarray(pv[k], dtype=float) for pv in per_variant]
        gemeen = np.broadcast_shapes(*(w.shape for w in waarden))
        args[k] = np.concatenate([np.broadcast_to(w, gemeen) for w in waarden], axis=0) if varianten else waarden[0]
    for i, a in enumerate(lijst):
        if not a.naam.startswith("maandsalaris."):
            args[a.naam] = vorm(i + verschuif, a.waarden)
    ob = kt.tariefopbouw(**args)
    shape = np.broadcast_shapes(*(np.shape(v) for v in ob))
    ob = kt.Opbouw(*(np.broadcast_to(v, shape) for v in ob))
    coords = {a.naam: np.asarray(a.waarden) for a in lijst}
    if varianten:
        coords = {"variant": np.arange(len(modellen), dtype=float), **coords}
    return coords, ob


def raster(model: KwvModel, assen: Mapping[str, Sequence[float]] | None = None,
           varianten: Mapping[str, KwvModel] | None = None, **meer_assen: Sequence[float]) -> pd.DataFrame:
    """Tidy DataFrame: één rij per rasterpunt, kolommen per as en per uitkomst (onafgerond).

    >>> # raster(m, bezettingsgraad=[0.8, 0.9, 1.0])["tarief_per_bezet_etmaal"]  # doctest: +SKIP
    """
    import pandas as pd

    alle = {**(assen or {}), **meer_assen}
    coords, ob = raster_opbouw(model, alle, varianten)
    roosters = np.meshgrid(*coords.values(), indexing="ij")
    kolommen: dict[str, Any] = {n: r.ravel() for n, r in zip(coords, roosters, strict=True)}
    if varianten:
        namen = np.asarray(list(varianten), dtype=object)
        kolommen["variant"] = namen[kolommen["variant"].astype(int)]
    if "plaatsen" in kolommen:
        kolommen["plaatsen"] = kolommen["plaatsen"].astype(int)
    for u in UITKOMSTEN:
        kolommen[u] = np.asarray(getattr(ob, u)).ravel()
    return pd.DataFrame(kolommen)


def tarief_bij_bezetting(model: KwvModel, bezettingsgraden: Sequence[float]) -> pd.DataFrame:
    """Tarief per bezet etmaal tegen de normbezetting (methode.md §9.6, eerste tabel)."""
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
    p = np.asarray(maak(RasterAs, {"naam": "clientkosten_per_bezet_etmaal",
                                   "waarden": [float(x) for x in tarieven]}, "tarieven").waarden)
    kb = kostenbasis(model)
    vast, var = (kb.vast_kosten, kb.variabel_kosten) if grondslag == "kostprijs" else (kb.vast_tarief,
                                                                                       kb.variabel_tarief)
    u = breakeven_bezetting(p, vast, var, kb.capaciteit)
    return pd.DataFrame({"tarief": p, "breakeven_bezettingsgraad": u, "haalbaar": u <= 1.0})
