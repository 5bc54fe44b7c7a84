"""Feestdagen per jaar en het aantal dat op een werkdag valt (CAO Jeugdzorg art. 9.7).

De lijst met feestdagen is gedateerde data (``cao_jeugdzorg.feestdagen.lijst`` in
:mod:`kostprijs.parameters`); de data per jaar rekent deze module uit. Pasen volgt uit het bekende
algoritme voor de gregoriaanse kalender (Meeus/Jones/Butcher); Hemelvaart is Pasen + 39 dagen,
Pinksteren Pasen + 49. Koningsdag is 27 april, of 26 april als 27 april op een zondag valt.

Een feestdag die op een werkdag (maandag t/m vrijdag) valt, is een betaalde vrije dag en gaat dus
van de netto inzetbare uren af (``docs/methode.md#productiviteit``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from kostprijs.errors import KostprijsFout


def pasen(jaar: int) -> dt.date:
    """Eerste Paasdag in de gregoriaanse kalender (algoritme van Meeus/Jones/Butcher).

    >>> pasen(2025)
    datetime.date(2025, 4, 20)
    """
    a, b, c = jaar % 19, jaar // 100, jaar % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    maand = (h + ell - 7 * m + 114) // 31
    dag = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(jaar, maand, dag)


def _koningsdag(jaar: int) -> dt.date:
    d = dt.date(jaar, 4, 27)
    return d - dt.timedelta(days=1) if d.weekday() == 6 else d


def _na_pasen(dagen: int) -> Callable[[int], dt.date]:
    return lambda jaar: pasen(jaar) + dt.timedelta(days=dagen)


FEESTDAGEN: dict[str, Callable[[int], dt.date]] = {
    "nieuwjaarsdag": lambda j: dt.date(j, 1, 1),
    "goede_vrijdag": _na_pasen(-2),
    "eerste_paasdag": _na_pasen(0),
    "tweede_paasdag": _na_pasen(1),
    "koningsdag": _koningsdag,
    "bevrijdingsdag": lambda j: dt.date(j, 5, 5),
    "hemelvaartsdag": _na_pasen(39),
    "eerste_pinksterdag": _na_pasen(49),
    "tweede_pinksterdag": _na_pasen(50),
    "eerste_kerstdag": lambda j: dt.date(j, 12, 25),
    "tweede_kerstdag": lambda j: dt.date(j, 12, 26),
}
"""De feestdagen die de kalender kent, met hun datumregel."""


def cao_feestdagen(jaar: int) -> tuple[str, ...]:
    """De feestdagenlijst van de CAO Jeugdzorg die op 1 januari van ``jaar`` geldt (uit de parameters)."""
    from kostprijs.parameters import register

    waarde = register().op("cao_jeugdzorg.feestdagen.lijst", dt.date(jaar, 1, 1)).waarde
    if not isinstance(waarde, tuple):
        raise KostprijsFout("parameter 'cao_jeugdzorg.feestdagen.lijst' is geen lijst met feestdagen")
    return waarde


def feestdagen(jaar: int, lijst: Sequence[str] | None = None) -> list[tuple[dt.date, str]]:
    """De feestdagen van ``jaar`` als (datum, naam), op datum gesorteerd.

    ``lijst`` is een rij namen uit :data:`FEESTDAGEN`; zonder lijst de CAO-lijst van dat jaar.
    """
    namen = tuple(lijst) if lijst is not None else cao_feestdagen(jaar)
    onbekend = [n for n in namen if n not in FEESTDAGEN]
    if onbekend:
        raise KostprijsFout(f"onbekende feestdag(en) {', '.join(onbekend)}; bekend zijn: {', '.join(FEESTDAGEN)}")
    return sorted((FEESTDAGEN[n](jaar), n) for n in dict.fromkeys(namen))


def feestdagen_op_werkdag(jaar: int, lijst: Sequence[str] | None = None) -> list[tuple[dt.date, str]]:
    """Alleen de feestdagen die op maandag t/m vrijdag vallen."""
    return [(d, n) for d, n in feestdagen(jaar, lijst) if d.weekday() < 5]


def aantal_feestdagen_op_werkdag(jaar: int, lijst: Sequence[str] | None = None) -> int:
    """Aantal feestdagen op een werkdag in ``jaar`` (2025 met de CAO-lijst: 7). [dagen/jaar]"""
    return len(feestdagen_op_werkdag(jaar, lijst))
