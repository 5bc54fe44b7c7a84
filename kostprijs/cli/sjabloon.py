"""``kostprijs sjabloon UIT.xlsx``: schrijf het versiegebonden uitvraagsjabloon voor aanbieders."""

from __future__ import annotations

import argparse
from typing import Any


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``sjabloon`` toe."""
    p = sub.add_parser("sjabloon", help="schrijf het uitvraagsjabloon voor het kostprijsonderzoek",
                       description="Schrijf het Excel-sjabloon waarmee aanbieders hun kosten opgeven.")
    p.add_argument("uit", metavar="UIT.xlsx", help="pad van het nieuwe sjabloon (wordt atomair geschreven)")
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``sjabloon`` uit."""
    from kostprijs.errors import InvoerFout, Melding
    from kostprijs.onderzoek.celkaart import SJABLOON_VERSIE
    from kostprijs.onderzoek.sjabloon import schrijf_sjabloon

    if not str(args.uit).lower().endswith(".xlsx"):
        raise InvoerFout([Melding("UIT.xlsx", f"'{args.uit}' eindigt niet op .xlsx")])
    pad = schrijf_sjabloon(args.uit)
    print(f"Sjabloon geschreven: {pad} ({SJABLOON_VERSIE})")
    return 0
