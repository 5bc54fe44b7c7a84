"""``kostprijs financiering MODEL.yaml``: financieringsvormen voor leegstand vergelijken.

Bezettingsscenario uit opties (wachtlijst of losse verwijzingen, start, stabilisatie) of uit
``--scenario SCENARIO.yaml``; standaard de vergelijking van ``docs/bezetting.md`` (financieringsvormen): dagtarief,
beschikbaarheid, tweeledig, leegstandsvergoeding (met en zonder maximum per gat), lumpsum, corridor,
garantie en plafond.
"""

from __future__ import annotations

import argparse
from typing import Any

from kostprijs.cli._model import lees, voeg_toe, waarschuw
from kostprijs.cli._opties import geef_json, uit_pad, voeg_bezetting_toe, voeg_json_toe, voeg_uit_toe
from kostprijs.errors import InvoerFout, Melding

KOLOMMEN = ["regel", "betaling_verwacht", "sd_betaling", "per_bezet_etmaal", "resultaat", "sd_resultaat",
            "p5_resultaat", "kans_verlies"]


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``financiering`` toe."""
    p = sub.add_parser("financiering",
                       description="Wat kost elke financieringsvorm de gemeente en wat houdt de aanbieder over?")
    p.add_argument("model", metavar="MODEL.yaml", help="het invoermodel")
    voeg_scenario_opties_toe(p)
    p.add_argument("--regels", metavar="REGELS.yaml", help="eigen lijst regels (YAML met 'regels:')")
    voeg_bezetting_toe(p, "toon ook het resultaat bij deze vaste bezettingsgraden, bijv. 0.6,0.8,1.0",
                       oud="--bezettingen")
    voeg_uit_toe(p, {".csv": "de tabel als CSV", ".png": "verdeling van het resultaat per vorm, extra 'plot'"},
                 meer=True, oud={"--csv": ".csv", "--png": ".png"})
    voeg_json_toe(p, "de tabel")
    voeg_toe(p)
    p.set_defaults(uitvoeren=uitvoeren)


def voeg_scenario_opties_toe(p: Any) -> None:
    """Opties voor een bezettingsscenario (gedeeld met ``aanloop``)."""
    p.add_argument("--scenario", metavar="SCENARIO.yaml", help="scenario als YAML (velden van Scenario)")
    p.add_argument("--afrekenperiode", choices=["jaar", "maand"],
                   help="afrekenperiode van de regels (standaard: jaar; een regel in --regels mag een eigen noemen)")
    p.add_argument("--plaatsen", type=int, metavar="AANTAL", help="plaatsen (standaard die van het model)")
    p.add_argument("--verblijf", type=float, default=365.0, metavar="DAGEN",
                   help="gemiddelde verblijfsduur [dagen] (standaard 365)")
    soort = p.add_mutually_exclusive_group()
    soort.add_argument("--gat", type=float, metavar="DAGEN", help="wachtlijst: gemiddeld gat tot opname [dagen] (45)")
    soort.add_argument("--verwijzingen", type=float, metavar="AANTAL",
                       help="losse verwijzingen per jaar (Erlang-verliesmodel)")
    p.add_argument("--start", default="stationair", metavar="AANTAL",
                   help="jongeren bij de start, of 'stationair' (standaard)")
    p.add_argument("--stabilisatie", type=float, default=0.0, metavar="DAGEN",
                   help="dagen zonder opnames boven het plafond (standaard 0)")
    p.add_argument("--plafond", type=int, metavar="AANTAL",
                   help="plafond tijdens de stabilisatie (standaard: aantal bij de start)")
    p.add_argument("--verblijfsverdeling", choices=["exponentieel", "gamma", "lognormaal", "vast"],
                   default="exponentieel", help="verdeling van de verblijfsduur (standaard exponentieel)")
    p.add_argument("--cv", type=float, default=None, metavar="FRACTIE",
                   help="variatiecoëfficiënt van de verblijfsduur (bij gamma en lognormaal)")
    p.add_argument("--runs", type=int, default=20_000, metavar="AANTAL", help="Monte Carlo-jaren (standaard 20.000)")
    p.add_argument("--seed", type=int, default=20250101, metavar="GETAL", help="startwaarde toevalsgenerator")


def scenario_uit(args: argparse.Namespace, plaatsen_model: int) -> Any:
    """Bouw en valideer een :class:`Scenario` uit ``--scenario`` of de losse opties."""
    from kostprijs.io.yaml_invoer import lees_yaml, valideer
    from kostprijs.scenario.invoer import Scenario, maak

    if args.scenario:
        data, om = lees_yaml(_lees(args.scenario), args.scenario)
        return valideer(data, Scenario, args.scenario, om)
    start: Any = args.start
    if start != "stationair":
        if not str(start).isdigit():
            raise InvoerFout([Melding("--start", f"'{start}' moet een aantal jongeren zijn of 'stationair'")])
        start = int(start)
    b: dict[str, Any] = {"plaatsen": args.plaatsen or plaatsen_model, "verblijfsduur_dagen": args.verblijf,
                         "verblijfsverdeling": args.verblijfsverdeling}
    if args.cv is not None:
        b["variatiecoefficient"] = args.cv
    if args.verwijzingen is not None:
        b.update(soort="verlies", verwijzingen_per_jaar=args.verwijzingen)
    else:
        b.update(soort="wachtlijst", gat_dagen=args.gat if args.gat is not None else 45.0)
    plafond = args.plafond if args.plafond is not None else (start if args.stabilisatie > 0 and isinstance(start, int)
                                                             else None)
    data = {"bezetting": b, "aanwezig_bij_start": start, "stabilisatie_dagen": args.stabilisatie,
            "plafond": plafond, "runs": args.runs, "seed": args.seed}
    try:
        return maak(Scenario, data, "opties")
    except InvoerFout as e:
        raise InvoerFout([Melding(_optie(m.plaats), m.tekst) for m in e.meldingen], "de opties") from None


OPTIES = {
    "opties.bezetting.plaatsen": "--plaatsen", "opties.bezetting.verblijfsduur_dagen": "--verblijf",
    "opties.bezetting.gat_dagen": "--gat", "opties.bezetting.verwijzingen_per_jaar": "--verwijzingen",
    "opties.bezetting.variatiecoefficient": "--cv", "opties.bezetting.verblijfsverdeling": "--verblijfsverdeling",
    "opties.aanwezig_bij_start": "--start", "opties.stabilisatie_dagen": "--stabilisatie",
    "opties.plafond": "--plafond", "opties.runs": "--runs", "opties.seed": "--seed",
}


def _optie(plaats: str) -> str:
    """Plaats in het scenario -> de opdrachtregeloptie waar de waarde vandaan kwam."""
    return OPTIES.get(plaats, plaats)


def _lees(pad: str) -> str:
    from kostprijs.io.bestanden import lees_tekst
    from kostprijs.io.yaml_invoer import MAX_BYTES

    return lees_tekst(pad, MAX_BYTES)


STANDAARD_REGELS: list[dict[str, Any]] = [
    {"soort": "dagtarief"},
    {"soort": "dagtarief", "norm": 0.95},
    {"soort": "beschikbaarheid"},
    {"soort": "beschikbaarheid", "aandeel_vast": 0.7},
    {"soort": "leegstandsvergoeding", "norm": 1.0, "percentage": 0.8},
    {"soort": "leegstandsvergoeding", "norm": 1.0, "percentage": 0.8, "max_dagen_per_gat": 30},
    {"soort": "lumpsum"},
    {"soort": "corridor", "deel": 0.5},
    {"soort": "garantie", "minimum": 0.8},
    {"soort": "plafond", "maximum": 0.95},
]


def regels_uit(args: argparse.Namespace) -> list[Any]:
    """De regels uit ``--regels`` of de standaardvergelijking."""
    from kostprijs.io.yaml_invoer import lees_yaml, valideer
    from kostprijs.scenario.financiering import regels_uit as valideer_regels
    from kostprijs.scenario.invoer import Regels

    if args.regels:
        data, om = lees_yaml(_lees(args.regels), args.regels)
        regels = list(valideer(data, Regels, args.regels, om).regels)
    else:
        regels = valideer_regels(STANDAARD_REGELS)
    periode = getattr(args, "afrekenperiode", None)
    if not periode:
        return regels
    return [r if "afrekenperiode" in r.model_fields_set or getattr(r, "max_dagen_per_gat", None)
            else r.model_copy(update={"afrekenperiode": periode}) for r in regels]


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``financiering`` uit."""
    from kostprijs import bereken
    from kostprijs.cli.weergave import nl_eenheid, nl_getal, nl_procent
    from kostprijs.io.schrijven import alles_of_niets
    from kostprijs.scenario import financiering as fi
    from kostprijs.scenario import uitvoer

    m = lees(args)
    waarschuw(bereken(m).waarschuwingen, args)
    sc = scenario_uit(args, m.plaatsen)
    regels = regels_uit(args)
    v = fi.vergelijk_volledig(m, sc, regels, uitvoer.voortgangsbalk("Monte Carlo"))
    df, a = v.tabel, v.tabel.attrs
    csv, png = uit_pad(args, ".csv"), uit_pad(args, ".png")
    with alles_of_niets():  # csv en png samen, of geen van beide
        if csv:
            uitvoer.schrijf_atomair(csv, uitvoer.csv_tekst(df))
        if png:
            from kostprijs.scenario import grafiek

            grafiek.verdelingen(v.resultaten, png, "Jaarresultaat aanbieder per financieringsvorm")
    if args.json:
        geef_json(args, uitvoer.json_tekst(df, {str(k): w for k, w in a.items()}))
        return 0
    if csv and not png:
        return 0
    b = sc.bezetting
    print(f"{b.plaatsen} plaatsen, model '{b.soort}', verblijf {nl_eenheid(b.verblijfsduur_dagen, 'dagen')} dagen; "
          f"start {sc.aanwezig_bij_start}, stabilisatie {nl_eenheid(sc.stabilisatie_dagen, 'dagen')} dagen; "
          f"{sc.runs} MC-jaren, seed {sc.seed}")
    print(f"Bezetting: exact {nl_procent(a['bezetting_exact'])} (sd {nl_procent(a['sd_bezetting_exact'])}), "
          f"MC {nl_procent(a['bezetting_mc'])} (sd {nl_procent(a['sd_bezetting_mc'])})")
    print(f"Stationair: bezetting {nl_procent(a['stationaire_bezetting'])}, kans vol {nl_procent(a['kans_vol'])}, "
          f"{nl_getal(a['weigeringen_per_jaar'], 1)} weigeringen en {nl_getal(a['opnames_per_jaar'], 1)} opnames per "
          f"jaar, leegstand {nl_eenheid(a['leegstand_plaatsdagen_per_jaar'], 'dagen')} plaatsdagen per jaar, "
          f"gemiddeld gat {nl_eenheid(a['gat_dagen'], 'dagen')} dagen")
    print(f"Kosten: vast EUR {nl_getal(a['vast_kosten'])} per jaar + EUR {nl_getal(a['variabel_kosten'])} per "
          f"bezet etmaal; begroting (tariefbudget bij de norm) EUR {nl_getal(a['begroting'])}\n")
    print(uitvoer.tabel_tekst(df, KOLOMMEN))
    if args.bezetting:
        from kostprijs.cli.scenario import getallen
        from kostprijs.scenario.basis import model_met

        mm = m if m.plaatsen == b.plaatsen else model_met(m, plaatsen=b.plaatsen)
        tab = fi.scenariotabel(mm, regels, getallen(args.bezetting, "--bezetting"))
        breed = tab.pivot(index="regel", columns="bezettingsgraad", values="resultaat").reindex(tab["regel"].unique())
        breed.columns = [f"resultaat bij {c:.0%}" for c in breed.columns]
        print("\nResultaat aanbieder bij vaste bezetting")
        print(uitvoer.tabel_tekst(breed.reset_index(), None))
    return 0
