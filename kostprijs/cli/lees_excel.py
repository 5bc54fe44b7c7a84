"""``kostprijs lees-excel UIT.xlsx``: lees een bewerkt werkboek terug en reken het tarief opnieuw uit."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``lees-excel`` toe."""
    p = sub.add_parser("lees-excel", help="lees de Uitgangspunten van een werkboek terug en reken opnieuw",
                       description="Lees het tabblad Uitgangspunten van een (bewerkt) werkboek van kostprijs, "
                                   "controleer elke cel en reken de tariefopbouw opnieuw uit.")
    p.add_argument("werkboek", metavar="UIT.xlsx", help="een werkboek geschreven met `kostprijs bereken --excel`")
    p.add_argument("--yaml", metavar="MODEL.yaml", help="schrijf het teruggelezen model ook als YAML")
    p.add_argument("--json", action="store_true", help="druk het resultaat af als JSON")
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``lees-excel`` uit."""
    from kostprijs.cli.bereken import opbouw_tekst
    from kostprijs.excel import lees_werkboek
    from kostprijs.io.json_uitvoer import json_tekst
    from kostprijs.model import bereken

    model = lees_werkboek(args.werkboek)
    resultaat = bereken(model)
    if args.yaml:
        schrijf_yaml(model, Path(args.yaml))
    print(json_tekst(resultaat.to_dict()) if args.json else opbouw_tekst(resultaat))
    return 0


TIJDVELDEN = ("begin", "eind", "van", "tot")


def model_yaml(model: Any) -> str:
    """Het model als YAML-tekst die :func:`kostprijs.lees_model_tekst` weer precies zo inleest."""
    import io

    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    def tijden(x: Any) -> Any:
        if isinstance(x, dict):
            return {k: DoubleQuotedScalarString(w) if k in TIJDVELDEN and isinstance(w, str) else tijden(w)
                    for k, w in x.items()}
        if isinstance(x, list):
            return [tijden(w) for w in x]
        return x

    y = YAML(typ="rt", pure=True)
    y.default_flow_style = False
    buf = io.StringIO()
    buf.write("# Teruggelezen uit een werkboek met `kostprijs lees-excel`.\n")
    y.dump(tijden(model.model_dump(mode="json", exclude_none=True)), buf)
    return buf.getvalue()


def schrijf_yaml(model: Any, doel: Path) -> None:
    """Schrijf het model atomair als YAML (:mod:`kostprijs.io.schrijven`)."""
    from kostprijs.io.schrijven import schrijf_tekst

    schrijf_tekst(doel, model_yaml(model))
