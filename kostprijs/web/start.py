"""Een nieuwe woning uit een paar vragen: plaatsen, nacht, huur of eigendom, overhead en jaar.

Alles wat het register op de peildatum kent (CAO-uren, verlof, feestdagen, telfactoren,
vakantietoeslag, ORT-banden) blijft weg: het register vult het in en de pagina toont de bron. Wat het
register niet kent (salarissen, verzuim, cliëntkosten, huisvesting, risico) neemt de startpagina over uit
de referentiecasus (``docs/referentiecasus.md``; aannames [A], geen normen) en markeert het als
**suggestie**: de gebruiker ziet bij elk zo'n veld dat hij het moet nakijken.
"""

from __future__ import annotations

import calendar
import copy
from typing import Any, Literal

from pydantic import Field

from kostprijs.io.meldingen import Pad, pad_tekst
from kostprijs.validatie import Basis

SUGGESTIE = ("suggestie van de startpagina: overgenomen uit de referentiecasus (docs/referentiecasus.md, een "
             "aanname, geen norm en niet uit het register); vervang door uw eigen waarde")


class Startvragen(Basis):
    """De antwoorden op de startpagina."""

    plaatsen: int = Field(ge=1, le=50, description="Plaatsen in de woning.")
    nacht: Literal["slaap", "wakker"] = Field(description="Slapende of wakende nachtdienst.")
    pand: Literal["huur", "eigendom"] = Field(description="Gehuurd pand of eigen pand.")
    overhead: float = Field(ge=0, lt=1, description="Overhead als aandeel van het totaal (0.25 = 25%). [/1]")
    jaar: int = Field(default=2025, ge=2000, le=2100, description="Jaar van de tariefopbouw.")


_REFERENTIE: dict[str, Any] = {
    "bezettingsgraad": 0.90,
    "conventies": {"weken_per_jaar": "365/7", "overhead_conventie": "aandeel_totaal",
                   "overhead_grondslag": ["personeel", "clientkosten"], "risico_grondslag": "kostprijs",
                   "afronding": "rekenkundig_centen", "bezettingsbasis": "capaciteit"},
    "parameters": {"aanvaard": ["afgeleid"]},
    "rooster": {"diensten": [
        {"naam": "vroeg", "begin": "07:00", "eind": "15:00", "personeel": 1, "dagen": "alle", "soort": "wakker"},
        {"naam": "laat", "begin": "15:00", "eind": "23:00", "personeel": 2, "dagen": "alle", "soort": "wakker"},
        {"naam": "weekend midden", "begin": "10:00", "eind": "18:00", "personeel": 1, "dagen": "weekend",
         "soort": "wakker"},
    ]},
    "productiviteit": {"verzuimpercentage": 0.075, "scholingsuren": 36, "overleguren": 48},
    "loonkosten": {"eindejaarsuitkering": 0.0833, "werkgeverslasten": 0.27, "overige_personeelskosten": 0.03},
    "functies": [
        {"naam": "groepsleiding", "soort": "groep", "maandsalaris": 3500, "amvb": "a"},
        {"naam": "gedragswetenschapper", "soort": "vast", "fte": 0.15, "maandsalaris": 5000, "amvb": "b"},
        {"naam": "teamleider", "soort": "vast", "fte": 0.20, "maandsalaris": 4500, "amvb": "b"},
    ],
    "clientkosten": {"per_bezet_etmaal": {"voeding_en_leefgeld": 27.0, "activiteiten_en_vervoer": 5.0}},
    "huisvesting": {"energie_en_water": 6000, "onderhoud_en_schoonmaak": 4000,
                    "inventaris": {"investering": 30000, "afschrijvingstermijn_jaren": 5, "rentepercentage": 0.04,
                                   "rente_over": "gemiddeld_vermogen"},
                    "verzekeringen_en_belastingen": 1500, "overig": 1000},
    "risico_opslag": 0.03,
}
"""De referentiecasus zonder de waarden van het register (``examples/kwv-4-plaatsen-kort.yaml``)."""

_EIGENDOM = {"investering": 650000, "afschrijvingstermijn_jaren": 40, "rentepercentage": 0.035,
             "restwaarde": 100000, "rente_over": "gemiddeld_vermogen"}
"""Gebouw in eigendom uit ``examples/kwv-5-plaatsen-eigendom.yaml`` [A]."""
_WAKENDE_NACHT_ORT = {"maximum_uurloon": 24.50, "doorbetaling_bij_afwezigheid": True}
"""ORT-tabel uit ``examples/kwv-6-plaatsen-wakende-nacht.yaml``: het maximum uurloon [A] (CAO bijlage 7,
schaal 5 trede 11, niet in het register); de banden komen uit het register."""


def nieuw_model(v: Startvragen) -> tuple[dict[str, Any], list[str]]:
    """Het model voor de antwoorden en de paden van de velden die een suggestie zijn."""
    m = copy.deepcopy(_REFERENTIE)
    nacht = {"naam": "nacht", "begin": "23:00", "eind": "07:00", "personeel": 1, "dagen": "alle",
             "soort": v.nacht}
    m["rooster"]["diensten"].append(nacht)
    if v.nacht == "slaap":
        m["functies"][0]["ort"] = {"methode": "percentage", "percentage": 0.07}
    else:
        m["functies"][0]["ort"] = {"methode": "tabel"}
        m["ort_tabel"] = dict(_WAKENDE_NACHT_ORT)
    if v.pand == "huur":
        m["huisvesting"] = {"huur_per_jaar": 30000, **m["huisvesting"]}
    else:
        m["huisvesting"] = {"eigendom": dict(_EIGENDOM), **m["huisvesting"]}
    suggesties = sorted(pad_tekst(p) for p in _bladeren(m))
    eigen = {"naam": f"Nieuwe woning, {v.plaatsen} plaatsen", "jaar": v.jaar, "plaatsen": v.plaatsen,
             "dagen_per_jaar": 366 if calendar.isleap(v.jaar) else 365}
    m = {**eigen, **m, "overhead": {"percentage": v.overhead}}
    return m, suggesties


def _bladeren(x: Any, pad: Pad = ()) -> list[Pad]:
    """Alle paden naar een waarde (geen blok of lijst van blokken) in ``x``."""
    if isinstance(x, dict):
        return [p for k, w in x.items() for p in _bladeren(w, (*pad, k))]
    if isinstance(x, list) and any(isinstance(w, dict) for w in x):
        return [p for i, w in enumerate(x) for p in _bladeren(w, (*pad, i))]
    return [pad]
