"""Geldige KWV-modellen voor de werkboektests: een generator met vast zaad, plus modellen op een 'tie'.

De generator bouwt met ``random.Random(zaad)`` elk onderdeel van het model: rooster (alle soorten
diensten en dagen), meerdere groepsfuncties met aandeel, inhuur, ORT als percentage en uit de tabel,
vaste functies, alle overhead- en risicoconventies, huur en eigendom, inventaris. Zo is elke formule
van het werkboek ergens gebruikt. De tests hier hebben geen LibreOffice nodig.
"""

from __future__ import annotations

import contextlib
import random
from typing import Any

from pydantic import ValidationError

from kostprijs import KwvModel, bereken
from kostprijs.excel import lees_werkboek, schrijf_werkboek

WEEK = ["ma", "di", "wo", "do", "vr", "za", "zo"]


def _tijd(r: random.Random) -> str:
    return f"{r.randrange(24):02d}:{r.choice([0, 15, 30, 45]):02d}"


def _dagen(r: random.Random) -> Any:
    if r.random() < 0.6:
        return r.choice(["alle", "werkdagen", "weekend"])
    return sorted(r.sample(WEEK, r.randint(1, 6)), key=WEEK.index)


def _dienst(r: random.Random, i: int) -> dict[str, Any]:
    soort = r.choice(["wakker", "wakker", "wakker", "slaap", "waak"])
    begin = _tijd(r)
    minuten = r.choice([360, 420, 480]) if soort != "wakker" else r.randrange(120, 12 * 60, 15)
    b = int(begin[:2]) * 60 + int(begin[3:])
    e = (b + minuten) % 1440
    return {"naam": f"dienst {i}", "begin": begin, "eind": f"{e // 60:02d}:{e % 60:02d}",
            "personeel": r.randint(1, 3), "dagen": _dagen(r), "soort": soort}


def _functies(r: random.Random, ort_tabel: bool) -> list[dict[str, Any]]:
    aandelen = [1.0] if r.random() < 0.6 else r.choice([[0.5, 0.5], [0.75, 0.25], [0.6, 0.4], [0.3, 0.7]])
    uit = []
    for i, a in enumerate(aandelen):
        f: dict[str, Any] = {"naam": f"groep {i}", "soort": "groep", "amvb": r.choice("aab"),
                             "maandsalaris": round(r.uniform(2500, 5500), 2)}
        if len(aandelen) > 1:
            f["aandeel_rooster"] = a
        ort = r.choice(["percentage", "tabel" if ort_tabel else "percentage", None])
        if ort == "percentage":
            f["ort"] = {"methode": "percentage", "percentage": round(r.uniform(0, 0.15), 4)}
        elif ort == "tabel":
            f["ort"] = {"methode": "tabel"}
        if r.random() < 0.3:
            f["inhuur"] = {"aandeel_roosteruren": round(r.uniform(0, 0.4), 3), "uurtarief": round(r.uniform(40, 90), 2)}
        uit.append(f)
    for i in range(r.randint(0, 3)):
        f = {"naam": f"vast {i}", "soort": "vast", "amvb": r.choice("ab"), "fte": round(r.uniform(0.05, 1.5), 3),
             "maandsalaris": round(r.uniform(3000, 7000), 2)}
        if r.random() < 0.2:
            f["ort"] = {"methode": "tabel"} if ort_tabel and r.random() < 0.5 else {"methode": "percentage",
                                                                                 "percentage": 0.02}
        uit.append(f)
    return uit


def _investering(r: random.Random, groot: bool) -> dict[str, Any]:
    inv = round(r.uniform(200_000, 900_000) if groot else r.uniform(5_000, 60_000), 2)
    return {"investering": inv, "afschrijvingstermijn_jaren": r.choice([5, 10, 15.5, 25, 40]),
            "rentepercentage": round(r.uniform(0, 0.06), 4), "restwaarde": round(inv * r.choice([0, 0, 0.1]), 2),
            "rente_over": r.choice(["gemiddeld_vermogen", "boekwaarde"])}


