"""Gedateerde, verantwoorde parameters: CAO-regels, premies, pensioen, indexcijfers, feestdagen.

Elke waarde heeft een eenheid, een ingangsdatum, een bron (titel en URL), een status (``bron``,
``afgeleid`` met afleiding, of ``derden``) en de datum waarop ze het laatst is nagekeken. Wat in de
bronnen niet is gevonden (salaristabellen, ORT in het weekend, eindejaarsuitkering) wordt niet
verzonnen: zo'n parameter heeft geen waarde en de foutmelding zegt wat u zelf moet opgeven.

>>> from kostprijs.parameters import waarde
>>> waarde("cao_jeugdzorg.arbeidsduur.uren_per_week", "2025-01-01")
36.0

De YAML-bestanden worden pas bij de eerste opvraging gelezen (``import kostprijs`` blijft licht), en het
gelezen register staat op schijf met de inhoud van de bestanden als sleutel (:mod:`kostprijs.parameters.cache`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kostprijs.parameters.register import (
    Datum,
    Gevonden,
    ParameterFout,
    Register,
    als_datum,
    lees_register,
)

__all__ = [
    "Datum",
    "Gevonden",
    "ParameterFout",
    "Register",
    "als_datum",
    "lees_register",
    "opzoeken",
    "register",
    "register_met_regio",
    "waarde",
]


@lru_cache(maxsize=1)
def register() -> Register:
    """Het register met de meegeleverde parameters (één keer gelezen, daarna uit het geheugen)."""
    return lees_register()


def register_met_regio(map_: str | Path | None) -> Register:
    """Het meegeleverde register met de eigen parametermap van een regio erover (zonder map: het
    meegeleverde). Een map wordt opnieuw gelezen zodra een bestand erin verandert."""
    if map_ is None:
        return register()
    pad = Path(map_).resolve()
    kenmerk = tuple((p.as_posix(), p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(pad.rglob("*.yaml"))) \
        if pad.is_dir() else ()
    return _met_regio(pad, kenmerk)


@lru_cache(maxsize=8)
def _met_regio(pad: Path, kenmerk: tuple[tuple[str, int, int], ...]) -> Register:
    del kenmerk  # alleen de sleutel van de cache: verandert een bestand, dan wordt de map opnieuw gelezen
    return register().met_regio(lees_register(pad, herkomst="regio"))


def opzoeken(naam: str, datum: Datum) -> Gevonden:
    """De waarde van ``naam`` op ``datum`` met eenheid, bron en status."""
    return register().op(naam, datum)


def waarde(naam: str, datum: Datum) -> float:
    """De waarde van ``naam`` op ``datum`` als getal."""
    return register().getal(naam, datum)
