"""Leest YAML met regelnummers in elke foutmelding (modellen, parameterbestanden, salaristabellen).

YAML wordt gelezen als YAML 1.2 (ruamel.yaml): ``no``/``yes``/``NO`` blijven tekst, zodat ze nooit
stilzwijgend ``false`` worden; dubbele sleutels zijn een fout. Vóór het opbouwen scant
:mod:`kostprijs.io.yaml_voorcontrole` de tekst (grenzen, tags, ``012``, onmogelijke datums). Daarna wordt
alles naar gewone Python-waarden omgezet en strikt gevalideerd tegen een pydantic-model (:func:`valideer`).
Het lezen van een KWV-model staat in :mod:`kostprijs.io.model_invoer`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from kostprijs.errors import InvoerFout, Melding
from kostprijs.io import yaml_snel
from kostprijs.io.meldingen import Bronregels, Pad, alle_veldnamen, vertaal
from kostprijs.io.yaml_voorcontrole import MAX_DIEPTE, voorcontrole

MAX_BYTES = 1_000_000
"""Grootste YAML-bestand. [byte]"""
MAX_KNOPEN = 50_000
"""Meeste waarden na het uitvouwen van verwijzingen (``*anker``)."""

M = TypeVar("M", bound=BaseModel)


def _yaml() -> Any:
    from ruamel.yaml import YAML

    y = YAML(typ="rt", pure=True)
    y.allow_duplicate_keys = False
    return y


class _Omzetter:
    """Zet ruamel-knopen om in gewone waarden en onthoudt per pad het regelnummer (1-based)."""

    def __init__(self, bron: str = "") -> None:
        self.bron = bron
        self.regels: dict[Pad, int] = {}
        self.knopen = 0

    def zet_om(self, knoop: Any, pad: Pad, regel: int) -> Any:
        self.knopen += 1
        if self.knopen > MAX_KNOPEN or len(pad) > MAX_DIEPTE:  # ook via verwijzingen (&anker, *anker)
            raise InvoerFout([Melding(self.plaats(self.bron, pad[:MAX_DIEPTE]), f"het bestand is te groot of te diep "
                                      f"genest (> {MAX_KNOPEN} waarden of > {MAX_DIEPTE} niveaus, ook via &ankers)")],
                             self.bron)
        self.regels[pad] = regel
        if isinstance(knoop, dict):
            uit: dict[str, Any] = {}
            for k, v in knoop.items():
                r = knoop.lc.key(k)[0] + 1 if hasattr(knoop, "lc") else regel
                uit[str(k)] = self.zet_om(v, (*pad, str(k)), r)
            return uit
        if isinstance(knoop, list):
            return [
                self.zet_om(v, (*pad, i), knoop.lc.item(i)[0] + 1 if hasattr(knoop, "lc") else regel)
                for i, v in enumerate(knoop)
            ]
        return _scalar(knoop)

    def plaats(self, bron: str, pad: Pad) -> str:
        return Bronregels(bron, self.regels).plaats(pad)


def _scalar(x: Any) -> Any:
    if isinstance(x, bool) or x is None:
        return x
    if type(x).__name__ == "ScalarBoolean":
        return bool(x)
    if isinstance(x, int):
        return int(x)
    if isinstance(x, float):
        return float(x)
    if isinstance(x, str):
        return str(x)
    if isinstance(x, dt.datetime):
        return x
    if isinstance(x, dt.date):
        return dt.date(x.year, x.month, x.day)
    return x


def lees_yaml(tekst: str, bron: str) -> tuple[Any, _Omzetter]:
    """Parseer YAML-tekst naar gewone waarden; syntaxfouten en dubbele sleutels worden InvoerFout.

    Gewone YAML leest :mod:`kostprijs.io.yaml_snel` (libyaml); al het andere en elke fout gaat door ruamel.
    """
    if len(tekst.encode("utf-8", "replace")) > MAX_BYTES:
        raise InvoerFout([Melding(bron, f"het bestand is groter dan {MAX_BYTES // 1000} kB")], bron)
    for nr, tekstregel in enumerate(tekst.splitlines(), start=1):
        if tekstregel.startswith("%YAML") and tekstregel.split()[1:2] != ["1.2"]:
            uitleg = ("alleen YAML 1.2 wordt gelezen: in YAML 1.1 worden no/yes stilzwijgend false/true en 012 "
                      "een octaal getal; haal de regel %YAML weg")
            raise InvoerFout([Melding(f"{bron}, regel {nr}", uitleg)], bron)
    snel = yaml_snel.lees(tekst)
    if snel is not None:  # gewone YAML: libyaml, met dezelfde waarden en regels als hieronder
        omzetter = _Omzetter(bron)
        data, omzetter.regels, omzetter.knopen = snel
        return data, omzetter
    return _lees_met_ruamel(tekst, bron)


def _lees_met_ruamel(tekst: str, bron: str) -> tuple[Any, _Omzetter]:
    """De maatgevende weg: voorcontrole, dan ruamel.yaml (YAML 1.2) met meldingen per regel."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    voorcontrole(tekst, bron)
    try:
        ruw = _yaml().load(tekst)
    except MarkedYAMLError as e:
        regel = e.problem_mark.line + 1 if e.problem_mark else 0
        if type(e).__name__ == "DuplicateKeyError":
            sleutel = str(e.problem).split('"')[1] if '"' in str(e.problem) else ""
            blok = e.context_mark.line + 1 if e.context_mark else 0
            tekst_fout = f"sleutel '{sleutel}' staat twee keer in hetzelfde blok (dat op regel {blok} begint)"
        else:
            tekst_fout = ("geen geldige YAML; controleer inspringing, haakjes, dubbele punten en aanhalingstekens "
                          f"(melding van de lezer: {e.problem or e.context})")
        raise InvoerFout([Melding(f"{bron}, regel {regel}", tekst_fout)], bron) from None
    except YAMLError as e:
        raise InvoerFout([Melding(bron, f"geen geldige YAML ({type(e).__name__})")], bron) from None
    except Exception as e:  # vangnet achter de voorcontrole (ValueError, RecursionError, fouten in ruamel)
        raise InvoerFout([Melding(bron, f"het bestand kan niet worden gelezen ({type(e).__name__}); controleer "
                                        "getallen, datums en tags")], bron) from None
    omzetter = _Omzetter(bron)
    data = omzetter.zet_om(ruw, (), 1)
    return data, omzetter


def valideer(data: Any, model: type[M], bron: str, omzetter: _Omzetter | None = None) -> M:
    """Valideer gewone waarden tegen ``model``; alle problemen samen in één :class:`InvoerFout`."""
    if not isinstance(data, dict):
        raise InvoerFout([Melding(bron, "het bestand moet een blok met sleutels zijn (naam:, jaar:, ...)")], bron)
    try:
        return model.model_validate(data)
    except ValidationError as e:
        om = omzetter or _Omzetter()
        meldingen = vertaal(e, data, lambda p: om.plaats(bron, p), alle_veldnamen(model))
        raise InvoerFout(meldingen, bron) from None
