"""Bouwstenen voor het schrijven: een tabblad met een lopende rij, benoemde cellen en een register.

Het register (:class:`Register`) houdt bij welke cel welke naam, formule, Python-waarde en figuur
heeft; de tests vergelijken daarmee elke formulecel na herberekening in LibreOffice.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kostprijs.errors import KostprijsFout
from kostprijs.excel import afdruk
from kostprijs.excel.opmaak import Opmaak
from kostprijs.io.celtekst import aanhaling

TEKST_MAX = 32_767


@dataclass(frozen=True)
class FormuleCel:
    """Eén formulecel: waar, welke formule, de waarde die Python berekende, en of het geld is."""

    blad: str
    cel: str
    formule: str
    waarde: float
    geld: bool
    afgerond: bool
    figuur: str | None


@dataclass
class Register:
    """Alle namen, formulecellen en figuren van één werkboek."""

    namen: dict[str, str] = field(default_factory=dict)  # naam -> Blad!$A$1
    formules: list[FormuleCel] = field(default_factory=list)
    figuren: dict[str, str] = field(default_factory=dict)  # figuursleutel -> Blad!A1
    invoer: dict[str, str] = field(default_factory=dict)  # naam -> Blad!A1 (alleen invoercellen)
    vast: dict[str, float] = field(default_factory=dict)  # Blad!A1 -> waarde (vaste cellen met een figuur)


@functools.cache
def kolomletter(kol: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (onthouden: een werkboek vraagt tienduizenden keren dezelfde kolommen)."""
    letters = ""
    kol += 1
    while kol:
        kol, rest = divmod(kol - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@functools.cache
def cel(rij: int, kol: int, absoluut: bool = False) -> str:
    """Celadres uit rij en kolom (0-based): ``cel(4, 1)`` -> ``B5`` (onthouden, zoals :func:`kolomletter`)."""
    d = "$" if absoluut else ""
    return f"{d}{kolomletter(kol)}{d}{rij + 1}"


def eindig(waarde: float, waar: str) -> float:
    """Weiger NaN/inf vóór het schrijven (XlsxWriter en Excel kennen ze niet)."""
    w = float(waarde)
    if not math.isfinite(w):
        raise KostprijsFout(f"interne fout: {waar} is niet eindig ({w}); het werkboek wordt niet geschreven")
    return w


_STUURTEKEN = re.compile("[\x00-\x08\x0b-\x1f]")
"""Stuurtekens behalve tab en regelovergang."""


def schone_tekst(tekst: str, waar: str | Callable[[], str]) -> str:
    """Tekst van de gebruiker: zonder stuurtekens en niet langer dan een Excel-cel aankan.

    ``waar`` (``Blad!A1``) mag een functie zijn: de plaats wordt alleen bij een fout opgebouwd.
    """
    if _STUURTEKEN.search(tekst) is None and len(tekst) <= TEKST_MAX:
        return tekst
    plaats = waar() if callable(waar) else waar
    if len(tekst) > TEKST_MAX:
        raise KostprijsFout(f"{plaats}: de tekst is langer dan {TEKST_MAX} tekens")
    raise KostprijsFout(f"{plaats}: de tekst bevat een stuurteken; haal het weg")


class Blad:
    """Eén tabblad met opmaak, een lopende rij, registratie van namen en formules, en een pagina-instelling.

    ``ondertitel`` is de naam van de woning (met jaar): ze staat onder de titel en in de kop van elke pagina.
    """

    def __init__(self, wb: Any, opmaak: Opmaak, register: Register, naam: str, titel: str,
                 ondertitel: str, breedtes: list[float], liggend: bool = False) -> None:
        self.wb, self.op, self.reg, self.naam = wb, opmaak, register, naam
        self.ws = wb.add_worksheet(naam)
        self.breedtes = list(breedtes)
        for i, b in enumerate(breedtes):
            self.ws.set_column(i, i, b)
        self.aanhaling = aanhaling(wb)  # tekst die op een formule lijkt: quote_prefix (io.celtekst)
        self.aanhaling.schrijf(self.ws, 0, 0, titel, opmaak.titel)
        self.aanhaling.schrijf(self.ws, 1, 0, ondertitel, opmaak.ondertitel)
        self.rij = 3
        self._hoogtes: dict[int, float] = {}
        self._rijstijl: dict[int, Any] = {}  # rijen met een opmaak voor de hele rij (kopregels)
        afdruk.pagina(self.ws, ondertitel, liggend=liggend, herhaal=(0, 1))
        self.ws.hide_gridlines(1)  # rasterlijnen op het scherm, niet op papier
        self.ws.freeze_panes(3, 0)
        self.ws.protect("", {"format_columns": True, "format_rows": True, "select_locked_cells": True,
                             "select_unlocked_cells": True})

    def breedte(self, van: int, tot: int) -> float:
        """Samen de breedte van de kolommen ``van`` tot en met ``tot`` (Excel-eenheden)."""
        if van == tot:
            return self.breedtes[van] if van < len(self.breedtes) else 8.43
        return sum(self.breedtes[k] if k < len(self.breedtes) else 8.43 for k in range(van, tot + 1))

    def hoogte(self, rij: int, punten: float) -> None:
        """Maak rij ``rij`` minstens ``punten`` hoog (de hoogste vraag wint)."""
        if punten > self._hoogtes.get(rij, 15.0):
            self._hoogtes[rij] = punten
            self.ws.set_row(rij, punten, self._rijstijl.get(rij))

    def tekstvak(self, rij: int, van: int, tot: int, tekst: str, stijl: Any) -> None:
        """Afgebroken tekst over de kolommen ``van`` tot en met ``tot``, met een rij die hoog genoeg is."""
        schoon = schone_tekst(tekst, lambda: f"{self.naam}!{cel(rij, van)}")
        stijl = self.aanhaling.formaat(schoon, stijl)  # tekst die op een formule lijkt: quote_prefix
        if tot > van:
            self.ws.merge_range(rij, van, rij, tot, "", stijl)
        self.ws.write_string(rij, van, schoon, stijl)
        self.hoogte(rij, afdruk.rijhoogte(schoon, self.breedte(van, tot)))

    def label(self, rij: int, kol: int, tekst: str, stijl: Any = None) -> None:
        """Een label (afgebroken als het niet in de kolom past)."""
        self.aanhaling.schrijf(self.ws, rij, kol, tekst, stijl if stijl is not None else self.op.label)
        self.hoogte(rij, afdruk.rijhoogte(tekst, self.breedte(kol, kol)))

    def sluit(self, laatste_kolom: int | None = None) -> None:
        """Zet het afdrukbereik: tot en met de laatste geschreven rij en de laatste kolom."""
        afdruk.afdrukbereik(self.ws, self.rij, len(self.breedtes) - 1 if laatste_kolom is None else laatste_kolom)

    def adres(self, rij: int, kol: int) -> str:
        return f"'{self.naam}'!{cel(rij, kol, absoluut=True)}"

    def noem(self, naam: str, rij: int, kol: int) -> None:
        if naam in self.reg.namen:
            raise KostprijsFout(f"interne fout: naam {naam} dubbel")
        adres = self.reg.namen[naam] = self.adres(rij, kol)
        self.wb.define_name(naam, "=" + adres)

    def kop(self, tekst: str, breedte: int = 4) -> None:
        """Een kopregel: witte tekst op een gekleurde band over ``breedte`` kolommen.

        Loopt de band over alle kolommen van het blad, dan krijgt de hele rij de opmaak (één rij-element in
        plaats van een lege cel per kolom; het afdrukbereik houdt bij de laatste kolom op).
        """
        self.rij += 1
        if breedte >= len(self.breedtes):
            self._rijstijl[self.rij] = self.op.kop
            self.ws.set_row(self.rij, self._hoogtes.get(self.rij), self.op.kop)
        else:
            for k in range(breedte):
                self.ws.write_blank(self.rij, k, None, self.op.kop)
        self.aanhaling.schrijf(self.ws, self.rij, 0, tekst, self.op.kop)
        self.rij += 1

    def koppen(self, teksten: list[str]) -> None:
        """Een rij kolomkoppen (afgebroken, zo hoog als de langste kop nodig heeft)."""
        hoogte = max(afdruk.rijhoogte(t, self.breedte(k, k)) for k, t in enumerate(teksten))
        self.hoogte(self.rij, max(hoogte, 27))
        for k, t in enumerate(teksten):
            self.aanhaling.schrijf(self.ws, self.rij, k, t, self.op.kolomkop)
        self.rij += 1

    def tekst(self, rij: int, kol: int, tekst: str, stijl: Any = None) -> None:
        """Schrijf tekst als tekst (nooit als formule of link); begint ze met = of +, dan met quote_prefix."""
        self.aanhaling.schrijf(self.ws, rij, kol, schone_tekst(tekst, lambda: f"{self.naam}!{cel(rij, kol)}"),
                               stijl if stijl is not None else self.op.tekst)

    def formule(self, rij: int, kol: int, formule: str, waarde: float, notatie: str, *,
                naam: str | None = None, figuur: str | None = None, soort: str = "afgeleid") -> None:
        """Schrijf een formule met de door Python berekende waarde als opgeslagen resultaat."""
        w = eindig(waarde, figuur or naam or f"{self.naam}!{cel(rij, kol)}")
        self.ws.write_formula(rij, kol, "=" + formule, self.op.cel(soort, notatie), w)
        if naam:
            self.noem(naam, rij, kol)
        adres = cel(rij, kol)
        if figuur:
            self.reg.figuren[figuur] = f"{self.naam}!{adres}"
        self.reg.formules.append(FormuleCel(self.naam, adres, formule, w, notatie == "geld",
                                            soort == "gerapporteerd", figuur))

    def regel(self, label: str, naam: str, formule: str, waarde: float, notatie: str, eenheid: str,
              uitleg: str = "", figuur: str | None = None, soort: str = "afgeleid") -> None:
        """Een rij label | formule | eenheid | uitleg."""
        self.label(self.rij, 0, label, self.op.label_vet if soort == "gerapporteerd" else self.op.label)
        self.formule(self.rij, 1, formule, waarde, notatie, naam=naam, figuur=figuur, soort=soort)
        self.label(self.rij, 2, eenheid)
        if uitleg:
            self.tekstvak(self.rij, 3, 3, uitleg, self.op.toelichting)
        self.rij += 1
