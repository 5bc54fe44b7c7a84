"""Rapport van het onderzoek: een werkmap (tabellen en grafieken, XlsxWriter) en een JSON-samenvatting.

Het rapport is voor mensen: maten, statistieken en keuzes in woorden, getallen als getal met een
Nederlandse getalnotatie (ook het kopgetal), elk tabblad op A4 één pagina breed met kop- en voettekst,
het Voorstel op één pagina en elke grafiek op een eigen tabblad van één pagina (nooit doorgesneden).
Realisatie en begroting staan apart (kolom Opgave).

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
from kostprijs.excel.afdruk import afdrukbereik, pagina, rijhoogte
from kostprijs.io.celtekst import aanhaling
from kostprijs.io.json_uitvoer import json_tekst
from kostprijs.io.schrijven import alles_of_niets
from kostprijs.keuzes import COMPONENTEN as COMPONENTLABELS
from kostprijs.onderzoek.celkaart import SJABLOON_VERSIE, SOORTNAAM
from kostprijs.onderzoek.definities import COMPONENTEN
from kostprijs.onderzoek.statistiek import MIN_N, TUKEY_K
from kostprijs.onderzoek.studie import FRACTIES, INDICATOREN, KOSTEN, Deel, Studie, maatnamen
from kostprijs.onderzoek.veilig import XLSXWRITER_OPTIES, eindig, schrijf_met, schrijf_tekst_atomair
from kostprijs.onderzoek.voorstel import STATISTIEKLABELS, Voorstel

TITEL = "Kostprijsonderzoek KWV"
UITSCHIETERREGEL = (f"Tukey: een waarde buiten [Q1 - {TUKEY_K:g} x IQR, Q3 + {TUKEY_K:g} x IQR] is een uitschieter; "
                    "kwartielen lineair geïnterpoleerd (Excel KWARTIEL.INC)")
ONDERDRUKKING = f"groepen met minder dan {MIN_N} aanbieders worden onderdrukt (geen cijfers)"
STATKOLOMMEN = ("gemiddelde", "mediaan", "gewogen_plaatsen", "gewogen_etmalen", "q1", "q3", "minimum", "maximum")

INDICATORLABELS: dict[str, str] = {
    "bezettingsgraad": "Bezettingsgraad", "fte_per_plaats": "Fte per plaats",
    "personeelskosten_per_fte": "Personeelskosten per fte", "overhead_aandeel": "Overhead (aandeel van het totaal)",
    "verzuimpercentage": "Verzuim", "resultaat_percentage": "Resultaat",
    "roosteruren_per_plaats_per_week": "Roosteruren per plaats per week"}
ONDERWERPEN: dict[str, str] = {"jaarurenbasis": "Jaarurenbasis", "bezettingsbasis": "Bezettingsbasis",
                               "overhead": "Overhead"}
MAATDELEN = (("per_bezet_etmaal", "Kosten per bezet etmaal (EUR)"), ("per_plaatsdag", "Kosten per plaatsdag (EUR)"))


def maatlabel(maat: str) -> str:
    """Een maat in woorden: ``clientkosten/per_bezet_etmaal`` -> ``Cliëntkosten per bezet etmaal``."""
    if maat in INDICATORLABELS:
        return INDICATORLABELS[maat]
    comp, _, per = maat.partition("/")
    woord = COMPONENTLABELS.get(comp, comp)
    return f"{woord[0].upper()}{woord[1:]} {per.replace('_', ' ')}"


def _soort(deel: Deel) -> str:
    return SOORTNAAM[deel.soort]


def _bestand(studie: Studie, i: int) -> str:
    return f"bestand {i + 1}" if studie.anoniem else studie.afgewezen[i].bestand


def _afgewezen(studie: Studie) -> list[tuple[str, list[tuple[str, str]]]]:
    """Afgewezen bestanden met (plaats, tekst); anoniem zonder enige bestandsnaam in plaats of tekst."""
    namen = {a.bestand: f"bestand {i + 1}" for i, a in enumerate(studie.afgewezen)}
    for deel in studie.delen.values():
        namen.update({a.bron: "een ander bestand" for a in deel.aanbieders})

    def schoon(tekst: str) -> str:
        if studie.anoniem:
            for naam in sorted(namen, key=len, reverse=True):
                tekst = tekst.replace(naam, namen[naam])
        return tekst

    return [(_bestand(studie, i), [(schoon(m.plaats), schoon(m.tekst)) for m in a.meldingen])
            for i, a in enumerate(studie.afgewezen)]


def _deel_dict(deel: Deel, studie: Studie) -> dict[str, Any]:
    v = deel.voorstel
    return {
        "aantal_geldig": len(deel.aanbieders),
        "aanbieders": [_aanbieder(deel, studie, i) for i in range(len(deel.aanbieders))],
        "spreiding": {g: {m: s.als_dict() for m, s in per.items()} for g, per in deel.spreiding.items()},
        "herrekeningen": [{"aanbieder": deel.codes[i], **h.__dict__}
                          for i, a in enumerate(deel.aanbieders) for h in a.herrekeningen],
        "voorstel": v.als_dict() if isinstance(v, Voorstel) else ({"reden": v} if v else None),
    }


def samenvatting(studie: Studie) -> dict[str, Any]:
    """De JSON-samenvatting (onafgeronde getallen; geen NaN). De sleutels bovenaan zijn die van het hoofddeel
    (de realisatie als die er is); ``delen`` heeft realisatie en begroting elk apart."""
    delen = {soort: _deel_dict(deel, studie) for soort, deel in studie.delen.items()}
    hoofd = delen[studie.hoofddeel.soort]
    return {
        "kostprijs_versie": __version__, "sjabloon_versie": SJABLOON_VERSIE, "anoniem": studie.anoniem,
        "regiodefinities": studie.regio.als_dict(), "uitschieterregel": UITSCHIETERREGEL,
        "onderdrukking": ONDERDRUKKING, "hoofddeel": studie.hoofddeel.soort, **hoofd,
        "aantal_afgewezen": len(studie.afgewezen), "delen": delen,
        "afgewezen": [{"bestand": bestand, "meldingen": [{"plaats": p, "tekst": t} for p, t in meldingen]}
                      for bestand, meldingen in _afgewezen(studie)],
    }


def _aanbieder(deel: Deel, studie: Studie, i: int) -> dict[str, Any]:
    a = deel.aanbieders[i]
    uit: dict[str, Any] = {"aanbieder": deel.codes[i]}
    if not studie.anoniem:
        uit["bestand"] = a.bron
    uit.update(soort=a.soort, jaar=a.basisjaar, groep=a.groep, plaatsen=a.som("plaatsen"),
               bezette_etmalen=a.som("bezette_etmalen"), herrekend=a.herrekend,
               maten={m: deel.maten[m][i] for m in maatnamen()},
               uitschieters=[m for m in maatnamen() if deel.uitschieters[m][i]])
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


class _Rapport:
    """Een werkmap met vaste opmaak; elk tabblad krijgt een pagina-instelling en een afdrukbereik."""

    def __init__(self, wb: Any) -> None:
        self.wb = wb
        self.aanhaling = aanhaling(wb)  # tekst die op een formule lijkt: quote_prefix (io.celtekst)
        basis = {"font_name": "Calibri", "font_size": 10, "valign": "top"}
        self.f = {"titel": wb.add_format({**basis, "bold": True, "font_size": 14}),
                  "kop": wb.add_format({**basis, "bold": True, "bottom": 1, "text_wrap": True}),
                  "tussenkop": wb.add_format({**basis, "bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E78"}),
                  "geld": wb.add_format({**basis, "num_format": "#,##0.00"}),
                  "geldvet": wb.add_format({**basis, "num_format": "[$€-413] #,##0.00", "bold": True,
                                            "bg_color": "#C6E0B4"}),
                  "pct": wb.add_format({**basis, "num_format": "0.0%"}),
                  "getal": wb.add_format({**basis, "num_format": "#,##0.00"}),
                  "geheel": wb.add_format({**basis, "num_format": "#,##0"}),
                  "tekst": wb.add_format({**basis, "text_wrap": True}),
                  "let": wb.add_format({**basis, "bg_color": "#F8CBAD", "num_format": "#,##0.00"}),
                  "letpct": wb.add_format({**basis, "bg_color": "#F8CBAD", "num_format": "0.0%"})}

    def blad(self, naam: str, titel: str, breedtes: list[float], *, liggend: bool = True, hoog: int = 0,
             herhaal: int = 0) -> Any:
        ws = self.wb.add_worksheet(naam)
        for k, b in enumerate(breedtes):
            ws.set_column(k, k, b)
        ws.write_string(0, 0, titel, self.f["titel"])
        pagina(ws, TITEL, liggend=liggend, hoog=hoog, herhaal=(0, herhaal))
        ws.breedtes = breedtes
        return ws

    def rij(self, ws: Any, rij: int, waarden: list[Any], opmaak: list[str | None] | None = None) -> None:
        hoogte = 15.0
        for k, w in enumerate(waarden):
            sleutel = opmaak[k] if opmaak else None
            fmt = self.f.get(sleutel) if sleutel else None
            if w is None:
                continue
            if isinstance(w, bool):
                ws.write_string(rij, k, "ja" if w else "nee", self.f["tekst"])
            elif isinstance(w, int | float):
                ws.write_number(rij, k, eindig(float(w), f"{ws.name}!{rij + 1}"), fmt)
            else:
                self.aanhaling.schrijf(ws, rij, k, str(w), fmt or self.f["tekst"])
                breedte = ws.breedtes[k] if k < len(ws.breedtes) else 8.43
                hoogte = max(hoogte, rijhoogte(str(w), breedte))
        if hoogte > 15.0:
            ws.set_row(rij, hoogte)

    def kop(self, ws: Any, rij: int, teksten: list[str]) -> None:
        hoogte = max(rijhoogte(t, ws.breedtes[k]) for k, t in enumerate(teksten))
        ws.set_row(rij, max(hoogte, 27.0))
        for k, t in enumerate(teksten):
            ws.write_string(rij, k, t, self.f["kop"])

    def tussenkop(self, ws: Any, rij: int, tekst: str, breedte: int) -> None:
        for k in range(breedte):
            ws.write_blank(rij, k, None, self.f["tussenkop"])
        ws.write_string(rij, 0, tekst, self.f["tussenkop"])


def _werkmap(studie: Studie, pad: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(pad), XLSXWRITER_OPTIES)
    wb.set_properties({"title": TITEL, "comments": f"kostprijs {__version__}"})
    r = _Rapport(wb)
    _samenvattingsblad(r, studie)
    _spreidingsblad(r, studie)
    _aanbiedersblad(r, studie)
    _herrekeningsblad(r, studie)
    _voorstelblad(r, studie)
    _afgewezenblad(r, studie)
    _grafieken(r, studie)
    wb.close()


def _samenvattingsblad(r: _Rapport, s: Studie) -> None:
    ws = r.blad("Samenvatting", TITEL, [40, 90], liggend=False)
    regels: list[tuple[str, Any, str | None]] = [
        ("Versie van kostprijs", __version__, None), ("Sjabloonversie", SJABLOON_VERSIE, None)]
    for deel in s.delen.values():
        regels += [(f"Geldige opgaven, {_soort(deel).lower()}", len(deel.aanbieders), "geheel"),
                   (f"Herrekend naar de regiodefinities, {_soort(deel).lower()}",
                    sum(1 for a in deel.aanbieders if a.herrekend), "geheel")]
    regels += [("Afgewezen bestanden", len(s.afgewezen), "geheel"), ("Anoniem", "ja" if s.anoniem else "nee", None),
               ("Uitschieters", UITSCHIETERREGEL, None), ("Onderdrukking", ONDERDRUKKING, None)]
    rij = 2
    for label, waarde, opmaak in regels:
        r.rij(ws, rij, [label, waarde], [None, opmaak])
        rij += 1
    rij += 1
    r.tussenkop(ws, rij, "Regiodefinities", 2)
    rij += 1
    for label, waarde in s.regio.teksten():
        r.rij(ws, rij, [label, waarde])
        rij += 1
    for deel in s.delen.values():
        if isinstance(deel.voorstel, Voorstel):
            rij += 1
            r.rij(ws, rij, [f"Normatief tarief per bezet etmaal, {_soort(deel).lower()} (EUR)",
                            deel.voorstel.tarief_afgerond], [None, "geldvet"])
            rij += 1
    afdrukbereik(ws, rij, 1)


def _spreidingsblad(r: _Rapport, s: Studie) -> None:
    kop = ["Opgave", "Groep", "Maat", "Aantal", *(STATISTIEKLABELS[k] for k in STATKOLOMMEN), "Status"]
    ws = r.blad("Spreiding", "Spreiding per groep en maat (bedragen in euro; fracties als percentage)",
                [20, 18, 34, 8, *[13.0] * len(STATKOLOMMEN), 18], herhaal=2)
    r.kop(ws, 2, kop)
    rij = 3
    for deel in s.delen.values():
        for groep, per in deel.spreiding.items():
            for maat, sp in per.items():
                opmaak = "pct" if maat in FRACTIES else "geld"
                status = f"onderdrukt (minder dan {MIN_N})" if sp.onderdrukt else ""
                r.rij(ws, rij, [_soort(deel), groep, maatlabel(maat), sp.n, *(getattr(sp, k) for k in STATKOLOMMEN),
                                status], [None, None, None, "geheel", *[opmaak] * len(STATKOLOMMEN), None])
                rij += 1
    ws.freeze_panes(3, 3)
    ws.autofilter(2, 0, rij - 1, len(kop) - 1)
    afdrukbereik(ws, rij - 1, len(kop) - 1)


def _aanbiedersblad(r: _Rapport, s: Studie) -> None:
    """De aanbieders in regiodefinities, in drie blokken: kosten per bezet etmaal, per plaatsdag, kengetallen."""
    vast = ["Aanbieder", "Groep", "Plaatsen", "Bezette etmalen", "Herrekend"]
    blokken = [(titel, [f"{k}/{per}" for k in KOSTEN]) for per, titel in MAATDELEN]
    blokken.append(("Kengetallen", list(INDICATOREN)))
    breedte = len(vast) + max(len(m) for _, m in blokken)
    ws = r.blad("Aanbieders", "Aanbieders in regiodefinities (oranje: uitschieter volgens Tukey)",
                [26, 14, 10, 12, 10, *[14.0] * (breedte - len(vast))])
    rij = 2
    for deel in s.delen.values():
        for titel, maten in blokken:
            r.tussenkop(ws, rij, f"{_soort(deel)}: {titel.lower()}", breedte)
            r.kop(ws, rij + 1, [*vast, *(maatlabel(m) for m in maten)])
            rij += 2
            for i, a in enumerate(deel.aanbieders):
                waarden: list[Any] = [deel.codes[i], a.groep, a.som("plaatsen"), a.som("bezette_etmalen"), a.herrekend]
                opmaak: list[str | None] = [None, None, "geheel", "getal", None]
                for m in maten:
                    waarden.append(deel.maten[m][i])
                    soort = "pct" if m in FRACTIES else "geld"
                    opmaak.append({"pct": "letpct", "geld": "let"}[soort] if deel.uitschieters[m][i] else soort)
                r.rij(ws, rij, waarden, opmaak)
                rij += 1
            rij += 1
    ws.freeze_panes(2, 1)
    afdrukbereik(ws, rij, breedte - 1)


def _herrekeningsblad(r: _Rapport, s: Studie) -> None:
    kop = ["Aanbieder", "Opgave", "Plaats", "Onderwerp", "Opgegeven", "Regiodefinitie", "Omrekening"]
    ws = r.blad("Herrekening", "Herrekening naar de regiodefinities (alleen waar een definitie afwijkt)",
                [24, 16, 20, 14, 36, 36, 44], herhaal=2)
    r.kop(ws, 2, kop)
    rij = 3
    for deel in s.delen.values():
        for i, a in enumerate(deel.aanbieders):
            for h in a.herrekeningen:
                r.rij(ws, rij, [deel.codes[i], _soort(deel), h.plaats, ONDERWERPEN.get(h.onderwerp, h.onderwerp),
                                h.opgegeven, h.regio, h.toelichting])
                rij += 1
    if rij == 3:
        ws.write_string(3, 0, "Geen herrekening nodig: alle aanbieders gebruikten de regiodefinities.")
        rij += 1
    afdrukbereik(ws, rij, len(kop) - 1)


def _voorstelblad(r: _Rapport, s: Studie) -> None:
    """Het voorstel van elk deel; het hele blad past op één pagina."""
    kop = ["Component", "Maat", "Statistiek", "Waarde", "Afleiding", "Per bezet etmaal (EUR)"]
    ws = r.blad("Voorstel", "Normatief tariefvoorstel met afleiding", [16, 18, 22, 14, 70, 16], hoog=1)
    rij = 2
    for deel in s.delen.values():
        r.tussenkop(ws, rij, f"{_soort(deel)}", len(kop))
        rij += 1
        v = deel.voorstel
        if not isinstance(v, Voorstel):
            r.rij(ws, rij, [v or "Geen normen opgegeven (--normbezetting en --overheadnorm): geen voorstel."])
            rij += 2
            continue
        r.kop(ws, rij, kop)
        rij += 1
        for regel in v.regels:
            r.rij(ws, rij, [COMPONENTLABELS.get(regel.component, regel.component).capitalize(),
                            regel.maat.replace("_", " "),
                            STATISTIEKLABELS.get(regel.statistiek, regel.statistiek), regel.waarde, regel.formule,
                            regel.per_bezet_etmaal],
                  [None, None, None, "pct" if regel.component == "overhead" else "geld", None, "geld"])
            rij += 1
        r.rij(ws, rij, ["Tarief", "", "", None, "som van de regels (onafgerond)", v.tarief], [None] * 5 + ["geld"])
        r.rij(ws, rij + 1, ["Tarief afgerond", "", "", None, "afgerond op centen, een halve cent van nul af",
                            v.tarief_afgerond], [None] * 5 + ["geldvet"])
        rij += 3
    afdrukbereik(ws, rij, len(kop) - 1)


def _afgewezenblad(r: _Rapport, s: Studie) -> None:
    ws = r.blad("Afgewezen", "Afgewezen bestanden (niet in het onderzoek)", [28, 28, 90], herhaal=2)
    r.kop(ws, 2, ["Bestand", "Plaats", "Melding"])
    rij = 3
    for bestand, meldingen in _afgewezen(s):
        for plaats, tekst in meldingen:
            r.rij(ws, rij, [bestand, plaats, tekst])
            rij += 1
    if rij == 3:
        ws.write_string(3, 0, "Geen: alle bestanden zijn in het onderzoek opgenomen.")
        rij += 1
    afdrukbereik(ws, rij, 2)


GRAFIEK = {"width": 960, "height": 520}
"""Een grafiek past op één liggende A4-pagina (elk op een eigen tabblad van één pagina)."""


def _grafieken(r: _Rapport, s: Studie) -> None:
    """Per deel: spreiding per component (één punt per aanbieder) en de kostprijs per aanbieder (gestapeld),
    elk op een eigen tabblad dat op één pagina past. De gegevens staan op een verborgen tabblad."""
    wb = r.wb
    data = wb.add_worksheet("Grafiekdata")
    data.hide()
    kolom = 0
    for nr, deel in enumerate(s.delen.values()):
        achter = "" if nr == 0 else f" {deel.soort}"
        n = len(deel.aanbieders)
        spreiding = wb.add_chart({"type": "scatter"})
        for k, comp in enumerate(KOSTEN):
            maat = f"{comp}/per_bezet_etmaal"
            data.write_string(0, kolom + 2 * k, f"x {COMPONENTLABELS[comp]}")
            data.write_string(0, kolom + 2 * k + 1, COMPONENTLABELS[comp])
            for i in range(n):
                data.write_number(1 + i, kolom + 2 * k, k + 1 + 0.3 * (i / max(n - 1, 1) - 0.5))
                data.write_number(1 + i, kolom + 2 * k + 1, eindig(deel.maten[maat][i], maat))
            spreiding.add_series({"name": COMPONENTLABELS[comp],
                                  "categories": ["Grafiekdata", 1, kolom + 2 * k, n, kolom + 2 * k],
                                  "values": ["Grafiekdata", 1, kolom + 2 * k + 1, n, kolom + 2 * k + 1],
                                  "marker": {"type": "circle", "size": 5}})
        spreiding.set_title({"name": f"Spreiding per component, {_soort(deel).lower()} (EUR per bezet etmaal)"})
        spreiding.set_x_axis({"name": " / ".join(f"{k + 1} {COMPONENTLABELS[c]}" for k, c in enumerate(KOSTEN)),
                              "min": 0, "max": len(KOSTEN) + 1, "major_unit": 1})
        spreiding.set_y_axis({"name": "EUR per bezet etmaal", "num_format": "#,##0"})
        spreiding.set_size(GRAFIEK)
        _grafiekblad(r, f"Grafieken{achter}", spreiding)
        naamkolom = kolom + 2 * len(KOSTEN)
        data.write_string(0, naamkolom, "aanbieder")
        for i in range(n):
            r.aanhaling.schrijf(data, 1 + i, naamkolom, deel.codes[i])
        staaf = wb.add_chart({"type": "column", "subtype": "stacked"})
        for comp in COMPONENTEN:
            waarden = kolom + 2 * KOSTEN.index(comp) + 1
            staaf.add_series({"name": COMPONENTLABELS[comp], "categories": ["Grafiekdata", 1, naamkolom, n, naamkolom],
                              "values": ["Grafiekdata", 1, waarden, n, waarden]})
        staaf.set_title({"name": f"Kostprijs per aanbieder, {_soort(deel).lower()} (EUR per bezet etmaal)"})
        staaf.set_x_axis({"name": "Aanbieder"})
        staaf.set_y_axis({"name": "EUR per bezet etmaal", "num_format": "#,##0"})
        staaf.set_size(GRAFIEK)
        _grafiekblad(r, f"Kostprijs aanbieders{achter}", staaf)
        kolom = naamkolom + 2


def _grafiekblad(r: _Rapport, naam: str, grafiek: Any) -> None:
    ws = r.blad(naam[:31], naam, [8.43] * 16, hoog=1)
    ws.insert_chart("A3", grafiek)
    afdrukbereik(ws, 30, 15)
