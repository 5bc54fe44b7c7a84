"""Uitvraagsjabloon: reproduceerbaar, vastgelegd in templates/, celkaart en validatie kloppen."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from kostprijs.cli import main
from kostprijs.onderzoek.celkaart import (
    AANBIEDER_VELDEN,
    BLAD_AANBIEDER,
    LOCATIE_VELDEN,
    LOCATIEBLADEN,
    SJABLOON_VERSIE,
    SJABLOONBLADEN,
    alle_locatiecellen,
)
from kostprijs.onderzoek.sjabloon import schrijf_sjabloon

ROOT = Path(__file__).resolve().parents[1]
VASTGELEGD = ROOT / "templates" / "kostprijs-sjabloon-kwv-v2.xlsx"


def test_vastgelegd_sjabloon_is_gelijk_aan_nieuw_gegenereerd(tmp_path: Path) -> None:
    nieuw = schrijf_sjabloon(tmp_path / "s.xlsx")
    assert nieuw.read_bytes() == VASTGELEGD.read_bytes(), "draai: kostprijs sjabloon " + str(VASTGELEGD)


def test_cli_sjabloon_schrijft_en_weigert_andere_extensie(tmp_path: Path, capsys: object) -> None:
    assert main(["sjabloon", str(tmp_path / "s.xlsx")]) == 0
    assert (tmp_path / "s.xlsx").exists()
    assert main(["sjabloon", str(tmp_path / "s.csv")]) == 2
    assert not (tmp_path / "s.csv").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["s.xlsx"], "geen tijdelijke bestanden achtergelaten"


def test_bladen_versie_en_definities_vergrendeld() -> None:
    wb = openpyxl.load_workbook(VASTGELEGD)
    assert tuple(wb.sheetnames) == SJABLOONBLADEN
    assert wb["Instructie"]["B2"].value == SJABLOON_VERSIE
    assert wb["Definities"].protection.sheet
    teksten = " ".join(str(c.value) for rij in wb["Definities"].iter_rows() for c in rij if c.value)
    assert "365/7" in teksten and "integrale kosten" in teksten and "capaciteit" in teksten


def test_elke_invoercel_ontgrendeld_met_nederlandse_validatie() -> None:
    wb = openpyxl.load_workbook(VASTGELEGD)
    for blad, cellen in [(BLAD_AANBIEDER, [v.cel for v in AANBIEDER_VELDEN])] + [
            (b, alle_locatiecellen()) for b in LOCATIEBLADEN]:
        ws = wb[blad]
        assert ws.protection.sheet, blad
        gevalideerd = {str(c) for dv in ws.data_validations.dataValidation for c in dv.sqref.ranges}
        prompts = [dv.prompt for dv in ws.data_validations.dataValidation]
        for cel in cellen:
            assert ws[cel].protection.locked is False, f"{blad}!{cel} is vergrendeld"
            assert cel in gevalideerd, f"{blad}!{cel} heeft geen gegevensvalidatie"
            assert ws[cel].value is None
        assert all(p for p in prompts)


def test_keuzelijsten_volgen_de_celkaart() -> None:
    wb = openpyxl.load_workbook(VASTGELEGD)
    ws = wb["Locatie 1"]
    per_cel = {str(c): dv for dv in ws.data_validations.dataValidation for c in dv.sqref.ranges}
    for veld in LOCATIE_VELDEN:
        if veld.soort == "keuze":
            assert per_cel[veld.cel].formula1 == '"' + ",".join(veld.keuzes) + '"'
            assert per_cel[veld.voor("begroting").cel].formula1 == per_cel[veld.cel].formula1


def test_geen_formules_in_invoercellen_en_alleen_controleformules() -> None:
    with zipfile.ZipFile(VASTGELEGD) as zf:
        xml = zf.read("xl/worksheets/sheet4.xml").decode()
    assert xml.count("<f>") == 6  # totalen fte, personeel en huisvesting, voor realisatie en begroting
    assert "<c r=\"C5\"" in xml and "<c r=\"C5\" s=\"" in xml
