"""Het model als formulier, in de hoofdstukken van de handreiking: wat er staat, met label en eenheid.

:func:`secties` maakt uit de ruwe modelgegevens (wat de pagina bewaart, ook als het nog fouten bevat)
de lijst blokken met hun invoervelden; de sjabloon ``formulier.html`` tekent ze. Labels en eenheden komen
uit de tabel van invoercellen van het werkboek (:mod:`kostprijs.excel.velden`), zodat formulier en
werkboek dezelfde woorden gebruiken; de uitleg bij een veld uit de beschrijving in
:mod:`kostprijs.inputs`. Welke velden het register kan invullen, zegt :data:`kostprijs.oplossen.STANDAARDEN`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

from kostprijs.excel import velden as ev
from kostprijs.inputs import DAGGROEPEN, WEEKDAGEN, KwvModel
from kostprijs.io.meldingen import Pad, pad_tekst
from kostprijs.oplossen import STANDAARDEN

Soort = Literal["getal", "geheel", "tekst", "tijd", "keuze", "datum", "dagen", "vinkjes", "janee"]
EENHEDEN = {"/1": "fractie, 0.90 = 90%", "ja/nee": "", "keuze": "", "UU:MM": "UU:MM"}
REGISTERVELDEN = frozenset(pad_tekst(s.veld) for s in STANDAARDEN) | {"productiviteit.feestdagen_op_werkdag",
                                                                       "rooster.telfactoren.wakker"}
"""Velden die leeg mogen blijven: het register (of de kalender, of de definitie) vult ze."""


@dataclass(frozen=True)
class Invoer:
    """Eén invoerveld van het formulier."""

    pad: Pad
    label: str
    soort: Soort
    eenheid: str = ""
    keuzes: tuple[tuple[str, str], ...] = ()
    """(waarde, label); bij ``keuze`` staat een lege keuze vooraan als het veld leeg mag."""
    hulp: str = ""
    waarde: Any = None
    actie: str = ""
    """Een wijziging gaat als actie naar de server, die het formulier opnieuw tekent (zie :mod:`acties`)."""
    leeg_mag: bool = False

    @property
    def sleutel(self) -> str:
        """Het pad als tekst (zoals in meldingen): ``rooster.diensten[1].eind``."""
        return pad_tekst(self.pad)

    @property
    def pad_json(self) -> str:
        """Het pad als JSON-lijst voor de pagina (sleutels met punten blijven heel)."""
        return json.dumps(list(self.pad), ensure_ascii=False)

    @property
    def register(self) -> bool:
        """Het register kan dit veld invullen."""
        return self.sleutel in REGISTERVELDEN

    @property
    def tekstwaarde(self) -> str:
        """De waarde zoals ze in het invoerveld staat."""
        w = self.waarde
        if w is None:
            return ""
        if isinstance(w, bool):
            return "ja" if w else "nee"
        if isinstance(w, float) and w.is_integer() and abs(w) < 1e15:
            return str(int(w))
        return str(w) if not isinstance(w, dict | list) else ""

    def aangevinkt(self, keuze: str) -> bool:
        """Bij ``dagen`` en ``vinkjes``: staat deze keuze aan."""
        w = self.waarde
        if self.soort == "dagen":
            dagen = [WEEKDAGEN[i] for i in DAGGROEPEN[w]] if isinstance(w, str) and w in DAGGROEPEN else w
            return isinstance(dagen, list) and keuze in dagen
        return isinstance(w, list) and keuze in w




@dataclass(frozen=True)
class Knop:
    """Een keuze die de vorm van het model verandert (huur of eigendom, ORT-methode, ...)."""

    actie: str
    label: str
    keuzes: tuple[tuple[str, str], ...]
    waarde: str
    pad: Pad = ()

    @property
    def pad_json(self) -> str:
        """Het pad als JSON-lijst."""
        return json.dumps(list(self.pad), ensure_ascii=False)


@dataclass(frozen=True)
class Tabel:
    """Een lijst (diensten, functies) of een blok met namen (cliëntkosten) als tabel met rijen."""

    pad: Pad
    titel: str
    kolommen: tuple[str, ...]
    rijen: tuple[tuple[Invoer | Knop, ...], ...]
    erbij: str
    namen: bool = False
    """Een blok met namen (naam -> bedrag): de eerste kolom is de naam."""

    @property
    def pad_json(self) -> str:
        """Het pad als JSON-lijst."""
        return json.dumps(list(self.pad), ensure_ascii=False)

    @property
    def sleutel(self) -> str:
        """Het pad als tekst."""
        return pad_tekst(self.pad)

    @property
    def rijpaden(self) -> list[str]:
        """Per rij het pad als JSON-lijst (lijst: het nummer, blok met namen: de naam)."""
        if self.namen:
            return [json.dumps([*self.pad, r[0].waarde], ensure_ascii=False) for r in self.rijen
                    if isinstance(r[0], Invoer)]
        return [json.dumps([*self.pad, i], ensure_ascii=False) for i in range(len(self.rijen))]


@dataclass(frozen=True)
class Blok:
    """Eén hoofdstuk van het formulier."""

    id: str
    titel: str
    delen: tuple[Invoer | Knop | Tabel, ...] = field(default_factory=tuple)
    uitleg: str = ""


def _bij(data: Any, pad: Pad) -> Any:
    """De waarde op ``pad`` in de ruwe gegevens, of ``None``."""
    for deel in pad:
        if isinstance(deel, int) and isinstance(data, list) and 0 <= deel < len(data):
            data = data[deel]
        elif isinstance(deel, str) and isinstance(data, dict):
            data = data.get(deel)
        else:
            return None
    return data


def _celveld(pad: Pad) -> ev.Veld | None:
    """Het invoerveld van het werkboek voor dit pad (label, eenheid, keuzes)."""
    secties = (*ev.SECTIES, ev.ORT_SECTIE, ev.EIGENDOM_SECTIE, ev.INVENTARIS_SECTIE, ev.OVERHEAD_SECTIE,
               ev.RISICO_SECTIE)
    for s in secties:
        if tuple(pad[:-1]) == s.pad:
            for v in s.velden:
                if v.sleutel == pad[-1]:
                    return v
    if pad[:1] == ("huisvesting",) and len(pad) == 2:
        for v in (ev.HUUR, *ev.HUISVESTING_POSTEN):
            if v.sleutel == pad[1]:
                return v
    for t in ev.TABELLEN:
        if len(pad) == len(t.pad) + 2 and tuple(pad[:len(t.pad)]) == t.pad:
            for v in t.kolommen:
                if v.sleutel == pad[-1]:
                    return v
    return None


def beschrijving(pad: Pad) -> tuple[str, bool]:
    """De beschrijving van het veld in het invoermodel (:mod:`kostprijs.inputs`), zonder eenheid, en of het
    veld een standaardwaarde heeft (dan mag het leeg)."""
    model: Any = KwvModel
    beschr, standaard = "", False
    for deel in pad:
        if isinstance(deel, int):
            continue
        velden = getattr(model, "model_fields", None)
        if not velden or deel not in velden:
            return "", False
        info = velden[deel]
        beschr, standaard = info.description or "", not info.is_required()
        model = next((t for t in _typen(info.annotation) if isinstance(t, type) and issubclass(t, BaseModel)), None)
    return (beschr.split(" [")[0] if beschr.endswith("]") else beschr), standaard


def _typen(tp: Any) -> Iterator[Any]:
    if getattr(tp, "__metadata__", None) is not None:
        yield from _typen(tp.__origin__)
        return
    args = getattr(tp, "__args__", None)
    if args:
        for a in args:
            yield from _typen(a)
    yield tp


def invoer(data: Any, pad: Pad, soort: Soort | None = None, label: str | None = None, eenheid: str | None = None,
           keuzes: tuple[str, ...] | None = None, actie: str = "", leeg_mag: bool = False) -> Invoer:
    """Een invoerveld op ``pad`` met label, eenheid en keuzes uit het werkboek tenzij hier gegeven."""
    v = _celveld(pad)
    s: Soort = soort or _soort(v)
    ke = keuzes if keuzes is not None else (v.keuzes if v is not None and v.soort == "keuze" else ())
    e = eenheid if eenheid is not None else (v.eenheid if v is not None else "")
    hulp, standaard = beschrijving(pad)
    mag = leeg_mag or standaard or (v is not None and not v.verplicht) or pad_tekst(pad) in REGISTERVELDEN
    opties = tuple((k, k.replace("_", " ")) for k in ke)
    if s == "keuze" and mag:
        opties = (("", "(standaard)"), *opties)
    return Invoer(pad, label or (v.label if v is not None else str(pad[-1]).replace("_", " ").capitalize()), s,
                  EENHEDEN.get(e, e), opties, hulp, _bij(data, pad), actie, mag)


def _soort(v: ev.Veld | None) -> Soort:
    if v is None:
        return "getal"
    return {"getal": "getal", "geheel": "geheel", "tekst": "tekst", "keuze": "keuze", "tijd": "tijd",
            "janee": "janee", "vlag": "janee"}[v.soort]  # type: ignore[return-value]


JANEE = (("ja", "ja"), ("nee", "nee"))
__all__ = ["JANEE", "Blok", "Invoer", "Knop", "Tabel", "invoer"]
