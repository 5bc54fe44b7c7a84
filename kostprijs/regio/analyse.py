"""De regionale vraag van begin tot eind: woningen, tarieftreden, capaciteit, verdeling en begroting.

Elke woning komt uit ``bereken`` op haar eigen model (gelijk aan ``kostprijs bereken`` tot op de cent); de
rekenregels van de regio staan in :mod:`kostprijs.core.regio`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from kostprijs.core import regio as kr
from kostprijs.core.afronding import rond_af
from kostprijs.oplossen import Waarschuwing
from kostprijs.regio import woningen as rw
from kostprijs.regio.capaciteit import Capaciteitsuitkomst, zoek
from kostprijs.regio.lezen import GelezenRegio
from kostprijs.regio.verdeling import Verdeeluitkomst, verdeel, woningdelen
from kostprijs.scenario.basis import kostenbasis
from kostprijs.scenario.grootte import tarief_naar_grootte
from kostprijs.scenario.invoer import Regel

KLEINE_WONING = tuple(range(1, 9))
"""Grootten voor het kleine-woningeffect: 1 tot en met 8 plaatsen."""


@dataclass(frozen=True)
class Begrotingsregel:
    """Eén jaar van de meerjarenbegroting. [EUR/jaar]"""

    jaar: int
    index: float
    totaal: float
    per_gemeente: tuple[float, ...]


@dataclass(frozen=True)
class RegioUitkomst:
    """Alles wat ``kostprijs regio`` toont, schrijft en in JSON zet."""

    gelezen: GelezenRegio
    woningen: tuple[rw.WoningUitkomst, ...]
    verwachte_dagen: tuple[float, ...]  # verwachte bezette dagen per woning (alle 'aantal' samen) [/jaar]
    capaciteit: Capaciteitsuitkomst | None
    grootte: list[dict[str, Any]]
    verdeling: Verdeeluitkomst
    begroting: tuple[Begrotingsregel, ...]
    waarschuwingen: tuple[Waarschuwing, ...]

    @property
    def totaal_per_jaar(self) -> float:
        """Verwachte betaling van de regio per jaar onder de financieringsvormen van de woningen. [EUR/jaar]"""
        return float(self.verdeling.totaal.mean())

    def to_dict(self) -> dict[str, Any]:
        """JSON-vorm: woningen, gemeenten (fonds), totaal, en de details per onderdeel."""
        r = self.gelezen.regio
        v = self.verdeling
        gemeenten = []
        for i, rij in enumerate(v.rijen()):
            gemeenten.append({"naam": rij["naam"], "aandeel": rij["aandeel"],
                              "verwacht_gebruik": rij["verwacht_gebruik"],
                              "betaling_per_jaar": rond_af(rij["fonds"]["verwacht"]),
                              "fonds": _afgerond(rij["fonds"]), "alleen": _afgerond(rij["alleen"]),
                              "minder_variantie_in_fonds": rij["minder_variantie_in_fonds"],
                              "begroting": [rond_af(b.per_gemeente[i]) for b in self.begroting]})
        woningen = []
        for w, d in zip(self.woningen, self.verwachte_dagen, strict=True):
            item = w.als_dict()
            item["financiering"] = _regelnaam(r.woningen[[x.naam for x in r.woningen].index(w.naam)].financiering)
            item["verwachte_bezette_dagen"] = d
            woningen.append(item)
        cap = self.capaciteit
        return {
            "regio": r.naam, "jaar": r.jaar, "bron": self.gelezen.bron,
            "vraag": {"verwijzingen_per_jaar": r.verwijzingen_per_jaar,
                      "verblijfsduur_dagen": r.vraag.verblijfsduur_dagen, "loket": r.vraag.loket},
            "woningen": woningen,
            "gemeenten": gemeenten,
            "sleutel": v.sleutel,
            "totaal_per_jaar": rond_af(self.totaal_per_jaar),
            "monte_carlo": {"runs": v.runs, "seed": v.seed},
            "capaciteit": None if cap is None else {
                "max_weigerkans": cap.max_weigerkans, "gekozen": cap.gekozen(), "configuraties": cap.rijen()},
            "kleine_woning": self.grootte,
            "begroting": [{"jaar": b.jaar, "index": b.index, "totaal": rond_af(b.totaal)} for b in self.begroting],
            "waarschuwingen": [w.als_dict() for w in self.waarschuwingen],
        }

    def to_json(self) -> str:
        """:meth:`to_dict` als JSON-tekst."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def _afgerond(d: dict[str, float]) -> dict[str, float]:
    return {k: rond_af(x) for k, x in d.items()}


