"""Financieringsvormen P(D): regels tegen docs/bezetting.md (referentiewaarden) en docs/referentiecasus.md, exact
tegen Monte Carlo."""

from __future__ import annotations

import functools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kostprijs.core import bezetting as b
from kostprijs.core import financiering as kf
from kostprijs.core.afronding import rond_af
from kostprijs.scenario import financiering as fi
from kostprijs.scenario.basis import Kostenbasis, kostenbasis
from kostprijs.scenario.invoer import Scenario, maak

# ``docs/bezetting.md#financieringsvormen-uitgewerkt-voorbeeld`` (illustratieve kosten): c = 5, F = 750.000, v = 25
C, T, F, V = 5, 365, 750_000.0, 25.0
CAP = C * T
KLEIN_F = F / CAP
P_A, P_B = KLEIN_F / 0.85 + V, KLEIN_F / 0.95 + V

REGELS_6_3 = {
    "A": lambda d: kf.dagtarief(d, P_A),
    "B": lambda d: kf.dagtarief(d, P_B),
    "C": lambda d: kf.leegstandsvergoeding(d, CAP, KLEIN_F + V, 0.8 * KLEIN_F / (KLEIN_F + V)),
    "D": lambda d: kf.beschikbaarheid(d, 0.7 * F, 0.3 * KLEIN_F / 0.85 + V),
    "E": lambda d: kf.beschikbaarheid(d, F, V),
    "F": lambda d: kf.lumpsum(d, F + V * 0.85 * CAP),
    "G": lambda d: kf.garantie(d, P_A, 0.8 * CAP),
    "H": lambda d: kf.corridor(d, P_A, 0.85 * CAP, 0.5),
}

# docs/bezetting.md (referentiewaarden, financieringsvormen): resultaat aanbieder bij u = 60, 70, 80, 85, 90, 100%
SCENARIOTABEL = {
    "A": (-220_588, -132_353, -44_118, 0, 44_118, 132_353),
    "B": (-276_316, -197_368, -118_421, -78_947, -39_474, 39_474),
    "C": (-60_000, -45_000, -30_000, -22_500, -15_000, 0),
    "D": (-66_176, -39_706, -13_235, 0, 13_235, 39_706),
    "E": (0, 0, 0, 0, 0, 0),
    "F": (11_406, 6_844, 2_281, 0, -2_281, -6_844),
    "G": (-34_993, -39_555, -44_118, 0, 44_118, 132_353),
    "H": (-104_591, -62_755, -20_918, 0, 20_918, 62_755),
}


@pytest.mark.parametrize("regel", SCENARIOTABEL)
def test_scenariotabel_6_3(regel: str) -> None:
    d = np.array([0.60, 0.70, 0.80, 0.85, 0.90, 1.00]) * CAP
    resultaat = REGELS_6_3[regel](d) - kf.kosten(d, F, V)
    assert np.allclose(resultaat, SCENARIOTABEL[regel], atol=1.0)


# docs/bezetting.md (referentiewaarden; 200.000 MC-jaren): E[betaling], SD betaling; a, b van P = a + bD
MC_6_3 = {
    "A": (795_371, 63_128, 0.0, P_A),
    "B": (715_764, 56_810, 0.0, P_B),
    "C": (767_670, 13_308, 0.8 * KLEIN_F * CAP, KLEIN_F + V - 0.8 * KLEIN_F),
    "D": (790_985, 21_111, 0.7 * F, 0.3 * KLEIN_F / 0.85 + V),
    "E": (789_105, 3_104, F, V),
    "H": (792_076, 31_564, 0.5 * P_A * 0.85 * CAP, 0.5 * P_A),
}


