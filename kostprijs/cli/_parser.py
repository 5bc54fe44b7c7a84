"""De Nederlandse argumentparser van ``kostprijs``: kopjes, foutmeldingen, typen en oude spellingen.

``argparse`` haalt elke tekst die een gebruiker ziet door ``gettext`` (``argparse._``); :func:`nederlands`
zet voor de duur van het bouwen, ontleden of tonen die vertaling op de Nederlandse tabel :data:`VERTALING`
en zet daarna de oude terug. Zo zijn ook typefouten, conflicten, keuzes en ontbrekende argumenten
Nederlands, zonder dat andere programma's in hetzelfde proces (pytest) iets merken buiten die duur.

Getallen krijgen Nederlandse typen (:func:`geheel_getal`, :func:`getal`): ``type=int`` en ``type=float``
worden bij het toevoegen vanzelf omgezet. Onbekende opties en keuzes krijgen "bedoelt u ...?" uit de
echte namen. Een oude spelling van een optie blijft één uitgave werken met een Nederlandse melding
(:func:`oude_spelling`).
"""

from __future__ import annotations

import argparse
import contextlib
import math
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NoReturn

from kostprijs._versie import __version__
from kostprijs.suggesties import bedoelt_u

VERVALT_IN = "0.3.0"
"""Uitgave waarin de oude spellingen van opties verdwijnen."""

VERTALING: dict[str, str] = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "optional arguments": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon de versie en stop",
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "expected %s argument": "verwacht %s waarde",
    "expected %s arguments": "verwacht %s waarden",
    "ignored explicit argument %r": "deze optie neemt geen waarde, maar kreeg %r",
    "not allowed with argument %s": "gaat niet samen met %s (kies één van beide)",
    "one of the arguments %s is required": "geef één van deze: %s",
    "ambiguous option: %(option)s could match %(matches)s": "onduidelijke optie %(option)s: kan %(matches)s zijn",
    "invalid %(type)s value: %(value)r": "ongeldige waarde %(value)r (verwacht: %(type)s)",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze %(value)r; kies uit %(choices)s",
    "invalid choice: %(value)r, maybe you meant %(closest)r?": "ongeldige keuze %(value)r; bedoelt u %(closest)r?",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unexpected option string: %s": "onverwachte optie: %s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)",
    "option %(option)r is deprecated": "optie %(option)r is verouderd",
    "argument %(argument_name)r is deprecated": "argument %(argument_name)r is verouderd",
    "command %(parser_name)r is deprecated": "opdracht %(parser_name)r is verouderd",
    "conflicting option string: %s": "dubbele optie: %s",
    "conflicting option strings: %s": "dubbele opties: %s",
    "cannot have multiple subparser arguments": "maar één keer subopdrachten per parser",
    "%r is not callable": "%r is niet aanroepbaar",
}
"""argparse-tekst (de gettext-sleutel) -> Nederlands. Sleutels van Python 3.11 tot en met 3.14."""


def _vertaal(tekst: str) -> str:
    return VERTALING.get(tekst, tekst)


def _vertaal_meervoud(enkel: str, meer: str, n: int) -> str:
    return _vertaal(enkel if n == 1 else meer)


@contextlib.contextmanager
def nederlands() -> Iterator[None]:
    """Laat argparse binnen dit blok Nederlands spreken (herintreedbaar; zet het oude terug)."""
    oud = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _vertaal, _vertaal_meervoud  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = oud  # type: ignore[attr-defined]


# --- Nederlandse typen ------------------------------------------------------------------------------


