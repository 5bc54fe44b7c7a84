"""lees-excel opent begrensd (kostprijs.excel.leesbron): alleen Uitgangspunten en het opgeslagen model,
benoemde cellen gecontroleerd, eigen bereiknamen van de gebruiker op andere tabbladen toegestaan."""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from kostprijs import InvoerFout, lees_model
from kostprijs.excel import lees_werkboek, schrijf_werkboek
from tests.conftest import REFERENTIE


def _met_naam(bron: Path, doel: Path, definitie: str) -> None:
    with zipfile.ZipFile(bron) as zin, zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED) as zuit:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/workbook.xml":
                data = re.sub(rb"<definedNames>", b"<definedNames>" + definitie.encode(), data)
            zuit.writestr(info.filename, data)


@pytest.fixture(scope="module")
def werkboek(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pad = tmp_path_factory.mktemp("leesbron") / "kwv.xlsx"
    schrijf_werkboek(lees_model(REFERENTIE), pad)
    return pad


def test_eigen_bereiknaam_op_een_ander_tabblad_mag(werkboek: Path, tmp_path: Path) -> None:
    doel = tmp_path / "met_naam.xlsx"
    _met_naam(werkboek, doel, "<definedName name=\"mijn_bereik\">'Formatie'!$A$1:$B$5</definedName>")
    assert lees_werkboek(doel) == lees_model(REFERENTIE)


@pytest.mark.parametrize("definitie", ["<definedName name=\"mijn_bereik\">'Uitgangspunten'!$A$1:$B$5</definedName>",
                                       "<definedName name=\"mijn_bereik\">Formatie!#REF!</definedName>",
                                       "<definedName name=\"mijn_bereik\">'Weg'!$A$1:$B$5</definedName>"])
def test_bereiknaam_op_uitgangspunten_of_kapot_wordt_geweigerd(werkboek: Path, tmp_path: Path, definitie: str) -> None:
    doel = tmp_path / "met_naam.xlsx"
    _met_naam(werkboek, doel, definitie)
    with pytest.raises(InvoerFout) as e:
        lees_werkboek(doel)
    assert e.value.meldingen[0].plaats.startswith("naam 'mijn_bereik'")


def test_grote_scenariotabellen_worden_niet_gelezen(tmp_path: Path) -> None:
    """Een werkboek met 20.000 rijen op Scenario's: lees-excel opent dat tabblad niet en blijft snel."""
    pad = tmp_path / "groot.xlsx"
    tabel = pd.DataFrame({"bezettingsgraad": [i / 20_000 for i in range(20_000)],
                          "tarief_per_bezet_etmaal": [600.0 + i % 100 for i in range(20_000)]})
    schrijf_werkboek(lees_model(REFERENTIE), pad, tabellen={"Groot raster": tabel})
    begin = time.perf_counter()
    assert lees_werkboek(pad) == lees_model(REFERENTIE)
    assert time.perf_counter() - begin < 2.0
