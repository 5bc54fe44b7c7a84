"""De tabel van figuren: elk getal van de tariefopbouw één keer beschreven, voor elke uitvoer.

Elke :class:`Rij` zegt van één figuur: de sleutel, het Nederlandse label, de eenheid, de groep, vast of
variabel, de formule in woorden, de Excel-formule, waar de waarde in de opbouw staat
(:class:`kostprijs.core.keten.Opbouw`), welke waarden erin gaan en de bron van de regel. Het resultaat
(:mod:`kostprijs.results`), de CLI, de JSON, het werkboek (:mod:`kostprijs.excel`) en de gegenereerde
tabel in ``docs/figuren.md`` lezen deze tabel; nergens anders staat een formuletekst.

Plaatshouders in sleutels en labels: ``{dienst}``/``{functie}`` (sleuteldeel van de naam) en ``{naam}``.
In Excel-formules: ``{d}`` (``dienst_1``), ``{f}`` (``functie_2``), ``{p}`` (nummer van een post) en de
keuzes uit :data:`DELEN`. Een rij met ``som`` telt een formule over een as op, van links naar rechts.
Rijen met ``figuur=False`` zijn tussencellen van het werkboek die het resultaat niet apart toont.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import numpy as np

from kostprijs.core.keten import KernInvoer, Opbouw
from kostprijs.keuzes import excel as _w
from kostprijs.oplossen import Structuur

Groep = Literal["uren", "formatie", "personeel", "kosten", "tarief", "amvb", "financiering"]
Kostengedrag = Literal["vast", "variabel"]
As = Literal["", "dienst", "functie"]
Blad = Literal["Formatie", "Personeelskosten", "Huisvesting", "Overhead", "Tariefopbouw", "Bezetting"]

_EJ = "EUR per jaar"
_EE = "EUR per bezet etmaal"
_UJ = "uur per jaar"
_DJ = "dagen per jaar"
_JN = "ja = 1, nee = 0"
"""Eenheden zoals mensen ze schrijven (een vlag: ja = 1, nee = 0)."""

METHODE = "docs/methode.md"


@dataclass(frozen=True)
class Rij:
    """Eén figuur (of tussencel van het werkboek) met alles wat een uitvoer erover moet weten."""

    sleutel: str
    label: str
    eenheid: str
    groep: Groep
    waarde: str
    """Plaats in de opbouw: ``uren.netto_uren``, ``functies.fte``, ``afschrijving[0]``, ``invoer.<veld>``
    (een getal van de kern) of ``per_bezet_etmaal:<veld>``."""
    woorden: str
    excel: str | None
    """Excel-formule zonder ``=``; ``None``: een vaste waarde (door Python berekend of uit de invoer)."""
    naam: str
    """Gedefinieerde naam van de cel in het werkboek."""
    blad: Blad
    bron: str
    invoer: tuple[str, ...] = ()
    """Sleutels van rijen of ``invoer.<veld>`` die erin gaan; ``x.*`` is elke dienst of functie,
    ``invoer.<veld>[*]`` elke post; ``[voorwaarde]`` vooraan: alleen als die geldt."""
    per: As = ""
    gedrag: Kostengedrag | None = None
    als: str | None = None
    """Alleen als het model dit heeft: ``ort_tabel``, ``inhuur``, ``huur``, ``gebouw``, ``inventaris``,
    ``indexering`` of ``opbouw`` (werkgeverslasten van onderop)."""
    figuur: bool = True
    som: tuple[str, str] | None = None
    """(as, term): de Excel-formule is de som van ``term`` over de as (``dienst``, ``functie``,
    ``post_dag``, ``post_vast`` of ``huisvesting``)."""
    kop: str = ""
    """Tussenkop op het werkboekblad boven deze rij."""
    werkboek_altijd: bool = False
    """Ook in het werkboek als de voorwaarde niet geldt (andere formules verwijzen naar de cel)."""

    @property
    def geld(self) -> bool:
        """Geldbedragen worden op centen gerapporteerd, andere grootheden op 4 decimalen."""
        return self.eenheid.startswith("EUR")


def _r(sleutel: str, label: str, eenheid: str, groep: Groep, waarde: str, woorden: str, excel: str | None,
       blad: Blad, bron: str, invoer: tuple[str, ...] = (), naam: str | None = None, **meer: object) -> Rij:
    return Rij(sleutel, label, eenheid, groep, waarde, woorden, excel, naam or sleutel, blad, bron, invoer,
               **meer)  # type: ignore[arg-type]


_ORT_TABEL = (
    'IF(AND({f}_ort_methode=' + _w("ort_methode", "tabel") + ',{f}_formatie>0),ort_gewogen_uren_per_jaar'
    "*{f}_aandeel*(1-{f}_inhuur_aandeel)*MIN({f}_maandsalaris/ort_tabel_uurloon_deler,ort_tabel_maximum_uurloon)"
    '*IF(ort_tabel_doorbetaling_bij_afwezigheid=' + _w("janee", "ja")
    + ',contracturen_per_fte/netto_uren_per_fte,1)/{f}_formatie,0)'
)

DELEN: dict[str, dict[bool, str]] = {
    "ort_tabel": {True: _ORT_TABEL, False: "0"},
    "werkgeverslasten": {True: "{f}_sociale_premies+{f}_pensioen+{f}_arbeidsongeschiktheid",
                         False: "{f}_bruto*loonkosten_werkgeverslasten"},
}
"""Delen van Excel-formules die van de vorm van het model afhangen: met of zonder ORT-tabel, met of
zonder werkgeverslasten van onderop."""

_CAO = "CAO Jeugdzorg 2024-2025"
_PROD = f"{METHODE}#productiviteit"
_LOON = f"{METHODE}#loonkosten"
_TAR = f"{METHODE}#tarief"
_OH = f"{METHODE}#overhead"
_VV = f"{METHODE}#vast-en-variabel"


def _formatie() -> tuple[Rij, ...]:
    f: Blad = "Formatie"
    return (
        _r("weken_per_jaar", "Weken per jaar", "weken per jaar", "uren", "invoer.weken_per_jaar",
           "volgens de conventie: 365/7, 365,25/7 of 52",
           'IF(conventie_weken_per_jaar&""=' + _w("weken_per_jaar", "52") + ',52,IF(conventie_weken_per_jaar&""='
           + _w("weken_per_jaar", "365.25/7") + ',365.25/7,365/7))',
           f, f"{METHODE}#conventies", kop="Weken en uren per fte"),
        _r("contracturen_per_fte", "Contracturen per fte", _UJ, "uren", "uren.contracturen",
           "contracturen per week x weken per jaar", "productiviteit_contracturen_per_week*weken_per_jaar", f,
           f"{_CAO} art. 6.1; {_PROD}", ("invoer.contracturen_per_week", "weken_per_jaar")),
        _r("feestdagen_op_werkdag", "Feestdagen op een werkdag", _DJ, "uren", "invoer.feestdagen_op_werkdag",
           "eigen aantal, of de feestdagen van de CAO-lijst die in het modeljaar op een werkdag vallen",
           "productiviteit_feestdagen_op_werkdag", f, f"{_CAO} art. 9.7; {_PROD}"),
        _r("netto_uren_per_fte", "Netto inzetbare uren per fte", _UJ, "uren", "uren.netto_uren",
           "contracturen - verlofuren - feestdagen x uren per feestdag - verzuim x contracturen - scholingsuren "
           "- overleguren - overige uren",
           "contracturen_per_fte-productiviteit_verlofuren"
           "-productiviteit_feestdagen_op_werkdag*productiviteit_uren_per_feestdag"
           "-productiviteit_verzuimpercentage*contracturen_per_fte-productiviteit_scholingsuren"
           "-productiviteit_overleguren-productiviteit_overige_uren", f, f"{_CAO} art. 9.1, 9.2, 9.7; {_PROD}",
           ("contracturen_per_fte", "invoer.verlofuren", "feestdagen_op_werkdag", "invoer.uren_per_feestdag",
            "invoer.verzuimpercentage", "invoer.scholingsuren", "invoer.overleguren", "invoer.overige_uren")),
        _r("productiviteit", "Productiviteit (netto / contracturen)", "%", "uren", "uren.productiviteit",
           "netto inzetbare uren per fte / contracturen per fte", "netto_uren_per_fte/contracturen_per_fte", f,
           _PROD, ("netto_uren_per_fte", "contracturen_per_fte"), naam="productiviteit_netto"),
        _r("duur.{dienst}", "Duur dienst {naam}", "uur", "uren", "invoer.dienst_duur_uren",
           "eindtijd - begintijd; een dienst over middernacht telt door tot de eindtijd de volgende dag",
           "MOD((HOUR({d}_eind)*60+MINUTE({d}_eind))-(HOUR({d}_begin)*60+MINUTE({d}_begin)),1440)/60", f,
           f"{METHODE}#rooster", naam="{d}_duur", per="dienst", kop="Rooster -> roosteruren"),
        _r("dagen_per_week.{dienst}", "Dagen per week dienst {naam}", "dagen per week", "uren",
           "invoer.dienst_dagen_per_week", "aantal weekdagen waarop de dienst draait",
           "{d}_ma+{d}_di+{d}_wo+{d}_do+{d}_vr+{d}_za+{d}_zo", f, f"{METHODE}#rooster",
           naam="{d}_dagen_per_week", per="dienst"),
        _r("telfactor.{dienst}", "Telfactor dienst {naam}", "%", "uren", "invoer.dienst_telfactor",
           "telfactor van de soort dienst: wakker, slaapdienst of waakdienst; een lege regel telt 0",
           'IF({d}_soort=' + _w("dienst_soort", "wakker") + ',telfactor_wakker,IF({d}_soort='
           + _w("dienst_soort", "slaap") + ',telfactor_slaap,IF({d}_soort=' + _w("dienst_soort", "waak")
           + ',telfactor_waak,0)))', f,
           f"{_CAO} art. 8.3; {METHODE}#rooster", naam="{d}_telfactor", per="dienst"),
        _r("roosteruren.{dienst}", "Roosteruren dienst {naam}", _UJ, "uren", "uren.roosteruren_per_dienst",
           "uren per dienst x medewerkers x dagen per week x telfactor x weken per jaar",
           "{d}_duur*{d}_personeel*{d}_dagen_per_week*{d}_telfactor*weken_per_jaar", f, f"{METHODE}#rooster",
           ("duur.{dienst}", "invoer.dienst_personeel", "dagen_per_week.{dienst}", "telfactor.{dienst}",
            "weken_per_jaar"), naam="{d}_roosteruren", per="dienst"),
        _r("ort_uren_per_week.{dienst}", "ORT-gewogen uren per week dienst {naam}", "uur per week", "uren",
           "invoer.dienst_ort_uren_per_week",
           "per medewerker: uren van de dienst in elke ORT-band x het ORT-percentage van die band (door "
           "kostprijs berekend uit de roostertijden en de ORT-banden)", None, f, f"{_CAO} art. 8.1",
           naam="{d}_ort_uren_per_week", per="dienst", als="ort_tabel"),
        _r("ort_uren.{dienst}", "ORT-gewogen uren dienst {naam}", _UJ, "uren", "uren.ort_uren_per_dienst",
           "alleen wakkere diensten: ORT-gewogen uren per week x medewerkers x weken per jaar",
           'IF({d}_soort=' + _w("dienst_soort", "wakker") + ',{d}_ort_uren_per_week*{d}_personeel*weken_per_jaar,0)', f,
           f"{_CAO} art. 8.1 (slaapuren tellen niet)",
           ("ort_uren_per_week.{dienst}", "invoer.dienst_personeel", "weken_per_jaar"),
           naam="{d}_ort_uren_per_jaar", per="dienst", als="ort_tabel"),
        _r("roosteruren_per_jaar", "Roosteruren per jaar (betaalde tijd)", _UJ, "uren", "uren.roosteruren",
           "som van de roosteruren van alle diensten", None, f, f"{METHODE}#rooster", ("roosteruren.*",),
           som=("dienst", "{d}_roosteruren")),
        _r("ort_gewogen_uren_per_jaar", "ORT-gewogen roosteruren per jaar (uren x ORT-percentage)", _UJ,
           "uren", "uren.ort_gewogen_uren", "som van de ORT-gewogen uren van alle diensten", None, f,
           f"{_CAO} art. 8.1", ("ort_uren.*",), als="ort_tabel", som=("dienst", "{d}_ort_uren_per_jaar")),
        _r("aandeel_rooster.{functie}", "Aandeel rooster {naam}", "%", "formatie", "invoer.functie_aandeel_rooster",
           "groepsfunctie: haar deel van de roosteruren (één groepsfunctie: 1); vaste functie: 0",
           'IF({f}_soort=' + _w("functie_soort", "groep") + ',IF({f}_aandeel_rooster="",1,{f}_aandeel_rooster),0)', f,
           f"{METHODE}#formatie",
           naam="{f}_aandeel", per="functie", kop="Formatie per functie"),
        _r("fte.{functie}", "Formatie {naam}", "fte", "formatie", "functies.fte",
           "groepsfunctie: roosteruren x aandeel rooster x (1 - aandeel inhuur) / netto uren per fte; vaste "
           "functie: de formatie uit de invoer",
           'IF({f}_soort=' + _w("functie_soort", "groep")
           + ',roosteruren_per_jaar*{f}_aandeel*(1-{f}_inhuur_aandeel)/netto_uren_per_fte,{f}_fte)',
           f, f"{METHODE}#formatie",
           ("roosteruren_per_jaar", "aandeel_rooster.{functie}", "invoer.functie_inhuur_aandeel",
            "netto_uren_per_fte", "invoer.functie_fte_vast"), naam="{f}_formatie", per="functie"),
    )


def _personeel() -> tuple[Rij, ...]:
    p: Blad = "Personeelskosten"
    per: dict[str, object] = {"per": "functie"}
    return (
        _r("basissalaris_per_fte.{functie}", "Basisjaarsalaris {naam}", _EJ, "personeel", "functies.basis",
           "12 x maandsalaris", "{f}_maandsalaris*12", p, f"{_CAO} art. 1.9; {_LOON}",
           ("invoer.functie_maandsalaris",), naam="{f}_basis", kop="Loonkosten per fte", **per),
        _r("vakantietoeslag_per_fte.{functie}", "Vakantietoeslag {naam}", _EJ, "personeel",
           "functies.vakantietoeslag", "max(vakantietoeslag x basisjaarsalaris, 12 x minimum per maand)",
           "MAX(loonkosten_vakantietoeslag*{f}_basis,loonkosten_vakantietoeslag_minimum_per_maand*12)", p,
           f"{_CAO} art. 7.3",
           ("invoer.vakantietoeslag", "basissalaris_per_fte.{functie}", "invoer.vakantietoeslag_minimum_per_maand"),
           naam="{f}_vakantietoeslag", **per),
        _r("eindejaarsuitkering_per_fte.{functie}", "Eindejaarsuitkering {naam}", _EJ, "personeel",
           "functies.eindejaarsuitkering", "eindejaarsuitkering x basisjaarsalaris",
           "loonkosten_eindejaarsuitkering*{f}_basis", p, f"{_CAO} art. 7.2",
           ("invoer.eindejaarsuitkering", "basissalaris_per_fte.{functie}"), naam="{f}_eindejaarsuitkering", **per),
        _r("ort_per_fte.{functie}", "ORT {naam}", _EJ, "personeel", "functies.ort",
           "ORT als percentage: ORT-percentage x basisjaarsalaris. ORT uit het rooster: ORT-gewogen uren x aandeel "
           "rooster x (1 - aandeel inhuur) x min(maandsalaris / deler, maximum uurloon) x doorbetalingsfactor / "
           "formatie. Geen ORT: 0",
           'IF({f}_ort_methode=' + _w("ort_methode", "percentage") + ',{f}_ort_percentage*{f}_basis,{ort_tabel})', p,
           f"{_CAO} art. 8.1 (uurloon gemaximeerd op schaal 5, periodiek 11)",
           ("invoer.functie_ort_percentage", "basissalaris_per_fte.{functie}", "[ort_tabel]ort_gewogen_uren_per_jaar",
            "aandeel_rooster.{functie}", "invoer.functie_inhuur_aandeel", "invoer.functie_maandsalaris",
            "[ort_tabel]invoer.ort_uurloon_deler", "[ort_tabel]invoer.ort_maximum_uurloon",
            "[ort_tabel]invoer.ort_doorbetaling", "fte.{functie}"), naam="{f}_ort", **per),
        _r("bruto_per_fte.{functie}", "Bruto jaarloon {naam}", _EJ, "personeel", "functies.bruto",
           "basisjaarsalaris + vakantietoeslag + eindejaarsuitkering + ORT",
           "{f}_basis+{f}_vakantietoeslag+{f}_eindejaarsuitkering+{f}_ort", p, f"{_CAO} art. 1.9",
           ("basissalaris_per_fte.{functie}", "vakantietoeslag_per_fte.{functie}",
            "eindejaarsuitkering_per_fte.{functie}", "ort_per_fte.{functie}"), naam="{f}_bruto", **per),
        _r("sociale_premies_per_fte.{functie}", "Sociale premies {naam}", _EJ, "personeel",
           "functies.sociale_premies",
           "premies werknemersverzekeringen en Zvw x min(bruto jaarloon, maximumpremieloon)",
           "werkgever_premie_sociaal*MIN({f}_bruto,werkgever_maximumpremieloon)", p,
           "premies werknemersverzekeringen en Zvw (Belastingdienst); kostprijs.core.werkgeverslasten",
           ("invoer.premie_sociaal", "bruto_per_fte.{functie}", "invoer.maximumpremieloon"),
           naam="{f}_sociale_premies", als="opbouw", **per),
        _r("pensioen_per_fte.{functie}", "Pensioenpremie werkgever {naam}", _EJ, "personeel",
           "functies.pensioen",
           "werkgeversdeel x (min(basisjaarsalaris + vakantietoeslag + eindejaarsuitkering, maximum) - franchise)",
           "werkgever_pensioen_werkgeversdeel*MAX(MIN({f}_basis+{f}_vakantietoeslag+{f}_eindejaarsuitkering,"
           "werkgever_pensioen_maximum)-werkgever_pensioen_franchise,0)", p,
           "PFZW, premie berekenen (pensioengevend salaris met vakantietoeslag en eindejaarsuitkering)",
           ("invoer.pensioen_werkgeversdeel", "basissalaris_per_fte.{functie}", "vakantietoeslag_per_fte.{functie}",
            "eindejaarsuitkering_per_fte.{functie}", "invoer.pensioen_maximum", "invoer.pensioen_franchise"),
           naam="{f}_pensioen", als="opbouw", **per),
        _r("arbeidsongeschiktheid_per_fte.{functie}", "Arbeidsongeschiktheid (AP/WIA-excedent) {naam}", _EJ,
           "personeel", "functies.arbeidsongeschiktheid",
           "premie werkgever x (min(pensioengevend salaris, maximum) - franchise)",
           "werkgever_ao_premie*MAX(MIN({f}_basis+{f}_vakantietoeslag+{f}_eindejaarsuitkering,"
           "werkgever_pensioen_maximum)-werkgever_ao_franchise,0)", p, "PFZW, premie berekenen",
           ("invoer.ao_premie_werkgever", "basissalaris_per_fte.{functie}", "vakantietoeslag_per_fte.{functie}",
            "eindejaarsuitkering_per_fte.{functie}", "invoer.pensioen_maximum", "invoer.ao_franchise"),
           naam="{f}_arbeidsongeschiktheid", als="opbouw", **per),
        _r("werkgeverslasten_per_fte.{functie}", "Werkgeverslasten {naam}", _EJ, "personeel",
           "functies.werkgeverslasten",
           "werkgeverslasten x bruto jaarloon; bij opbouw: sociale premies + pensioenpremie + arbeidsongeschiktheid",
           "{werkgeverslasten}", p, f"{_LOON}; kostprijs.core.werkgeverslasten",
           ("invoer.werkgeverslasten_percentage", "bruto_per_fte.{functie}",
            "[opbouw]sociale_premies_per_fte.{functie}",
            "[opbouw]pensioen_per_fte.{functie}", "[opbouw]arbeidsongeschiktheid_per_fte.{functie}"),
           naam="{f}_werkgeverslasten", **per),
        _r("overige_personeelskosten_per_fte.{functie}", "Overige personeelskosten {naam}", _EJ, "personeel",
           "functies.overige", "overige personeelskosten x bruto jaarloon",
           "{f}_bruto*loonkosten_overige_personeelskosten", p, _LOON,
           ("invoer.overige_personeelskosten", "bruto_per_fte.{functie}"), naam="{f}_overige", **per),
        _r("kosten_per_fte.{functie}", "Kosten per fte {naam}", _EJ, "personeel", "functies.kosten_per_fte",
           "bruto jaarloon + werkgeverslasten + overige personeelskosten",
           "{f}_bruto+{f}_werkgeverslasten+{f}_overige", p, _LOON,
           ("bruto_per_fte.{functie}", "werkgeverslasten_per_fte.{functie}",
            "overige_personeelskosten_per_fte.{functie}"), naam="{f}_kosten_per_fte", **per),
        _r("personeelskosten.{functie}", "Personeelskosten {naam}", _EJ, "kosten", "functies.personeelskosten",
           "formatie x kosten per fte", "{f}_formatie*{f}_kosten_per_fte", p, _LOON,
           ("fte.{functie}", "kosten_per_fte.{functie}"), naam="{f}_personeelskosten", gedrag="vast", **per),
        _r("inhuurkosten.{functie}", "Inhuur (PNIL) {naam}", _EJ, "kosten", "functies.inhuur",
           "roosteruren x aandeel rooster x aandeel inhuur x uurtarief inhuur",
           "roosteruren_per_jaar*{f}_aandeel*N({f}_inhuur_aandeel)*N({f}_inhuur_uurtarief)", p,
           f"{METHODE}#inhuur", ("roosteruren_per_jaar", "aandeel_rooster.{functie}", "invoer.functie_inhuur_aandeel",
                                 "invoer.functie_inhuur_uurtarief"), naam="{f}_inhuur", gedrag="vast", als="inhuur",
           **per),
        _r("personeelskosten_totaal.{functie}", "Personeelskosten met inhuur {naam}", _EJ, "kosten",
           "functies.totaal", "personeelskosten + inhuur", "{f}_personeelskosten+{f}_inhuur", p, _LOON,
           ("personeelskosten.{functie}", "[inhuur]inhuurkosten.{functie}"), naam="{f}_totaal", **per),
        _r("personeel_a_per_jaar", "Personeelskosten AMvB a (beroepskrachten)", _EJ, "kosten", "personeel_a",
           "som van de personeelskosten met inhuur van de functies met AMvB-element a", None, p,
           "Besluit Jeugdwet art. 2.3 lid 1 onder a", ("personeelskosten_totaal.*",), naam="personeel_a",
           som=("functie", 'IF({f}_amvb=' + _w("amvb", "a") + ',{f}_totaal,0)'), kop="Personeelskosten per jaar"),
        _r("personeel_b_per_jaar", "Personeelskosten AMvB b (overig cliëntgebonden)", _EJ, "kosten",
           "personeel_b", "som van de personeelskosten met inhuur van de functies met AMvB-element b", None, p,
           "Besluit Jeugdwet art. 2.3 lid 1 onder b", ("personeelskosten_totaal.*",), naam="personeel_b",
           som=("functie", 'IF({f}_amvb=' + _w("amvb", "b") + ',{f}_totaal,0)')),
        _r("personeelskosten_per_jaar", "Personeelskosten per jaar", _EJ, "kosten", "personeel",
           "personeelskosten AMvB a + personeelskosten AMvB b", "personeel_a+personeel_b", p, _LOON,
           ("personeel_a_per_jaar", "personeel_b_per_jaar")),
    )


def _investering(i: int, soort: str, voorvoegsel: str) -> tuple[Rij, ...]:
    h: Blad = "Huisvesting"
    return (
        _r(f"huisvesting.afschrijving_{soort}", f"Afschrijving {soort}", _EJ, "kosten", f"afschrijving[{i}]",
           "(investering - restwaarde) / afschrijvingstermijn",
           f"({voorvoegsel}_investering-{voorvoegsel}_restwaarde)/{voorvoegsel}_afschrijvingstermijn_jaren", h,
           f"{METHODE}#huisvesting", (f"invoer.investering[{i}]", f"invoer.restwaarde[{i}]",
                                      f"invoer.afschrijvingstermijn_jaren[{i}]"),
           naam=f"hv_afschrijving_{soort}", als=soort),
        _r(f"huisvesting.rente_{soort}", f"Rente {soort}", _EJ, "kosten", f"rente[{i}]",
           "rentepercentage x (investering + restwaarde) / 2 (gemiddeld vermogen), of x investering (boekwaarde)",
           f'IF({voorvoegsel}_rente_over={_w("rente_over", "gemiddeld_vermogen")},{voorvoegsel}_rentepercentage'
           f"*(({voorvoegsel}_investering+{voorvoegsel}_restwaarde)/2),"
           f"{voorvoegsel}_rentepercentage*{voorvoegsel}_investering)", h,
           f"{METHODE}#huisvesting", (f"invoer.rentepercentage[{i}]", f"invoer.investering[{i}]",
                                      f"invoer.restwaarde[{i}]"), naam=f"hv_rente_{soort}", als=soort),
    )


def _huisvesting() -> tuple[Rij, ...]:
    h: Blad = "Huisvesting"
    posten = tuple(
        _r(f"huisvesting.{post}", label, _EJ, "kosten", f"invoer.{veld}", "invoer", f"huisvesting_{post}", h,
           f"{METHODE}#huisvesting", naam=f"hv_{post}", figuur=False)
        for post, veld, label in (("energie_en_water", "energie_en_water", "Energie en water"),
                                  ("onderhoud_en_schoonmaak", "onderhoud_en_schoonmaak", "Onderhoud en schoonmaak"),
                                  ("verzekeringen_en_belastingen", "verzekeringen_en_belastingen",
                                   "Verzekeringen en belastingen"),
                                  ("overig", "overige_huisvesting", "Overige huisvestingslasten")))
    return (
        _r("huisvesting.huur", "Huur", _EJ, "kosten", "invoer.huur_per_jaar", "invoer",
           "huisvesting_huur_per_jaar", h, f"{METHODE}#huisvesting", naam="hv_huur", als="huur", figuur=False,
           kop="Huisvestingslasten per jaar"),
        *_investering(0, "gebouw", "eigendom"),
        *_investering(1, "inventaris", "inventaris"),
        *posten,
        _r("huisvesting_per_jaar", "Huisvestingslasten per jaar", _EJ, "kosten", "huisvesting",
           "som van huur of kapitaallasten, energie, onderhoud, inventaris, verzekering en overig", None, h,
           f"{METHODE}#huisvesting", ("invoer.huur_per_jaar", "[gebouw]huisvesting.afschrijving_gebouw",
                                      "[gebouw]huisvesting.rente_gebouw",
                                      "[inventaris]huisvesting.afschrijving_inventaris",
                                      "[inventaris]huisvesting.rente_inventaris", "invoer.energie_en_water",
                                      "invoer.onderhoud_en_schoonmaak", "invoer.verzekeringen_en_belastingen",
                                      "invoer.overige_huisvesting"),
           gedrag="vast", som=("huisvesting", "{post}")),
    )


def _overhead() -> tuple[Rij, ...]:
    o: Blad = "Overhead"
    grondslag = tuple(
        _r(f"overhead_g_{comp}", f"{label} in de grondslag (ja = 1)", _JN, "kosten", f"invoer.grondslag_{comp}",
           "1 als de component in de overheadgrondslag zit", f'IF(grondslag_{comp}={_w("janee", "ja")},1,0)', o, _OH,
           figuur=False) for comp, label in (("personeel", "Personeel"), ("clientkosten", "Cliëntkosten"),
                                            ("huisvesting", "Huisvesting")))
    return (
        _r("materiele_kosten_per_bezet_etmaal", "Cliëntgebonden materiële kosten per bezet etmaal",
           _EE, "kosten", "clientkosten_per_bezet_etmaal", "som van de posten per bezet etmaal",
           None, o, "Besluit Jeugdwet art. 2.3 lid 1 onder b", ("invoer.clientkosten_per_bezet_etmaal[*]",),
           som=("post_dag", "clientkosten_dag_{p}_bedrag"), kop="Cliëntgebonden materiële kosten"),
        _r("clientkosten_vast_per_jaar", "Cliëntkosten, vast deel per jaar", _EJ, "kosten", "clientkosten_vast",
           "som van de vaste cliëntgebonden posten", None, o, "Besluit Jeugdwet art. 2.3 lid 1 onder b",
           ("invoer.clientkosten_vast_per_jaar[*]",), gedrag="vast",
           som=("post_vast", "clientkosten_vast_{p}_bedrag")),
        _r("overhead_opslag", "Overhead als opslag op de grondslag", "%", "kosten", "overhead_opslag",
           "aandeel van het totaal s: s / (1 - s); opslag op de directe kosten o: o; vast bedrag: 0",
           'IF(conventie_overhead_conventie=' + _w("overhead_conventie", "aandeel_totaal")
           + ',overhead_percentage/(1-overhead_percentage),IF(conventie_overhead_conventie='
           + _w("overhead_conventie", "opslag_direct") + ',overhead_percentage,0))', o, _OH,
           ("invoer.overhead_percentage",), kop="Overhead"),
        *grondslag,
        _r("overhead_bedrag", "Vast overheadbedrag", _EJ, "kosten", "invoer.overhead_bedrag_per_jaar",
           "alleen bij de conventie 'vast bedrag'", "N(overhead_bedrag_per_jaar)", o, _OH, figuur=False),
        _r("overhead_grondslag_vast_per_jaar", "Grondslag overhead (vaste kosten)", _EJ, "kosten",
           "overhead_grondslag_vast",
           "personeelskosten, vaste cliëntkosten en huisvesting, elk alleen als het in de grondslag zit",
           "personeelskosten_per_jaar*overhead_g_personeel+clientkosten_vast_per_jaar*overhead_g_clientkosten"
           "+huisvesting_per_jaar*overhead_g_huisvesting", o, _OH,
           ("personeelskosten_per_jaar", "clientkosten_vast_per_jaar", "huisvesting_per_jaar"),
           naam="overhead_grondslag_vast"),
        _r("overhead_vast_per_jaar", "Overhead over vaste kosten per jaar", _EJ, "kosten", "overhead_vast",
           "overhead-opslag x grondslag (vaste kosten) + vast overheadbedrag",
           "overhead_opslag*overhead_grondslag_vast+overhead_bedrag", o, _OH,
           ("overhead_opslag", "overhead_grondslag_vast_per_jaar", "invoer.overhead_bedrag_per_jaar"),
           naam="overhead_vast", gedrag="vast"),
        _r("overhead_variabel_per_bezet_etmaal", "Overhead per bezet etmaal (op cliëntkosten)", _EE,
           "kosten", "overhead_per_bezet_etmaal",
           "overhead-opslag x cliëntkosten per bezet etmaal, als cliëntkosten in de grondslag zitten",
           "overhead_opslag*materiele_kosten_per_bezet_etmaal*overhead_g_clientkosten", o, _OH,
           ("overhead_opslag", "materiele_kosten_per_bezet_etmaal", "invoer.grondslag_clientkosten"),
           naam="overhead_per_bezet_etmaal_var"),
        _r("overhead_variabel_per_jaar", "Overhead over variabele kosten per jaar", _EJ, "kosten",
           "overhead_variabel", "overhead per bezet etmaal (op cliëntkosten) x bezette etmalen",
           "overhead_per_bezet_etmaal_var*bezette_etmalen", o, _OH,
           ("overhead_variabel_per_bezet_etmaal", "bezette_etmalen"), naam="overhead_variabel", gedrag="variabel"),
        _r("overhead_per_jaar", "Overhead per jaar", _EJ, "kosten", "overhead",
           "overhead over vaste kosten + overhead per bezet etmaal x bezette etmalen",
           "overhead_vast+overhead_per_bezet_etmaal_var*bezette_etmalen", o, _OH,
           ("overhead_vast_per_jaar", "overhead_variabel_per_bezet_etmaal", "bezette_etmalen")),
    )


_COMPONENTEN = (
    ("personeel", "personeelskosten_per_jaar", "Personeel", "personeel"),
    ("clientkosten", "clientkosten_per_jaar", "Cliëntkosten", "clientkosten"),
    ("huisvesting", "huisvesting_per_jaar", "Huisvesting", "huisvesting"),
    ("overhead", "overhead_per_jaar", "Overhead", "overhead"),
    ("kostprijs", "kostprijs_per_jaar", "Kostprijs", "kostprijs"),
    ("indexering", "indexering_per_jaar", "Indexering", "indexering"),
    ("risico", "risico_per_jaar", "Risico en marge", "risico"),
)


def _tarief() -> tuple[Rij, ...]:
    t: Blad = "Tariefopbouw"
    per_etmaal = tuple(
        _r(f"{comp}_per_bezet_etmaal", f"{label} per bezet etmaal", _EE, "tarief",
           f"per_bezet_etmaal:{veld}", f"{label.lower()} per jaar / bezette etmalen", f"{per_jaar}/bezette_etmalen",
           t, _TAR, (per_jaar, "bezette_etmalen"), kop="Per bezet etmaal" if comp == "personeel" else "")
        for comp, per_jaar, label, veld in _COMPONENTEN)
    return (
        _r("capaciteit_etmalen", "Capaciteit in etmalen", "etmalen per jaar", "tarief", "capaciteit_etmalen",
           "plaatsen x dagen per jaar", "kwv_plaatsen*kwv_dagen_per_jaar", t, _TAR,
           ("invoer.plaatsen", "invoer.dagen_per_jaar"), kop="Capaciteit en bezetting"),
        _r("bezette_etmalen", "Bezette etmalen per jaar", "etmalen per jaar", "tarief", "bezette_etmalen",
           "plaatsen x dagen per jaar x bezettingsgraad", "kwv_plaatsen*kwv_dagen_per_jaar*kwv_bezettingsgraad", t,
           f"{METHODE}#bezetting", ("invoer.plaatsen", "invoer.dagen_per_jaar", "invoer.bezettingsgraad")),
        _r("clientkosten_variabel_per_jaar", "Cliëntkosten, variabel deel per jaar", _EJ, "kosten",
           "clientkosten_variabel", "cliëntkosten per bezet etmaal x bezette etmalen",
           "materiele_kosten_per_bezet_etmaal*bezette_etmalen", t, _TAR,
           ("materiele_kosten_per_bezet_etmaal", "bezette_etmalen"), naam="clientkosten_variabel",
           gedrag="variabel", kop="Kostprijs per jaar"),
        _r("clientkosten_per_jaar", "Cliëntgebonden materiële kosten per jaar", _EJ, "kosten", "clientkosten",
           "vaste cliëntkosten + cliëntkosten per bezet etmaal x bezette etmalen",
           "clientkosten_vast_per_jaar+clientkosten_variabel", t, _TAR,
           ("clientkosten_vast_per_jaar", "clientkosten_variabel_per_jaar")),
        _r("kostprijs_per_jaar", "Kostprijs per jaar", _EJ, "kosten", "kostprijs",
           "personeelskosten + cliëntkosten + huisvesting + overhead",
           "personeelskosten_per_jaar+clientkosten_vast_per_jaar+clientkosten_variabel+huisvesting_per_jaar"
           "+overhead_per_jaar", t, _TAR,
           ("personeelskosten_per_jaar", "clientkosten_per_jaar", "huisvesting_per_jaar", "overhead_per_jaar")),
        _r("index_loon", "Index personeel en overhead", "%", "kosten", "invoer.index_loon",
           "VNG-gewogen: weging x loonindex + (1 - weging) x prijsindex + nacalculatie; per component: loonindex "
           "+ nacalculatie", None, t, f"{METHODE}#indexering; VNG-advies indexatie", als="indexering",
           kop="Indexering (AMvB d) en risico", werkboek_altijd=True),
        _r("index_prijs", "Index cliëntkosten en huisvesting", "%", "kosten", "invoer.index_prijs",
           "VNG-gewogen: dezelfde gewogen index; per component: prijsindex + nacalculatie", None, t,
           f"{METHODE}#indexering; VNG-advies indexatie", als="indexering", werkboek_altijd=True),
        _r("kostprijs_vast_geindexeerd_per_jaar", "Kostprijs vast, geïndexeerd", _EJ, "kosten",
           "kostprijs_vast_geindexeerd",
           "(personeelskosten + overhead vast) x (1 + index loon) + (vaste cliëntkosten + huisvesting) x (1 + index "
           "prijs)", "(personeelskosten_per_jaar+overhead_vast)*(1+index_loon)+(clientkosten_vast_per_jaar"
           "+huisvesting_per_jaar)*(1+index_prijs)", t, f"{METHODE}#indexering",
           ("personeelskosten_per_jaar", "overhead_vast_per_jaar", "invoer.index_loon", "clientkosten_vast_per_jaar",
            "huisvesting_per_jaar", "invoer.index_prijs"), naam="kostprijs_vast_geindexeerd"),
        _r("kostprijs_variabel_geindexeerd_per_bezet_etmaal", "Kostprijs per bezet etmaal variabel, geïndexeerd",
           _EE, "kosten", "kostprijs_per_bezet_etmaal_geindexeerd",
           "overhead per bezet etmaal x (1 + index loon) + cliëntkosten per bezet etmaal x (1 + index prijs)",
           "overhead_per_bezet_etmaal_var*(1+index_loon)+materiele_kosten_per_bezet_etmaal*(1+index_prijs)", t,
           f"{METHODE}#indexering", ("overhead_variabel_per_bezet_etmaal", "invoer.index_loon",
                                     "materiele_kosten_per_bezet_etmaal", "invoer.index_prijs"),
           naam="kostprijs_dag_geindexeerd"),
        _r("kostprijs_geindexeerd_per_jaar", "Kostprijs geïndexeerd", _EJ, "kosten", "kostprijs_geindexeerd",
           "kostprijs vast, geïndexeerd + kostprijs per bezet etmaal, geïndexeerd x bezette etmalen",
           "kostprijs_vast_geindexeerd+kostprijs_dag_geindexeerd*bezette_etmalen", t, f"{METHODE}#indexering",
           ("kostprijs_vast_geindexeerd_per_jaar", "kostprijs_variabel_geindexeerd_per_bezet_etmaal",
            "bezette_etmalen"), naam="kostprijs_geindexeerd"),
        _r("indexering_per_jaar", "Indexering per jaar (AMvB d)", _EJ, "kosten", "indexering",
           "geïndexeerde kostprijs - kostprijs", "kostprijs_geindexeerd-kostprijs_per_jaar", t,
           "Besluit Jeugdwet art. 2.3 lid 1 onder d", ("kostprijs_geindexeerd_per_jaar", "kostprijs_per_jaar")),
        _r("risico_opslag", "Risico-opslag op de kostprijs", "%", "kosten", "risico_opslag",
           "grondslag kostprijs: het percentage r; grondslag tarief: r / (1 - r)",
           'IF(conventie_risico_grondslag=' + _w("risico_grondslag", "kostprijs")
           + ',kwv_risico_opslag,kwv_risico_opslag/(1-kwv_risico_opslag))',
           t, f"{METHODE}#risico", ("invoer.risico_percentage",), naam="risico_opslag_effectief"),
        _r("risico_factor", "Factor risico en marge", "factor", "kosten", "risico_factor", "1 + risico-opslag",
           "1+risico_opslag_effectief", t, f"{METHODE}#risico", figuur=False),
        _r("tariefbudget_per_jaar", "Tariefbudget per jaar", _EJ, "kosten", "tariefbudget",
           "geïndexeerde kostprijs x (1 + risico-opslag)", "kostprijs_geindexeerd*risico_factor", t, _TAR,
           ("kostprijs_geindexeerd_per_jaar", "risico_opslag")),
        _r("risico_per_jaar", "Risico en marge per jaar", _EJ, "kosten", "risico",
           "tariefbudget - geïndexeerde kostprijs", "tariefbudget_per_jaar-kostprijs_geindexeerd", t,
           f"{METHODE}#risico", ("tariefbudget_per_jaar", "kostprijs_geindexeerd_per_jaar")),
        *per_etmaal,
        _r("tarief_per_bezet_etmaal", "Tarief per bezet etmaal", _EE, "tarief",
           "tarief_per_bezet_etmaal", "tariefbudget per jaar / bezette etmalen",
           "tariefbudget_per_jaar/bezette_etmalen",
           t, _TAR, ("tariefbudget_per_jaar", "bezette_etmalen"), kop="Tarief"),
        _r("tarief_per_plaats_per_jaar", "Tarief per plaats per jaar", _EJ, "tarief",
           "tarief_per_plaats_per_jaar", "tariefbudget per jaar / plaatsen", "tariefbudget_per_jaar/kwv_plaatsen", t,
           _TAR, ("tariefbudget_per_jaar", "invoer.plaatsen")),
        _r("tarief_per_plaats_per_maand", "Tarief per plaats per maand", "EUR per maand", "tarief",
           "tarief_per_plaats_per_maand", "tariefbudget per jaar / plaatsen / 12",
           "tariefbudget_per_jaar/kwv_plaatsen/12", t, _TAR, ("tariefbudget_per_jaar", "invoer.plaatsen")),
        *_amvb(),
        _r("vast_per_jaar", "Beschikbaarheidsfinanciering: vast deel per jaar", _EJ, "financiering",
           "vast_per_jaar", "kostprijs vast, geïndexeerd x (1 + risico-opslag)",
           "kostprijs_vast_geindexeerd*risico_factor", t, _VV, ("kostprijs_vast_geindexeerd_per_jaar", "risico_opslag"),
           kop="Vast + variabel (beschikbaarheidsfinanciering met dezelfde opbrengst)"),
        _r("vast_per_plaats_per_jaar", "Vast deel per plaats per jaar", _EJ, "financiering",
           "vast_per_plaats_per_jaar", "vast deel per jaar / plaatsen", "vast_per_jaar/kwv_plaatsen", t, _VV,
           ("vast_per_jaar", "invoer.plaatsen")),
        _r("variabel_per_bezet_etmaal", "Beschikbaarheidsfinanciering: variabel deel per bezet etmaal",
           _EE, "financiering", "variabel_per_bezet_etmaal",
           "kostprijs per bezet etmaal variabel, geïndexeerd x (1 + risico-opslag)",
           "kostprijs_dag_geindexeerd*risico_factor", t, _VV,
           ("kostprijs_variabel_geindexeerd_per_bezet_etmaal", "risico_opslag")),
    )


def _amvb() -> tuple[Rij, ...]:
    t: Blad = "Tariefopbouw"
    bron = "Besluit Jeugdwet art. 2.3 lid 1 (Stb. 2024, 69)"
    return (
        _r("amvb_a_per_bezet_etmaal", "a. Beroepskrachten", _EE, "amvb", "per_bezet_etmaal:amvb_a",
           "personeelskosten AMvB a / bezette etmalen", "personeel_a/bezette_etmalen", t, bron,
           ("personeel_a_per_jaar", "bezette_etmalen"), naam="amvb_a",
           kop="AMvB reële prijzen Jeugdwet (art. 2.3), per bezet etmaal"),
        _r("amvb_b_per_bezet_etmaal", "b. Overige cliëntgebonden kosten", _EE, "amvb",
           "per_bezet_etmaal:amvb_b", "(personeelskosten AMvB b + cliëntkosten) / bezette etmalen",
           "(personeel_b+clientkosten_per_jaar)/bezette_etmalen", t, bron,
           ("personeel_b_per_jaar", "clientkosten_per_jaar", "bezette_etmalen"), naam="amvb_b"),
        _r("amvb_c_per_bezet_etmaal", "c. Overhead (incl. huisvesting)", _EE, "amvb",
           "per_bezet_etmaal:amvb_c", "(overhead + huisvesting) / bezette etmalen",
           "(overhead_per_jaar+huisvesting_per_jaar)/bezette_etmalen", t, bron,
           ("overhead_per_jaar", "huisvesting_per_jaar", "bezette_etmalen"), naam="amvb_c"),
        _r("amvb_d_per_bezet_etmaal", "d. Indexering", _EE, "amvb", "per_bezet_etmaal:amvb_d",
           "indexering / bezette etmalen", "indexering_per_jaar/bezette_etmalen", t, bron,
           ("indexering_per_jaar", "bezette_etmalen"), naam="amvb_d"),
        _r("amvb_buiten_risico_per_bezet_etmaal", "Buiten de AMvB: risico en marge", _EE, "amvb",
           "per_bezet_etmaal:risico", "risico en marge per jaar / bezette etmalen", "risico_per_jaar/bezette_etmalen",
           t, bron, ("risico_per_jaar", "bezette_etmalen"), naam="amvb_buiten"),
        _r("amvb_totaal", "Totaal (= tarief per bezet etmaal)", _EE, "amvb", "tarief_per_bezet_etmaal",
           "a + b + c + d + risico en marge (controle)", "amvb_a+amvb_b+amvb_c+amvb_d+amvb_buiten", t, bron,
           figuur=False),
        _r("amvb_waarvan_leegstand_per_bezet_etmaal", "Waarvan leegstand (via de normbezetting, zit al in a-c)",
           _EE, "amvb", "leegstand_per_bezet_etmaal",
           "vast deel per jaar / bezette etmalen - vast deel per jaar / capaciteit in etmalen",
           "vast_per_jaar/bezette_etmalen-vast_per_jaar/capaciteit_etmalen", t, _VV,
           ("vast_per_jaar", "bezette_etmalen", "capaciteit_etmalen"), naam="amvb_leegstand"),
    )


TABEL: tuple[Rij, ...] = (*_formatie(), *_personeel(), *_huisvesting(), *_overhead(), *_tarief())
"""De tabel van figuren, in de volgorde van de opbouw (en van de werkboekbladen)."""

BEZETTING: dict[str, Rij] = {
    r.sleutel: r for r in (
        _r("bezetting.etmalen", "Bezette etmalen", "etmalen per jaar", "tarief", "bezette_etmalen",
           "plaatsen x dagen per jaar x bezettingsgraad van de rij", "kwv_plaatsen*kwv_dagen_per_jaar*{b}",
           "Bezetting", f"{METHODE}#bezetting", figuur=False),
        _r("bezetting.tariefbudget", "Tariefbudget per jaar", _EJ, "tarief", "tariefbudget",
           "(kostprijs vast, geïndexeerd + kostprijs per bezet etmaal, geïndexeerd x bezette etmalen) x (1 + "
           "risico-opslag); de vaste kosten blijven gelijk",
           "(kostprijs_vast_geindexeerd+kostprijs_dag_geindexeerd*{etm})*risico_factor", "Bezetting", _VV,
           figuur=False),
        _r("bezetting.tarief", "Tarief per bezet etmaal", _EE, "tarief", "tarief_per_bezet_etmaal",
           "tariefbudget per jaar / bezette etmalen", "{budget}/{etm}", "Bezetting", _TAR, figuur=False),
        _r("bezetting.markering", "Rij van de normbezetting", _JN, "tarief", "bezettingsgraad",
           "de rij waarvan de bezettingsgraad gelijk is aan de normbezetting wordt rood en vet",
           "ROUND($A{rij}-kwv_bezettingsgraad,6)=0", "Bezetting", f"{METHODE}#bezetting", figuur=False),
        _r("bezetting.leegstand", "Waarvan leegstand", _EE, "tarief", "leegstand_per_bezet_etmaal",
           "vast deel per jaar / bezette etmalen - vast deel per jaar / capaciteit in etmalen",
           "vast_per_jaar/{etm}-vast_per_jaar/capaciteit_etmalen", "Bezetting", _VV, figuur=False),
    )
}
"""Formules van het tabblad Bezetting: één rij per bezettingsgraad; ``{b}`` is de cel met de graad."""

AFGEROND = _r("afgerond", "Afgerond op centen", "EUR", "tarief", "", "afgerond op centen, een halve cent van "
              "nul af (zoals AFRONDEN in Excel)", "ROUND({naam},2)", "Tariefopbouw",
              "kostprijs.core.afronding", figuur=False)
"""De enige afronding in het werkboek: alleen in de gerapporteerde cellen."""

GERAPPORTEERD: tuple[str, ...] = ("tarief_per_bezet_etmaal", "tarief_per_plaats_per_maand", "vast_per_jaar",
                                  "variabel_per_bezet_etmaal")
"""Figuren die het werkboek ook afgerond toont (de kopgetallen)."""

INVOER: dict[str, tuple[str, str, str]] = {
    "weken_per_jaar": ("Weken per jaar", "weken per jaar", "conventies.weken_per_jaar"),
    "contracturen_per_week": ("Contracturen per week", "uur per week", "productiviteit.contracturen_per_week"),
    "verlofuren": ("Verlofuren", _UJ, "productiviteit.verlofuren"),
    "feestdagen_op_werkdag": ("Feestdagen op een werkdag", _DJ, "productiviteit.feestdagen_op_werkdag"),
    "uren_per_feestdag": ("Uren per feestdag", "uur", "productiviteit.uren_per_feestdag"),
    "verzuimpercentage": ("Verzuim", "%", "productiviteit.verzuimpercentage"),
    "scholingsuren": ("Scholingsuren", _UJ, "productiviteit.scholingsuren"),
    "overleguren": ("Overleguren", _UJ, "productiviteit.overleguren"),
    "overige_uren": ("Overige niet-cliëntgebonden uren", _UJ, "productiviteit.overige_uren"),
    "dienst_duur_uren": ("Duur", "uur", "rooster.diensten[{i}]"),
    "dienst_personeel": ("Medewerkers tegelijk", "medewerkers", "rooster.diensten[{i}].personeel"),
    "dienst_dagen_per_week": ("Dagen per week", "dagen per week", "rooster.diensten[{i}].dagen"),
    "dienst_telfactor": ("Telfactor", "%", "rooster.telfactoren"),
    "dienst_ort_uren_per_week": ("ORT-gewogen uren per week", "uur per week", "ort_tabel.banden"),
    "functie_aandeel_rooster": ("Aandeel rooster", "%", "functies[{i}].aandeel_rooster"),
    "functie_fte_vast": ("Vaste formatie", "fte", "functies[{i}].fte"),
    "functie_maandsalaris": ("Maandsalaris", "EUR per maand", "functies[{i}].maandsalaris"),
    "functie_ort_percentage": ("ORT-percentage", "%", "functies[{i}].ort.percentage"),
    "functie_inhuur_aandeel": ("Aandeel inhuur", "%", "functies[{i}].inhuur.aandeel_roosteruren"),
    "functie_inhuur_uurtarief": ("Uurtarief inhuur", "EUR per uur", "functies[{i}].inhuur.uurtarief"),
    "ort_uurloon_deler": ("Deler maandsalaris naar uurloon", "uur per maand", "ort_tabel.uurloon_deler"),
    "ort_maximum_uurloon": ("Maximum uurloon voor ORT", "EUR per uur", "ort_tabel.maximum_uurloon"),
    "ort_doorbetaling": ("ORT doorbetaald bij verlof en verzuim (ja = 1)", _JN,
                         "ort_tabel.doorbetaling_bij_afwezigheid"),
    "vakantietoeslag": ("Vakantietoeslag", "%", "loonkosten.vakantietoeslag"),
    "vakantietoeslag_minimum_per_maand": ("Minimum vakantietoeslag", "EUR per maand",
                                          "loonkosten.vakantietoeslag_minimum_per_maand"),
    "eindejaarsuitkering": ("Eindejaarsuitkering", "%", "loonkosten.eindejaarsuitkering"),
    "werkgeverslasten_percentage": ("Werkgeverslasten", "%", "loonkosten.werkgeverslasten"),
    "overige_personeelskosten": ("Overige personeelskosten", "%", "loonkosten.overige_personeelskosten"),
    "premie_sociaal": ("Premies werknemersverzekeringen en Zvw", "%", "loonkosten.werkgeverslasten"),
    "maximumpremieloon": ("Maximumpremieloon", _EJ, "loonkosten.werkgeverslasten.maximumpremieloon"),
    "pensioen_werkgeversdeel": ("Werkgeversdeel pensioenpremie", "%",
                                "loonkosten.werkgeverslasten.pensioen_werkgeversdeel"),
    "pensioen_franchise": ("Franchise pensioen", _EJ, "loonkosten.werkgeverslasten.pensioen_franchise"),
    "pensioen_maximum": ("Maximum pensioengevend salaris", _EJ,
                         "loonkosten.werkgeverslasten.pensioen_maximum"),
    "ao_premie_werkgever": ("Premie arbeidsongeschiktheid werkgever", "%",
                            "loonkosten.werkgeverslasten.arbeidsongeschiktheid_werkgever"),
    "ao_franchise": ("Franchise arbeidsongeschiktheid", _EJ,
                     "loonkosten.werkgeverslasten.arbeidsongeschiktheid_franchise"),
    "clientkosten_per_bezet_etmaal": ("Cliëntkosten per bezet etmaal", _EE,
                                      "clientkosten.per_bezet_etmaal"),
    "clientkosten_vast_per_jaar": ("Vaste cliëntkosten", _EJ, "clientkosten.vast_per_jaar"),
    "huur_per_jaar": ("Huur", _EJ, "huisvesting.huur_per_jaar"),
    "energie_en_water": ("Energie en water", _EJ, "huisvesting.energie_en_water"),
    "onderhoud_en_schoonmaak": ("Onderhoud en schoonmaak", _EJ, "huisvesting.onderhoud_en_schoonmaak"),
    "verzekeringen_en_belastingen": ("Verzekeringen en belastingen", _EJ,
                                     "huisvesting.verzekeringen_en_belastingen"),
    "overige_huisvesting": ("Overige huisvestingslasten", _EJ, "huisvesting.overig"),
    "investering": ("Investering", "EUR", "huisvesting"),
    "afschrijvingstermijn_jaren": ("Afschrijvingstermijn", "jaar", "huisvesting"),
    "rentepercentage": ("Rentepercentage", "%", "huisvesting"),
    "restwaarde": ("Restwaarde", "EUR", "huisvesting"),
    "plaatsen": ("Plaatsen", "plaatsen", "plaatsen"),
    "dagen_per_jaar": ("Dagen per jaar", _DJ, "dagen_per_jaar"),
    "bezettingsgraad": ("Normbezetting", "%", "bezettingsgraad"),
    "overhead_percentage": ("Overheadpercentage", "%", "overhead.percentage"),
    "overhead_bedrag_per_jaar": ("Vast overheadbedrag", _EJ, "overhead.bedrag_per_jaar"),
    "grondslag_clientkosten": ("Cliëntkosten in de grondslag (ja = 1)", _JN, "conventies.overhead_grondslag"),
    "risico_percentage": ("Risico-opslag (invoer)", "%", "risico_opslag"),
    "index_loon": ("Index personeel en overhead", "%", "indexering"),
    "index_prijs": ("Index cliëntkosten en huisvesting", "%", "indexering"),
}
"""Label, eenheid en YAML-pad van de getallen van de kern die als invoer in een figuur voorkomen."""


def waarde_in(opbouw: Opbouw, kern: KernInvoer, pad: str) -> np.ndarray:
    """De waarde op ``pad`` (zie :attr:`Rij.waarde`) in de opbouw of de invoer van de kern."""
    if pad.startswith("per_bezet_etmaal:"):
        return opbouw.per_bezet_etmaal(pad.split(":", 1)[1])
    bron: object = kern if pad.startswith("invoer.") else opbouw
    for deel in pad.removeprefix("invoer.").split("."):
        naam, _, index = deel.partition("[")
        bron = getattr(bron, naam)
        if index:
            bron = np.asarray(bron)[..., int(index.rstrip("]"))]
    return np.asarray(bron, dtype=float)


ELEMENTVOORWAARDEN = frozenset({"inhuur"})
"""Voorwaarden die per functie gelden: het werkboek heeft de cel voor elke functie (dan 0), het
resultaat toont de figuur alleen waar de voorwaarde geldt."""


def geldt(als: str | None, s: Structuur, index: int | None = None) -> bool:
    """Of een rij (of een element ervan) in dit model voorkomt."""
    if als is None:
        return True
    if als == "inhuur":
        return index is None or s.functie_inhuur[index]
    return bool({"ort_tabel": s.ort_tabel, "huur": s.huur, "gebouw": s.gebouw, "inventaris": s.inventaris,
                 "indexering": s.indexering, "opbouw": s.werkgeverslasten_opbouw}[als])


class _Laat(dict[str, str]):
    """Vul bekende plaatshouders in en laat de andere staan (het werkboek vult ze later)."""

    def __missing__(self, sleutel: str) -> str:
        return "{" + sleutel + "}"


@dataclass(frozen=True)
class Cel:
    """Eén rij van de tabel, uitgevouwen voor één dienst of functie (of de rij zelf als die geen as heeft)."""

    rij: Rij
    index: int | None
    vervang: dict[str, str]

    @property
    def sleutel(self) -> str:
        return self.rij.sleutel.format_map(_Laat(self.vervang))

    @property
    def label(self) -> str:
        return self.rij.label.format_map(_Laat(self.vervang))

    @property
    def naam(self) -> str:
        return self.rij.naam.format_map(_Laat(self.vervang))


def _vervang(rij: Rij, s: Structuur, i: int | None) -> dict[str, str]:
    if i is None or rij.per == "":
        return {}
    if rij.per == "dienst":
        return {"dienst": s.dienst_sleutel(i), "naam": s.diensten[i], "d": f"dienst_{i + 1}"}
    return {"functie": s.functie_sleutel(i), "naam": s.functies[i], "f": f"functie_{i + 1}"}


def _aantal(per: As, s: Structuur) -> int:
    return len(s.diensten) if per == "dienst" else len(s.functies)


def cellen(s: Structuur, rijen: tuple[Rij, ...] = TABEL, werkboek: bool = False) -> Iterator[Cel]:
    """Elke rij uitgevouwen over haar as, voor zover ze in dit model voorkomt.

    ``werkboek=True``: ook de tussencellen (``figuur=False``) en, bij voorwaarden per functie, de cel van
    elke functie (het werkboek telt ze allemaal op); anders alleen de figuren van het resultaat.
    """
    for rij in rijen:
        if not werkboek and not rij.figuur:
            continue
        structureel = rij.als if rij.als not in ELEMENTVOORWAARDEN else None
        if not geldt(structureel, s) and not (werkboek and rij.werkboek_altijd):
            continue
        indexen: list[int | None] = [None] if rij.per == "" else list(range(_aantal(rij.per, s)))
        for i in indexen:
            if werkboek or geldt(rij.als, s, i):
                yield Cel(rij, i, _vervang(rij, s, i))


def _huisvestingsposten(s: Structuur) -> list[str]:
    return [r.naam for r in TABEL if r.blad == "Huisvesting" and r.som is None and geldt(r.als, s)]


def excel_formule(cel: Cel, s: Structuur) -> str | None:
    """De Excel-formule van deze cel (zonder ``=``), met de namen van dit werkboek; ``None``: vaste waarde."""
    rij = cel.rij
    if rij.som is not None:
        as_, term = rij.som
        if as_ == "huisvesting":
            termen = _huisvestingsposten(s)
        elif as_ in ("post_dag", "post_vast"):
            n = len(s.posten_per_etmaal if as_ == "post_dag" else s.posten_vast)
            termen = [term.format(p=k + 1) for k in range(n)]
        else:
            n = _aantal("dienst" if as_ == "dienst" else "functie", s)
            sleutel = "d" if as_ == "dienst" else "f"
            termen = [term.format_map(_Laat({sleutel: f"{as_}_{k + 1}"})) for k in range(n)]
        return "+".join(termen) if termen else "0"
    if rij.excel is None:
        return None
    keuzes = {"ort_tabel": s.ort_tabel, "werkgeverslasten": s.werkgeverslasten_opbouw}
    tekst = rij.excel.format_map(_Laat({k: DELEN[k][v] for k, v in keuzes.items() if "{" + k + "}" in rij.excel}))
    return tekst.format_map(_Laat(cel.vervang))


PER_SLEUTEL: dict[str, Rij] = {r.sleutel: r for r in (*TABEL, *BEZETTING.values(), AFGEROND)}
"""Elke rij op haar sleutel(sjabloon)."""


def invoer_van(cel: Cel, s: Structuur) -> Iterator[tuple[str, str, int | None]]:
    """De ingaande waarden van een cel: (sleutel van een figuur of ``invoer.<veld>``, veld, index).

    Voor een figuur is ``veld`` leeg; voor een getal van de kern is het de veldnaam en ``index`` de plaats
    op de as (dienst, functie, post of investering), of ``None`` voor één getal.
    """
    for ingang in cel.rij.invoer:
        voorwaarde, naam = ingang[1:].split("]", 1) if ingang.startswith("[") else ("", ingang)
        if voorwaarde and not geldt(voorwaarde, s, cel.index):
            continue
        if naam.startswith("invoer."):
            veld, _, index = naam.removeprefix("invoer.").partition("[")
            if index == "*]":
                posten = s.posten_per_etmaal if veld == "clientkosten_per_bezet_etmaal" else s.posten_vast
                for k, post in enumerate(posten):
                    yield f"invoer.{veld}.{post}", veld, k
            elif index:
                yield naam, veld, int(index.rstrip("]"))
            else:
                yield naam, veld, cel.index if veld.startswith(("dienst_", "functie_")) else None
        elif naam.endswith(".*"):
            basis = naam[:-2]
            rij = next(r for r in TABEL if r.sleutel.startswith(basis + ".{"))
            for c in cellen(s, (rij,)):
                yield c.sleutel, "", None
        else:
            yield naam.format_map(_Laat(cel.vervang)), "", None


_BLADTITELS: dict[str, str] = {
    "Formatie": "Formatie: van rooster naar uren en fte",
    "Personeelskosten": "Personeelskosten per functie",
    "Huisvesting": "Huisvesting",
    "Overhead": "Cliëntkosten en overhead",
    "Tariefopbouw": "Tariefopbouw, AMvB-indeling en vast + variabel",
}


def _cel_md(tekst: str) -> str:
    return tekst.replace("|", "\\|").replace("\n", " ")


def markdown() -> str:
    """De tabel van figuren als Markdown voor ``docs/figuren.md`` (gegenereerd; een test bewaakt dat)."""
    regels = [
        "# Tabel van figuren",
        "",
        "Dit bestand is gegenereerd uit `kostprijs.figuren.TABEL` met `python scripts/maak_figurentabel.py`;",
        "wijzig de tabel, niet dit bestand. Elke figuur van de tariefopbouw staat hier één keer: de sleutel",
        "(voor `kostprijs bereken --uitleg SLEUTEL` en de JSON), het label, de eenheid, vast of variabel,",
        "de formule in woorden, de Excel-formule van het werkboek, waar de waarde in de opbouw staat",
        "(`kostprijs.core.keten.Opbouw`) en de bron van de rekenregel.",
        "",
        "Plaatshouders: `{dienst}` en `{functie}` zijn de naam van een dienst of functie in kleine letters met",
        "liggende streepjes; in Excel is `{d}` de rij van een dienst (`dienst_1`) en `{f}` die van een functie",
        "(`functie_1`). *Alleen als* noemt de voorwaarde waaronder de figuur bestaat (bijv. alleen bij een",
        "ORT-tabel). Rijen met *tussencel* staan in het werkboek maar niet apart in het resultaat.",
        "",
    ]
    for blad, titel in _BLADTITELS.items():
        regels += [f"## {titel}", "",
                   "| sleutel | label | eenheid | vast/variabel | formule in woorden | Excel | opbouw | bron |",
                   "|---|---|---|---|---|---|---|---|"]
        for r in TABEL:
            if r.blad != blad:
                continue
            if r.som is not None:
                excel = f"som over {r.som[0]} van `{r.som[1]}`"
            else:
                excel = f"`{r.excel}`" if r.excel else "vaste waarde"
            extra = [x for x in (f"alleen als: {r.als}" if r.als else "", "" if r.figuur else "tussencel") if x]
            regels.append("| " + " | ".join(_cel_md(x) for x in (
                f"`{r.sleutel}`", r.label + (f" ({'; '.join(extra)})" if extra else ""), r.eenheid, r.gedrag or "",
                r.woorden, excel, f"`{r.waarde}`", r.bron)) + " |")
        regels.append("")
    return "\n".join(regels)


@dataclass(frozen=True)
class Regiofiguur:
    """Een figuur van het regiowerkboek (``kostprijs regio REGIO.yaml --uit REGIO.xlsx``): rekenwerk op de
    bladen van de woningen."""

    label: str
    eenheid: str
    woorden: str
    excel: str
    """Excel-formule zonder ``=``; plaatshouders ``{w}`` (voorvoegsel van een woning), ``{bereik}``, ``{vorig}``,
    ``{index}``, ``{aandeel}``, ``{totaal}``."""
    bron: str


REGIO: dict[str, Regiofiguur] = {
    "jaarbedrag": Regiofiguur(
        "Verwacht bedrag per jaar (tarief x verwachte bezette dagen)", "EUR per jaar",
        "tarief per bezet etmaal x verwachte bezette dagen van alle woningen van dit model",
        "{w}_tarief*{w}_verwachte_dagen", "docs/regio.md#meerjarenbegroting"),
    "begroting_basisjaar": Regiofiguur(
        "Begroting regio, basisjaar", "EUR per jaar", "som van de verwachte bedragen per jaar van alle woningen",
        "SUM({bereik})", "docs/regio.md#meerjarenbegroting"),
    "begroting_jaar": Regiofiguur(
        "Begroting regio", "EUR per jaar", "begroting van het vorige jaar x (1 + index van dit jaar)",
        "{vorig}*(1+{index})", "docs/regio.md#meerjarenbegroting; kostprijs.core.indexering.tariefpad"),
    "begroting_gemeente": Regiofiguur(
        "Begroting gemeente", "EUR per jaar", "aandeel in het fonds x begroting van de regio",
        "{aandeel}*{totaal}", "docs/regio.md#meerjarenbegroting"),
    "fonds_gemeente": Regiofiguur(
        "Verwachte betaling in het fonds", "EUR per jaar", "aandeel in het fonds x verwachte betaling van de regio",
        "{aandeel}*regio_verwachte_betaling", "docs/regio.md#wie-betaalt-de-leegstand"),
    "som_aandelen": Regiofiguur(
        "Som van de aandelen (controle: 100%)", "%", "som van de aandelen van alle gemeenten", "SUM({bereik})",
        "docs/regio.md#wie-betaalt-de-leegstand"),
    "verwijzing": Regiofiguur(
        "Waarde van het blad van de woning", "", "dezelfde waarde als op het blad van de woning", "{naam}",
        "docs/regio.md#woningen-naast-elkaar"),
}
"""Formules van het regiowerkboek; de bladen van de woningen bevatten hun figuren als vaste waarden uit
``bereken`` (het eigen werkboek met de hele keten maakt ``kostprijs bereken MODEL --uit MODEL.xlsx``)."""
