"""Foute invoer: een Nederlandse melding met plaats, exitcode 2, geen uitvoer, geen traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from kostprijs.cli import main
from tests.foute_invoer import GEVALLEN, Geval, schrijf_corpus


def test_corpus_is_groot_genoeg() -> None:
    assert len(GEVALLEN) >= 20


@pytest.mark.parametrize("geval", GEVALLEN, ids=[g.naam for g in GEVALLEN])
def test_foute_invoer(geval: Geval, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paden = {p.stem: p for p in schrijf_corpus(tmp_path)}
    code = main(["bereken", str(paden[geval.naam])])
    uit = capsys.readouterr()
    assert code == 2
    assert uit.out == "", "bij foute invoer geen uitvoer op stdout"
    assert "Traceback" not in uit.err
    for woord in geval.moet_bevatten:
        assert woord in uit.err, f"{woord!r} ontbreekt in:\n{uit.err}"
    for python_repr in ("input_type=", "Decimal(", "None", "pydantic", "For further information", "ongeldige waarde"):
        assert python_repr not in uit.err


def test_alle_meldingen_tegelijk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst = (Path(__file__).parents[1] / "examples/kwv-4-plaatsen.yaml").read_text(encoding="utf-8")
    tekst = tekst.replace("plaatsen: 4", "plaatsen: 0").replace("werkgeverslasten: 0.27", "werkgeverslasten: 27")
    pad = tmp_path / "twee.yaml"
    pad.write_text(tekst, encoding="utf-8")
    assert main(["bereken", str(pad)]) == 2
    err = capsys.readouterr().err
    assert "plaatsen" in err and "werkgeverslasten" in err and "2 problemen" in err


def test_bestand_bestaat_niet(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bereken", "bestaat/niet.yaml"]) == 2
    assert "bestand niet gevonden" in capsys.readouterr().err
