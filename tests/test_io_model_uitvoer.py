"""Een model als YAML (lees-excel, webapplicatie, normmodel) leest precies zo terug, ook met getallen die
17 significante cijfers nodig hebben (0.1 + 0.2) en met kloktijden en datums."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from kostprijs import lees_model_tekst
from kostprijs.io.model_uitvoer import model_yaml
from tests.conftest import REFERENTIE

BASIS = lees_model_tekst(REFERENTIE.read_text(encoding="utf-8"))


def test_kop_en_kloktijden() -> None:
    tekst = model_yaml(BASIS, "regel een\nregel twee")
    assert tekst.startswith("# regel een\n# regel twee\n")
    assert 'begin: "07:00"' in tekst
    assert lees_model_tekst(tekst) == BASIS


def test_zeventien_cijfers_lezen_terug() -> None:
    m = BASIS.model_copy(update={"bezettingsgraad": 0.1 + 0.2, "risico_opslag": 1 / 3})
    tekst = model_yaml(m, "kop")
    assert "0.30000000000000004" in tekst
    assert lees_model_tekst(tekst) == m


def test_alleen_gegeven_laat_het_register_weg() -> None:
    kort = lees_model_tekst((REFERENTIE.parent / "kwv-4-plaatsen-kort.yaml").read_text(encoding="utf-8"))
    tekst = model_yaml(kort, "kop", alleen_gegeven=True)
    assert "verlofuren" not in tekst and "vakantietoeslag" not in tekst  # uit het register
    assert lees_model_tekst(tekst) == kort


def test_peildatum_blijft_een_datum() -> None:
    m = lees_model_tekst(REFERENTIE.read_text(encoding="utf-8") + "peildatum: 2025-03-01\n")
    tekst = model_yaml(m, "kop")
    assert "peildatum: 2025-03-01" in tekst
    assert lees_model_tekst(tekst).peildatum == dt.date(2025, 3, 1)


@settings(max_examples=200, deadline=None, database=None)
@given(st.floats(min_value=0.01, max_value=1.0, allow_nan=False, allow_subnormal=False),
       st.floats(min_value=0.0, max_value=0.5, allow_nan=False, allow_subnormal=False))
def test_elke_float_leest_exact_terug(bezetting: float, risico: float) -> None:
    m = BASIS.model_copy(update={"bezettingsgraad": bezetting, "risico_opslag": risico})
    terug = lees_model_tekst(model_yaml(m, "kop"))
    assert terug.bezettingsgraad == bezetting and terug.risico_opslag == risico
