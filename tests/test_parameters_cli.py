"""CLI: ``kostprijs parameters`` en ``kostprijs indexeer``."""

from __future__ import annotations

import pytest

from kostprijs.cli import main


def test_parameters_op_datum(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parameters", "--datum", "2025-06-01"]) == 0
    uit = capsys.readouterr().out
    regels = {r.split()[0]: r for r in uit.splitlines() if r and r.split()[0].count(".") >= 2}
    assert "36" in regels["cao_jeugdzorg.arbeidsduur.uren_per_week"]
    assert "uur/week" in regels["cao_jeugdzorg.arbeidsduur.uren_per_week"]
    r = regels["cao_jeugdzorg.vakantietoeslag.minimum_per_maand"]
    assert "218,52" in r and "2025-03-01" in r and "afgeleid" in r and "jeugdzorg-werkt.nl" in r
    assert "derden" in regels["premies.werknemersverzekeringen.aof_laag"]
    assert "niet gevonden" in regels["cao_jeugdzorg.eindejaarsuitkering.percentage"]
    assert "niet gevonden" in regels["cao_jeugdzorg.ort.zaterdag"]
    assert "3,944%" in regels["vng.indexatie.gewogen_voorlopig"]


def test_parameters_filter_en_bronnen(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parameters", "--naam", "pensioen", "--bronnen", "--datum", "2025-06-01"]) == 0
    uit = capsys.readouterr().out
    assert "vng." not in uit and "pensioen.pfzw.franchise" in uit
    assert "afleiding: Uit (137.800 - F) x 0,258 = 31.255" in uit


def test_parameters_foute_datum(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parameters", "--datum", "1-3-2025"]) == 2
    fout = capsys.readouterr().err
    assert "--datum" in fout and "JJJJ-MM-DD" in fout and "Traceback" not in fout


def test_parameters_onbekend_voorvoegsel(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parameters", "--naam", "cao_ggz"]) == 2
    assert "geen parameter begint met 'cao_ggz'" in capsys.readouterr().err


def test_indexeer(capsys: pytest.CaptureFixture[str]) -> None:
    """``docs/referentiecasus.md#uitkomsten``: 668,66 met de gewogen voorlopige index 2025 = 695,03."""
    assert main(["indexeer", "--tarief", "668.66", "--jaren", "2025"]) == 0
    assert "695,03" in capsys.readouterr().out
    assert main(["indexeer", "--tarief", "668.66", "--jaren", "2026"]) == 2
    assert "geen bekende waarde op 2026-01-01" in capsys.readouterr().err
    assert main(["indexeer", "--tarief", "668.66", "--jaren", "2025", "2024"]) == 2
    assert "oplopend" in capsys.readouterr().err
