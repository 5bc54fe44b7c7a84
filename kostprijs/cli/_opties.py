"""Eén taal voor de uitvoer-opties van elke subopdracht.

- Een uitvoerbestand is altijd ``--uit PAD``; het formaat volgt uit de extensie (``.xlsx``, ``.csv``,
  ``.png``, ``.yaml``). Waar een opdracht meer soorten bestanden kan schrijven, mag ``--uit`` vaker.
- JSON is altijd ``--json [PAD]``: zonder PAD op het scherm, met PAD (``.json``) naar dat bestand.
- Bezetting is altijd ``--bezetting``.

Oude spellingen (``--excel``, ``--csv``, ``--png``, ``--yaml``, ``--bezettingen``, ``--maanden``) werken
nog één uitgave, met een melding (zie :func:`kostprijs.cli._parser.oude_spelling`).
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kostprijs.cli._parser import oude_spelling

SCHERM = "-"
"""Waarde van ``--json`` zonder pad: druk af op het scherm."""


def _pad_met(formaten: Mapping[str, str], optie: str) -> Any:
    def controleer(tekst: str) -> str:
        if Path(tekst).suffix.lower() not in formaten:
            keuzes = " of ".join(f"{ext} ({wat})" for ext, wat in formaten.items())
            raise argparse.ArgumentTypeError(f"'{tekst}': geef een bestand op {keuzes}")
        return tekst

    controleer.__name__ = f"pad voor {optie}"
    return controleer


def voeg_uit_toe(p: argparse.ArgumentParser, formaten: Mapping[str, str], *, meer: bool = False,
                 verplicht: bool = False, oud: Mapping[str, str] | None = None) -> None:
    """De optie ``--uit PAD`` met de toegestane extensies (``{".csv": "tabel als CSV"}``).

    ``meer``: ``--uit`` mag vaker (één bestand per formaat). ``oud``: oude optie -> extensie die ze schreef,
    bijv. ``{"--csv": ".csv"}``; die optie werkt nog één uitgave, met een melding.
    """
    wat = "; ".join(f"{ext}: {uitleg}" for ext, uitleg in formaten.items())
    help_ = f"uitvoerbestand, het formaat volgt uit de extensie ({wat})" + ("; mag vaker" if meer else "")
    p.add_argument("--uit", metavar="PAD", action="append" if meer else "store", required=verplicht,
                   type=_pad_met(formaten, "--uit"), help=help_)
    for optie, ext in (oud or {}).items():
        naar = _pad_met({ext: formaten[ext]}, optie)
        oude_spelling(p, optie, "--uit", omzetten=naar)


def uit_pad(args: argparse.Namespace, *extensies: str) -> str | None:
    """Het pad uit ``--uit`` met een van deze extensies (of ``None``)."""
    waarde = getattr(args, "uit", None)
    paden = waarde if isinstance(waarde, list) else [waarde] if waarde else []
    gekozen = [w for w in paden if Path(w).suffix.lower() in extensies]
    if len(gekozen) > 1:
        from kostprijs.errors import InvoerFout, Melding

        raise InvoerFout([Melding("--uit", f"twee bestanden met {'/'.join(extensies)}: {', '.join(gekozen)}; "
                                  "geef er één")])
    return gekozen[0] if gekozen else None


def _json_pad(tekst: str) -> str:
    if tekst != SCHERM and Path(tekst).suffix.lower() != ".json":
        raise argparse.ArgumentTypeError(
            f"'{tekst}' is geen .json-bestand; zet --json achter het model (kostprijs bereken MODEL.yaml --json) "
            "of geef een pad op .json")
    return tekst


_json_pad.__name__ = "pad op .json"


def voeg_json_toe(p: argparse.ArgumentParser, wat: str) -> None:
    """De optie ``--json [PAD]``: ``wat`` als JSON op het scherm, of naar PAD."""
    p.add_argument("--json", metavar="PAD", nargs="?", const=SCHERM, type=_json_pad,
                   help=f"{wat} als JSON: zonder PAD op het scherm, met PAD (.json) naar dat bestand")


def geef_json(args: argparse.Namespace, tekst: str) -> None:
    """Druk JSON af (``--json``) of schrijf het atomair naar het pad (``--json PAD``)."""
    import sys

    if args.json == SCHERM:
        print(tekst)
        return
    from kostprijs.io.schrijven import schrijf_tekst

    schrijf_tekst(args.json, tekst if tekst.endswith("\n") else tekst + "\n")
    print(f"JSON geschreven: {args.json}", file=sys.stderr)


def voeg_bezetting_toe(p: Any, help_: str, oud: str | None = None) -> None:
    """De optie ``--bezetting LIJST`` (bezettingsgraden als fracties); ``oud`` is de vorige spelling."""
    p.add_argument("--bezetting", metavar="LIJST", help=help_)
    if oud:
        oude_spelling(p, oud, "--bezetting")
