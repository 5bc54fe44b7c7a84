"""``kostprijs inlezen BESTAND.xlsx``: controleer één ingevuld uitvraagsjabloon en toon wat er staat."""

from __future__ import annotations

import argparse
import json
from typing import Any

from kostprijs.cli._opties import geef_json, voeg_json_toe


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``inlezen`` toe."""
    p = sub.add_parser("inlezen", description="Lees één ingevuld sjabloon als onbetrouwbare invoer: voorcontrole, "
                                   "begrensd lezen, strikte controle; alle problemen met Blad!Cel.")
    p.add_argument("bestand", metavar="BESTAND.xlsx", help="het ingevulde sjabloon")
    voeg_json_toe(p, "de ingelezen opgave")
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``inlezen`` uit; schrijft niets weg."""
    from kostprijs.cli.weergave import nl_eenheid, nl_getal, tabel
    from kostprijs.onderzoek.herrekening import herreken
    from kostprijs.onderzoek.inlezen import lees_opgave

    opgave = lees_opgave(args.bestand)
    if args.json:
        geef_json(args, json.dumps(opgave.model_dump(mode="json"), indent=2, ensure_ascii=False))
        return 0
    h = herreken(opgave)
    print(f"{opgave.aanbieder} - basisjaar {opgave.basisjaar} - {len(opgave.locaties)} locatie(s) - in orde")
    rijen = [[loc.naam, str(loc.plaatsen), nl_eenheid(loc.bezette_etmalen, "etmalen/jaar"), nl_getal(loc.kosten[c])]
             for loc in h.locaties for c in ("kostprijs",)]
    print(tabel(["locatie", "plaatsen", "bezette etmalen", "kostprijs per jaar"], rijen))
    for r in h.herrekeningen:
        print(f"herrekend: {r.plaats} - {r.onderwerp}: {r.toelichting}")
    return 0
