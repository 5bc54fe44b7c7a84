"""Het model als geheel: ORT uit het rooster, inhuur, eigendom, meer groepsfuncties, overhead als bedrag.

De verwachte waarden zijn met de hand uitgeschreven uit de regels in ``docs/methode.md`` (niet uit de code).
"""

from __future__ import annotations

from typing import Any

import pytest

from kostprijs import KwvModel, bereken, lees_model
from tests.conftest import VOORBEELDEN

W = 365 / 7


def klein_model(**wijzig: Any) -> dict[str, Any]:
    d: dict[str, Any] = {
        "naam": "test", "jaar": 2025, "plaatsen": 3, "bezettingsgraad": 1.0, "dagen_per_jaar": 365,
        "conventies": {"weken_per_jaar": "365/7", "overhead_conventie": "opslag_direct",
                       "overhead_grondslag": ["personeel"], "risico_grondslag": "kostprijs",
                       "afronding": "rekenkundig_centen", "bezettingsbasis": "capaciteit"},
        "rooster": {"telfactoren": {"wakker": 1.0, "slaap": 0.5, "waak": 0.5},
                    "diensten": [{"naam": "laat", "begin": "15:00", "eind": "23:00", "personeel": 1,
                                  "dagen": "werkdagen", "soort": "wakker"}]},
        "productiviteit": {"contracturen_per_week": 36, "verlofuren": 200, "feestdagen_op_werkdag": 0,
                           "uren_per_feestdag": 7.2, "verzuimpercentage": 0.0, "scholingsuren": 0,
                           "overleguren": 0},
        "loonkosten": {"vakantietoeslag": 0.0, "vakantietoeslag_minimum_per_maand": 0, "eindejaarsuitkering": 0.0,
                       "werkgeverslasten": 0.0, "overige_personeelskosten": 0.0},
        "functies": [{"naam": "pm", "soort": "groep", "maandsalaris": 3120, "amvb": "a", "ort": {"methode": "tabel"}}],
        "ort_tabel": {"banden": [{"dagen": "werkdagen", "van": "19:00", "tot": "22:00", "percentage": 0.25},
                                 {"dagen": "alle", "van": "22:00", "tot": "06:00", "percentage": 0.45}],
                      "uurloon_deler": 156, "maximum_uurloon": 25.0, "doorbetaling_bij_afwezigheid": False},
        "clientkosten": {"per_bezet_etmaal": {"voeding": 0.0}},
        "huisvesting": {"huur_per_jaar": 0, "energie_en_water": 0, "onderhoud_en_schoonmaak": 0,
                        "verzekeringen_en_belastingen": 0, "overig": 0},
        "overhead": {"percentage": 0.0},
        "risico_opslag": 0.0,
    }
    d.update(wijzig)
    return d


def test_ort_uit_rooster_met_de_hand() -> None:
    r = bereken(KwvModel.model_validate(klein_model()))
    roosteruren = 8 * 5 * W
    netto = 36 * W - 200
    fte = roosteruren / netto
    ort_totaal = 1.2 * 5 * W * 20.0  # 1,2 gewogen uur per dienst (3 x 25% + 1 x 45%), uurloon 3120/156 = 20
    assert r.waarde("fte.pm") == pytest.approx(fte)
    assert r.waarde("ort_per_fte.pm") == pytest.approx(ort_totaal / fte)
    assert r.waarde("personeelskosten_per_jaar") == pytest.approx(fte * 12 * 3120 + ort_totaal)


def test_ort_doorbetaling_bij_afwezigheid() -> None:
    d = klein_model()
    d["ort_tabel"] = {**d["ort_tabel"], "doorbetaling_bij_afwezigheid": True}
    r = bereken(KwvModel.model_validate(d))
    netto, contract = 36 * W - 200, 36 * W
    fte = 8 * 5 * W / netto
    assert r.waarde("ort_per_fte.pm") == pytest.approx(1.2 * 5 * W * 20 * contract / netto / fte)


def test_inhuur_vervangt_eigen_formatie() -> None:
    d = klein_model()
    d["functies"] = [{**d["functies"][0], "ort": None, "inhuur": {"aandeel_roosteruren": 0.25, "uurtarief": 60.0}}]
    r = bereken(KwvModel.model_validate(d))
    roosteruren = 8 * 5 * W
    assert r.waarde("fte.pm") == pytest.approx(0.75 * roosteruren / (36 * W - 200))
    assert r.waarde("inhuurkosten.pm") == pytest.approx(0.25 * roosteruren * 60)
    assert r.waarde("personeelskosten_per_jaar") == pytest.approx(
        r.waarde("fte.pm") * 12 * 3120 + 0.25 * roosteruren * 60)


def test_twee_groepsfuncties_delen_het_rooster() -> None:
    d = klein_model()
    pm = {**d["functies"][0], "ort": None}
    ass = {**pm, "naam": "ass", "maandsalaris": 2800, "aandeel_rooster": 0.4}
    d["functies"] = [{**pm, "aandeel_rooster": 0.6}, ass]
    r = bereken(KwvModel.model_validate(d))
    totaal = 8 * 5 * W / (36 * W - 200)
    assert r.waarde("fte.pm") == pytest.approx(0.6 * totaal)
    assert r.waarde("fte.ass") == pytest.approx(0.4 * totaal)


def test_overhead_als_bedrag_is_vast() -> None:
    d = klein_model(overhead={"bedrag_per_jaar": 50_000.0})
    d["conventies"] = {**d["conventies"], "overhead_conventie": "bedrag"}
    r = bereken(KwvModel.model_validate(d))
    assert r.waarde("overhead_per_jaar") == 50_000.0
    assert r.waarde("variabel_per_bezet_etmaal") == 0.0


def test_eigendom_voorbeeld_kapitaallasten() -> None:
    r = bereken(lees_model(VOORBEELDEN / "kwv-5-plaatsen-eigendom.yaml"))
    # gebouw: (650.000 - 100.000) / 40 = 13.750; rente 3,5% x (650.000 + 100.000) / 2 = 13.125
    # inventaris: 35.000 / 7 = 5.000; rente 3,5% x 17.500 = 612,50; overige posten 7.500+9.500+3.800+1.200
    assert r.waarde("huisvesting_per_jaar") == pytest.approx(13_750 + 13_125 + 5_000 + 612.5 + 22_000)
    assert r.waarde("risico_per_jaar") / r.waarde("tariefbudget_per_jaar") == pytest.approx(0.025)


@pytest.mark.parametrize("pad", sorted(VOORBEELDEN.glob("kwv-*.yaml")), ids=lambda p: p.name)
def test_voorbeelden_rekenen(pad: Any) -> None:
    r = bereken(lees_model(pad))
    assert 200 < r.tarief_per_bezet_etmaal < 2000
    assert set(r.conventies) >= {"weken_per_jaar", "overhead_conventie", "overhead_grondslag", "risico_grondslag",
                                 "afronding", "bezettingsbasis"}


def test_model_is_bevroren_en_strikt() -> None:
    m = KwvModel.model_validate(klein_model())
    with pytest.raises(Exception):  # noqa: B017 - pydantic ValidationError bij bevroren model
        m.plaatsen = 5  # type: ignore[misc]
    with pytest.raises(Exception):  # noqa: B017
        KwvModel.model_validate(klein_model(plaatsen="3"))
