"""Van invoermodel naar resultaat: pakt het pydantic-model uit en roept de pure kern aan.

Dit is de enige laag die zowel de invoermodellen als de rekenkern kent (het 'wrapper'-patroon van
pvlib). Hij voegt geen rekenregels toe; elke formule staat in :mod:`kostprijs.core`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kostprijs._versie import __version__
from kostprijs.core import huisvesting as kh
from kostprijs.core import overhead as ko
from kostprijs.core import personeel as kp
from kostprijs.core import productiviteit as kpr
from kostprijs.core import rooster as kr
from kostprijs.core import tarief as kt
from kostprijs.inputs import (
    WEKEN_PER_JAAR,
    Functie,
    KwvModel,
    OrtPercentage,
    OrtUitRooster,
    dagnummers,
    figuursleutel,
    minuten,
)
from kostprijs.results import Figuur, Groep, Kostengedrag, Resultaat


class _Figuren:
    """Verzamelt figuren in volgorde van berekening."""

    def __init__(self) -> None:
        self.items: dict[str, Figuur] = {}

    def zet(self, sleutel: str, omschrijving: str, waarde: float, eenheid: str, formule: str,
            invoer: dict[str, float], groep: Groep, geld: bool = True,
            gedrag: Kostengedrag | None = None) -> float:
        w = float(waarde)
        if not np.isfinite(w):
            from kostprijs.errors import RekenFout

            raise RekenFout(f"De figuur '{sleutel}' is niet eindig ({w}); controleer de invoer.")
        self.items[sleutel] = Figuur(
            sleutel=sleutel, omschrijving=omschrijving, waarde=w, eenheid=eenheid, formule=formule,
            invoer={k: float(v) for k, v in invoer.items()}, groep=groep, geld=geld, kostengedrag=gedrag,
        )
        return w


@dataclass(frozen=True)
class Uren:
    """Tussenresultaat uren: rooster, contract en netto. [uur/jaar]"""

    weken: float
    rooster: float
    ort_gewogen: float
    contract: float
    netto: float


def _uren(m: KwvModel, fig: _Figuren) -> Uren:
    weken = WEKEN_PER_JAAR[m.conventies.weken_per_jaar]
    tf = m.rooster.telfactoren
    totaal = 0.0
    for d in m.rooster.diensten:
        factor = getattr(tf, d.soort)
        dagen = len(dagnummers(d.dagen))
        u = float(kr.roosteruren_per_jaar([d.duur_uren], [d.personeel], [dagen], [factor], weken))
        totaal += fig.zet(
            f"roosteruren.{figuursleutel(d.naam)}", f"Roosteruren dienst {d.naam}", u, "uur/jaar",
            "uren per dienst x medewerkers x dagen per week x telfactor x weken per jaar",
            {"uren_per_dienst": d.duur_uren, "medewerkers": d.personeel, "dagen_per_week": dagen,
             "telfactor": factor, "weken_per_jaar": weken}, "uren", geld=False)
    fig.zet("roosteruren_per_jaar", "Roosteruren per jaar (betaalde tijd)", totaal, "uur/jaar",
            "som van de roosteruren van alle diensten",
            {f"dienst {d.naam}": fig.items[f"roosteruren.{figuursleutel(d.naam)}"].waarde
             for d in m.rooster.diensten}, "uren", geld=False)
    ort_gewogen = 0.0
    if m.ort_tabel is not None:
        raster = kr.ort_weekraster(
            (dagnummers(b.dagen), minuten(b.van), minuten(b.tot), b.percentage) for b in m.ort_tabel.banden
        )
        for d in m.rooster.diensten:
            if d.soort == "wakker":  # CAO 8.1 lid b: slaapdienst telt niet voor ORT; waak idem [I]
                per_week = kr.ort_gewogen_uren_per_week(raster, dagnummers(d.dagen), minuten(d.begin), d.duur_uren)
                ort_gewogen += per_week * d.personeel * weken
        fig.zet("ort_gewogen_uren_per_jaar", "ORT-gewogen roosteruren (uren x ORT-percentage)",
                ort_gewogen, "uur/jaar", "som over wakkere diensten van uren in elke ORT-band x percentage "
                "x medewerkers x weken per jaar", {"weken_per_jaar": weken}, "uren", geld=False)
    p = m.productiviteit
    contract = float(kpr.contracturen_per_fte(p.contracturen_per_week, weken))
    fig.zet("contracturen_per_fte", "Contracturen per fte", contract, "uur/jaar",
            "contracturen per week x weken per jaar",
            {"contracturen_per_week": p.contracturen_per_week, "weken_per_jaar": weken}, "uren", False)
    feestdagen = _feestdagen(m, fig)
    netto = float(kpr.netto_uren_per_fte(contract, p.verlofuren, feestdagen, p.uren_per_feestdag,
                                         p.verzuimpercentage, p.scholingsuren, p.overleguren, p.overige_uren))
    fig.zet("netto_uren_per_fte", "Netto inzetbare uren per fte", netto, "uur/jaar",
            "contracturen - verlof - feestdagen x uren per feestdag - verzuim x contracturen - scholing "
            "- overleg - overige", {"contracturen": contract, "verlofuren": p.verlofuren,
                                    "feestdagen_op_werkdag": feestdagen,
                                    "uren_per_feestdag": p.uren_per_feestdag,
                                    "verzuimpercentage": p.verzuimpercentage, "scholingsuren": p.scholingsuren,
                                    "overleguren": p.overleguren, "overige_uren": p.overige_uren}, "uren", False)
    fig.zet("productiviteit", "Productiviteit (netto / contracturen)", netto / contract, "/1",
            "netto uren per fte / contracturen per fte", {"netto_uren": netto, "contracturen": contract},
            "uren", False)
    return Uren(weken, totaal, ort_gewogen, contract, netto)


def _feestdagen(m: KwvModel, fig: _Figuren) -> int:
    """Feestdagen op een werkdag: invoer, of uit de kalender van het modeljaar (CAO 9.7). [dagen/jaar]"""
    n = m.aantal_feestdagen_op_werkdag()
    if m.productiviteit.feestdagen_op_werkdag == "kalender":
        from kostprijs.kalender import feestdagen_op_werkdag

        dagen = {f"{d.isoformat()} {naam}": 1.0 for d, naam in feestdagen_op_werkdag(m.jaar)}
        formule = f"kalender {m.jaar}: feestdagen uit CAO Jeugdzorg 9.7 (cao_jeugdzorg.feestdagen.lijst) op ma-vr"
    else:
        dagen, formule = {}, "invoer (productiviteit.feestdagen_op_werkdag)"
    fig.zet("feestdagen_op_werkdag", "Feestdagen op een werkdag", n, "dagen/jaar", formule, dagen, "uren", False)
    return n


def _maandsalaris(m: KwvModel, f: Functie) -> tuple[float, str]:
    """Maandsalaris en de formule van het basissalaris (met herkomst bij een salaristabel)."""
    ms = m.maandsalaris(f)
    if f.maandsalaris is not None or m.salaristabel is None:
        return ms, "12 x maandsalaris"
    versie = m.salaristabel.versie(m.datum)
    vanaf = versie.geldig_vanaf.isoformat() if versie else "?"
    status = versie.status if versie else "?"
    return ms, (f"12 x maandsalaris (salaristabel '{m.salaristabel.naam}', schaal {f.schaal} trede {f.trede}, "
                f"tabel geldig vanaf {vanaf}, status {status}, peildatum {m.datum.isoformat()})")


def _functie(m: KwvModel, f: Functie, u: Uren, fig: _Figuren) -> tuple[float, float]:
    """Formatie en personeelskosten van één functie; geeft (kosten eigen personeel, inhuur). [EUR/jaar]"""
    s = figuursleutel(f.naam)
    inhuur_aandeel = f.inhuur.aandeel_roosteruren if f.inhuur else 0.0
    if f.soort == "groep":
        aandeel = f.aandeel_rooster if f.aandeel_rooster is not None else 1.0
        uren_eigen = u.rooster * aandeel * (1 - inhuur_aandeel)
        fte = fig.zet(f"fte.{s}", f"Formatie {f.naam}", float(kpr.fte_uit_uren(uren_eigen, u.netto)), "fte",
                      "roosteruren x aandeel rooster x (1 - aandeel inhuur) / netto uren per fte",
                      {"roosteruren": u.rooster, "aandeel_rooster": aandeel, "aandeel_inhuur": inhuur_aandeel,
                       "netto_uren_per_fte": u.netto}, "formatie", geld=False)
    else:
        aandeel = 0.0
        fte = fig.zet(f"fte.{s}", f"Formatie {f.naam}", f.fte or 0.0, "fte", "vaste formatie uit de invoer",
                      {}, "formatie", geld=False)
    ms, basis_formule = _maandsalaris(m, f)
    basis = 12 * ms
    if isinstance(f.ort, OrtPercentage):
        ort, ort_formule, ort_in = f.ort.percentage * basis, "ORT-percentage x basisjaarsalaris", {
            "percentage": f.ort.percentage, "basisjaarsalaris": basis}
    elif isinstance(f.ort, OrtUitRooster) and m.ort_tabel is not None and fte > 0:
        t = m.ort_tabel
        door = u.contract / u.netto if t.doorbetaling_bij_afwezigheid else 1.0
        gewogen = u.ort_gewogen * aandeel * (1 - inhuur_aandeel)
        ort = float(kp.ort_per_fte_uit_tabel(gewogen, ms, t.uurloon_deler, t.maximum_uurloon, fte, door))
        ort_formule = ("ORT-gewogen uren x min(maandsalaris / deler, maximum uurloon) x doorbetalingsfactor "
                       "/ fte")
        ort_in = {"ort_gewogen_uren": gewogen, "maandsalaris": ms, "uurloon_deler": t.uurloon_deler,
                  "maximum_uurloon": t.maximum_uurloon, "doorbetalingsfactor": door, "fte": fte}
    else:
        ort, ort_formule, ort_in = 0.0, "geen ORT voor deze functie", {}
    lk = m.loonkosten
    k = kp.kosten_per_fte(ms, lk.vakantietoeslag, lk.vakantietoeslag_minimum_per_maand,
                          lk.eindejaarsuitkering, ort, lk.werkgeverslasten, lk.overige_personeelskosten)
    g: Groep = "personeel"
    fig.zet(f"basissalaris_per_fte.{s}", f"Basisjaarsalaris {f.naam}", float(k.basis), "EUR/jaar",
            basis_formule, {"maandsalaris": ms}, g)
    fig.zet(f"vakantietoeslag_per_fte.{s}", f"Vakantietoeslag {f.naam}", float(k.vakantietoeslag), "EUR/jaar",
            "max(vakantietoeslag x basisjaarsalaris, 12 x minimum per maand)",
            {"vakantietoeslag": lk.vakantietoeslag, "basisjaarsalaris": basis,
             "minimum_per_maand": lk.vakantietoeslag_minimum_per_maand}, g)
    fig.zet(f"eindejaarsuitkering_per_fte.{s}", f"Eindejaarsuitkering {f.naam}", float(k.eindejaarsuitkering),
            "EUR/jaar", "eindejaarsuitkering x basisjaarsalaris",
            {"eindejaarsuitkering": lk.eindejaarsuitkering, "basisjaarsalaris": basis}, g)
    fig.zet(f"ort_per_fte.{s}", f"ORT {f.naam}", ort, "EUR/jaar", ort_formule, ort_in, g)
    fig.zet(f"bruto_per_fte.{s}", f"Bruto jaarloon {f.naam}", float(k.bruto), "EUR/jaar",
            "basis + vakantietoeslag + eindejaarsuitkering + ORT",
            {"basis": basis, "vakantietoeslag": float(k.vakantietoeslag),
             "eindejaarsuitkering": float(k.eindejaarsuitkering), "ort": ort}, g)
    fig.zet(f"werkgeverslasten_per_fte.{s}", f"Werkgeverslasten {f.naam}", float(k.werkgeverslasten), "EUR/jaar",
            "werkgeverslasten x bruto jaarloon", {"werkgeverslasten": lk.werkgeverslasten,
                                                   "bruto": float(k.bruto)}, g)
    fig.zet(f"overige_personeelskosten_per_fte.{s}", f"Overige personeelskosten {f.naam}", float(k.overige),
            "EUR/jaar", "overige personeelskosten x bruto jaarloon",
            {"overige_personeelskosten": lk.overige_personeelskosten, "bruto": float(k.bruto)}, g)
    per_fte = fig.zet(f"kosten_per_fte.{s}", f"Kosten per fte {f.naam}", float(k.totaal), "EUR/jaar",
                      "bruto jaarloon + werkgeverslasten + overige personeelskosten",
                      {"bruto": float(k.bruto), "werkgeverslasten": float(k.werkgeverslasten),
                       "overige": float(k.overige)}, g)
    eigen = fig.zet(f"personeelskosten.{s}", f"Personeelskosten {f.naam}", fte * per_fte, "EUR/jaar",
                    "fte x kosten per fte", {"fte": fte, "kosten_per_fte": per_fte}, "kosten", gedrag="vast")
    inhuur = 0.0
    if f.inhuur is not None:
        uren_inhuur = u.rooster * aandeel
        inhuur = fig.zet(f"inhuurkosten.{s}", f"Inhuur (PNIL) {f.naam}", float(kp.inhuurkosten_per_jaar(
            uren_inhuur, inhuur_aandeel, f.inhuur.uurtarief)), "EUR/jaar",
            "roosteruren van de functie x aandeel inhuur x uurtarief",
            {"roosteruren": uren_inhuur, "aandeel_inhuur": inhuur_aandeel, "uurtarief": f.inhuur.uurtarief},
            "kosten", gedrag="vast")
    return eigen, inhuur


def _huisvesting(m: KwvModel, fig: _Figuren) -> float:
    h = m.huisvesting
    posten: dict[str, float] = {}
    if h.huur_per_jaar is not None:
        posten["huur"] = h.huur_per_jaar
    for naam, inv in (("gebouw", h.eigendom), ("inventaris", h.inventaris)):
        if inv is not None:
            k = kh.kapitaallasten(inv.investering, inv.afschrijvingstermijn_jaren, inv.rentepercentage,
                                  inv.restwaarde, inv.rente_over == "gemiddeld_vermogen")
            posten[f"afschrijving_{naam}"] = fig.zet(
                f"huisvesting.afschrijving_{naam}", f"Afschrijving {naam}", float(k.afschrijving), "EUR/jaar",
                "(investering - restwaarde) / afschrijvingstermijn",
                {"investering": inv.investering, "restwaarde": inv.restwaarde,
                 "afschrijvingstermijn_jaren": inv.afschrijvingstermijn_jaren}, "kosten")
            grond = "(investering + restwaarde) / 2" if inv.rente_over == "gemiddeld_vermogen" else "investering"
            posten[f"rente_{naam}"] = fig.zet(
                f"huisvesting.rente_{naam}", f"Rente {naam}", float(k.rente), "EUR/jaar",
                f"rentepercentage x {grond}", {"rentepercentage": inv.rentepercentage,
                                               "investering": inv.investering, "restwaarde": inv.restwaarde},
                "kosten")
    posten.update({"energie_en_water": h.energie_en_water, "onderhoud_en_schoonmaak": h.onderhoud_en_schoonmaak,
                   "verzekeringen_en_belastingen": h.verzekeringen_en_belastingen, "overig": h.overig})
    return fig.zet("huisvesting_per_jaar", "Huisvestingslasten per jaar", sum(posten.values()), "EUR/jaar",
                   "som van huur of kapitaallasten, energie, onderhoud, inventaris, verzekering en overig",
                   posten, "kosten", gedrag="vast")


def overhead_opslag(m: KwvModel) -> float:
    """Overhead als opslag op de grondslag, omgerekend uit de gekozen conventie. [/1]"""
    c, pct = m.conventies.overhead_conventie, m.overhead.percentage or 0.0
    if c == "aandeel_totaal":
        return float(ko.opslag_uit_aandeel(pct))
    return pct if c == "opslag_direct" else 0.0


def risico_opslag(m: KwvModel) -> float:
    """Risico-opslag op de kostprijs; bij grondslag 'tarief' omgerekend: r/(1-r). [/1]"""
    r = m.risico_opslag
    return r if m.conventies.risico_grondslag == "kostprijs" else r / (1 - r)


def conventies_tekst(m: KwvModel) -> dict[str, str]:
    """De conventies in woorden, voor elke uitvoer."""
    c, tf = m.conventies, m.rooster.telfactoren
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
        "telfactoren": f"wakker {tf.wakker:g}, slaap {tf.slaap:g}, waak {tf.waak:g}",
        "afronding": "rekenkundig (half van nul af) op centen, alleen gerapporteerde bedragen",
        "amvb_indeling": "a: functies met amvb a; b: functies met amvb b + cliëntkosten; "
                         "c: overhead + huisvesting; d: indexering",
        "indexering": "geen (d = 0)" if m.indexering is None else
                      {"vng_gewogen": "VNG-gewogen: één index voor het hele tarief",
                       "per_component": "per component: personeel + overhead met loonindex, cliëntkosten + "
                                        "huisvesting met prijsindex"}[m.indexering.methode],
    }


def kern_argumenten(model: KwvModel, fig: _Figuren | None = None) -> dict[str, float]:
    """Alle argumenten van :func:`kostprijs.core.tarief.tariefopbouw` voor dit model, als floats.

    Het scenario-deel vervangt er één of meer door arrays om rasters door te rekenen (broadcasting).
    """
    fig = fig if fig is not None else _Figuren()
    m = model
    u = _uren(m, fig)
    p_amvb = {"a": 0.0, "b": 0.0}
    for f in m.functies:
        eigen, inhuur = _functie(m, f, u, fig)
        p_amvb[f.amvb] += eigen + inhuur
    clientdag = sum(m.clientkosten.per_bezet_etmaal.values())
    fig.zet("materiele_kosten_per_bezet_etmaal", "Cliëntgebonden materiële kosten per bezet etmaal (invoer)",
            clientdag, "EUR/bezet etmaal", "som van de posten per bezet etmaal",
            dict(m.clientkosten.per_bezet_etmaal), "kosten")
    g = m.conventies.overhead_grondslag
    return {
        "personeel_a": p_amvb["a"], "personeel_b": p_amvb["b"],
        "clientkosten_vast": sum(m.clientkosten.vast_per_jaar.values()),
        "clientkosten_per_bezet_etmaal": clientdag, "huisvesting": _huisvesting(m, fig),
        "plaatsen": float(m.plaatsen), "dagen_per_jaar": float(m.dagen_per_jaar),
        "bezettingsgraad": m.bezettingsgraad, "overhead_opslag": overhead_opslag(m),
        "overhead_bedrag": m.overhead.bedrag_per_jaar or 0.0,
        "grondslag_personeel": float("personeel" in g), "grondslag_clientkosten": float("clientkosten" in g),
        "grondslag_huisvesting": float("huisvesting" in g), "risico_opslag": risico_opslag(m),
        **_indexering(m, fig),
    }


def _indexering(m: KwvModel, fig: _Figuren) -> dict[str, float]:
    """``index_loon`` en ``index_prijs`` uit de indexeringsparagraaf (zonder paragraaf: 0, d = 0)."""
    if m.indexering is None:
        return {"index_loon": 0.0, "index_prijs": 0.0}
    from kostprijs.indexering import indexcijfers

    ix = indexcijfers(m.indexering)
    invoer = {"loonindex": ix.loonindex, "prijsindex": ix.prijsindex, "nacalculatie": ix.nacalculatie}
    if ix.weging_loon is not None:
        invoer["weging_loon"] = ix.weging_loon
    regel = ("weging x loonindex + (1 - weging) x prijsindex + nacalculatie" if ix.methode == "vng_gewogen"
             else "{} + nacalculatie")
    fig.zet("index_loon", "Index personeel en overhead", ix.index_loon, "/1",
            f"{regel.format('loonindex')} ({ix.methode}; {ix.herkomst})", invoer, "kosten", False)
    fig.zet("index_prijs", "Index cliëntkosten en huisvesting", ix.index_prijs, "/1",
            f"{regel.format('prijsindex')} ({ix.methode}; {ix.herkomst})", invoer, "kosten", False)
    return {"index_loon": ix.index_loon, "index_prijs": ix.index_prijs}


def bereken(model: KwvModel) -> Resultaat:
    """Bereken de volledige tariefopbouw van één KWV.

    Parameters
    ----------
    model : gevalideerd invoermodel (zie :func:`kostprijs.lees_model` voor YAML).

    Returns
    -------
    Resultaat
        Alle figuren met uitleg; ``resultaat.tarief_per_bezet_etmaal`` is het kopgetal [EUR/bezet etmaal].

    Examples
    --------
    >>> from kostprijs import lees_model, bereken
    >>> bereken(lees_model("examples/kwv-4-plaatsen.yaml")).tarief_per_bezet_etmaal  # doctest: +SKIP
    668.66
    """
    fig = _Figuren()
    args = kern_argumenten(model, fig)
    ob = kt.tariefopbouw(**args)
    _tarief_figuren(model, ob, args["overhead_opslag"], args["risico_opslag"], fig)
    m = model
    return Resultaat(naam=m.naam, jaar=m.jaar, plaatsen=m.plaatsen, bezettingsgraad=m.bezettingsgraad,
                     conventies=conventies_tekst(m), figuren=fig.items, kostprijs_versie=__version__)


def _tarief_figuren(m: KwvModel, ob: kt.Opbouw, o: float, r: float, fig: _Figuren) -> None:
    v = {k: float(x) for k, x in ob._asdict().items()}
    D = v["bezette_etmalen"]
    z = fig.zet
    z("bezette_etmalen", "Bezette etmalen per jaar", D, "etmalen/jaar", "plaatsen x dagen per jaar x bezettingsgraad",
      {"plaatsen": m.plaatsen, "dagen_per_jaar": m.dagen_per_jaar, "bezettingsgraad": m.bezettingsgraad},
      "tarief", geld=False)
    z("personeelskosten_per_jaar", "Personeelskosten per jaar", v["personeel"], "EUR/jaar",
      "som van fte x kosten per fte over alle functies, plus inhuur",
      {"amvb_a": v["personeel_a"], "amvb_b": v["personeel_b"]}, "kosten")
    z("clientkosten_per_jaar", "Cliëntgebonden materiële kosten per jaar", v["clientkosten"], "EUR/jaar",
      "kosten per bezet etmaal x bezette etmalen + vaste cliëntkosten",
      {"variabel": v["clientkosten_variabel"], "vast": v["clientkosten_vast"], "bezette_etmalen": D}, "kosten")
    z("clientkosten_vast_per_jaar", "Cliëntkosten, vast deel per jaar", v["clientkosten_vast"], "EUR/jaar",
      "som van de vaste cliëntgebonden posten", dict(m.clientkosten.vast_per_jaar), "kosten", gedrag="vast")
    z("clientkosten_variabel_per_jaar", "Cliëntkosten, variabel deel per jaar", v["clientkosten_variabel"],
      "EUR/jaar", "cliëntkosten per bezet etmaal x bezette etmalen",
      {"per_bezet_etmaal": sum(m.clientkosten.per_bezet_etmaal.values()), "bezette_etmalen": D}, "kosten",
      gedrag="variabel")
    z("overhead_vast_per_jaar", "Overhead over vaste kosten per jaar", v["overhead_vast"], "EUR/jaar",
      "opslag x vaste kosten in de grondslag + vast overheadbedrag", {"opslag_op_grondslag": o}, "kosten",
      gedrag="vast")
    z("overhead_variabel_per_jaar", "Overhead over variabele kosten per jaar", v["overhead_variabel"], "EUR/jaar",
      "opslag x variabele cliëntkosten (als cliëntkosten in de grondslag zitten)", {"opslag_op_grondslag": o},
      "kosten", gedrag="variabel")
    z("overhead_per_jaar", "Overhead per jaar", v["overhead"], "EUR/jaar",
      "opslag x grondslag (+ vast bedrag); opslag = aandeel / (1 - aandeel) bij conventie aandeel_totaal",
      {"opslag_op_grondslag": o, "bedrag_per_jaar": m.overhead.bedrag_per_jaar or 0.0,
       "overhead_vast": v["overhead_vast"], "overhead_variabel": v["overhead_variabel"]}, "kosten")
    z("kostprijs_per_jaar", "Kostprijs per jaar", v["kostprijs"], "EUR/jaar",
      "personeel + cliëntkosten + huisvesting + overhead",
      {"personeel": v["personeel"], "clientkosten": v["clientkosten"], "huisvesting": v["huisvesting"],
       "overhead": v["overhead"]}, "kosten")
    z("indexering_per_jaar", "Indexering per jaar (AMvB d)", v["indexering"], "EUR/jaar",
      "index loon x (personeel + overhead) + index prijs x (cliëntkosten + huisvesting)",
      {"kostprijs": v["kostprijs"]}, "kosten")
    z("risico_per_jaar", "Risico en marge per jaar", v["risico"], "EUR/jaar",
      "risico-opslag x geïndexeerde kostprijs", {"risico_opslag": r, "kostprijs": v["kostprijs_geindexeerd"]},
      "kosten")
    z("tariefbudget_per_jaar", "Tariefbudget per jaar", v["tariefbudget"], "EUR/jaar",
      "geïndexeerde kostprijs + risico en marge",
      {"kostprijs": v["kostprijs_geindexeerd"], "risico": v["risico"]}, "kosten")
    z("tarief_per_bezet_etmaal", "Tarief per bezet etmaal", v["tarief_per_bezet_etmaal"], "EUR/bezet etmaal",
      "tariefbudget per jaar / bezette etmalen", {"tariefbudget": v["tariefbudget"], "bezette_etmalen": D},
      "tarief")
    z("tarief_per_plaats_per_jaar", "Tarief per plaats per jaar", v["tariefbudget"] / m.plaatsen, "EUR/jaar",
      "tariefbudget per jaar / plaatsen", {"tariefbudget": v["tariefbudget"], "plaatsen": m.plaatsen}, "tarief")
    z("tarief_per_plaats_per_maand", "Tarief per plaats per maand", v["tariefbudget"] / m.plaatsen / 12,
      "EUR/maand", "tariefbudget per jaar / plaatsen / 12",
      {"tariefbudget": v["tariefbudget"], "plaatsen": m.plaatsen}, "tarief")
    for sleutel, label, bedrag in (
        ("personeel", "Personeel", v["personeel"]), ("clientkosten", "Cliëntkosten", v["clientkosten"]),
        ("huisvesting", "Huisvesting", v["huisvesting"]), ("overhead", "Overhead", v["overhead"]),
        ("kostprijs", "Kostprijs", v["kostprijs"]), ("indexering", "Indexering", v["indexering"]),
        ("risico", "Risico en marge", v["risico"]),
    ):
        z(f"{sleutel}_per_bezet_etmaal", f"{label} per bezet etmaal", bedrag / D, "EUR/bezet etmaal",
          f"{label.lower()} per jaar / bezette etmalen", {"per_jaar": bedrag, "bezette_etmalen": D}, "tarief")
    amvb = {
        "a": ("a. Beroepskrachten", v["personeel_a"], "personeelskosten van functies met amvb a"),
        "b": ("b. Overige cliëntgebonden kosten", v["personeel_b"] + v["clientkosten"],
              "personeelskosten van functies met amvb b + cliëntkosten"),
        "c": ("c. Overhead (incl. huisvesting)", v["overhead"] + v["huisvesting"], "overhead + huisvesting"),
        "d": ("d. Indexering", v["indexering"], "indexering"),
    }
    for e, (label, bedrag, formule) in amvb.items():
        z(f"amvb_{e}_per_bezet_etmaal", label, bedrag / D, "EUR/bezet etmaal", f"({formule}) / bezette etmalen",
          {"per_jaar": bedrag, "bezette_etmalen": D}, "amvb")
    z("amvb_buiten_risico_per_bezet_etmaal", "Buiten de AMvB: risico en marge", v["risico"] / D,
      "EUR/bezet etmaal", "risico en marge per jaar / bezette etmalen",
      {"per_jaar": v["risico"], "bezette_etmalen": D}, "amvb")
    z("amvb_waarvan_leegstand_per_bezet_etmaal", "Waarvan leegstand (via de normbezetting, zit al in a-c)",
      v["leegstand_per_bezet_etmaal"], "EUR/bezet etmaal",
      "vast deel per jaar / bezette etmalen - vast deel per jaar / capaciteit in etmalen",
      {"vast_per_jaar": v["vast_per_jaar"], "bezette_etmalen": D, "capaciteit_etmalen": v["capaciteit_etmalen"]},
      "amvb")
    z("vast_per_jaar", "Beschikbaarheidsfinanciering: vast deel per jaar", v["vast_per_jaar"], "EUR/jaar",
      "(personeel + vaste cliëntkosten + huisvesting + overhead daarop) x (1 + index) x (1 + risico)",
      {"overhead_vast": v["overhead_vast"], "risico_opslag": r}, "financiering")
    z("vast_per_plaats_per_jaar", "Vast deel per plaats per jaar", v["vast_per_jaar"] / m.plaatsen, "EUR/jaar",
      "vast deel per jaar / plaatsen", {"vast_per_jaar": v["vast_per_jaar"], "plaatsen": m.plaatsen},
      "financiering")
    z("variabel_per_bezet_etmaal", "Beschikbaarheidsfinanciering: variabel deel per bezet etmaal",
      v["variabel_per_bezet_etmaal"], "EUR/bezet etmaal",
      "cliëntkosten per etmaal x (1 + overhead-opslag als cliëntkosten in de grondslag zitten) x (1 + risico)",
      {"overhead_opslag": o, "risico_opslag": r}, "financiering")
