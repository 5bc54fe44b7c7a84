"""Getalnotaties die een waarde anders tonen dan ze is: verbergen, schalen of vaste cijfers tonen.

Een celnotatie verandert niet wat er in de cel staat, alleen wat een mens ziet. Een aanbieder of een
bewerker kan zo een andere waarde laten zien dan de importer leest:

- een lege sectie verbergt waarden: ``;;;`` (alles), ``0;;0`` (negatieve getallen);
- een komma na de laatste cijferplaats deelt door 1.000: ``#,##0,`` toont 125000 als ``125``;
- tekst tussen aanhalingstekens of na ``\\`` met cijfers toont vaste cijfers: ``"450"`` of ``\\4\\5\\0``;
- een sectie voor positieve of negatieve getallen zonder cijferplaats toont alleen tekst: ``"geheim"``.

:func:`verhullend` geeft de reden, zodat de importer de cel kan weigeren met ``Blad!Cel``. Gewone
notaties (``0``, ``#,##0.00``, ``0.0%``, ``€ #,##0.00``, datums) zijn in orde.
"""

from __future__ import annotations

import re

_TEKST = re.compile(r'"[^"]*"|\\.')
_KOMMA_SCHAAL = re.compile(r"[0#?][.0#?]*,+(?![0#?])")


def _secties(notatie: str) -> list[str]:
    """Splits op ``;`` buiten aanhalingstekens en escapes."""
    delen, huidig, in_tekst, escape = [], "", False, False
    for c in notatie:
        if escape:
            huidig, escape = huidig + c, False
        elif c == "\\":
            huidig, escape = huidig + c, True
        elif c == '"':
            huidig, in_tekst = huidig + c, not in_tekst
        elif c == ";" and not in_tekst:
            delen.append(huidig)
            huidig = ""
        else:
            huidig += c
    return [*delen, huidig]


def verhullend(notatie: str | None) -> str | None:
    """Waarom ``notatie`` een getal anders toont dan het is, of ``None``."""
    if not notatie or notatie in ("General", "@"):
        return None
    for stuk in _TEKST.findall(notatie):
        if any(c.isdigit() for c in stuk):
            return f"de getalnotatie '{notatie[:40]}' toont vaste cijfers ({stuk[:10]}) in plaats van de waarde"
    secties = _secties(notatie)
    for i, sectie in enumerate(secties[:3]):
        kaal = re.sub(r"\[[^\]]*\]", "", _TEKST.sub("", sectie)).strip()
        if not kaal and not re.search(r'"[^"]+"|\\.', sectie):
            return f"de getalnotatie '{notatie[:40]}' verbergt waarden (een lege sectie)"
        if i < 2 and not re.search(r"[0#?]|general|[ymdhs]", kaal, re.IGNORECASE):
            return f"de getalnotatie '{notatie[:40]}' toont tekst in plaats van de waarde"
        if _KOMMA_SCHAAL.search(kaal):
            return f"de getalnotatie '{notatie[:40]}' deelt de getoonde waarde door 1.000 (komma aan het eind)"
    return None