def model_dict(zaad: int) -> dict[str, Any]:
    """Eén willekeurig (meestal geldig) model als dict."""
    r = random.Random(zaad)
    conventie = r.choice(["aandeel_totaal", "opslag_direct", "bedrag"])
    ort_tabel = r.random() < 0.4
    jaar = r.choice([2024, 2025, 2026])
    d: dict[str, Any] = {
        "naam": f"KWV {zaad}", "jaar": jaar, "plaatsen": r.randint(1, 12),
        "bezettingsgraad": round(r.uniform(0.5, 1.0), 4), "dagen_per_jaar": 366 if jaar == 2024 else 365,
        "conventies": {"weken_per_jaar": r.choice(["365/7", "365.25/7", "52"]), "overhead_conventie": conventie,
                       "overhead_grondslag": r.sample(["personeel", "clientkosten", "huisvesting"], r.randint(1, 3)),
                       "risico_grondslag": r.choice(["kostprijs", "tarief"]), "afronding": "rekenkundig_centen",
                       "bezettingsbasis": "capaciteit"},
        "rooster": {"telfactoren": {"wakker": r.choice([1.0, 0.95]), "slaap": round(r.uniform(0, 0.6), 3),
                                    "waak": round(r.uniform(0, 1), 3)},
                    "diensten": [_dienst(r, i) for i in range(r.randint(1, 6))]},
        "productiviteit": {"contracturen_per_week": r.choice([32, 36, 36, 38]), "verlofuren": r.randint(150, 250),
                           "feestdagen_op_werkdag": r.randint(5, 9), "uren_per_feestdag": 7.2,
                           "verzuimpercentage": round(r.uniform(0, 0.1), 4), "scholingsuren": r.randint(0, 60),
                           "overleguren": r.randint(0, 60), "overige_uren": r.choice([0, 12.5])},
        "loonkosten": {"vakantietoeslag": 0.08, "vakantietoeslag_minimum_per_maand": r.choice([0, 211.13, 400.0]),
                       "eindejaarsuitkering": r.choice([0.0833, 0.05, 0.0]),
                       "werkgeverslasten": round(r.uniform(0.2, 0.35), 4),
                       "overige_personeelskosten": round(r.uniform(0, 0.05), 4)},
        "functies": _functies(r, ort_tabel),
        "clientkosten": {"per_bezet_etmaal": {f"post {i}": round(r.uniform(0, 40), 2) for i in range(r.randint(1, 3))},
                         "vast_per_jaar": {f"vast {i}": round(r.uniform(0, 9000), 2) for i in range(r.randint(0, 2))}},
        "huisvesting": {"energie_en_water": round(r.uniform(0, 12000), 2),
                        "onderhoud_en_schoonmaak": round(r.uniform(0, 8000), 2),
                        "verzekeringen_en_belastingen": round(r.uniform(0, 3000), 2), "overig": r.choice([0, 1000.5])},
        "overhead": ({"bedrag_per_jaar": round(r.uniform(0, 150_000), 2)} if conventie == "bedrag"
                     else {"percentage": round(r.uniform(0, 0.4), 4)}),
        "risico_opslag": round(r.uniform(0, 0.1), 4),
    }
    h = d["huisvesting"]
    if r.random() < 0.5:
        h["huur_per_jaar"] = round(r.uniform(10_000, 60_000), 2)
    else:
        h["eigendom"] = _investering(r, True)
    if r.random() < 0.5:
        h["inventaris"] = _investering(r, False)
    if ort_tabel:
        d["ort_tabel"] = {"banden": [
            {"dagen": _dagen(r), "van": _tijd(r), "tot": _tijd(r), "percentage": round(r.uniform(0.1, 0.6), 3)}
            for _ in range(r.randint(1, 3))],
            "uurloon_deler": 156, "maximum_uurloon": round(r.uniform(20, 30), 2),
            "doorbetaling_bij_afwezigheid": r.random() < 0.5}
    return d


