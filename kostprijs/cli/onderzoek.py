"""``kostprijs onderzoek MAP/ --uit RAPPORT.xlsx``: het kostprijsonderzoek over alle sjablonen in een map."""

from __future__ import annotations

import argparse
from typing import Any

from kostprijs.cli._opties import SCHERM, voeg_json_toe, voeg_uit_toe


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``onderzoek`` toe."""
    p = sub.add_parser("onderzoek", description="Lees alle sjablonen in MAP, herreken naar de regiodefinities, toon de "
                                   "spreiding en (met normen) een normatief tarief.")
    p.add_argument("map", metavar="MAP", help="map met ingevulde sjablonen (*.xlsx)")
    voeg_uit_toe(p, {".xlsx": "het rapport (werkmap); de JSON-samenvatting komt ernaast"}, verplicht=True)
    voeg_json_toe(p, "de samenvatting (altijd ook naast het rapport)")
    p.add_argument("--anoniem", action="store_true", help="aanbieders als Aanbieder 01, 02, ... zonder bestandsnamen")
    p.add_argument("--normbezetting", type=float, metavar="FRACTIE", help="normbezetting van de regio, bijv. 0.9 [/1]")
    p.add_argument("--overheadnorm", type=float, metavar="FRACTIE",
                   help="overheadnorm als aandeel van de integrale kosten, bijv. 0.2 [/1]")
    p.add_argument("--statistiek", default="mediaan", metavar="STATISTIEK",
                   help="statistiek voor alle componenten (standaard mediaan)")
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
    from kostprijs.onderzoek.rapport import schrijf_rapport
    from kostprijs.onderzoek.studie import onderzoek
    from kostprijs.onderzoek.voorstel import Voorstel

    if not str(args.uit).lower().endswith(".xlsx"):
        raise InvoerFout([Melding("--uit", f"'{args.uit}' eindigt niet op .xlsx")])
    studie = onderzoek(args.map, _normen(args), anoniem=args.anoniem)
    json_pad = schrijf_rapport(studie, args.uit, None if args.json in (None, SCHERM) else args.json)
    if args.json == SCHERM:
        print(json_pad.read_text(encoding="utf-8"))
        return 0
    herrekend = sum(1 for a in studie.aanbieders if a.herrekeningen)
    print(f"{len(studie.aanbieders)} opgaven in het onderzoek ({herrekend} herrekend naar de regiodefinities), "
          f"{len(studie.afgewezen)} afgewezen.")
    for a in studie.afgewezen:  # voor de onderzoeker: altijd met bestandsnaam (het rapport is anoniem)
        print(f"afgewezen: {a.bestand}", file=sys.stderr)
        for m in a.meldingen:
            print(f"  - {m}", file=sys.stderr)
    if isinstance(studie.voorstel, Voorstel):
        print(f"Normatief tarief per bezet etmaal: {studie.voorstel.tarief_afgerond:.2f}".replace(".", ","))
    elif studie.voorstel:
        print(studie.voorstel)
    print(f"Rapport: {args.uit}; samenvatting: {json_pad}")
    return 0
