"""Monte Carlo tegen het exacte model: gemiddelde en variantie van de bezette plaatsdagen per jaar.

Tolerantie (vast gekozen, vaste seed): |MC - exact| <= 4 standaardfouten. Standaardfout van het
gemiddelde: ``s/√n``; van de steekproefvariantie: ``√((m4 - s⁴)/n)`` met ``m4`` het vierde centrale
moment. Bij een juiste motor faalt zo'n toets met kans < 1e-4 per grootheid; een fout van enkele
procenten in de variantie valt er wel uit (n = 40.000).
"""

from __future__ import annotations

import numpy as np
import pytest

from kostprijs.core import bezetting as b
from kostprijs.scenario import montecarlo as mc

RUNS = 40_000


def binnen_tolerantie(d: np.ndarray, verwachting: float, variantie: float, k: float = 4.0) -> None:
    n = d.size
    s2 = d.var(ddof=1)
    m4 = float(np.mean((d - d.mean()) ** 4))
    se_gem = np.sqrt(s2 / n)
    se_var = np.sqrt(max(m4 - s2**2, 0.0) / n)
    assert abs(d.mean() - verwachting) <= k * se_gem, (d.mean(), verwachting, se_gem)
    assert abs(s2 - variantie) <= k * se_var, (s2, variantie, se_var)


SCENARIOS = {
    "erlang_leeg": ([b.Fase(365, b.snelheden_erlang(5, 4 / 180))], 180.0, b.eenheidsvector(5, 0)),
    "wachtlijst_aanloop": ([b.Fase(120, b.snelheden_wachtlijst(5, 30, plafond=2)),
                            b.Fase(245, b.snelheden_wachtlijst(5, 30))], 365.0, b.eenheidsvector(5, 2)),
    "wachtlijst_stationair": ([b.Fase(365, b.snelheden_wachtlijst(4, 45))], 270.0,
                              b.stationair(b.snelheden_wachtlijst(4, 45), 270.0)),
    "erlang_stationair_c8": ([b.Fase(365, b.snelheden_erlang(8, 8 / 365))], 365.0,
                             b.stationair(b.snelheden_erlang(8, 8 / 365), 365.0)),
}


@pytest.mark.parametrize("naam", SCENARIOS)
def test_uniformisatie_tegen_exact(naam: str) -> None:
    fasen, verblijf, start = SCENARIOS[naam]
    ex = b.momenten(fasen, verblijf, start)
    d = mc.simuleer_markov(fasen, verblijf, start, RUNS, np.random.default_rng(12345))
    binnen_tolerantie(d, float(ex.verwachting), float(ex.variantie))


def test_plaatsmotor_verlies_tegen_exact() -> None:
    ex = b.momenten([b.Fase(365, b.snelheden_erlang(5, 4 / 180))], 180.0, b.eenheidsvector(5, 0))
    uit = mc.simuleer_plaatsen(5, mc.trekker("exponentieel", 180.0), 365.0, np.random.default_rng(7), RUNS,
                               verwijzingen_per_dag=4 / 180)
    binnen_tolerantie(uit.bezette_dagen, float(ex.verwachting), float(ex.variantie))


def test_plaatsmotor_wachtlijst_met_plafond_tegen_exact() -> None:
    fasen, verblijf, start = SCENARIOS["wachtlijst_aanloop"]
    ex = b.momenten(fasen, verblijf, start)
    uit = mc.simuleer_plaatsen(5, mc.trekker("exponentieel", 365.0), 365.0, np.random.default_rng(8), RUNS,
                               gat=mc.trekker("exponentieel", 30.0), aanwezig_bij_start=2, plafonds=[(120.0, 2)])
    binnen_tolerantie(uit.bezette_dagen, float(ex.verwachting), float(ex.variantie))


def test_ongevoeligheid_gemiddelde_bij_gamma_verblijf() -> None:
    """docs/bezetting.md#het-bezettingsmodel: M/G/c/c heeft dezelfde gemiddelde bezetting als Erlang (hier CV 0,25)."""
    rho = float(b.erlang_bezetting(5, 4.0))
    uit = mc.simuleer_plaatsen(5, mc.trekker("gamma", 180.0, 0.25), 365.0, np.random.default_rng(9), 20_000,
                               verwijzingen_per_dag=4 / 180, aanwezig_bij_start=4, inloop_dagen=8 * 365)
    u = uit.bezette_dagen / (5 * 365)
    assert abs(u.mean() - rho) <= 4 * u.std(ddof=1) / np.sqrt(u.size)
    # kortere staart: kleinere spreiding dan exponentieel (14,4% tegen 17,2%)
    assert u.std() < 0.16


def test_betaalde_leegstand_per_gat() -> None:
    """Exponentiële gaten (gemiddeld G), maximum g per gat: betaald deel = 1 - e^{-g/G} (docs/bezetting.md)."""
    gat, g = 45.0, 30.0
    uit = mc.simuleer_plaatsen(4, mc.trekker("exponentieel", 270.0), 365.0, np.random.default_rng(10), 20_000,
                               gat=mc.trekker("exponentieel", gat), aanwezig_bij_start=3, inloop_dagen=5 * 365,
                               max_betaald_per_gat=g)
    leeg = 4 * 365 - uit.bezette_dagen
    deel = uit.betaalde_leegstandsdagen.sum() / leeg.sum()
    assert deel == pytest.approx(1 - np.exp(-g / gat), abs=0.01)
    assert np.all(uit.betaalde_leegstandsdagen <= leeg + 1e-9)


def test_zelfde_seed_zelfde_uitkomst() -> None:
    fasen, verblijf, start = SCENARIOS["erlang_leeg"]
    a = mc.simuleer_markov(fasen, verblijf, start, 1000, np.random.default_rng(1))
    c = mc.simuleer_markov(fasen, verblijf, start, 1000, np.random.default_rng(1))
    assert np.array_equal(a, c)


def test_voortgang_wordt_gemeld() -> None:
    fasen, verblijf, start = SCENARIOS["erlang_leeg"]
    meldingen: list[tuple[int, int]] = []
    mc.simuleer_markov(fasen, verblijf, start, 2500, np.random.default_rng(1), lambda a, t: meldingen.append((a, t)),
                       blok=1000)
    assert meldingen == [(1000, 2500), (2000, 2500), (2500, 2500)]
