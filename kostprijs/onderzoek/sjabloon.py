"""Het uitvraagsjabloon (XlsxWriter): instructie, vergrendelde regiodefinities, aanbieder en locaties.

Alle invoercellen komen uit :mod:`.celkaart` (dezelfde tabel die de importer leest), zijn ontgrendeld,
geel en hebben gegevensvalidatie met een Nederlandse hulptekst; keuzelijsten tonen woorden
(:mod:`kostprijs.keuzes`). Elk locatieblad heeft een kolom Realisatie (werkelijke kosten van een
basisjaar) en een kolom Begroting (een nieuwe of gewijzigde woning). De overige cellen zijn vergrendeld
(bladbeveiliging zonder wachtwoord: een hulp voor de invuller, geen beveiliging; de importer controleert
alles opnieuw). Elk tabblad past op A4, één pagina breed en hoogstens twee pagina's hoog. Het lege sjabloon
is byte voor byte reproduceerbaar (vaste aanmaakdatum); ``vooraf`` vult cellen in (``kostprijs sjabloon
--uit-model``, :mod:`.uit_model`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kostprijs.excel.afdruk import afdrukbereik, pagina, rijhoogte
from kostprijs.keuzes import COMPONENTEN as COMPONENTLABELS
from kostprijs.onderzoek.celkaart import (
    AANBIEDER_VELDEN,
    BLAD_AANBIEDER,
    BLAD_DEFINITIES,
    BLAD_INSTRUCTIE,
    FUNCTIE_RIJEN,
    KOPPEN,
    KOPRIJ,
    LOCATIE_VELDEN,
    LOCATIEBLADEN,
    SJABLOON_VERSIE,
    SOORTEN,
    SOORTLABEL,
    Veld,
    functiekolommen,
    functieveld,
)
from kostprijs.onderzoek.definities import COMPONENTEN, OMSCHRIJVING, REGIO, Regiodefinities
from kostprijs.onderzoek.veilig import XLSXWRITER_OPTIES, schrijf_met

AANMAAKDATUM = dt.datetime(2026, 1, 1)
TITEL = "Kostprijsonderzoek KWV: gegevensuitvraag"
INSTRUCTIE = (
    "Dit is de gegevensuitvraag voor het kostprijsonderzoek kleinschalige woonvoorzieningen (KWV).",
    "Vul per locatie één tabblad 'Locatie n' in (hoogstens drie). Laat ongebruikte locatiebladen leeg.",
    "Elk locatieblad heeft twee kolommen. Realisatie: de werkelijke kosten van een afgesloten jaar (het "
    "basisjaar). Begroting: de verwachte kosten van een nieuwe of gewijzigde woning die nog geen jaar draait. "
    "Vul de kolom in die u heeft, of beide; de regio houdt ze in het onderzoek apart.",
    "Vul alleen de gele cellen in. Typ waarden; gebruik geen formules en geen verwijzingen naar andere "
    "bestanden: formules worden geweigerd. Kies in een keuzelijst een woord uit de lijst.",
    "Bedragen zijn kosten in euro per jaar, zonder btw. Typ getallen zonder punten als duizendtalscheiding en "
    "zonder €-teken.",
    "Percentages typt u met het %-teken (85%), niet als heel getal.",
    "De definities op het tabblad 'Definities' liggen vast. Wijkt uw administratie af, geef dan op het "
    "tabblad 'Aanbieder' en bij de overhead aan welke definitie u gebruikte: de regio herrekent uw cijfers "
    "dan naar de regiodefinities en toont die herrekening in het rapport.",
    "Sla het bestand op als .xlsx (geen .xlsm, geen wachtwoord) en voeg geen tabbladen, samengevoegde cellen "
    "of verborgen rijen toe.",
)
_FORMAAT = {"bedrag": "#,##0.00", "fractie": "0.0%", "geheel": "0", "getal": "#,##0.00"}
BREEDTE_LOCATIE = {"A": 3.0, "B": 40.0, "C": 18.0, "D": 18.5, "E": 16.0, "F": 62.0}
BREEDTE_AANBIEDER = {"A": 3.0, "B": 40.0, "C": 26.0, "D": 16.0, "E": 60.0}
Vooraf = Mapping[str, Mapping[str, Any]]
"""Waarden om vooraf in te vullen: blad -> cel -> waarde (keuzes als woord)."""


def schrijf_sjabloon(doel: str | os.PathLike[str], regio: Regiodefinities = REGIO, vooraf: Vooraf | None = None,
                     naam: str = TITEL) -> Path:
    """Schrijf het uitvraagsjabloon atomair naar ``doel`` en geef het pad terug.

    ``vooraf`` vult invoercellen in (blad -> cel -> waarde); ``naam`` staat in de kop van elke pagina.
    """
    if vooraf or naam != TITEL:
        schrijf_met(doel, lambda tmp: _schrijf(tmp, regio, vooraf or {}, naam))
    else:
        schrijf_met(doel, lambda tmp: _schrijf(tmp, regio))
    return Path(doel)


def _schrijf(pad: Path, regio: Regiodefinities, vooraf: Vooraf | None = None, naam: str = TITEL) -> None:
    vooraf = vooraf or {}
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(pad), XLSXWRITER_OPTIES)
    wb.set_properties({"title": "Uitvraag kostprijsonderzoek KWV", "author": "kostprijs",
                       "created": AANMAAKDATUM, "comments": SJABLOON_VERSIE})
    wb.set_custom_property("kostprijs-sjabloon", SJABLOON_VERSIE)
    f = _formaten(wb)
    _instructie(wb, f, naam)
    _definities(wb, f, regio, naam)
    ws = _invulblad(wb, f, BLAD_AANBIEDER, "Aanbieder en gebruikte definities", AANBIEDER_VELDEN, naam,
                    vooraf.get(BLAD_AANBIEDER, {}))
    afdrukbereik(ws, max(v.rij for v in AANBIEDER_VELDEN), 4)
    for blad in LOCATIEBLADEN:
        _locatieblad(wb, f, blad, naam, vooraf.get(blad, {}))
    wb.close()


def _formaten(wb: Any) -> dict[str, Any]:
    basis = {"font_name": "Calibri", "font_size": 10, "valign": "top"}
    f: dict[str, Any] = {
        "titel": wb.add_format({**basis, "bold": True, "font_size": 14}),
        "kop": wb.add_format({**basis, "bold": True, "bottom": 1, "text_wrap": True}),
        "label": wb.add_format({**basis, "text_wrap": True}),
        "tekst": wb.add_format({**basis, "text_wrap": True}),
        "vast": wb.add_format({**basis, "bg_color": "#E7E6E6", "text_wrap": True}),
        "hulp": wb.add_format({**basis, "italic": True, "font_color": "#595959", "text_wrap": True}),
        "controle": wb.add_format({**basis, "num_format": "#,##0.00", "bg_color": "#DDEBF7"}),
        "nvt": wb.add_format({**basis, "bg_color": "#E7E6E6"}),
    }
    for soort in ("tekst", "keuze", "janee", "bedrag", "fractie", "geheel", "getal"):
        opmaak = {**basis, "bg_color": "#FFF2CC", "locked": False, "border": 1, "text_wrap": soort == "tekst"}
        if soort in _FORMAAT:
            opmaak["num_format"] = _FORMAAT[soort]
        f[f"invoer_{soort}"] = wb.add_format(opmaak)
    f["invoer_procent"] = wb.add_format({**basis, "bg_color": "#FFF2CC", "locked": False, "border": 1,
                                         "num_format": "0.0%"})
    return f


def _kolommen(ws: Any, breedtes: Mapping[str, float]) -> None:
    for letter, breedte in breedtes.items():
        ws.set_column(f"{letter}:{letter}", breedte)


def _instructie(wb: Any, f: dict[str, Any], naam: str) -> None:
    ws = wb.add_worksheet(BLAD_INSTRUCTIE)
    _kolommen(ws, {"A": 22, "B": 100})
    ws.write_string("A1", TITEL, f["titel"])
    ws.write_string("A2", "Sjabloonversie", f["label"])
    ws.write_string("B2", SJABLOON_VERSIE, f["vast"])
    for i, regel in enumerate(INSTRUCTIE, start=4):
        ws.write_string(f"A{i}", f"{i - 3}.", f["label"])
        ws.write_string(f"B{i}", regel, f["tekst"])
        ws.set_row(i - 1, rijhoogte(regel, 100))
    pagina(ws, naam, versie=SJABLOON_VERSIE, herhaal=(0, 0))
    afdrukbereik(ws, len(INSTRUCTIE) + 3, 1)
    ws.protect()


def _definities(wb: Any, f: dict[str, Any], regio: Regiodefinities, naam: str) -> None:
    ws = wb.add_worksheet(BLAD_DEFINITIES)
    _kolommen(ws, {"A": 24, "B": 96})
    ws.write_string("A1", "Vaste definities van de regio (vergrendeld)", f["titel"])
    ws.write_string("A3", "Onderwerp", f["kop"])
    ws.write_string("B3", "Definitie", f["kop"])
    rij = 4
    for onderwerp, tekst in regio.teksten():
        ws.write_string(rij - 1, 0, onderwerp, f["vast"])
        ws.write_string(rij - 1, 1, tekst, f["vast"])
        ws.set_row(rij - 1, rijhoogte(tekst, 96))
        rij += 1
    rij += 1
    ws.write_string(rij - 1, 0, "Component", f["kop"])
    ws.write_string(rij - 1, 1, "Wat hoort erbij", f["kop"])
    for comp in COMPONENTEN:
        rij += 1
        ws.write_string(rij - 1, 0, COMPONENTLABELS.get(comp, comp).capitalize(), f["vast"])
        ws.write_string(rij - 1, 1, OMSCHRIJVING[comp], f["vast"])
    pagina(ws, naam, versie=SJABLOON_VERSIE, herhaal=(0, 2))
    afdrukbereik(ws, rij, 1)
    ws.protect()


def _invulblad(wb: Any, f: dict[str, Any], blad: str, titel: str, velden: tuple[Veld, ...], naam: str,
               vooraf: Mapping[str, Any]) -> Any:
    ws = wb.add_worksheet(blad)
    _kolommen(ws, BREEDTE_AANBIEDER)
    ws.write_string("B1", titel, f["titel"])
    ws.write_string("B2", "Vul de gele cellen in; zie de toelichting in kolom E en het tabblad Instructie.",
                    f["hulp"])
    ws.write_string("B3", "Gegeven", f["kop"])
    ws.write_string("C3", "Waarde", f["kop"])
    ws.write_string("D3", "Eenheid", f["kop"])
    ws.write_string("E3", "Toelichting", f["kop"])
    for veld in velden:
        ws.write_string(f"B{veld.rij}", veld.label, f["label"])
        _invoercel(ws, f, veld, vooraf.get(veld.cel))
        ws.write_string(f"D{veld.rij}", veld.eenheid, f["label"])
        hulp = veld.hulp + ("" if veld.verplicht else " (alleen indien van toepassing)")
        ws.write_string(f"E{veld.rij}", hulp, f["hulp"])
        ws.set_row(veld.rij - 1, max(rijhoogte(hulp, BREEDTE_AANBIEDER["E"]),
                                     rijhoogte(veld.label, BREEDTE_AANBIEDER["B"])))
    pagina(ws, naam, liggend=True, hoog=2, herhaal=(0, 2), versie=SJABLOON_VERSIE)
    ws.protect()
    return ws


def _locatieblad(wb: Any, f: dict[str, Any], blad: str, naam: str, vooraf: Mapping[str, Any]) -> None:
    ws = wb.add_worksheet(blad)
    _kolommen(ws, BREEDTE_LOCATIE)
    ws.write_string("B1", f"{blad}: gegevens van de locatie", f["titel"])
    uitleg = ("Vul de gele cellen in: de kolom Realisatie met de werkelijke kosten van het basisjaar, de kolom "
              "Begroting voor een nieuwe of gewijzigde woning, of beide. Zie de toelichting in kolom F.")
    ws.merge_range("B2:F2", uitleg, f["hulp"])
    ws.set_row(1, rijhoogte(uitleg, sum(BREEDTE_LOCATIE[k] for k in "BCDEF")))
    for kolom, tekst in zip("BCDEF", ("Gegeven", *(SOORTLABEL[s] for s in SOORTEN), "Eenheid", "Toelichting"),
                            strict=True):
        ws.write_string(f"{kolom}{KOPRIJ}", tekst, f["kop"])
    for veld in LOCATIE_VELDEN:
        ws.write_string(f"B{veld.rij}", veld.label, f["label"])
        for soort in SOORTEN:
            if veld.gedeeld and soort != "realisatie":
                ws.write_blank(f"D{veld.rij}", None, f["nvt"])
                continue
            _invoercel(ws, f, veld.voor(soort), vooraf.get(veld.voor(soort).cel))
        ws.write_string(f"E{veld.rij}", veld.eenheid, f["label"])
        hulp = veld.hulp + ("" if veld.verplicht else " (alleen indien van toepassing)")
        ws.write_string(f"F{veld.rij}", hulp, f["hulp"])
        ws.set_row(veld.rij - 1, max(rijhoogte(hulp, BREEDTE_LOCATIE["F"]), rijhoogte(veld.label, 40)))
    for rij, kop in KOPPEN:
        if rij != 13:  # de kop van de functietabel schrijft _functietabel
            ws.merge_range(f"B{rij}:F{rij}", kop, f["kop"])
    _functietabel(ws, f, vooraf)
    _controles(ws, f)
    pagina(ws, naam, liggend=True, hoog=2, herhaal=(0, KOPRIJ - 1), versie=SJABLOON_VERSIE)
    afdrukbereik(ws, 49, 5)
    ws.protect()


def _invoercel(ws: Any, f: dict[str, Any], veld: Veld, waarde: Any = None) -> None:
    sleutel = "invoer_procent" if veld.eenheid == "%" else f"invoer_{veld.soort}"
    if waarde is None:
        ws.write_blank(veld.cel, None, f[sleutel])
    elif isinstance(waarde, str):
        ws.write_string(veld.cel, waarde, f[sleutel])
    else:
        ws.write_number(veld.cel, waarde, f[sleutel])
    ws.data_validation(veld.cel, _validatie(veld))


def _getal(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".").replace(",", "_").replace(".", ",").replace("_", ".")


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
        assert veld.minimum is not None and veld.maximum is not None
        if veld.eenheid == "%":
            bereik = f"{_getal(100 * veld.minimum)}% en {_getal(100 * veld.maximum)}%"
        else:
            bereik = f"{_getal(veld.minimum)} en {_getal(veld.maximum)} ({veld.eenheid})"
        regel = {"validate": "integer" if veld.soort == "geheel" else "decimal", "criteria": "between",
                 "minimum": veld.minimum, "maximum": veld.maximum,
                 "error_message": f"Typ een getal tussen {bereik}."[:255]}
    return basis | regel


def _functietabel(ws: Any, f: dict[str, Any], vooraf: Mapping[str, Any]) -> None:
    koppen = ("Functie", "Fte (realisatie)", "Loonkosten realisatie (EUR per jaar)", "Fte (begroting)",
              "Loonkosten begroting (EUR per jaar)")
    for letter, tekst in zip("BCDEF", koppen, strict=True):
        ws.write_string(f"{letter}14", tekst, f["kop"])
    ws.set_row(13, 30)
    ws.merge_range("B13:F13", "Formatie en loonkosten per functie: fte in loondienst en loonkosten zonder ORT "
                              "(de ORT apart, rij 25)", f["kop"])
    for rij in FUNCTIE_RIJEN:
        gezien: set[str] = set()
        for soort in SOORTEN:
            for kolom in functiekolommen(soort):
                veld = functieveld(kolom, rij)
                if veld.cel not in gezien:
                    gezien.add(veld.cel)
                    _invoercel(ws, f, veld, vooraf.get(veld.cel))


def _controles(ws: Any, f: dict[str, Any]) -> None:
    """Controlecellen voor de invuller (formules; de importer leest ze niet)."""
    eerste, laatste = FUNCTIE_RIJEN[0], FUNCTIE_RIJEN[-1]
    ws.merge_range("B46:F46", "Controle (wordt niet ingelezen)", f["kop"])
    for rij, tekst in ((47, "Totaal fte"), (48, "Totaal personeel in loondienst met ORT (EUR per jaar)"),
                       (49, "Totaal huisvesting (EUR per jaar)")):
        ws.write_string(f"B{rij}", tekst, f["label"])
        ws.set_row(rij - 1, rijhoogte(tekst, BREEDTE_LOCATIE["B"]))
    for kolom, fte, loon in (("C", "C", "D"), ("D", "E", "F")):
        ws.write_formula(f"{kolom}47", f"=SUM({fte}{eerste}:{fte}{laatste})", f["controle"], 0)
        ws.write_formula(f"{kolom}48", f"=SUM({loon}{eerste}:{loon}{laatste})+N({kolom}25)", f["controle"], 0)
        ws.write_formula(f"{kolom}49", f"=SUM({kolom}32:{kolom}36)", f["controle"], 0)
