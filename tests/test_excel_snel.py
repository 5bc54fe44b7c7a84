"""Snelle weg voor formules in de werkboekschrijver (issue 14): hetzelfde bestand als XlsxWriter's eigen weg."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter

from kostprijs import bereken, lees_model
from kostprijs.excel import schrijf_werkboek, schrijver
from tests.conftest import VOORBEELDEN


@pytest.mark.parametrize("naam", ["kwv-4-plaatsen.yaml", "kwv-6-plaatsen-wakende-nacht.yaml"])
def test_snelle_formules_geven_hetzelfde_werkboek(naam: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from xlsxwriter import Workbook
    from xlsxwriter.worksheet import Worksheet

    model = lees_model(VOORBEELDEN / naam)
    res = bereken(model)
    schrijf_werkboek(model, tmp_path / "snel.xlsx", res)
    monkeypatch.setattr(schrijver, "_werkbladklasse", lambda: Worksheet)
    monkeypatch.setattr(schrijver, "_werkboekklasse", lambda: Workbook)
    schrijf_werkboek(model, tmp_path / "gewoon.xlsx", res)
    snel, gewoon = zipfile.ZipFile(tmp_path / "snel.xlsx"), zipfile.ZipFile(tmp_path / "gewoon.xlsx")
    assert snel.namelist() == gewoon.namelist()
    verschil = [n for n in snel.namelist() if n != "docProps/core.xml"
                and _zonder_spans(snel.read(n).decode())
                != _zonder_spans(_zonder_opvulling(gewoon.read(n).decode()))]
    assert not verschil, verschil
    weggelaten = sum(len(_opvulling(gewoon.read(n).decode())) for n in gewoon.namelist() if "worksheets/" in n)
    assert weggelaten > 100  # de uitlegvakken zonder rand: alleen hun eerste cel


def _opvulling(xml: str) -> set[str]:
    """De lege cellen die XlsxWriter in een samengevoegd gebied zet, op de eerste cel na."""
    from openpyxl.utils.cell import range_boundaries

    cellen = set()
    for bereik in re.findall(r'<mergeCell ref="([A-Z0-9:]+)"/>', xml):
        k0, r0, k1, r1 = range_boundaries(bereik)
        cellen |= {f"{get_column_letter(k)}{r}" for r in range(r0, r1 + 1) for k in range(k0, k1 + 1)} - {
            f"{get_column_letter(k0)}{r0}"}
    return {c for c in cellen if re.search(rf'<c r="{c}" s="\d+"/>', xml)}


def _zonder_opvulling(xml: str) -> str:
    """Het blad zonder die lege cellen."""
    for c in _opvulling(xml):
        xml = re.sub(rf'<c r="{c}" s="\d+"/>', "", xml)
    return xml


def _zonder_spans(xml: str) -> str:
    """Zonder de ``spans`` van de rijen: een hint voor Excel (eerste tot laatste kolom per blok van 16 rijen)."""
    return re.sub(r' spans="\d+:\d+"', "", xml)

def test_nieuwe_functie_gaat_de_gewone_weg() -> None:
    """Een formule met een functie buiten de klassieke lijst krijgt wel het _xlfn.-voorvoegsel."""
    werkblad = schrijver._werkbladklasse()()
    assert werkblad._prepare_formula("=XLOOKUP(a,b,c)") == "_xlfn.XLOOKUP(a,b,c)"
    assert werkblad._prepare_formula("=ROUND(a*b,2)") == "ROUND(a*b,2)"


@pytest.mark.parametrize("naam", ["a1", "ab12", "abc1", "r1c1", "R", "Tarief", "met spatie", "x" * 256 + "_y",
                                  "blad!naam_a", "tarief_per_bezet_etmaal"])
def test_snelle_namen_alleen_waar_xlsxwriter_ze_zelf_zou_aannemen(naam: str, tmp_path: Path) -> None:
    """Elke naam die de snelle weg neemt, zou XlsxWriter's eigen toetsen ook doorstaan; de rest gaat die weg."""
    import warnings

    from xlsxwriter import Workbook

    snel, gewoon = schrijver._werkboekklasse()(str(tmp_path / "a.xlsx")), Workbook(str(tmp_path / "b.xlsx"))
    for wb in (snel, gewoon):
        wb.add_worksheet("blad")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert snel.define_name(naam, "=blad!$A$1") == gewoon.define_name(naam, "=blad!$A$1")
    assert snel.defined_names == gewoon.defined_names
    for wb in (snel, gewoon):
        wb.fileclosed = True


def test_samengevoegd_gebied_met_rand_houdt_zijn_lege_cellen(tmp_path: Path) -> None:
    """Met een rand telt de opmaak van elke cel van het gebied: dan vult de gewone weg het gebied op."""
    wb = schrijver._werkboekklasse()(str(tmp_path / "rand.xlsx"))
    wb.worksheet_class = schrijver._werkbladklasse()
    ws = wb.add_worksheet("blad")
    ws.merge_range(0, 0, 0, 3, "met rand", wb.add_format({"border": 1}))
    ws.merge_range(2, 0, 2, 3, "zonder rand", wb.add_format({"text_wrap": True, "bg_color": "#DDDDDD"}))
    wb.close()
    xml = zipfile.ZipFile(tmp_path / "rand.xlsx").read("xl/worksheets/sheet1.xml").decode()
    assert all(f'<c r="{k}1" s=' in xml for k in "BCD")
    assert not any(f'<c r="{k}3"' in xml for k in "BCD") and '<mergeCell ref="A3:D3"/>' in xml
