"""Van invoermodel naar resultaat: oplossen, de keten van de kern, de figuren uit de tabel.

Deze module rekent zelf niets: :func:`kostprijs.oplossen.los_op` maakt van model en register de invoer
van de kern, :func:`kostprijs.core.keten.opbouw` rekent de hele keten, en de tabel
:data:`kostprijs.figuren.TABEL` zegt welke figuren het resultaat toont en hoe ze heten.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np

from kostprijs._versie import __version__
from kostprijs.core.keten import KernInvoer, Opbouw, opbouw
from kostprijs.errors import RekenFout
from kostprijs.figuren import INVOER, cellen, excel_formule, invoer_van, waarde_in
from kostprijs.inputs import KwvModel
from kostprijs.oplossen import Herkomst, Opgelost, Structuur, los_op
from kostprijs.parameters import Register
from kostprijs.results import Bezettingspunt, Figuur, Resultaat
from kostprijs.waarschuwingen import controleer

BEZETTINGSGRADEN: tuple[float, ...] = tuple(round(0.50 + i / 100, 2) for i in range(51))
"""De bezettingsgraden van de bezettingstabel (tabblad Bezetting): 50% tot en met 100% per procentpunt."""


def bereken(model: KwvModel, register: Register | None = None) -> Resultaat:
    """Bereken de volledige tariefopbouw van één KWV.

    Parameters
    ----------
    model : gevalideerd invoermodel (zie :func:`kostprijs.lees_model` voor YAML).
    register : het parameterregister; standaard het meegeleverde, met de map van de regio als het model
        die noemt (``parameters.map``).

    Returns
    -------
    Resultaat
        Alle figuren met uitleg, de herkomst van elke waarde uit het register en de waarschuwingen;
        ``resultaat.tarief_per_bezet_etmaal`` is het kopgetal [EUR/bezet etmaal].

    Examples
    --------
    >>> from kostprijs import lees_model, bereken
    >>> bereken(lees_model("examples/kwv-4-plaatsen.yaml")).tarief_per_bezet_etmaal  # doctest: +SKIP
    668.66
    """
    o = los_op(model, register)
    ob = opbouw(o.kern)
    m = model
    return Resultaat(naam=m.naam, jaar=m.jaar, plaatsen=m.plaatsen, bezettingsgraad=m.bezettingsgraad,
                     conventies=o.structuur.conventies, figuren=figuren(ob, o.kern, o.structuur, o.herkomst),
                     kostprijs_versie=__version__, herkomst=o.herkomst, waarschuwingen=controleer(o, ob, register),
                     opbouw=ob, kern=o.kern, structuur=o.structuur, bezettingsrij=bezettingsrij(o.kern))


def oplossen_en_rekenen(model: KwvModel, register: Register | None = None) -> tuple[Opgelost, Opbouw]:
    """Het opgeloste model en zijn opbouw, zonder figuren (voor scenario's die alleen getallen nodig hebben)."""
    o = los_op(model, register)
    return o, opbouw(o.kern)


def bezettingsrij(kern: KernInvoer) -> tuple[Bezettingspunt, ...]:
    """Tariefbudget, tarief en leegstand bij elk van :data:`BEZETTINGSGRADEN` (één gebroadcaste aanroep)."""
    ob = opbouw(dataclasses.replace(kern, bezettingsgraad=np.asarray(BEZETTINGSGRADEN)))
    return tuple(Bezettingspunt(g, float(ob.bezette_etmalen[i]), float(ob.tariefbudget[i]),
                                float(ob.tarief_per_bezet_etmaal[i]), float(ob.leegstand_per_bezet_etmaal[i]))
                 for i, g in enumerate(BEZETTINGSGRADEN))


def _getal(waarde: np.ndarray, index: int | None, sleutel: str) -> float:
    w = float(waarde[..., index] if index is not None else waarde)
    if not math.isfinite(w):
        raise RekenFout(f"De figuur '{sleutel}' is niet eindig ({w}); controleer de invoer.")
    return w


def figuren(ob: Opbouw, kern: KernInvoer, s: Structuur, herkomst: tuple[Herkomst, ...]) -> dict[str, Figuur]:
    """Alle figuren van het resultaat, rij voor rij uit :data:`kostprijs.figuren.TABEL`."""
    alle = list(cellen(s))
    waarden = {c.sleutel: _getal(waarde_in(ob, kern, c.rij.waarde), c.index, c.sleutel) for c in alle}
    namen = {c.sleutel: c.label for c in alle}
    uit: dict[str, Figuur] = {}
    for c in alle:
        invoer: dict[str, float] = {}
        labels: dict[str, str] = {}
        velden: list[tuple[str, int | None]] = []
        if c.rij.waarde.startswith("invoer."):
            velden.append((c.rij.waarde.removeprefix("invoer.").split("[")[0], c.index))
        for sleutel, veld, index in invoer_van(c, s):
            if veld:
                invoer[sleutel] = _getal(waarde_in(ob, kern, f"invoer.{veld}"), index, sleutel)
                labels[sleutel] = _invoerlabel(veld, index, s)
                velden.append((veld, index))
            elif sleutel in waarden:
                invoer[sleutel] = waarden[sleutel]
                labels[sleutel] = namen[sleutel]
        rij = c.rij
        uit[c.sleutel] = Figuur(
            sleutel=c.sleutel, omschrijving=c.label, waarde=waarden[c.sleutel], eenheid=rij.eenheid,
            formule=rij.woorden, excel=excel_formule(c, s), invoer=invoer, groep=rij.groep, geld=rij.geld,
            kostengedrag=rij.gedrag, bron=rij.bron, invoer_labels=labels, herkomst=_herkomst(velden, herkomst),
        )
    return uit


def _invoerlabel(veld: str, index: int | None, s: Structuur) -> str:
    label = INVOER.get(veld, (veld, "", ""))[0]
    if index is None:
        return label
    if veld.startswith("dienst_"):
        return f"{label} {s.diensten[index]}"
    if veld.startswith("functie_"):
        return f"{label} {s.functies[index]}"
    if veld == "clientkosten_per_bezet_etmaal":
        return f"{label}: {s.posten_per_etmaal[index]}"
    if veld == "clientkosten_vast_per_jaar":
        return f"{label}: {s.posten_vast[index]}"
    return f"{label} {('gebouw', 'inventaris')[index]}"


def _herkomst(velden: list[tuple[str, int | None]], herkomst: tuple[Herkomst, ...]) -> tuple[str, ...]:
    """De herkomstregels die horen bij de invoervelden van een figuur."""
    paden = []
    for veld, index in velden:
        if veld in INVOER:
            paden.append(INVOER[veld][2].format(i=index if index is not None else 0))
    uit = [h.tekst() for h in herkomst
           if any(h.veld == p or h.veld.startswith((p + ".", p + "[")) for p in paden)]
    return tuple(dict.fromkeys(uit))
