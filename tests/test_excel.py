"""Werkboek zonder LibreOffice: opgeslagen waarden, tekst blijft tekst, atomair schrijven, opmaak en CLI."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

from kostprijs import KostprijsFout, KwvModel, bereken, lees_model
from kostprijs.cli import main
from kostprijs.excel import schrijf_werkboek
from kostprijs.excel.blad import Register
from kostprijs.excel.opmaak import KLEUR_INVOER, KLEUR_INVOER_SUGGESTIE, KLEUR_INVOER_VAST
from kostprijs.excel.soorten import TEKST
from tests.conftest import REFERENTIE

INJECTIES = ['=HYPERLINK("http://x","klik")', "+SUM(1)", "-2+3", "@SUM(1)", '{=1+1}', "http://x.example"]


@pytest.fixture
def referentie(tmp_path: Path) -> tuple[KwvModel, Register, Path]:
    m = lees_model(REFERENTIE)
    pad = tmp_path / "kwv.xlsx"
    return m, schrijf_werkboek(m, pad), pad


def _rc(adres: str) -> tuple[str, int, int]:
    blad, cel = adres.replace("$", "").split("!")
    kol, rij = coordinate_from_string(cel)
    return blad.strip("'"), rij - 1, column_index_from_string(kol) - 1


def test_pandas_leest_de_berekende_waarden_zonder_herberekening(referentie: Any) -> None:
    import pandas as pd

    m, reg, pad = referentie
    res = bereken(m)
    bladen = pd.read_excel(pad, sheet_name=None, header=None)
    for sleutel in ("tarief_per_bezet_etmaal", "bezette_etmalen", "kostprijs_per_jaar", "fte.groepsleiding"):
        blad, r, k = _rc(reg.figuren[sleutel])
        assert bladen[blad].iat[r, k] == res.waarde(sleutel)
    blad, r, k = _rc(reg.namen["tarief_per_bezet_etmaal_afgerond"])
    assert bladen[blad].iat[r, k] == 668.66  # referentiecasus, docs/referentiecasus.md
    bezetting = bladen["Bezetting"]
    rijen = bezetting[bezetting[0].apply(lambda x: isinstance(x, int | float) and 0.5 <= x <= 1.0)]
    assert len(rijen) == 51
    assert rijen.iloc[40, 4] == 668.66  # 90% bezetting = de normbezetting van de referentiecasus


def test_elke_formulecel_komt_uit_de_formuletabel(referentie: Any) -> None:
    """Geen losse getallen of onbekende functies: alleen namen, celadressen en de vaste functies."""
    _, reg, pad = referentie
    toegestaan = {"IF", "MAX", "MIN", "MOD", "HOUR", "MINUTE", "AND", "N", "ROUND"}
    for f in reg.formules:
        assert set(re.findall(r"([A-Z]+)\(", f.formule)) <= toegestaan, f.formule
        zonder = re.sub(r'"[^"]*"|[A-Za-z_][A-Za-z0-9_.]*|\$?[A-Z]+\$?\d+', "", f.formule)
        getallen = set(re.findall(r"\d+(?:\.\d+)?", zonder))
        assert getallen <= {"0", "1", "2", "7", "12", "24", "52", "60", "365", "365.25", "1440"}, f.formule
    with zipfile.ZipFile(pad) as zf:
        cellen = sum(zf.read(n).decode().count("<f>") for n in zf.namelist() if n.startswith("xl/worksheets/"))
    assert cellen == len(reg.formules)
    from tests.test_figuren import formules_uit_de_tabel

    toegestaan_formules, patronen = formules_uit_de_tabel(bereken(referentie[0]), werkboek=True)
    for f in reg.formules:
        assert f.formule in toegestaan_formules or any(p.fullmatch(f.formule) for p in patronen), f.formule


def test_namen_met_formules_blijven_tekst(tmp_path: Path) -> None:
    from kostprijs.excel import lees_werkboek

    d = lees_model(REFERENTIE).model_dump()
    d["naam"] = INJECTIES[0]
    for i, naam in enumerate(INJECTIES[:4]):
        d["rooster"]["diensten"][i]["naam"] = naam
    d["functies"][0]["naam"] = INJECTIES[1]
    d["clientkosten"]["per_bezet_etmaal"] = {INJECTIES[4]: 27.0, INJECTIES[5]: 5.0}
    m = KwvModel.model_validate(d)
    pad = tmp_path / "injectie.xlsx"
    reg = schrijf_werkboek(m, pad)
    wb = openpyxl.load_workbook(pad)
    for naam in ("kwv_naam", "dienst_1_naam", "dienst_2_naam", "functie_1_naam", "clientkosten_dag_1_naam"):
        blad, r, k = _rc(reg.namen[naam])
        c = wb[blad].cell(r + 1, k + 1)
        assert c.data_type == "s" and c.value in INJECTIES
    with zipfile.ZipFile(pad) as zf:
        xml = "".join(zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/worksheets/sheet"))
        formules = " ".join(re.findall(r"<f>([^<]*)</f>", xml))
        assert "HYPERLINK" not in formules and "SUM(" not in formules and "<hyperlink" not in xml
        assert "HYPERLINK" in zf.read("xl/sharedStrings.xml").decode()
    terug = lees_werkboek(pad)
    assert terug.naam == INJECTIES[0]
    assert [x.naam for x in terug.rooster.diensten] == INJECTIES[:4]
    assert terug.functies[0].naam == INJECTIES[1]
    assert list(terug.clientkosten.per_bezet_etmaal) == INJECTIES[4:6]


def test_schrijven_is_atomair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kostprijs.excel import rekenbladen

    pad = tmp_path / "kwv.xlsx"
    pad.write_bytes(b"oude inhoud")

    def kapot(*args: Any) -> None:
        raise RuntimeError("halverwege mis")

    monkeypatch.setattr(rekenbladen, "bezetting", kapot)
    with pytest.raises(RuntimeError, match="halverwege"):
        schrijf_werkboek(lees_model(REFERENTIE), pad)
    assert pad.read_bytes() == b"oude inhoud"
    assert [p.name for p in tmp_path.iterdir()] == ["kwv.xlsx"]
    monkeypatch.undo()
    schrijf_werkboek(lees_model(REFERENTIE), pad)
    assert zipfile.is_zipfile(pad)
    assert [p.name for p in tmp_path.iterdir()] == ["kwv.xlsx"]


def test_niet_bestaande_map_geeft_nette_fout(tmp_path: Path) -> None:
    with pytest.raises(KostprijsFout, match="bestaat niet"):
        schrijf_werkboek(lees_model(REFERENTIE), tmp_path / "geen" / "kwv.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_opmaak_beveiliging_validatie_en_afdrukken(referentie: Any) -> None:
    _, reg, pad = referentie
    wb = openpyxl.load_workbook(pad)
    assert wb.sheetnames[:8] == ["Toelichting", "Uitgangspunten", "Formatie", "Personeelskosten", "Huisvesting",
                                 "Overhead", "Tariefopbouw", "Bezetting"]
    for ws in wb.worksheets[:8]:
        assert ws.protection.sheet, ws.title
        assert ws.page_setup.paperSize == 9, ws.title
        assert ws.freeze_panes == "A4", ws.title
    inv = wb["Uitgangspunten"]
    validaties = inv.data_validations.dataValidation
    # gelijke validaties delen één element (de regels van een tabelkolom): veel minder elementen dan cellen
    assert len(validaties) < len(reg.invoer) / 3
    kleur = {"Vast": KLEUR_INVOER_VAST, "Suggestie": KLEUR_INVOER_SUGGESTIE, "Eigen": KLEUR_INVOER}
    m = referentie[0]
    for naam, adres in reg.invoer.items():
        cel = adres.split("!")[1]
        assert not inv[cel].protection.locked, naam
        assert sum(cel in dv.sqref for dv in validaties) == 1, naam  # precies één validatie per invoercel
        vrij = re.match(r"(dienst|functie)_(\d+)_", naam)
        if vrij and int(vrij.group(2)) > len(m.rooster.diensten if vrij.group(1) == "dienst" else m.functies):
            assert inv[cel].fill.fgColor.rgb == "FF" + KLEUR_INVOER[1:], naam  # een vrije regel: eigen (geel)
            continue
        opmerking = inv[cel].comment
        # een cel zonder opmerking is een eigen waarde; met opmerking kwam de waarde van elders (met bron)
        soort = "Eigen" if opmerking is None else opmerking.text.split(".")[0].split()[0]
        assert soort in ("Eigen", "Vast", "Suggestie") and (opmerking is None or soort != "Eigen"), naam
        if cel.startswith("B") and inv["D" + cel[1:]].value in TEKST.values():  # een los veld: ook in kolom Soort
            assert inv["D" + cel[1:]].value.split()[0] == soort.lower(), naam
        assert inv[cel].fill.fgColor.rgb == "FF" + kleur[soort][1:], naam  # de soort in kleur en opmerking
        assert naam in wb.defined_names
    # een tabelkolom deelt één validatie, van de soort van die kolom (kloktijd als dagdeel 0-1)
    diensten = sorted(int(n.split("_")[1]) for n in reg.invoer if re.fullmatch(r"dienst_\d+_begin", n))
    eerste, laatste = (reg.invoer[f"dienst_{i}_begin"].split("!")[1] for i in (diensten[0], diensten[-1]))
    (dv,) = [dv for dv in validaties if eerste in dv.sqref]
    assert laatste in dv.sqref and dv.type == "decimal" and (dv.formula1, dv.formula2) == ("0", "1")
    blad, r, k = _rc(reg.figuren["tarief_per_bezet_etmaal"])
    assert wb[blad].cell(r + 1, k + 1).protection.locked
    assert "€" in wb[blad].cell(r + 1, k + 1).number_format
    with zipfile.ZipFile(pad) as zf:
        assert any(n.startswith("xl/charts/chart") for n in zf.namelist())


def test_toelichting_noemt_versie_jaar_en_hash(referentie: Any) -> None:
    import hashlib

    from kostprijs import __version__

    m, _, pad = referentie
    tekst = " ".join(str(c.value) for row in openpyxl.load_workbook(pad)["Toelichting"].iter_rows() for c in row)
    assert __version__ in tekst and "2025" in tekst
    assert hashlib.sha256(m.model_dump_json().encode()).hexdigest() in tekst
    assert "Kleuren" in tekst and "Handleiding" in tekst and "aandeel van het totaal" in tekst


def _bewerk(pad: Path, reg: Register, wijzigingen: dict[str, Any]) -> None:
    wb = openpyxl.load_workbook(pad)
    for naam, waarde in wijzigingen.items():
        blad, r, k = _rc(reg.namen[naam])
        wb[blad].cell(r + 1, k + 1).value = waarde
    wb.save(pad)


@pytest.mark.parametrize(("wijziging", "verwacht"), [
    ({"kwv_bezettingsgraad": 85}, "typ 85% (met het %-teken) of 0,85"),
    ({"functie_1_maandsalaris": "3.500,00"}, "geen getal; typ het als getal, zonder punten en zonder €-teken: 3500"),
    ({"kwv_plaatsen": "=2+2"}, "formule"),
    ({"kwv_plaatsen": None}, "verplicht veld ontbreekt"),
    ({"dienst_1_begin": "7 uur"}, "kloktijd"),
    ({"grondslag_personeel": "misschien"}, "ja of nee"),
    ({"dienst_2_personeel": 1.5}, "geheel getal"),
    ({"overhead_bedrag_per_jaar": 1000.0}, "geef alleen 'percentage'"),
    ({"conventie_overhead_conventie": "los"}, "niet toegestaan"),
    ({"kwv_plaatsen": True}, "WAAR/ONWAAR"),
    ({"kwv_plaatsen": dt.datetime(2025, 1, 1)}, "datum"),
    ({"loonkosten_werkgeverslasten": "#DIV/0!"}, "Excel-fout #DIV/0!"),
    ({"functie_1_ort_methode": "tabel"}, "ort_tabel' ontbreekt"),
])
def test_lees_excel_fout_noemt_blad_en_cel(referentie: Any, wijziging: dict[str, Any], verwacht: str) -> None:
    from kostprijs import InvoerFout
    from kostprijs.excel import lees_werkboek

    _, reg, pad = referentie
    _bewerk(pad, reg, wijziging)
    with pytest.raises(InvoerFout) as e:
        lees_werkboek(pad)
    naam = next(iter(wijziging))
    adres = reg.invoer[{"overhead_bedrag_per_jaar": "overhead_percentage"}.get(naam, naam)]
    assert any(m.plaats.startswith(adres) and verwacht in m.tekst for m in e.value.meldingen), e.value.meldingen
    assert "Traceback" not in str(e.value) and "input_type" not in str(e.value)


@pytest.mark.parametrize(("naam", "tekst", "hint"), [
    ("huisvesting_huur_per_jaar", "42.000", "typ het als getal, zonder punten en zonder €-teken: 42000"),
    ("huisvesting_huur_per_jaar", "€ 1.234,56", ": 1234,56"),
    ("huisvesting_huur_per_jaar", "1234,5", ": 1234,5"),
    ("kwv_bezettingsgraad", "85%", "typ het als getal: 85% (met het %-teken) of 0,85"),
    ("kwv_bezettingsgraad", "0.85", "85% (met het %-teken) of 0,85"),
    ("kwv_bezettingsgraad", "0,85", "85% (met het %-teken) of 0,85"),
    ("kwv_bezettingsgraad", "veel", "geen getal; typ een getal"),
])
def test_lees_excel_nederlandse_getallen_als_tekst(referentie: Any, naam: str, tekst: str, hint: str) -> None:
    """Tekst in een getalcel: de hint zegt wat de gebruiker in Nederlandse Excel typt ('42.000' is 42000)."""
    from kostprijs import InvoerFout
    from kostprijs.excel import lees_werkboek

    _, reg, pad = referentie
    _bewerk(pad, reg, {naam: tekst})
    with pytest.raises(InvoerFout) as e:
        lees_werkboek(pad)
    [melding] = [m for m in e.value.meldingen if m.plaats.startswith(reg.invoer[naam])]
    assert hint in melding.tekst
    advies = melding.tekst.split(";", 1)[1]
    assert not advies.endswith(": 42") and "0.85" not in advies  # nooit 42 voor '42.000', nooit een Engelse punt


def test_lees_excel_meldt_alle_fouten_tegelijk(referentie: Any) -> None:
    from kostprijs import InvoerFout
    from kostprijs.excel import lees_werkboek

    _, reg, pad = referentie
    _bewerk(pad, reg, {"kwv_bezettingsgraad": 85, "loonkosten_werkgeverslasten": "veel", "dienst_1_ma": 2})
    with pytest.raises(InvoerFout) as e:
        lees_werkboek(pad)
    plaatsen = " ".join(m.plaats for m in e.value.meldingen)
    assert reg.invoer["dienst_1_ma"] in plaatsen


def _herpak(pad: Path, wijzig: dict[str, bytes]) -> None:
    with zipfile.ZipFile(pad) as zf:
        delen = {n: zf.read(n) for n in zf.namelist()}
    delen.update(wijzig)
    with zipfile.ZipFile(pad, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, inhoud in delen.items():
            zf.writestr(n, inhoud)


@pytest.mark.parametrize("soort", ["tekst", "zip_zonder_werkboek", "macro", "gewoon_werkboek", "dtd", "zipbom",
                                   "externe_koppeling"])
def test_lees_excel_weigert_vreemde_bestanden(tmp_path: Path, soort: str) -> None:
    from kostprijs import InvoerFout
    from kostprijs.excel import lees_werkboek

    pad = tmp_path / "vreemd.xlsx"
    if soort == "tekst":
        pad.write_text("naam: geen excel")
    elif soort == "zip_zonder_werkboek":
        with zipfile.ZipFile(pad, "w") as zf:
            zf.writestr("iets.txt", "x")
    elif soort == "macro":
        schrijf_werkboek(lees_model(REFERENTIE), pad)
        with zipfile.ZipFile(pad, "a") as zf:
            zf.writestr("xl/vbaProject.bin", b"\0" * 10)
    elif soort == "gewoon_werkboek":
        wb = openpyxl.Workbook()
        wb.active["A1"] = "hallo"
        wb.save(pad)
    else:
        schrijf_werkboek(lees_model(REFERENTIE), pad)
        with zipfile.ZipFile(pad) as zf:
            werkboek = zf.read("xl/workbook.xml")
        _herpak(pad, {
            "dtd": {"xl/workbook.xml": werkboek.replace(b"?>", b'?><!DOCTYPE lol [<!ENTITY lol "lol">]>', 1)},
            "zipbom": {"xl/media/nul.xml": b"\0" * 5_000_000},
            "externe_koppeling": {"xl/externalLinks/externalLink1.xml": b"<externalLink/>"},
        }[soort])
    with pytest.raises(InvoerFout) as e:
        lees_werkboek(pad)
    assert e.value.meldingen and all(m.plaats for m in e.value.meldingen)


def test_defusedxml_staat_aan() -> None:
    assert openpyxl.DEFUSEDXML is True


def test_cli_bereken_excel_en_lees_excel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    uit, yaml = tmp_path / "kwv.xlsx", tmp_path / "terug.yaml"
    assert main(["bereken", str(REFERENTIE), "--uit", str(uit)]) == 0
    assert uit.exists()
    capsys.readouterr()
    assert main(["lees-excel", str(uit), "--uit", str(yaml)]) == 0
    assert "668,66" in capsys.readouterr().out
    assert lees_model(yaml) == lees_model(REFERENTIE)
    kapot = tmp_path / "kapot.xlsx"
    kapot.write_text("geen werkboek")
    assert main(["lees-excel", str(kapot)]) == 2
    assert "kapot.xlsx" in capsys.readouterr().err


def test_import_laadt_geen_excelbibliotheken() -> None:
    code = "import sys, kostprijs, kostprijs.cli; print(sorted({'xlsxwriter', 'openpyxl'} & set(sys.modules)))"
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert uit.strip() == "[]"


def test_niet_eindig_getal_wordt_geweigerd() -> None:
    from kostprijs.excel.blad import eindig

    with pytest.raises(KostprijsFout, match="niet eindig"):
        eindig(float("nan"), "tarief")


def test_tijd_24_00_leest_terug_als_24_00(tmp_path: Path) -> None:
    from kostprijs.excel import lees_werkboek

    d = lees_model(REFERENTIE).model_dump()
    d["rooster"]["diensten"][1]["eind"] = "24:00"
    d["rooster"]["diensten"][3]["begin"] = "24:00"
    m = KwvModel.model_validate(d)
    schrijf_werkboek(m, tmp_path / "t.xlsx")
    assert lees_werkboek(tmp_path / "t.xlsx") == m


def test_scenariotabellen_komen_op_een_eigen_tabblad(tmp_path: Path) -> None:
    import pandas as pd

    from kostprijs.excel import lees_werkboek

    m = lees_model(REFERENTIE)
    tabellen = {
        "Tarief naar bezetting": pd.DataFrame({"bezettingsgraad": [0.8, 0.9, 1.0],
                                               "tarief_per_bezet_etmaal": [740.5, 668.66, 611.0]}),
        "Financiering": pd.DataFrame({"vorm": ["p x q", "vast + variabel"], "gat_per_jaar": [-1234.5, float("nan")],
                                      "haalbaar": [True, False]}),
    }
    pad = tmp_path / "s.xlsx"
    schrijf_werkboek(m, pad, tabellen=tabellen)
    ws = openpyxl.load_workbook(pad)["Scenario's"]
    waarden = [c.value for rij in ws.iter_rows() for c in rij if c.value is not None]
    assert {0.8, 0.9, 1.0, 740.5, 668.66, 611.0, -1234.5, "p x q", "vast + variabel", "-", "ja", "nee"} <= set(waarden)
    assert all(c.data_type != "f" for rij in ws.iter_rows() for c in rij)
    with zipfile.ZipFile(pad) as zf:
        assert sum(n.startswith("xl/charts/chart") for n in zf.namelist()) == 3  # Bezetting + 2 tabellen
    assert lees_werkboek(pad) == m


def test_namen_die_alleen_in_hoofdletters_verschillen_worden_geweigerd() -> None:
    """Python geeft 'Laat' en 'laat' dezelfde figuursleutel; het invoermodel weigert zo'n model al."""
    from pydantic import ValidationError

    d = lees_model(REFERENTIE).model_dump()
    d["rooster"]["diensten"][0]["naam"] = "Laat"
    with pytest.raises(ValidationError, match="hoofdletters"):
        KwvModel.model_validate(d)


