"""Vertaalt pydantic-validatiefouten naar Nederlandse meldingen met plaats (YAML-pad + regel, of cel).

Eén sjabloon per fouttype (``docs/onderzoek.md``); een test controleert dat elk type dat
de modellen kunnen geven een Nederlandse tekst heeft en dat er geen Python-repr in een melding staat.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from kostprijs.errors import Melding
from kostprijs.suggesties import bedoelt_u

Pad = tuple[str | int, ...]


class Bronregels:
    """Waar elk veld van een invoer in zijn bron staat (bestand en regel), voor meldingen.

    Telt niet mee bij het vergelijken van modellen (:class:`kostprijs.inputs.KwvModel` draagt haar als
    privé-attribuut): twee gelijke modellen uit verschillende bestanden zijn gelijk.
    """

    def __init__(self, bron: str, regels: dict[Pad, int]) -> None:
        self.bron, self.regels = bron, regels

    def plaats(self, pad: Pad) -> str:
        """``rooster.diensten[2].eind (kwv.yaml, regel 31)``; zonder regel alleen pad en bron."""
        p = pad
        while p and p not in self.regels:
            p = p[:-1]
        regel = self.regels.get(p)
        waar = f"{self.bron}, regel {regel}" if regel else self.bron
        return f"{pad_tekst(pad)} ({waar})"

    def __eq__(self, ander: object) -> bool:
        return ander is None or isinstance(ander, Bronregels)

    __hash__ = None  # type: ignore[assignment]


def pad_uit_tekst(tekst: str) -> Pad:
    """Het omgekeerde van :func:`pad_tekst`: ``functies[0].maandsalaris`` -> ``("functies", 0, "maandsalaris")``."""
    uit: list[str | int] = []
    for deel in tekst.split("."):
        naam, _, rest = deel.partition("[")
        uit.append(naam)
        if rest:
            uit.append(int(rest.rstrip("]")))
    return tuple(uit)


def pad_tekst(pad: Pad) -> str:
    """``("rooster", "diensten", 2, "eind")`` -> ``rooster.diensten[2].eind``."""
    uit = ""
    for deel in pad:
        uit += f"[{deel}]" if isinstance(deel, int) else (f".{deel}" if uit else str(deel))
    return uit or "(hele bestand)"


def _toon(x: Any) -> str:
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, float | int):
        return f"{x:g}"
    if isinstance(x, str):
        return f"'{x}'"
    if isinstance(x, dict):
        return "een blok met sleutels"
    if isinstance(x, list):
        return "een lijst"
    return "een lege waarde" if x is None else "deze waarde"


def _als_getal(tekst: str) -> float | None:
    t = tekst.strip().rstrip("%").strip().replace(",", ".")
    try:
        return float(t)
    except ValueError:
        return None


def _grens(fout: Mapping[str, Any]) -> str:
    ctx, w, t = fout.get("ctx", {}), fout.get("input"), fout["type"]
    teken = {"greater_than": ">", "greater_than_equal": "≥", "less_than": "<", "less_than_equal": "≤"}[t]
    grens = next(iter(ctx.values()))
    tekst = f"{_toon(w)} mag niet; de waarde moet {teken} {_toon(grens)} zijn"
    fractie = t.startswith("less") and isinstance(grens, float | int) and grens <= 1
    if fractie and isinstance(w, float | int) and 1 < w <= 100:
        tekst += f". Dit is een fractie: bedoelt u {w / 100:g} (voor {w:g}%)?"
    if t.startswith("greater") and isinstance(w, float | int) and w < 0:
        tekst += " (negatieve bedragen en aantallen kunnen niet)"
    return tekst


def _getal_verwacht(fout: Mapping[str, Any]) -> str:
    w = fout.get("input")
    soort = "een geheel getal" if fout["type"].startswith("int") else "een getal"
    tekst = f"verwacht {soort}, gevonden {_toon(w)}"
    if isinstance(w, str) and (g := _als_getal(w)) is not None:
        if w.strip().endswith("%"):
            tekst += f"; schrijf percentages als fractie zonder %-teken: {g / 100:g}"
        else:
            tekst += f"; schrijf het getal zonder aanhalingstekens en met een punt: {g:g}"
    elif isinstance(w, bool):
        tekst += " (true/false)"
    return tekst


SJABLONEN: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "missing": lambda f: "verplicht veld ontbreekt",
    "extra_forbidden": lambda f: "onbekende sleutel",
    "float_type": _getal_verwacht,
    "float_parsing": _getal_verwacht,
    "int_type": _getal_verwacht,
    "int_parsing": _getal_verwacht,
    "int_from_float": lambda f: f"verwacht een geheel getal, gevonden {_toon(f.get('input'))}",
    "bool_type": lambda f: (
        f"verwacht true of false, gevonden {_toon(f.get('input'))} (in YAML 1.2 zijn no/yes/ja/nee tekst)"
    ),
    "bool_parsing": lambda f: f"verwacht true of false, gevonden {_toon(f.get('input'))}",
    "greater_than": _grens,
    "greater_than_equal": _grens,
    "less_than": _grens,
    "less_than_equal": _grens,
    "finite_number": lambda f: "alleen eindige getallen: geen .nan, .inf of -.inf",
    "literal_error": lambda f: (
        f"{_toon(f.get('input'))} is niet toegestaan; kies uit {f.get('ctx', {}).get('expected', '')}"
        .replace(" or ", " of ")
    ),
    "string_type": lambda f: f"verwacht tekst, gevonden {_toon(f.get('input'))}",
    "string_pattern_mismatch": lambda f: (
        f"{_toon(f.get('input'))} is geen kloktijd; schrijf UU:MM tussen 00:00 en 24:00, bijv. \"07:00\""
    ),
    "string_too_short": lambda f: "mag niet leeg zijn",
    "string_too_long": lambda f: f"te lang (hoogstens {f.get('ctx', {}).get('max_length')} tekens)",
    "too_short": lambda f: f"heeft minstens {f.get('ctx', {}).get('min_length')} element(en) nodig",
    "too_long": lambda f: f"heeft hoogstens {f.get('ctx', {}).get('max_length')} elementen",
    "list_type": lambda f: f"verwacht een lijst, gevonden {_toon(f.get('input'))}",
    "dict_type": lambda f: f"verwacht een blok met sleutels, gevonden {_toon(f.get('input'))}",
    "model_type": lambda f: f"verwacht een blok met sleutels, gevonden {_toon(f.get('input'))}",
    "model_attributes_type": lambda f: f"verwacht een blok met sleutels, gevonden {_toon(f.get('input'))}",
    "union_tag_not_found": lambda f: (
        f"geef 'methode' ({f.get('ctx', {}).get('discriminator', '')}): percentage of tabel"
    ),
    "union_tag_invalid": lambda f: (
        f"methode {_toon(f.get('ctx', {}).get('tag'))} bestaat niet; kies uit "
        f"{f.get('ctx', {}).get('expected_tags', '')}"
    ),
    "date_type": lambda f: f"verwacht een datum JJJJ-MM-DD, gevonden {_toon(f.get('input'))}",
    "date_parsing": lambda f: f"verwacht een datum JJJJ-MM-DD, gevonden {_toon(f.get('input'))}",
    "date_from_datetime_parsing": lambda f: f"verwacht een datum JJJJ-MM-DD, gevonden {_toon(f.get('input'))}",
}


def alle_veldnamen(*modellen: type[BaseModel]) -> set[str]:
    """Alle veldnamen van de modellen en hun submodellen (voor 'bedoelt u ...?')."""
    namen: set[str] = set()
    te_doen = list(modellen)
    gezien: set[type[BaseModel]] = set()
    while te_doen:
        m = te_doen.pop()
        if m in gezien:
            continue
        gezien.add(m)
        for naam, veld in m.model_fields.items():
            namen.add(naam)
            te_doen.extend(_submodellen(veld.annotation))
    return namen


def _submodellen(tp: Any) -> list[type[BaseModel]]:
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return [tp]
    uit: list[type[BaseModel]] = []
    for arg in getattr(tp, "__args__", ()) or ():
        uit.extend(_submodellen(arg))
    meta = getattr(tp, "__metadata__", None)
    if meta is not None:
        uit.extend(_submodellen(getattr(tp, "__origin__", None)))
    return uit


def _echt_pad(loc: Sequence[str | int], data: Any, soort: str) -> Pad:
    """Alleen de delen van ``loc`` die echt in de data bestaan (union-labels vallen weg)."""
    pad: list[str | int] = []
    huidig = data
    for i, deel in enumerate(loc):
        in_lijst = isinstance(huidig, list) and isinstance(deel, int) and 0 <= deel < len(huidig)
        if (isinstance(huidig, dict) and deel in huidig) or in_lijst:
            pad.append(deel)
            huidig = huidig[deel]
        elif i == len(loc) - 1 and soort in ("missing", "kostprijs") and isinstance(deel, str):
            pad.append(deel)
    return tuple(pad)


def vertaal(
    fout: ValidationError,
    data: Any,
    plaats: Callable[[Pad], str],
    veldnamen: set[str],
) -> list[Melding]:
    """Zet alle fouten van een ``ValidationError`` om in Nederlandse meldingen, één per plaats."""
    per_pad: dict[Pad, list[str]] = {}
    for e in fout.errors():
        soort = e["type"]
        loc = list(e["loc"])
        sub = (e.get("ctx") or {}).get("sub", "") if soort == "kostprijs" else ""
        if sub:
            loc += [int(s) if s.isdigit() else s for s in str(sub).split(".")]
        pad = _echt_pad(loc, data, soort)
        if soort == "literal_error" and isinstance(e.get("input"), list | dict):
            continue  # de andere tak van een union (lijst van weekdagen) geeft de bruikbare melding
        if soort == "kostprijs":
            tekst = e["msg"]
        elif soort == "extra_forbidden":
            sleutel = str(loc[-1])
            pad = _echt_pad(loc, data, soort)
            bijna = bedoelt_u(sleutel, veldnamen)
            tekst = f"onbekende sleutel '{sleutel}'" + (f"; bedoelt u '{bijna[0]}'?" if bijna else "")
        else:
            sjabloon = SJABLONEN.get(soort)
            tekst = sjabloon(e) if sjabloon else f"ongeldige waarde {_toon(e.get('input'))} ({soort})"
        lijst = per_pad.setdefault(pad, [])
        if tekst not in lijst:
            lijst.append(tekst)
    return [Melding(plaats(p), " of ".join(t) if len(t) > 1 else t[0]) for p, t in per_pad.items()]
