"""Pariteit werkboek = Python, gecontroleerd met een tweede rekenmachine: LibreOffice headless.

LibreOffice draait met een wegwerpprofiel dat elke formule bij het openen herberekent (fixture
``libreoffice`` in conftest). Per werkboek wordt elke formulecel na herberekening vergeleken met de
waarde die Python erin schreef: geld op de cent (rekenkundig afgerond), overige grootheden relatief
1e-9, en ROUND-cellen exact. Zonder LibreOffice falen deze tests (zie conftest).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kostprijs import KwvModel, bereken, lees_model
from kostprijs.core.afronding import rond_af
from kostprijs.excel import schrijf_werkboek
from kostprijs.excel.blad import Register
from tests.conftest import REFERENTIE
from tests.test_excel_modellen import TIE_BEDRAGEN, tie_model, willekeurige_modellen

AANTAL_WILLEKEURIG = 200


def _verschillen(reg: Register, herberekend: Path) -> list[str]:
    wb = openpyxl.load_workbook(herberekend, data_only=True)
    fout = []
    for f in reg.formules:
        lo = wb[f.blad][f.cel].value
        if not isinstance(lo, int | float) or isinstance(lo, bool):
            fout.append(f"{f.blad}!{f.cel} {f.formule}: LibreOffice gaf {lo!r}")
        elif f.afgerond and lo != f.waarde:
            fout.append(f"{f.blad}!{f.cel} ROUND: LibreOffice {lo!r}, Python {f.waarde!r}")
        elif f.geld and rond_af(lo) != rond_af(f.waarde):
            fout.append(f"{f.blad}!{f.cel} {f.figuur or f.formule}: {rond_af(lo)} != {rond_af(f.waarde)}")
        elif not math.isclose(lo, f.waarde, rel_tol=1e-9, abs_tol=1e-9):
            fout.append(f"{f.blad}!{f.cel} {f.figuur or f.formule}: {lo!r} != {f.waarde!r}")
    return fout


def _figuren_kloppen(reg: Register, model: KwvModel) -> None:
    """De opgeslagen waarde van elke figuurcel is exact de figuur van Python, en elke figuur staat erin."""
    res = bereken(model)
    assert set(res.figuren) == set(reg.figuren), set(res.figuren) ^ set(reg.figuren)
    per_cel = {f"{f.blad}!{f.cel}": f for f in reg.formules}
    for sleutel, adres in reg.figuren.items():
        waarde = per_cel[adres].waarde if adres in per_cel else reg.vast[adres]  # vaste cel: geen formule
        assert waarde == res.waarde(sleutel), sleutel


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory, libreoffice: Any) -> list[tuple[str, KwvModel, Register, Path]]:
    """Referentiecasus, tie-modellen en 200 willekeurige modellen: geschreven en in één keer herberekend."""
    map_ = tmp_path_factory.mktemp("werkboeken")
    modellen = [("referentie", lees_model(REFERENTIE))]
    modellen += [(f"voorbeeld_{p.stem}", lees_model(p)) for p in sorted(REFERENTIE.parent.glob("kwv-*.yaml"))]
    modellen += [(f"tie_{i}", tie_model(b)) for i, b in enumerate(TIE_BEDRAGEN)]
    modellen += [(f"willekeurig_{i:03d}", m) for i, m in enumerate(willekeurige_modellen(AANTAL_WILLEKEURIG))]
    registers, paden = [], []
    for naam, m in modellen:
        pad = map_ / f"{naam}.xlsx"
        registers.append(schrijf_werkboek(m, pad))
        paden.append(pad)
    uit = libreoffice(paden, map_ / "herberekend")
    return [(naam, m, reg, p) for (naam, m), reg, p in zip(modellen, registers, uit, strict=True)]


def test_libreoffice_herberekent_echt(tmp_path: Path, libreoffice: Any) -> None:
    """Een bewust foute opgeslagen waarde (999 voor 2 x 3) wordt door de herberekening 6."""
    import xlsxwriter

    pad = tmp_path / "fout.xlsx"
    wb = xlsxwriter.Workbook(str(pad))
    ws = wb.add_worksheet("Blad")
    ws.write_number("A1", 2)
    ws.write_number("A2", 3)
    wb.define_name("getal_een", "=Blad!$A$1")
    ws.write_formula("A3", "=getal_een*A2", None, 999)
    wb.close()
    assert openpyxl.load_workbook(pad, data_only=True)["Blad"]["A3"].value == 999
    uit = libreoffice([pad], tmp_path / "uit")[0]
    assert openpyxl.load_workbook(uit, data_only=True)["Blad"]["A3"].value == 6


def test_referentiecasus_elke_formule_gelijk_aan_python(batch: list[Any]) -> None:
    naam, model, reg, pad = batch[0]
    assert naam == "referentie"
    assert _verschillen(reg, pad) == []
    _figuren_kloppen(reg, model)
    # onafhankelijke bron: de referentiecasus (docs/referentiecasus.md) geeft 668,66
    wb = openpyxl.load_workbook(pad, data_only=True)
    blad, cel = reg.namen["tarief_per_bezet_etmaal_afgerond"].split("!")
    assert wb[blad.strip("'")][cel.replace("$", "")].value == 668.66


def test_alle_voorbeelden_elke_formule_gelijk_aan_python(batch: list[Any]) -> None:
    voorbeelden = [x for x in batch if x[0].startswith("voorbeeld_")]
    assert len(voorbeelden) >= 3
    for _, model, reg, pad in voorbeelden:
        assert _verschillen(reg, pad) == []
        _figuren_kloppen(reg, model)


def test_tarieven_op_een_halve_cent_rond_als_python(batch: list[Any]) -> None:
    ties = [x for x in batch if x[0].startswith("tie_")]
    assert len(ties) == len(TIE_BEDRAGEN)
    for (_, model, reg, pad), bedrag in zip(ties, TIE_BEDRAGEN, strict=True):
        assert _verschillen(reg, pad) == []
        wb = openpyxl.load_workbook(pad, data_only=True)
        blad, cel = reg.namen["tarief_per_bezet_etmaal_afgerond"].split("!")
        waarde = wb[blad.strip("'")][cel.replace("$", "")].value
        assert waarde == rond_af(bedrag) == bereken(model).tarief_per_bezet_etmaal


def test_200_willekeurige_modellen_elke_formule_gelijk(batch: list[Any]) -> None:
    willekeurig = [x for x in batch if x[0].startswith("willekeurig_")]
    assert len(willekeurig) >= AANTAL_WILLEKEURIG
    fouten = {}
    for naam, model, reg, pad in willekeurig:
        _figuren_kloppen(reg, model)
        if v := _verschillen(reg, pad):
            fouten[naam] = v[:3]
    assert fouten == {}
    assert sum(len(x[2].formules) for x in willekeurig) > 200 * 300


# Bron van de verwachte waarden: ``docs/methode.md#afronding`` (LibreOffice-experiment; Excel ROUND).
TIES = [("2.675", 2.675, 2.68), ("1.005", 1.005, 1.01), ("0.125", 0.125, 0.13), ("-0.125", -0.125, -0.13),
        ("1.015", 1.015, 1.02), ("0.285", 0.285, 0.29), ("1.45*1.5", 1.45 * 1.5, 2.18),
        ("1234.565", 1234.565, 1234.57)]


def test_afronding_ties_python_gelijk_aan_libreoffice_round(tmp_path: Path, libreoffice: Any) -> None:
    import xlsxwriter

    pad = tmp_path / "ties.xlsx"
    wb = xlsxwriter.Workbook(str(pad))
    ws = wb.add_worksheet("Ties")
    for i, (tekst, _, _) in enumerate(TIES):
        ws.write_formula(i, 0, "=" + tekst, None, 0)
        ws.write_formula(i, 1, f"=ROUND(A{i + 1},2)", None, 0)
    wb.close()
    uit = openpyxl.load_workbook(libreoffice([pad], tmp_path / "uit")[0], data_only=True)["Ties"]
    for i, (tekst, x, verwacht) in enumerate(TIES):
        assert uit.cell(i + 1, 2).value == verwacht, tekst
        assert rond_af(x) == verwacht, tekst


def _wijzig_en_herbereken(tmp_path: Path, libreoffice: Any, model: KwvModel, naam: str, waarde: float,
                          verwacht_model: KwvModel) -> None:
    pad = tmp_path / f"{naam}.xlsx"
    reg = schrijf_werkboek(model, pad)
    blad, cel = reg.invoer[naam].split("!")
    wb = openpyxl.load_workbook(pad)
    wb[blad][cel].value = waarde
    wb.save(pad)
    uit = libreoffice([pad], tmp_path / f"uit_{naam}")[0]
    wv = openpyxl.load_workbook(uit, data_only=True)
    res = bereken(verwacht_model)

    def waarde_van(n: str) -> Any:
        b, c = reg.namen[n].split("!")
        return wv[b.strip("'")][c.replace("$", "")].value

    assert waarde_van("tarief_per_bezet_etmaal_afgerond") == res.tarief_per_bezet_etmaal
    assert waarde_van("tarief_per_bezet_etmaal") == pytest.approx(res.waarde("tarief_per_bezet_etmaal"), rel=1e-12)
    assert waarde_van("tarief_per_bezet_etmaal_afgerond") != bereken(model).tarief_per_bezet_etmaal


def test_bezetting_wijzigen_in_werkboek_geeft_tarief_van_python(tmp_path: Path, libreoffice: Any) -> None:
    m = lees_model(REFERENTIE)
    gewijzigd = KwvModel.model_validate({**m.model_dump(), "bezettingsgraad": 0.75})
    _wijzig_en_herbereken(tmp_path, libreoffice, m, "kwv_bezettingsgraad", 0.75, gewijzigd)


def test_salaris_wijzigen_in_werkboek_geeft_tarief_van_python(tmp_path: Path, libreoffice: Any) -> None:
    m = lees_model(REFERENTIE)
    d = m.model_dump()
    d["functies"][0]["maandsalaris"] = 3712.5
    _wijzig_en_herbereken(tmp_path, libreoffice, m, "functie_1_maandsalaris", 3712.5, KwvModel.model_validate(d))
