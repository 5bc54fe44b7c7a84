"""``excel.blad.schone_tekst``: stuurtekens en te lange tekst geweigerd met de plaats; de plaats wordt
alleen bij een fout opgebouwd."""

from __future__ import annotations

import pytest

from kostprijs.errors import KostprijsFout
from kostprijs.excel.blad import TEKST_MAX, schone_tekst


def _nooit() -> str:
    raise AssertionError("de plaats is alleen nodig bij een fout")


@pytest.mark.parametrize("tekst", ["gewoon", "met\ttab", "twee\nregels", "é € ✓", "x" * TEKST_MAX])
def test_goede_tekst_blijft_zoals_hij_is(tekst: str) -> None:
    assert schone_tekst(tekst, _nooit) == tekst


@pytest.mark.parametrize("teken", ["\x00", "\x07", "\x0b", "\x0c", "\r", "\x1b", "\x1f"])
def test_stuurteken_geweigerd_met_plaats(teken: str) -> None:
    with pytest.raises(KostprijsFout, match=r"Tariefopbouw!B7: de tekst bevat een stuurteken"):
        schone_tekst(f"a{teken}b", lambda: "Tariefopbouw!B7")


def test_te_lange_tekst_geweigerd() -> None:
    with pytest.raises(KostprijsFout, match=f"Blad!A1: de tekst is langer dan {TEKST_MAX} tekens"):
        schone_tekst("x" * (TEKST_MAX + 1), "Blad!A1")
