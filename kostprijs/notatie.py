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
