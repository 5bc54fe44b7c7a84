"""Werkboeken lezen als een mens: geen programmawoorden, Python-namen, Markdown of getallen als tekst.

Gecontroleerd in elk zichtbaar tabblad van het tariefwerkboek (alle voorbeelden, ook met scenariotabellen),
het uitvraagsjabloon (leeg en vooraf ingevuld) en het rapport (met realisatie, begroting en afgewezen
bestanden): de tekst in de cellen, de woorden van elke keuzelijst en de hulpteksten van de validatie. Elke
keuze is een Nederlands woord dat de lezer terugzet naar de vaste waarde. Elk tabblad heeft een
pagina-instelling (A4, één pagina breed, kopregels, afdrukbereik, kop met naam, datum en versie) en tekst
loopt nooit over een gevulde cel heen. Een test met een opzettelijk fout werkboek laat zien dat de
controles kunnen falen.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import range_boundaries

from kostprijs import KwvModel, bereken, lees_model
from kostprijs.excel import lees_werkboek, schrijf_werkboek
from kostprijs.excel import velden as v
from kostprijs.keuzes import KEUZES, label
from kostprijs.keuzes import waarde as keuzewaarde
from kostprijs.onderzoek.rapport import schrijf_rapport
from kostprijs.onderzoek.sjabloon import schrijf_sjabloon
from kostprijs.onderzoek.studie import onderzoek
from kostprijs.onderzoek.uit_model import vooraf_uit_model
from kostprijs.onderzoek.voorstel import Normen
from tests.conftest import REFERENTIE, VOORBEELDEN
from tests.test_onderzoek_inlezen import script

PROGRAMMAWOORD = re.compile(r"(?<![\w.@/\\-])[a-z]+(?:_[a-z0-9]+)+(?![\w(])")  # personeel_clientkosten
PYTHON = re.compile(r"\b(None|True|False|NaN|nan)\b|kostprijs\.[a-z]|__\w+__|\bself\.|\[\w+\]\(")
MARKDOWN = re.compile(r"`|\*\*|^#{1,6} |\[[^\]]+\]\([^)]+\)|^\s*[-*] \S", re.MULTILINE)
EENHEID = re.compile(r"(?<![\w/])/1\b|\b(EUR|uur|dagen|weken|etmalen)/[a-z]")
GETAL_ALS_TEKST = re.compile(r"^\s*[-+]?(€\s*)?(\d{1,3}(\.\d{3})+(,\d+)?|\d{1,3}(,\d{3})+(\.\d+)?|\d+([.,]\d+)?)"
                             r"\s*%?\s*$")
"""Een getal als tekst: '642,52', '1.234,56', '1,234.56', '85%', '2025' (niet '0.1.0' of '365/7')."""


def problemen_in_tekst(tekst: str) -> list[str]:
    """Wat een mens niet hoort te lezen in ``tekst`` (leeg als de tekst leesbaar is)."""
    uit = []
    for regel, wat in ((PROGRAMMAWOORD, "programmawoord"), (PYTHON, "Python"), (MARKDOWN, "Markdown"),
                       (EENHEID, "eenheid voor programmeurs")):
        if m := regel.search(tekst):
            uit.append(f"{wat} {m.group(0)!r}")
    if GETAL_ALS_TEKST.match(tekst):
        uit.append(f"getal als tekst {tekst!r}")
    return uit


def keuzelijsten(ws: Any) -> Iterator[tuple[str, list[str], Any]]:
    """(cellen, woorden, validatie) van elke keuzelijst van een tabblad."""
    for dv in ws.data_validations.dataValidation:
        if dv.type == "list" and (dv.formula1 or "").startswith('"'):
            yield str(dv.sqref), [w.strip() for w in dv.formula1.strip('"').split(",")], dv


def problemen(pad: Path) -> list[str]:
    """Alle onleesbare tekst in de zichtbare tabbladen van een werkboek."""
    wb = openpyxl.load_workbook(pad)
    uit = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        for rij in ws.iter_rows():
            for c in rij:
                if isinstance(c.value, str) and c.data_type != "f":
                    uit += [f"{ws.title}!{c.coordinate}: {p} in {c.value[:60]!r}" for p in problemen_in_tekst(c.value)]
        for cellen, woorden, dv in keuzelijsten(ws):
            for w in woorden:
                if PROGRAMMAWOORD.search(w) or "_" in w:
                    uit.append(f"{ws.title} keuzelijst {cellen}: {w!r}")
            for tekst in (dv.prompt, dv.error, dv.promptTitle, dv.errorTitle):
                uit += [f"{ws.title} validatie {cellen}: {p}" for p in problemen_in_tekst(tekst or "-")]
    return uit


def _breedtes(ws: Any) -> dict[int, float]:
    uit: dict[int, float] = {}
    for dim in ws.column_dimensions.values():
        if dim.width:
            for k in range(dim.min or 1, (dim.max or dim.min or 1) + 1):
                uit[k] = dim.width
    return uit


def overlap(pad: Path) -> list[str]:
    """Tekst die over een gevulde cel heen zou lopen, of afgebroken tekst in een te lage rij."""
    wb = openpyxl.load_workbook(pad)
    uit = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        breedte = _breedtes(ws)
        samen = {}
        for bereik in ws.merged_cells.ranges:
            k1, r1, k2, _ = range_boundaries(str(bereik))
            samen[(r1, k1)] = sum(breedte.get(k, 8.43) for k in range(k1, k2 + 1))  # type: ignore[operator]
        for rij in ws.iter_rows():
            for c in rij:
                if not isinstance(c.value, str) or c.data_type == "f" or c.row <= 2:
                    continue  # titels en ondertitels mogen over lege cellen lopen
                b = samen.get((c.row, c.column), breedte.get(c.column, 8.43))
                tekens = max(len(r) for r in c.value.split("\n"))
                if tekens <= b * 1.2 and "\n" not in c.value:
                    continue
                if c.alignment.wrap_text:
                    regels = sum(max(1, math.ceil(len(r) / (b * 1.3))) for r in c.value.split("\n"))
                    hoogte = ws.row_dimensions[c.row].height or 15
                    if hoogte < 0.8 * regels * 12.75:
                        uit.append(f"{ws.title}!{c.coordinate}: {regels} regels in een rij van {hoogte} pt")
                    continue
                nodig, k = b, c.column
                while nodig < tekens / 1.2:
                    k += 1
                    buur = ws.cell(c.row, k)
                    if buur.value not in (None, ""):
                        uit.append(f"{ws.title}!{c.coordinate}: loopt over {get_column_letter(k)}{c.row}")
                        break
                    nodig += breedte.get(k, 8.43)
    return uit


def afdruk(pad: Path, naam: str) -> list[str]:
    """Tabbladen zonder volledige pagina-instelling."""
    wb = openpyxl.load_workbook(pad)
    uit = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        ps, kop = ws.page_setup, ws.oddHeader
        checks = {"A4": ps.paperSize == 9, "één pagina breed": ws.sheet_properties.pageSetUpPr.fitToPage
                  and ps.fitToWidth in (1, None), "afdrukbereik": bool(ws.print_area),
                  "kopregels": bool(ws.print_title_rows), "naam in de kop": naam in (kop.left.text or ""),
                  "datum in de kop": "&D" in (kop.center.text or ""), "versie in de kop": bool(kop.right.text),
                  "liggend of staand": ps.orientation in ("portrait", "landscape")}
        uit += [f"{ws.title}: {wat}" for wat, goed in checks.items() if not goed]
    return uit


@pytest.fixture(scope="module")
def werkboeken(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """Alle soorten werkboeken: pad en de naam in de kop van elke pagina."""
    import pandas as pd

    map_ = tmp_path_factory.mktemp("leesbaar")
    uit: dict[str, tuple[Path, str]] = {}
    for pad in sorted(VOORBEELDEN.glob("kwv-*.yaml")):
        m = lees_model(pad)
        tabellen = {"Tarief naar bezetting": pd.DataFrame({"bezettingsgraad": [0.8, 0.9],
                                                           "tarief_per_bezet_etmaal": [740.5, 668.66]})}
        schrijf_werkboek(m, map_ / f"{pad.stem}.xlsx", tabellen=tabellen)
        uit[pad.stem] = (map_ / f"{pad.stem}.xlsx", m.naam)
    uit["sjabloon"] = (schrijf_sjabloon(map_ / "sjabloon.xlsx"), "gegevensuitvraag")
    m = lees_model(REFERENTIE)
    uit["sjabloon_vooraf"] = (schrijf_sjabloon(map_ / "vooraf.xlsx", vooraf=vooraf_uit_model(m, bereken(m)),
                                               naam=f"Uitvraag: {m.naam}"), m.naam)
    studie = map_ / "studie"
    script("maak_synthetische_studie").maak_studie(studie, aantal=6, zaad=4, begroting=3)
    (studie / "kapot.xlsx").write_text("geen werkboek")
    for anoniem in (False, True):
        pad = map_ / f"rapport-{anoniem}.xlsx"
        schrijf_rapport(onderzoek(studie, Normen(0.9, 0.2), anoniem=anoniem), pad)
        uit[f"rapport_{anoniem}"] = (pad, "Kostprijsonderzoek KWV")
    from kostprijs.regio import analyseer, lees_regio
    from kostprijs.regio.werkboek import schrijf_regiowerkboek

    for pad in sorted(VOORBEELDEN.glob("regio-*.yaml")):
        gelezen = lees_regio(pad)
        schrijf_regiowerkboek(analyseer(gelezen), map_ / f"{pad.stem}.xlsx")
        uit[pad.stem] = (map_ / f"{pad.stem}.xlsx", f"{gelezen.regio.naam} ({gelezen.regio.jaar})")
    return uit


def test_geen_programmawoorden_python_markdown_of_getallen_als_tekst(werkboeken: dict[str, Any]) -> None:
    fouten = {naam: problemen(pad)[:5] for naam, (pad, _) in werkboeken.items()}
    assert {k: f for k, f in fouten.items() if f} == {}


def test_elk_tabblad_heeft_een_pagina_instelling(werkboeken: dict[str, Any]) -> None:
    fouten = {naam: afdruk(pad, kop)[:5] for naam, (pad, kop) in werkboeken.items()}
    assert {k: f for k, f in fouten.items() if f} == {}


def test_tekst_loopt_niet_over_andere_cellen(werkboeken: dict[str, Any]) -> None:
    fouten = {naam: overlap(pad)[:5] for naam, (pad, _) in werkboeken.items()}
    assert {k: f for k, f in fouten.items() if f} == {}


def test_de_controles_kunnen_falen(tmp_path: Path) -> None:
    """Een werkboek zoals het vroeger was: elke soort probleem wordt gevonden."""
    import xlsxwriter

    pad = tmp_path / "oud.xlsx"
    wb = xlsxwriter.Workbook(str(pad))
    ws = wb.add_worksheet("Blad")
    ws.set_column(0, 0, 10)
    for i, tekst in enumerate(["aandeel_totaal", "zoals kostprijs.core.afronding", "`kostprijs lees-excel`",
                               "642,52", "/1", "None", "EUR/jaar", "**vet**"]):
        ws.write_string(i + 3, 1, tekst)
    ws.write_string(20, 0, "een lange uitleg die niet in de kolom past en over de buurcel loopt")
    ws.write_string(20, 1, "buur")
    ws.data_validation(3, 2, 3, 2, {"validate": "list", "source": ["personeel_clientkosten", "ja"]})
    wb.close()
    gevonden = " ".join(problemen(pad))
    for stuk in ("programmawoord 'aandeel_totaal'", "Python 'kostprijs.c'", "Markdown '`'", "getal als tekst",
                 "'/1'", "Python 'None'", "'EUR/j'", "Markdown '**'", "keuzelijst C4: 'personeel_clientkosten'"):
        assert stuk in gevonden, stuk
    assert overlap(pad) == ["Blad!A21: loopt over B21"]
    assert afdruk(pad, "x")


def test_elke_keuze_van_het_tariefwerkboek_is_een_woord_dat_terug_wordt_gezet(werkboeken: dict[str, Any]) -> None:
    pad, _ = werkboeken[REFERENTIE.stem]
    wb = openpyxl.load_workbook(pad)
    per_cel = {adres.split("!")[1]: naam for naam, adres in _invoer(wb).items()}
    velden = {**{v.naam(s.voorvoegsel, f.sleutel): f for s in (*v.SECTIES, v.ORT_SECTIE, v.OVERHEAD_SECTIE,
                                                                 v.RISICO_SECTIE, v.EIGENDOM_SECTIE,
                                                                 v.INVENTARIS_SECTIE) for f in s.velden}}
    gezien = 0
    for _, woorden, dv in keuzelijsten(wb["Uitgangspunten"]):
        # één validatie kan de regels van een tabelkolom dekken: al haar cellen zijn hetzelfde veld
        namen = {per_cel[get_column_letter(k) + str(r)] for bereik in dv.sqref.ranges for r, k in bereik.cells}
        sleutels = {re.sub(r"_\d+_", "_", n) for n in namen}
        assert len(sleutels) == 1, namen
        (sleutel,) = sleutels
        naam = min(namen)
        veld = velden.get(sleutel) or next(k for t in v.TABELLEN for k in t.kolommen
                                           if f"{t.voorvoegsel}_{k.sleutel}" == sleutel)
        assert veld.keuzeveld is not None
        for woord in woorden:
            assert keuzewaarde(veld.keuzeveld, woord) in KEUZES[veld.keuzeveld], (naam, woord)
        gezien += 1
    assert gezien >= 10


def _invoer(wb: Any) -> dict[str, str]:
    uit = {}
    for naam, dn in wb.defined_names.items():
        for blad, adres in dn.destinations:
            if blad == v.BLAD:
                uit[naam] = f"{blad}!{adres.replace('$', '')}"
    return uit


def test_gekozen_woorden_komen_terug_als_de_vaste_waarden(tmp_path: Path) -> None:
    """Kies in het werkboek andere woorden uit de keuzelijsten: lees-excel zet ze om naar het model."""
    m = lees_model(REFERENTIE)
    pad = tmp_path / "kwv.xlsx"
    reg = schrijf_werkboek(m, pad)
    keuzes = {"conventie_overhead_conventie": ("overhead_conventie", "opslag_direct"),
              "conventie_risico_grondslag": ("risico_grondslag", "tarief"),
              "conventie_weken_per_jaar": ("weken_per_jaar", "365.25/7"),
              "grondslag_huisvesting": ("janee", "ja"),
              "dienst_4_soort": ("dienst_soort", "waak"),
              "functie_2_amvb": ("amvb", "a"),
              "functie_1_ort_methode": ("ort_methode", "geen")}
    wb = openpyxl.load_workbook(pad)
    for naam, (veld, vast) in keuzes.items():
        blad, cel = reg.invoer[naam].split("!")
        wb[blad][cel].value = label(veld, vast)
    wb.save(pad)
    terug = lees_werkboek(pad)
    d = m.model_dump()
    d["conventies"].update(overhead_conventie="opslag_direct", risico_grondslag="tarief", weken_per_jaar="365.25/7",
                           overhead_grondslag=[*d["conventies"]["overhead_grondslag"], "huisvesting"])
    d["rooster"]["diensten"][3]["soort"] = "waak"
    d["functies"][1]["amvb"] = "a"
    d["functies"][0]["ort"] = None
    assert terug == KwvModel.model_validate(d)
