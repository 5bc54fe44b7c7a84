"""Snelle weg voor gewone YAML: de C-lezer van libyaml (via PyYAML) levert de gebeurtenissen.

De lezer van ruamel.yaml (YAML 1.2, in Python, met de voorcontrole van
:mod:`kostprijs.io.yaml_voorcontrole`) blijft de maat: deze weg neemt alleen wat hij zeker weet en geeft
``None`` bij alles wat ongewoon is, waarna :func:`kostprijs.io.yaml_invoer.lees_yaml` de ruamel-weg neemt
(met zijn meldingen). Ongewoon is: een syntaxfout, richtlijnen (``%``), meer dan één document, ankers en
verwijzingen (``&``, ``*``), tags (``!``), een tab, BOM of stuurteken, een sleutel die geen tekst is,
dubbele sleutels, meer dan :data:`~kostprijs.io.yaml_voorcontrole.MAX_HAKEN` haken op een regel, te veel
waarden of te diepe nesting, en elke onbewerkte (niet geciteerde) waarde die geen gewone tekst, geheel
getal zonder voorloopnul, decimaal getal met punt, ``true``/``false``, ``null``/``~`` of datum
``JJJJ-MM-DD`` is, of die de voorcontrole zou weigeren.

Wat deze weg teruggeeft is gelijk aan wat de ruamel-weg teruggeeft: dezelfde waarden (YAML 1.2: ``no``
blijft tekst) en dezelfde regelnummers per pad (``tests/test_yaml_snel.py`` vergelijkt beide op alle
YAML-bestanden van het project en op gegenereerde bestanden).

Waarom: ruamel.yaml laden en een model twee keer lezen (voorcontrole en opbouw) kost ongeveer 80 ms van
``kostprijs bereken``; libyaml leest een model in minder dan een milliseconde.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from kostprijs.io.meldingen import Pad
from kostprijs.io.yaml_voorcontrole import MAX_DIEPTE, MAX_GEBEURTENISSEN, MAX_HAKEN, scalarprobleem

_ONGEWOON_TEKEN = re.compile(  # een kleine positieve klasse: snel te compileren (het starten telt)
    "[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]|\r(?!\n)")
_GEHEEL = re.compile(r"-?(?:0|[1-9][0-9]*)")
_DECIMAAL = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")
_DATUM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WAAR = frozenset({"true", "True", "TRUE"})
_ONWAAR = frozenset({"false", "False", "FALSE"})
_NIETS = frozenset({"", "~", "null", "Null", "NULL"})


class _Ongewoon(Exception):
    """Deze weg weet het niet zeker: lees met ruamel."""


def lees(tekst: str) -> tuple[Any, dict[Pad, int], int] | None:
    """(waarden, regel per pad, aantal waarden), of ``None`` als de ruamel-weg moet lezen.

    De regelnummers (1-based) zijn die van :class:`kostprijs.io.yaml_invoer._Omzetter`: bij een sleutel de
    regel van de sleutel, bij een lijstelement de regel waar het element begint, bij de wortel 1.
    """
    if _ONGEWOON_TEKEN.search(tekst):  # tab, BOM, stuurtekens, losse \r: daarin verschillen de lezers
        return None
    if any(regel.count("[") + regel.count("{") > MAX_HAKEN for regel in tekst.splitlines()):
        return None
    try:
        import yaml
    except ImportError:  # pragma: no cover - PyYAML is een afhankelijkheid
        return None
    if not getattr(yaml, "__with_libyaml__", False):
        return None
    try:
        return _Bouwer().bouw(_gebeurtenissen(yaml, tekst))
    except _Ongewoon:
        return None
    except yaml.YAMLError:
        return None
    except (ValueError, RecursionError, MemoryError, UnicodeError):
        return None


def _gebeurtenissen(yaml: Any, tekst: str) -> Any:
    lezer = yaml.CSafeLoader(tekst)
    try:
        while lezer.check_event():
            yield lezer.get_event()
    finally:
        lezer.dispose()


class _Bouwer:
    """Bouwt de waarden uit de gebeurtenissen, zonder recursie (een stapel van open blokken en lijsten)."""

    def __init__(self) -> None:
        self.regels: dict[Pad, int] = {}
        self.aantal = 0

    def bouw(self, gebeurtenissen: Any) -> tuple[Any, dict[Pad, int], int]:
        stapel: list[_Open] = []
        wortel: list[Any] = []
        documenten = 0
        for nr, ev in enumerate(gebeurtenissen, start=1):
            if nr > MAX_GEBEURTENISSEN:
                raise _Ongewoon
            soort = type(ev).__name__
            if soort == "DocumentStartEvent":
                documenten += 1
                if documenten > 1 or ev.version is not None or ev.tags:
                    raise _Ongewoon
            elif soort in ("StreamStartEvent", "StreamEndEvent", "DocumentEndEvent"):
                continue
            elif soort in ("MappingEndEvent", "SequenceEndEvent"):
                klaar = stapel.pop()
                self._plaats(stapel, wortel, klaar.waarde)
            elif soort == "ScalarEvent":
                self._scalar(ev, stapel, wortel)
            elif soort in ("MappingStartEvent", "SequenceStartEvent"):
                self._open(ev, soort, stapel)
            else:  # AliasEvent en wat libyaml nog meer kent
                raise _Ongewoon
        if len(wortel) != 1 or wortel[0] is None:
            raise _Ongewoon
        return wortel[0], self.regels, self.aantal

    def _pad_en_regel(self, stapel: list[_Open], regel_van_knoop: int) -> tuple[Pad, int]:
        if not stapel:
            return (), 1
        ouder = stapel[-1]
        if isinstance(ouder.waarde, list):
            return (*ouder.pad, len(ouder.waarde)), regel_van_knoop
        assert ouder.sleutel is not None
        return (*ouder.pad, ouder.sleutel), ouder.sleutelregel

    def _registreer(self, stapel: list[_Open], regel_van_knoop: int) -> tuple[Pad, int]:
        pad, regel = self._pad_en_regel(stapel, regel_van_knoop)
        self.aantal += 1
        self.regels[pad] = regel
        return pad, regel

    def _open(self, ev: Any, soort: str, stapel: list[_Open]) -> None:
        if ev.anchor is not None or ev.tag is not None or len(stapel) >= MAX_DIEPTE:
            raise _Ongewoon
        if stapel and isinstance(stapel[-1].waarde, dict) and stapel[-1].sleutel is None:
            raise _Ongewoon  # een blok of lijst als sleutel
        pad, regel = self._registreer(stapel, ev.start_mark.line + 1)
        stapel.append(_Open({} if soort == "MappingStartEvent" else [], pad, regel))

    def _scalar(self, ev: Any, stapel: list[_Open], wortel: list[Any]) -> None:
        if ev.anchor is not None or ev.tag is not None:
            raise _Ongewoon
        waarde = _waarde(ev)
        if stapel and isinstance(stapel[-1].waarde, dict) and stapel[-1].sleutel is None:
            open_ = stapel[-1]
            if not isinstance(waarde, str) or waarde in open_.waarde:
                raise _Ongewoon  # sleutel die geen tekst is, of een dubbele sleutel
            open_.sleutel, open_.sleutelregel = waarde, ev.start_mark.line + 1
            return
        self._registreer(stapel, ev.start_mark.line + 1)
        self._plaats(stapel, wortel, waarde)

    @staticmethod
    def _plaats(stapel: list[_Open], wortel: list[Any], waarde: Any) -> None:
        if not stapel:
            wortel.append(waarde)
            return
        ouder = stapel[-1]
        if isinstance(ouder.waarde, list):
            ouder.waarde.append(waarde)
        else:
            assert ouder.sleutel is not None
            ouder.waarde[ouder.sleutel] = waarde
            ouder.sleutel = None


class _Open:
    """Een blok of lijst die nog gevuld wordt."""

    __slots__ = ("pad", "regel", "sleutel", "sleutelregel", "waarde")

    def __init__(self, waarde: dict[str, Any] | list[Any], pad: Pad, regel: int) -> None:
        self.waarde = waarde
        self.pad = pad
        self.regel = regel
        self.sleutel: str | None = None
        self.sleutelregel = 0


def _waarde(ev: Any) -> Any:
    """De waarde van een scalar volgens YAML 1.2 zoals ruamel die leest; :class:`_Ongewoon` bij twijfel."""
    tekst = str(ev.value)
    if ev.style:  # tussen aanhalingstekens of een blok (| of >): tekst; onbewerkt is "" (libyaml)
        return tekst
    if tekst in _NIETS:
        return None
    if tekst in _WAAR:
        return True
    if tekst in _ONWAAR:
        return False
    if scalarprobleem(tekst) is not None:
        raise _Ongewoon
    if _GEHEEL.fullmatch(tekst):
        return int(tekst)
    if _DECIMAAL.fullmatch(tekst):
        return float(tekst)
    if _DATUM.fullmatch(tekst):
        return dt.date.fromisoformat(tekst)
    if tekst[0] in "0123456789+-.~<=!&*%@`|>'\"#" or tekst.startswith("? "):
        raise _Ongewoon
    return tekst
