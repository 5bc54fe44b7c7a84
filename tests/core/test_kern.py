"""De pure rekenkern: met de hand nagerekende waarden, scalar en array (broadcasting)."""

from __future__ import annotations

import dataclasses
import doctest
import importlib
import pkgutil

import numpy as np
import pytest

import kostprijs.core
from kostprijs.core import afronding, conventies, huisvesting, keten, personeel, productiviteit, rooster


@pytest.mark.parametrize("naam", [m.name for m in pkgutil.iter_modules(kostprijs.core.__path__)])
def test_doctests(naam: str) -> None:
    module = importlib.import_module(f"kostprijs.core.{naam}")
    uitkomst = doctest.testmod(module)
    assert uitkomst.failed == 0


def test_dienstduur_over_middernacht() -> None:
    assert rooster.dienstduur_uren(23 * 60, 7 * 60) == 8.0
    assert rooster.dienstduur_uren(7 * 60, 15 * 60) == 8.0
    assert rooster.dienstduur_uren(22 * 60 + 30, 6 * 60 + 45) == 8.25


def test_ort_banden_met_de_hand() -> None:
    """Late dienst 15-23 op werkdagen: 19-22 à 25% (3 u) en 22-23 à 45% (1 u) = 1,2 gewogen uur per dienst."""
    raster = rooster.ort_weekraster([((0, 1, 2, 3, 4), 19 * 60, 22 * 60, 0.25),
                                     ((0, 1, 2, 3, 4, 5, 6), 22 * 60, 6 * 60, 0.45)])
    assert rooster.ort_gewogen_uren_per_week(raster, (0, 1, 2, 3, 4), 15 * 60, 8) == pytest.approx(5 * 1.2)
    # nacht 23-07 zondag: 23-24 zo (45%), 00-06 maandag (45%: band van zondag 22-06), 06-07 maandag (0%)
    assert rooster.ort_gewogen_uren_per_week(raster, (6,), 23 * 60, 8) == pytest.approx(7 * 0.45)


def test_ort_overlappende_banden_hoogste_telt() -> None:
    raster = rooster.ort_weekraster([((5,), 0, 0, 0.3), ((5,), 22 * 60, 6 * 60, 0.45)])
    # zaterdag 20-24: 2 u à 30% en 2 u à 45%
    assert rooster.ort_gewogen_uren_per_week(raster, (5,), 20 * 60, 4) == pytest.approx(2 * 0.3 + 2 * 0.45)


def test_productiviteit_broadcast() -> None:
    h = productiviteit.contracturen_per_fte(np.array([32.0, 36.0]), 365 / 7)
    netto = productiviteit.netto_uren_per_fte(h, 200, 7, 7.2, np.array([[0.05], [0.10]]), 36, 48)
    assert netto.shape == (2, 2)
    assert netto[0, 1] == pytest.approx(36 * 365 / 7 * 0.95 - 200 - 50.4 - 84)


def test_vakantietoeslag_minimum() -> None:
    """CAO Jeugdzorg 7.3: bij een laag salaris geldt het minimum (211,13 x 12 = 2.533,56)."""
    k = personeel.kosten_per_fte(2500, 0.08, 211.13, 0.0, 0.0, 0.0, 0.0)
    assert float(k.vakantietoeslag) == pytest.approx(2533.56)
    k = personeel.kosten_per_fte(3500, 0.08, 211.13, 0.0, 0.0, 0.0, 0.0)
    assert float(k.vakantietoeslag) == pytest.approx(3360.0)


def test_ort_per_fte_uurloon_gemaximeerd() -> None:
    # 1.000 gewogen uren; uurloon 4.680/156 = 30 maar gemaximeerd op 25; 2 fte -> 12.500 per fte
    assert float(personeel.ort_per_fte_uit_tabel(1000, 4680, 156, 25, 2)) == pytest.approx(12_500)
    assert float(personeel.ort_per_fte_uit_tabel(1000, 3120, 156, 25, 2)) == pytest.approx(10_000)


