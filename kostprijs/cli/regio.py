"""``kostprijs regio REGIO.yaml``: woningen naast elkaar, capaciteit, leegstand delen en begroting van een regio.

Met ``--json`` het hele resultaat als JSON, ``--excel UIT.xlsx`` een werkboek (een blad per woning, een
vergelijking en een regioblad met live formules) en ``--pdf UIT.pdf`` een korte notitie voor college of bestuur.
"""

from __future__ import annotations

import argparse
from typing import Any

from kostprijs.cli._model import voeg_toe, waarschuw


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``regio`` toe."""
    p = sub.add_parser("regio", help="regionale inkoop: woningen, tarieftreden, capaciteit, leegstand en begroting",
                       description="Reken een regio door: de woningen naast elkaar (elk gelijk aan `kostprijs "
                                   "bereken`), tarieven per zorgintensiteit, de goedkoopste capaciteit voor de "
                                   "regionale vraag, wie de leegstand betaalt (ieder voor zich of een fonds) en de "
                                   "meerjarenbegroting per gemeente.")
    p.add_argument("regio", metavar="REGIO.yaml", help="het regiobestand (zie examples/regio-*.yaml)")
    p.add_argument("--json", action="store_true", help="druk het hele resultaat af als JSON")
    p.add_argument("--excel", metavar="UIT.xlsx", help="schrijf het regiowerkboek")
    p.add_argument("--pdf", metavar="UIT.pdf", help="schrijf de notitie voor college of bestuur (PDF)")
    voeg_toe(p)
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``regio`` uit."""
    import dataclasses
    import sys

    from kostprijs.cli._model import met_parametermap
    from kostprijs.regio import analyseer, lees_regio

    g = lees_regio(args.regio)
    if args.parameters:
        g = dataclasses.replace(g, modellen=tuple(met_parametermap(m, args.parameters) for m in g.modellen))
    u = analyseer(g)
    waarschuw([*u.waarschuwingen, *(w for x in u.woningen for w in x.resultaat.waarschuwingen)], args)
    if args.excel:
        from kostprijs.regio.werkboek import schrijf_regiowerkboek

        schrijf_regiowerkboek(u, args.excel)
        print(f"werkboek geschreven: {args.excel}", file=sys.stderr)
    if args.pdf:
        from kostprijs.regio.memo import schrijf_memo

        schrijf_memo(u, args.pdf)
        print(f"notitie geschreven: {args.pdf}", file=sys.stderr)
    if args.json:
        print(u.to_json())
    else:
        from kostprijs.regio.tekst import regio_tekst

        print(regio_tekst(u))
    return 0
