"""``kostprijs scenario``, ``financiering`` en ``aanloop`` van begin tot eind."""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kostprijs.cli import main
from tests.conftest import REFERENTIE

M = str(REFERENTIE)


def test_scenario_standaard_bezettingsrij(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenario", M]) == 0
    uit = capsys.readouterr().out
    for bedrag in ("746,75", "705,41", "668,66", "635,78", "606,19"):
        assert bedrag in uit


def test_scenario_csv_en_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = tmp_path / "bezetting.csv"
    assert main(["scenario", M, "--bezetting", "0.8:1.0:0.05", "--uit", str(pad)]) == 0
    rijen = list(csv.DictReader(pad.open(encoding="utf-8")))
    assert [r["tarief_per_bezet_etmaal"] for r in rijen] == ["746.75", "705.41", "668.66", "635.78", "606.19"]
    assert not list(tmp_path.glob(".*.tmp"))  # geen half of tijdelijk bestand achtergebleven
    capsys.readouterr()
    assert main(["scenario", M, "--bezetting", "0.9", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["analyse"] == "bezetting" and data["rijen"][0]["tarief_per_bezet_etmaal"] == 668.66


@pytest.mark.parametrize("opties", [
    ["--grootte", "1-8", "--maximum-tarief", "700", "--regel", "laat:4:2", "--regel", "laat:1:1"],
    ["--cluster", "nacht", "--woningen", "1-3"],
    ["--tornado"],
    ["--breakeven", "600,650,700"],
    ["--as", "bezettingsgraad=0.8,0.9", "--as", "maandsalaris.groepsleiding=3000:4000:500"],
])
def test_scenario_analyses(opties: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenario", M, *opties]) == 0
    assert capsys.readouterr().out.count("\n") >= 4


@pytest.mark.parametrize(("opties", "tekst"), [
    (["--bezetting", "1.2"], "tussen 0 (niet inbegrepen) en 1"),
    (["--bezetting", "tachtig"], "geen lijst getallen"),
    (["--as", "bezeting=0.9"], "onbekende as"),
    (["--grootte", "1-4", "--regel", "laat:x:2"], "DIENST:VANAF:PERSONEEL"),
])
def test_scenario_fouten(opties: list[str], tekst: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenario", M, *opties]) == 2
    fout = capsys.readouterr().err
    assert tekst in fout and "Traceback" not in fout


def test_financiering_vijf_plaatsen_start_met_twee(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["financiering", M, "--plaatsen", "5", "--start", "2", "--stabilisatie", "120", "--gat", "30",
                 "--runs", "4000", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["bezetting_exact"] == pytest.approx(0.7020, abs=5e-5)  # ``docs/bezetting.md#referentiewaarden``
    regels = {r["regel"]: r for r in data["rijen"]}
    assert regels["beschikbaarheid"]["kans_verlies"] == 0.0
    assert regels["dagtarief (norm 90%)"]["kans_verlies"] > 0.9


def test_financiering_tabel_en_scenariotabel(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["financiering", M, "--runs", "1000", "--bezetting", "0.6,0.9"]) == 0
    uit = capsys.readouterr().out
    assert "resultaat bij 60%" in uit and "lumpsum" in uit and "Bezetting: exact" in uit


@pytest.mark.parametrize(("opties", "tekst"), [
    (["--start", "7", "--plaatsen", "5"], "0 tot 5"),
    (["--gat", "-3"], "negatieve"),
    (["--start", "2", "--stabilisatie", "90", "--plafond", "9"], "boven het aantal plaatsen"),
    (["--start", "twee"], "aantal jongeren"),
    (["--runs", "5"], "≥ 100"),
    (["--plafond", "2"], "alleen tijdens de stabilisatie"),
])
def test_financiering_fouten(opties: list[str], tekst: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["financiering", M, *opties]) == 2
    fout = capsys.readouterr().err
    assert tekst in fout and "Traceback" not in fout
    assert "  - --" in fout  # de melding noemt de optie


def test_financiering_scenario_yaml_met_regelnummer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = tmp_path / "scenario.yaml"
    pad.write_text("bezetting:\n  soort: wachtlijst\n  plaatsen: 5\n  verblijfsduur_dagen: 365\n"
                   "  gat_dagen: 30\nplafond: 8\naanwezig_bij_start: 2\nstabilisatie_dagen: 120\n", encoding="utf-8")
    assert main(["financiering", M, "--scenario", str(pad)]) == 2
    fout = capsys.readouterr().err
    assert "plafond" in fout and "regel 6" in fout


def test_aanloop_9_9(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pad = tmp_path / "aanloop.csv"
    maanden = "0.25,0.25,0.5,0.5,0.75,0.75,0.9,0.9,0.9,0.9,0.9,0.9"
    assert main(["aanloop", M, "--bezetting", maanden, "--uit", str(pad)]) == 0
    assert capsys.readouterr().out == ""  # alleen CSV gevraagd
    assert main(["aanloop", M, "--bezetting", maanden, "--per-maand"]) == 0
    uit = capsys.readouterr().out
    assert "-157.199,09" in uit
    assert len(list(csv.DictReader(pad.open(encoding="utf-8")))) % 12 == 0


def test_aanloop_uit_model_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["aanloop", M, "--plaatsen", "5", "--start", "2", "--stabilisatie", "120", "--gat", "30",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["maandpad"]) == 12 * len(data["samenvatting"])


def _heeft_matplotlib() -> bool:
    return importlib.util.find_spec("matplotlib") is not None


@pytest.mark.skipif(not _heeft_matplotlib(), reason="extra 'plot' (matplotlib) niet geïnstalleerd")
@pytest.mark.parametrize("opdracht", [
    ["scenario", M], ["scenario", M, "--grootte", "1-8"], ["scenario", M, "--tornado"],
    ["scenario", M, "--cluster", "nacht"], ["financiering", M, "--runs", "500"],
    ["aanloop", M, "--start", "2", "--stabilisatie", "120", "--plaatsen", "5"],
])
def test_png(opdracht: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png = tmp_path / "grafiek.png"
    assert main([*opdracht, "--uit", str(png)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_png_in_onbestaande_map(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenario", M, "--uit", "/bestaat/niet/x.png"]) == 2
    assert "map bestaat niet" in capsys.readouterr().err


def test_scenario_cli_laadt_geen_pandas_bij_start() -> None:
    code = ("import sys; from kostprijs.cli import maak_parser; maak_parser().parse_args(['scenario', 'x.yaml']); "
            "print('pandas' in sys.modules, 'matplotlib' in sys.modules)")
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert uit == ["False", "False"]


def test_regels_uit_yaml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    regels = tmp_path / "regels.yaml"
    regels.write_text("regels:\n  - soort: dagtarief\n    norm: 0.85\n  - soort: corridor\n    deel: 0.5\n"
                      "    band: 0.05\n", encoding="utf-8")
    assert main(["financiering", M, "--regels", str(regels), "--runs", "500", "--json"]) == 0
    namen = [r["regel"] for r in json.loads(capsys.readouterr().out)["rijen"]]
    assert namen == ["dagtarief (norm 85%)", "corridor 50% delen, band 5% (norm 90%)"]
    regels.write_text("regels:\n  - soort: dagtarief\n    norm: 85\n", encoding="utf-8")
    assert main(["financiering", M, "--regels", str(regels)]) == 2
    fout = capsys.readouterr().err
    assert "regel 3" in fout and "bedoelt u 0.85" in fout
