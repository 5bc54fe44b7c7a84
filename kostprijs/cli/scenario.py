"""``kostprijs scenario MODEL.yaml``: tarief tegen bezetting, grootte, cluster, tornado, breakeven, raster.

Zonder keuze: tarief per bezet etmaal bij 80% tot 100% bezetting. Uitvoer als Nederlandse tabel, of
met ``--uit PAD.csv`` / ``--uit PAD.png`` / ``--json [PAD]``.
"""

from __future__ import annotations

import argparse
from typing import Any

from kostprijs.cli._model import lees, voeg_toe, waarschuw, waarschuw_dicts
from kostprijs.cli._opties import geef_json, uit_pad, voeg_json_toe, voeg_uit_toe
from kostprijs.errors import InvoerFout, Melding

STANDAARD_BEZETTING = "0.80,0.85,0.90,0.95,1.00"


def getallen(tekst: str, optie: str) -> list[float]:
    """``"0.8,0.9"``, ``"0.8:1.0:0.05"`` (van:tot:stap, tot inbegrepen) of ``"1-8"`` -> lijst getallen."""
    try:
        if ":" in tekst:
            van, tot, stap = (float(x) for x in tekst.split(":"))
            if stap <= 0 or tot < van or (tot - van) / stap > 10_000_000:
                raise ValueError
            n = round((tot - van) / stap) + 1
            return [van + i * stap for i in range(n) if van + i * stap <= tot + 1e-9]
        if "-" in tekst.strip("-") and "," not in tekst and tekst.count("-") == 1 and not tekst.startswith("-"):
            van_i, tot_i = (int(x) for x in tekst.split("-"))
            return [float(x) for x in range(van_i, tot_i + 1)]
        return [float(x) for x in tekst.split(",") if x.strip()]
    except ValueError:
        raise InvoerFout([Melding(optie, f"'{tekst}' is geen lijst getallen; schrijf bijv. 0.8,0.9 of "
                                  "0.8:1.0:0.05 of 1-8")]) from None


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``scenario`` toe."""
    p = sub.add_parser("scenario", description="Scenario's over de tariefopbouw van één KWV (gebroadcast over "
                       "alle punten). Zonder keuze: het tarief bij 80% tot 100% bezetting.")
    p.add_argument("model", metavar="MODEL.yaml", help="het invoermodel")
    keuze = p.add_mutually_exclusive_group()
    keuze.add_argument("--bezetting", metavar="LIJST", help=f"bezettingsgraden (standaard {STANDAARD_BEZETTING})")
    keuze.add_argument("--grootte", metavar="PLAATSEN", help="tarief tegen woninggrootte, bijv. 1-8")
    keuze.add_argument("--cluster", metavar="DIENSTEN", help="gedeelde diensten (komma's), bijv. nacht")
    keuze.add_argument("--tornado", action="store_true", help="gevoeligheid per invoer (standaardstappen [A])")
    keuze.add_argument("--breakeven", metavar="TARIEVEN", help="bezetting waarbij deze dagtarieven quitte draaien")
    keuze.add_argument("--as", dest="assen", metavar="NAAM=LIJST", action="append",
                       help="vrij raster, herhaalbaar: --as bezettingsgraad=0.8:1:0.01 "
                       "--as maandsalaris.groepsleiding=3000:4000:100")
    p.add_argument("--regel", metavar="DIENST:VANAF:PERSONEEL", action="append", default=[],
                   help="roosterregel bij --grootte, bijv. laat:4:2 (vanaf 4 plaatsen 2 medewerkers laat)")
    p.add_argument("--maximum-tarief", type=float, metavar="BEDRAG",
                   help="bij --grootte: betaalbaar als tarief <= dit bedrag [EUR/bezet etmaal]")
    p.add_argument("--woningen", default="1-4", metavar="LIJST",
                   help="bij --cluster: aantallen woningen (standaard 1-4)")
    p.add_argument("--personeel-in-cluster", type=int, default=1, metavar="AANTAL",
                   help="medewerkers in de gedeelde dienst (standaard 1)")
    p.add_argument("--grondslag", choices=["kostprijs", "tariefbudget"], default="kostprijs",
                   help="bij --breakeven: kosten zonder (kostprijs, standaard) of met risico-opslag (tariefbudget)")
    voeg_uit_toe(p, {".csv": "de tabel als CSV", ".png": "grafiek, extra 'plot'"}, meer=True,
                 oud={"--csv": ".csv", "--png": ".png"})
    voeg_json_toe(p, "de tabel")
    voeg_toe(p)
    p.set_defaults(uitvoeren=uitvoeren)


def _regel(teksten: list[str]) -> Any:
    from kostprijs.scenario.grootte import Roosterregel
    from kostprijs.scenario.invoer import maak

    if not teksten:
        return None
    stappen = []
    for t in teksten:
        delen = t.rsplit(":", 2)
        if len(delen) != 3 or not delen[1].isdigit() or not delen[2].isdigit():
            raise InvoerFout([Melding("--regel", f"'{t}' moet DIENST:VANAF:PERSONEEL zijn, bijv. laat:4:2")])
        stappen.append({"dienst": delen[0], "vanaf_plaatsen": int(delen[1]), "personeel": int(delen[2])})
    return maak(Roosterregel, {"stappen": stappen}, "--regel")


def _tabel(args: argparse.Namespace) -> tuple[Any, list[str], str]:
    from kostprijs import bereken
    from kostprijs.scenario import cluster, grootte, raster, tornado

    m = lees(args)
    waarschuw(bereken(m).waarschuwingen, args)
    if args.grootte:
        plaatsen = [int(x) for x in getallen(args.grootte, "--grootte")]
        df = grootte.tarief_naar_grootte(m, plaatsen, _regel(args.regel), maximum_tarief=args.maximum_tarief)
        waarschuw_dicts(df.attrs.get("waarschuwingen", []), args)
        return df, list(df.columns), "grootte"
    if args.cluster:
        df = cluster.cluster(m, [d.strip() for d in args.cluster.split(",")],
                             [int(x) for x in getallen(args.woningen, "--woningen")], args.personeel_in_cluster)
        return df, list(df.columns), "cluster"
    if args.tornado:
        df = tornado.tornado(m)
        return df, ["invoer", "basiswaarde", "laag", "hoog", "tarief_laag", "tarief_hoog", "bereik"], "tornado"
    if args.breakeven:
        df = raster.breakeven(m, getallen(args.breakeven, "--breakeven"), args.grondslag)
        return df, list(df.columns), "breakeven"
    if args.assen:
        assen = {}
        for t in args.assen:
            naam, _, lijst = t.partition("=")
            if not lijst:
                raise InvoerFout([Melding("--as", f"'{t}' moet NAAM=LIJST zijn, bijv. bezettingsgraad=0.8,0.9")])
            assen[naam.strip()] = getallen(lijst, f"--as {naam}")
        df = raster.raster(m, assen)
        return df, [*assen, "tarief_per_bezet_etmaal", "tariefbudget"], "raster"
    df = raster.tarief_bij_bezetting(m, getallen(args.bezetting or STANDAARD_BEZETTING, "--bezetting"))
    return df, ["bezettingsgraad", "bezette_etmalen", "tariefbudget", "tarief_per_bezet_etmaal",
                "leegstand_per_bezet_etmaal"], "bezetting"


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``scenario`` uit."""
    from kostprijs.io.schrijven import alles_of_niets
    from kostprijs.scenario import uitvoer

    df, kolommen, soort = _tabel(args)
    csv, png = uit_pad(args, ".csv"), uit_pad(args, ".png")
    with alles_of_niets():  # csv en png samen, of geen van beide
        if csv:
            uitvoer.schrijf_atomair(csv, uitvoer.csv_tekst(df))
        if png:
            _grafiek(df, soort, png)
    if args.json:
        geef_json(args, uitvoer.json_tekst(df, {"analyse": soort, **{k: v for k, v in df.attrs.items()}}))
    elif not csv or png:
        print(uitvoer.tabel_tekst(df, kolommen))
    return 0


def _grafiek(df: Any, soort: str, pad: str) -> None:
    from kostprijs.scenario import grafiek

    if soort == "bezetting":
        grafiek.lijn(df, "bezettingsgraad", "tarief_per_bezet_etmaal", pad, "Tarief tegen bezettingsgraad",
                     "bezettingsgraad", "EUR per bezet etmaal")
    elif soort == "grootte":
        grafiek.lijn(df, "plaatsen", "tarief_per_bezet_etmaal", pad, "Tarief tegen woninggrootte", "plaatsen",
                     "EUR per bezet etmaal")
    elif soort == "cluster":
        grafiek.lijn(df, "woningen", "tarief_in_cluster", pad, "Tarief per woning in een cluster", "woningen",
                     "EUR per bezet etmaal")
    elif soort == "tornado":
        grafiek.tornado(df, pad)
    elif soort == "breakeven":
        grafiek.lijn(df, "tarief", "breakeven_bezettingsgraad", pad, "Breakeven-bezetting", "dagtarief (EUR)",
                     "bezettingsgraad")
    else:
        x = df.columns[0]
        grafiek.lijn(df, x, "tarief_per_bezet_etmaal", pad, f"Tarief tegen {x}", x, "EUR per bezet etmaal")
