"""``kostprijs onderzoek MAP/ --uit RAPPORT.xlsx``: het kostprijsonderzoek over alle sjablonen in een map."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

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


def voortgang(stroom: TextIO, stap: float = 0.1, vanaf: int = 20) -> Callable[[int, int, str], None]:
    """Voortgang op ``stroom``: op een terminal één regel die bijwerkt, anders een regel per ``stap`` (10%).

    Bij minder dan ``vanaf`` bestanden zonder terminal blijft het stil.
    """
    begin = time.perf_counter()
    terminal = stroom.isatty()
    volgende = [0.0]

    def toon(gedaan: int, totaal: int, bestand: str) -> None:
        if totaal == 0 or (not terminal and totaal < vanaf):
            return
        deel = gedaan / totaal
        tekst = f"gelezen: {gedaan} van {totaal} bestanden ({deel:.0%}, {time.perf_counter() - begin:.1f} s)"
        if terminal:
            stroom.write(f"\r{tekst[:100]:<100}" + ("\n" if gedaan == totaal else ""))
        elif deel >= volgende[0] or gedaan == totaal:
            stroom.write(tekst + "\n")
            volgende[0] = deel + stap
        stroom.flush()

    return toon


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``onderzoek`` uit."""
    from kostprijs.errors import InvoerFout, Melding
    from kostprijs.io.schrijven import controleer_doel
    from kostprijs.onderzoek.rapport import schrijf_rapport
    from kostprijs.onderzoek.studie import onderzoek
    from kostprijs.onderzoek.voorstel import Voorstel

    if not str(args.uit).lower().endswith(".xlsx"):
        raise InvoerFout([Melding("--uit", f"'{args.uit}' eindigt niet op .xlsx")])
    json_bestand = None if args.json in (None, SCHERM) else args.json
    for doel in (args.uit, json_bestand or Path(args.uit).with_suffix(".json")):
        controleer_doel(doel)  # vóór het lezen van honderden bestanden: kan de uitvoer er straks staan?
    studie = onderzoek(args.map, _normen(args), anoniem=args.anoniem, voortgang=voortgang(sys.stderr))
    json_pad = schrijf_rapport(studie, args.uit, json_bestand)
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