def test_kapitaallasten_boekwaarde_en_restwaarde() -> None:
    k = huisvesting.kapitaallasten(650_000, 40, 0.035, 100_000, rente_over_gemiddeld_vermogen=True)
    assert float(k.afschrijving) == pytest.approx(13_750)
    assert float(k.rente) == pytest.approx(0.035 * 375_000)
    k = huisvesting.kapitaallasten(650_000, 40, 0.035, 0, rente_over_gemiddeld_vermogen=False)
    assert float(k.rente) == pytest.approx(22_750)


def test_overhead_omrekentabel_methode() -> None:
    """``docs/methode.md#overhead``: 15/20/25/30% aandeel = 17,65/25,00/33,33/42,86% opslag."""
    o = conventies.opslag_uit_aandeel(np.array([0.15, 0.20, 0.25, 0.30]))
    assert np.round(100 * o, 2).tolist() == [17.65, 25.0, 33.33, 42.86]


def _kern() -> keten.KernInvoer:
    from kostprijs import lees_model
    from kostprijs.oplossen import los_op
    from tests.conftest import REFERENTIE

    return los_op(lees_model(REFERENTIE)).kern


def test_keten_broadcast_gelijk_aan_scalar() -> None:
    """Een raster van plaatsen x bezettingsgraad = elk punt apart door dezelfde keten."""
    basis = _kern()
    bez = np.linspace(0.5, 1.0, 11)
    plaatsen = np.array([[3.0], [4.0], [6.0]])
    raster_ = keten.opbouw(dataclasses.replace(basis, plaatsen=plaatsen, bezettingsgraad=bez))
    assert raster_.tarief_per_bezet_etmaal.shape == (3, 11)
    for i, p in enumerate(plaatsen[:, 0]):
        for j, b in enumerate(bez):
            los = keten.opbouw(dataclasses.replace(basis, plaatsen=p, bezettingsgraad=b))
            assert raster_.tarief_per_bezet_etmaal[i, j] == pytest.approx(float(los.tarief_per_bezet_etmaal),
                                                                            rel=1e-14)


def test_keten_salaris_per_functie_broadcast() -> None:
    """Een as over het salaris van één functie (laatste as = functies) verandert alleen die functie."""
    basis = _kern()
    salarissen = np.array([3000.0, 3500.0, 4000.0])
    maand = np.where(np.arange(3) == 0, salarissen[:, None], np.asarray(basis.functie_maandsalaris))
    ob = keten.opbouw(dataclasses.replace(basis, functie_maandsalaris=maand))
    assert ob.functies.kosten_per_fte.shape == (3, 3)
    assert ob.functies.kosten_per_fte[:, 1].tolist() == [pytest.approx(90737.40)] * 3
    assert round(float(ob.tarief_per_bezet_etmaal[1]), 2) == 668.66


def test_nan_wordt_niet_stil_nul() -> None:
    ob = keten.opbouw(dataclasses.replace(_kern(), huur_per_jaar=np.nan))
    assert np.isnan(ob.tarief_per_bezet_etmaal)


# ``docs/methode.md#afronding``: LibreOffice-uitkomsten van ROUND(x, 2) voor tie-gevallen
GELIJKSPEL = [(2.675, 2.68), (1.005, 1.01), (0.125, 0.13), (-0.125, -0.13), (1.015, 1.02), (0.285, 0.29),
              (1.45 * 1.5, 2.18), (1234.565, 1234.57)]


@pytest.mark.parametrize(("x", "verwacht"), GELIJKSPEL)
def test_afronding_als_excel(x: float, verwacht: float) -> None:
    assert afronding.rond_af(x) == verwacht
    assert afronding.rond_af_array(np.array([x]))[0] == verwacht


def test_afronding_weigert_niet_eindig() -> None:
    with pytest.raises(ValueError):
        afronding.rond_af(float("inf"))
