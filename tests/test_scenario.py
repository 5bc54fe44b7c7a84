"""Scenario-rasters over de tariefopbouw: referentiecasus (docs/referentiecasus.md)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kostprijs import bereken
from kostprijs.core.afronding import rond_af, rond_af_array
from kostprijs.scenario import cluster, grootte, raster, tornado
from kostprijs.scenario.basis import model_met

# docs/referentiecasus.md: tarief per bezet etmaal bij 80%..100%
BEZETTINGSRIJ = {0.80: 746.75, 0.85: 705.41, 0.90: 668.66, 0.95: 635.78, 1.00: 606.19}


def test_bezettingsrij_via_raster(referentie_model) -> None:  # type: ignore[no-untyped-def]
    df = raster.raster(referentie_model, bezettingsgraad=list(BEZETTINGSRIJ))
    assert list(rond_af_array(df["tarief_per_bezet_etmaal"].to_numpy())) == list(BEZETTINGSRIJ.values())
    assert list(df["bezettingsgraad"]) == list(BEZETTINGSRIJ)


def test_raster_is_tidy_en_volledig(referentie_model) -> None:  # type: ignore[no-untyped-def]
    df = raster.raster(referentie_model, {"bezettingsgraad": [0.8, 0.9], "huisvesting": [40_000, 49_100, 60_000]},
                       risico_opslag=[0.0, 0.03])
    assert len(df) == 12
    rij = df[(df.bezettingsgraad == 0.9) & (df.huisvesting == 49_100) & (df.risico_opslag == 0.03)]
    assert rond_af(float(rij["tarief_per_bezet_etmaal"].iloc[0])) == 668.66
    assert rond_af(float(rij["tariefbudget"].iloc[0])) == 878_618.65


def _groepssalaris(model: Any, salaris: float) -> Any:
    functies = [f.model_dump() for f in model.functies]
    functies[0] = {**functies[0], "maandsalaris": salaris}
    return model_met(model, functies=functies)


@pytest.mark.parametrize("salaris", [3000.0, 3500.0, 4250.0])
def test_salarisas_gelijk_aan_opnieuw_gevalideerd_model(referentie_model, salaris: float) -> None:  # type: ignore[no-untyped-def]
    """Gevectoriseerd salaris = hetzelfde model met ander salaris door de volledige scalaire API."""
    df = raster.raster(referentie_model, {"bezettingsgraad": [0.85, 0.9], "maandsalaris.groepsleiding": [salaris]})
    for u in (0.85, 0.9):
        m = model_met(_groepssalaris(referentie_model, salaris), bezettingsgraad=u)
        verwacht = bereken(m).waarde("tarief_per_bezet_etmaal")
        uit = float(df[df.bezettingsgraad == u]["tarief_per_bezet_etmaal"].iloc[0])
        assert uit == pytest.approx(verwacht, rel=1e-12)


def _rooster(model: Any, diensten: list[dict[str, Any]]) -> Any:
    return model_met(model, rooster={**model.rooster.model_dump(), "diensten": diensten})


def test_roostervarianten_9_6(referentie_model) -> None:  # type: ignore[no-untyped-def]
    """``docs/referentiecasus.md#uitkomsten``: wakende nacht 741,95 en licht rooster 480,19 bij 90%."""
    d = [x.model_dump() for x in referentie_model.rooster.diensten]
    wakend = _rooster(referentie_model, [*d[:3], {**d[3], "soort": "wakker"}])
    licht = _rooster(referentie_model, [{"naam": "dag", "begin": "07:00", "eind": "23:00", "personeel": 1,
                                         "dagen": "alle", "soort": "wakker"}, d[3]])
    df = raster.raster(referentie_model, varianten={"basis": referentie_model, "wakende nacht": wakend,
                                                    "licht": licht}, bezettingsgraad=[0.9])
    uit = dict(zip(df["variant"], rond_af_array(df["tarief_per_bezet_etmaal"].to_numpy()), strict=True))
    assert uit == {"basis": 668.66, "wakende nacht": 741.95, "licht": 480.19}


@settings(max_examples=25, deadline=None)
@given(u=st.floats(0.3, 1.0), h=st.floats(0, 200_000), r=st.floats(0, 0.2))
def test_raster_gelijk_aan_scalaire_kern(u: float, h: float, r: float) -> None:
    """Eén punt uit een raster = de keten met dezelfde scalaire invoer (huisvesting: alle posten geschaald)."""
    import dataclasses

    from kostprijs import lees_model
    from kostprijs.core.keten import opbouw
    from kostprijs.oplossen import los_op
    from kostprijs.scenario import assen
    from tests.conftest import REFERENTIE

    m = _MODEL.setdefault("m", lees_model(REFERENTIE))
    df = raster.raster(m, bezettingsgraad=[u, 0.9], huisvesting=[h], risico_opslag=[r])
    o = los_op(m)
    kern = assen.zet(o.kern, assen.zoek("huisvesting", o.structuur), np.asarray(h))
    kern = dataclasses.replace(kern, bezettingsgraad=u, risico_percentage=r)
    ob = opbouw(kern)
    assert float(ob.huisvesting) == pytest.approx(h, rel=1e-12, abs=1e-9)
    assert float(df["tarief_per_bezet_etmaal"].iloc[0]) == pytest.approx(float(ob.tarief_per_bezet_etmaal),
                                                                        rel=1e-13)


