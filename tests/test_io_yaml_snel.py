"""De snelle YAML-weg (libyaml) geeft precies wat de maatgevende ruamel-weg geeft, of laat het aan ruamel.

Onafhankelijke maat: ``yaml_invoer._lees_met_ruamel`` (voorcontrole + ruamel.yaml, YAML 1.2). Voor elke
tekst waarop de snelle weg een uitkomst geeft, moet ruamel dezelfde waarden (ook het type: ``no`` blijft
tekst, ``5`` een int, ``2026-01-01`` een datum), dezelfde regel per pad en hetzelfde aantal waarden geven,
en mag ruamel niet weigeren.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kostprijs.errors import InvoerFout
from kostprijs.io import yaml_invoer, yaml_snel
from tests.foute_invoer import GEVALLEN, VOORBEELDEN

WORTEL = Path(__file__).resolve().parents[1]
ALLE_YAML = sorted(p for map_ in ("examples", "kostprijs", "tests") for p in (WORTEL / map_).rglob("*.y*ml"))
MODELLEN = sorted(VOORBEELDEN.glob("*.yaml"))


def _gelijk(tekst: str) -> bool:
    """Waar als de snelle weg een uitkomst gaf (en die gelijk is aan ruamel); onwaar bij terugvallen."""
    snel = yaml_snel.lees(tekst)
    if snel is None:
        return False
    data, omzetter = yaml_invoer._lees_met_ruamel(tekst, "x.yaml")  # weigert ruamel, dan faalt de test
    assert repr(snel[0]) == repr(data)
    assert snel[0] == data
    assert snel[1] == omzetter.regels
    assert snel[2] == omzetter.knopen
    return True


def test_er_zijn_bestanden() -> None:
    assert len(ALLE_YAML) >= 20 and len(MODELLEN) >= 6


@pytest.mark.parametrize("pad", ALLE_YAML, ids=lambda p: str(p.relative_to(WORTEL)))
def test_alle_yaml_van_het_project(pad: Path) -> None:
    _gelijk(pad.read_text(encoding="utf-8"))


@pytest.mark.parametrize("pad", MODELLEN, ids=lambda p: p.name)
def test_voorbeeldmodellen_nemen_de_snelle_weg(pad: Path) -> None:
    """Anders wint ``kostprijs bereken`` niets (issue Snelheid)."""
    assert _gelijk(pad.read_text(encoding="utf-8"))


def test_windows_regeleinden() -> None:
    tekst = (VOORBEELDEN / "kwv-4-plaatsen.yaml").read_text(encoding="utf-8").replace("\n", "\r\n")
    assert _gelijk(tekst)


@pytest.mark.parametrize("geval", GEVALLEN, ids=lambda g: g.naam)
def test_corpus_van_foute_invoer(geval: Any) -> None:
    try:
        tekst = geval.bewerking((VOORBEELDEN / geval.bron).read_text(encoding="utf-8"))
    except (AssertionError, OSError):
        pytest.skip("bewerking past niet op dit voorbeeld")
    _gelijk(tekst)


@pytest.mark.parametrize("tekst", [
    "a: !!str 12\n",            # tag: ruamel leest tekst
    "a: &x 1\nb: *x\n",          # anker en verwijzing
    "a: 1\na: 2\n",              # dubbele sleutel: ruamel weigert
    "a:\tb\n",                   # tab
    "a: 012\n",                  # voorloopnul: de voorcontrole weigert
    "a: 2025-02-30\n",           # bestaat niet
    "a: 1_000\n",                # scheidingsteken
    "a: 1e5\n",                  # exponent
    "a: .5\n",                   # punt vooraan
    "a: 07:00\n",                # YAML 1.1 zestigtallig
    "1: a\n",                    # sleutel die geen tekst is
    "%YAML 1.2\n---\na: 1\n",    # richtlijn
    "a: 1\n---\nb: 2\n",         # twee documenten
    "<<: {a: 1}\n",              # samenvoegsleutel
    "a: [1, 2\n",                # syntaxfout
    "\ufeffa: 1\n",              # BOM
    "",                          # leeg
])
def test_ongewoon_gaat_naar_ruamel(tekst: str) -> None:
    assert yaml_snel.lees(tekst) is None


@pytest.mark.parametrize(("tekst", "verwacht"), [
    ("a: no\nb: yes\nc: off\n", {"a": "no", "b": "yes", "c": "off"}),   # YAML 1.2: tekst
    ("a: true\nb: FALSE\nc: ~\nd:\ne: null\n", {"a": True, "b": False, "c": None, "d": None, "e": None}),
    ("a: 5\nb: -5\nc: 0.25\nd: -0.0\n", {"a": 5, "b": -5, "c": 0.25, "d": -0.0}),
    ("a: '5'\nb: \"0.25\"\nc: |\n  x\n", {"a": "5", "b": "0.25", "c": "x\n"}),
    ("a: 2026-01-01\n", {"a": __import__("datetime").date(2026, 1, 1)}),
    ("a: [1, {b: c}]\n", {"a": [1, {"b": "c"}]}),
])
def test_waarden_zoals_yaml_12(tekst: str, verwacht: dict[str, Any]) -> None:
    assert _gelijk(tekst)
    snel = yaml_snel.lees(tekst)
    assert snel is not None and snel[0] == verwacht
    assert all(type(snel[0][k]) is type(v) for k, v in verwacht.items())


_TEKENS = [
    *":-[]{},#&*!|>'\"?%@` \n\t0123456789.eE+_xo~=<", "no", "true", "null", "2026-02-30", "1e5", "012",
    "- ", "  ", ": ", "\ufeff", "é", "\r\n", "\r", "---\n", "\u2028", "\x85", "\x00", "\u00a0"]
_BRONNEN = [p.read_text(encoding="utf-8") for p in MODELLEN]


@st.composite
def _bewerkt(draw: st.DrawFn) -> str:
    tekst = draw(st.sampled_from(_BRONNEN))
    for _ in range(draw(st.integers(1, 4))):
        plek = draw(st.integers(0, len(tekst)))
        soort = draw(st.sampled_from(["invoegen", "weghalen", "regel"]))
        if soort == "invoegen":
            tekst = tekst[:plek] + draw(st.sampled_from(_TEKENS)) + tekst[plek:]
        elif soort == "weghalen":
            tekst = tekst[:plek] + tekst[plek + draw(st.integers(1, 5)):]
        else:
            regels = tekst.split("\n")
            regel = regels[draw(st.integers(0, len(regels) - 1))]
            regels.insert(draw(st.integers(0, len(regels))), regel)
            tekst = "\n".join(regels)
    return tekst


@settings(max_examples=300, deadline=None, database=None)
@given(_bewerkt())
def test_bewerkte_modellen(tekst: str) -> None:
    """Bewerkte voorbeelden (tekens erbij, eraf, regels verdubbeld): geen verschil met ruamel."""
    try:
        _gelijk(tekst)
    except InvoerFout as e:  # ruamel weigert wat de snelle weg las: dat is het verschil dat niet mag
        pytest.fail(f"de snelle weg las wat ruamel weigert: {e}")
