"""Ongeldige scenario-invoer geeft duidelijke Nederlandse fouten (InvoerFout, een KostprijsFout)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kostprijs.errors import InvoerFout, KostprijsFout
from kostprijs.scenario import aanloop, cluster, financiering, grootte, raster, tornado
from kostprijs.scenario.invoer import Scenario, maak

WACHTLIJST = {"soort": "wachtlijst", "plaatsen": 5, "verblijfsduur_dagen": 365, "gat_dagen": 30}


def _scenario(**extra: Any) -> Callable[[Any], Any]:
    return lambda m: maak(Scenario, {"bezetting": WACHTLIJST, **extra})


def _bezetting(**wijziging: Any) -> Callable[[Any], Any]:
    return lambda m: maak(Scenario, {"bezetting": {**WACHTLIJST, **wijziging}})


GEVALLEN: dict[str, tuple[Callable[[Any], Any], str, str]] = {
    "bezetting boven 1": (lambda m: raster.raster(m, bezettingsgraad=[0.9, 1.2]), "raster.bezettingsgraad",
                          "tussen 0 (niet inbegrepen) en 1"),
    "bezetting 85 als procent": (lambda m: raster.raster(m, bezettingsgraad=[85]), "raster.bezettingsgraad",
                                 "als fractie (0.85)"),
    "bezetting 0": (lambda m: raster.raster(m, bezettingsgraad=[0.0]), "raster.bezettingsgraad", "tussen 0"),
    "leeg raster": (lambda m: raster.raster(m), "raster", "leeg raster"),
    "lege as": (lambda m: raster.raster(m, bezettingsgraad=[]), "raster.bezettingsgraad", "minstens 1"),
    "negatieve huisvesting": (lambda m: raster.raster(m, huisvesting=[-5.0]), "raster.huisvesting", "negatieve"),
    "onbekende as": (lambda m: raster.raster(m, bezeting=[0.9]), "raster.bezeting", "onbekende as"),
    "nan in raster": (lambda m: raster.raster(m, huisvesting=[float("nan")]), "raster.huisvesting", "eindige"),
    "onbekende functie": (lambda m: raster.raster(m, **{"maandsalaris.kok": [3000.0]}), "maandsalaris.kok",
                          "bestaat niet"),
    "plafond boven plaatsen": (_scenario(aanwezig_bij_start=2, stabilisatie_dagen=120, plafond=6),
                               "scenario.plafond", "boven het aantal plaatsen"),
    "start boven plaatsen": (_scenario(aanwezig_bij_start=7), "scenario.aanwezig_bij_start", "0 tot 5"),
    "stabilisatie zonder plafond": (_scenario(stabilisatie_dagen=120), "scenario.plafond", "plafond"),
    "negatief gat": (_bezetting(gat_dagen=-3), "scenario.bezetting.gat_dagen", "negatieve"),
    "negatieve verwijzingen": (
        lambda m: maak(Scenario, {"bezetting": {"soort": "verlies", "plaatsen": 5, "verblijfsduur_dagen": 180,
                                                "verwijzingen_per_jaar": -2}}),
        "scenario.bezetting.verwijzingen_per_jaar", "negatieve"),
    "verlies zonder verwijzingen": (_bezetting(soort="verlies"), "scenario.bezetting", "verwijzingen_per_jaar"),
    "gat bij verlies": (
        lambda m: maak(Scenario, {"bezetting": {**WACHTLIJST, "soort": "verlies", "verwijzingen_per_jaar": 8}}),
        "scenario.bezetting.gat_dagen", "hoort niet bij"),
    "te weinig snelheden": (
        _bezetting(soort="geboorte_sterfte", gat_dagen=None, opnamesnelheden_per_dag=[0.1, 0.1]),
        "scenario.bezetting.opnamesnelheden_per_dag", "geef 5 opnamesnelheden"),
    "runs als tekst": (_scenario(runs="1000"), "scenario.runs", "geheel getal"),
    "onbekende sleutel": (_scenario(seeds=3), "scenario.seeds", "bedoelt u 'seed'"),
    "lege regels": (lambda m: financiering.regels_uit([]), "financiering.regels", "minstens 1"),
    "onbekende regel": (lambda m: financiering.regels_uit([{"soort": "subsidie"}]), "financiering.regels[0]",
                        "subsidie"),
    "percentage 80": (lambda m: financiering.regels_uit([{"soort": "leegstandsvergoeding", "percentage": 80}]),
                      "financiering.regels[0].percentage", "bedoelt u 0.8"),
    "garantie zonder minimum": (lambda m: financiering.regels_uit([{"soort": "garantie"}]),
                                "financiering.regels[0].minimum", "verplicht"),
    "maandpad boven 1": (lambda m: aanloop.maandpad(m, [0.5, 1.5]), "aanloop.bezetting_per_maand[1]", "≤ 1"),
    "maandpad leeg": (lambda m: aanloop.maandpad(m, []), "aanloop.bezetting_per_maand", "minstens 1"),
    "aanloop zonder pad": (lambda m: aanloop.maandpad(m), "aanloop", "óf een bezetting per maand"),
    "aanloop met maximum per gat": (
        lambda m: aanloop.aanloop(m, financiering.regels_uit([{"soort": "leegstandsvergoeding", "percentage": 0.5,
                                                               "max_dagen_per_gat": 30}]), [0.5]),
        "regels[0].max_dagen_per_gat", "geen gaten"),
    "grootte 0": (lambda m: grootte.tarief_naar_grootte(m, [0, 1]), "grootte.plaatsen", "tussen 1 en 50"),
    "regel onbekende dienst": (
        lambda m: grootte.tarief_naar_grootte(m, [3], grootte.Roosterregel.model_validate(
            {"stappen": [{"dienst": "ochtend", "vanaf_plaatsen": 1, "personeel": 1}]})), "roosterregel", "ochtend"),
    "cluster onbekende dienst": (lambda m: cluster.cluster(m, ["wakker"]), "cluster.gedeelde_diensten", "wakker"),
    "cluster 0 woningen": (lambda m: cluster.cluster(m, ["nacht"], [0, 2]), "cluster.woningen", "tussen 1 en 50"),
    "tornado negatieve stap": (lambda m: tornado.tornado(m, [{"invoer": "huisvesting", "soort": "relatief",
                                                              "stap": -0.1}]), "tornado.stappen[0].stap", "> 0"),
    "tornado onbekende invoer": (lambda m: tornado.tornado(m, [{"invoer": "koffie", "soort": "absoluut",
                                                                "stap": 1}]), "tornado.stappen[0].invoer", "koffie"),
    "breakeven negatief tarief": (lambda m: raster.breakeven(m, [-5.0]), "tarieven", "negatieve"),
}


@pytest.mark.parametrize("geval", GEVALLEN)
def test_nederlandse_fout(referentie_model, geval: str) -> None:  # type: ignore[no-untyped-def]
    actie, plaats, tekst = GEVALLEN[geval]
    with pytest.raises(InvoerFout) as e:
        actie(referentie_model)
    assert isinstance(e.value, KostprijsFout)
    meldingen = e.value.meldingen
    assert any(m.plaats.startswith(plaats) and tekst in m.tekst for m in meldingen), [str(m) for m in meldingen]
    for m in meldingen:
        assert "Traceback" not in m.tekst and "pydantic" not in m.tekst.lower() and "Input should" not in m.tekst
