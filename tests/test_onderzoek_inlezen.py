"""Inlezen van één ingevuld sjabloon: rondreis, celomzetting, alle meldingen tegelijk, niets geschreven."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import math
import random
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import openpyxl
import pytest

from kostprijs.cli import main
from kostprijs.errors import InvoerFout
from kostprijs.onderzoek.celkaart import LOCATIE_VELDEN, Veld
from kostprijs.onderzoek.cellen import LEEG, zet_om
from kostprijs.onderzoek.inlezen import controleer_defusedxml, lees_opgave
from kostprijs.onderzoek.sjabloon import schrijf_sjabloon

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def script(naam: str) -> ModuleType:
    """Laad een script uit ``scripts/`` als module."""
    if naam in sys.modules:
        return sys.modules[naam]
    sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(naam, SCRIPTS / f"{naam}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[naam] = module
    spec.loader.exec_module(module)
    return module


def gelijk(waarde: Any) -> Any:
    """Verwachte ingelezen waarde: floats tot op 1e-15 relatief, omdat openpyxl ze met 16 significante
    cijfers wegschrijft (``docs/methode.md#afronding``); al het andere exact."""
    return pytest.approx(waarde, rel=1e-15, abs=0) if isinstance(waarde, float) else waarde


@pytest.fixture(scope="module")
def sjabloon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return schrijf_sjabloon(tmp_path_factory.mktemp("sjabloon") / "sjabloon.xlsx")


def test_openpyxl_gebruikt_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True
    controleer_defusedxml()


@pytest.mark.parametrize("zaad", [1, 2, 3, 4, 5, 6])
def test_rondreis_sjabloon_ingevuld_ingelezen_zelfde_getallen(sjabloon: Path, tmp_path: Path, zaad: int) -> None:
    synth = script("maak_synthetische_studie")
    opgave, _ = synth.maak_opgave(random.Random(zaad), zaad)
    pad = synth.schrijf_ingevuld(sjabloon, tmp_path / "ingevuld.xlsx", opgave)
    gelezen = lees_opgave(pad)
    for sleutel, waarde in opgave["aanbieder"].items():
        verwacht = waarde == "ja" if sleutel == "cijfers_uit_jaarrekening" else waarde
        assert getattr(gelezen, sleutel) == verwacht, sleutel
    assert len(gelezen.locaties) == len(opgave["locaties"])
    for loc, invoer in zip(gelezen.locaties, opgave["locaties"], strict=True):
        for sleutel, waarde in invoer.items():
            if sleutel == "functies":
                for f, (naam, fte, kosten) in zip(loc.functies, waarde, strict=True):
                    assert (f.naam, f.fte, f.loonkosten) == (naam, gelijk(fte), gelijk(kosten))
            else:
                assert getattr(loc, sleutel) == gelijk(waarde), sleutel
        for veld in LOCATIE_VELDEN:
            if veld.sleutel not in invoer:
                assert getattr(loc, veld.sleutel) is None, veld.sleutel


def test_alle_problemen_van_een_bestand_tegelijk(sjabloon: Path, tmp_path: Path) -> None:
    synth = script("maak_synthetische_studie")
    opgave, _ = synth.maak_opgave(random.Random(1), 0)

    def bederf(wb: Any) -> None:
        wb["Aanbieder"]["C5"] = "2025"
        wb["Locatie 1"]["C24"] = 7
        wb["Locatie 1"]["C29"] = "=A1*2"
        wb["Locatie 1"]["C15"] = None

    pad = synth.schrijf_ingevuld(sjabloon, tmp_path / "fout.xlsx", opgave, bederf)
    voor = sorted(tmp_path.iterdir())
    with pytest.raises(InvoerFout) as e:
        lees_opgave(pad)
    plaatsen = [m.plaats for m in e.value.meldingen]
    assert plaatsen == ["Aanbieder!C5", "Locatie 1!C24", "Locatie 1!C29", "Locatie 1!C15"]
    assert sorted(tmp_path.iterdir()) == voor, "bij een fout wordt niets geschreven"
    tekst = str(e.value)
    for verboden in ("Traceback", "None", "Decimal(", "input_type", "ValidationError"):
        assert verboden not in tekst


def test_samenhangsfout_krijgt_de_juiste_cel(sjabloon: Path, tmp_path: Path) -> None:
    synth = script("maak_synthetische_studie")
    opgave, _ = synth.maak_opgave(random.Random(3), 0)

    def beide(wb: Any) -> None:
        wb["Locatie 1"]["C33"] = 1000.0  # kapitaallasten naast huur

    opgave["locaties"][0]["huisvesting_soort"] = "huur"
    opgave["locaties"][0]["huur"] = 30_000.0
    opgave["locaties"][0]["kapitaallasten"] = None
    pad = synth.schrijf_ingevuld(sjabloon, tmp_path / "fout.xlsx", opgave, beide)
    with pytest.raises(InvoerFout) as e:
        lees_opgave(pad)
    assert [m.plaats for m in e.value.meldingen] == ["Locatie 1!C32"]
    assert "bij huur" in e.value.meldingen[0].tekst


def test_cli_inlezen_goed_en_fout(sjabloon: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    synth = script("maak_synthetische_studie")
    opgave, _ = synth.maak_opgave(random.Random(2), 2)
    pad = synth.schrijf_ingevuld(sjabloon, tmp_path / "goed.xlsx", opgave)
    assert main(["inlezen", str(pad)]) == 0
    assert "in orde" in capsys.readouterr().out
    assert main(["inlezen", str(pad), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["aanbieder"] == opgave["aanbieder"]["aanbieder"]
    (tmp_path / "leeg.xlsx").write_bytes(b"")
    assert main(["inlezen", str(tmp_path / "leeg.xlsx")]) == 2
    assert "leeg.xlsx: dit is geen .xlsx-bestand" in capsys.readouterr().err


BEDRAG = next(v for v in LOCATIE_VELDEN if v.sleutel == "energie")
FRACTIE = next(v for v in LOCATIE_VELDEN if v.sleutel == "verzuimpercentage")
GEHEEL = next(v for v in LOCATIE_VELDEN if v.sleutel == "plaatsen")
KEUZE = next(v for v in LOCATIE_VELDEN if v.sleutel == "nachtdienst")
TEKST = next(v for v in LOCATIE_VELDEN if v.sleutel == "naam")
JANEE = Veld("x", "C1", "x", "janee", "", "", keuzes=("ja", "nee"))


@pytest.mark.parametrize(("veld", "waarde", "datatype", "verwacht"), [
    (BEDRAG, 1234.56, "n", 1234.56),
    (BEDRAG, 0, "n", 0.0),
    (GEHEEL, 4.0, "n", 4),
    (FRACTIE, 0.085, "n", 0.085),
    (KEUZE, " Wakend ", "s", "wakend"),
    (JANEE, "Ja", "s", True),
    (JANEE, False, "b", False),
    (TEKST, "Huize Zon", "s", "Huize Zon"),
    (TEKST, "Cafe\u0301", "s", "Café"),
    (BEDRAG, None, "n", LEEG),
    (BEDRAG, "   ", "s", LEEG),
])
def test_celomzetting_geldig(veld: Veld, waarde: Any, datatype: str, verwacht: Any) -> None:
    uit, fout = zet_om(veld, waarde, datatype)
    assert fout is None
    assert uit is verwacht if verwacht is LEEG else uit == verwacht


@pytest.mark.parametrize(("veld", "waarde", "datatype", "stuk"), [
    (BEDRAG, "=A1*2", "f", "formule"),
    (BEDRAG, "#DIV/0!", "e", "Excel-foutwaarde '#DIV/0!'"),
    (BEDRAG, "1.234,56", "s", "bijv. 1234,56"),
    (BEDRAG, "1,234.56", "s", "geen getal"),
    (BEDRAG, math.inf, "n", "eindige"),
    (BEDRAG, math.nan, "n", "eindige"),
    (BEDRAG, -1.0, "n", "negatieve"),
    (BEDRAG, True, "b", "waarheidswaarde WAAR"),
    (BEDRAG, dt.datetime(2025, 1, 1), "d", "datum"),
    (GEHEEL, 4.5, "n", "geheel getal"),
    (FRACTIE, 85, "n", "bedoelt u 85%"),
    (FRACTIE, "85%", "s", "opmaak %"),
    (KEUZE, "wakker", "s", "kies uit: wakend, slapend, geen"),
    (JANEE, "j", "s", "kies ja of nee"),
    (JANEE, "WAAR", "s", "kies ja of nee"),
    (JANEE, 1, "n", "kies ja of nee"),
    (TEKST, "=1+1", "s", "begint met '='"),
    (TEKST, "@SUM(A1)", "s", "begint met '@'"),
    (TEKST, "-2", "s", "begint met '-'"),
    (TEKST, "a\u202eb", "s", "U+202E"),
    (TEKST, "a\u200bb", "s", "U+200B"),
    (TEKST, "a\x0bb", "s", "U+000B"),
    (TEKST, "x" * 201, "s", "te lang"),
    (TEKST, 3.5, "n", "verwacht tekst"),
])
def test_celomzetting_weigert_met_nederlandse_uitleg(veld: Veld, waarde: Any, datatype: str, stuk: str) -> None:
    uit, fout = zet_om(veld, waarde, datatype)
    assert uit is None
    assert fout is not None and stuk in fout
    assert "\u202e" not in fout and "\x0b" not in fout, "stuurtekens komen niet in de melding"


def test_nooit_factor_1000_uit_tekstgetallen() -> None:
    for tekst in ("1.234", "1.234,56", "€ 1.234,56", "1,5", "12"):
        uit, fout = zet_om(BEDRAG, tekst, "s")
        assert uit is None and fout is not None
