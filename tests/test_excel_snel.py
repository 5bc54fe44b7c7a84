"""Snelle weg voor formules in de werkboekschrijver (issue 14): hetzelfde bestand als XlsxWriter's eigen weg."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

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
    verschil = [n for n in snel.namelist() if snel.read(n) != gewoon.read(n) and n != "docProps/core.xml"]
    assert not verschil, verschil


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
