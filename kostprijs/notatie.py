"""Nederlandse getalnotatie voor tekstuitvoer (terminal, uitleg, rapporten): 1.234.567,89 en 74,69%.

Alleen weergave: bedragen worden vooraf afgerond via :mod:`kostprijs.core.afronding`.
"""

from __future__ import annotations


def nl_getal(x: float, decimalen: int = 2) -> str:
    """``1234567.891`` -> ``1.234.567,89`` (Nederlandse notatie).

    >>> nl_getal(1234567.891)
    '1.234.567,89'
    """
    tekst = f"{x:,.{decimalen}f}"
    return tekst.replace(",", "_").replace(".", ",").replace("_", ".")


def nl_procent(x: float, decimalen: int = 2) -> str:
    """Fractie als percentage: ``0.7469`` -> ``74,69%``."""
    return nl_getal(100 * x, decimalen) + "%"


def decimalen_voor(eenheid: str, waarde: float | None = None) -> int | None:
    """Eén regel per eenheid voor getallen in tabellen; ``None`` betekent: als percentage.

    - geld (``EUR...``): 2 decimalen (centen);
    - fte: 4 decimalen;
    - fracties (``/1``): als percentage met 2 decimalen en ``%``;
    - dagen en etmalen: hele getallen, tenzij de waarde van nature een breuk is (een verwachting of
      gemiddelde): dan 1 decimaal;
    - uren: 4 decimalen (zoals fte; zie docs/methode.md#afronding); aantallen (plaatsen, medewerkers,
      jaar, maand): hele getallen;
    - al het andere: 4 decimalen.
    """
    e = eenheid.strip().lower()
    if e.startswith("eur"):
        return 2
    if e == "fte":
        return 4
    if e == "/1":
        return None
    if e.startswith(("dag", "etmal", "plaatsdag")):
        heel = waarde is None or abs(waarde - round(waarde)) < 1e-9
        return 0 if heel else 1
    if e.startswith("uur"):
        return 4
    if e in ("plaatsen", "medewerkers", "jaar", "maand", "aantal", "woningen"):
        return 0
    return 4


def nl_eenheid(waarde: float, eenheid: str) -> str:
    """Een getal in de Nederlandse notatie volgens de regel van zijn eenheid (:func:`decimalen_voor`).

    Afronding half van nul af, zoals de rest van kostprijs.

    >>> nl_eenheid(668.655, "EUR/bezet etmaal"), nl_eenheid(0.7469, "/1"), nl_eenheid(1314.0, "etmalen/jaar")
    ('668,66', '74,69%', '1.314')
    """
    from kostprijs.core.afronding import rond_af

    d = decimalen_voor(eenheid, waarde)
    if d is None:
        return nl_getal(rond_af(100 * waarde, 2), 2) + "%"
    return nl_getal(rond_af(waarde, d), d)
