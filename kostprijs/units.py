"""Getypeerde grootheden met eenheid en bereik, voor de invoermodellen.

De eenheid staat in het JSON-schema (``json_schema_extra={"eenheid": ...}``), zodat documentatie en
werkboek haar kunnen tonen. Zie ``docs/begrippen.md`` voor de woordenlijst.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

from kostprijs.io.tekstregels import naamprobleem
from kostprijs.validatie import fout


def _e(eenheid: str) -> dict[str, str]:
    return {"eenheid": eenheid}


Fractie = Annotated[float, Field(ge=0, le=1, json_schema_extra=_e("/1"))]
"""Een deel van het geheel, als fractie: 0,85 betekent 85%. [/1]"""

PositieveFractie = Annotated[float, Field(gt=0, le=1, json_schema_extra=_e("/1"))]
EurPerJaar = Annotated[float, Field(ge=0, le=1e9, json_schema_extra=_e("EUR/jaar"))]
EurPerMaand = Annotated[float, Field(gt=0, le=100_000, json_schema_extra=_e("EUR/maand"))]
EurPerEtmaal = Annotated[float, Field(ge=0, le=10_000, json_schema_extra=_e("EUR/bezet etmaal"))]
EurPerUur = Annotated[float, Field(gt=0, le=1_000, json_schema_extra=_e("EUR/uur"))]
Eur = Annotated[float, Field(ge=0, le=1e9, json_schema_extra=_e("EUR"))]
UrenPerJaar = Annotated[float, Field(ge=0, le=2_000, json_schema_extra=_e("uur/jaar"))]
Fte = Annotated[float, Field(gt=0, le=100, json_schema_extra=_e("fte"))]


def _naam(tekst: str) -> str:
    """Een naam is niet leeg, niet alleen spaties en zonder onzichtbare tekens (:mod:`kostprijs.io.tekstregels`)."""
    probleem = naamprobleem(tekst)
    if probleem:
        raise fout(probleem)
    return tekst


Naam = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_naam)]
"""Een naam van de gebruiker: 1-200 tekens, niet alleen spaties, geen stuur- of richtingstekens."""
Tijd = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$")]
"""Kloktijd ``UU:MM`` tussen 00:00 en 24:00 (tussen aanhalingstekens in YAML)."""