def willekeurige_modellen(n: int, start: int = 0) -> list[KwvModel]:
    """``n`` geldige modellen uit de zaden ``start, start+1, ...`` (ongeldige worden overgeslagen)."""
    uit: list[KwvModel] = []
    zaad = start
    while len(uit) < n:
        with contextlib.suppress(ValidationError):
            uit.append(KwvModel.model_validate(model_dict(zaad)))
        zaad += 1
    return uit


TIE_BEDRAGEN = (100.125, 2.675, 1.005, 0.285, 1.015, 1234.565, 0.125)
"""Tarieven precies op een halve cent: alleen cliëntkosten per etmaal, geen personeel, overhead of risico."""


def tie_model(bedrag: float) -> KwvModel:
    """Een model waarvan het tarief per bezet etmaal precies ``bedrag`` is (een 'tie' bij afronden).

    Het enige rooster is een slaapdienst met telfactor 0, dus 0 fte en 0 personeelskosten; alle
    huisvestingslasten zijn 0; overhead 0%, risico 0. Dan is tarief = cliëntkosten per bezet etmaal.
    """
    d = model_dict(1)
    d.update({
        "plaatsen": 1, "bezettingsgraad": 1.0, "dagen_per_jaar": 365, "jaar": 2025, "risico_opslag": 0.0,
        "rooster": {"telfactoren": {"wakker": 1.0, "slaap": 0.0, "waak": 0.0}, "diensten": [
            {"naam": "nacht", "begin": "23:00", "eind": "07:00", "personeel": 1, "dagen": "alle", "soort": "slaap"}]},
        "functies": [{"naam": "groep", "soort": "groep", "amvb": "a", "maandsalaris": 3000.0}],
        "clientkosten": {"per_bezet_etmaal": {"alles": bedrag}, "vast_per_jaar": {}},
        "huisvesting": {"huur_per_jaar": 0.0, "energie_en_water": 0.0, "onderhoud_en_schoonmaak": 0.0,
                        "verzekeringen_en_belastingen": 0.0, "overig": 0.0},
        "overhead": {"percentage": 0.0},
    })
    d["conventies"]["overhead_conventie"] = "opslag_direct"
    d.pop("ort_tabel", None)
    return KwvModel.model_validate(d)


def test_generator_dekt_alle_varianten() -> None:
    modellen = willekeurige_modellen(200)
    assert len(modellen) == 200
    assert any(m.ort_tabel is not None for m in modellen)
    assert any(m.huisvesting.eigendom is not None for m in modellen)
    assert any(f.inhuur is not None for m in modellen for f in m.functies)
    assert {m.conventies.overhead_conventie for m in modellen} == {"aandeel_totaal", "opslag_direct", "bedrag"}
    assert {m.conventies.risico_grondslag for m in modellen} == {"kostprijs", "tarief"}
    assert any(len([f for f in m.functies if f.soort == "groep"]) > 1 for m in modellen)


def test_tie_modellen_liggen_op_een_halve_cent() -> None:
    for bedrag in TIE_BEDRAGEN:
        assert bereken(tie_model(bedrag)).waarde("tarief_per_bezet_etmaal") == bedrag


def test_werkboek_leest_terug_als_hetzelfde_model(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Schrijven en teruglezen geeft een model met precies dezelfde tariefopbouw (alle figuren)."""
    for i, m in enumerate(willekeurige_modellen(25, start=500)):
        pad = tmp_path / f"m{i}.xlsx"
        schrijf_werkboek(m, pad)
        terug = lees_werkboek(pad)
        assert bereken(terug).figuren == bereken(m).figuren
        assert terug.conventies.overhead_conventie == m.conventies.overhead_conventie
