""""Bedoelt u ...?": de echte naam die het dichtst bij een onbekende naam ligt.

Eén regel voor veldnamen in YAML, opties en keuzes op de opdrachtregel, figuren en parameters:

1. dezelfde naam op hoofdletters, spaties, streepjes en liggende streepjes na;
2. een naam die met het woord begint of erin staat (``verzuim`` -> ``verzuimpercentage``), of andersom
   (``--bezettingen`` -> ``--bezetting``), bij een woord van minstens 3 tekens; de kortste eerst;
3. anders de gelijkenis van :func:`difflib.get_close_matches` (minstens 0,6).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def _kaal(naam: str) -> str:
    return naam.lower().lstrip("-").replace("-", "_").replace(" ", "_")


def bedoelt_u(woord: str, kandidaten: Iterable[str], n: int = 1) -> list[str]:
    """Tot ``n`` echte namen die ``woord`` waarschijnlijk bedoelt, de beste eerst (leeg als er geen is).

    >>> bedoelt_u("verzuim", ["verzuimpercentage", "verlofuren"])
    ['verzuimpercentage']
    >>> bedoelt_u("--bezettingen", ["--bezetting", "--plaatsen"])
    ['--bezetting']
    """
    namen = sorted(set(kandidaten))
    kaal = _kaal(woord)
    if not kaal:
        return []
    uit = [k for k in namen if _kaal(k) == kaal and k != woord]
    if len(kaal) >= 3:
        deel = [k for k in namen if k not in uit and k != woord
                and (kaal in _kaal(k) or (len(_kaal(k)) >= 3 and _kaal(k) in kaal))]
        uit += sorted(deel, key=lambda k: (abs(len(_kaal(k)) - len(kaal)), k))
    per_kaal = {_kaal(k): k for k in namen}
    for k in difflib.get_close_matches(kaal, list(per_kaal), n=n + len(uit), cutoff=0.6):
        if per_kaal[k] not in uit and per_kaal[k] != woord:
            uit.append(per_kaal[k])
    return uit[:n]
