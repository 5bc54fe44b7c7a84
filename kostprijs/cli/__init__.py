"""Opdrachtregel ``kostprijs``: Nederlandse subopdrachten bovenop de publieke API.

Elke module in dit pakket met een functie ``registreer(subparsers)`` levert één subopdracht; zo kan
een nieuwe subopdracht erbij zonder dit bestand te wijzigen. Fouten in de invoer geven Nederlandse
meldingen op stderr en exitcode 2, nooit een traceback.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from kostprijs._versie import __version__
from kostprijs.errors import InvoerFout, KostprijsFout


class _Opmaak(argparse.HelpFormatter):
    """Helptekst met Nederlandse kopjes."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "gebruik: ")


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Opmaak)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> None:  # type: ignore[override]
        vertaald = (message.replace("the following arguments are required", "deze argumenten ontbreken")
                    .replace("unrecognized arguments", "onbekende argumenten")
                    .replace("invalid choice", "ongeldige keuze")
                    .replace("argument", "argument"))
        self.print_usage(sys.stderr)
        print(f"kostprijs: fout: {vertaald}", file=sys.stderr)
        raise SystemExit(2)


def maak_parser() -> argparse.ArgumentParser:
    """De parser met alle subopdrachten uit de modules van dit pakket."""
    parser = _Parser(prog="kostprijs", description="Reële tarieven voor kleinschalige woonvoorzieningen jeugdhulp.")
    parser.add_argument("--versie", action="version", version=f"kostprijs {__version__}",
                        help="toon de versie en stop")
    sub = parser.add_subparsers(dest="opdracht", metavar="OPDRACHT", parser_class=_Parser, title="opdrachten")
    sub.required = True
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "registreer"):
            module.registreer(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Ingang van de opdrachtregel; geeft de exitcode (0 goed, 1 rekenfout, 2 ongeldige invoer)."""
    args = maak_parser().parse_args(argv)
    try:
        code: int = args.uitvoeren(args)
    except InvoerFout as e:
        print(str(e), file=sys.stderr)
        return 2
    except KostprijsFout as e:
        print(f"kostprijs: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