def _regelnaam(regel: Regel) -> str:
    from kostprijs.scenario.financiering import naam

    return naam(regel)


def verwachte_dagen(g: GelezenRegio) -> tuple[float, ...]:
    """Verwachte bezette dagen per jaar per woning (alle exemplaren samen), Erlang met haar deel van de
    verwijzingen. [plaatsdagen/jaar]"""
    r = g.regio
    uit = [0.0] * len(r.woningen)
    delen = woningdelen(r, g.modellen)
    if r.vraag.loket == "regionaal":
        plaatsen = sum(m.plaatsen for _, m, _ in delen)
        dpj = float(g.modellen[0].dagen_per_jaar)
        t = kr.capaciteit(r.verwijzingen_per_jaar * r.vraag.verblijfsduur_dagen / dpj, 1, plaatsen, 0.0, 0.0, dpj)
        for i, m, _ in delen:
            uit[i] += float(t.bezette_dagen) * m.plaatsen / plaatsen
        return tuple(uit)
    for i, m, lam in delen:
        k = kostenbasis(m)
        t = kr.capaciteit(lam * r.vraag.verblijfsduur_dagen / m.dagen_per_jaar, 1, m.plaatsen, k.vast_tarief,
                          k.variabel_tarief, float(m.dagen_per_jaar))
        uit[i] += float(t.bezette_dagen)
    return tuple(uit)


def begroting(g: GelezenRegio, woningen: tuple[rw.WoningUitkomst, ...], dagen: tuple[float, ...],
              aandelen: np.ndarray) -> tuple[Begrotingsregel, ...]:
    """Tarief x verwachte bezette dagen x woningen, langs het tariefpad; per gemeente met de fondssleutel."""
    r = g.regio
    if r.begroting is None:
        return ()
    basis = sum(w.resultaat.waarde("tarief_per_bezet_etmaal") * d for w, d in zip(woningen, dagen, strict=True))
    pad = kr.begroting(basis, r.begroting.indexen)
    indexen = [0.0, *r.begroting.indexen]
    return tuple(Begrotingsregel(r.jaar + j, indexen[j], float(t),
                                 tuple(float(x) for x in kr.naar_sleutel(t, aandelen))) for j, t in enumerate(pad))


def analyseer(g: GelezenRegio) -> RegioUitkomst:
    """Reken de hele regionale vraag door."""
    r = g.regio
    woningen = tuple(rw.woning(w.naam, g.model_tekst(i), w.aantal, m)
                     for i, (w, m) in enumerate(zip(r.woningen, g.modellen, strict=True)))
    waarschuwingen = rw.conventieverschillen(woningen)
    cap = None
    grootte: list[dict[str, Any]] = []
    if r.capaciteit is not None:
        basis = g.modellen[[w.naam for w in r.woningen].index(r.capaciteit.woning)]
        cap = zoek(basis, r.capaciteit, r.verwijzingen_per_jaar, r.vraag.verblijfsduur_dagen,
                   r.vraag.loket == "regionaal")
        waarschuwingen += list(cap.waarschuwingen)
        df = tarief_naar_grootte(basis, KLEINE_WONING, r.capaciteit.roosterregel)
        grootte = [{str(k): (int(v) if k == "plaatsen" else float(v)) for k, v in rij.items()}
                   for rij in df.to_dict("records")]
    dagen = verwachte_dagen(g)
    v = verdeel(r, g.modellen)
    if r.vraag.loket == "regionaal":
        waarschuwingen.append(Waarschuwing(
            "verdeling_per_woning", "vraag.loket", "de verdeling van de leegstand over de gemeenten simuleert elke "
            "woning met haar eigen deel van de verwijzingen (ook bij een regionaal loket); capaciteit en begroting "
            "rekenen wel met het regionale loket"))
    return RegioUitkomst(g, woningen, dagen, cap, grootte, v, begroting(g, woningen, dagen, v.aandelen),
                         tuple(waarschuwingen))
