"""Gedeelde bouwstenen voor de invoermodellen: de strikte basisklasse en Nederlandse samenhangfouten.

Eén plek, zodat invoermodel, parameterbestanden en salaristabellen dezelfde regels volgen (bevroren,
``extra="forbid"``, strikt, alleen eindige getallen) en hun fouten op dezelfde manier vertaald worden
(:mod:`kostprijs.io.meldingen` herkent het fouttype ``kostprijs`` en de sub-plaats).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict
from pydantic_core import PydanticCustomError


def fout(tekst: str, *sub: str | int) -> PydanticCustomError:
    """Een Nederlandse validatiefout; ``sub`` verfijnt de plaats onder het veld (lijstindex, sleutel)."""
    return PydanticCustomError("kostprijs", tekst, {"sub": ".".join(str(s) for s in sub)})


class Basis(BaseModel):
    """Gemeenschappelijke instellingen: bevroren, strikt, geen onbekende velden, alleen eindige getallen."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True, allow_inf_nan=False, defer_build=True)
