"""Schrijft het werkboek van één KWV: XlsxWriter, formules met opgeslagen waarden, atomair.

Waarom XlsxWriter: het is de enige schrijver die een formule én het resultaat dat Python berekende in
dezelfde cel zet; lezers die niet herberekenen (pandas, mailvoorbeelden, viewers) tonen zo de juiste
getallen (``reference/excel-en-ecosysteem.md`` §2.1). Tekst van gebruikers gaat altijd via
``write_string`` (``strings_to_formulas`` staat uit): ``=HYPERLINK(...)`` blijft tekst.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kostprijs._versie import __version__
from kostprijs.excel import rekenbladen as rb
from kostprijs.excel.blad import Blad, Register
from kostprijs.excel.formules import formule
from kostprijs.excel.invoerblad import InvoerBlad
from kostprijs.excel.opmaak import KLEUR_AFGELEID, KLEUR_GERAPPORTEERD, KLEUR_INVOER, KLEUR_VAST, Opmaak
from kostprijs.inputs import KwvModel
from kostprijs.io.schrijven import atomair
from kostprijs.model import bereken, conventies_tekst, kern_argumenten
from kostprijs.results import Resultaat

BASISBLAD = "_kostprijs_model"
SCENARIOBLAD = "Scenario's"
BLADEN = ("Toelichting", "Uitgangspunten", "Formatie", "Personeelskosten", "Huisvesting", "Overhead",
          "Tariefopbouw", "Bezetting")


def invoer_hash(model: KwvModel) -> str:
    """SHA-256 van de invoer (JSON van het model): maakt een werkboek herleidbaar tot zijn invoer."""
    return hashlib.sha256(model.model_dump_json().encode("utf-8")).hexdigest()


def schrijf_werkboek(model: KwvModel, pad: str | Path, resultaat: Resultaat | None = None,
                     tabellen: Mapping[str, Any] | None = None) -> Register:
    """Schrijf het werkboek van ``model`` naar ``pad`` (atomair) en geef het register van alle cellen.

    ``tabellen`` (titel -> pandas DataFrame) zijn al berekende scenario-, financierings- of
    aanlooptabellen; ze komen met een grafiek op het tabblad Scenario's.

    Eerst naar een tijdelijk bestand in dezelfde map, dan ``os.replace``: gaat er halverwege iets
    mis, dan blijft een bestaand bestand onaangeroerd en blijft er geen tijdelijk bestand achter.

    Raises
    ------
    KostprijsFout
        Als de map niet bestaat of het bestand niet geschreven kan worden (bijv. open in Excel).
    """
    res = resultaat if resultaat is not None else bereken(model)
    with atomair(pad) as tmp:
        register = _bouw(model, res, tmp, tabellen or {})
    return register


def _bouw(model: KwvModel, res: Resultaat, pad: Path, tabellen: Mapping[str, Any]) -> Register:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(pad), {"strings_to_formulas": False, "strings_to_urls": False,
                                        "strings_to_numbers": False})
    try:
        return _vul(wb, model, res, tabellen)
    except BaseException:
        wb.fileclosed = True  # niets wegschrijven; het tijdelijke bestand wordt opgeruimd
        raise


def _vul(wb: Any, model: KwvModel, res: Resultaat, tabellen: Mapping[str, Any]) -> Register:
    op, reg = Opmaak(wb), Register()
    c = rb.Context(model, res, kern_argumenten(model))
    kop = f"{model.naam} ({model.jaar})"

    def blad(naam: str, titel: str, breedtes: list[float], liggend: bool = False) -> Blad:
        return Blad(wb, op, reg, naam, titel, kop, breedtes, liggend)

    toelichting = blad("Toelichting", "Tariefopbouw kleinschalige woonvoorziening", [34, 70])
    invoer = blad("Uitgangspunten", "Uitgangspunten (gele cellen zijn invoer)", [40, 18, 12, 11, 9, 9, 9, 9, 9,
                                                                                  9, 9, 11, 14], liggend=True)
    InvoerBlad(invoer, model, {"index_loon": c.args["index_loon"], "index_prijs": c.args["index_prijs"]}).schrijf()
    rb.formatie(blad("Formatie", "Formatie: van rooster naar uren en fte", [40, 14, 14, 12, 16, 16, 16]), c)
    rb.personeelskosten(blad("Personeelskosten", "Personeelskosten per functie",
                             [40, *[13.0] * len(rb.PERSONEEL_KOLOMMEN)], liggend=True), c)
    rb.huisvesting(blad("Huisvesting", "Huisvestingslasten", [40, 16, 12, 60]), c)
    rb.overhead(blad("Overhead", "Cliëntkosten en overhead", [44, 16, 16, 60]), c)
    rb.tariefopbouw(blad("Tariefopbouw", "Tariefopbouw per jaar en per bezet etmaal", [50, 16, 16, 60]), c)
    rb.bezetting(blad("Bezetting", "Tarief naar bezettingsgraad", [16, 16, 18, 18, 16, 16], liggend=True), c)
    if tabellen:
        from kostprijs.excel.scenarioblad import schrijf_tabellen

        breedte = max(len(t.columns) + 1 for t in tabellen.values())
        schrijf_tabellen(blad(SCENARIOBLAD, "Scenario's (door Python berekend)", [18.0] * breedte, liggend=True),
                         tabellen)
    _toelichting(toelichting, model, res)
    _basismodel(wb, model)
    for naam, kleur in (("Toelichting", "#1F4E78"), ("Uitgangspunten", "#FFC000")):
        wb.get_worksheet_by_name(naam).set_tab_color(kleur)
    for naam in BLADEN[2:]:
        wb.get_worksheet_by_name(naam).set_tab_color("#70AD47")
    if tabellen:
        wb.get_worksheet_by_name(SCENARIOBLAD).set_tab_color("#A5A5A5")
    toelichting.ws.activate()
    wb.set_properties({"title": f"Tariefopbouw {model.naam}", "subject": "Reële tarieven KWV",
                       "author": "kostprijs", "comments": f"kostprijs {__version__}; invoer {invoer_hash(model)}"})
    wb.set_custom_property("kostprijs_versie", __version__)
    wb.set_custom_property("parameterjaar", str(model.jaar))
    wb.set_custom_property("invoer_sha256", invoer_hash(model))
    wb.set_calc_mode("auto")
    wb.close()
    return reg


def _basismodel(wb: Any, model: KwvModel) -> None:
    """Het volledige model als JSON op een verborgen blad: ``lees-excel`` neemt daaruit de delen over
    die niet op Uitgangspunten staan (bijv. indexering, peildatum, salaristabel)."""
    ws = wb.add_worksheet(BASISBLAD)
    ws.write_string(0, 0, model.model_dump_json())
    ws.protect()
    ws.very_hidden()


def _toelichting(b: Blad, m: KwvModel, res: Resultaat) -> None:
    from kostprijs.core.afronding import rond_af

    ws, op = b.ws, b.op

    def rij(label: str, tekst: str) -> None:
        regels = -(-len(tekst) // 85)
        if regels > 1:
            ws.set_row(b.rij, 13.5 * regels)
        ws.write_string(b.rij, 0, label, op.label_vet)
        b.tekst(b.rij, 1, tekst, op.uitleg)
        b.rij += 1

    b.kop("Doel", 2)
    ws.write_string(b.rij, 0, "Voorziening", op.label_vet)
    b.tekst(b.rij, 1, m.naam, op.tekst)
    b.rij += 1
    rij("Waarvoor", "De reële kostprijs en het tarief per bezet etmaal van een kleinschalige woonvoorziening "
        "(KWV), opgebouwd uit formatie, personeelskosten, cliëntkosten, huisvesting, overhead en risico, met de "
        "indeling naar de AMvB reële prijzen Jeugdwet.")
    ws.write_string(b.rij, 0, "Tarief per bezet etmaal", op.label_vet)
    b.formule(b.rij, 1, formule("toelichting_tarief"), rond_af(res.waarde("tarief_per_bezet_etmaal")), "geld",
              soort="gerapporteerd")
    b.rij += 1
    b.kop("Herkomst", 2)
    rij("kostprijs-versie", __version__)
    rij("Parameterjaar", str(m.jaar))
    rij("Invoer (SHA-256)", invoer_hash(m))
    rij("Bron van de rekenregels", "kostprijs: reference/methode.md; CAO Jeugdzorg (werktijden, ORT, vakantietoeslag, "
        "eindejaarsuitkering); Besluit Jeugdwet art. 2.3 (AMvB reële prijzen, Stb. 2024, 69).")
    rij("Status van de getallen", "Waarden met [A] zijn aannames en [I] te verifiëren; geen normen. De bron van elke "
        "invoer staat als opmerking bij de cel op het tabblad Uitgangspunten.")
    b.kop("Conventies", 2)
    for k, tekst in conventies_tekst(m).items():
        rij(k.replace("_", " "), tekst)
    rij("afronding in het werkboek", "Alleen de gerapporteerde cellen (donkergroen) gebruiken ROUND(...; 2), "
        "half van nul af; alle andere cellen rekenen onafgerond en tonen alleen minder decimalen.")
    if m.ort_tabel is not None:
        rij("ORT uit de tabel", "De ORT-gewogen uren per dienst per week (grijs, tabblad Formatie) berekent Python uit "
            "de ORT-banden; alles daarna zijn formules. Wijzigt u de banden of diensttijden, reken dan opnieuw "
            "met `kostprijs lees-excel`.")
    b.kop("Kleurlegenda", 2)
    for soort, kleur, tekst in (
        ("invoer", KLEUR_INVOER, "Invoer: vrij te wijzigen; het werkboek rekent direct mee."),
        ("afgeleid", KLEUR_AFGELEID, "Afgeleid: formule op de invoer, met de door Python berekende waarde."),
        ("vast", KLEUR_VAST, "Vaste gegevens: geen invoer van het model of door Python berekend."),
        ("gerapporteerd", KLEUR_GERAPPORTEERD, "Gerapporteerd: afgerond op centen."),
    ):
        ws.write_blank(b.rij, 0, None, b.wb.add_format({"bg_color": kleur, "border": 1}))
        ws.write_string(b.rij, 0, soort, b.wb.add_format({"bg_color": kleur, "border": 1, "font_size": 10}))
        b.tekst(b.rij, 1, tekst, op.uitleg)
        b.rij += 1
    b.kop("Gebruik", 2)
    rij("Bladbeveiliging", "Alle tabbladen zijn beveiligd zonder wachtwoord; alleen invoercellen zijn te wijzigen. "
        "Dit is een hulp, geen beveiliging (Controleren > Blad opheffen).")
    rij("Terug naar Python", "`kostprijs lees-excel BESTAND.xlsx` leest het tabblad Uitgangspunten terug, "
        "controleert elke cel en rekent het tarief opnieuw uit.")
    rij("Tabbladen", ", ".join(BLADEN))
