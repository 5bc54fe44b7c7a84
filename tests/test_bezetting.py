"""Exacte geboorte-sterfteketen tegen gepubliceerde en onafhankelijk berekende waarden.

Bronnen van de verwachte getallen: ``docs/bezetting.md#referentiewaarden`` (onafhankelijk berekend met
scipy), klassieke Erlang-B-waarden die met de hand uit de afgeknotte Poissonformule volgen, en een
gesloten formule voor de variantie van een stationaire twee-toestandsketen (per plaats in het
wachtlijstmodel).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kostprijs.core import bezetting as b

# ``docs/bezetting.md#referentiewaarden``: (A/c) -> {c: (bezetting %, weigering %)}
TABEL_3_1 = {
    0.5: {4: (45.2, 9.5), 5: (46.5, 7.0), 6: (47.4, 5.2)},
    0.6: {4: (51.7, 13.9), 5: (53.4, 11.0), 6: (54.7, 8.9)},
    0.7: {4: (57.1, 18.4), 5: (59.2, 15.4), 6: (60.8, 13.2)},
    0.8: {4: (61.7, 22.8), 5: (64.1, 19.9), 6: (65.9, 17.7)},
    0.9: {4: (65.6, 27.1), 5: (68.1, 24.3), 6: (70.0, 22.2)},
    1.0: {4: (68.9, 31.1), 5: (71.5, 28.5), 6: (73.5, 26.5)},
    1.2: {4: (74.1, 38.2), 5: (76.8, 36.0), 6: (78.8, 34.4)},
    1.5: {4: (79.6, 47.0), 5: (82.0, 45.3), 6: (83.9, 44.1)},
}
CELLEN = [(last, c, *w) for last, rij in TABEL_3_1.items() for c, w in rij.items()]


def erlang_b_poisson(c: int, a: float) -> float:
    """Onafhankelijke formule: ``(A^c/c!) / Σ_k A^k/k!`` met math.factorial (geen recursie)."""
    return (a**c / math.factorial(c)) / sum(a**k / math.factorial(k) for k in range(c + 1))


@pytest.mark.parametrize(("last", "c", "bezetting_pct", "weigering_pct"), CELLEN)
def test_erlang_tabel_3_1(last: float, c: int, bezetting_pct: float, weigering_pct: float) -> None:
    a = last * c
    assert round(100 * float(b.erlang_b(c, a)), 1) == weigering_pct
    assert round(100 * float(b.erlang_bezetting(c, a)), 1) == bezetting_pct


@pytest.mark.parametrize(("last", "c"), [(cel[0], cel[1]) for cel in CELLEN])
def test_erlang_b_vier_decimalen_tegen_poissonformule(last: float, c: int) -> None:
    a = last * c
    verwacht = erlang_b_poisson(c, a)
    assert round(float(b.erlang_b(c, a)), 4) == round(verwacht, 4)
    assert float(b.erlang_b(c, a)) == pytest.approx(verwacht, rel=1e-12)


@pytest.mark.parametrize(("c", "a", "verwacht"), [
    (5, 4.0, 0.1991),   # ``docs/bezetting.md#referentiewaarden``: B(5,4) = 0.1991
    (2, 1.0, 0.2000),   # (1/2) / (1 + 1 + 1/2)
    (3, 2.0, 0.2105),   # (8/6) / (1 + 2 + 2 + 8/6)
    (5, 2.0, 0.0367),
    (10, 5.0, 0.0184),
])
def test_erlang_b_gepubliceerde_waarden(c: int, a: float, verwacht: float) -> None:
    assert round(float(b.erlang_b(c, a)), 4) == verwacht


def test_erlang_b_broadcast() -> None:
    uit = b.erlang_b(np.array([[4], [5], [6]]), np.array([2.0, 4.0]))
    assert uit.shape == (3, 2)
    assert uit[1, 1] == pytest.approx(erlang_b_poisson(5, 4.0))


def test_keten_met_erlang_snelheden_is_erlang() -> None:
    lam, verblijf = 4 / 180, 180.0
    s = b.stationaire_kerngetallen(b.snelheden_erlang(5, lam), verblijf)
    assert float(s.kans_vol) == pytest.approx(erlang_b_poisson(5, 4.0), rel=1e-12)
    assert float(s.bezettingsgraad) == pytest.approx(4 * (1 - erlang_b_poisson(5, 4.0)) / 5, rel=1e-12)
    # opnames = 365 λ (1 - B); gat = L(1-ρ)/ρ
    assert float(s.opnames_per_jaar) == pytest.approx(365 * lam * (1 - erlang_b_poisson(5, 4.0)), rel=1e-12)


@pytest.mark.parametrize(("bezetting", "c", "aanbod", "weigering"), [
    (0.85, 5, 8.74, 0.51), (0.70, 3, 3.53, 0.41), (0.90, 8, 14.85, 0.51), (0.80, 6, 7.56, 0.36),
])
def test_erlang_inversie_tabel_3_3(bezetting: float, c: int, aanbod: float, weigering: float) -> None:
    a = float(b.erlang_aanbod_voor_bezetting(c, bezetting))
    assert round(a, 2) == aanbod
    assert round(float(b.erlang_b(c, a)), 2) == weigering


@pytest.mark.parametrize(("verblijf", "rij"), [
    (90, (39, 22, 16, 10, 5)), (180, (77, 45, 32, 20, 9)), (365, (156, 91, 64, 41, 19)), (730, (313, 182, 129, 81, 38)),
])
def test_gat_tabel_3_4(verblijf: float, rij: tuple[int, ...]) -> None:
    gaten = b.gat_uit_bezetting(verblijf, np.array([0.70, 0.80, 0.85, 0.90, 0.95]))
    assert tuple(round(float(g)) for g in gaten) == rij


def test_jaarmomenten_leeg_begin_sectie_2_4() -> None:
    # ``docs/bezetting.md#het-bezettingsmodel``: c = 5, A = 4, L = 180, lege start: gemiddeld 0.4290, SD 0.1679
    m = b.momenten([b.Fase(365, b.snelheden_erlang(5, 4 / 180))], 180, b.eenheidsvector(5, 0))
    assert round(float(m.verwachting) / (5 * 365), 4) == 0.4290
    assert round(float(m.sd) / (5 * 365), 4) == 0.1679


# ``docs/bezetting.md#referentiewaarden``: (model, c, L, gemiddelde %, SD %)
TABEL_3_5 = [
    ("erlang", 3, 180, 65.4, 18.8), ("erlang", 3, 365, 65.4, 23.2), ("erlang", 4, 180, 68.9, 16.5),
    ("erlang", 4, 365, 68.9, 20.4), ("erlang", 5, 180, 71.5, 14.9), ("erlang", 5, 365, 71.5, 18.4),
    ("erlang", 6, 180, 73.5, 13.6), ("erlang", 6, 365, 73.5, 16.9), ("erlang", 8, 180, 76.4, 11.9),
    ("erlang", 8, 365, 76.4, 14.7), ("wachtlijst", 3, 180, 85.0, 7.6), ("wachtlijst", 3, 365, 85.0, 10.4),
    ("wachtlijst", 4, 180, 85.0, 6.6), ("wachtlijst", 4, 365, 85.0, 9.0), ("wachtlijst", 5, 180, 85.0, 5.9),
    ("wachtlijst", 5, 365, 85.0, 8.1), ("wachtlijst", 6, 180, 85.0, 5.4), ("wachtlijst", 6, 365, 85.0, 7.4),
    ("wachtlijst", 8, 180, 85.0, 4.7), ("wachtlijst", 8, 365, 85.0, 6.4),
]


@pytest.mark.parametrize(("soort", "c", "verblijf", "gem", "sd"), TABEL_3_5)
def test_volatiliteit_tabel_3_5(soort: str, c: int, verblijf: float, gem: float, sd: float) -> None:
    # Erlang met A = c; wachtlijst met G zodat ρ = 85%
    s = b.snelheden_erlang(c, c / verblijf) if soort == "erlang" else b.snelheden_wachtlijst(c, verblijf * 0.15 / 0.85)
    m = b.momenten([b.Fase(365, s)], verblijf, b.stationair(s, verblijf))
    assert round(100 * float(m.verwachting) / (c * 365), 1) == gem
    assert round(100 * float(m.sd) / (c * 365), 1) == sd


@settings(max_examples=40, deadline=None)
@given(c=st.integers(1, 8), verblijf=st.floats(30, 800), gat=st.floats(5, 200), t=st.floats(10, 800))
def test_wachtlijst_variantie_gesloten_formule(c: int, verblijf: float, gat: float, t: float) -> None:
    """Elke plaats is een stationaire 2-toestandsketen: Var = 2pq[T/κ - (1 - e^{-κT})/κ²], maal c."""
    s = b.snelheden_wachtlijst(c, gat)
    m = b.momenten([b.Fase(t, s)], verblijf, b.stationair(s, verblijf))
    kappa = 1 / verblijf + 1 / gat
    p = verblijf / (verblijf + gat)
    var = c * 2 * p * (1 - p) * (t / kappa - (1 - math.exp(-kappa * t)) / kappa**2)
    assert float(m.verwachting) == pytest.approx(c * p * t, rel=1e-9)
    assert float(m.variantie) == pytest.approx(var, rel=1e-7)


def test_wachtlijst_bezetting_onafhankelijk_van_c() -> None:
    for c in (3, 5, 8):
        s = b.stationaire_kerngetallen(b.snelheden_wachtlijst(c, 45.0), 270.0)
        assert float(s.bezettingsgraad) == pytest.approx(270 / 315, rel=1e-12)
        assert float(s.gat_dagen) == pytest.approx(45.0, rel=1e-9)


# ``docs/bezetting.md#referentiewaarden``: (S, G, L, eerste-jaarsbezetting %)
TABEL_3_6 = [(0, 30, 365, 88.4), (90, 30, 365, 74.8), (120, 30, 365, 70.2), (120, 60, 365, 62.5),
             (120, 30, 270, 68.5), (120, 90, 365, 56.7)]


@pytest.mark.parametrize(("stab", "gat", "verblijf", "verwacht"), TABEL_3_6)
def test_aanloop_tabel_3_6(stab: float, gat: float, verblijf: float, verwacht: float) -> None:
    fasen = [b.Fase(stab, b.snelheden_wachtlijst(5, gat, plafond=2)),
             b.Fase(365 - stab, b.snelheden_wachtlijst(5, gat))]
    m = b.momenten(fasen, verblijf, b.eenheidsvector(5, 2))
    assert round(100 * float(m.verwachting) / (5 * 365), 1) == verwacht


def test_verwachting_per_periode_telt_op_tot_jaar() -> None:
    fasen = [b.Fase(120, b.snelheden_wachtlijst(5, 30, plafond=2)), b.Fase(245, b.snelheden_wachtlijst(5, 30))]
    maanden = b.verwachting_per_periode(fasen, 365, b.eenheidsvector(5, 2), np.arange(13) * 365 / 12)
    totaal = b.momenten(fasen, 365, b.eenheidsvector(5, 2)).verwachting
    assert maanden.sum() == pytest.approx(float(totaal), rel=1e-10)
    assert maanden[0] < maanden[-1]


def test_onbegrensde_capaciteit_vult_als_exponent() -> None:
    """``docs/bezetting.md#het-bezettingsmodel``: lege start, capaciteit niet bindend: E[N(t)] = A(1 - e^{-t/L})."""
    verblijf, a, c = 180.0, 4.0, 40
    s = b.snelheden_erlang(c, a / verblijf)
    t = np.array([30.0, 180.0, 365.0])
    p = b.verdeling_op_tijdstippen([b.Fase(365, s)], verblijf, b.eenheidsvector(c, 0), t)
    assert p @ np.arange(c + 1) == pytest.approx(a * (1 - np.exp(-t / verblijf)), rel=1e-9)
    m = b.momenten([b.Fase(365, s)], verblijf, b.eenheidsvector(c, 0))
    assert float(m.verwachting) / 365 == pytest.approx(a * (1 - verblijf / 365 * (1 - math.exp(-365 / verblijf))))


