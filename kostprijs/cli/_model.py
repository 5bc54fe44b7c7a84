"""Gedeelde opties van de subopdrachten die een model lezen: de parametermap van de regio en ``--streng``.

Waarschuwingen (stille aannames, onwaarschijnlijke waarden) gaan naar stderr met hun YAML-pad en regel;
met ``--streng`` worden het fouten (exitcode 2).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kostprijs.errors import InvoerFout, Melding

if TYPE_CHECKING:
    from kostprijs.inputs import KwvModel
    from kostprijs.oplossen import Waarschuwing


def voeg_toe(p: argparse.ArgumentParser) -> None:
    """De opties ``--parameters MAP`` en ``--streng``."""
    p.add_argument("--parameters", metavar="MAP",
                   help="eigen parametermap van de regio (zelfde vorm als de meegeleverde); gaat voor de "
                        "meegeleverde en voor 'parameters.map' in het model")
    p.add_argument("--streng", action="store_true",
                   help="behandel waarschuwingen (stille aannames, onwaarschijnlijke waarden) als fouten")


def met_parametermap(model: KwvModel, map_: str | None) -> KwvModel:
    """Het model met de parametermap van de regio uit de opdrachtregel (als die er is)."""
    if not map_:
        return model
    pad = Path(map_)
    if not pad.is_dir():
        raise InvoerFout([Melding("--parameters", f"de map '{map_}' bestaat niet of is geen map")])
    keuze = model.parameters.model_copy(update={"map": str(pad.resolve())})
    return model.model_copy(update={"parameters": keuze})


def lees(args: argparse.Namespace, veld: str = "model") -> KwvModel:
    """Lees het model van de opdrachtregel, met ``--parameters`` als die is gegeven."""
    from kostprijs import lees_model

    return met_parametermap(lees_model(getattr(args, veld)), getattr(args, "parameters", None))


def waarschuw(waarschuwingen: Iterable[Waarschuwing], args: argparse.Namespace) -> None:
    """Zet waarschuwingen op stderr; met ``--streng`` worden het fouten (exitcode 2)."""
    lijst = list(waarschuwingen)
    if lijst and getattr(args, "streng", False):
        raise InvoerFout([Melding(w.plaats, f"{w.tekst} (waarschuwing {w.code}; --streng)") for w in lijst])
    for w in lijst:
        print(f"waarschuwing: {w}", file=sys.stderr)


def waarschuw_dicts(waarschuwingen: Iterable[dict[str, Any]], args: argparse.Namespace) -> None:
    """Als :func:`waarschuw`, voor waarschuwingen als dict (uit ``DataFrame.attrs``)."""
    from kostprijs.oplossen import Waarschuwing

    waarschuw([Waarschuwing(w["code"], w["plaats"], w["tekst"]) for w in waarschuwingen], args)
