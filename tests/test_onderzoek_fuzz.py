"""Fuzzing van de importer (``docs/onderzoek.md``): een geldig sjabloon, willekeurig beschadigd op
byte- en op XML-niveau. De enige toegestane uitkomsten zijn een Opgave of een InvoerFout."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kostprijs.errors import InvoerFout
from kostprijs.onderzoek.inlezen import lees_opgave
from kostprijs.onderzoek.schema import Opgave
from kostprijs.onderzoek.sjabloon import schrijf_sjabloon
from tests.test_onderzoek_inlezen import script

INSTELLINGEN = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def goed(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    map_ = tmp_path_factory.mktemp("fuzz")
    synth = script("maak_synthetische_studie")
    opgave, _ = synth.maak_opgave(random.Random(4), 1)
    pad = synth.schrijf_ingevuld(schrijf_sjabloon(map_ / "s.xlsx"), map_ / "goed.xlsx", opgave)
    return pad.read_bytes()


def _lees(pad: Path) -> None:
    try:
        assert isinstance(lees_opgave(pad), Opgave)
    except InvoerFout as e:
        assert e.meldingen and all(m.plaats and m.tekst for m in e.meldingen)


@INSTELLINGEN
@given(st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=8))
def test_bytewijzigingen(goed: bytes, tmp_path: Path, wijzigingen: list[tuple[int, int]]) -> None:
    data = bytearray(goed)
    for plek, waarde in wijzigingen:
        data[plek % len(data)] = waarde
    pad = tmp_path / "f.xlsx"
    pad.write_bytes(bytes(data))
    _lees(pad)


@INSTELLINGEN
@given(st.sampled_from(["xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml", "xl/workbook.xml",
                        "xl/sharedStrings.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels"]),
       st.integers(0, 10**6), st.binary(min_size=0, max_size=40), st.integers(0, 50))
def test_xml_wijzigingen(goed: bytes, tmp_path: Path, onderdeel: str, plek: int, invoeg: bytes, weg: int) -> None:
    bron = tmp_path / "goed.xlsx"
    bron.write_bytes(goed)
    pad = tmp_path / "f.xlsx"
    with zipfile.ZipFile(bron) as zin, zipfile.ZipFile(pad, "w", zipfile.ZIP_DEFLATED) as zuit:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == onderdeel:
                i = plek % (len(data) + 1)
                data = data[:i] + invoeg + data[i + weg:]
            zuit.writestr(info.filename, data)
    _lees(pad)
