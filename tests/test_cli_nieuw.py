"""``kostprijs nieuw``: elke combinatie van opties schrijft een kort model dat meteen rekent.

Verwachte getallen: met de standaardopties (4 plaatsen, slapende nacht, huur, overhead als aandeel) en
jaar 2025 is het model de referentiecasus, dus 668,66 per bezet etmaal (docs/referentiecasus.md, met de
hand nagerekend); de andere combinaties moeten rekenen en verschillen waar de keuze ertoe doet.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from kostprijs import bereken, lees_model
from kostprijs.cli import main
from kostprijs.notatie import nl_getal

COMBINATIES = list(itertools.product(["slapend", "wakend"], ["huur", "eigendom"], ["aandeel", "opslag", "bedrag"]))


@pytest.mark.parametrize(("nacht", "pand", "overhead"), COMBINATIES, ids=["-".join(c) for c in COMBINATIES])
@pytest.mark.parametrize(("jaar", "plaatsen"), [(2024, 3), (2025, 4), (2026, 6)])
def test_elke_combinatie_rekent(nacht: str, pand: str, overhead: str, jaar: int, plaatsen: int, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    pad = tmp_path / "woning.yaml"
    assert main(["nieuw", str(pad), "--nacht", nacht, "--huisvesting", pand, "--overhead", overhead,
                 "--jaar", str(jaar), "--plaatsen", str(plaatsen)]) == 0
    model = lees_model(pad)
    assert (model.jaar, model.plaatsen) == (jaar, plaatsen)
    assert model.conventies.overhead_conventie == {"aandeel": "aandeel_totaal", "opslag": "opslag_direct",
                                                   "bedrag": "bedrag"}[overhead]
    assert (model.huisvesting.eigendom is not None) == (pand == "eigendom")
    assert {d.soort for d in model.rooster.diensten} == ({"wakker", "slaap"} if nacht == "slapend" else {"wakker"})
    r = bereken(model)
    assert r.tarief_per_bezet_etmaal > 0
    assert f"EUR {nl_getal(r.tarief_per_bezet_etmaal)} per bezet etmaal" in capsys.readouterr().out
    # kort: wat het register kent staat er niet in
    sleutels = "\n".join(r.split("#")[0] for r in pad.read_text(encoding="utf-8").splitlines())
    for veld in ("contracturen_per_week", "verlofuren", "vakantietoeslag:", "telfactoren", "uren_per_feestdag"):
        assert veld not in sleutels


def test_standaard_is_de_referentiecasus(tmp_path: Path) -> None:
    pad = tmp_path / "woning.yaml"
    assert main(["nieuw", str(pad), "--jaar", "2025"]) == 0
    assert bereken(lees_model(pad)).tarief_per_bezet_etmaal == 668.66
    assert "# [A] = voorbeeldwaarde uit de referentiecasus" in pad.read_text(encoding="utf-8")


def test_wakende_nacht_kost_meer_dan_slapende(tmp_path: Path) -> None:
    tarief = {}
    for nacht in ("slapend", "wakend"):
        pad = tmp_path / f"{nacht}.yaml"
        assert main(["nieuw", str(pad), "--nacht", nacht, "--jaar", "2025"]) == 0
        tarief[nacht] = bereken(lees_model(pad)).tarief_per_bezet_etmaal
    assert tarief["wakend"] > tarief["slapend"]


def test_excel_begint_in_een_werkboek(tmp_path: Path) -> None:
    from kostprijs.excel import lees_werkboek

    assert main(["nieuw", str(tmp_path / "woning.yaml"), "--excel", "--jaar", "2025"]) == 0
    werkboek = tmp_path / "woning.xlsx"
    assert werkboek.exists() and not (tmp_path / "woning.yaml").exists()
    assert bereken(lees_werkboek(werkboek)).tarief_per_bezet_etmaal == 668.66


def test_overschrijft_niet_stil(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = tmp_path / "woning.yaml"
    pad.write_text("mijn eigen model\n", encoding="utf-8")
    assert main(["nieuw", str(pad)]) == 2
    assert "bestaat al" in capsys.readouterr().err
    assert pad.read_text(encoding="utf-8") == "mijn eigen model\n"
    assert main(["nieuw", str(pad), "--overschrijf", "--jaar", "2025"]) == 0


def test_map_als_doel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    map_ = tmp_path / "woning.yaml"
    map_.mkdir()
    assert main(["nieuw", str(map_)]) == 2
    assert "is een map" in capsys.readouterr().err
    assert map_.is_dir() and not any(map_.iterdir())


@pytest.mark.parametrize(("argv", "tekst"), [
    (["--plaatsen", "0"], "kies 1 tot 50 plaatsen"),
    (["--plaatsen", "vier"], "'vier' is geen geheel getal"),
    (["--jaar", "1999"], "kies een jaar van 2000 tot 2100"),
])
def test_foute_opties(argv: list[str], tekst: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(["nieuw", str(tmp_path / "w.yaml"), *argv])
    except SystemExit as e:
        code = int(str(e.code))
    assert code == 2
    assert tekst in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_geen_yaml_extensie(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nieuw", str(tmp_path / "woning.txt")]) == 2
    assert "eindigt niet op .yaml" in capsys.readouterr().err
