"""Hypothesis-strategieën: willekeurige geldige KWV-modellen als dict (en als KwvModel)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from kostprijs import KwvModel

bedrag = st.floats(min_value=0, max_value=100_000, allow_nan=False, allow_infinity=False)
fractie = st.floats(min_value=0.0, max_value=0.3)


@st.composite
def diensten(draw: st.DrawFn) -> list[dict[str, Any]]:
    n = draw(st.integers(1, 5))
    uit = []
    for i in range(n):
        begin = draw(st.integers(0, 23))
        duur = draw(st.integers(2, 12))
        soort = draw(st.sampled_from(["wakker", "wakker", "slaap", "waak"]))
        if soort != "wakker":
            duur = draw(st.integers(6, 8))
        uit.append({
            "naam": f"dienst {i}",
            "begin": f"{begin:02d}:00",
            "eind": f"{(begin + duur) % 24:02d}:00",
            "personeel": draw(st.integers(1, 3)),
            "dagen": draw(st.sampled_from(["alle", "werkdagen", "weekend", ["ma", "wo"], ["za"]])),
            "soort": soort,
        })
    return uit


@st.composite
def model_dicts(draw: st.DrawFn) -> dict[str, Any]:
    conventie = draw(st.sampled_from(["aandeel_totaal", "opslag_direct", "bedrag"]))
    grondslag = draw(st.lists(st.sampled_from(["personeel", "clientkosten", "huisvesting"]), min_size=1,
                              max_size=3, unique=True))
    overhead: dict[str, float] = (
        {"bedrag_per_jaar": draw(st.floats(0, 300_000))} if conventie == "bedrag"
        else {"percentage": draw(st.floats(0, 0.45))}
    )
    huur = draw(st.booleans())
    huisvesting: dict[str, Any] = {
        "energie_en_water": draw(bedrag), "onderhoud_en_schoonmaak": draw(bedrag),
        "verzekeringen_en_belastingen": draw(bedrag), "overig": draw(bedrag),
    }
    if huur:
        huisvesting["huur_per_jaar"] = draw(st.floats(0, 200_000))
    else:
        huisvesting["eigendom"] = {"investering": draw(st.floats(10_000, 2_000_000)),
                                   "afschrijvingstermijn_jaren": draw(st.integers(5, 50)),
                                   "rentepercentage": draw(st.floats(0, 0.08)),
                                   "rente_over": draw(st.sampled_from(["gemiddeld_vermogen", "boekwaarde"]))}
    ort = draw(st.sampled_from(["percentage", "tabel", None]))
    groep: dict[str, Any] = {"naam": "groepsleiding", "soort": "groep", "amvb": "a",
                             "maandsalaris": draw(st.floats(2000, 6000))}
    if ort == "percentage":
        groep["ort"] = {"methode": "percentage", "percentage": draw(st.floats(0, 0.15))}
    elif ort == "tabel":
        groep["ort"] = {"methode": "tabel"}
    if draw(st.booleans()):
        groep["inhuur"] = {"aandeel_roosteruren": draw(st.floats(0, 0.5)), "uurtarief": draw(st.floats(30, 120))}
    d: dict[str, Any] = {
        "naam": "willekeurige KWV",
        "jaar": 2025,
        "plaatsen": draw(st.integers(1, 8)),
        "bezettingsgraad": draw(st.floats(0.3, 1.0)),
        "dagen_per_jaar": 365,
        "conventies": {"weken_per_jaar": draw(st.sampled_from(["365/7", "365.25/7", "52"])),
                       "overhead_conventie": conventie, "overhead_grondslag": grondslag,
                       "risico_grondslag": draw(st.sampled_from(["kostprijs", "tarief"])),
                       "afronding": "rekenkundig_centen", "bezettingsbasis": "capaciteit"},
        "rooster": {"telfactoren": {"wakker": 1.0, "slaap": 0.5, "waak": draw(st.sampled_from([0.5, 1.0]))},
                    "diensten": draw(diensten())},
        "productiviteit": {"contracturen_per_week": 36, "verlofuren": draw(st.floats(100, 250)),
                           "feestdagen_op_werkdag": draw(st.integers(0, 8)), "uren_per_feestdag": 7.2,
                           "verzuimpercentage": draw(st.floats(0, 0.12)), "scholingsuren": draw(st.floats(0, 80)),
                           "overleguren": draw(st.floats(0, 80))},
        "loonkosten": {"vakantietoeslag": 0.08, "vakantietoeslag_minimum_per_maand": draw(st.floats(0, 300)),
                       "eindejaarsuitkering": draw(st.floats(0, 0.0833)),
                       "werkgeverslasten": draw(st.floats(0.1, 0.35)),
                       "overige_personeelskosten": draw(st.floats(0, 0.05))},
        "functies": [groep, {"naam": "gedragswetenschapper", "soort": "vast", "fte": draw(st.floats(0.01, 1)),
                             "maandsalaris": draw(st.floats(3000, 7000)), "amvb": draw(st.sampled_from(["a", "b"]))}],
        "clientkosten": {"per_bezet_etmaal": {"voeding": draw(st.floats(0, 60))},
                         "vast_per_jaar": {"vervoer": draw(st.floats(0, 20_000))}},
        "huisvesting": huisvesting,
        "overhead": overhead,
        "risico_opslag": draw(st.floats(0, 0.1)),
    }
    if ort == "tabel":
        d["ort_tabel"] = {"banden": [{"dagen": "werkdagen", "van": "19:00", "tot": "22:00", "percentage": 0.25},
                                     {"dagen": "alle", "van": "22:00", "tot": "06:00", "percentage": 0.45},
                                     {"dagen": "weekend", "van": "06:00", "tot": "22:00", "percentage": 0.4}],
                          "uurloon_deler": 156, "maximum_uurloon": draw(st.floats(15, 40)),
                          "doorbetaling_bij_afwezigheid": draw(st.booleans())}
    return d


def modellen() -> st.SearchStrategy[KwvModel]:
    """Geldige, gevalideerde modellen."""
    return model_dicts().map(KwvModel.model_validate)
