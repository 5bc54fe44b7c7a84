"""Gegenereerde referentiepagina's: elk YAML-veld uit de invoermodellen en elke subopdracht uit de parser.

``scripts/maak_docs.py`` schrijft ze naar ``docs/referentie/``; ``tests/test_referentie.py`` faalt als een
pagina achterloopt, als een veld geen omschrijving heeft of als een getalveld geen eenheid heeft. Zo kan de
documentatie niet achterlopen op de code.

Per veld: YAML-pad, type, eenheid, standaardwaarde en haar bron (een vaste waarde, of de parameter uit het
register met ingangsdatum en bron, uit :data:`kostprijs.oplossen.STANDAARDEN`) en wat is toegestaan.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

EENHEID_IN_TEKST = re.compile(r"\[([^\[\]]+)\]\s*\.?\s*$")
"""Een eenheid aan het eind van een omschrijving: ``... [uur/jaar]``."""


@dataclass(frozen=True)
class Veld:
    """Eén YAML-veld zoals de referentie het toont."""

    pad: str
    model: str
    naam: str
    type: str
    eenheid: str
    standaard: str
    toegestaan: str
    omschrijving: str
    getal: bool
    """Is het (ook) een getal? Dan hoort er een eenheid bij."""


# --- typen lezen --------------------------------------------------------------------------------------


def _delen(tp: Any) -> tuple[Any, list[Any]]:
    """(kern-type, metadata) van ``Annotated[...]`` (ook genest)."""
    meta: list[Any] = []
    while typing.get_origin(tp) is typing.Annotated:
        args = typing.get_args(tp)
        tp, meta = args[0], [*meta, *args[1:]]
    return tp, meta


def _union(tp: Any) -> list[Any] | None:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return list(typing.get_args(tp))
    return None


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _typenaam(tp: Any) -> str:
    tp, _ = _delen(tp)
    opties = _union(tp)
    if opties is not None:
        return " of ".join(_typenaam(o) for o in opties if o is not type(None))
    herkomst = typing.get_origin(tp)
    if herkomst is typing.Literal:
        return "keuze"
    if herkomst is list:
        return f"lijst van {_typenaam(typing.get_args(tp)[0])}"
    if herkomst is dict:
        return f"tabel naam: {_typenaam(typing.get_args(tp)[1])}"
    if _is_model(tp):
        return f"paragraaf {tp.__name__}"
    namen = {float: "getal", int: "geheel getal", str: "tekst", bool: "true/false", dt.date: "datum JJJJ-MM-DD"}
    return namen.get(tp, getattr(tp, "__name__", str(tp)))


def _is_lijst(tp: Any) -> bool:
    tp, _ = _delen(tp)
    opties = _union(tp)
    if opties is not None:
        return any(_is_lijst(o) for o in opties)
    return typing.get_origin(tp) is list


def _is_getal(tp: Any) -> bool:
    tp, _ = _delen(tp)
    opties = _union(tp)
    if opties is not None:
        return any(_is_getal(o) for o in opties)
    if typing.get_origin(tp) is typing.Literal:
        return all(isinstance(a, int | float) and not isinstance(a, bool) for a in typing.get_args(tp))
    if typing.get_origin(tp) is dict:
        return _is_getal(typing.get_args(tp)[1])
    return tp in (int, float)


def _metadata(tp: Any) -> list[Any]:
    """Alle metadata (``Field(...)`` en grenzen) in het type, ook in unies en lijsten."""
    tp, meta = _delen(tp)
    uit = list(meta)
    for arg in _union(tp) or (typing.get_args(tp) if typing.get_origin(tp) in (list, dict) else ()):
        uit += _metadata(arg)
    return uit


def _eenheid(info: FieldInfo) -> str:
    for bron in [info, *_metadata(info.annotation), *info.metadata]:
        extra = getattr(bron, "json_schema_extra", None)
        if isinstance(extra, dict) and extra.get("eenheid"):
            return str(extra["eenheid"])
    gevonden = EENHEID_IN_TEKST.search(info.description or "")
    return gevonden.group(1) if gevonden else ""


def _grenzen(metadata: list[Any]) -> list[str]:
    tekens = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<", "min_length": "minstens", "max_length": "hoogstens"}
    uit: list[str] = []
    for m in metadata:
        for attr in ("ge", "gt", "le", "lt"):
            waarde = getattr(m, attr, None)
            if waarde is not None and not isinstance(waarde, bool):
                uit.append(f"{tekens[attr]} {waarde:g}")
        for m2 in getattr(m, "metadata", []) or []:
            uit += _grenzen([m2])
        if getattr(m, "pattern", None) and "[0-5][0-9]" in str(m.pattern):
            uit.append("UU:MM")
    return list(dict.fromkeys(uit))


def _toegestaan(info: FieldInfo) -> str:
    tp, _ = _delen(info.annotation)
    keuzes: list[str] = []
    for deel in _union(tp) or [tp]:
        deel, _m = _delen(deel)
        if typing.get_origin(deel) is typing.Literal:
            keuzes += [f"`{a}`" for a in typing.get_args(deel)]
        if typing.get_origin(deel) is list:
            kern, _x = _delen(typing.get_args(deel)[0])
            if typing.get_origin(kern) is typing.Literal:
                keuzes += [f"`{a}`" for a in typing.get_args(kern)]
    grenzen = _grenzen([*info.metadata, *_metadata(info.annotation)])
    return ", ".join([*keuzes, *grenzen]) or "-"


def _modellen(tp: Any) -> list[type[BaseModel]]:
    tp, _ = _delen(tp)
    if _is_model(tp):
        return [tp]
    uit: list[type[BaseModel]] = []
    for arg in typing.get_args(tp):
        uit += _modellen(arg)
    return uit


# --- standaardwaarden --------------------------------------------------------------------------------


def _yaml(waarde: Any) -> str:
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, float):
        return f"{waarde:g}"
    return str(waarde)


def _uit_register(pad: tuple[str, ...]) -> str | None:
    from kostprijs.oplossen import STANDAARDEN
    from kostprijs.parameters import register

    for s in STANDAARDEN:
        if s.veld == pad:
            p = register().definitie(s.parameter)
            bron = ""
            if p.waarden:
                w = p.waarden[-1]
                bron = (f" (laatst: {_yaml(w.waarde) if not isinstance(w.waarde, list) else 'lijst'} {p.eenheid} "
                        f"vanaf {w.geldig_vanaf.isoformat()}, {w.status}, [{w.bronnen[0].titel}]({w.bronnen[0].url}))")
            extra = f"; {s.toelichting}" if s.toelichting else ""
            return f"uit het register: `{s.parameter}`{bron}{extra}"
    return None


def _standaard(info: FieldInfo, pad: tuple[str, ...]) -> str:
    register = _uit_register(pad)
    if register:
        return register
    if info.default_factory is not None:
        waarde = info.default_factory()  # type: ignore[call-arg]
        return "leeg" if waarde in ([], {}) else "standaardparagraaf"
    if info.default is PydanticUndefined:
        return "**verplicht**"
    if info.default is None:
        return "mag weg"
    return f"`{_yaml(info.default)}`"


# --- wandelen ----------------------------------------------------------------------------------------

STOP = {"SalarisTabel"}
"""Modellen met een eigen bestandsvorm: niet uitgeschreven (zie docs/parameters.md#eigen-salaristabel)."""


def velden(wortel: type[BaseModel] | None = None) -> Iterator[Veld]:
    """Elk veld van het invoermodel en zijn paragrafen, in volgorde van het model (breedte eerst)."""
    if wortel is None:
        from kostprijs.inputs import KwvModel

        wortel = KwvModel
    te_doen: list[tuple[type[BaseModel], tuple[str, ...], str]] = [(wortel, (), "")]
    gezien: set[tuple[type[BaseModel], str]] = set()
    while te_doen:
        model, pad, tekst = te_doen.pop(0)
        if (model, tekst) in gezien or model.__name__ in STOP:
            continue
        gezien.add((model, tekst))
        for naam, info in model.model_fields.items():
            veldpad = (*pad, naam)
            lijst = "[]" if _is_lijst(info.annotation) else ""
            yield Veld(pad=f"{tekst}.{naam}".lstrip("."), model=model.__name__, naam=naam,
                       type=_typenaam(info.annotation), eenheid=_eenheid(info), standaard=_standaard(info, veldpad),
                       toegestaan=_toegestaan(info),
                       omschrijving=EENHEID_IN_TEKST.sub("", info.description or "").strip(),
                       getal=_is_getal(info.annotation))
            for sub in _modellen(info.annotation):
                te_doen.append((sub, veldpad, f"{tekst}.{naam}{lijst}".lstrip(".")))


def _cel(tekst: str) -> str:
    return tekst.replace("|", "\\|").replace("\n", " ")


def veldreferentie() -> str:
    """De pagina ``docs/referentie/velden.md``: per paragraaf van het model een tabel van de velden."""
    from kostprijs.inputs import KwvModel

    delen = [
        "# Alle velden van het model",
        "",
        "<!-- Gegenereerd door scripts/maak_docs.py uit kostprijs/inputs.py en kostprijs.oplossen.STANDAARDEN; "
        "niet met de hand bewerken. -->",
        "",
        "Elk veld van een KWV-model (YAML), met type, eenheid, standaardwaarde en wat is toegestaan. "
        "*Uit het register* betekent: weglaten mag, `kostprijs bereken` neemt dan de waarde die op de "
        "peildatum van het model geldt en noemt parameter, ingangsdatum, status en bron in elke uitvoer. "
        "*Mag weg*: het veld is optioneel. Fracties zijn eenheid `/1` (0.85 = 85%). Begrippen: "
        "[woordenlijst](../begrippen.md). Beginnen: `kostprijs nieuw WONING.yaml`.",
        "",
        f"Het model zelf: {(KwvModel.__doc__ or '').strip().splitlines()[0]}",
    ]
    per_paragraaf: dict[str, list[Veld]] = {}
    for v in velden(KwvModel):
        sleutel = v.pad.rpartition(".")[0] or "model"
        per_paragraaf.setdefault(sleutel, []).append(v)
    docs = {m.__name__: m for m in _alle_modellen(KwvModel)}
    for paragraaf, lijst in per_paragraaf.items():
        model = docs[lijst[0].model]
        uitleg = (model.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ").replace("``", "`")
        kop = "Het model (bovenaan)" if paragraaf == "model" else f"`{paragraaf}`"
        delen += ["", f"## {kop}", "", uitleg, "",
                  "| veld | type | eenheid | standaard | toegestaan | omschrijving |",
                  "|---|---|---|---|---|---|"]
        delen += [f"| `{v.naam}` | {_cel(v.type)} | {_cel(v.eenheid or '-')} | {_cel(v.standaard)} | "
                  f"{_cel(v.toegestaan)} | {_cel(v.omschrijving)} |" for v in lijst]
    delen += ["", "De eigen salaristabel (`salaristabel:`) heeft een eigen vorm: zie "
              "[parameters](../parameters.md#eigen-salaristabel).", ""]
    return "\n".join(delen)


def _alle_modellen(wortel: type[BaseModel]) -> list[type[BaseModel]]:
    uit, te_doen = [], [wortel]
    while te_doen:
        m = te_doen.pop()
        if m in uit:
            continue
        uit.append(m)
        for info in m.model_fields.values():
            te_doen += _modellen(info.annotation)
    return uit


# --- opdrachten --------------------------------------------------------------------------------------


def opdrachtentabel() -> str:
    """De pagina ``docs/referentie/opdrachten.md``: elke subopdracht met haar argumenten en opties."""
    import argparse

    from kostprijs.cli import OPDRACHTEN, maak_parser

    parser = maak_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    delen = [
        "# Alle opdrachten",
        "",
        "<!-- Gegenereerd door scripts/maak_docs.py uit de parser van kostprijs.cli; niet met de hand bewerken. -->",
        "",
        "Eén taal in elke opdracht: een uitvoerbestand is altijd `--uit PAD` (het formaat volgt uit de "
        "extensie), JSON is altijd `--json [PAD]` (zonder PAD op het scherm), bezetting is altijd "
        "`--bezetting`. Oude spellingen werken tot 0.3.0, met een melding. Foute invoer geeft een "
        "Nederlandse melding en exitcode 2; `kostprijs OPDRACHT --help` toont hetzelfde als deze tabel.",
        "",
        "| opdracht | wat |",
        "|---|---|",
        *[f"| [`{naam}`](#{naam}) | {o.hulp} |" for naam, o in OPDRACHTEN.items()],
    ]
    for naam, p in sub.choices.items():
        delen += ["", f"## {naam}", "", _cel(p.description or ""), "",
                  "| argument of optie | waarde | standaard | uitleg |", "|---|---|---|---|"]
        oud: list[str] = []
        for a in p._actions:
            if a.help == argparse.SUPPRESS:
                if a.option_strings:
                    oud.append(f"`{a.option_strings[0]}` → `{getattr(a, 'verouderd', '')}`")
                else:
                    oud.append(f"`{a.metavar}` als argument → `--uit {a.metavar}`")
                continue
            if isinstance(a, argparse._HelpAction):
                continue
            namen = ", ".join(f"`{s}`" for s in a.option_strings) or f"`{a.metavar or a.dest}`"
            waarde = _waarde(a) if a.option_strings else ""
            standaard = ("" if a.default in (None, False, [], argparse.SUPPRESS) or not a.option_strings
                         else f"`{a.default}`")
            if a.required and a.option_strings:
                standaard = "**verplicht**"
            delen.append(f"| {namen} | {waarde} | {standaard} | {_cel(a.help or '')} |")
        if oud:
            delen += ["", f"Oude spellingen (tot 0.3.0): {', '.join(oud)}."]
    return "\n".join(delen) + "\n"


def _waarde(a: Any) -> str:
    if a.nargs == 0:
        return ""
    if a.choices:
        return " \\| ".join(f"`{c}`" for c in a.choices)
    tekst = f"`{a.metavar or a.dest.upper()}`"
    return f"[{tekst}]" if a.nargs == "?" else tekst