@pytest.mark.parametrize("regel", MC_6_3)
def test_exacte_momenten_tegen_gepubliceerde_mc(regel: str) -> None:
    """Wachtlijst L = 270, G = 45, stationair: exact E en SD tegen de MC-tabel (4 standaardfouten)."""
    s = b.snelheden_wachtlijst(C, 45.0)
    m = b.momenten([b.Fase(T, s)], 270.0, b.stationair(s, 270.0))
    e_ref, sd_ref, a, bb = MC_6_3[regel]
    e, sd = kf.lineaire_momenten(a, bb, m.verwachting, m.variantie)
    n = 200_000
    assert abs(float(e) - e_ref) <= 4 * sd_ref / np.sqrt(n) + 1
    assert abs(float(sd) - sd_ref) <= 4 * sd_ref * np.sqrt(2 / n) + 1
    # de lineaire vorm is echt de regel
    d = np.array([1000.0, 1500.0])
    assert np.allclose(REGELS_6_3[regel](d), a + bb * d)


def test_kosten_6_3_verwacht() -> None:
    s = b.snelheden_wachtlijst(C, 45.0)
    m = b.momenten([b.Fase(T, s)], 270.0, b.stationair(s, 270.0))
    assert round(float(kf.kosten(m.verwachting, F, V))) == pytest.approx(789_105, abs=50)
    assert round(100 * float(m.verwachting) / CAP, 1) == 85.7


def test_beschikbaarheid_gelijk_aan_dagtarief_bij_norm_9_7(referentie_model) -> None:  # type: ignore[no-untyped-def]
    k = kostenbasis(referentie_model)
    # ``docs/referentiecasus.md#uitkomsten``: vast 820.872,73 per jaar, variabel 43,95 per bezet etmaal, tarief 668,66
    assert rond_af(k.vast_tarief) == 820_872.73
    assert rond_af(k.variabel_tarief) == 43.95
    d_norm = 0.9 * 4 * 365
    beschikbaar = float(kf.beschikbaarheid(d_norm, k.vast_tarief, k.variabel_tarief))
    dag = float(kf.dagtarief(d_norm, k.tarief(0.9)))
    assert beschikbaar == pytest.approx(dag, rel=1e-13)
    assert rond_af(beschikbaar) == 878_618.65
    assert rond_af(k.tarief(0.9)) == 668.66


@functools.cache
def _referentie_basis() -> Kostenbasis:
    from kostprijs import lees_model
    from tests.conftest import REFERENTIE

    return kostenbasis(lees_model(REFERENTIE))


@settings(max_examples=40, deadline=None)
@given(norm=st.floats(0.3, 1.0), aandeel=st.floats(0.0, 1.0))
def test_beschikbaarheid_en_tweeledig_betalen_dagtarief_bij_norm(norm: float, aandeel: float) -> None:
    k = _referentie_basis()
    d = np.array([norm * k.capaciteit])
    regels = fi.regels_uit([{"soort": "dagtarief", "norm": norm},
                            {"soort": "beschikbaarheid", "norm": norm, "aandeel_vast": aandeel},
                            {"soort": "corridor", "norm": norm, "deel": aandeel},
                            {"soort": "lumpsum", "norm": norm}])
    betalingen = [float(fi.betaling(r, k, d)[0]) for r in regels]
    assert betalingen == pytest.approx([betalingen[0]] * 4, rel=1e-12)
    assert betalingen[0] == pytest.approx(k.budget(norm), rel=1e-12)


def test_corridor_uitersten() -> None:
    d = np.array([900.0, 1200.0, 1400.0])
    assert np.allclose(kf.corridor(d, 500.0, 1200.0, 1.0), kf.dagtarief(d, 500.0))
    assert np.allclose(kf.corridor(d, 500.0, 1200.0, 0.0), 500.0 * 1200.0)
    # band van 100 dagen: binnen de band dagtarief, daarbuiten de helft van de rest
    assert np.allclose(kf.corridor(d, 500.0, 1200.0, 0.5, 100.0), 500.0 * np.array([1100 - 100, 1200, 1300 + 50]))