@settings(max_examples=40, deadline=None)
@given(rates=st.lists(st.floats(0.001, 2.0), min_size=1, max_size=9), verblijf=st.floats(10, 900))
def test_stationair_is_nulruimte_van_q(rates: list[float], verblijf: float) -> None:
    s = np.array([*rates, 0.0])
    q = b.generator(s, verblijf)
    pi = b.stationair(s, verblijf)
    assert np.allclose(pi @ q, 0.0, atol=1e-12 * np.abs(q).max())
    assert pi.sum() == pytest.approx(1.0)


@settings(max_examples=30, deadline=None)
@given(rates=st.lists(st.floats(0.001, 1.0), min_size=1, max_size=8), verblijf=st.floats(10, 900),
       t=st.floats(1, 2000))
def test_expm_tegen_eigenontbinding(rates: list[float], verblijf: float, t: float) -> None:
    """docs/bezetting.md: Q is reversibel; S Q S^-1 is symmetrisch en eigh geeft e^{Qt} onafhankelijk."""
    s = np.array([*rates, 0.0])
    q = b.generator(s, verblijf)
    wortel = np.sqrt(b.stationair(s, verblijf))
    h = (wortel[:, None] * q) / wortel[None, :]
    theta, u = np.linalg.eigh((h + h.T) / 2)
    verwacht = (u * np.exp(theta * t)) @ u.T / wortel[:, None] * wortel[None, :]
    uit = b.expm(q * t)
    assert np.allclose(uit, verwacht, atol=1e-9)
    assert np.allclose(uit.sum(axis=1), 1.0, atol=1e-10)


