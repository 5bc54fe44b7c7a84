"""Herrekening van één opgave naar de regiodefinities, met een spoor van elke omrekening.

Drie definities kunnen per aanbieder verschillen (``docs/methode.md#conventies``):

- **jaarurenbasis**: fte van de aanbieder x (haar uren per fte / regio-uren per fte);
- **overhead**: een percentage in een andere conventie of op een andere grondslag wordt een bedrag
  (``o = s/(1-s)`` via :mod:`kostprijs.core.overhead`) en daarna uitgedrukt in de regioconventie;
- **bezettingsbasis**: een bezettingsgraad over beschikbare plaatsen of over de capaciteit wordt
  bezette etmalen en daarna een graad over de volledige capaciteit.

Elke omrekening levert een :class:`Herrekening` op die het rapport toont; niets wordt stil gemiddeld.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kostprijs.core.conventies import aandeel_uit_opslag, opslag_uit_aandeel
from kostprijs.notatie import nl_getal
from kostprijs.onderzoek.definities import COMPONENTEN, GRONDSLAG, REGIO, WEKEN, Regiodefinities
from kostprijs.onderzoek.schema import Locatie, Opgave

_CEL = {"bezetting": "C7:C9", "overhead": "C40:C42"}


_nl = nl_getal


@dataclass(frozen=True)
class Herrekening:
    """Eén omrekening van een opgegeven definitie naar de regiodefinitie."""

    plaats: str
    onderwerp: str
    opgegeven: str
    regio: str
    toelichting: str
    waarde_opgegeven: float
    waarde_regio: float
    eenheid: str


@dataclass(frozen=True)
class LocatieRegio:
    """Eén locatie in regiodefinities. Bedragen in [EUR/jaar]."""

    blad: str
    naam: str
    nachtdienst: str
    plaatsen: int
    capaciteit_etmalen: float
    bezette_etmalen: float
    fte: float
    kosten: dict[str, float]
    verzuimpercentage: float
    resultaat_percentage: float
    roosteruren_per_week: float


@dataclass(frozen=True)
class AanbiederRegio:
    """Een aanbieder herrekend naar de regiodefinities, met het spoor van de herrekening."""

    aanbieder: str
    bron: str
    basisjaar: int
    cijfers_uit_jaarrekening: bool
    verdeelsleutel: str
    locaties: tuple[LocatieRegio, ...]
    herrekeningen: tuple[Herrekening, ...] = field(default=())

    def som(self, sleutel: str) -> float:
        """Som over de locaties van een kostencomponent of ``plaatsen``/``*_etmalen``/``fte``."""
        if sleutel in ("plaatsen", "capaciteit_etmalen", "bezette_etmalen", "fte"):
            return float(sum(getattr(loc, sleutel) for loc in self.locaties))
        return float(sum(loc.kosten[sleutel] for loc in self.locaties))

    @property
    def groep(self) -> str:
        """Groep voor de spreiding: het soort nachtdienst (of ``gemengd``)."""
        soorten = {loc.nachtdienst for loc in self.locaties}
        return soorten.pop() if len(soorten) == 1 else "gemengd"


def herreken(opgave: Opgave, regio: Regiodefinities = REGIO) -> AanbiederRegio:
    """Herreken een opgave naar ``regio``; geeft de locaties in regiodefinities en het spoor."""
    spoor: list[Herrekening] = []
    factor = _urenfactor(opgave, regio, spoor)
    locaties = tuple(_locatie(opgave, loc, regio, factor, spoor) for loc in opgave.locaties)
    return AanbiederRegio(opgave.aanbieder, opgave.bron, opgave.basisjaar, opgave.cijfers_uit_jaarrekening,
                          opgave.verdeelsleutel, locaties, tuple(spoor))


def _urenfactor(opgave: Opgave, regio: Regiodefinities, spoor: list[Herrekening]) -> float:
    """Factor van fte-aanbieder naar fte-regio: ``uren_aanbieder / uren_regio``. [/1]"""
    uren = opgave.uren_per_week_fte * WEKEN[opgave.weken_per_jaar]
    factor = uren / regio.uren_per_fte
    if abs(factor - 1) > 1e-12:
        spoor.append(Herrekening(
            "Aanbieder!C6:C7", "jaarurenbasis",
            f"1 fte = {opgave.uren_per_week_fte:g} uur x {opgave.weken_per_jaar} weken = {_nl(uren)} uur",
            f"1 fte = {_nl(regio.uren_per_fte)} uur",
            f"alle fte van deze aanbieder x {_nl(factor, 4)} (uren aanbieder / uren regio)",
            uren, regio.uren_per_fte, "uur/fte"))
    return factor


def _locatie(opgave: Opgave, loc: Locatie, regio: Regiodefinities, factor: float,
             spoor: list[Herrekening]) -> LocatieRegio:
    dagen = opgave.dagen
    capaciteit = float(loc.plaatsen * dagen)
    etmalen = _etmalen(loc, dagen, capaciteit, spoor)
    personeel = sum(f.loonkosten for f in loc.functies) + loc.ort_betaald
    huis = (loc.huur or 0.0) + (loc.kapitaallasten or 0.0) + loc.energie + loc.onderhoud + loc.inventaris
    kosten = {"personeel": personeel, "inhuur": loc.inhuur_kosten, "clientkosten": loc.clientkosten,
              "huisvesting": huis}
    kosten["overhead"] = _overhead(loc, kosten, regio, spoor)
    kosten["direct"] = sum(kosten[c] for c in COMPONENTEN if c != "overhead")
    kosten["kostprijs"] = kosten["direct"] + kosten["overhead"]
    fte = sum(f.fte for f in loc.functies) * factor
    return LocatieRegio(loc.blad, loc.naam, loc.nachtdienst, loc.plaatsen, capaciteit, etmalen, fte, kosten,
                        loc.verzuimpercentage, loc.resultaat_percentage, loc.roosteruren_per_week)


def _etmalen(loc: Locatie, dagen: int, capaciteit: float, spoor: list[Herrekening]) -> float:
    """Bezette etmalen volgens de regio (opgegeven etmalen, of graad x basisplaatsen x dagen)."""
    if loc.bezette_etmalen is not None:
        return float(loc.bezette_etmalen)
    assert loc.bezettingsgraad is not None
    basis = loc.beschikbare_plaatsen if loc.bezettingsbasis == "beschikbare_plaatsen" else loc.plaatsen
    assert basis is not None
    etmalen = loc.bezettingsgraad * basis * dagen
    over = f"{basis} beschikbare plaatsen" if loc.bezettingsbasis == "beschikbare_plaatsen" else \
        f"de capaciteit van {basis} plaatsen"
    spoor.append(Herrekening(
        f"{loc.blad}!{_CEL['bezetting']}", "bezettingsbasis",
        f"bezettingsgraad {_nl(100 * loc.bezettingsgraad, 1)}% over {over}",
        f"{_nl(100 * etmalen / capaciteit, 1)}% van de capaciteit ({loc.plaatsen} plaatsen x {dagen} dagen)",
        f"{_nl(100 * loc.bezettingsgraad, 1)}% x {basis} x {dagen} dagen = {_nl(etmalen, 1)} bezette etmalen",
        loc.bezettingsgraad, etmalen / capaciteit, "/1"))
    return etmalen


def _overhead(loc: Locatie, kosten: dict[str, float], regio: Regiodefinities, spoor: list[Herrekening]) -> float:
    """Overheadbedrag [EUR/jaar]; een percentage wordt via de eigen conventie en grondslag een bedrag."""
    if loc.overhead_opgave == "bedrag":
        assert loc.overhead_bedrag is not None
        return loc.overhead_bedrag
    assert loc.overhead_percentage is not None and loc.overhead_grondslag is not None
    pct, conventie = loc.overhead_percentage, loc.overhead_conventie
    grondslag = sum(kosten[c] for c in GRONDSLAG[loc.overhead_grondslag])
    opslag = pct if conventie == "opslag_direct" else float(opslag_uit_aandeel(pct))
    bedrag = opslag * grondslag
    regiobasis = sum(kosten[c] for c in GRONDSLAG[regio.overhead_grondslag])
    regio_opslag = bedrag / regiobasis
    regio_pct = float(aandeel_uit_opslag(regio_opslag)) if regio.overhead_conventie == "aandeel_totaal" \
        else regio_opslag
    spoor.append(Herrekening(
        f"{loc.blad}!{_CEL['overhead']}", "overhead",
        f"{_nl(100 * pct, 2)}% als {conventie} op {loc.overhead_grondslag} ({_nl(grondslag)} EUR)",
        f"{_nl(100 * regio_pct, 2)}% als {regio.overhead_conventie} op {regio.overhead_grondslag}",
        f"opslag {_nl(100 * opslag, 2)}% x {_nl(grondslag)} = {_nl(bedrag)} EUR/jaar overhead",
        pct, regio_pct, "/1"))
    return bedrag
