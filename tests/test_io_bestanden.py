"""Invoerbestanden lezen: pijpen en apparaten worden nooit geopend, te grote bestanden geweigerd."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kostprijs.errors import InvoerFout
from kostprijs.io.bestanden import lees_tekst


@pytest.mark.parametrize(("soort", "woord"), [("pijp", "geen gewoon bestand"), ("apparaat", "geen gewoon bestand"),
                                              ("map", "een map"), ("weg", "niet gevonden"), ("groot", "groter dan"),
                                              ("latin1", "geen UTF-8")])
def test_ongeschikt_bestand(tmp_path: Path, soort: str, woord: str) -> None:
    pad = tmp_path / "m.yaml"
    if soort == "pijp":
        os.mkfifo(pad)  # zou lezen eeuwig laten wachten
    elif soort == "apparaat":
        pad = Path("/dev/zero")  # zou lezen eeuwig laten doorgaan
    elif soort == "map":
        pad.mkdir()
    elif soort == "groot":
        pad.write_bytes(b"a" * 2001)
    elif soort == "latin1":
        pad.write_bytes("naam: Ëlma".encode("latin-1"))
    with pytest.raises(InvoerFout) as e:
        lees_tekst(pad, 2000)
    assert woord in str(e.value)


def test_gewoon_bestand(tmp_path: Path) -> None:
    pad = tmp_path / "m.yaml"
    pad.write_text("naam: Ëlma\n", encoding="utf-8")
    assert lees_tekst(pad, 2000) == "naam: Ëlma\n"
