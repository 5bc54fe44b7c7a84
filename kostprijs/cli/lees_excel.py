"""``kostprijs lees-excel UIT.xlsx``: lees een bewerkt werkboek terug en reken het tarief opnieuw uit."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kostprijs.cli._model import met_parametermap, voeg_toe, waarschuw
from kostprijs.cli._opties import geef_json, uit_pad, voeg_json_toe, voeg_uit_toe


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``lees-excel`` toe."""
    p = sub.add_parser("lees-excel", description="Lees het tabblad Uitgangspunten van een (bewerkt) werkboek van "
                       "kostprijs, controleer elke cel en reken de tariefopbouw opnieuw uit.")
    p.add_argument("werkboek", metavar="WERKBOEK.xlsx",
                   help="een werkboek geschreven met 'kostprijs bereken --uit' of 'kostprijs nieuw --excel'")
    voeg_uit_toe(p, {".yaml": "het teruggelezen model als YAML", ".yml": "idem"}, oud={"--yaml": ".yaml"})
    voeg_json_toe(p, "het resultaat")
    voeg_toe(p)
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``lees-excel`` uit."""
    from kostprijs.cli.bereken import opbouw_tekst
    from kostprijs.excel import lees_werkboek
    from kostprijs.model import bereken

    model = met_parametermap(lees_werkboek(args.werkboek), args.parameters)
    resultaat = bereken(model)
    waarschuw(resultaat.waarschuwingen, args)
    yaml_pad = uit_pad(args, ".yaml", ".yml")
    if yaml_pad:
        schrijf_yaml(model, Path(yaml_pad))
    if args.json:
        geef_json(args, resultaat.to_json())
    else:
        print(opbouw_tekst(resultaat))
    return 0


def model_yaml(model: Any) -> str:
    """Het model als YAML-tekst die :func:`kostprijs.lees_model_tekst` weer precies zo inleest."""
    from kostprijs.io.model_uitvoer import model_yaml as yaml_tekst

    return yaml_tekst(model, "Teruggelezen uit een werkboek met `kostprijs lees-excel`.")


def schrijf_yaml(model: Any, doel: Path) -> None:
    """Schrijf het model atomair als YAML (:mod:`kostprijs.io.schrijven`)."""
    from kostprijs.io.schrijven import schrijf_tekst

    schrijf_tekst(doel, model_yaml(model))