@settings(max_examples=50, deadline=None)
@given(c=st.integers(1, 10), a=st.floats(0.01, 30))
def test_erlang_b_monotoon(c: int, a: float) -> None:
    b1, b2 = float(b.erlang_b(c, a)), float(b.erlang_b(c + 1, a))
    assert 0 < b2 < b1 < 1
    assert float(b.erlang_b(c, a * 1.1)) > b1


def test_plafond_zet_opnames_stop() -> None:
    assert list(b.snelheden_wachtlijst(5, 10.0, plafond=2)) == [0.2, 0.1, 0.0, 0.0, 0.0, 0.0]
    assert list(b.snelheden_erlang(4, 0.5, plafond=3)) == [0.5, 0.5, 0.5, 0.0, 0.0]
    assert list(b.plafonneer([1.0, 1.0, 1.0, 0.0], 1)) == [1.0, 0.0, 0.0, 0.0]


# --- eigenontbinding per fase (issue 14): zelfde getallen als de blokexponent, goedkoper ---


def _exp_gedeeld_ld(a: float, b_: float, c: float) -> float:
    """exp[a, b, c] als rechterbovenelement van e^J, J = [[a,1,0],[0,b,1],[0,0,c]] (Opitz), in long double."""
    j = np.array([[a, 1, 0], [0, b_, 1], [0, 0, c]], dtype=np.longdouble)
    s = max(0, int(np.ceil(np.log2(max(abs(a), abs(b_), abs(c), 1.0) / 0.05))))
    x = j / np.longdouble(2) ** s
    e = np.eye(3, dtype=np.longdouble)
    uit = e + x / 30
    for k in range(29, 0, -1):
        uit = e + (x @ uit) / k
    for _ in range(s):
        uit = uit @ uit
    return float(uit[0, 2])


