"""Afrekenperiode van financieringsregels: ``financiering`` en ``aanloop`` geven hetzelfde bedrag.

Waarom verschilden ze? Op de README-casus (5 plaatsen, start met 2, stabilisatie 120 dagen, gat 30) gaf
``garantie min 80%`` 793.827 in ``financiering`` (afrekening per jaar: de jaarbezetting van 70,2% ligt
altijd onder de 80%, dus de gemeente betaalt 80% van de capaciteit tegen het dagtarief) en 852.513 in
``aanloop`` (elke maand apart afgerekend: de late maanden boven 80% betalen hun echte dagen, de vroege
maanden het minimum). Nu noemt elke regel haar periode en rekenen beide opdrachten met dezelfde.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kostprijs.core import financiering as kf
from kostprijs.core.afronding import rond_af
from kostprijs.scenario import aanloop as al
from kostprijs.scenario import financiering as fi
from kostprijs.scenario.invoer import Scenario, maak

ALLE_REGELS = [
    {"soort": "dagtarief"}, {"soort": "dagtarief", "norm": 0.95}, {"soort": "beschikbaarheid"},
    {"soort": "beschikbaarheid", "aandeel_vast": 0.7}, {"soort": "leegstandsvergoeding", "percentage": 0.8},
    {"soort": "leegstandsvergoeding", "percentage": 0.5, "max_dagen_per_jaar": 100}, {"soort": "lumpsum"},
    {"soort": "corridor", "deel": 0.5}, {"soort": "corridor", "deel": 0.5, "band": 0.05},
    {"soort": "garantie", "minimum": 0.8}, {"soort": "plafond", "maximum": 0.95},
]

README = {"bezetting": {"soort": "wachtlijst", "plaatsen": 5, "verblijfsduur_dagen": 365, "gat_dagen": 30},
          "aanwezig_bij_start": 2, "stabilisatie_dagen": 120, "plafond": 2}


def _scenario(runs: int = 2_000, **meer: object) -> Scenario:
    return maak(Scenario, {**README, "runs": runs, "seed": 11, **meer})


@pytest.mark.parametrize("periode", ["jaar", "maand"])
def test_financiering_en_aanloop_geven_dezelfde_betaling(referentie_model, periode: str) -> None:  # type: ignore[no-untyped-def]
    """Acceptatie 4: elke regel, beide perioden, dezelfde woning en hetzelfde scenario: gelijk op de cent."""
    regels = fi.regels_uit([{**r, "afrekenperiode": periode} for r in ALLE_REGELS])
    sc = _scenario()
    fin = fi.vergelijk(referentie_model, sc, regels)
    pad = al.samenvatting(al.aanloop(referentie_model, regels, scenario=sc))
    assert list(fin["regel"]) == list(pad["regel"])
    for (_, f), (_, a) in zip(fin.iterrows(), pad.iterrows(), strict=True):
        assert rond_af(f["betaling_verwacht"]) == rond_af(a["opbrengst"]), f["regel"]
        assert f["afrekenperiode"] == periode


def test_zelfde_regel_los_of_in_een_lijst(referentie_model) -> None:  # type: ignore[no-untyped-def]
    """De steekproef hangt niet af van de andere regels (ook niet van een regel met maximum per gat)."""
    sc = _scenario()
    garantie = fi.regels_uit([{"soort": "garantie", "minimum": 0.9}])
    met_gat = fi.regels_uit([{"soort": "leegstandsvergoeding", "percentage": 0.8, "max_dagen_per_gat": 30},
                             {"soort": "garantie", "minimum": 0.9}])
    los = fi.vergelijk(referentie_model, sc, garantie)["betaling_verwacht"].iloc[0]
    samen = fi.vergelijk(referentie_model, sc, met_gat)["betaling_verwacht"].iloc[1]
    assert los == samen


def test_readme_casus_garantie_per_jaar_en_per_maand(referentie_model) -> None:  # type: ignore[no-untyped-def]
    """Per jaar: altijd het minimum (jaarbezetting 70% < 80%); per maand betaalt de gemeente meer."""
    sc = _scenario(runs=2_000)
    regels = fi.regels_uit([{"soort": "garantie", "minimum": 0.8},
                            {"soort": "garantie", "minimum": 0.8, "afrekenperiode": "maand"}])
    fin = fi.vergelijk(referentie_model, sc, regels)
    k = fi.kostenbasis(referentie_model.model_copy(update={"plaatsen": 5}))
    minimum = k.tarief(0.9) * 0.8 * k.capaciteit
    jaar, maand = fin["betaling_verwacht"]
    assert fin["regel"].iloc[1].endswith("per maand)")
    assert jaar == pytest.approx(minimum, rel=1e-4)  # 793.827 (README)
    assert maand > jaar + 40_000  # ~852.500: de late maanden liggen boven 80%
    pad = al.aanloop(referentie_model, regels[:1], scenario=sc)
    # per jaar: voorschot per maand op het dagtarief, de afrekening in maand 12
    assert pad["opbrengst"].iloc[:11].to_numpy() == pytest.approx(k.tarief(0.9) * pad["bezette_dagen"].iloc[:11])
    assert pad["opbrengst"].iloc[11] > k.tarief(0.9) * pad["bezette_dagen"].iloc[11]


def test_uitgeschreven_pad_is_zeker() -> None:
    """Met een uitgeschreven maandpad is er geen toeval: afrekening per jaar of per maand, met de hand."""
    p, cap = 600.0, 1460.0
    d = np.array([0.25, 0.5, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9]) * cap / 12

    def regel(x: np.ndarray) -> np.ndarray:
        return kf.garantie(x, p, 0.8 * cap)

    def voorschot(x: np.ndarray) -> np.ndarray:
        return kf.dagtarief(x, p)

    jaar = kf.afrekenen(regel, voorschot, d, 12)
    maand = kf.afrekenen(regel, voorschot, d, 1)
    # jaar: bezetting 0,8375 >= 0,8: gewoon het dagtarief
    assert jaar.sum() == pytest.approx(p * d.sum())
    # maand: maand 1 en 2 op het minimum van 0,8 x cap / 12
    assert maand.sum() == pytest.approx(p * (d[2:].sum() + 2 * 0.8 * cap / 12))


@settings(max_examples=60, deadline=None)
@given(d=st.lists(st.floats(0, 200), min_size=1, max_size=30), k=st.sampled_from([1, 3, 12]),
       minimum=st.floats(0, 2000))
def test_som_van_een_periode_is_de_betaling_van_die_periode(d: list[float], k: int, minimum: float) -> None:
    """Welk voorschot ook: de betalingen binnen een periode tellen op tot ``(k/12)·P((12/k)·D_k)``."""
    x = np.asarray(d)

    def regel(y: np.ndarray) -> np.ndarray:
        return kf.garantie(y, 500.0, minimum)

    def voorschot(y: np.ndarray) -> np.ndarray:
        return kf.beschikbaarheid(y, 1000.0, 3.0)

    uit = kf.afrekenen(regel, voorschot, x, k)
    for begin in range(0, x.size, k):
        blok = x[begin:begin + k]
        verwacht = blok.size / 12 * float(regel(np.asarray(12 / blok.size * blok.sum())))
        assert uit[begin:begin + k].sum() == pytest.approx(verwacht, rel=1e-9, abs=1e-6)


def test_maand_vraagt_hele_maanden(referentie_model) -> None:  # type: ignore[no-untyped-def]
    from kostprijs.errors import InvoerFout

    sc = _scenario(dagen=100.0, stabilisatie_dagen=50)
    with pytest.raises(InvoerFout, match="hele maanden"):
        fi.vergelijk(referentie_model, sc, fi.regels_uit([{"soort": "garantie", "minimum": 0.8,
                                                           "afrekenperiode": "maand"}]))
