"""``kostprijs sjabloon --uit UIT.xlsx``: schrijf het versiegebonden uitvraagsjabloon voor aanbieders."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kostprijs.cli._opties import voeg_uit_toe
from kostprijs.cli._parser import melding_verouderd


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``sjabloon`` toe."""
    p = sub.add_parser("sjabloon", description="Schrijf het Excel-sjabloon waarmee aanbieders hun kosten opgeven.")
    voeg_uit_toe(p, {".xlsx": "het nieuwe sjabloon, atomair geschreven"})
    # oude spelling (tot 0.3.0): het pad als argument, zonder --uit
    p.add_argument("oud_uit", nargs="?", metavar="UIT.xlsx", help=argparse.SUPPRESS)
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``sjabloon`` uit."""
    from kostprijs.errors import InvoerFout, Melding
    from kostprijs.onderzoek.celkaart import SJABLOON_VERSIE
    from kostprijs.onderzoek.sjabloon import schrijf_sjabloon

    uit = args.uit
    if args.oud_uit is not None:
        print(melding_verouderd("kostprijs sjabloon UIT.xlsx", "kostprijs sjabloon --uit UIT.xlsx"), file=sys.stderr)
        if uit is not None:
            raise InvoerFout([Melding("--uit", "geef het pad één keer, met --uit")])
        uit = args.oud_uit
    if uit is None:
        raise InvoerFout([Melding("--uit", "geef het pad van het nieuwe sjabloon, bijv. --uit sjabloon.xlsx")])
    if not str(uit).lower().endswith(".xlsx"):
        raise InvoerFout([Melding("--uit", f"'{uit}' eindigt niet op .xlsx")])
    pad = schrijf_sjabloon(uit)
    print(f"Sjabloon geschreven: {pad} ({SJABLOON_VERSIE})")
    return 0
