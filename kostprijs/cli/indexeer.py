"""``kostprijs indexeer --tarief T --jaren J ...``: een tariefpad met de meegeleverde VNG-indexcijfers."""

from __future__ import annotations

import argparse
from typing import Any


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``indexeer`` toe."""
    p = sub.add_parser("indexeer",
                       description="Indexeer een tarief met de VNG-gewogen index (90% OVA + 10% PCC, voorlopig) "
                                   "of met de VNG-aanbiederindex (inclusief nacalculatie over het vorige jaar). "
                                   "Per component indexeren kan in het model (indexering: methode per_component).")
    p.add_argument("--tarief", type=float, required=True, metavar="BEDRAG",
                   help="tarief in het basisjaar, bijv. 668.66")
    p.add_argument("--jaren", type=int, nargs="+", required=True, metavar="JAAR",
                   help="de indexjaren op volgorde, bijv. 2024 2025")
    p.add_argument("--index", choices=["gewogen", "aanbiederindex"], default="gewogen",
                   help="gewogen: voorlopige gewogen index; aanbiederindex: inclusief nacalculatie")
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``indexeer`` uit."""
    import math

    from kostprijs.cli.weergave import nl_getal, nl_procent, tabel
    from kostprijs.core.afronding import rond_af
    from kostprijs.errors import InvoerFout, Melding
    from kostprijs.indexering import vng_tariefpad

    if not math.isfinite(args.tarief) or args.tarief <= 0:
        raise InvoerFout([Melding("--tarief", "geef een positief bedrag, bijv. 668.66")])
    if any(b <= a for a, b in zip(args.jaren, args.jaren[1:], strict=False)):
        raise InvoerFout([Melding("--jaren", "zet de jaren oplopend en elk jaar één keer")])
    pad = vng_tariefpad(args.tarief, args.jaren, args.index)
    rijen = [["basis", "", nl_getal(rond_af(args.tarief))]]
    rijen += [[str(j), nl_procent(i, 3), nl_getal(rond_af(t))] for j, i, t in pad]
    print(f"Tariefpad met VNG-{'aanbiederindex' if args.index == 'aanbiederindex' else 'gewogen index (voorlopig)'}"
          " (parameters vng.indexatie; zie `kostprijs parameters --naam vng`)")
    print(tabel(["jaar", "index", "tarief"], rijen))
    return 0
