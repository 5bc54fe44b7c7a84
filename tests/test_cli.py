"""De opdrachtregel van begin tot eind, zoals een gebruiker hem draait."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kostprijs.cli import main
from tests.conftest import REFERENTIE


def test_readme_opdracht_drukt_het_tarief_af() -> None:
    """De console-opdracht uit de README (als geïnstalleerd script, anders via python -m)."""
    script = shutil.which("kostprijs", path=str(Path(sys.executable).parent))
    cmd = [script] if script else [sys.executable, "-m", "kostprijs"]
    uit = subprocess.run([*cmd, "bereken", str(REFERENTIE)], capture_output=True, text=True, check=True)
    assert "Tarief per bezet etmaal: EUR 668,66" in uit.stdout
    assert "aandeel van het totaal" in uit.stdout  # de conventies staan in de uitvoer


def test_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bereken", str(REFERENTIE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tarief_per_bezet_etmaal"] == 668.66
    assert data["figuren"]["fte.groepsleiding"]["afgerond"] == 7.8849
    assert data["conventies"]["overhead_grondslag"] == "personeel + cliëntkosten"


def test_uitleg(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bereken", str(REFERENTIE), "--uitleg", "overhead_per_jaar"]) == 0
    uit = capsys.readouterr().out
    assert "200.981,95" in uit and "formule" in uit and "Overhead over vaste kosten per jaar" in uit


def test_uitleg_onbekende_figuur(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bereken", str(REFERENTIE), "--uitleg", "tarief_per_etmaal"]) == 2
    assert "Bedoelt u" in capsys.readouterr().err


def test_figuren(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bereken", str(REFERENTIE), "--figuren"]) == 0
    assert "amvb_waarvan_leegstand_per_bezet_etmaal" in capsys.readouterr().out


def test_onbekende_opdracht(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["berekenen"])
    assert e.value.code == 2
    assert "ongeldige keuze" in capsys.readouterr().err


def test_to_frame(referentie_model) -> None:  # type: ignore[no-untyped-def]
    from kostprijs import bereken

    df = bereken(referentie_model).to_frame()
    assert df.loc["tarief_per_bezet_etmaal", "afgerond"] == 668.66
    assert {"waarde", "eenheid", "formule"} <= set(df.columns)