def test_tweede_gedeelde_differentie_ook_bij_bijna_gelijke_eigenwaarden() -> None:
    x = np.array([-40.0, -3.0, -1.2, -1.2 + 1e-7, -1.15, -0.3, -1e-9, 0.0])
    f2 = b._phi2(x, b._phi1(x))
    for i, k, j in [(0, 1, 2), (2, 3, 4), (2, 3, 3), (6, 7, 6), (7, 7, 7), (0, 7, 0), (3, 4, 2), (1, 5, 0), (4, 2, 3)]:
        verwacht = _exp_gedeeld_ld(x[i], x[k], x[j])
        assert f2[i, k, j] == pytest.approx(verwacht, rel=1e-13), (i, k, j)


@pytest.mark.parametrize(("c", "plafond", "soort"), [(3, None, "wacht"), (10, None, "wacht"), (10, 2, "wacht"),
                                                     (5, None, "erlang"), (8, 3, "erlang"), (1, None, "erlang")])
def test_eigenontbinding_geeft_dezelfde_momenten_als_de_blokexponent(c: int, plafond: int | None, soort: str) -> None:
    s = b.snelheden_wachtlijst(c, 30.0, plafond) if soort == "wacht" else b.snelheden_erlang(c, 0.05, plafond)
    q = b.generator(s, 365.0)
    f = np.arange(c + 1.0)
    sp = b.spectrum(q)
    assert sp is not None
    np.testing.assert_allclose(sp.v @ (sp.labda[:, None] * sp.w), q, atol=1e-12)
    for dagen in (30.0, 365.0):
        snel, traag = b._blokstap(q, f, dagen, sp), b._blokstap(q, f, dagen, None)
        for start in (b.eenheidsvector(c, 0), b.stationair(s, 365.0)):
            ed, ed_t = (start @ snel[1]).sum(), (start @ traag[1]).sum()
            assert ed == pytest.approx(ed_t, rel=1e-10)
            assert snel[2] is not None and traag[2] is not None
            var, var_t = 2 * (start @ snel[2]).sum() - ed**2, 2 * (start @ traag[2]).sum() - ed_t**2
            assert var == pytest.approx(var_t, rel=1e-7)
        np.testing.assert_allclose(snel[0], traag[0], atol=1e-12)


def test_onbetrouwbare_ontbinding_valt_terug_op_de_blokexponent() -> None:
    """Een matrix zonder volledige set eigenvectoren (Jordanblok) wordt geweigerd; momenten rekent dan gewoon."""
    assert b.spectrum(np.array([[-1.0, 1.0], [0.0, -1.0]])) is None
    m = b.momenten([b.Fase(365, b.snelheden_wachtlijst(4, 30.0))], 365.0, b.eenheidsvector(4, 0))
    assert 0 < float(m.verwachting) < 4 * 365
