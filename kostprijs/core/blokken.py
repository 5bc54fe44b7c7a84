"""Gevraagde waarden van de keten op een groot raster, in blokken die in de processorcache passen.

:func:`kostprijs.core.keten.opbouw` rekent een raster in één keer door broadcasting; bij een miljoen punten
maakt elke stap dan een array van acht megabyte die uit het geheugen komt en terug moet. Hier wordt het
raster in blokken van :data:`BLOK` punten langs één as (de langste) gerekend:

* alleen de gevraagde waarden en de stappen waar ze van afhangen (:class:`kostprijs.core.keten.Keten` is
  lui), met dezelfde bewerkingen in dezelfde volgorde, dus dezelfde getallen tot op de bit;
* wat niet van de blokas afhangt (bijv. de personeelskosten als het raster over de bezettingsgraad loopt)
  wordt één keer gerekend en door alle blokken gedeeld; welke stappen dat zijn, volgt uit het eerste blok,
  waarin de keten bijhoudt welke invoervelden elke stap leest;
* waarden die langs één as variëren blijven eendimensionaal tot ze een andere as ontmoeten (broadcasting),
  constanten blijven getallen;
* elke uitkomst krijgt één uitvoerarray die blok voor blok gevuld wordt; een uitkomst die niet van de
  blokas afhangt, is een alleen-lezen broadcast-weergave zonder eigen geheugen.

Het geheugen buiten de uitvoer is zo begrensd door de grootte van een blok, niet door het raster.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from kostprijs.core.keten import STAPPEN, KernInvoer, Keten, vervang

Arr = NDArray[np.float64]

BLOK = 32_768
"""Punten per blok: 256 kB per tussenwaarde, zodat de paar tussenwaarden van een blok in de L2-cache passen."""


class _Lezer:
    """Leest velden van de kern en noteert welke (voor :class:`_Spoor`)."""

    def __init__(self, k: KernInvoer, gelezen: list[set[str]]) -> None:
        self._k, self._gelezen = k, gelezen

    def __getattr__(self, naam: str) -> Any:
        if self._gelezen:
            self._gelezen[-1].add(naam)
        return getattr(self._k, naam)


class _Spoor(Keten):
    """De keten die per stap bijhoudt van welke velden van de kern ze (via eerdere stappen) afhangt."""

    def __init__(self, k: KernInvoer) -> None:
        super().__init__(k)
        self.afhankelijk: dict[str, frozenset[str]] = {}
        self._stapel: list[set[str]] = []

    def __getattribute__(self, naam: str) -> Any:
        if naam == "k":
            return _Lezer(object.__getattribute__(self, "k"), object.__getattribute__(self, "_stapel"))
        if naam not in STAPPEN:
            return object.__getattribute__(self, naam)
        stapel: list[set[str]] = object.__getattribute__(self, "_stapel")
        afh: dict[str, frozenset[str]] = object.__getattribute__(self, "afhankelijk")
        if naam in afh:
            waarde = object.__getattribute__(self, naam)
        else:
            stapel.append(set())
            try:
                waarde = object.__getattribute__(self, naam)
            finally:
                afh[naam] = frozenset(stapel.pop())
        if stapel:
            stapel[-1] |= afh[naam]
        return waarde


def _plak(as_: int, van: int, tot: int) -> tuple[slice, ...]:
    return (*(slice(None),) * as_, slice(van, tot))


def _deel(kern: KernInvoer, velden: frozenset[str], as_: int, van: int, tot: int) -> KernInvoer:
    """De kern met de velden die langs ``as_`` variëren beperkt tot ``van:tot`` op die as (weergaven)."""
    nieuw = {}
    for veld in velden:
        w = np.asarray(getattr(kern, veld))
        if w.ndim > as_ and w.shape[as_] > 1:
            nieuw[veld] = w[_plak(as_, van, tot)]
    return vervang(kern, **nieuw)


def _controleer(namen: Sequence[str]) -> None:
    onbekend = [n for n in namen if n not in STAPPEN or n.startswith("_")]
    if onbekend:
        raise KeyError(f"onbekende uitkomst van de keten: {', '.join(onbekend)}")


def _afhankelijkheden(kern: KernInvoer, namen: Sequence[str], langs: Mapping[int, frozenset[str]]
                      ) -> dict[str, frozenset[str]]:
    """Per stap van de keten de velden van de kern waar ze van afhangt, uit één rasterpunt (het eerste)."""
    punt = kern
    for as_, velden in langs.items():
        punt = _deel(punt, velden, as_, 0, 1)
    spoor = _Spoor(punt)
    for n in namen:
        getattr(spoor, n)
    return spoor.afhankelijk


def _blokas(vorm: tuple[int, ...], langs: Mapping[int, frozenset[str]], afh: Mapping[str, frozenset[str]],
            blok: int) -> int:
    """De as waarlangs de blokken lopen: van de assen waarbij een blok minstens één volle rij van de andere assen
    bevat, die waar de minste stappen van afhangen (die worden per blok opnieuw gerekend); anders de langste."""
    totaal = int(np.prod(vorm, dtype=np.int64))
    kandidaten = [j for j in range(len(vorm)) if vorm[j] > 1 and totaal // vorm[j] <= blok and langs.get(j)]
    if not kandidaten:
        return int(np.argmax(vorm))
    return min(kandidaten, key=lambda j: (sum(1 for d in afh.values() if d & langs[j]), -vorm[j]))


def raster(kern: KernInvoer, namen: Sequence[str], vorm: tuple[int, ...],
           langs: Mapping[int, frozenset[str]], blok: int = BLOK) -> dict[str, Arr]:
    """De waarden ``namen`` van de keten op een raster met vorm ``vorm``, blok voor blok.

    Parameters
    ----------
    kern : invoer waarin velden arrays met de voorloop-assen van het raster zijn (zie
        :mod:`kostprijs.scenario.assen`)
    namen : gevraagde waarden, elk één getal per rasterpunt (velden van :class:`kostprijs.core.keten.Opbouw`)
    vorm : vorm van het raster [punten per as]
    langs : per as van het raster de velden van de kern die langs die as variëren
    blok : punten per blok (standaard :data:`BLOK`)

    Returns
    -------
    dict
        Per naam een array met vorm ``vorm`` (onafgerond); een alleen-lezen weergave als de waarde niet van de
        blokas afhangt.
    """
    _controleer(namen)
    totaal = int(np.prod(vorm, dtype=np.int64))
    if totaal <= blok or not any(langs.values()):
        v = Keten(kern)
        return {n: np.broadcast_to(np.asarray(getattr(v, n), dtype=float), vorm) for n in namen}
    afh = _afhankelijkheden(kern, namen, langs)
    as_ = _blokas(vorm, langs, afh, blok)
    varieert = langs.get(as_, frozenset())
    stap = max(1, blok * vorm[as_] // totaal)
    uit: dict[str, Arr] = {}
    gedeeld: dict[str, object] = {}
    blokwaarden = [n for n in namen if afh[n] & varieert]
    for van in range(0, vorm[as_], stap):
        v = Keten(_deel(kern, varieert, as_, van, van + stap))
        vars(v).update(gedeeld)
        if not van:
            for n in namen:
                w = np.asarray(getattr(v, n), dtype=float)
                uit[n] = np.empty(vorm) if n in blokwaarden else np.broadcast_to(w, vorm)
            gedeeld = {n: w for n, w in vars(v).items() if n in STAPPEN and not afh[n] & varieert}
        for n in blokwaarden:
            uit[n][_plak(as_, van, van + stap)] = getattr(v, n)
    return uit
