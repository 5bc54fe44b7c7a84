"""JSON-uitvoer zonder NaN of oneindig: een niet-eindig getal noemt het veld waar het staat.

``json.dumps`` schrijft standaard ``NaN`` en ``Infinity`` (geen geldige JSON; andere programma's
lezen het niet of als tekst), en met ``allow_nan=False`` volgt een ``ValueError`` zonder plaats.
:func:`json_tekst` zoekt eerst het eerste niet-eindige getal en weigert met het pad van dat veld,
bijvoorbeeld ``figuren.tarief_per_bezet_etmaal.waarde``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from typing import Any

from kostprijs.errors import KostprijsFout
from kostprijs.io.meldingen import pad_tekst

Pad = tuple[str | int, ...]


class NietEindigFout(KostprijsFout):
    """Een uitvoerveld is NaN of oneindig; de uitvoer wordt niet geschreven."""

    def __init__(self, veld: str, waarde: float) -> None:
        self.veld, self.waarde = veld, waarde
        super().__init__(f"interne fout: het uitvoerveld '{veld}' is niet eindig ({waarde}); er is geen JSON "
                         "geschreven. Meld dit met de invoer erbij")


def veldnaam(pad: Pad) -> str:
    """``("figuren", "tarief", 2)`` -> ``figuren.tarief[2]`` (zoals :func:`kostprijs.io.meldingen.pad_tekst`)."""
    return pad_tekst(pad) if pad else "(hele uitvoer)"


def niet_eindig(data: Any, pad: Pad = ()) -> Iterator[tuple[Pad, float]]:
    """Alle niet-eindige getallen in ``data`` (dicts, lijsten, tuples) met hun pad."""
    stapel: list[tuple[Pad, Any]] = [(pad, data)]
    while stapel:
        p, x = stapel.pop()
        if isinstance(x, float) and not math.isfinite(x):
            yield p, x
        elif isinstance(x, Mapping):
            stapel.extend(((*p, str(k)), v) for k, v in reversed(list(x.items())))
        elif isinstance(x, list | tuple):
            stapel.extend(((*p, i), v) for i, v in reversed(list(enumerate(x))))


def controleer_eindig(data: Any) -> None:
    """Weiger ``data`` met een :class:`NietEindigFout` als er ergens NaN of oneindig in staat."""
    for pad, waarde in niet_eindig(data):
        raise NietEindigFout(veldnaam(pad), waarde)


def json_tekst(data: Any, indent: int | None = 2) -> str:
    """``data`` als JSON (UTF-8, geen ASCII-escapes); weigert NaN en oneindig met het veld erbij."""
    controleer_eindig(data)
    return json.dumps(data, indent=indent, ensure_ascii=False, allow_nan=False)