def test_leegstand_met_plafonds() -> None:
    d = np.array([1000.0])
    # 460 lege plaatsdagen, 50% van 600 = 300 per leeg dag; jaarmaximum 100 dagen
    assert float(kf.leegstandsvergoeding(d, 1460, 600.0, 0.5)[0]) == 600_000 + 460 * 300
    assert float(kf.leegstandsvergoeding(d, 1460, 600.0, 0.5, max_dagen_per_jaar=100)[0]) == 600_000 + 100 * 300
    assert float(kf.leegstandsvergoeding(d, 1460, 600.0, 0.5, betaalbare_leegstand=np.array([200.0]))[0]) == (
        600_000 + 200 * 300)


def test_garantie_en_plafond_zijn_opties() -> None:
    d = np.array([800.0, 1200.0])
    assert list(kf.garantie(d, 100.0, 1000.0)) == [100_000.0, 120_000.0]
    assert list(kf.plafond(d, 100.0, 1000.0)) == [80_000.0, 100_000.0]


def test_breakeven_bezetting() -> None:
    # F = 796.963,82, v = 42,67, 4 plaatsen: tarief 668,66 dekt de kostprijs bij 87,2%
    u = kf.breakeven_bezetting(668.66, 796_963.8153853487, 128 / 3, 1460)
    assert round(float(u), 4) == round(796_963.8153853487 / (1460 * (668.66 - 128 / 3)), 4) == 0.872
    assert float(kf.breakeven_bezetting(40.0, 1.0, 42.0, 1460)) == np.inf


def test_samenvatting() -> None:
    s = kf.samenvatting(np.arange(-10.0, 90.0))
    assert float(s.verwachting) == pytest.approx(39.5)
    assert float(s.kans_negatief) == pytest.approx(0.10)
    assert float(s.p5) == pytest.approx(np.percentile(np.arange(-10.0, 90.0), 5))


def test_lineaire_regels_exact_gelijk_aan_mc(referentie_model) -> None:  # type: ignore[no-untyped-def]
    """Acceptatie 3: voor lineaire regels E[P] exact = MC binnen 4 standaardfouten (vaste seed)."""
    sc = maak(Scenario, {"bezetting": {"soort": "wachtlijst", "plaatsen": 5, "verblijfsduur_dagen": 365,
                                       "gat_dagen": 30}, "aanwezig_bij_start": 2, "stabilisatie_dagen": 120,
                         "plafond": 2, "runs": 40_000, "seed": 4})
    regels = fi.regels_uit([{"soort": "dagtarief"}, {"soort": "beschikbaarheid"},
                            {"soort": "beschikbaarheid", "aandeel_vast": 0.7},
                            {"soort": "leegstandsvergoeding", "percentage": 0.8, "norm": 1.0},
                            {"soort": "lumpsum"}, {"soort": "corridor", "deel": 0.5},
                            {"soort": "garantie", "minimum": 0.8}])
    df = fi.vergelijk(referentie_model, sc, regels)
    lin = df[df["lineair"]]
    assert len(lin) == 6 and not bool(df["lineair"].iloc[-1])
    n = sc.runs
    for _, r in lin.iterrows():
        assert abs(r["betaling"] - r["betaling_exact"]) <= 4 * r["sd_betaling_exact"] / np.sqrt(n) + 1e-6
        se_sd = 1.5 * r["sd_betaling_exact"] * np.sqrt(2 / n)  # ruim: verdeling van D is scheef
        assert abs(r["sd_betaling"] - r["sd_betaling_exact"]) <= 4 * se_sd + 1e-6
        assert abs(r["resultaat"] - r["resultaat_exact"]) <= 4 * r["sd_resultaat"] / np.sqrt(n) + 1e-6
    assert df.attrs["bezetting_exact"] == pytest.approx(0.7020, abs=5e-5)  # docs/bezetting.md#referentiewaarden: 70,2%
    a = df.attrs
    assert abs(a["bezetting_mc"] - a["bezetting_exact"]) <= 4 * a["sd_bezetting_exact"] / np.sqrt(n)


