"""``kostprijs onderzoek MAP/ --uit RAPPORT.xlsx``: het kostprijsonderzoek over alle sjablonen in een map."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from kostprijs.cli._opties import SCHERM, _pad_met, voeg_json_toe, voeg_uit_toe


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
    t = p.add_argument_group("van voorstel naar tarief", "Het normatieve voorstel als volledig tariefmodel: met "
                             "risico, indexering en de AMvB-indeling, als YAML-model en als werkboek.")
    t.add_argument("--tarief", metavar="PAD", action="append",
                   type=_pad_met({".yaml": "tariefmodel", ".xlsx": "tariefwerkboek"}, "--tarief"),
                   help="schrijf het voorstel als tariefmodel (.yaml) of tariefwerkboek (.xlsx); mag vaker")
    t.add_argument("--risico", type=float, metavar="FRACTIE",
                   help="risico-opslag op de kostprijs voor het tariefmodel, bijv. 0.03 [/1] (verplicht bij --tarief)")
    t.add_argument("--vng-jaar", type=int, metavar="JAAR",
                   help="indexeer naar het tariefjaar met de VNG-gewogen index van dit jaar")
    t.add_argument("--loonindex", type=float, metavar="FRACTIE", help="eigen loonindex (met --prijsindex)")
    t.add_argument("--prijsindex", type=float, metavar="FRACTIE", help="eigen prijsindex (met --loonindex)")
    t.add_argument("--normdeel", choices=("realisatie", "begroting"),
                   help="welk deel het tariefmodel geeft (standaard de realisatie als die er is)")
    p.set_defaults(uitvoeren=uitvoeren)


def _indexering(args: argparse.Namespace) -> dict[str, Any] | None:
    from kostprijs.errors import InvoerFout, Melding

    eigen = args.loonindex is not None or args.prijsindex is not None
    if args.vng_jaar is not None and eigen:
        raise InvoerFout([Melding("--vng-jaar", "geef óf --vng-jaar óf --loonindex en --prijsindex")])
    if args.vng_jaar is not None:
        return {"methode": "vng_gewogen", "vng_jaar": args.vng_jaar}
    if eigen:
        if args.loonindex is None or args.prijsindex is None:
            raise InvoerFout([Melding("--loonindex/--prijsindex", "geef zowel --loonindex als --prijsindex")])
        return {"methode": "per_component", "loonindex": args.loonindex, "prijsindex": args.prijsindex}
    return None


def _tariefmodel(args: argparse.Namespace, studie: Any) -> None:
    """Schrijf het voorstel als tariefmodel (YAML) en werkboek, en toon het tarief met de AMvB-indeling."""
    from kostprijs.cli.weergave import nl_getal, tabel
    from kostprijs.errors import InvoerFout, Melding
    from kostprijs.model import bereken
    from kostprijs.onderzoek.normmodel import normmodel, normmodel_yaml
    from kostprijs.onderzoek.veilig import schrijf_tekst_atomair

    if args.risico is None:
        raise InvoerFout([Melding("--risico", "geef de risico-opslag voor het tariefmodel, bijv. --risico 0.03")])
    soort = args.normdeel or studie.hoofddeel.soort
    if soort not in studie.delen:
        raise InvoerFout([Melding("--normdeel", f"het onderzoek heeft geen opgaven voor {soort}")])
    deel = studie.delen[soort]
    model = normmodel(deel, studie.regio, args.risico, _indexering(args))
    resultaat = bereken(model)
    for pad in args.tarief:
        if pad.lower().endswith(".yaml"):
            schrijf_tekst_atomair(Path(pad), normmodel_yaml(model, deel))
            print(f"Tariefmodel: {pad}")
        else:
            from kostprijs.excel import schrijf_werkboek

            schrijf_werkboek(model, pad, resultaat)
            print(f"Tariefwerkboek: {pad}")
    w = resultaat.figuur
    print(tabel(["AMvB-element", "per bezet etmaal"], [
        [w(f"amvb_{e}_per_bezet_etmaal").omschrijving, nl_getal(w(f"amvb_{e}_per_bezet_etmaal").afgerond)]
        for e in "abcd"] + [[w("amvb_buiten_risico_per_bezet_etmaal").omschrijving,
                              nl_getal(w("amvb_buiten_risico_per_bezet_etmaal").afgerond)], [],
                             ["Tarief per bezet etmaal", nl_getal(resultaat.tarief_per_bezet_etmaal)]]))


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
    from kostprijs.notatie import nl_getal
    from kostprijs.onderzoek.celkaart import SOORTNAAM
    from kostprijs.onderzoek.rapport import schrijf_rapport
    from kostprijs.onderzoek.studie import onderzoek
    from kostprijs.onderzoek.voorstel import Voorstel

    if not str(args.uit).lower().endswith(".xlsx"):
        raise InvoerFout([Melding("--uit", f"'{args.uit}' eindigt niet op .xlsx")])
    json_bestand = None if args.json in (None, SCHERM) else args.json
    for doel in (args.uit, json_bestand or Path(args.uit).with_suffix(".json"), *(args.tarief or [])):
        controleer_doel(doel)  # vóór het lezen van honderden bestanden: kan de uitvoer er straks staan?
    studie = onderzoek(args.map, _normen(args), anoniem=args.anoniem, voortgang=voortgang(sys.stderr))
    json_pad = schrijf_rapport(studie, args.uit, json_bestand)
    if args.json == SCHERM:
        print(json_pad.read_text(encoding="utf-8"))
        return 0
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
    if args.tarief:
        _tariefmodel(args, studie)
    return 0
