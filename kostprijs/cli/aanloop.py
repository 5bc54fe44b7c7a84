"""``kostprijs aanloop MODEL.yaml``: de aanloop van een nieuwe woning maand voor maand.

Pad expliciet (``--bezetting 0.25,0.25,0.5,...``: bezettingsgraad per maand) of uit het bezettingsmodel
(``--start 2 --stabilisatie 120 --gat 30``). Per financieringsvorm: opbrengst, resultaat en het startbedrag om
quitte te draaien. Een leegstandsvergoeding met een maximum per gat valt hier weg: in een verwacht pad zijn
geen gaten te tellen (daarvoor ``kostprijs financiering``, die per gat simuleert).
"""

from __future__ import annotations

import argparse
from typing import Any

from kostprijs.cli._model import lees, voeg_toe, waarschuw
from kostprijs.cli._opties import geef_json, uit_pad, voeg_bezetting_toe, voeg_json_toe, voeg_uit_toe
from kostprijs.cli.financiering import regels_uit, scenario_uit, voeg_scenario_opties_toe


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``aanloop`` toe."""
    p = sub.add_parser("aanloop",
                       description="Kosten en opbrengst van een nieuwe woning per maand, per financieringsvorm.")
    p.add_argument("model", metavar="MODEL.yaml", help="het invoermodel")
    voeg_bezetting_toe(p, "bezettingsgraad per maand, bijv. 0.25,0.25,0.5,0.5,... (anders uit het "
                       "bezettingsmodel)", oud="--maanden")
    p.add_argument("--aantal-maanden", type=int, default=12, metavar="AANTAL",
                   help="lengte van het pad uit het bezettingsmodel (standaard 12)")
    voeg_scenario_opties_toe(p)
    p.add_argument("--regels", metavar="REGELS.yaml", help="eigen lijst regels (YAML met 'regels:')")
    p.add_argument("--per-maand", action="store_true", help="toon het volledige maandpad per regel")
    voeg_uit_toe(p, {".csv": "het maandpad van alle regels als CSV", ".png": "cumulatief resultaat per regel, "
                     "extra 'plot'"}, meer=True, oud={"--csv": ".csv", "--png": ".png"})
    voeg_json_toe(p, "samenvatting en maandpad")
    voeg_toe(p)
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``aanloop`` uit."""
    import json

    from kostprijs import bereken
    from kostprijs.cli.scenario import getallen
    from kostprijs.io.schrijven import alles_of_niets
    from kostprijs.scenario import aanloop, uitvoer

    m = lees(args)
    waarschuw(bereken(m).waarschuwingen, args)
    regels = [r for r in regels_uit(args) if getattr(r, "max_dagen_per_gat", None) is None]
    if args.bezetting:
        pad = aanloop.aanloop(m, regels, bezetting_per_maand=getallen(args.bezetting, "--bezetting"))
    else:
        pad = aanloop.aanloop(m, regels, scenario=scenario_uit(args, m.plaatsen), maanden=args.aantal_maanden)
    som = aanloop.samenvatting(pad)
    csv, png = uit_pad(args, ".csv"), uit_pad(args, ".png")
    with alles_of_niets():  # csv en png samen, of geen van beide
        if csv:
            uitvoer.schrijf_atomair(csv, uitvoer.csv_tekst(pad))
        if png:
            from kostprijs.scenario import grafiek

            grafiek.lijn(pad, "maand", "cumulatief", png, "Aanloop: cumulatief resultaat per financieringsvorm",
                         "maand", "EUR", groep="regel")
    if args.json:
        geef_json(args, json.dumps({"samenvatting": json.loads(uitvoer.json_tekst(som))["rijen"],
                                    "maandpad": json.loads(uitvoer.json_tekst(pad))["rijen"]}, ensure_ascii=False,
                                   indent=2))
        return 0
    if csv and not png:
        return 0
    eerste = pad[pad["regel"] == pad["regel"].iloc[0]]
    print("Verwacht maandpad")
    print(uitvoer.tabel_tekst(eerste, ["maand", "bezettingsgraad", "bezette_dagen", "kosten"]))
    print("\nPer financieringsvorm")
    print(uitvoer.tabel_tekst(som, ["regel", "opbrengst", "kosten", "resultaat", "startbedrag"]))
    if args.per_maand:
        print("\nMaandpad per regel")
        print(uitvoer.tabel_tekst(pad, ["regel", "maand", "opbrengst", "resultaat", "cumulatief"]))
    return 0
