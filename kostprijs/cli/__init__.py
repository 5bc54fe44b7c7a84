"""Opdrachtregel ``kostprijs``: Nederlandse subopdrachten bovenop de publieke API.

De tabel :data:`OPDRACHTEN` noemt elke subopdracht met haar module en korte hulp. De parser bouwt alleen
de subopdracht die draait: ``kostprijs --help`` laadt geen enkele opdrachtmodule (en dus niet de
invoermodellen, pandas of Excel-bibliotheken); ``kostprijs bereken ...`` laadt alleen ``cli/bereken.py``.

Een subopdracht toevoegen is één regel in :data:`OPDRACHTEN` plus een module in dit pakket met een functie
``registreer(sub)`` die ``sub.add_parser(NAAM, description=...)`` aanroept, de opties toevoegt en
``set_defaults(uitvoeren=...)`` zet (zie ``docs/ontwikkelaar.md``). Een test faalt als een module met
``registreer`` niet in de tabel staat.

Fouten in de invoer geven Nederlandse meldingen op stderr en exitcode 2, nooit een traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Collection, Sequence
from typing import Any, NamedTuple

from kostprijs.cli._parser import Parser, versie_tekst


class Opdracht(NamedTuple):
    """Eén subopdracht: de module in ``kostprijs.cli`` en de hulp van één regel."""

    module: str
    hulp: str


OPDRACHTEN: dict[str, Opdracht] = {
    "nieuw": Opdracht("nieuw", "schrijf een kort model voor een nieuwe woning, gebouwd op het register"),
    "bereken": Opdracht("bereken", "bereken de tariefopbouw van één KWV uit een YAML-model"),
    "scenario": Opdracht("scenario", "rasters: tarief tegen bezetting, grootte, cluster, tornado, breakeven"),
    "financiering": Opdracht("financiering", "vergelijk financieringsvormen voor leegstand (exact en Monte Carlo)"),
    "aanloop": Opdracht("aanloop", "aanloop van een nieuwe woning: maandpad, resultaat en startbedrag"),
    "indexeer": Opdracht("indexeer", "indexeer een tarief over één of meer jaren met de VNG-cijfers"),
    "parameters": Opdracht("parameters", "toon de meegeleverde parameters met datum, status en bron"),
    "lees-excel": Opdracht("lees_excel", "lees de Uitgangspunten van een werkboek terug en reken opnieuw"),
    "sjabloon": Opdracht("sjabloon", "schrijf het uitvraagsjabloon voor het kostprijsonderzoek"),
    "inlezen": Opdracht("inlezen", "controleer en lees één ingevuld uitvraagsjabloon"),
    "onderzoek": Opdracht("onderzoek", "kostprijsonderzoek over alle ingevulde sjablonen in een map"),
    "regio": Opdracht("regio", "regionale inkoop: woningen, tarieftreden, capaciteit, leegstand en begroting"),
    "web": Opdracht("web", "start de webapplicatie (formulier, tarief, grafieken, downloads en API)"),
}
"""Naam -> (module in ``kostprijs.cli``, hulp). Een nieuwe subopdracht is één regel hier."""


class _Sub:
    """Wat ``registreer(sub)`` krijgt: ``add_parser`` met de hulp uit :data:`OPDRACHTEN`."""

    def __init__(self, sub: Any) -> None:
        self._sub = sub

    def add_parser(self, naam: str, **kwargs: Any) -> Parser:
        kwargs["help"] = OPDRACHTEN[naam].hulp
        kwargs.setdefault("description", OPDRACHTEN[naam].hulp[:1].upper() + OPDRACHTEN[naam].hulp[1:] + ".")
        p: Parser = self._sub.add_parser(naam, **kwargs)
        p.set_defaults(_parser=p)
        return p


def registreer_opdracht(sub: Any, naam: str) -> None:
    """Bouw de volledige parser van één subopdracht (importeert alleen haar module)."""
    module = importlib.import_module(f"{__name__}.{OPDRACHTEN[naam].module}")
    module.registreer(_Sub(sub))


def maak_parser(opdrachten: Collection[str] | None = None) -> argparse.ArgumentParser:
    """De parser; alleen de genoemde ``opdrachten`` krijgen hun opties (``None``: alle, voor docs en tests).

    De andere subopdrachten staan er met naam en hulp in, zodat ``kostprijs --help`` en "bedoelt u" werken.
    """
    parser = Parser(prog="kostprijs", description="Reële tarieven voor kleinschalige woonvoorzieningen jeugdhulp. "
                    "Kies een opdracht; 'kostprijs OPDRACHT --help' toont haar opties.")
    parser.add_argument("--versie", action="version", version=versie_tekst(), help="toon de versie en stop")
    sub = parser.add_subparsers(dest="opdracht", metavar="OPDRACHT", parser_class=Parser, title="opdrachten")
    sub.required = True
    for naam, o in OPDRACHTEN.items():
        if opdrachten is None or naam in opdrachten:
            registreer_opdracht(sub, naam)
        else:
            sub.add_parser(naam, help=o.hulp)
    return parser


def gekozen_opdracht(argv: Sequence[str]) -> str | None:
    """De subopdracht op de opdrachtregel: het eerste woord dat geen optie is (``None`` als er geen is)."""
    return next((a for a in argv if not a.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    """Ingang van de opdrachtregel; geeft de exitcode (0 goed, 1 rekenfout, 2 ongeldige invoer)."""
    from kostprijs.errors import InvoerFout, KostprijsFout

    argv = list(sys.argv[1:] if argv is None else argv)
    gekozen = gekozen_opdracht(argv)
    args = maak_parser([gekozen] if gekozen else []).parse_args(argv)
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