def geheel_getal(tekst: str) -> int:
    """Een geheel getal van de opdrachtregel, met een Nederlandse fout (``"12"`` -> 12)."""
    try:
        return int(tekst.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen geheel getal (bijv. 12)") from None


def getal(tekst: str) -> float:
    """Een eindig getal met een punt als decimaalteken (``"0.9"`` -> 0,9); ``0,9`` geeft een hint."""
    try:
        waarde = float(tekst.strip())
    except ValueError:
        hint = f"; schrijf een punt: {tekst.replace(',', '.')}" if "," in tekst else " (bijv. 0.9 of 668.66)"
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen getal{hint}") from None
    if not math.isfinite(waarde):
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen eindig getal")
    return waarde


geheel_getal.__name__ = "geheel getal"
getal.__name__ = "getal"

_TYPEN: dict[Any, Callable[[str], Any]] = {int: geheel_getal, float: getal}


# --- Opmaak en parser -------------------------------------------------------------------------------


class Opmaak(argparse.HelpFormatter):
    """Helptekst met Nederlandse kopjes; standaardwaarden staan al in de Nederlandse hulptekst."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "gebruik: ")


class Parser(argparse.ArgumentParser):
    """``ArgumentParser`` die Nederlands spreekt, ``int``/``float`` Nederlands controleert en "bedoelt u" zegt."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Opmaak)
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("allow_abbrev", False)
        with nederlands():
            super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        """Als ``argparse``, met ``int``/``float`` vervangen door de Nederlandse typen."""
        if kwargs.get("type") in _TYPEN:
            kwargs["type"] = _TYPEN[kwargs["type"]]
        with nederlands():
            return super().add_argument(*args, **kwargs)

    def add_mutually_exclusive_group(self, **kwargs: Any) -> argparse._MutuallyExclusiveGroup:
        """Als ``argparse``; opties in de groep krijgen ook de Nederlandse typen."""
        groep = super().add_mutually_exclusive_group(**kwargs)
        toevoegen = groep.add_argument

        def add_argument(*args: Any, **kw: Any) -> argparse.Action:
            if kw.get("type") in _TYPEN:
                kw["type"] = _TYPEN[kw["type"]]
            return toevoegen(*args, **kw)

        groep.add_argument = add_argument  # type: ignore[method-assign]
        return groep

    def parse_known_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                         namespace: argparse.Namespace | None = None) -> tuple[argparse.Namespace, list[str]]:
        """Ontleed in het Nederlands."""
        with nederlands():
            return super().parse_known_args(args, namespace)

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        """Ontleed; onbekende opties krijgen "bedoelt u" uit de opties van de (sub)opdracht."""
        ns, rest = self.parse_known_args(args, namespace)
        if rest:
            parser = _actieve_parser(self, ns)
            delen = []
            for r in rest:
                bijna = bedoelt_u(r, parser.optienamen()) if r.startswith("-") else []
                delen.append(f"{r} (bedoelt u {bijna[0]}?)" if bijna else r)
            parser.error(f"onbekende argumenten: {' '.join(delen)}")
        return ns

    def optienamen(self) -> list[str]:
        """Alle zichtbare opties van deze parser (voor "bedoelt u")."""
        return [s for a in self._actions if a.help != argparse.SUPPRESS for s in a.option_strings]

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is not None and value not in action.choices:
            keuzes = [str(c) for c in action.choices]
            bijna = bedoelt_u(str(value), keuzes)
            hint = f"bedoelt u '{bijna[0]}'? " if bijna else ""
            raise argparse.ArgumentError(action, f"ongeldige keuze '{value}'; {hint}kies uit: {', '.join(keuzes)}")

    def format_usage(self) -> str:
        """Gebruiksregel in het Nederlands."""
        with nederlands():
            return super().format_usage()

    def format_help(self) -> str:
        """Hulptekst in het Nederlands."""
        with nederlands():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        """Gebruiksregel en de Nederlandse fout op stderr, exitcode 2 (nooit een traceback)."""
        self.print_usage(sys.stderr)
        print(f"{self.prog}: fout: {message}", file=sys.stderr)
        raise SystemExit(2)


def _actieve_parser(parser: Parser, ns: argparse.Namespace) -> Parser:
    """De parser van de gekozen subopdracht (voor meldingen en "bedoelt u"), anders de hoofdparser."""
    kies = getattr(ns, "_parser", None)
    return kies if isinstance(kies, Parser) else parser


# --- Oude spellingen --------------------------------------------------------------------------------


def melding_verouderd(oud: str, nieuw: str) -> str:
    """De Nederlandse melding voor een oude spelling."""
    return f"let op: '{oud}' is verouderd en vervalt in kostprijs {VERVALT_IN}; gebruik '{nieuw}'"


def oude_spelling(p: argparse.ArgumentParser, oud: str, nieuw: str, omzetten: Callable[[Any], Any] | None = None,
                  ) -> None:
    """Laat optie ``oud`` één uitgave lang hetzelfde doen als ``nieuw``, met een melding op stderr.

    ``omzetten`` zet de waarde van de oude optie om naar die van de nieuwe (bijv. een pad in een lijst).
    De oude spelling staat niet in de hulp, wel in de tabel met opdrachten (``docs/referentie/opdrachten.md``).
    """
    doel = next(a for a in p._actions if nieuw in a.option_strings)
    vlag = doel.nargs == 0

    class Oud(argparse.Action):
        verouderd = nieuw

        def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                     option_string: str | None = None) -> None:
            print(melding_verouderd(option_string or oud, nieuw), file=sys.stderr)
            if vlag:
                waarde = doel.const if doel.const is not None else True
            else:
                waarde = omzetten(values) if omzetten else values
            if isinstance(doel, argparse._AppendAction):
                lijst = list(getattr(namespace, doel.dest, None) or [])
                setattr(namespace, doel.dest, [*lijst, waarde])
            else:
                setattr(namespace, doel.dest, waarde)

    kw: dict[str, Any] = {"dest": doel.dest, "help": argparse.SUPPRESS, "action": Oud,
                          "default": argparse.SUPPRESS}
    if vlag:
        kw["nargs"] = 0
    else:
        kw.update(metavar=doel.metavar, type=doel.type if omzetten is None else None)
        if doel.nargs is not None:
            kw["nargs"] = doel.nargs
    p.add_argument(oud, **kw)


def versie_tekst() -> str:
    """``kostprijs 0.2.0``."""
    return f"kostprijs {__version__}"