_MODEL: dict[str, Any] = {}


def test_tarief_daalt_met_grootte_bij_vast_rooster(referentie_model) -> None:  # type: ignore[no-untyped-def]
    df = grootte.tarief_naar_grootte(referentie_model, maximum_tarief=700.0)
    assert df["plaatsen"].tolist() == list(range(1, 9))
    t = df["tarief_per_bezet_etmaal"].to_numpy()
    assert np.all(np.diff(t) < 0)
    assert rond_af(float(t[3])) == 668.66
    assert df["betaalbaar"].tolist() == [False, False, False, True, True, True, True, True]
    # vast rooster: tariefbudget = vast + variabel x bezette dagen (``docs/referentiecasus.md#uitkomsten``)
    assert float(df["tariefbudget"].iloc[0]) == pytest.approx(820_872.7298 + 43.946667 * 365 * 0.9, rel=1e-7)


def test_roosterregel_per_grootte(referentie_model) -> None:  # type: ignore[no-untyped-def]
    regel = grootte.Roosterregel.model_validate({"stappen": [
        {"dienst": "laat", "vanaf_plaatsen": 1, "personeel": 1},
        {"dienst": "laat", "vanaf_plaatsen": 4, "personeel": 2},
        {"dienst": "weekend midden", "vanaf_plaatsen": 1, "personeel": 0},
        {"dienst": "weekend midden", "vanaf_plaatsen": 4, "personeel": 1}]})
    df = grootte.tarief_naar_grootte(referentie_model, [3, 4], regel)
    assert rond_af(float(df["tarief_per_bezet_etmaal"].iloc[1])) == 668.66
    # 3 plaatsen: 56 + 56 wakkere uren per week + slaapnacht (28) = 140 betaalde uren in plaats van 212
    fte3 = float(df["fte_totaal"].iloc[0]) - 0.35
    assert fte3 == pytest.approx(140 * 365 / 7 / 1401.9571428571, rel=1e-9)


def test_cluster_een_woning_is_zelfstandig(referentie_model) -> None:  # type: ignore[no-untyped-def]
    df = cluster.cluster(referentie_model, ["nacht"], [1, 2, 3])
    assert float(df["tarief_in_cluster"].iloc[0]) == pytest.approx(float(df["tarief_zelfstandig"].iloc[0]))
    # twee woningen delen één slaapnacht: besparing = helft van de nachtdienst per woning, met overhead en
    # risico: 1460 uur / 1.401,9571 netto uur x 67.338,18 x 4/3 x 1,03 / 2 (referentiecasus)
    verwacht = 1460 / 1401.9571428571 * 67_338.18 * (4 / 3) * 1.03 / 2
    assert float(df["besparing_per_woning_per_jaar"].iloc[1]) == pytest.approx(verwacht, abs=1.0)
    assert np.all(np.diff(df["tarief_in_cluster"].to_numpy()) < 0)


def test_tornado_gesorteerd_en_consistent(referentie_model) -> None:  # type: ignore[no-untyped-def]
    df = tornado.tornado(referentie_model)
    assert df["bereik"].is_monotonic_decreasing
    rij = df[df["invoer"] == "bezettingsgraad"].iloc[0]
    assert rond_af(float(rij["tarief_laag"])) == 705.41 and rond_af(float(rij["tarief_hoog"])) == 635.78
    assert df.attrs["tarief_basis"] == pytest.approx(668.6595508728, rel=1e-10)
    sal = df[df["invoer"] == "maandsalaris.groepsleiding"].iloc[0]
    assert float(sal["basiswaarde"]) == pytest.approx(3500.0)


def test_breakeven(referentie_model) -> None:  # type: ignore[no-untyped-def]
    t = float(raster.raster(referentie_model, bezettingsgraad=[0.9])["tarief_per_bezet_etmaal"].iloc[0])
    df = raster.breakeven(referentie_model, [t, 600.0, 40.0], "tariefbudget")
    assert float(df["breakeven_bezettingsgraad"].iloc[0]) == pytest.approx(0.9, rel=1e-12)
    assert df["haalbaar"].tolist() == [True, False, False]
    kp = raster.breakeven(referentie_model, [668.66])
    assert round(float(kp["breakeven_bezettingsgraad"].iloc[0]), 4) == 0.872