def test_maximum_per_gat_betaalt_minder(referentie_model) -> None:  # type: ignore[no-untyped-def]
    sc = maak(Scenario, {"bezetting": {"soort": "wachtlijst", "plaatsen": 4, "verblijfsduur_dagen": 270,
                                       "gat_dagen": 45}, "runs": 4000, "seed": 3, "inloop_jaren": 3})
    regels = fi.regels_uit([{"soort": "leegstandsvergoeding", "percentage": 0.8, "norm": 1.0},
                            {"soort": "leegstandsvergoeding", "percentage": 0.8, "norm": 1.0,
                             "max_dagen_per_gat": 30}])
    df = fi.vergelijk(referentie_model, sc, regels)
    zonder, met = df["betaling"]
    assert met < zonder
    k = kostenbasis(referentie_model)
    # verwacht betaald deel van de leegstand: 1 - e^{-30/45} (``docs/bezetting.md#financieringsvormen``)
    leeg = k.capaciteit * (1 - 270 / 315)
    verwacht = zonder - 0.8 * k.tarief(1.0) * leeg * np.exp(-30 / 45)
    assert met == pytest.approx(verwacht, rel=0.01)


def test_bezettingskerngetallen_erlang() -> None:
    """Erlang c = 5, A = 4 (λ = 4/180 per dag): B = 0,1991, weigeringen 365·λ·B, gat L(1-ρ)/ρ (docs/bezetting.md)."""
    sc = maak(Scenario, {"bezetting": {"soort": "verlies", "plaatsen": 5, "verblijfsduur_dagen": 180,
                                       "verwijzingen_per_jaar": 365 * 4 / 180}})
    k = fi.bezettingskerngetallen(sc)
    assert round(k["kans_vol"], 4) == 0.1991
    assert k["weigeringen_per_jaar"] == pytest.approx(365 * 4 / 180 * k["kans_vol"])
    assert round(k["stationaire_bezetting"], 3) == 0.641  # tabel 3.1: 64,1%
    assert k["gat_dagen"] == pytest.approx(180 * (1 - k["stationaire_bezetting"]) / k["stationaire_bezetting"])
    assert k["bezetting_periode"] == pytest.approx(k["stationaire_bezetting"], rel=1e-9)


ALLE_REGELS = [
    {"soort": "dagtarief"}, {"soort": "dagtarief", "norm": 0.95}, {"soort": "beschikbaarheid"},
    {"soort": "beschikbaarheid", "aandeel_vast": 0.7}, {"soort": "leegstandsvergoeding", "percentage": 0.8},
    {"soort": "leegstandsvergoeding", "percentage": 0.5, "max_dagen_per_jaar": 100}, {"soort": "lumpsum"},
    {"soort": "corridor", "deel": 0.5, "band": 0.05}, {"soort": "garantie", "minimum": 0.8},
    {"soort": "plafond", "maximum": 0.95},
]


@settings(max_examples=40, deadline=None)
@given(d=st.lists(st.floats(0, 1460), min_size=2, max_size=20))
def test_betaling_stijgt_niet_af_met_bezetting_en_lineair_klopt(d: list[float]) -> None:
    k = _referentie_basis()
    x = np.sort(np.asarray(d))
    for r in fi.regels_uit(ALLE_REGELS):
        p = fi.betaling(r, k, x)
        assert np.all(np.diff(p) >= -1e-6 * np.abs(p).max()), fi.naam(r)
        ab = fi.lineair(r, k)
        if ab is not None:
            assert np.allclose(p, ab[0] + ab[1] * x, rtol=1e-12, atol=1e-6), fi.naam(r)


def test_beschikbaarheid_resultaat_is_risico_opslag_bij_elke_bezetting() -> None:
    k = _referentie_basis()
    d = np.linspace(0, k.capaciteit, 7)
    r = fi.regels_uit([{"soort": "beschikbaarheid"}])[0]
    resultaat = fi.betaling(r, k, d) - kf.kosten(d, k.vast_kosten, k.variabel_kosten)
    assert np.allclose(resultaat, 0.03 * kf.kosten(d, k.vast_kosten, k.variabel_kosten), rtol=1e-12)
