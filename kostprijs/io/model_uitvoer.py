"""Een model als YAML die ``kostprijs bereken`` weer precies zo leest (lees-excel, de webapplicatie, het
normmodel van het onderzoek).

Kloktijden staan tussen aanhalingstekens (anders leest YAML ``07:00`` niet als tekst), datums als
JJJJ-MM-DD, getallen in de kortste vorm die exact dezelfde float64 teruggeeft (hoogstens 17 significante
cijfers; de lezer neemt die aan: :data:`kostprijs.io.yaml_voorcontrole.MAX_CIJFERS`).
"""

from __future__ import annotations

import io
from typing import Any

from pydantic import BaseModel

TIJDVELDEN = frozenset({"begin", "eind", "van", "tot"})
"""Velden met een kloktijd (rooster, ORT-banden)."""


def model_yaml(model: BaseModel, kop: str, *, alleen_gegeven: bool = False) -> str:
    """Het model als YAML-tekst met ``kop`` als commentaar bovenaan (één of meer regels).

    ``alleen_gegeven``: alleen wat de gebruiker gaf (``exclude_unset``); wat het register levert, blijft
    dan weg en komt bij het lezen weer uit het register. Anders alles behalve lege velden.
    """
    from ruamel.yaml import YAML

    y = YAML(typ="rt", pure=True)
    y.default_flow_style = False
    y.allow_unicode = True
    buf = io.StringIO()
    buf.write("".join(f"# {regel}\n" for regel in kop.splitlines()))
    data = model.model_dump(mode="python", exclude_unset=True) if alleen_gegeven else model.model_dump(
        exclude_none=True)
    y.dump(_tijden(data), buf)  # datums blijven datums (geen tekst)
    return buf.getvalue()


def _tijden(x: Any) -> Any:
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if isinstance(x, dict):
        return {k: DoubleQuotedScalarString(w) if k in TIJDVELDEN and isinstance(w, str) else _tijden(w)
                for k, w in x.items()}
    if isinstance(x, list | tuple):
        return [_tijden(w) for w in x]
    return x
