"""Eigenschappen die voor elk geldig model gelden (hypothesis)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kostprijs import KwvModel, bereken
from kostprijs.core.conventies import aandeel_uit_opslag, opslag_uit_aandeel
from tests.strategies import model_dicts

INSTELLINGEN = settings(max_examples=150, deadline=None)


@INSTELLINGEN
@given(model_dicts())
def test_componenten_tellen_op_tot_totaal(d: dict[str, Any]) -> None:
    r = bereken(KwvModel.model_validate(d))
    w = r.waarde
    som = w("personeelskosten_per_jaar") + w("clientkosten_per_jaar") + w("huisvesting_per_jaar") + w(
        "overhead_per_jaar")
    assert som == pytest.approx(w("kostprijs_per_jaar"), rel=1e-12)
    assert w("kostprijs_per_jaar") + w("indexering_per_jaar") + w("risico_per_jaar") == pytest.approx(
        w("tariefbudget_per_jaar"), rel=1e-12)
    personeel = sum(f.waarde for f in r.figuren.values()
                    if f.sleutel.startswith(("personeelskosten.", "inhuurkosten.")))
    assert personeel == pytest.approx(w("personeelskosten_per_jaar"), rel=1e-12)
    assert w("tarief_per_bezet_etmaal") * w("bezette_etmalen") == pytest.approx(w("tariefbudget_per_jaar"), rel=1e-12)


@INSTELLINGEN
@given(model_dicts())
def test_amvb_telt_op_tot_tarief(d: dict[str, Any]) -> None:
    r = bereken(KwvModel.model_validate(d))
    som = sum(r.waarde(f"amvb_{e}_per_bezet_etmaal") for e in "abcd") + r.waarde("amvb_buiten_risico_per_bezet_etmaal")
    assert som == pytest.approx(r.waarde("tarief_per_bezet_etmaal"), rel=1e-12)


@INSTELLINGEN
@given(model_dicts(), st.floats(0.3, 0.99), st.floats(0.001, 0.5))
def test_tarief_daalt_als_bezetting_stijgt(d: dict[str, Any], laag: float, stap: float) -> None:
    hoog = min(1.0, laag + stap)
    t_laag = bereken(KwvModel.model_validate({**d, "bezettingsgraad": laag})).waarde("tarief_per_bezet_etmaal")
    t_hoog = bereken(KwvModel.model_validate({**d, "bezettingsgraad": hoog})).waarde("tarief_per_bezet_etmaal")
    assert t_hoog <= t_laag * (1 + 1e-12)


def _schaal_bedragen(d: dict[str, Any], k: float) -> dict[str, Any]:
    """Vermenigvuldig elk geldbedrag in het model met k (percentages, uren en aantallen blijven)."""
    d = copy.deepcopy(d)
    for f in d["functies"]:
        f["maandsalaris"] *= k
        if "inhuur" in f:
            f["inhuur"]["uurtarief"] *= k
    d["loonkosten"]["vakantietoeslag_minimum_per_maand"] *= k
    for groep in ("per_bezet_etmaal", "vast_per_jaar"):
        d["clientkosten"][groep] = {n: v * k for n, v in d["clientkosten"][groep].items()}
    h = d["huisvesting"]
    posten = ("huur_per_jaar", "energie_en_water", "onderhoud_en_schoonmaak", "verzekeringen_en_belastingen", "overig")
    for veld in posten:
        if veld in h:
            h[veld] *= k
    if "eigendom" in h:
        h["eigendom"]["investering"] *= k
    if "bedrag_per_jaar" in d["overhead"]:
        d["overhead"]["bedrag_per_jaar"] *= k
    if "ort_tabel" in d:
        d["ort_tabel"]["maximum_uurloon"] *= k
    return d


@INSTELLINGEN
@given(model_dicts(), st.sampled_from([0.5, 1.1, 2.0, 3.7]))
def test_bedragen_maal_k_geeft_tarief_maal_k(d: dict[str, Any], k: float) -> None:
    t = bereken(KwvModel.model_validate(d)).waarde("tarief_per_bezet_etmaal")
    tk = bereken(KwvModel.model_validate(_schaal_bedragen(d, k))).waarde("tarief_per_bezet_etmaal")
    assert tk == pytest.approx(k * t, rel=1e-9)


@INSTELLINGEN
@given(model_dicts(), st.floats(0.0, 0.6))
def test_overheadconventies_zijn_elkaars_omrekening(d: dict[str, Any], s: float) -> None:
    d = {**d, "overhead": {"percentage": s},
         "conventies": {**d["conventies"], "overhead_conventie": "aandeel_totaal"}}
    als_aandeel = bereken(KwvModel.model_validate(d))
    o = float(opslag_uit_aandeel(s))
    d2 = {**d, "overhead": {"percentage": o}, "conventies": {**d["conventies"], "overhead_conventie": "opslag_direct"}}
    if o >= 1:  # een opslag van 100% of meer kan niet als invoer; de omrekening zelf blijft exact
        assert float(aandeel_uit_opslag(o)) == pytest.approx(s, rel=1e-12)
        return
    als_opslag = bereken(KwvModel.model_validate(d2))
    assert als_opslag.waarde("tarief_per_bezet_etmaal") == pytest.approx(
        als_aandeel.waarde("tarief_per_bezet_etmaal"), rel=1e-12)
    assert float(aandeel_uit_opslag(o)) == pytest.approx(s, rel=1e-12)
    # het aandeel overhead in (grondslag + overhead) is s
    w = als_aandeel.waarde
    per_component = {"personeel": "personeelskosten_per_jaar", "clientkosten": "clientkosten_per_jaar",
                     "huisvesting": "huisvesting_per_jaar"}
    grondslag = sum(w(per_component[c]) for c in d["conventies"]["overhead_grondslag"])
    if grondslag > 1e-300:  # bij een subnormale grondslag (5e-324) rondt opslag x grondslag af naar 0
        assert w("overhead_per_jaar") / (grondslag + w("overhead_per_jaar")) == pytest.approx(s, rel=1e-9, abs=1e-12)


@INSTELLINGEN
@given(model_dicts(), st.floats(0.0, 0.2))
def test_risicogrondslagen_zijn_elkaars_omrekening(d: dict[str, Any], r: float) -> None:
    tarief = bereken(KwvModel.model_validate(
        {**d, "risico_opslag": r, "conventies": {**d["conventies"], "risico_grondslag": "tarief"}}))
    kostprijs = bereken(KwvModel.model_validate(
        {**d, "risico_opslag": r / (1 - r), "conventies": {**d["conventies"], "risico_grondslag": "kostprijs"}}))
    assert tarief.waarde("tarief_per_bezet_etmaal") == pytest.approx(kostprijs.waarde("tarief_per_bezet_etmaal"),
                                                                     rel=1e-12)
    assert tarief.waarde("risico_per_jaar") / tarief.waarde("tariefbudget_per_jaar") == pytest.approx(r, abs=1e-12)


@INSTELLINGEN
@given(model_dicts())
def test_vast_plus_variabel_gelijk_aan_dagtarief_bij_norm(d: dict[str, Any]) -> None:
    r = bereken(KwvModel.model_validate(d))
    w = r.waarde
    assert w("vast_per_jaar") + w("variabel_per_bezet_etmaal") * w("bezette_etmalen") == pytest.approx(
        w("tariefbudget_per_jaar"), rel=1e-12)


@INSTELLINGEN
@given(model_dicts())
def test_kostenregels_vast_plus_variabel_is_kostprijs(d: dict[str, Any]) -> None:
    r = bereken(KwvModel.model_validate(d))
    vast = sum(f.waarde for f in r.figuren.values() if f.kostengedrag == "vast")
    variabel = sum(f.waarde for f in r.figuren.values() if f.kostengedrag == "variabel")
    assert vast + variabel == pytest.approx(r.waarde("kostprijs_per_jaar"), rel=1e-12)
    # variabele regels schalen met de bezette etmalen
    assert variabel == pytest.approx(
        r.waarde("bezette_etmalen") * r.waarde("variabel_per_bezet_etmaal")
        / (r.waarde("tariefbudget_per_jaar") / r.waarde("kostprijs_per_jaar")), rel=1e-9, abs=1e-6)