def test_elke_invoer_is_vast_suggestie_of_eigen(tmp_path: Path) -> None:
    """De korte referentiecasus laat registerwaarden weg: die zijn vast (bron) of suggestie (afgeleid, of een
    standaard van kostprijs die het model weglaat); wat het model zelf noemt, is eigen."""
    m = lees_model(REFERENTIE.parent / "kwv-4-plaatsen-kort.yaml")
    reg = schrijf_werkboek(m, tmp_path / "kort.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "kort.xlsx")["Uitgangspunten"]
    verwacht = {"productiviteit_verlofuren": ("Vast", "vast (register)", KLEUR_INVOER_VAST),
                "productiviteit_uren_per_feestdag": ("Suggestie", "suggestie", KLEUR_INVOER_SUGGESTIE),
                "productiviteit_overige_uren": ("Suggestie", "suggestie", KLEUR_INVOER_SUGGESTIE),
                "productiviteit_verzuimpercentage": (None, "eigen waarde", KLEUR_INVOER),
                "functie_1_maandsalaris": (None, None, KLEUR_INVOER)}
    for naam, (opmerking, kolom, kleur) in verwacht.items():
        cel = ws[reg.invoer[naam].split("!")[1]]
        # een eigen waarde heeft geen opmerking: een cel met opmerking kreeg haar waarde van elders
        assert (cel.comment.text.startswith(opmerking) if opmerking else cel.comment is None), naam
        assert cel.fill.fgColor.rgb == "FF" + kleur[1:], naam
        if kolom:
            assert ws.cell(cel.row, 4).value == kolom, naam
    assert "uit de bron" in ws[reg.invoer["productiviteit_verlofuren"].split("!")[1]].comment.text


def test_model_yaml_houdt_de_peildatum_als_datum() -> None:
    """Het model als YAML (lees-excel --yaml) leest precies zo terug, ook met een peildatum."""
    from kostprijs import lees_model_tekst
    from kostprijs.cli.lees_excel import model_yaml

    m = lees_model_tekst(REFERENTIE.read_text(encoding="utf-8") + "peildatum: 2025-03-01\n")
    tekst = model_yaml(m)
    assert "peildatum: 2025-03-01" in tekst
    assert lees_model_tekst(tekst) == m


def test_werkgeverslasten_van_onderop_als_vaste_cellen_met_het_label_van_de_tabel(tmp_path: Path) -> None:
    """Premies en pensioenbedragen van onderop staan als vaste cellen met het label uit de tabel van figuren."""
    from kostprijs import lees_model_tekst
    from kostprijs.excel.invoerblad import WERKGEVER
    from kostprijs.figuren import INVOER

    tekst = REFERENTIE.read_text(encoding="utf-8").replace(
        "  werkgeverslasten: 0.27         # [A]; van onderop zie docs/methode.md#loonkosten",
        "  werkgeverslasten: {methode: opbouw}")
    m = lees_model_tekst(tekst + "parameters: {aanvaard: [derden, afgeleid]}\n", "opbouw.yaml")
    res = bereken(m)
    reg = schrijf_werkboek(m, tmp_path / "opbouw.xlsx", res)
    ws = openpyxl.load_workbook(tmp_path / "opbouw.xlsx")["Uitgangspunten"]
    assert res.kern is not None
    for naam, veld in WERKGEVER:
        _, r, k = _rc(reg.namen[naam])
        assert ws.cell(r + 1, 1).value == INVOER[veld][0], naam
        assert ws.cell(r + 1, k + 1).value == pytest.approx(float(getattr(res.kern, veld)), rel=1e-12), naam
        assert ws.cell(r + 1, k + 1).protection.locked, naam  # geen invoer: wijzigen gaat in het model
