"""Het uitvraagsjabloon (XlsxWriter): instructie, vergrendelde regiodefinities, aanbieder en locaties.

Alle invoercellen komen uit :mod:`.celkaart` (dezelfde tabel die de importer leest), zijn ontgrendeld,
geel en hebben gegevensvalidatie met een Nederlandse hulptekst. De overige cellen zijn vergrendeld
(bladbeveiliging zonder wachtwoord: een hulp voor de invuller, geen beveiliging; de importer
controleert alles opnieuw). De uitvoer is byte-voor-byte reproduceerbaar (vaste aanmaakdatum).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from kostprijs.onderzoek.celkaart import (
    AANBIEDER_VELDEN,
    BLAD_AANBIEDER,
    BLAD_DEFINITIES,
    BLAD_INSTRUCTIE,
    FUNCTIE_KOLOMMEN,
    FUNCTIE_RIJEN,
    LOCATIE_VELDEN,
    LOCATIEBLADEN,
    SJABLOON_VERSIE,
    VERSIECEL,
    Veld,
    functieveld,
)
from kostprijs.onderzoek.definities import COMPONENTEN, OMSCHRIJVING, REGIO, Regiodefinities
from kostprijs.onderzoek.veilig import XLSXWRITER_OPTIES, schrijf_met

AANMAAKDATUM = dt.datetime(2026, 1, 1)
INSTRUCTIE = (
    "Dit is de gegevensuitvraag voor het kostprijsonderzoek kleinschalige woonvoorzieningen (KWV).",
    "Vul per locatie één tabblad 'Locatie n' in (hoogstens drie). Laat ongebruikte locatiebladen leeg.",
    "Vul alleen de gele cellen in. Typ waarden; gebruik geen formules en geen verwijzingen naar andere "
    "bestanden: formules worden geweigerd.",
    "Bedragen zijn werkelijke kosten in het basisjaar, in euro per jaar, exclusief btw. Typ getallen "
    "zonder punten als duizendtalscheiding en zonder €-teken.",
    "Percentages typt u met het %-teken (85%), niet als heel getal.",
    "De definities op het tabblad 'Definities' liggen vast. Wijkt uw administratie af, geef dan op het "
    "tabblad 'Aanbieder' en bij de overhead aan welke definitie u gebruikte: de regio herrekent uw "
    "cijfers dan naar de regiodefinities en toont die herrekening in het rapport.",
    "Sla het bestand op als .xlsx (geen .xlsm, geen wachtwoord) en voeg geen tabbladen, samengevoegde "
    "cellen of verborgen rijen toe.",
)
_FORMAAT = {"bedrag": "#,##0.00", "fractie": "0.0%", "geheel": "0", "getal": "0.00"}


def schrijf_sjabloon(doel: str | os.PathLike[str], regio: Regiodefinities = REGIO) -> Path:
    """Schrijf het uitvraagsjabloon atomair naar ``doel`` en geef het pad terug."""
    schrijf_met(doel, lambda tmp: _schrijf(tmp, regio))
    return Path(doel)


def _schrijf(pad: Path, regio: Regiodefinities) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(pad), XLSXWRITER_OPTIES)
    wb.set_properties({"title": "Uitvraag kostprijsonderzoek KWV", "author": "kostprijs",
                       "created": AANMAAKDATUM, "comments": SJABLOON_VERSIE})
    wb.set_custom_property("kostprijs-sjabloon", SJABLOON_VERSIE)
    f = _formaten(wb)
    _instructie(wb, f)
    _definities(wb, f, regio)
    _invulblad(wb, f, BLAD_AANBIEDER, "Aanbieder en gebruikte definities", AANBIEDER_VELDEN)
    for blad in LOCATIEBLADEN:
        ws = _invulblad(wb, f, blad, f"{blad}: gegevens over het basisjaar", LOCATIE_VELDEN)
        _functietabel(ws, f)
        _controles(ws, f)
    wb.close()


def _formaten(wb: Any) -> dict[str, Any]:
    f: dict[str, Any] = {
        "titel": wb.add_format({"bold": True, "font_size": 14}),
        "kop": wb.add_format({"bold": True, "bottom": 1}),
        "tekst": wb.add_format({"text_wrap": True, "valign": "top"}),
        "vast": wb.add_format({"bg_color": "#E7E6E6", "text_wrap": True, "valign": "top"}),
        "hulp": wb.add_format({"italic": True, "font_color": "#595959", "text_wrap": True}),
        "controle": wb.add_format({"num_format": "#,##0.00", "bg_color": "#DDEBF7"}),
    }
    for soort in ("tekst", "keuze", "janee", "bedrag", "fractie", "geheel", "getal"):
        opmaak = {"bg_color": "#FFF2CC", "locked": False, "border": 1}
        if soort in _FORMAAT:
            opmaak["num_format"] = _FORMAAT[soort]
        f[f"invoer_{soort}"] = wb.add_format(opmaak)
    f["invoer_procent"] = wb.add_format({"bg_color": "#FFF2CC", "locked": False, "border": 1, "num_format": "0.0%"})
    return f


def _instructie(wb: Any, f: dict[str, Any]) -> None:
    ws = wb.add_worksheet(BLAD_INSTRUCTIE)
    ws.set_column("A:A", 22)
    ws.set_column("B:B", 110)
    ws.write_string("A1", "Kostprijsonderzoek KWV: gegevensuitvraag", f["titel"])
    ws.write_string("A2", "Sjabloonversie")
    ws.write_string(VERSIECEL, SJABLOON_VERSIE, f["vast"])
    for i, regel in enumerate(INSTRUCTIE, start=4):
        ws.write_string(f"A{i}", f"{i - 3}.")
        ws.write_string(f"B{i}", regel, f["tekst"])
    ws.protect()


def _definities(wb: Any, f: dict[str, Any], regio: Regiodefinities) -> None:
    ws = wb.add_worksheet(BLAD_DEFINITIES)
    ws.set_column("A:A", 24)
    ws.set_column("B:B", 100)
    ws.write_string("A1", "Vaste definities van de regio (vergrendeld)", f["titel"])
    ws.write_string("A3", "Onderwerp", f["kop"])
    ws.write_string("B3", "Definitie", f["kop"])
    rij = 4
    for onderwerp, tekst in regio.teksten():
        ws.write_string(rij - 1, 0, onderwerp, f["vast"])
        ws.write_string(rij - 1, 1, tekst, f["vast"])
        rij += 1
    rij += 1
    ws.write_string(rij - 1, 0, "Component", f["kop"])
    ws.write_string(rij - 1, 1, "Wat hoort erbij", f["kop"])
    for comp in COMPONENTEN:
        rij += 1
        ws.write_string(rij - 1, 0, comp, f["vast"])
        ws.write_string(rij - 1, 1, OMSCHRIJVING[comp], f["vast"])
    ws.protect()


def _invulblad(wb: Any, f: dict[str, Any], blad: str, titel: str, velden: tuple[Veld, ...]) -> Any:
    ws = wb.add_worksheet(blad)
    ws.set_column("A:A", 3)
    ws.set_column("B:B", 44)
    ws.set_column("C:C", 22)
    ws.set_column("D:D", 16)
    ws.set_column("E:E", 70)
    ws.write_string("B1", titel, f["titel"])
    ws.write_string("B2", "Vul de gele cellen in; zie de toelichting in kolom E en het tabblad Instructie.",
                    f["hulp"])
    for veld in velden:
        _invoercel(ws, f, veld, labelkolom="B")
        ws.write_string(f"D{veld.rij}", veld.eenheid)
        ws.write_string(f"E{veld.rij}", veld.hulp + ("" if veld.verplicht else " (alleen indien van toepassing)"),
                        f["hulp"])
    ws.protect()
    return ws


def _invoercel(ws: Any, f: dict[str, Any], veld: Veld, labelkolom: str | None) -> None:
    if labelkolom:
        ws.write_string(f"{labelkolom}{veld.rij}", veld.label)
    sleutel = "invoer_procent" if veld.eenheid == "%" else f"invoer_{veld.soort}"
    ws.write_blank(veld.cel, None, f[sleutel])
    ws.data_validation(veld.cel, _validatie(veld))


def _validatie(veld: Veld) -> dict[str, Any]:
    basis: dict[str, Any] = {"input_title": veld.label[:32], "input_message": veld.hulp[:255],
                             "error_title": "Ongeldige waarde", "ignore_blank": True}
    if veld.soort in ("keuze", "janee"):
        regel: dict[str, Any] = {"validate": "list", "source": list(veld.keuzes),
                                 "error_message": f"Kies uit: {', '.join(veld.keuzes)}."[:255]}
    elif veld.soort == "tekst":
        regel = {"validate": "length", "criteria": "between", "minimum": 1, "maximum": 200,
                 "error_message": "Typ een naam van 1 tot 200 tekens."}
    else:
        regel = {"validate": "integer" if veld.soort == "geheel" else "decimal", "criteria": "between",
                 "minimum": veld.minimum, "maximum": veld.maximum,
                 "error_message": f"Typ een getal tussen {veld.minimum:g} en {veld.maximum:g} ({veld.eenheid})."}
    return basis | regel


def _functietabel(ws: Any, f: dict[str, Any]) -> None:
    ws.write_string("B14", "Functie", f["kop"])
    ws.write_string("C14", "Fte in loondienst (gemiddeld)", f["kop"])
    ws.write_string("D14", "Loonkosten (EUR/jaar)", f["kop"])
    ws.write_string("E14", "Per functie: fte en loonkosten zonder ORT; ORT apart in C25.", f["hulp"])
    for rij in FUNCTIE_RIJEN:
        for kolom in FUNCTIE_KOLOMMEN:
            _invoercel(ws, f, functieveld(kolom, rij), labelkolom=None)
    for rij, kop in ((3, "Capaciteit en bezetting"), (10, "Rooster"), (13, "Formatie en loonkosten"),
                     (23, "Verzuim, ORT en inhuur"), (28, "Cliëntkosten"), (30, "Huisvesting"),
                     (37, "Overhead"), (43, "Resultaat")):
        ws.write_string(f"A{rij}", "")
        ws.write_string(f"B{rij}", kop, f["kop"])


def _controles(ws: Any, f: dict[str, Any]) -> None:
    """Controlecellen voor de invuller (formules; de importer leest ze niet)."""
    eerste, laatste = FUNCTIE_RIJEN[0], FUNCTIE_RIJEN[-1]
    ws.write_string("B46", "Controle (wordt niet ingelezen)", f["kop"])
    ws.write_string("B47", "Totaal fte")
    ws.write_formula("C47", f"=SUM(C{eerste}:C{laatste})", f["controle"], 0)
    ws.write_string("B48", "Totaal personeel in loondienst incl. ORT")
    ws.write_formula("C48", f"=SUM(D{eerste}:D{laatste})+N(C25)", f["controle"], 0)
    ws.write_string("B49", "Totaal huisvesting")
    ws.write_formula("C49", "=SUM(C32:C36)", f["controle"], 0)
