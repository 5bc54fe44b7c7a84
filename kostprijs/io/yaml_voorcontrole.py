"""Voorcontrole van YAML-tekst, vóórdat een model wordt opgebouwd: grenzen en verraderlijke waarden.

De tekst wordt alleen gescand (de gebeurtenissen van de parser, niet-recursief), dus een diep geneste
lijst of een bestand met heel veel waarden wordt geweigerd voordat er geheugen en tijd in gaan. Elke
weigering noemt de regel. Geweigerd worden:

- meer dan :data:`MAX_GEBEURTENISSEN` waarden, een nesting dieper dan :data:`MAX_DIEPTE` of meer dan
  :data:`MAX_HAKEN` haken op één regel (vóór de parser: die zou er seconden over doen);
- tags als ``!!python/object`` (alleen de standaardtags ``!!str``, ``!!int``, ... mogen);
- getallen met een voorloopnul (``012``: YAML 1.2 leest 12, YAML 1.1 las 10), met ``_`` (``450_000``),
  hexadecimaal of octaal (``0x1F``, ``0o17``), of met meer dan :data:`MAX_CIJFERS` significante cijfers;
- datums die niet bestaan (``2025-02-30``, ``2025-13-01``) of een onmogelijke tijd (``25:00:00``).

Tussen aanhalingstekens blijft alles tekst en wordt niets geweigerd (``'012'`` is de tekst 012).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from kostprijs.errors import InvoerFout, Melding

MAX_GEBEURTENISSEN = 10_000
"""Meeste parsergebeurtenissen (sleutels, waarden, lijsten, blokken) in één bestand; het grootste
voorbeeldmodel heeft er ruim 300, het grootste parameterbestand ruim 500."""
MAX_DIEPTE = 32
"""Diepste nesting van lijsten en blokken."""
MAX_HAKEN = 64
"""Meeste ``[`` en ``{`` op één regel: de scanner van ruamel kijkt per haak tot 1024 tekens vooruit, dus
duizenden haken op één regel kosten seconden vóór de eerste gebeurtenis (gevonden met fuzzing)."""
MAX_CIJFERS = 17
"""Meeste significante cijfers in een getal: 17 geeft elke float64 exact terug (de kortste vorm die Python en
:mod:`kostprijs.io.model_uitvoer` schrijven, bijv. ``0.30000000000000004``); meer cijfers voegen niets toe."""
STANDAARDTAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "map", "seq"))

_GETAL = re.compile(r"^[-+]?(\.?[0-9][0-9_]*|[0-9][0-9_]*\.[0-9_]*)([eE][-+]?[0-9]+)?$")
_VOORLOOPNUL = re.compile(r"^[-+]?0[0-9_]")
_GRONDTAL = re.compile(r"^[-+]?0[xXoObB][0-9a-fA-F_]+$")
_TIJDSTEMPEL = re.compile(r"^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.\d*)?"
                          r"(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$")


def voorcontrole(tekst: str, bron: str) -> None:
    """Scan ``tekst``; geeft niets terug of een :class:`InvoerFout` met ``bron, regel N``.

    Een syntaxfout laat de voorcontrole door: de lezer zelf geeft daarvoor de melding met regel.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    for nr, tekstregel in enumerate(tekst.splitlines(), start=1):
        if tekstregel.count("[") + tekstregel.count("{") > MAX_HAKEN:
            _weiger(bron, nr, f"meer dan {MAX_HAKEN} haken [ en {{ op één regel; lijsten en blokken zijn te diep "
                              "genest (schrijf ze onder elkaar)")
    diepte = 0
    try:
        for aantal, ev in enumerate(YAML(typ="rt", pure=True).parse(tekst), start=1):
            regel = ev.start_mark.line + 1 if ev.start_mark is not None else 0
            soort = type(ev).__name__
            if aantal > MAX_GEBEURTENISSEN:
                _weiger(bron, regel, f"het bestand heeft te veel waarden (meer dan {MAX_GEBEURTENISSEN}); "
                                     "een model is veel kleiner")
            if soort in ("MappingStartEvent", "SequenceStartEvent"):
                diepte += 1
                if diepte > MAX_DIEPTE:
                    _weiger(bron, regel, f"lijsten en blokken zijn te diep genest (meer dan {MAX_DIEPTE} niveaus)")
            elif soort in ("MappingEndEvent", "SequenceEndEvent"):
                diepte -= 1
            _controleer_tag(ev, bron, regel)
            if soort == "ScalarEvent" and ev.style is None and ev.tag is None:
                probleem = scalarprobleem(str(ev.value))
                if probleem:
                    _weiger(bron, regel, probleem)
    except InvoerFout:
        raise
    except YAMLError:
        return
    except Exception as e:  # fouten in ruamel zelf (NotImplementedError "overlap in comment", gevonden met fuzzing)
        raise InvoerFout([Melding(bron, f"het bestand kan niet worden gelezen ({type(e).__name__} in de YAML-lezer); "
                                        "controleer commentaar (#) en inspringing rond de laatste wijziging")],
                         bron) from None


def _weiger(bron: str, regel: int, tekst: str) -> None:
    raise InvoerFout([Melding(f"{bron}, regel {regel}", tekst)], bron)


def _controleer_tag(ev: Any, bron: str, regel: int) -> None:
    tag = getattr(ev, "tag", None)
    if tag is None:
        return
    tag = str(getattr(tag, "value", tag))
    if tag not in STANDAARDTAGS:
        _weiger(bron, regel, f"de tag {tag.replace('tag:yaml.org,2002:', '!!')} is niet toegestaan; laat tags "
                             "(!...) weg, alleen !!str, !!int, !!float, !!bool en !!null mogen")


def scalarprobleem(waarde: str) -> str | None:
    """Waarom een onbewerkte (niet geciteerde) YAML-waarde geweigerd wordt, of ``None``."""
    if _GRONDTAL.match(waarde):
        return (f"'{waarde}' is een hexadecimaal, octaal of binair getal; schrijf het gewone getal, of zet de "
                "waarde tussen aanhalingstekens als het tekst is")
    if not _GETAL.match(waarde):
        return _datumprobleem(waarde)
    if "_" in waarde:
        return f"'{waarde}' bevat een _; schrijf getallen zonder scheidingstekens, bijv. {waarde.replace('_', '')}"
    if _VOORLOOPNUL.match(waarde):
        schoon = waarde.lstrip("+-").lstrip("0") or "0"
        return (f"'{waarde}' begint met een 0; bedoelt u {schoon}? Schrijf het getal zonder voorloopnul, of zet "
                f"het tussen aanhalingstekens als het tekst is ('{waarde}')")
    mantisse = re.split("[eE]", waarde)[0].lstrip("+-")
    cijfers = len(mantisse.replace(".", "").lstrip("0") if "." in mantisse else mantisse)
    if cijfers > MAX_CIJFERS:
        return f"'{waarde[:20]}...' heeft {cijfers} cijfers; een getal heeft hoogstens {MAX_CIJFERS} cijfers"
    return None


def _datumprobleem(waarde: str) -> str | None:
    m = _TIJDSTEMPEL.match(waarde)
    if not m:
        return None
    jaar, maand, dag = (int(x) for x in m.group(1, 2, 3))
    try:
        dt.date(jaar, maand, dag)
        if m.group(4) is not None:
            dt.time(int(m.group(4)), int(m.group(5)), int(m.group(6)))
    except ValueError:
        return f"'{waarde}' is geen bestaande datum of tijd; schrijf JJJJ-MM-DD, bijv. 2025-03-01"
    return None
