"""Onderzoeksmap: snelkoppelingen, pijpen, apparaten en mappen met een werkmapnaam worden bij naam
geweigerd (niet geopend, niet stil overgeslagen); namen met een regelovergang komen met escapes in de
uitvoer; meer dan 1000 werkmappen wordt vóór het lezen geweigerd; de voortgang staat op stderr."""

from __future__ import annotations

import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from kostprijs.onderzoek.mapinhoud import MAX_BESTANDEN, bestanden_in
from tests.test_onderzoek_inlezen import script
from tests.test_vijandige_invoer import MAX_TIJD, draai


@pytest.fixture
def wekker() -> Iterator[None]:
    """Een pijp die toch geopend wordt, laat de test falen in plaats van eeuwig wachten."""
    def af(*_: object) -> None:
        raise TimeoutError("een pijp (FIFO) werd geopend")

    oud = signal.signal(signal.SIGALRM, af)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, oud)


@pytest.fixture
def map_met_bijzondere_namen(tmp_path: Path) -> tuple[Path, dict[str, tuple[str, str]]]:
    map_ = tmp_path / "opgaven"
    script("maak_synthetische_studie").maak_studie(map_, aantal=3, zaad=8)
    (map_ / "grondwaarheid.json").unlink()
    buiten = tmp_path / "elders.xlsx"
    shutil.copy(map_ / "aanbieder-001.xlsx", buiten)
    return map_, script("maak_vijandige_invoer").maak_mappen(map_, buiten)


def test_bijzondere_bestanden_bij_naam_geweigerd(map_met_bijzondere_namen: tuple[Path, dict[str, tuple[str, str]]],
                                                  tmp_path: Path, wekker: None) -> None:
    map_, soorten = map_met_bijzondere_namen
    assert {"snelkoppeling", "pijp", "map", "regelovergang", "formule"} <= set(soorten)
    uit = tmp_path / "rapport.xlsx"
    code, out, err, duur, _ = draai(["onderzoek", str(map_), "--uit", str(uit)])
    assert code == 0 and "3 opgaven in het onderzoek" in out, err
    regels = err.splitlines()
    for soort, (naam, woord) in soorten.items():
        assert f"afgewezen: {naam}" in regels, f"{soort}: {naam!r} niet bij naam afgewezen"
        blok = err.split(f"afgewezen: {naam}\n", 1)[1].split("\nafgewezen: ", 1)[0]
        assert woord in blok, f"{soort}: {blok!r}"
    assert not any(r.startswith("afgewezen: alles goed") for r in regels), "regelovergang in een naam ongezien"
    afgewezen = openpyxl.load_workbook(uit)["Afgewezen"]
    namen = {c.value for c in afgewezen["A"] if c.value}
    assert {n for n, _ in soorten.values()} <= namen
    assert duur < MAX_TIJD


def test_te_veel_werkmappen_geweigerd_voor_het_lezen(tmp_path: Path) -> None:
    map_ = tmp_path / "veel"
    map_.mkdir()
    for i in range(MAX_BESTANDEN + 1):
        (map_ / f"opgave-{i:04d}.xlsx").write_bytes(b"x")
    uit = tmp_path / "rapport.xlsx"
    code, _, err, duur, _ = draai(["onderzoek", str(map_), "--uit", str(uit)])
    assert code == 2 and f"meer dan {MAX_BESTANDEN} werkmappen" in err
    assert not uit.exists() and not uit.with_suffix(".json").exists()
    assert duur < MAX_TIJD


def test_andere_bestanden_en_vergrendelbestanden_blijven_buiten(tmp_path: Path) -> None:
    for naam in ("notities.txt", "~$opgave.xlsx", ".verborgen.xlsx", "opgave.XLSX"):
        (tmp_path / naam).write_bytes(b"x")
    paden, geweigerd = bestanden_in(tmp_path)
    assert [p.name for p in paden] == ["opgave.XLSX"] and geweigerd == []


def test_voortgang_op_stderr_bij_veel_bestanden(tmp_path: Path) -> None:
    map_ = tmp_path / "opgaven"
    script("maak_synthetische_studie").maak_studie(map_, aantal=3, zaad=9)
    for i in range(22):
        (map_ / f"kapot-{i:02d}.xlsx").write_bytes(b"geen zip")
    code, _, err, _, _ = draai(["onderzoek", str(map_), "--uit", str(tmp_path / "r.xlsx")])
    assert code == 0
    voortgang = [r for r in err.splitlines() if r.startswith("gelezen: ")]
    assert voortgang[0].startswith("gelezen: 0 van 25 bestanden (0%")
    assert voortgang[-1].startswith("gelezen: 25 van 25 bestanden (100%")
    assert 5 <= len(voortgang) <= 12, voortgang
