"""``kostprijs onderzoek MAP/ --uit RAPPORT.xlsx``: het kostprijsonderzoek over alle sjablonen in een map."""

from __future__ import annotations

import argparse
from typing import Any


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``onderzoek`` toe."""
    p = sub.add_parser("onderzoek", help="kostprijsonderzoek over alle ingevulde sjablonen in een map",
                       description="Lees alle sjablonen in MAP, herreken naar de regiodefinities, toon de "
                                   "spreiding en (met normen) een normatief tarief.")
    p.add_argument("map", metavar="MAP", help="map met ingevulde sjablonen (*.xlsx)")
    p.add_argument("--uit", metavar="RAPPORT.xlsx", required=True, help="het rapport (werkmap)")
    p.add_argument("--json", metavar="PAD", help="JSON-samenvatting (standaard naast het rapport, .json)")
    p.add_argument("--anoniem", action="store_true", help="aanbieders als Aanbieder 01, 02, ... zonder bestandsnamen")
    p.add_argument("--normbezetting", type=float, metavar="FRACTIE", help="normbezetting van de regio, bijv. 0.9")
    p.add_argument("--overheadnorm", type=float, metavar="FRACTIE",
                   help="overheadnorm als aandeel van de integrale kosten, bijv. 0.2")
    p.add_argument("--statistiek", default="mediaan", help="statistiek voor alle componenten (standaard mediaan)")
    p.add_argument("--statistiek-component", action="append", default=[], metavar="COMPONENT=STATISTIEK",
                   help="statistiek voor één component, bijv. huisvesting=gewogen_plaatsen")
    p.set_defaults(uitvoeren=uitvoeren)


def _normen(args: argparse.Namespace) -> Any:
    from kostprijs.errors import InvoerFout, Melding
    from kostprijs.onderzoek.voorstel import DIRECTE_COMPONENTEN, Normen

    if (args.normbezetting is None) != (args.overheadnorm is None):
        raise InvoerFout([Melding("--normbezetting/--overheadnorm", "geef beide normen of geen van beide")])
    if args.normbezetting is None:
        return None
    stat = dict.fromkeys(DIRECTE_COMPONENTEN, args.statistiek)
    for paar in args.statistiek_component:
        comp, _, keuze = paar.partition("=")
        stat[comp.strip()] = keuze.strip()
    return Normen(args.normbezetting, args.overheadnorm, stat)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``onderzoek`` uit."""
    import sys

    from kostprijs.errors import InvoerFout, Melding
    from kostprijs.notatie import nl_getal
    from kostprijs.onderzoek.celkaart import SOORTNAAM
    from kostprijs.onderzoek.rapport import schrijf_rapport
    from kostprijs.onderzoek.studie import onderzoek
    from kostprijs.onderzoek.voorstel import Voorstel

    if not str(args.uit).lower().endswith(".xlsx"):
        raise InvoerFout([Melding("--uit", f"'{args.uit}' eindigt niet op .xlsx")])
    studie = onderzoek(args.map, _normen(args), anoniem=args.anoniem)
    json_pad = schrijf_rapport(studie, args.uit, args.json)
    for deel in studie.delen.values():
        herrekend = sum(1 for a in deel.aanbieders if a.herrekend)
        print(f"{len(deel.aanbieders)} opgaven in het onderzoek, {SOORTNAAM[deel.soort].lower()} ({herrekend} "
              "herrekend naar de regiodefinities).")
    print(f"{len(studie.afgewezen)} bestanden afgewezen.")
    for a in studie.afgewezen:  # voor de onderzoeker: altijd met bestandsnaam (het rapport is anoniem)
        print(f"afgewezen: {a.bestand}", file=sys.stderr)
        for m in a.meldingen:
            print(f"  - {m}", file=sys.stderr)
    for deel in studie.delen.values():
        if isinstance(deel.voorstel, Voorstel):
            print(f"Normatief tarief per bezet etmaal ({SOORTNAAM[deel.soort].lower()}): "
                  f"{nl_getal(deel.voorstel.tarief_afgerond)}")
        elif deel.voorstel:
            print(deel.voorstel)
    print(f"Rapport: {args.uit}; samenvatting: {json_pad}")
    return 0
