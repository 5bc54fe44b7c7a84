"""De ene oplosstap: invoermodel + register op de peildatum -> de getallen van de rekenkern.

Validators in :mod:`kostprijs.inputs` controleren alleen de invoer. Hier, en alleen hier, worden
salaristabellen, de feestdagenkalender, de CAO-parameters, premies en VNG-indexen opgezocht. Elke
waarde die het model weglaat en het register levert, krijgt een :class:`Herkomst` (parameter, waarde,
ingangsdatum, status, bron); een waarde die de gebruiker zelf schrijft, gaat voor en heet 'eigen'.
Waarden met status ``afgeleid`` of ``derden`` worden gebruikt met een waarschuwing, tenzij het model
die status aanvaardt (``parameters.aanvaard``). Alle fouten komen samen in één
:class:`kostprijs.errors.InvoerFout`, elk met YAML-pad en regel.

De tabel :data:`STANDAARDEN` zegt per veld welke parameter de standaard levert; ``kostprijs parameters
--ontbrekend`` en de veldreferentie in de documentatie lezen dezelfde tabel.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

import numpy as np
from pydantic import BaseModel

from kostprijs.core import rooster as kr
from kostprijs.core.conventies import WEKEN_PER_JAAR
from kostprijs.core.keten import KernInvoer
from kostprijs.errors import InvoerFout, KostprijsFout, Melding
from kostprijs.indexering import indexcijfers
from kostprijs.inputs import (
    Functie,
    KwvModel,
    OrtPercentage,
    OrtUitRooster,
    WerkgeverslastenOpbouw,
    dagnummers,
    figuursleutel,
    minuten,
)
from kostprijs.kalender import feestdagen_op_werkdag
from kostprijs.parameters import Gevonden, ParameterFout, Register, register_met_regio

Soort = Literal["eigen", "register", "regio", "kalender", "salaristabel", "definitie"]


@dataclass(frozen=True)
class Herkomst:
    """Waar een gebruikte waarde vandaan komt: het model zelf, het register, de kalender of een tabel."""

    veld: str
    """YAML-pad van het veld in het model, bijv. ``productiviteit.verlofuren``."""
    waarde: float | str
    soort: Soort
    parameter: str | None = None
    geldig_vanaf: dt.date | None = None
    status: str | None = None
    bronnen: tuple[tuple[str, str], ...] = ()
    """(titel, adres) per bron."""
    bestand: str | None = None
    toelichting: str = ""

    def tekst(self) -> str:
        """Eén regel Nederlandse uitleg: waarde, parameter, ingangsdatum, status en bron."""
        w = f"{self.waarde:g}" if isinstance(self.waarde, float) else str(self.waarde)
        if self.soort == "eigen":
            return f"{self.veld} = {w}: eigen waarde uit het model{_haakjes(self.toelichting)}"
        if self.soort in ("register", "regio"):
            wie = "register van de regio" if self.soort == "regio" else "register"
            bron = "; ".join(f"{t} ({u})" for t, u in self.bronnen)
            vanaf = self.geldig_vanaf.isoformat() if self.geldig_vanaf else "?"
            return (f"{self.veld} = {w}: uit het {wie}, parameter {self.parameter}, geldig vanaf {vanaf}, "
                    f"status {self.status}, bestand {self.bestand}; bron: {bron}{_haakjes(self.toelichting)}")
        return f"{self.veld} = {w}: {self.toelichting}"

    def als_dict(self) -> dict[str, object]:
        """Voor JSON."""
        return {"veld": self.veld, "waarde": self.waarde, "soort": self.soort, "parameter": self.parameter,
                "geldig_vanaf": self.geldig_vanaf.isoformat() if self.geldig_vanaf else None,
                "status": self.status, "bronnen": [{"titel": t, "url": u} for t, u in self.bronnen],
                "bestand": self.bestand, "toelichting": self.toelichting}


def _haakjes(tekst: str) -> str:
    return f" ({tekst})" if tekst else ""


@dataclass(frozen=True)
class Waarschuwing:
    """Een stille aanname of een onwaarschijnlijke waarde: geen fout, wel het melden waard."""

    code: str
    """Korte vaste naam, bijv. ``ort_ontbreekt``; ``--streng`` maakt er een fout van."""
    plaats: str
    """YAML-pad met bestand en regel, of een cel."""
    tekst: str

    def __str__(self) -> str:
        return f"{self.plaats}: {self.tekst}" if self.plaats else self.tekst

    def als_dict(self) -> dict[str, str]:
        """Voor JSON."""
        return {"code": self.code, "plaats": self.plaats, "tekst": self.tekst}


@dataclass(frozen=True)
class Structuur:
    """De vorm van het model die niet in getallen past: namen, soorten en wat er wel of niet is."""

    naam: str
    jaar: int
    peildatum: dt.date
    diensten: tuple[str, ...]
    dienst_soorten: tuple[str, ...]
    functies: tuple[str, ...]
    functie_soorten: tuple[str, ...]
    functie_amvb: tuple[str, ...]
    functie_ort: tuple[str, ...]
    """Per functie: ``geen``, ``percentage`` of ``tabel``."""
    functie_inhuur: tuple[bool, ...]
    posten_per_etmaal: tuple[str, ...]
    posten_vast: tuple[str, ...]
    huur: bool
    gebouw: bool
    inventaris: bool
    ort_tabel: bool
    indexering: bool
    werkgeverslasten_opbouw: bool
    conventies: dict[str, str]
    """De conventies in woorden (zie :func:`conventies_tekst`)."""

    def dienst_sleutel(self, i: int) -> str:
        """Sleuteldeel van dienst ``i`` in de figuren (``weekend_midden``)."""
        return figuursleutel(self.diensten[i])

    def functie_sleutel(self, i: int) -> str:
        """Sleuteldeel van functie ``i`` in de figuren."""
        return figuursleutel(self.functies[i])


@dataclass(frozen=True)
class Opgelost:
    """Het model, opgelost tegen het register: de invoer van de kern, de vorm en de herkomst."""

    model: KwvModel
    kern: KernInvoer
    structuur: Structuur
    herkomst: tuple[Herkomst, ...]
    waarschuwingen: tuple[Waarschuwing, ...]


@dataclass(frozen=True)
class Standaard:
    """Een veld dat het model mag weglaten: de parameter die dan de waarde levert."""

    veld: tuple[str, ...]
    parameter: str
    toelichting: str = ""
    alternatief: str = ""
    """Parameter die de waarde levert als ``parameter`` op die datum niet bestaat (een opvolger)."""


STANDAARDEN: tuple[Standaard, ...] = (
    Standaard(("productiviteit", "contracturen_per_week"), "cao_jeugdzorg.arbeidsduur.uren_per_week"),
    Standaard(("productiviteit", "verlofuren"), "cao_jeugdzorg.verlof.verlofuren_totaal"),
    Standaard(("productiviteit", "feestdagen_op_werkdag"), "cao_jeugdzorg.feestdagen.lijst",
              "de feestdagen van de CAO-lijst die in het modeljaar op maandag t/m vrijdag vallen"),
    Standaard(("productiviteit", "uren_per_feestdag"), "cao_jeugdzorg.arbeidsduur.uren_per_feestdag"),
    Standaard(("rooster", "telfactoren", "slaap"), "cao_jeugdzorg.slaap_en_waakdienst.telfactor_slaapdienst"),
    Standaard(("rooster", "telfactoren", "waak"), "cao_jeugdzorg.slaap_en_waakdienst.telfactor_waakdienst"),
    Standaard(("loonkosten", "vakantietoeslag"), "cao_jeugdzorg.vakantietoeslag.percentage"),
    Standaard(("loonkosten", "vakantietoeslag_minimum_per_maand"), "cao_jeugdzorg.vakantietoeslag.minimum_per_maand"),
    Standaard(("loonkosten", "eindejaarsuitkering"), "cao_jeugdzorg.eindejaarsuitkering.percentage"),
    Standaard(("ort_tabel", "uurloon_deler"), "cao_jeugdzorg.uurloon.deler", "alleen bij ORT uit het rooster"),
    Standaard(("ort_tabel", "banden"), "cao_jeugdzorg.ort.werkdag_06_07",
              "met werkdag_19_22 en nacht_22_06; alleen bij ORT uit het rooster"),
    Standaard(("loonkosten", "werkgeverslasten", "awf"), "premies.werknemersverzekeringen.awf_laag",
              "of awf_hoog; alleen bij werkgeverslasten {methode: opbouw}"),
    Standaard(("loonkosten", "werkgeverslasten", "aof"), "premies.werknemersverzekeringen.aof_hoog",
              "of aof_laag; alleen bij opbouw"),
    Standaard(("loonkosten", "werkgeverslasten", "kinderopvangtoeslag"),
              "premies.werknemersverzekeringen.kinderopvangtoeslag_opslag", "alleen bij opbouw"),
    Standaard(("loonkosten", "werkgeverslasten", "whk"), "premies.werknemersverzekeringen.whk_gemiddeld",
              "alleen bij opbouw"),
    Standaard(("loonkosten", "werkgeverslasten", "zvw"), "premies.werknemersverzekeringen.zvw_werkgeversheffing",
              "alleen bij opbouw"),
    Standaard(("loonkosten", "werkgeverslasten", "maximumpremieloon"),
              "premies.werknemersverzekeringen.maximumpremieloon", "alleen bij opbouw"),
    Standaard(("loonkosten", "werkgeverslasten", "pensioen_werkgeversdeel"),
              "pensioen.pfzw.werkgeversdeel_jeugdzorg", "alleen bij opbouw"),
    Standaard(("loonkosten", "werkgeverslasten", "pensioen_franchise"), "pensioen.pfzw.franchise",
              "alleen bij opbouw"),
    Standaard(("loonkosten", "werkgeverslasten", "pensioen_maximum"), "pensioen.pfzw.maximum_pensioengevend_salaris",
              "alleen bij opbouw"),
    Standaard(("loonkosten", "werkgeverslasten", "arbeidsongeschiktheid_werkgever"),
              "pensioen.pfzw.ao_werkgeversdeel_jeugdzorg", "alleen bij opbouw"),
    Standaard(("loonkosten", "werkgeverslasten", "arbeidsongeschiktheid_franchise"),
              "pensioen.pfzw.franchise_arbeidsongeschiktheidspensioen",
              "tot en met 2025; vanaf 2026 franchise_wia_excedent; alleen bij opbouw",
              "pensioen.pfzw.franchise_wia_excedent"),
    Standaard(("indexering", "loonindex"), "vng.indexatie.ova_voorlopig", "bij indexering met vng_jaar"),
    Standaard(("indexering", "prijsindex"), "vng.indexatie.pcc_voorlopig", "bij indexering met vng_jaar"),
    Standaard(("indexering", "weging_loon"), "vng.indexatie.weging_ova", "bij indexering met vng_jaar"),
)
"""Velden die het model mag weglaten, met de parameter die dan de waarde levert."""

ORT_BANDEN_REGISTER: tuple[tuple[str, Literal["alle", "werkdagen", "weekend"], str, str], ...] = (
    ("cao_jeugdzorg.ort.werkdag_06_07", "werkdagen", "06:00", "07:00"),
    ("cao_jeugdzorg.ort.werkdag_19_22", "werkdagen", "19:00", "22:00"),
    ("cao_jeugdzorg.ort.nacht_22_06", "alle", "22:00", "06:00"),
)
"""De ORT-banden van CAO Jeugdzorg 8.1 lid d die in het register staan: parameter, dagen, van, tot."""

ORT_ONTBREEKT = ("cao_jeugdzorg.ort.zaterdag", "cao_jeugdzorg.ort.zondag_en_feestdag")
"""ORT-banden die het register niet kent (niet in de bronnen gevonden)."""


class _Oplosser:
    """Verzamelt waarden, herkomst, waarschuwingen en fouten tijdens het oplossen van één model."""

    def __init__(self, model: KwvModel, register: Register) -> None:
        self.m, self.r, self.datum = model, register, model.datum
        self.herkomst: list[Herkomst] = []
        self.waarschuwingen: list[Waarschuwing] = []
        self.fouten: list[Melding] = []
        self.aanvaard = {"bron", *model.parameters.aanvaard}

    def plaats(self, pad: tuple[str | int, ...]) -> str:
        return self.m.plaats(*pad)

    def fout(self, pad: tuple[str | int, ...], tekst: str) -> None:
        self.fouten.append(Melding(self.plaats(pad), tekst))

    def waarschuw(self, code: str, pad: tuple[str | int, ...], tekst: str) -> None:
        self.waarschuwingen.append(Waarschuwing(code, self.plaats(pad), tekst))

    def zoek(self, pad: tuple[str, ...], parameter: str, datum: dt.date | None = None) -> Gevonden | None:
        """Zoek ``parameter`` op; legt herkomst vast en waarschuwt bij een niet-primaire bron."""
        try:
            g = self.r.op(parameter, datum or self.datum)
        except ParameterFout as e:
            self.fout(pad, f"niet opgegeven en het register heeft geen waarde: {e}")
            return None
        veld = ".".join(pad)
        soort: Soort = "regio" if g.herkomst == "regio" else "register"
        waarde: float | str = ", ".join(g.waarde) if isinstance(g.waarde, tuple) else g.waarde
        self.herkomst.append(Herkomst(veld, waarde, soort, parameter, g.geldig_vanaf, g.status,
                                      tuple((b.titel, b.url) for b in g.bronnen), g.bestand,
                                      g.afleiding or ""))
        if g.status not in self.aanvaard:
            uitleg = {"afgeleid": f"afgeleid, geen primaire bron ({g.afleiding})",
                      "derden": "alleen gezien in een secundaire bron"}.get(g.status, g.status)
            self.waarschuw(f"status_{g.status}", pad,
                           f"de waarde {waarde} komt uit het register ({parameter}) met status {uitleg}. Geef een "
                           f"eigen waarde, of aanvaard deze status met 'parameters: {{aanvaard: [{g.status}]}}'")
        return g

    def getal(self, pad: tuple[str, ...], eigen: float | None, parameter: str, datum: dt.date | None = None) -> float:
        """De eigen waarde (met herkomst 'eigen'), of de waarde uit het register; bij een fout 0."""
        if eigen is not None:
            self.herkomst.append(Herkomst(".".join(pad), float(eigen), "eigen"))
            return float(eigen)
        g = self.zoek(pad, parameter, datum)
        return g.getal if g is not None and not isinstance(g.waarde, tuple) else 0.0


def conventies_tekst(m: KwvModel) -> dict[str, str]:
    """De conventies van het model in woorden, voor elke uitvoer."""
    c = m.conventies
    oh = {"aandeel_totaal": "aandeel van het totaal (overhead / (grondslag + overhead))",
          "opslag_direct": "opslag op de directe kosten (overhead / grondslag)",
          "bedrag": "vast bedrag per jaar"}[c.overhead_conventie]
    return {
        "weken_per_jaar": f"{c.weken_per_jaar} ({WEKEN_PER_JAAR[c.weken_per_jaar]:.6f})",
        "dagen_per_jaar": str(m.dagen_per_jaar),
        "overhead_conventie": oh,
        "overhead_grondslag": " + ".join(c.overhead_grondslag) or "-",
        "risico_grondslag": {"kostprijs": "opslag op de kostprijs",
                             "tarief": "aandeel van het tariefbudget"}[c.risico_grondslag],
        "bezettingsbasis": "plaatsen x dagen x bezettingsgraad (capaciteit)",
        "afronding": "rekenkundig (half van nul af) op centen, alleen gerapporteerde bedragen",
        "amvb_indeling": "a: functies met amvb a; b: functies met amvb b + cliëntkosten; "
                         "c: overhead + huisvesting; d: indexering",
        "indexering": "geen (d = 0)" if m.indexering is None else
                      {"vng_gewogen": "VNG-gewogen: één index voor het hele tarief",
                       "per_component": "per component: personeel + overhead met loonindex, cliëntkosten + "
                                        "huisvesting met prijsindex"}[m.indexering.methode],
        "werkgeverslasten": "opbouw uit premies werknemersverzekeringen, Zvw en pensioen (per fte)"
                            if isinstance(m.loonkosten.werkgeverslasten, WerkgeverslastenOpbouw)
                            else "percentage van het bruto jaarloon",
        "parameters": f"register op {m.datum.isoformat()}"
                      + (f" met de map van de regio {m.parameters.map}" if m.parameters.map else ""),
    }


def _productiviteit(o: _Oplosser) -> dict[str, float]:
    p, pad = o.m.productiviteit, ("productiviteit",)
    uit = {
        "contracturen_per_week": o.getal((*pad, "contracturen_per_week"), p.contracturen_per_week,
                                         "cao_jeugdzorg.arbeidsduur.uren_per_week"),
        "verlofuren": o.getal((*pad, "verlofuren"), p.verlofuren, "cao_jeugdzorg.verlof.verlofuren_totaal"),
        "uren_per_feestdag": o.getal((*pad, "uren_per_feestdag"), p.uren_per_feestdag,
                                     "cao_jeugdzorg.arbeidsduur.uren_per_feestdag"),
        "feestdagen_op_werkdag": _feestdagen(o),
        "verzuimpercentage": p.verzuimpercentage, "scholingsuren": p.scholingsuren,
        "overleguren": p.overleguren, "overige_uren": p.overige_uren,
    }
    weken = WEKEN_PER_JAAR[o.m.conventies.weken_per_jaar]
    contract = uit["contracturen_per_week"] * weken
    netto = (contract - uit["verlofuren"] - uit["feestdagen_op_werkdag"] * uit["uren_per_feestdag"]
             - p.verzuimpercentage * contract - p.scholingsuren - p.overleguren - p.overige_uren)
    if contract > 0 and netto <= 0.1 * contract and not o.fouten:
        o.fout(pad, f"na aftrek van verlof, feestdagen, verzuim, scholing en overleg blijft {netto:.1f} van "
                    f"{contract:.1f} contracturen over; controleer de uren (per jaar, niet per week)")
    return uit


def _feestdagen(o: _Oplosser) -> float:
    pad = ("productiviteit", "feestdagen_op_werkdag")
    n = o.m.productiviteit.feestdagen_op_werkdag
    if n != "kalender":
        o.herkomst.append(Herkomst(".".join(pad), float(n), "eigen"))
        return float(n)
    g = o.zoek(pad, "cao_jeugdzorg.feestdagen.lijst")
    if g is None or not isinstance(g.waarde, tuple):
        return 0.0
    try:
        dagen = feestdagen_op_werkdag(o.m.jaar, g.waarde)
    except KostprijsFout as e:
        o.fout(pad, f"{e}; geef anders het aantal zelf op (bijv. 7)")
        return 0.0
    lijst = ", ".join(f"{naam.replace('_', ' ')} {d.isoformat()}" for d, naam in dagen)
    o.herkomst.append(Herkomst(".".join(pad), float(len(dagen)), "kalender", toelichting=(
        f"kalender {o.m.jaar}: {len(dagen)} feestdagen uit de CAO-lijst vallen op een werkdag ({lijst})")))
    return float(len(dagen))


def _telfactoren(o: _Oplosser) -> dict[str, float]:
    t, pad = o.m.rooster.telfactoren, ("rooster", "telfactoren")
    nodig = {d.soort for d in o.m.rooster.diensten}
    if t.wakker is None:
        o.herkomst.append(Herkomst("rooster.telfactoren.wakker", 1.0, "definitie",
                                   toelichting="definitie: elk wakker dienstuur is betaalde tijd (1)"))
    uit = {"wakker": t.wakker if t.wakker is not None else 1.0}
    for soort in ("slaap", "waak"):
        eigen = getattr(t, soort)
        if eigen is None and soort not in nodig:
            uit[soort] = 0.0  # geen dienst van deze soort: de telfactor doet niet mee
            continue
        uit[soort] = o.getal((*pad, soort), eigen,
                             f"cao_jeugdzorg.slaap_en_waakdienst.telfactor_{soort}dienst")
    return uit


def _loonkosten(o: _Oplosser) -> dict[str, float]:
    lk, pad = o.m.loonkosten, ("loonkosten",)
    uit = {
        "vakantietoeslag": o.getal((*pad, "vakantietoeslag"), lk.vakantietoeslag,
                                   "cao_jeugdzorg.vakantietoeslag.percentage"),
        "vakantietoeslag_minimum_per_maand": o.getal((*pad, "vakantietoeslag_minimum_per_maand"),
                                                     lk.vakantietoeslag_minimum_per_maand,
                                                     "cao_jeugdzorg.vakantietoeslag.minimum_per_maand"),
        "eindejaarsuitkering": o.getal((*pad, "eindejaarsuitkering"), lk.eindejaarsuitkering,
                                       "cao_jeugdzorg.eindejaarsuitkering.percentage"),
        "overige_personeelskosten": lk.overige_personeelskosten,
    }
    w = lk.werkgeverslasten
    if not isinstance(w, WerkgeverslastenOpbouw):
        return {**uit, "werkgeverslasten_percentage": w, "werkgeverslasten_opbouw": 0.0, "premie_sociaal": 0.0,
                "maximumpremieloon": 0.0, "pensioen_werkgeversdeel": 0.0, "pensioen_franchise": 0.0,
                "pensioen_maximum": 0.0, "ao_premie_werkgever": 0.0, "ao_franchise": 0.0}
    return {**uit, "werkgeverslasten_percentage": 0.0, "werkgeverslasten_opbouw": 1.0, **_premies(o, w)}


def _premies(o: _Oplosser, w: WerkgeverslastenOpbouw) -> dict[str, float]:
    """Premies en pensioen voor werkgeverslasten van onderop (zie :mod:`kostprijs.core.werkgeverslasten`)."""
    pad = ("loonkosten", "werkgeverslasten")
    pr, pf = "premies.werknemersverzekeringen", "pensioen.pfzw"
    sociaal = o.getal((*pad, "awf"), None, f"{pr}.awf_{w.awf}") + o.getal((*pad, "aof"), None, f"{pr}.aof_{w.aof}")
    if w.kinderopvangtoeslag:
        sociaal += o.getal((*pad, "kinderopvangtoeslag"), None, f"{pr}.kinderopvangtoeslag_opslag")
    sociaal += o.getal((*pad, "whk"), w.whk, f"{pr}.whk_gemiddeld")
    sociaal += o.getal((*pad, "zvw"), None, f"{pr}.zvw_werkgeversheffing")
    ao = next(s for s in STANDAARDEN if s.veld[-1] == "arbeidsongeschiktheid_franchise")
    try:
        o.r.op(ao.parameter, o.datum)
        ao_franchise = ao.parameter
    except ParameterFout:
        ao_franchise = ao.alternatief
    return {
        "premie_sociaal": sociaal,
        "maximumpremieloon": o.getal((*pad, "maximumpremieloon"), None, f"{pr}.maximumpremieloon"),
        "pensioen_werkgeversdeel": o.getal((*pad, "pensioen_werkgeversdeel"), w.pensioen_werkgeversdeel,
                                           f"{pf}.werkgeversdeel_jeugdzorg"),
        "pensioen_franchise": o.getal((*pad, "pensioen_franchise"), None, f"{pf}.franchise"),
        "pensioen_maximum": o.getal((*pad, "pensioen_maximum"), None, f"{pf}.maximum_pensioengevend_salaris"),
        "ao_premie_werkgever": o.getal((*pad, "arbeidsongeschiktheid_werkgever"), w.arbeidsongeschiktheid_werkgever,
                                       f"{pf}.ao_werkgeversdeel_jeugdzorg"),
        "ao_franchise": o.getal((*pad, "arbeidsongeschiktheid_franchise"), None, ao_franchise),
    }


def _ort_banden(o: _Oplosser) -> list[tuple[tuple[int, ...], int, int, float]]:
    t = o.m.ort_tabel
    assert t is not None
    if t.banden is not None:
        return [(dagnummers(b.dagen), minuten(b.van), minuten(b.tot), b.percentage) for b in t.banden]
    uit = []
    for i, (parameter, dagen, van, tot) in enumerate(ORT_BANDEN_REGISTER):
        g = o.zoek(("ort_tabel", "banden"), parameter)
        if g is not None:
            uit.append((dagnummers(dagen), minuten(van), minuten(tot), g.getal))
            o.herkomst[-1] = Herkomst(f"ort_tabel.banden[{i}]", g.getal, o.herkomst[-1].soort, parameter,
                                      g.geldig_vanaf, g.status, o.herkomst[-1].bronnen, g.bestand,
                                      f"{dagen} {van}-{tot}")
    o.waarschuw("ort_weekend_ontbreekt", ("ort_tabel", "banden"),
                "de ORT-banden komen uit het register: werkdagen 06-07 en 19-22 (25%) en 22-06 (45%; voor het "
                "weekend niet bevestigd). ORT op zaterdag, zondag en feestdagen (CAO Jeugdzorg 8.1 lid d) staat niet "
                "in de bronnen en telt dus niet mee; voeg die banden toe onder ort_tabel.banden")
    return uit


def _rooster(o: _Oplosser) -> dict[str, object]:
    diensten = o.m.rooster.diensten
    factoren = _telfactoren(o)
    ort = np.zeros(len(diensten))
    deler, maximum, door = 1.0, 0.0, 0.0
    if o.m.ort_tabel is not None:
        t = o.m.ort_tabel
        raster = kr.ort_weekraster(_ort_banden(o))
        ort = np.array([kr.ort_gewogen_uren_per_week(raster, dagnummers(d.dagen), minuten(d.begin), d.duur_uren)
                        for d in diensten])
        deler = o.getal(("ort_tabel", "uurloon_deler"), t.uurloon_deler, "cao_jeugdzorg.uurloon.deler")
        maximum, door = t.maximum_uurloon, float(t.doorbetaling_bij_afwezigheid)
    return {
        "dienst_duur_uren": np.array([d.duur_uren for d in diensten]),
        "dienst_personeel": np.array([float(d.personeel) for d in diensten]),
        "dienst_dagen_per_week": np.array([float(len(dagnummers(d.dagen))) for d in diensten]),
        "dienst_telfactor": np.array([factoren[d.soort] for d in diensten]),
        "dienst_ort_uren_per_week": ort,
        "dienst_wakker": np.array([float(d.soort == "wakker") for d in diensten]),
        "weken_per_jaar": WEKEN_PER_JAAR[o.m.conventies.weken_per_jaar],
        "ort_uurloon_deler": deler, "ort_maximum_uurloon": maximum, "ort_doorbetaling": door,
    }


def _maandsalaris(o: _Oplosser, i: int, f: Functie) -> float:
    if f.maandsalaris is not None:
        return f.maandsalaris
    tabel, pad = o.m.salaristabel, ("functies", i, "schaal")
    if tabel is None or f.schaal is None or f.trede is None:
        o.fout(pad, "geef een 'maandsalaris' of 'schaal' en 'trede' met een salaristabel")
        return 0.0
    probleem = tabel.probleem(f.schaal, f.trede, o.datum)
    if probleem is not None:
        o.fout(pad, probleem)
        return 0.0
    versie = tabel.versie(o.datum)
    assert versie is not None
    bedrag = float(versie.schalen[str(f.schaal)][f.trede])
    o.herkomst.append(Herkomst(f"functies[{i}].maandsalaris", bedrag, "salaristabel", toelichting=(
        f"salaristabel '{tabel.naam}', schaal {f.schaal} trede {f.trede}, tabel geldig vanaf "
        f"{versie.geldig_vanaf.isoformat()}, status {versie.status}, peildatum {o.datum.isoformat()}")))
    return bedrag


def _functies(o: _Oplosser) -> dict[str, object]:
    fs = o.m.functies

    def rij(waarden: list[float]) -> np.ndarray:
        return np.array(waarden, dtype=float)

    return {
        "functie_is_groep": rij([float(f.soort == "groep") for f in fs]),
        "functie_amvb_a": rij([float(f.amvb == "a") for f in fs]),
        "functie_fte_vast": rij([f.fte if f.soort == "vast" and f.fte is not None else 0.0 for f in fs]),
        "functie_aandeel_rooster": rij([0.0 if f.soort == "vast" else
                                        (f.aandeel_rooster if f.aandeel_rooster is not None else 1.0) for f in fs]),
        "functie_maandsalaris": rij([_maandsalaris(o, i, f) for i, f in enumerate(fs)]),
        "functie_ort_percentage": rij([f.ort.percentage if isinstance(f.ort, OrtPercentage) else 0.0 for f in fs]),
        "functie_ort_uit_tabel": rij([float(isinstance(f.ort, OrtUitRooster)) for f in fs]),
        "functie_inhuur_aandeel": rij([f.inhuur.aandeel_roosteruren if f.inhuur else 0.0 for f in fs]),
        "functie_inhuur_uurtarief": rij([f.inhuur.uurtarief if f.inhuur else 0.0 for f in fs]),
    }


def _huisvesting(o: _Oplosser) -> dict[str, object]:
    h = o.m.huisvesting
    inv = [h.eigendom, h.inventaris]

    def kolom(veld: str, leeg: float) -> np.ndarray:
        return np.array([float(getattr(x, veld)) if x is not None else leeg for x in inv])

    return {
        "huur_per_jaar": h.huur_per_jaar or 0.0, "energie_en_water": h.energie_en_water,
        "onderhoud_en_schoonmaak": h.onderhoud_en_schoonmaak,
        "verzekeringen_en_belastingen": h.verzekeringen_en_belastingen, "overige_huisvesting": h.overig,
        "investering": kolom("investering", 0.0),
        "afschrijvingstermijn_jaren": kolom("afschrijvingstermijn_jaren", 1.0),
        "rentepercentage": kolom("rentepercentage", 0.0), "restwaarde": kolom("restwaarde", 0.0),
        "rente_over_gemiddeld_vermogen": np.array([float(x is not None and x.rente_over == "gemiddeld_vermogen")
                                                   for x in inv]),
    }


def _indexering(o: _Oplosser) -> dict[str, float]:
    ix = o.m.indexering
    if ix is None:
        return {"index_loon": 0.0, "index_prijs": 0.0}
    try:
        cijfers = indexcijfers(ix, o.r)
    except ParameterFout as e:
        o.fout(("indexering", "vng_jaar"), f"{e}; geef anders eigen 'loonindex' en 'prijsindex'")
        return {"index_loon": 0.0, "index_prijs": 0.0}
    for veld in ("loonindex", "prijsindex", "weging_loon"):
        eigen = getattr(ix, veld)
        if eigen is not None:
            o.herkomst.append(Herkomst(f"indexering.{veld}", float(eigen), "eigen"))
    if ix.vng_jaar is not None:
        d = dt.date(ix.vng_jaar, 1, 1)
        for veld, parameter in (("loonindex", "ova_voorlopig"), ("prijsindex", "pcc_voorlopig"),
                                ("weging_loon", "weging_ova")):
            o.zoek(("indexering", veld), f"vng.indexatie.{parameter}", d)
        if ix.nacalculatie == "vng":
            o.zoek(("indexering", "nacalculatie"), "vng.indexatie.nacalculatie_vorig_jaar", d)
    return {"index_loon": cijfers.index_loon, "index_prijs": cijfers.index_prijs}


def _structuur(m: KwvModel) -> Structuur:
    return Structuur(
        naam=m.naam, jaar=m.jaar, peildatum=m.datum,
        diensten=tuple(d.naam for d in m.rooster.diensten), dienst_soorten=tuple(d.soort for d in m.rooster.diensten),
        functies=tuple(f.naam for f in m.functies), functie_soorten=tuple(f.soort for f in m.functies),
        functie_amvb=tuple(f.amvb for f in m.functies),
        functie_ort=tuple(f.ort.methode if f.ort is not None else "geen" for f in m.functies),
        functie_inhuur=tuple(f.inhuur is not None for f in m.functies),
        posten_per_etmaal=tuple(m.clientkosten.per_bezet_etmaal), posten_vast=tuple(m.clientkosten.vast_per_jaar),
        huur=m.huisvesting.huur_per_jaar is not None, gebouw=m.huisvesting.eigendom is not None,
        inventaris=m.huisvesting.inventaris is not None, ort_tabel=m.ort_tabel is not None,
        indexering=m.indexering is not None,
        werkgeverslasten_opbouw=isinstance(m.loonkosten.werkgeverslasten, WerkgeverslastenOpbouw),
        conventies=conventies_tekst(m),
    )


def los_op(model: KwvModel, register: Register | None = None) -> Opgelost:
    """Los ``model`` op tegen het register op zijn peildatum: de invoer van :func:`kostprijs.core.keten.opbouw`.

    Parameters
    ----------
    model : gevalideerd invoermodel
    register : het register; standaard het meegeleverde, met de map van de regio als het model die noemt
        (``parameters.map``)

    Raises
    ------
    InvoerFout
        Met alle problemen samen: waarden die het model weglaat en het register niet heeft, een schaal of
        trede die niet in de salaristabel staat, een onbekend VNG-jaar.
    """
    r = register if register is not None else register_met_regio(model.parameters.map)
    o = _Oplosser(model, r)
    c, m = model.conventies, model
    g = c.overhead_grondslag
    velden: dict[str, object] = {
        **_rooster(o), **_productiviteit(o), **_functies(o), **_loonkosten(o), **_huisvesting(o),
        **_indexering(o),
        "clientkosten_per_bezet_etmaal": np.array(list(m.clientkosten.per_bezet_etmaal.values()), dtype=float),
        "clientkosten_vast_per_jaar": np.array(list(m.clientkosten.vast_per_jaar.values()), dtype=float),
        "plaatsen": float(m.plaatsen), "dagen_per_jaar": float(m.dagen_per_jaar),
        "bezettingsgraad": m.bezettingsgraad,
        "overhead_percentage": m.overhead.percentage or 0.0,
        "overhead_is_aandeel": float(c.overhead_conventie == "aandeel_totaal"),
        "overhead_bedrag_per_jaar": m.overhead.bedrag_per_jaar or 0.0,
        "grondslag_personeel": float("personeel" in g), "grondslag_clientkosten": float("clientkosten" in g),
        "grondslag_huisvesting": float("huisvesting" in g),
        "risico_percentage": m.risico_opslag, "risico_is_aandeel": float(c.risico_grondslag == "tarief"),
    }
    if o.fouten:
        raise InvoerFout(o.fouten, model._bronregels.bron if model._bronregels else "")
    return Opgelost(model, KernInvoer(**velden), _structuur(model), tuple(o.herkomst),  # type: ignore[arg-type]
                    tuple(o.waarschuwingen))


def ontbrekend(register: Register, datum: dt.date) -> list[tuple[str, str, str]]:
    """Per veld uit :data:`STANDAARDEN` dat het register op ``datum`` niet (primair) kent: (veld, wat, uitleg).

    ``wat`` is ``ontbreekt`` (zelf opgeven) of de status ``afgeleid``/``derden`` (gebruikt met een
    waarschuwing, tenzij het model die status aanvaardt).
    """
    uit = []
    for s in STANDAARDEN:
        veld = ".".join(s.veld)
        extra = f" ({s.toelichting})" if s.toelichting else ""
        g: Gevonden | None
        try:
            g = register.op(s.parameter, datum)
        except ParameterFout as e:
            try:
                g = register.op(s.alternatief, datum) if s.alternatief else None
            except ParameterFout:
                g = None
            if g is None:
                uit.append((veld, "ontbreekt", f"{e}{extra}"))
                continue
        if g.status != "bron":
            uit.append((veld, g.status, f"{s.parameter} = {g.waarde} ({g.afleiding or 'secundaire bron'}){extra}"))
    return uit


def verplichte_velden(klasse: type[BaseModel] = KwvModel, voorvoegsel: str = "") -> list[str]:
    """De velden zonder standaard (altijd zelf opgeven), als YAML-paden; blokken worden uitgevouwen."""
    uit: list[str] = []
    for naam, veld in klasse.model_fields.items():
        if not veld.is_required():
            continue
        pad = f"{voorvoegsel}{naam}"
        if isinstance(veld.annotation, type) and issubclass(veld.annotation, BaseModel):
            uit += verplichte_velden(veld.annotation, pad + ".")
        else:
            uit.append(pad)
    return uit


__all__ = ["STANDAARDEN", "Herkomst", "Opgelost", "Standaard", "Structuur", "Waarschuwing", "conventies_tekst",
           "los_op", "ontbrekend", "verplichte_velden"]
