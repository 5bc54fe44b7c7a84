"""``kostprijs regio REGIO.yaml``: woningen naast elkaar, capaciteit, leegstand delen en begroting van een regio.

Met ``--json [PAD]`` het hele resultaat als JSON, ``--uit UIT.xlsx`` een werkboek (een blad per woning, een
vergelijking en een regioblad met live formules) en ``--uit UIT.pdf`` een korte notitie voor college of
bestuur; ``--uit`` mag vaker. ``--excel`` en ``--pdf`` werken ook (de spelling van het issue).
"""

from __future__ import annotations

import argparse
from typing import Any

from kostprijs.cli._model import voeg_toe, waarschuw
from kostprijs.cli._opties import geef_json, uit_pad, voeg_json_toe, voeg_uit_toe


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``regio`` toe."""
    p = sub.add_parser("regio", help="regionale inkoop: woningen, tarieftreden, capaciteit, leegstand en begroting",
                       description="Reken een regio door: de woningen naast elkaar (elk gelijk aan `kostprijs "
                                   "bereken`), tarieven per zorgintensiteit, de goedkoopste capaciteit voor de "
                                   "regionale vraag, wie de leegstand betaalt (ieder voor zich of een fonds) en de "
                                   "meerjarenbegroting per gemeente.")
    p.add_argument("regio", metavar="REGIO.yaml", help="het regiobestand (zie examples/regio-*.yaml)")
    voeg_json_toe(p, "het hele resultaat")
    voeg_uit_toe(p, {".xlsx": "het regiowerkboek", ".pdf": "de notitie voor college of bestuur"}, meer=True,
                 oud={"--excel": ".xlsx", "--pdf": ".pdf"})
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
    if werkboek := uit_pad(args, ".xlsx"):
        from kostprijs.regio.werkboek import schrijf_regiowerkboek

        schrijf_regiowerkboek(u, werkboek)
        print(f"werkboek geschreven: {werkboek}", file=sys.stderr)
    if notitie := uit_pad(args, ".pdf"):
        from kostprijs.regio.memo import schrijf_memo

        schrijf_memo(u, notitie)
        print(f"notitie geschreven: {notitie}", file=sys.stderr)
    if args.json:
        geef_json(args, u.to_json())
    else:
        from kostprijs.regio.tekst import regio_tekst

        print(regio_tekst(u))
    return 0
