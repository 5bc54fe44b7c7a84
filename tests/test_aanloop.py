"""Aanloop maand voor maand: docs/referentiecasus.md (verlies -157.199,09) en het pad uit het bezettingsmodel."""

from __future__ import annotations

import numpy as np
import pytest

from kostprijs.core import bezetting as b
from kostprijs.core.afronding import rond_af
from kostprijs.scenario import aanloop as al
from kostprijs.scenario import financiering as fi
from kostprijs.scenario.invoer import Scenario, maak

PAD_9_9 = [0.25, 0.25, 0.5, 0.5, 0.75, 0.75, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9]


def test_aanloop_9_9(referentie_model) -> None:  # type: ignore[no-untyped-def]
    pad = al.aanloop(referentie_model, fi.regels_uit([{"soort": "dagtarief", "norm": 0.9}]),
                     bezetting_per_maand=PAD_9_9)
    som = al.samenvatting(pad).iloc[0]
    # docs/referentiecasus.md: opbrengst 683.370,06; kosten 840.569,15; aanloopverlies -157.199,09
    assert rond_af(som["opbrengst"]) == 683_370.06
    assert rond_af(som["kosten"]) == 840_569.15
    assert rond_af(som["resultaat"]) == -157_199.09
    assert som["bezette_dagen"] == pytest.approx(1022.0)
    assert som["startbedrag"] >= -som["resultaat"]
    assert len(pad) == 12 and pad["maand"].tolist() == list(range(1, 13))


def test_beschikbaarheid_heeft_geen_aanloopverlies(referentie_model) -> None:  # type: ignore[no-untyped-def]
    pad = al.aanloop(referentie_model, fi.regels_uit([{"soort": "beschikbaarheid"}]), bezetting_per_maand=PAD_9_9)
    som = al.samenvatting(pad).iloc[0]
    # vast deel dekt de vaste kosten plus risico-opslag; variabel deel de variabele: resultaat = 3% van de kosten
    assert som["resultaat"] == pytest.approx(0.03 * som["kosten"], rel=1e-12)
    assert som["startbedrag"] == 0.0


def test_aanloop_uit_model_sluit_aan_op_3_6(referentie_model) -> None:  # type: ignore[no-untyped-def]
    sc = maak(Scenario, {"bezetting": {"soort": "wachtlijst", "plaatsen": 5, "verblijfsduur_dagen": 365,
                                       "gat_dagen": 30}, "aanwezig_bij_start": 2, "stabilisatie_dagen": 120,
                         "plafond": 2})
    pad = al.aanloop(referentie_model, fi.regels_uit([{"soort": "dagtarief"}]), scenario=sc)
    assert pad["bezette_dagen"].sum() / (5 * 365) == pytest.approx(0.7020, abs=5e-5)  # docs/bezetting.md
    # tijdens de stabilisatie hoogstens 2 aanwezig
    assert (pad["bezettingsgraad"].iloc[:3] <= 0.4 + 1e-12).all()
    assert pad["bezettingsgraad"].iloc[-1] > 0.85


def test_stationair_pad_is_vlak(referentie_model) -> None:  # type: ignore[no-untyped-def]
    sc = maak(Scenario, {"bezetting": {"soort": "wachtlijst", "plaatsen": 4, "verblijfsduur_dagen": 270,
                                       "gat_dagen": 45}})
    d = al.maandpad(referentie_model, scenario=sc, maanden=24)
    assert np.allclose(d, 4 * 365 / 12 * 270 / 315, rtol=1e-9)


def test_maandpad_gelijk_aan_exacte_keten() -> None:
    fasen = [b.Fase(90, b.snelheden_erlang(5, 3 / 180, plafond=3)), b.Fase(275, b.snelheden_erlang(5, 3 / 180))]
    maanden = b.verwachting_per_periode(fasen, 180, b.eenheidsvector(5, 0), [0, 31, 59, 90, 365])
    assert maanden.sum() == pytest.approx(float(b.momenten(fasen, 180, b.eenheidsvector(5, 0)).verwachting))
