"""Vijandige invoer (issue 13), door de opdrachtregel: ``lees-excel`` (werkboeken), ``bereken`` (YAML en
salaristabellen) en ``inlezen`` (uitvraagsjablonen). Per geval: exitcode 2, een Nederlandse melding die het
bestand en de plaats noemt, geen traceback, niets geschreven, binnen 5 s en 200 MB (Python-heap, tracemalloc).
De invoer komt uit ``scripts/maak_vijandige_invoer.py`` en ``scripts/maak_vijandige_bestanden.py``."""

from __future__ import annotations

import contextlib
import io
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from kostprijs.cli import main
from tests.test_onderzoek_inlezen import script

MAX_TIJD = 5.0
"""Langste tijd voor één vijandige invoer. [s]"""
MAX_GEHEUGEN = 200 * 2**20
"""Grootste geheugenpiek (Python-toewijzingen) voor één vijandige invoer. [byte]"""


def draai(argv: list[str], geheugen: bool = False) -> tuple[int, str, str, float, int]:
    """``main(argv)`` met opgevangen uitvoer: (code, stdout, stderr, duur [s], geheugenpiek [byte]).

    De duur komt uit een run zonder tracemalloc (dat vertraagt ruamel en openpyxl tot vier keer); met
    ``geheugen`` volgt een tweede run onder tracemalloc voor de piek (anders is de piek 0).
    """
    uit, fout = io.StringIO(), io.StringIO()
    begin = time.perf_counter()
    with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(fout):
        code = main(argv)
    duur, piek = time.perf_counter() - begin, 0
    if geheugen:
        tracemalloc.start()
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                main(argv)
            piek = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    return code, uit.getvalue(), fout.getvalue(), duur, piek


@pytest.fixture(scope="module")
def invoer(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Any]]:
    map_ = tmp_path_factory.mktemp("vijandige_invoer")
    return map_, script("maak_vijandige_invoer").maak_alles(map_)


@pytest.fixture(scope="module")
def sjablonen(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Any]]:
    map_ = tmp_path_factory.mktemp("vijandige_sjablonen")
    return map_, script("maak_vijandige_bestanden").maak_corpus(map_)


def _controleer(argv: list[str], bestand: str, plaats: str, doel: Path | None) -> list[str]:
    code, out, err, duur, piek = draai(argv, geheugen=True)
    fouten = []
    if code != 2:
        fouten.append(f"exitcode {code}")
    if "Traceback" in err or "Error" in err:
        fouten.append("traceback of Engelse foutnaam")
    if bestand not in err or plaats not in err:
        fouten.append(f"melding noemt '{bestand}' en '{plaats}' niet: {err[:300]!r}")
    if out:
        fouten.append("uitvoer op stdout")
    if doel is not None and (doel.exists() or any(".kostprijs-tmp." in p.name for p in doel.parent.iterdir())):
        fouten.append("er is toch (een deel van) een uitvoerbestand geschreven")
    if duur > MAX_TIJD:
        fouten.append(f"duurde {duur:.1f} s")
    if piek > MAX_GEHEUGEN:
        fouten.append(f"geheugenpiek {piek / 2**20:.0f} MB")
    return fouten


def test_werkboeken_en_yaml_geweigerd_met_bestand_en_plaats(invoer: tuple[Path, list[Any]], tmp_path: Path) -> None:
    map_, gevallen = invoer
    assert len(gevallen) >= 55 and len({(g.opdracht, g.categorie) for g in gevallen}) == len(gevallen)
    fouten = {}
    for g in gevallen:
        doel = tmp_path / ("terug.yaml" if g.opdracht == "lees-excel" else "uit.xlsx")
        optie = "--yaml" if g.opdracht == "lees-excel" else "--excel"
        if f := _controleer([g.opdracht, str(map_ / g.bestand), optie, str(doel)], g.genoemd or g.bestand, g.plaats,
                            doel):
            fouten[f"{g.bestand} ({g.categorie})"] = f
    assert not fouten, fouten


def test_sjablonen_via_inlezen_geweigerd_met_bestand_en_plaats(sjablonen: tuple[Path, list[Any]]) -> None:
    map_, gevallen = sjablonen
    fouten = {}
    for g in gevallen:
        if f := _controleer(["inlezen", str(map_ / g.bestand)], g.bestand, g.plaats, None):
            fouten[f"{g.bestand} ({g.categorie})"] = f
    assert not fouten, fouten


@pytest.mark.parametrize(("bestand", "woord"), [
    ("le_naam_ref.xlsx", "#REF!"), ("le_naam_bereik.xlsx", "niet naar één cel"), ("le_naam_buiten_blad.xlsx", "buiten"),
    ("le_diep_genest_model.xlsx", "beschadigd"), ("le_vba_kleine_letters.xlsx", "macro"),
    ("le_macrobladen.xlsx", "macro"), ("le_onbekende_compressie.xlsx", "beschadigd"),
    ("le_samenvoeging_over_invoer.xlsx", "samengevoegde"), ("le_veel_cellen.xlsx", "meer dan 20000 cellen"),
    ("le_miljoen_cellen.xlsx", "MB"), ("le_pijp.xlsx", "geen gewoon bestand"), ("le_getal_underscore.xlsx", "_"),
    ("y_voorloopnul.yaml", "bedoelt u 12"), ("y_python_object.yaml", "niet toegestaan"),
    ("y_datum_30_februari.yaml", "geen bestaande datum"), ("y_naam_spaties.yaml", "alleen uit spaties"),
    ("y_flow_heel_diep.yaml", "te diep genest"), ("y_getal_5000_cijfers.yaml", "5000 cijfers"),
    ("y_veel_waarden.yaml", "te veel waarden"), ("y_ankerbom.yaml", "te groot"), ("y_pijp.yaml", "geen gewoon"),
])
def test_melding_legt_de_oorzaak_uit(invoer: tuple[Path, list[Any]], bestand: str, woord: str) -> None:
    map_, gevallen = invoer
    g = next(g for g in gevallen if g.bestand == bestand)
    code, _, err, _, _ = draai([g.opdracht, str(map_ / bestand)])
    assert code == 2 and woord in err, err
