"""Eén notatie per eenheid in elke CLI-tabel: geld 2 decimalen, fte 4, fracties als %, dagen heel (of
1 decimaal als de waarde een breuk is), uren 4, aantallen heel."""

from __future__ import annotations

import re

import pytest

from kostprijs.cli import main
from kostprijs.notatie import decimalen_voor, nl_eenheid
from tests.conftest import REFERENTIE


@pytest.mark.parametrize(("waarde", "eenheid", "tekst"), [
    (668.655, "EUR/bezet etmaal", "668,66"),       # half van nul af
    (-0.125, "EUR/jaar", "-0,13"),
    (1234567.891, "EUR", "1.234.567,89"),
    (7.88489560512, "fte", "7,8849"),
    (0.74686, "/1", "74,69%"),
    (0.9, "/1", "90,00%"),
    (1314.0, "etmalen/jaar", "1.314"),
    (1241.2, "etmalen/jaar", "1.241,2"),
    (11054.285714, "uur/jaar", "11.054,2857"),
    (4.0, "plaatsen", "4"),
    (1.03944, "index", "1,0394"),
])
def test_een_regel_per_eenheid(waarde: float, eenheid: str, tekst: str) -> None:
    assert nl_eenheid(waarde, eenheid) == tekst


def test_percentage_is_geen_getal_met_decimalen() -> None:
    assert decimalen_voor("/1") is None and decimalen_voor("EUR/maand") == 2 and decimalen_voor("fte") == 4


REGEL = {
    "EUR": re.compile(r"^-?\d{1,3}(\.\d{3})*,\d{2}$"),
    "fte": re.compile(r"^\d+,\d{4}$"),
    "/1": re.compile(r"^-?\d{1,3}(\.\d{3})*,\d{2}%$"),
    "dagen": re.compile(r"^\d{1,3}(\.\d{3})*(,\d)?$"),
}


def test_figurentabel_volgt_de_regel(capsys: pytest.CaptureFixture[str]) -> None:
    """Elke figuur in ``kostprijs bereken --figuren`` staat in de notatie van haar eenheid."""
    assert main(["bereken", str(REFERENTIE), "--figuren"]) == 0
    geteld = dict.fromkeys(REGEL, 0)
    for regel in capsys.readouterr().out.splitlines()[2:]:
        delen = re.split(r"\s{2,}", regel.strip())
        if len(delen) < 4:
            continue
        waarde, eenheid = delen[-2], delen[-1]
        soort = ("EUR" if eenheid.startswith("EUR") else "fte" if eenheid == "fte" else "/1" if eenheid == "/1"
                 else "dagen" if eenheid.startswith(("dag", "etmal")) else None)
        if soort:
            assert REGEL[soort].match(waarde), f"{delen[0]}: {waarde} [{eenheid}]"
            geteld[soort] += 1
    assert all(geteld.values()), geteld


def test_scenariotabel_toont_bezetting_als_percentage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenario", str(REFERENTIE), "--bezetting", "0.85,0.9"]) == 0
    uit = capsys.readouterr().out
    assert "85,00%" in uit and "1.314" in uit and "668,66" in uit and "0,9000" not in uit
