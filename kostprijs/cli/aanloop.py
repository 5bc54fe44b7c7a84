"""``kostprijs aanloop MODEL.yaml``: de aanloop van een nieuwe woning maand voor maand.

Pad expliciet (``--maanden 0.25,0.25,0.5,...``) of uit het bezettingsmodel (``--start 2 --stabilisatie
120 --gat 30``). Per financieringsvorm: opbrengst, resultaat en het startbedrag om quitte te draaien. Een
leegstandsvergoeding met een maximum per gat valt hier weg: in een verwacht pad zijn geen gaten te tellen
(daarvoor ``kostprijs financiering``, die per gat simuleert).
"""

from __future__ import annotations

import argparse
from typing import Any

from kostprijs.cli.financiering import regels_uit, scenario_uit, voeg_scenario_opties_toe


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``aanloop`` toe."""
    p = sub.add_parser("aanloop", help="aanloop van een nieuwe woning: maandpad, resultaat en startbedrag",
                       description="Kosten en opbrengst van een nieuwe woning per maand, per financieringsvorm.")
    p.add_argument("model", metavar="MODEL.yaml")
    p.add_argument("--maanden", metavar="LIJST", help="bezettingsgraad per maand, bijv. 0.25,0.25,0.5,0.5,...")
    p.add_argument("--aantal-maanden", type=int, default=12, help="lengte van het pad uit het model (12)")
    voeg_scenario_opties_toe(p)
    p.add_argument("--regels", metavar="REGELS.yaml", help="eigen lijst regels (YAML met 'regels:')")
    p.add_argument("--per-maand", action="store_true", help="toon het volledige maandpad per regel")
    p.add_argument("--csv", metavar="PAD", help="schrijf het maandpad (alle regels) als CSV")
    p.add_argument("--json", action="store_true", help="druk samenvatting en maandpad af als JSON")
    p.add_argument("--png", metavar="PAD", help="cumulatief resultaat per regel als PNG (extra 'plot')")
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``aanloop`` uit."""
    import json

    from kostprijs import lees_model
    from kostprijs.cli.scenario import getallen
    from kostprijs.io.schrijven import alles_of_niets
    from kostprijs.scenario import aanloop, uitvoer

    m = lees_model(args.model)
    regels = [r for r in regels_uit(args) if getattr(r, "max_dagen_per_gat", None) is None]
    if args.maanden:
        pad = aanloop.aanloop(m, regels, bezetting_per_maand=getallen(args.maanden, "--maanden"))
    else:
        pad = aanloop.aanloop(m, regels, scenario=scenario_uit(args, m.plaatsen), maanden=args.aantal_maanden)
    som = aanloop.samenvatting(pad)
    with alles_of_niets():  # --csv en --png samen, of geen van beide
        if args.csv:
            uitvoer.schrijf_atomair(args.csv, uitvoer.csv_tekst(pad))
        if args.png:
            from kostprijs.scenario import grafiek

            grafiek.lijn(pad, "maand", "cumulatief", args.png,
                         "Aanloop: cumulatief resultaat per financieringsvorm", "maand", "EUR", groep="regel")
    if args.json:
        print(json.dumps({"samenvatting": json.loads(uitvoer.json_tekst(som))["rijen"],
                          "maandpad": json.loads(uitvoer.json_tekst(pad))["rijen"]}, ensure_ascii=False, indent=2))
        return 0
    if args.csv and not args.png:
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
