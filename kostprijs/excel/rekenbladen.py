"""De rekenbladen: Formatie, Personeelskosten, Huisvesting, Overhead, Tariefopbouw en Bezetting.

Elke afgeleide cel krijgt haar formule uit :data:`kostprijs.excel.formules.FORMULES` en als opgeslagen
resultaat de waarde die Python berekende (figuren uit :func:`kostprijs.bereken`; tussenresultaten met
dezelfde bewerkingen als de rekenkern).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from kostprijs.core import rooster as kr
from kostprijs.core import tarief as kt
from kostprijs.excel.blad import Blad, cel
from kostprijs.excel.formules import PER_BEZET_ETMAAL, figuur, formule, som, som_als
from kostprijs.inputs import WEKEN_PER_JAAR, KwvModel, dagnummers, figuursleutel, minuten
from kostprijs.results import Resultaat

BEZETTINGEN = [round(0.50 + i / 100, 2) for i in range(51)]
"""De 51 bezettingsgraden van het tabblad Bezetting: 50% tot en met 100% in stappen van 1%."""


@dataclass
class Context:
    """Wat elk rekenblad nodig heeft: het model, het resultaat en de argumenten van de kern."""

    model: KwvModel
    res: Resultaat
    args: dict[str, float]

    def fig(self, sleutel: str) -> float:
        return self.res.figuren[sleutel].waarde


def _regel(b: Blad, c: Context, label: str, naam: str, waarde: float | None, notatie: str, eenheid: str,
           uitleg: str = "", soort: str = "afgeleid", **plaats: str) -> float:
    """Een rij met de formule ``naam`` uit de tabel; de waarde is de figuur van Python als die er is."""
    fig = figuur(naam, **plaats)
    w = c.fig(fig) if fig is not None and waarde is None else waarde
    if fig is not None and fig not in c.res.figuren:
        fig = None  # tussenresultaat dat Python (nog) niet als figuur rapporteert
    assert w is not None, naam
    b.regel(label, naam.format(**plaats), formule(naam, **plaats), w, notatie, eenheid, uitleg, fig, soort)
    return w


def formatie(b: Blad, c: Context) -> None:
    m = c.model
    weken = WEKEN_PER_JAAR[m.conventies.weken_per_jaar]
    b.kop("Weken en uren per fte")
    _regel(b, c, "Weken per jaar", "weken_per_jaar", weken, "getal", "weken/jaar", "volgens de conventie")
    _regel(b, c, "Contracturen per fte", "contracturen_per_fte", None, "uren", "uur/jaar",
           "contracturen per week x weken per jaar")
    _regel(b, c, "Feestdagen op een werkdag", "feestdagen_op_werkdag", _feestdagen(m), "geheel", "dagen/jaar",
           "invoer (of uit de kalender van het modeljaar)")
    _regel(b, c, "Netto inzetbare uren per fte", "netto_uren_per_fte", None, "uren", "uur/jaar",
           "contract - verlof - feestdagen - verzuim - scholing - overleg - overig")
    _regel(b, c, "Productiviteit", "productiviteit_netto", None, "procent", "/1", "netto / contracturen")
    _diensten(b, c, weken)
    _functies_formatie(b, c)


def _feestdagen(m: KwvModel) -> float:
    if hasattr(m, "aantal_feestdagen_op_werkdag"):
        return float(m.aantal_feestdagen_op_werkdag())
    return float(m.productiviteit.feestdagen_op_werkdag)


def _diensten(b: Blad, c: Context, weken: float) -> None:
    m, tabel = c.model, c.model.ort_tabel is not None
    koppen = ["Dienst", "Duur", "Dagen/week", "Telfactor", "Roosteruren/jaar"]
    if tabel:
        koppen += ["ORT-uren/week (Python)", "ORT-gewogen uren/jaar"]
    b.kop("Rooster -> roosteruren", len(koppen))
    b.koppen(list(koppen))
    raster = None
    if m.ort_tabel is not None:
        raster = kr.ort_weekraster((dagnummers(x.dagen), minuten(x.van), minuten(x.tot), x.percentage)
                                   for x in m.ort_tabel.banden)
    uren, ort = [], []
    for i, d in enumerate(m.rooster.diensten, start=1):
        p = f"dienst_{i}"
        r = b.rij
        b.tekst(r, 0, d.naam)
        factor = getattr(m.rooster.telfactoren, d.soort)
        b.formule(r, 1, formule("{d}_duur", d=p), d.duur_uren, "uren", naam=f"{p}_duur")
        b.formule(r, 2, formule("{d}_dagen_per_week", d=p), len(dagnummers(d.dagen)), "geheel",
                  naam=f"{p}_dagen_per_week")
        b.formule(r, 3, formule("{d}_telfactor", d=p), factor, "procent", naam=f"{p}_telfactor")
        sleutel = figuur("{d}_roosteruren", slug=figuursleutel(d.naam))
        b.formule(r, 4, formule("{d}_roosteruren", d=p), c.fig(str(sleutel)), "uren", naam=f"{p}_roosteruren",
                  figuur=sleutel)
        uren.append(f"{p}_roosteruren")
        if raster is not None:
            per_week = kr.ort_gewogen_uren_per_week(raster, dagnummers(d.dagen), minuten(d.begin), d.duur_uren)
            b.ws.write_number(r, 5, per_week, b.op.cel("vast", "uren"))
            b.noem(f"{p}_ort_uren_per_week", r, 5)
            per_jaar = per_week * d.personeel * weken if d.soort == "wakker" else 0.0
            b.formule(r, 6, formule("{d}_ort_uren_per_jaar", d=p), per_jaar, "uren", naam=f"{p}_ort_uren_per_jaar")
            ort.append(f"{p}_ort_uren_per_jaar")
        b.rij += 1
    _regel(b, c, "Roosteruren per jaar (betaalde tijd)", "roosteruren_per_jaar", None, "uren", "uur/jaar",
           "som van de diensten", som=som(uren))
    if raster is not None:
        _regel(b, c, "ORT-gewogen roosteruren per jaar", "ort_gewogen_uren_per_jaar", None, "uren", "uur/jaar",
               "alleen wakkere diensten; ORT-uren per week door Python berekend uit de ORT-banden (grijs)",
               som=som(ort))


def _functies_formatie(b: Blad, c: Context) -> None:
    koppen = ["Functie", "Aandeel rooster", "Fte"]
    b.kop("Formatie per functie", 4)
    b.koppen(list(koppen))
    for i, f in enumerate(c.model.functies, start=1):
        p, r = f"functie_{i}", b.rij
        b.tekst(r, 0, f.naam)
        aandeel = (f.aandeel_rooster if f.aandeel_rooster is not None else 1.0) if f.soort == "groep" else 0.0
        b.formule(r, 1, formule("{f}_aandeel", f=p), aandeel, "procent", naam=f"{p}_aandeel")
        sleutel = figuur("{f}_formatie", slug=figuursleutel(f.naam))
        b.formule(r, 2, formule("{f}_formatie", f=p), c.fig(str(sleutel)), "fte", naam=f"{p}_formatie",
                  figuur=sleutel)
        b.rij += 1


PERSONEEL_KOLOMMEN = (
    ("Basisjaarsalaris", "{f}_basis"), ("Vakantietoeslag", "{f}_vakantietoeslag"),
    ("Eindejaarsuitkering", "{f}_eindejaarsuitkering"), ("ORT", "{f}_ort"), ("Bruto jaarloon", "{f}_bruto"),
    ("Werkgeverslasten", "{f}_werkgeverslasten"), ("Overige personeelskosten", "{f}_overige"),
    ("Kosten per fte", "{f}_kosten_per_fte"), ("Personeelskosten (fte x kosten)", "{f}_personeelskosten"),
    ("Inhuur (PNIL)", "{f}_inhuur"), ("Totaal", "{f}_totaal"),
)


def personeelskosten(b: Blad, c: Context) -> None:
    m = c.model
    b.kop("Loonkosten per fte en personeelskosten per jaar [EUR/jaar]", len(PERSONEEL_KOLOMMEN) + 1)
    b.koppen(list(["Functie", *(k for k, _ in PERSONEEL_KOLOMMEN)]))
    ort_tabel = "ja" if m.ort_tabel is not None else "nee"
    paren = []
    for i, f in enumerate(m.functies, start=1):
        p, s, r = f"functie_{i}", figuursleutel(f.naam), b.rij
        b.tekst(r, 0, f.naam)
        eigen = c.fig(f"personeelskosten.{s}")
        inhuur = c.fig(f"inhuurkosten.{s}") if f.inhuur is not None else 0.0
        for k, (_, sjabloon) in enumerate(PERSONEEL_KOLOMMEN, start=1):
            fig = figuur(sjabloon, slug=s)
            if sjabloon == "{f}_inhuur" and f.inhuur is None:
                fig = None
            waarde = c.fig(fig) if fig is not None else (inhuur if sjabloon == "{f}_inhuur" else eigen + inhuur)
            b.formule(r, k, formule(sjabloon, f=p, ort_tabel=ort_tabel), waarde, "geld",
                      naam=sjabloon.format(f=p), figuur=fig)
        paren.append((f"{p}_amvb", f"{p}_totaal"))
        b.rij += 1
    b.rij += 1
    _regel(b, c, "Personeelskosten AMvB a (beroepskrachten)", "personeel_a", c.args["personeel_a"], "geld",
           "EUR/jaar", "functies met AMvB a", som=som_als(paren, "a"))
    _regel(b, c, "Personeelskosten AMvB b (overig cliëntgebonden)", "personeel_b", c.args["personeel_b"], "geld",
           "EUR/jaar", "functies met AMvB b", som=som_als(paren, "b"))
    _regel(b, c, "Personeelskosten per jaar", "personeelskosten_per_jaar", None, "geld", "EUR/jaar", "a + b")


def huisvesting(b: Blad, c: Context) -> None:
    h = c.model.huisvesting
    b.kop("Huisvestingslasten per jaar [EUR/jaar]")
    posten = []
    if h.huur_per_jaar is not None:
        _regel(b, c, "Huur", "hv_huur", h.huur_per_jaar, "geld", "EUR/jaar", "invoer")
        posten.append("hv_huur")
    for inv, pre, blok in (("gebouw", "eigendom", h.eigendom), ("inventaris", "inventaris", h.inventaris)):
        if blok is None:
            continue
        _regel(b, c, f"Afschrijving {inv}", "hv_afschrijving_{inv}", None, "geld", "EUR/jaar",
               "(investering - restwaarde) / termijn", inv=inv, pre=pre)
        _regel(b, c, f"Rente {inv}", "hv_rente_{inv}", None, "geld", "EUR/jaar",
               "rentepercentage x (investering + restwaarde) / 2, of x investering (boekwaarde)", inv=inv, pre=pre)
        posten += [f"hv_afschrijving_{inv}", f"hv_rente_{inv}"]
    for post, label in (("energie_en_water", "Energie en water"), ("onderhoud_en_schoonmaak",
                        "Onderhoud en schoonmaak"), ("verzekeringen_en_belastingen", "Verzekeringen en belastingen"),
                        ("overig", "Overig")):
        _regel(b, c, label, "hv_{post}", getattr(h, post), "geld", "EUR/jaar", "invoer", post=post)
        posten.append(f"hv_{post}")
    _regel(b, c, "Huisvestingslasten per jaar", "huisvesting_per_jaar", None, "geld", "EUR/jaar",
           "som van de posten", som=som(posten))


def overhead(b: Blad, c: Context) -> None:
    a, m = c.args, c.model
    ck = m.clientkosten
    b.kop("Cliëntgebonden materiële kosten")
    _regel(b, c, "Cliëntkosten per bezet etmaal", "materiele_kosten_per_bezet_etmaal", None, "geld",
           "EUR/bezet etmaal", "som van de posten",
           som=som([f"clientkosten_dag_{i}_bedrag" for i in range(1, len(ck.per_bezet_etmaal) + 1)]))
    _regel(b, c, "Vaste cliëntkosten per jaar", "clientkosten_vast_per_jaar", a["clientkosten_vast"], "geld",
           "EUR/jaar", "som van de posten",
           som=som([f"clientkosten_vast_{i}_bedrag" for i in range(1, len(ck.vast_per_jaar) + 1)]))
    b.kop("Overhead")
    o = a["overhead_opslag"]
    _regel(b, c, "Overhead als opslag op de grondslag", "overhead_opslag", o, "procent", "/1",
           "aandeel_totaal: s / (1 - s); opslag_direct: o; bedrag: 0")
    g = {k: a[f"grondslag_{k}"] for k in ("personeel", "clientkosten", "huisvesting")}
    for k, w in g.items():
        _regel(b, c, f"{k.capitalize()} in de grondslag (1/0)", "overhead_g_{comp}", w, "geheel", "1/0", comp=k)
    _regel(b, c, "Vast overheadbedrag", "overhead_bedrag", a["overhead_bedrag"], "geld", "EUR/jaar",
           "alleen bij conventie 'bedrag'")
    p, mv, h, mdag = (a["personeel_a"] + a["personeel_b"]), a["clientkosten_vast"], a["huisvesting"], \
        a["clientkosten_per_bezet_etmaal"]
    grond = p * g["personeel"] + mv * g["clientkosten"] + h * g["huisvesting"]
    _regel(b, c, "Grondslag (vaste kosten)", "overhead_grondslag_vast", grond, "geld", "EUR/jaar",
           "personeel, vaste cliëntkosten en huisvesting voor zover in de grondslag")
    ob = kt.tariefopbouw(**a)
    _regel(b, c, "Overhead, vast deel", "overhead_vast", float(ob.overhead_vast), "geld", "EUR/jaar",
           "opslag x grondslag + bedrag")
    _regel(b, c, "Overhead per bezet etmaal (op cliëntkosten)", "overhead_per_bezet_etmaal_var",
           o * mdag * g["clientkosten"], "geld", "EUR/bezet etmaal", "opslag x cliëntkosten per etmaal")
    _regel(b, c, "Overhead, variabel deel", "overhead_variabel", float(ob.overhead_variabel), "geld", "EUR/jaar",
           "per bezet etmaal x bezette etmalen")
    _regel(b, c, "Overhead per jaar", "overhead_per_jaar", None, "geld", "EUR/jaar", "vast + variabel")


def tussenwaarden(a: dict[str, float]) -> dict[str, float]:
    """Tussenresultaten van :func:`kostprijs.core.tarief.tariefopbouw` die het werkboek apart toont."""
    ob = kt.tariefopbouw(**a)
    il, ip = 1.0 + a["index_loon"], 1.0 + a["index_prijs"]
    p = a["personeel_a"] + a["personeel_b"]
    oh_dag = a["overhead_opslag"] * a["clientkosten_per_bezet_etmaal"] * a["grondslag_clientkosten"]
    return {
        "capaciteit_etmalen": float(ob.capaciteit_etmalen),
        "clientkosten_variabel": float(ob.clientkosten_variabel),
        "kostprijs_vast_geindexeerd": (p + float(ob.overhead_vast)) * il
        + (a["clientkosten_vast"] + a["huisvesting"]) * ip,
        "kostprijs_dag_geindexeerd": oh_dag * il + a["clientkosten_per_bezet_etmaal"] * ip,
        "kostprijs_geindexeerd": float(ob.kostprijs_geindexeerd),
        "risico_opslag_effectief": a["risico_opslag"],
        "risico_factor": 1.0 + a["risico_opslag"],
    }


def tariefopbouw(b: Blad, c: Context) -> None:
    t = tussenwaarden(c.args)
    geld = "geld"
    b.kop("Capaciteit en bezetting")
    _regel(b, c, "Capaciteit in etmalen", "capaciteit_etmalen", t["capaciteit_etmalen"], "etmalen", "etmalen/jaar",
           "plaatsen x dagen per jaar")
    _regel(b, c, "Bezette etmalen", "bezette_etmalen", None, "etmalen", "etmalen/jaar",
           "plaatsen x dagen x normbezetting")
    b.kop("Kostprijs per jaar [EUR/jaar]")
    b.regel("Personeel", "tarief_personeel", formule("tarief_personeel"), c.fig("personeelskosten_per_jaar"), geld,
            "EUR/jaar", "tabblad Personeelskosten")
    _regel(b, c, "Cliëntkosten, variabel", "clientkosten_variabel", t["clientkosten_variabel"], geld, "EUR/jaar",
           "per bezet etmaal x bezette etmalen")
    _regel(b, c, "Cliëntkosten", "clientkosten_per_jaar", None, geld, "EUR/jaar", "vast + variabel")
    b.regel("Huisvesting", "tarief_huisvesting", formule("tarief_huisvesting"), c.fig("huisvesting_per_jaar"), geld,
            "EUR/jaar", "tabblad Huisvesting")
    b.regel("Overhead", "tarief_overhead", formule("tarief_overhead"), c.fig("overhead_per_jaar"), geld, "EUR/jaar",
            "tabblad Overhead")
    _regel(b, c, "Kostprijs per jaar", "kostprijs_per_jaar", None, geld, "EUR/jaar",
           "personeel + cliëntkosten + huisvesting + overhead")
    _regel(b, c, "Kostprijs vast, geïndexeerd", "kostprijs_vast_geindexeerd", t["kostprijs_vast_geindexeerd"],
           geld, "EUR/jaar", "(personeel + overhead vast) x (1 + index loon) + (vast + huisvesting) x "
           "(1 + index prijs)")
    _regel(b, c, "Kostprijs per bezet etmaal variabel, geïndexeerd", "kostprijs_dag_geindexeerd",
           t["kostprijs_dag_geindexeerd"], geld, "EUR/bezet etmaal", "overhead en cliëntkosten per etmaal")
    _regel(b, c, "Kostprijs geïndexeerd", "kostprijs_geindexeerd", t["kostprijs_geindexeerd"], geld, "EUR/jaar",
           "vast + variabel x bezette etmalen")
    _regel(b, c, "Indexering (AMvB d)", "indexering_per_jaar", None, geld, "EUR/jaar", "geïndexeerd - kostprijs")
    _regel(b, c, "Risico-opslag op de kostprijs", "risico_opslag_effectief", t["risico_opslag_effectief"],
           "procent", "/1", "bij grondslag 'tarief': r / (1 - r)")
    _regel(b, c, "Factor risico en marge", "risico_factor", t["risico_factor"], "getal", "/1", "1 + opslag")
    _regel(b, c, "Risico en marge", "risico_per_jaar", None, geld, "EUR/jaar", "tariefbudget - kostprijs")
    _regel(b, c, "Tariefbudget per jaar", "tariefbudget_per_jaar", None, geld, "EUR/jaar",
           "geïndexeerde kostprijs x factor risico")
    b.kop("Per bezet etmaal [EUR/bezet etmaal]")
    for comp, per_jaar in PER_BEZET_ETMAAL:
        _regel(b, c, c.res.figuren[f"{comp}_per_bezet_etmaal"].omschrijving, "{comp}_per_bezet_etmaal", None, geld,
               "EUR/bezet etmaal", f"{per_jaar} / bezette etmalen", comp=comp, per_jaar=per_jaar)
    _regel(b, c, "Tarief per bezet etmaal (onafgerond)", "tarief_per_bezet_etmaal", None, geld, "EUR/bezet etmaal",
           "tariefbudget / bezette etmalen")
    _regel(b, c, "Tarief per plaats per jaar", "tarief_per_plaats_per_jaar", None, geld, "EUR/jaar",
           "tariefbudget / plaatsen")
    _regel(b, c, "Tarief per plaats per maand", "tarief_per_plaats_per_maand", None, geld, "EUR/maand",
           "tariefbudget / plaatsen / 12")
    _amvb(b, c)
    _financiering(b, c)
    _gerapporteerd(b, c)


def _amvb(b: Blad, c: Context) -> None:
    b.kop("AMvB reële prijzen Jeugdwet (art. 2.3), per bezet etmaal")
    for e in ("a", "b", "c", "d"):
        _regel(b, c, c.res.figuren[f"amvb_{e}_per_bezet_etmaal"].omschrijving, f"amvb_{e}", None, "geld",
               "EUR/bezet etmaal")
    _regel(b, c, "Buiten de AMvB: risico en marge", "amvb_buiten", None, "geld", "EUR/bezet etmaal")
    totaal = sum(c.fig(f"amvb_{e}_per_bezet_etmaal") for e in "abcd") + c.fig("amvb_buiten_risico_per_bezet_etmaal")
    _regel(b, c, "Totaal (= tarief per bezet etmaal)", "amvb_totaal", totaal, "geld", "EUR/bezet etmaal",
           "controle")
    _regel(b, c, "Waarvan leegstand (via de normbezetting, zit al in a-c)", "amvb_leegstand", None, "geld",
           "EUR/bezet etmaal", "vast / bezette etmalen - vast / capaciteit")


def _financiering(b: Blad, c: Context) -> None:
    b.kop("Vast + variabel (beschikbaarheidsfinanciering met dezelfde opbrengst)")
    _regel(b, c, "Vast deel per jaar", "vast_per_jaar", None, "geld", "EUR/jaar", "vaste kosten x (1 + risico)")
    _regel(b, c, "Vast deel per plaats per jaar", "vast_per_plaats_per_jaar", None, "geld", "EUR/jaar")
    _regel(b, c, "Variabel deel per bezet etmaal", "variabel_per_bezet_etmaal", None, "geld", "EUR/bezet etmaal",
           "cliëntkosten en overhead daarop, x (1 + risico)")


def _gerapporteerd(b: Blad, c: Context) -> None:
    from kostprijs.core.afronding import rond_af

    b.kop("Gerapporteerd (rekenkundig afgerond op centen)")
    for label, naam, eenheid in (
        ("Tarief per bezet etmaal", "tarief_per_bezet_etmaal", "EUR/bezet etmaal"),
        ("Tarief per plaats per maand", "tarief_per_plaats_per_maand", "EUR/maand"),
        ("Vast deel per jaar", "vast_per_jaar", "EUR/jaar"),
        ("Variabel deel per bezet etmaal", "variabel_per_bezet_etmaal", "EUR/bezet etmaal"),
    ):
        b.regel(label, f"{naam}_afgerond", formule("{naam}_afgerond", naam=naam), rond_af(c.fig(naam)), "geld",
                eenheid, "ROUND(..., 2): half van nul af, zoals kostprijs.core.afronding", soort="gerapporteerd")


def bezetting(b: Blad, c: Context) -> None:
    from kostprijs.core.afronding import rond_af

    t = tussenwaarden(c.args)
    args: dict[str, Any] = {**c.args, "bezettingsgraad": np.array(BEZETTINGEN)}
    ob = kt.tariefopbouw(**args)
    koppen = ["Bezettingsgraad", "Bezette etmalen", "Tariefbudget per jaar", "Tarief per bezet etmaal",
              "Tarief afgerond", "Waarvan leegstand"]
    b.kop("Tarief bij andere bezettingsgraden (vaste kosten blijven gelijk)", len(koppen))
    b.koppen(list(koppen))
    eerste = b.rij
    assert t["capaciteit_etmalen"] > 0
    for i, graad in enumerate(BEZETTINGEN):
        r = b.rij
        b.ws.write_number(r, 0, graad, b.op.cel("vast", "procent"))
        etm, budget = cel(r, 1), cel(r, 2)
        b.formule(r, 1, formule("bezetting.etmalen", b=cel(r, 0)), float(ob.bezette_etmalen[i]), "etmalen")
        b.formule(r, 2, formule("bezetting.tariefbudget", etm=etm), float(ob.tariefbudget[i]), "geld")
        b.formule(r, 3, formule("bezetting.tarief", budget=budget, etm=etm), float(ob.tarief_per_bezet_etmaal[i]),
                  "geld")
        b.formule(r, 4, formule("{naam}_afgerond", naam=cel(r, 3)), rond_af(float(ob.tarief_per_bezet_etmaal[i])),
                  "geld", soort="gerapporteerd")
        b.formule(r, 5, formule("bezetting.leegstand", etm=etm), float(ob.leegstand_per_bezet_etmaal[i]), "geld")
        b.rij += 1
    laatste = b.rij - 1
    b.ws.conditional_format(eerste, 0, laatste, 5, {
        "type": "formula", "criteria": f"=ROUND($A{eerste + 1}-kwv_bezettingsgraad,6)=0",
        "format": b.wb.add_format({"bold": True, "font_color": "#C00000"})})
    _grafiek(b, eerste, laatste)


def _grafiek(b: Blad, eerste: int, laatste: int) -> None:
    g: Any = b.wb.add_chart({"type": "line"})
    g.add_series({
        "name": "Tarief per bezet etmaal",
        "categories": [b.naam, eerste, 0, laatste, 0],
        "values": [b.naam, eerste, 4, laatste, 4],
        "line": {"color": "#1F4E78", "width": 2.25},
    })
    g.set_title({"name": "Tarief per bezet etmaal naar bezettingsgraad"})
    g.set_x_axis({"name": "Bezettingsgraad", "num_format": "0%", "interval_unit": 5, "interval_tick": 5})
    g.set_y_axis({"name": "EUR per bezet etmaal", "num_format": "[$€-413] #,##0", "major_gridlines":
                  {"visible": True, "line": {"color": "#D9D9D9"}}})
    g.set_legend({"none": True})
    g.set_size({"width": 620, "height": 360})
    b.ws.insert_chart(3, 7, g)
