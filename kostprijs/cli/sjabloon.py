"""``kostprijs sjabloon UIT.xlsx``: schrijf het versiegebonden uitvraagsjabloon voor aanbieders."""

from __future__ import annotations

import argparse
from typing import Any

from kostprijs.cli._model import lees, voeg_toe, waarschuw


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``sjabloon`` toe."""
    p = sub.add_parser("sjabloon", help="schrijf het uitvraagsjabloon voor het kostprijsonderzoek",
                       description="Schrijf het Excel-sjabloon waarmee aanbieders hun kosten opgeven.")
    p.add_argument("uit", metavar="UIT.xlsx", help="pad van het nieuwe sjabloon (wordt atomair geschreven)")
    p.add_argument("--uit-model", metavar="MODEL.yaml",
                   help="vul de begroting op Locatie 1 vooraf in uit een tariefmodel (uw eigen berekening)")
    voeg_toe(p)
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``sjabloon`` uit."""
    from kostprijs.errors import InvoerFout, Melding
    from kostprijs.onderzoek.celkaart import SJABLOON_VERSIE
    from kostprijs.onderzoek.sjabloon import schrijf_sjabloon

    if not str(args.uit).lower().endswith(".xlsx"):
        raise InvoerFout([Melding("UIT.xlsx", f"'{args.uit}' eindigt niet op .xlsx")])
    if args.uit_model is None:
        pad = schrijf_sjabloon(args.uit)
        print(f"Sjabloon geschreven: {pad} ({SJABLOON_VERSIE})")
        return 0
    from kostprijs.model import bereken
    from kostprijs.onderzoek.uit_model import vooraf_uit_model

    model = lees(args, "uit_model")
    resultaat = bereken(model)
    waarschuw(resultaat.waarschuwingen, args)
    pad = schrijf_sjabloon(args.uit, vooraf=vooraf_uit_model(model, resultaat), naam=f"Uitvraag: {model.naam}")
    print(f"Sjabloon geschreven: {pad} ({SJABLOON_VERSIE}), de begroting op Locatie 1 ingevuld uit {args.uit_model}")
    return 0
