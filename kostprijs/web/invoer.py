"""Een model uit een verzoek: YAML, JSON of een werkboek, met dezelfde validatie en meldingen als de CLI.

YAML gaat door :func:`kostprijs.io.yaml_invoer.lees_yaml` (regelnummers, YAML 1.2, grenzen) en
:func:`kostprijs.io.yaml_invoer.valideer`; JSON wordt gelezen met :mod:`json` en daarna net zo
gevalideerd. Twee dingen kunnen in de webapplicatie niet: een verwijzing naar een bestand
(``salaristabel: pad``) en een parametermap in het model (``parameters.map``): een server leest geen
paden die een gebruiker opgeeft. De beheerder geeft de map van de regio bij het starten
(``kostprijs web --parameters MAP``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import Bronregels, KwvModel
from kostprijs.io.meldingen import Pad, pad_tekst
from kostprijs.io.yaml_invoer import lees_yaml, valideer

FORMULIER = "formulier"
"""Bron van een model uit het formulier van de pagina (staat in elke plaats: ``pad (formulier)``)."""

_PLAATS = re.compile(r"^(?P<pad>.*?) \((?P<bron>[^()]*?)(?:, regel (?P<regel>\d+))?\)$")
_BESTANDSREGEL = re.compile(r"^(?P<bron>.*), regel (?P<regel>\d+)$")


@dataclass(frozen=True)
class Probleem:
    """Eén melding voor de API en de pagina: de plaats zoals de CLI haar noemt, het pad en de regel."""

    plaats: str
    pad: str
    regel: int | None
    tekst: str

    def als_dict(self) -> dict[str, Any]:
        """Voor JSON."""
        return {"plaats": self.plaats, "pad": self.pad, "regel": self.regel, "tekst": self.tekst}


def ontleed(plaats: str) -> tuple[str, int | None]:
    """``rooster.diensten[2].eind (kwv.yaml, regel 31)`` -> (``rooster.diensten[2].eind``, 31).

    Leest de vorm van :meth:`kostprijs.io.meldingen.Bronregels.plaats`; een melding over het hele
    bestand (``kwv.yaml, regel 4``) heeft pad ``""``.
    """
    if m := _PLAATS.match(plaats):
        return m["pad"], int(m["regel"]) if m["regel"] else None
    if m := _BESTANDSREGEL.match(plaats):
        return "", int(m["regel"])
    return plaats, None


def problemen(fout: InvoerFout) -> list[Probleem]:
    """De meldingen van een :class:`InvoerFout` met pad en regel apart."""
    uit = []
    for m in fout.meldingen:
        pad, regel = ontleed(m.plaats)
        uit.append(Probleem(m.plaats, "" if pad in (fout.bron, "(hele bestand)") else pad, regel, m.tekst))
    return uit


def _weiger_verwijzingen(data: Any, plaats: Callable[[Pad], str]) -> None:
    """Een server leest geen bestanden of mappen die in een model staan."""
    if not isinstance(data, dict):
        return
    meldingen = []
    if isinstance(data.get("salaristabel"), str):
        meldingen.append(Melding(plaats(("salaristabel",)), "een verwijzing naar een bestand kan niet in de "
                                 "webapplicatie; neem de salaristabel zelf op in het model (naam, eenheid, tabellen)"))
    keuze = data.get("parameters")
    if isinstance(keuze, dict) and keuze.get("map") is not None:
        meldingen.append(Melding(plaats(("parameters", "map")), "een parametermap kan niet uit het model komen in de "
                                 "webapplicatie; de beheerder start de server met 'kostprijs web --parameters MAP'"))
    if meldingen:
        raise InvoerFout(meldingen)


def model_uit_yaml(tekst: str, bron: str = "model.yaml") -> KwvModel:
    """Een model uit YAML-tekst; meldingen met YAML-pad en regel, zoals ``kostprijs bereken``."""
    data, omzetter = lees_yaml(tekst, bron)
    _weiger_verwijzingen(data, lambda p: omzetter.plaats(bron, p))
    model = valideer(data, KwvModel, bron, omzetter)
    return model.met_bronregels(Bronregels(bron, omzetter.regels))


def ruwe_yaml(tekst: str, bron: str = "model.yaml") -> Any:
    """De gewone waarden uit YAML-tekst, nog niet gevalideerd (om een fout model in het formulier te openen)."""
    data, _ = lees_yaml(tekst, bron)
    return als_json(data)


def lees_json(tekst: str, bron: str = "model.json") -> Any:
    """JSON-tekst naar gewone waarden; een syntaxfout noemt regel en kolom."""
    def geen_nan(x: str) -> Any:
        raise ValueError(x)

    try:
        return json.loads(tekst, parse_constant=geen_nan)
    except json.JSONDecodeError as e:
        tekst = f"geen geldige JSON (kolom {e.colno}); controleer haakjes, komma's en aanhalingstekens"
        raise InvoerFout([Melding(f"{bron}, regel {e.lineno}", tekst)], bron) from None
    except ValueError as e:
        raise InvoerFout([Melding(bron, f"{e} is geen getal; alleen eindige getallen")], bron) from None
    except RecursionError:
        raise InvoerFout([Melding(bron, "de JSON is te diep genest")], bron) from None


def model_uit_data(data: Any, bron: str = FORMULIER) -> KwvModel:
    """Een model uit gewone waarden (JSON): datums als tekst JJJJ-MM-DD worden datums, daarna dezelfde
    validatie als YAML. Plaatsen in meldingen: ``pad (bron)``."""
    data = datums(data, KwvModel)
    regels = Bronregels(bron, {})
    _weiger_verwijzingen(data, regels.plaats)
    return valideer(data, KwvModel, bron).met_bronregels(regels)


def model_uit_werkboek(inhoud: bytes, bron: str = "werkboek.xlsx") -> KwvModel:
    """Een model uit een geüpload werkboek: naar een tijdelijk bestand, dan :func:`lees_werkboek`
    (met de voorcontrole en de grenzen van ``kostprijs lees-excel``)."""
    from kostprijs.excel import lees_werkboek

    with tempfile.TemporaryDirectory(prefix="kostprijs-web-") as map_:
        pad = Path(map_) / bron
        pad.write_bytes(inhoud)
        return lees_werkboek(pad)


def als_json(x: Any) -> Any:
    """Gewone waarden voor JSON: datums als tekst JJJJ-MM-DD."""
    if isinstance(x, dict):
        return {str(k): als_json(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [als_json(v) for v in x]
    if isinstance(x, dt.date):
        return x.isoformat()
    return x


_DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def datums(data: Any, model: type[BaseModel]) -> Any:
    """Zet tekst JJJJ-MM-DD om in een datum, alleen in velden die een datum zijn (JSON kent geen datums).

    Een ongeldige datum blijft tekst; de validatie meldt haar dan in het Nederlands.
    """
    if not isinstance(data, dict):
        return data
    uit = dict(data)
    for naam, veld in model.model_fields.items():
        if naam not in uit:
            continue
        uit[naam] = _datum_in(uit[naam], veld.annotation)
    return uit


def _datum_in(waarde: Any, tp: Any) -> Any:
    soorten = _soorten(tp)
    if isinstance(waarde, str) and dt.date in soorten and _DATUM.match(waarde):
        try:
            return dt.date.fromisoformat(waarde)
        except ValueError:
            return waarde
    if isinstance(waarde, dict):
        for s in soorten:
            if isinstance(s, type) and issubclass(s, BaseModel):
                return datums(waarde, s)
    if isinstance(waarde, list):
        for s in soorten:
            if getattr(s, "__origin__", None) is list:
                return [_datum_in(w, s.__args__[0]) for w in waarde]
    return waarde


def _soorten(tp: Any) -> list[Any]:
    """De typen in een annotatie (door Optional, Union en Annotated heen)."""
    if getattr(tp, "__metadata__", None) is not None:
        return _soorten(tp.__origin__)
    if getattr(tp, "__origin__", None) is list:
        return [tp]
    args = getattr(tp, "__args__", None)
    if args and getattr(tp, "__origin__", None) is not dict:
        uit: list[Any] = []
        for a in args:
            uit.extend(_soorten(a))
        return uit
    return [tp]


__all__ = ["FORMULIER", "Probleem", "als_json", "datums", "lees_json", "model_uit_data", "model_uit_werkboek",
           "model_uit_yaml", "ontleed", "pad_tekst", "problemen", "ruwe_yaml"]
