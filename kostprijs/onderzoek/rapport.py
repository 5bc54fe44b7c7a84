"""Rapport van het onderzoek: een werkmap (tabellen en grafieken, XlsxWriter) en een JSON-samenvatting.

Veiligheid (``docs/onderzoek.md``): XlsxWriter met ``strings_to_formulas=False`` en
``strings_to_urls=False``; alle tekst gaat via ``write_string`` en elk getal wordt vóór het schrijven
op eindigheid gecontroleerd. Beide bestanden worden atomair geschreven. Anoniem: aanbieders heten
``Aanbieder 01``... en bestandsnamen worden weggelaten. Tekst die op een formule lijkt (een aanbieder-
of bestandsnaam die met ``=``, ``+``, ``-`` of ``@`` begint) krijgt het celformaat ``quote_prefix``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from kostprijs._versie import __version__
from kostprijs.io.celtekst import aanhaling
from kostprijs.io.json_uitvoer import json_tekst
from kostprijs.io.schrijven import alles_of_niets
from kostprijs.onderzoek.celkaart import SJABLOON_VERSIE
from kostprijs.onderzoek.definities import COMPONENTEN
from kostprijs.onderzoek.statistiek import MIN_N, TUKEY_K
from kostprijs.onderzoek.studie import FRACTIES, KOSTEN, Studie, maatnamen
from kostprijs.onderzoek.veilig import XLSXWRITER_OPTIES, eindig, schrijf_met, schrijf_tekst_atomair
from kostprijs.onderzoek.voorstel import Voorstel

UITSCHIETERREGEL = (f"Tukey: een waarde buiten [Q1 - {TUKEY_K:g} x IQR, Q3 + {TUKEY_K:g} x IQR] is een uitschieter; "
                    "kwartielen lineair geïnterpoleerd (Excel KWARTIEL.INC)")
ONDERDRUKKING = f"groepen met minder dan {MIN_N} aanbieders worden onderdrukt (geen cijfers)"
STATKOLOMMEN = ("gemiddelde", "mediaan", "gewogen_plaatsen", "gewogen_etmalen", "q1", "q3", "minimum", "maximum")


def _bestand(studie: Studie, i: int) -> str:
    return f"bestand {i + 1}" if studie.anoniem else studie.afgewezen[i].bestand


def _afgewezen(studie: Studie) -> list[tuple[str, list[tuple[str, str]]]]:
    """Afgewezen bestanden met (plaats, tekst); anoniem zonder enige bestandsnaam in plaats of tekst."""
    namen = {a.bestand: f"bestand {i + 1}" for i, a in enumerate(studie.afgewezen)}
    namen.update({a.bron: "een ander bestand" for a in studie.aanbieders})

    def schoon(tekst: str) -> str:
        if studie.anoniem:
            for naam in sorted(namen, key=len, reverse=True):
                tekst = tekst.replace(naam, namen[naam])
        return tekst

    return [(_bestand(studie, i), [(schoon(m.plaats), schoon(m.tekst)) for m in a.meldingen])
            for i, a in enumerate(studie.afgewezen)]


def samenvatting(studie: Studie) -> dict[str, Any]:
    """De JSON-samenvatting (onafgeronde getallen; geen NaN)."""
    v = studie.voorstel
    return {
        "kostprijs_versie": __version__, "sjabloon_versie": SJABLOON_VERSIE, "anoniem": studie.anoniem,
        "regiodefinities": studie.regio.als_dict(), "uitschieterregel": UITSCHIETERREGEL,
        "onderdrukking": ONDERDRUKKING, "aantal_geldig": len(studie.aanbieders),
        "aantal_afgewezen": len(studie.afgewezen),
        "aanbieders": [_aanbieder(studie, i) for i in range(len(studie.aanbieders))],
        "spreiding": {g: {m: s.als_dict() for m, s in per.items()} for g, per in studie.spreiding.items()},
        "herrekeningen": [{"aanbieder": studie.codes[i], **h.__dict__}
                          for i, a in enumerate(studie.aanbieders) for h in a.herrekeningen],
        "voorstel": v.als_dict() if isinstance(v, Voorstel) else ({"reden": v} if v else None),
        "afgewezen": [{"bestand": bestand, "meldingen": [{"plaats": p, "tekst": t} for p, t in meldingen]}
                      for bestand, meldingen in _afgewezen(studie)],
    }


def _aanbieder(studie: Studie, i: int) -> dict[str, Any]:
    a = studie.aanbieders[i]
    uit: dict[str, Any] = {"aanbieder": studie.codes[i]}
    if not studie.anoniem:
        uit["bestand"] = a.bron
    uit.update(groep=a.groep, plaatsen=a.som("plaatsen"), bezette_etmalen=a.som("bezette_etmalen"),
               herrekend=bool(a.herrekeningen), maten={m: studie.maten[m][i] for m in maatnamen()},
               uitschieters=[m for m in maatnamen() if studie.uitschieters[m][i]])
    return uit


def schrijf_rapport(studie: Studie, uit: str | os.PathLike[str],
                    json_pad: str | os.PathLike[str] | None = None) -> Path:
    """Schrijf het rapport (``.xlsx``) en de JSON-samenvatting samen atomair (alles of niets); geeft het JSON-pad."""
    gegevens = samenvatting(studie)
    tekst = json_tekst(gegevens, indent=1)
    json_pad = Path(json_pad) if json_pad else Path(uit).with_suffix(".json")
    with alles_of_niets():  # rapport en samenvatting samen, of geen van beide
        schrijf_met(uit, lambda tmp: _werkmap(studie, tmp))
        schrijf_tekst_atomair(json_pad, tekst)
    return json_pad


def _werkmap(studie: Studie, pad: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(pad), XLSXWRITER_OPTIES)
    wb.set_properties({"title": "Kostprijsonderzoek KWV", "comments": f"kostprijs {__version__}"})
    f = {"titel": wb.add_format({"bold": True, "font_size": 14}), "kop": wb.add_format({"bold": True, "bottom": 1}),
         "geld": wb.add_format({"num_format": "#,##0.00"}), "pct": wb.add_format({"num_format": "0.0%"}),
         "getal": wb.add_format({"num_format": "#,##0.00"}), "tekst": wb.add_format({"text_wrap": True}),
         "let": wb.add_format({"bg_color": "#F8CBAD", "num_format": "#,##0.00"}), "aanhaling": aanhaling(wb)}
    _samenvattingsblad(wb, f, studie)
    _spreidingsblad(wb, f, studie)
    _aanbiedersblad(wb, f, studie)
    _herrekeningsblad(wb, f, studie)
    _voorstelblad(wb, f, studie)
    _afgewezenblad(wb, f, studie)
    _grafieken(wb, studie)
    wb.close()


def _rij(ws: Any, rij: int, waarden: list[Any], f: dict[str, Any], opmaak: list[str | None] | None = None) -> None:
    for k, w in enumerate(waarden):
        sleutel = opmaak[k] if opmaak else None
        fmt = f.get(sleutel) if sleutel else None
        if w is None:
            continue
        if isinstance(w, bool):
            ws.write_string(rij, k, "ja" if w else "nee")
        elif isinstance(w, int | float):
            ws.write_number(rij, k, eindig(float(w), f"{ws.name}!{rij + 1}"), fmt)
        else:
            f["aanhaling"].schrijf(ws, rij, k, str(w), fmt)


def _samenvattingsblad(wb: Any, f: dict[str, Any], s: Studie) -> None:
    ws = wb.add_worksheet("Samenvatting")
    ws.set_column(0, 0, 30)
    ws.set_column(1, 1, 100)
    ws.write_string(0, 0, "Kostprijsonderzoek KWV", f["titel"])
    regels: list[tuple[str, Any]] = [
        ("kostprijs-versie", __version__), ("sjabloonversie", SJABLOON_VERSIE),
        ("geldige opgaven", len(s.aanbieders)), ("afgewezen bestanden", len(s.afgewezen)),
        ("herrekende aanbieders", sum(1 for a in s.aanbieders if a.herrekeningen)),
        ("anoniem", "ja" if s.anoniem else "nee"), ("uitschieters", UITSCHIETERREGEL), ("onderdrukking", ONDERDRUKKING),
        ("", ""), ("Regiodefinities", ""),
        *s.regio.teksten(),
    ]
    if isinstance(s.voorstel, Voorstel):
        tarief = f"{s.voorstel.tarief_afgerond:.2f}".replace(".", ",")
        regels += [("", ""), ("Normatief tarief per bezet etmaal", tarief)]
    for i, (a, b) in enumerate(regels, start=2):
        _rij(ws, i, [a, b], f, [None, "tekst"])


def _spreidingsblad(wb: Any, f: dict[str, Any], s: Studie) -> None:
    ws = wb.add_worksheet("Spreiding")
    ws.set_column(0, 1, 34)
    ws.set_column(2, 11, 14)
    ws.write_string(0, 0, "Spreiding per groep en maat (EUR; fracties als %)", f["titel"])
    kop = ["groep", "maat", "n", *STATKOLOMMEN, "status"]
    _rij(ws, 2, kop, f, ["kop"] * len(kop))
    rij = 3
    for groep, per in s.spreiding.items():
        for maat, sp in per.items():
            opmaak = "pct" if maat in FRACTIES else "geld"
            status = f"onderdrukt (n < {MIN_N})" if sp.onderdrukt else ""
            _rij(ws, rij, [groep, maat, sp.n, *(getattr(sp, k) for k in STATKOLOMMEN), status], f,
                 [None, None, None, *[opmaak] * len(STATKOLOMMEN), None])
            rij += 1
    ws.freeze_panes(3, 2)
    ws.autofilter(2, 0, rij - 1, len(kop) - 1)


def _aanbiedersblad(wb: Any, f: dict[str, Any], s: Studie) -> None:
    ws = wb.add_worksheet("Aanbieders")
    maten = maatnamen()
    kop = ["aanbieder", "groep", "plaatsen", "bezette etmalen", "herrekend", *maten]
    ws.set_column(0, 0, 26)
    ws.set_column(1, len(kop), 16)
    ws.write_string(0, 0, "Aanbieders in regiodefinities (oranje: uitschieter volgens Tukey)", f["titel"])
    _rij(ws, 2, kop, f, ["kop"] * len(kop))
    for i, a in enumerate(s.aanbieders):
        waarden = [s.codes[i], a.groep, a.som("plaatsen"), a.som("bezette_etmalen"), bool(a.herrekeningen)]
        opmaak: list[str | None] = [None, None, None, "getal", None]
        for m in maten:
            waarden.append(s.maten[m][i])
            opmaak.append("let" if s.uitschieters[m][i] else ("pct" if m in FRACTIES else "geld"))
        _rij(ws, 3 + i, waarden, f, opmaak)
    ws.freeze_panes(3, 1)


def _herrekeningsblad(wb: Any, f: dict[str, Any], s: Studie) -> None:
    ws = wb.add_worksheet("Herrekening")
    ws.set_column(0, 2, 22)
    ws.set_column(3, 5, 60)
    ws.write_string(0, 0, "Herrekening naar de regiodefinities (niets wordt stil gemiddeld)", f["titel"])
    kop = ["aanbieder", "plaats", "onderwerp", "opgegeven", "regiodefinitie", "omrekening"]
    _rij(ws, 2, kop, f, ["kop"] * len(kop))
    rij = 3
    for i, a in enumerate(s.aanbieders):
        for h in a.herrekeningen:
            _rij(ws, rij, [s.codes[i], h.plaats, h.onderwerp, h.opgegeven, h.regio, h.toelichting], f)
            rij += 1
    if rij == 3:
        ws.write_string(3, 0, "Geen herrekening nodig: alle aanbieders gebruikten de regiodefinities.")


def _voorstelblad(wb: Any, f: dict[str, Any], s: Studie) -> None:
    ws = wb.add_worksheet("Voorstel")
    ws.set_column(0, 3, 18)
    ws.set_column(4, 4, 90)
    ws.set_column(5, 5, 18)
    ws.write_string(0, 0, "Normatief tariefvoorstel met afleiding", f["titel"])
    v = s.voorstel
    if not isinstance(v, Voorstel):
        ws.write_string(2, 0, v or "Geen normen opgegeven (--normbezetting en --overheadnorm): geen voorstel.")
        return
    kop = ["component", "maat", "statistiek", "waarde", "afleiding", "per bezet etmaal"]
    _rij(ws, 2, kop, f, ["kop"] * len(kop))
    for i, r in enumerate(v.regels, start=3):
        _rij(ws, i, [r.component, r.maat, r.statistiek, r.waarde, r.formule, r.per_bezet_etmaal], f,
             [None, None, None, "pct" if r.component == "overhead" else "geld", None, "geld"])
    n = 3 + len(v.regels)
    _rij(ws, n + 1, ["tarief", "", "", None, "som van de regels (onafgerond)", v.tarief], f, [None] * 5 + ["geld"])
    _rij(ws, n + 2, ["tarief afgerond", "", "", None, "rekenkundig op centen", v.tarief_afgerond], f,
         [None] * 5 + ["geld"])


def _afgewezenblad(wb: Any, f: dict[str, Any], s: Studie) -> None:
    ws = wb.add_worksheet("Afgewezen")
    ws.set_column(0, 1, 30)
    ws.set_column(2, 2, 110)
    ws.write_string(0, 0, "Afgewezen bestanden (niet in het onderzoek)", f["titel"])
    _rij(ws, 2, ["bestand", "plaats", "melding"], f, ["kop"] * 3)
    rij = 3
    for bestand, meldingen in _afgewezen(s):
        for plaats, tekst in meldingen:
            _rij(ws, rij, [bestand, plaats, tekst], f)
            rij += 1


def _grafieken(wb: Any, s: Studie) -> None:
    """Spreiding per component (spreidingsdiagram met mediaan) en kostprijs per aanbieder (staaf)."""
    ws = wb.add_worksheet("Grafieken")
    data = wb.add_worksheet("Grafiekdata")
    n = len(s.aanbieders)
    spreiding = wb.add_chart({"type": "scatter"})
    for k, comp in enumerate(KOSTEN):
        maat = f"{comp}/per_bezet_etmaal"
        data.write_string(0, 2 * k, f"x {comp}")
        data.write_string(0, 2 * k + 1, comp)
        for i in range(n):
            data.write_number(1 + i, 2 * k, k + 1 + 0.3 * (i / max(n - 1, 1) - 0.5))
            data.write_number(1 + i, 2 * k + 1, eindig(s.maten[maat][i], maat))
        spreiding.add_series({"name": comp, "categories": ["Grafiekdata", 1, 2 * k, n, 2 * k],
                              "values": ["Grafiekdata", 1, 2 * k + 1, n, 2 * k + 1],
                              "marker": {"type": "circle", "size": 5}})
    spreiding.set_title({"name": "Spreiding per component (EUR per bezet etmaal)"})
    spreiding.set_x_axis({"name": " / ".join(f"{k + 1} {c}" for k, c in enumerate(KOSTEN)), "min": 0,
                          "max": len(KOSTEN) + 1, "major_unit": 1})
    spreiding.set_y_axis({"name": "EUR per bezet etmaal", "num_format": "#,##0"})
    spreiding.set_size({"width": 960, "height": 480})
    ws.insert_chart("A1", spreiding)
    kol = 2 * len(KOSTEN)
    data.write_string(0, kol, "aanbieder")
    for i in range(n):
        aanhaling(wb).schrijf(data, 1 + i, kol, s.codes[i])
    staaf = wb.add_chart({"type": "column", "subtype": "stacked"})
    for k, comp in enumerate(COMPONENTEN):
        staaf.add_series({"name": comp, "categories": ["Grafiekdata", 1, kol, n, kol],
                          "values": ["Grafiekdata", 1, 2 * KOSTEN.index(comp) + 1, n, 2 * KOSTEN.index(comp) + 1]})
        del k
    staaf.set_title({"name": "Kostprijs per bezet etmaal per aanbieder, naar component"})
    staaf.set_y_axis({"num_format": "#,##0"})
    staaf.set_size({"width": 960, "height": 480})
    ws.insert_chart("A26", staaf)
