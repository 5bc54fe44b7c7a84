"""Laden en opvragen van gedateerde parameters.

De naam van een parameter is het pad van het bestand onder ``data/`` plus de sleutel in het bestand:
``data/vng/indexatie.yaml`` met sleutel ``ova_voorlopig`` heet ``vng.indexatie.ova_voorlopig`` (zoals in
OpenFisca, <https://openfisca.org/doc/coding-the-legislation/legislation_parameters.html>). Elke opvraging
gebeurt op een datum; zonder waarde voor die datum volgt een Nederlandse fout die zegt welke periodes wél bekend
zijn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kostprijs.errors import InvoerFout, KostprijsFout, Melding
from kostprijs.parameters import cache
from kostprijs.parameters.schema import Bron, Parameter, ParameterBestand, Waarde
from kostprijs.suggesties import bedoelt_u

DATA = Path(__file__).resolve().parent / "data"

Datum = dt.date | str | int
"""Een datum, een tekst ``JJJJ-MM-DD`` of een jaartal (dan 1 januari)."""


class ParameterFout(KostprijsFout):
    """Een parameter bestaat niet, of heeft geen (bekende) waarde op de gevraagde datum."""


def als_datum(datum: Datum) -> dt.date:
    """Zet een datum, ``"2025-03-01"`` of ``2025`` (1 januari) om in een ``date``."""
    if isinstance(datum, dt.datetime):
        return datum.date()
    if isinstance(datum, dt.date):
        return datum
    if isinstance(datum, int) and not isinstance(datum, bool) and 1900 <= datum <= 2200:
        return dt.date(datum, 1, 1)
    if isinstance(datum, str):
        try:
            return dt.date.fromisoformat(datum.strip())
        except ValueError:
            pass
    raise ParameterFout(f"'{datum}' is geen datum; schrijf JJJJ-MM-DD (bijv. 2025-01-01) of een jaartal")


@dataclass(frozen=True)
class Gevonden:
    """Een parameterwaarde op een datum, met alles wat nodig is om haar te verantwoorden."""

    naam: str
    beschrijving: str
    eenheid: str
    waarde: float | tuple[str, ...]
    geldig_vanaf: dt.date
    geldig_tot: dt.date | None
    status: str
    bronnen: tuple[Bron, ...]
    afleiding: str | None
    toelichting: str | None
    bestand: str
    laatst_gecontroleerd: dt.date
    herkomst: str = "meegeleverd"
    """``meegeleverd`` (de parameters van kostprijs) of ``regio`` (uit de eigen map van de regio)."""

    @property
    def getal(self) -> float:
        """De waarde als getal (fout bij een lijst)."""
        if isinstance(self.waarde, tuple):
            raise ParameterFout(f"parameter '{self.naam}' is een lijst, geen getal")
        return self.waarde


@dataclass(frozen=True)
class _Ingang:
    parameter: Parameter
    bestand: str
    laatst_gecontroleerd: dt.date
    herkomst: str = "meegeleverd"


class Register:
    """Alle parameters uit een map met YAML-bestanden (standaard de meegeleverde ``data/``)."""

    def __init__(self, ingangen: dict[str, _Ingang]) -> None:
        self._ingangen = dict(sorted(ingangen.items()))

    def namen(self) -> list[str]:
        """Alle parameternamen, gesorteerd."""
        return list(self._ingangen)

    def met_regio(self, regio: Register) -> Register:
        """Dit register met de parameters van ``regio`` erover: een naam uit de regio vervangt de
        meegeleverde parameter helemaal (alle gedateerde waarden); nieuwe namen komen erbij."""
        return Register({**self._ingangen, **regio._ingangen})

    def herkomst(self, naam: str) -> str:
        """``meegeleverd`` of ``regio``."""
        return self._ingang(naam).herkomst

    def definitie(self, naam: str) -> Parameter:
        """De volledige parameter (alle waarden); onbekende naam geeft een fout met suggestie."""
        return self._ingang(naam).parameter

    def _ingang(self, naam: str) -> _Ingang:
        try:
            return self._ingangen[naam]
        except KeyError:
            bijna = bedoelt_u(naam, self.namen())
            hint = f"; bedoelt u '{bijna[0]}'?" if bijna else " (zie `kostprijs parameters`)"
            raise ParameterFout(f"parameter '{naam}' bestaat niet{hint}") from None

    def op(self, naam: str, datum: Datum) -> Gevonden:
        """De waarde die op ``datum`` geldt.

        Raises
        ------
        ParameterFout
            Als de parameter niet bestaat, niet in de bronnen is gevonden (de melding zegt wat u zelf
            moet opgeven), of op die datum geen waarde heeft.
        """
        ingang = self._ingang(naam)
        p, d = ingang.parameter, als_datum(datum)
        if p.ontbreekt is not None:
            raise ParameterFout(f"parameter '{naam}' ({p.beschrijving}) is niet gevonden in de bronnen en "
                                f"wordt niet meegeleverd: {p.ontbreekt}")
        w = _geldend(p, d)
        if w is None:
            raise ParameterFout(f"parameter '{naam}' heeft geen bekende waarde op {d.isoformat()}; bekend: "
                                f"{_periodes(p)}. Geef de waarde zelf op, of voeg een gedateerde waarde met bron "
                                f"toe aan {ingang.bestand} (zie docs/parameters.md)")
        return _gevonden(naam, ingang, w)

    def getal(self, naam: str, datum: Datum) -> float:
        """De waarde als getal op ``datum`` (zie :meth:`op`)."""
        return self.op(naam, datum).getal

    def stappen(self, naam: str, van: Datum, tot: Datum) -> list[Gevonden]:
        """Alle waarden met ``van < geldig_vanaf <= tot`` (voor parameters van soort 'stap')."""
        ingang = self._ingang(naam)
        a, b = als_datum(van), als_datum(tot)
        return [_gevonden(naam, ingang, w) for w in ingang.parameter.waarden if a < w.geldig_vanaf <= b]

    def overzicht(self, datum: Datum | None = None) -> Iterator[tuple[str, Parameter, Waarde | None, str]]:
        """Per parameter: naam, definitie, de waarde op ``datum`` (of de laatste) en het bestand.

        Bij een parameter van soort 'stap' is dat de laatste stap op of vóór ``datum``.
        """
        d = als_datum(datum) if datum is not None else None
        for naam, ingang in self._ingangen.items():
            p = ingang.parameter
            laatste = p.waarden[-1] if p.waarden else None
            if d is None:
                w = laatste
            elif p.soort == "stap":
                w = next((x for x in reversed(p.waarden) if x.geldig_vanaf <= d), None)
            else:
                w = _geldend(p, d)
            yield naam, p, w, ingang.bestand


def _geldend(p: Parameter, d: dt.date) -> Waarde | None:
    kandidaat = None
    for w in p.waarden:
        if w.geldig_vanaf <= d:
            kandidaat = w
    if kandidaat is None:
        return None
    if p.soort == "stap" and kandidaat.geldig_vanaf != d:
        return None
    if kandidaat.geldig_tot is not None and d > kandidaat.geldig_tot:
        return None
    return kandidaat


def _periodes(p: Parameter) -> str:
    if p.soort == "stap":
        return "alleen op " + ", ".join(w.geldig_vanaf.isoformat() for w in p.waarden)
    delen = []
    for i, w in enumerate(p.waarden):
        volgende = p.waarden[i + 1].geldig_vanaf if i + 1 < len(p.waarden) else None
        eind = w.geldig_tot.isoformat() if w.geldig_tot else ((volgende - dt.timedelta(days=1)).isoformat()
                                                             if volgende else "")
        delen.append(f"{w.geldig_vanaf.isoformat()} t/m {eind}" if eind else f"vanaf {w.geldig_vanaf.isoformat()}")
    return "; ".join(delen)


def _gevonden(naam: str, ingang: _Ingang, w: Waarde) -> Gevonden:
    p = ingang.parameter
    waarde: float | tuple[str, ...] = tuple(w.waarde) if isinstance(w.waarde, list) else float(w.waarde)
    return Gevonden(naam=naam, beschrijving=p.beschrijving, eenheid=p.eenheid, waarde=waarde,
                    geldig_vanaf=w.geldig_vanaf, geldig_tot=w.geldig_tot, status=w.status,
                    bronnen=tuple(w.bronnen), afleiding=w.afleiding, toelichting=w.toelichting,
                    bestand=ingang.bestand, laatst_gecontroleerd=ingang.laatst_gecontroleerd,
                    herkomst=ingang.herkomst)


def lees_bestand(pad: Path, bron: str) -> ParameterBestand:
    """Lees en valideer één parameterbestand; fouten noemen bestand, YAML-pad en regel."""
    from kostprijs.io.yaml_invoer import lees_yaml, valideer

    try:
        tekst = pad.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise InvoerFout([Melding(bron, "bestand niet leesbaar als UTF-8-tekst")], bron) from None
    data, omzetter = lees_yaml(tekst, bron)
    return valideer(data, ParameterBestand, bron, omzetter)


def lees_register(basis: Path = DATA, herkomst: str = "meegeleverd") -> Register:
    """Lees alle ``*.yaml`` onder ``basis`` tot één :class:`Register`; alle fouten samen in één InvoerFout.

    ``herkomst`` is ``meegeleverd`` voor de parameters van kostprijs en ``regio`` voor een eigen map; de
    bestandsnamen in meldingen en herkomst beginnen dan met ``parameters/`` respectievelijk de map zelf.
    Het gevalideerde register wordt op schijf bewaard, met de inhoud van de bestanden als sleutel
    (:mod:`kostprijs.parameters.cache`): een volgende keer zonder gewijzigd bestand slaat het parseren over.
    """
    if herkomst == "regio" and not basis.is_dir():
        raise InvoerFout([Melding(str(basis), "de parametermap van de regio bestaat niet of is geen map")],
                         str(basis))
    inhoud = cache.gecached(basis, herkomst, lambda paden: _lees_bestanden(basis, paden, herkomst))
    ingangen: dict[str, _Ingang] = {}
    for bestand in inhoud:
        gecontroleerd = dt.date.fromisoformat(bestand["laatst_gecontroleerd"])
        for sleutel, p in bestand["parameters"].items():
            ingangen[f"{bestand['voorvoegsel']}.{sleutel}"] = _Ingang(_parameter(p), bestand["bron"], gecontroleerd,
                                                                       herkomst)
    return Register(ingangen)


def _lees_bestanden(basis: Path, paden: list[Path], herkomst: str) -> cache.Inhoud:
    """Lees en valideer elk bestand; de gevalideerde inhoud als JSON-gegevens (voor de cache)."""
    uit: cache.Inhoud = []
    meldingen: list[Melding] = []
    for pad in paden:
        rel = pad.relative_to(basis)
        bron = f"parameters/{rel.as_posix()}" if herkomst == "meegeleverd" else (basis / rel).as_posix()
        try:
            bestand = lees_bestand(pad, bron)
        except InvoerFout as e:
            meldingen.extend(e.meldingen)
            continue
        uit.append({"bron": bron, "voorvoegsel": ".".join(rel.with_suffix("").parts),
                    "laatst_gecontroleerd": bestand.laatst_gecontroleerd.isoformat(),
                    "parameters": {k: p.model_dump(mode="json", exclude_unset=True)
                                   for k, p in bestand.parameters.items()}})
    if meldingen:
        raise InvoerFout(meldingen, "de parameterbestanden")
    return uit


def _parameter(p: dict[str, Any]) -> Parameter:
    """Een gevalideerde parameter terug uit JSON, zonder opnieuw te valideren (``model_construct``)."""
    waarden = [Waarde.model_construct(**{
        **w, "geldig_vanaf": dt.date.fromisoformat(w["geldig_vanaf"]),
        **({"geldig_tot": cache.als_datum(w["geldig_tot"])} if "geldig_tot" in w else {}),
        "bronnen": [Bron.model_construct(**b) for b in w["bronnen"]]}) for w in p.get("waarden", [])]
    return Parameter.model_construct(**{**p, **({"waarden": waarden} if "waarden" in p else {})})
