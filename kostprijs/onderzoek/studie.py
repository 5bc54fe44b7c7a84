"""Het onderzoek over een map: inlezen (bestand voor bestand), herrekenen, spreiding, voorstel.

Een afgewezen bestand stopt het onderzoek niet: het komt met zijn meldingen op de lijst
``afgewezen`` en het onderzoek gaat verder met de geldige bestanden. Welke bestanden gelezen worden
(en welke, zoals snelkoppelingen en pijpen, bij naam geweigerd): :mod:`.mapinhoud`.

Realisatie (werkelijke kosten van een basisjaar) en begroting (een nieuwe of gewijzigde woning) zijn twee
aparte delen van het onderzoek (:class:`Deel`), elk met eigen maten, spreiding en voorstel: ze worden
nooit samen gemiddeld. ``Studie.aanbieders``, ``maten`` en ``voorstel`` zijn die van het hoofddeel: de
realisatie als die er is, anders de begroting.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kostprijs.errors import InvoerFout, KostprijsFout, Melding
from kostprijs.io.tekstregels import toon_naam
from kostprijs.onderzoek.celkaart import KOLOM, SOORTEN, SOORTNAAM, Opgavesoort
from kostprijs.onderzoek.definities import COMPONENTEN, GRONDSLAG, REGIO, Regiodefinities
from kostprijs.onderzoek.herrekening import AanbiederRegio, herreken, soorten_van
from kostprijs.onderzoek.mapinhoud import MAX_BESTANDEN, bestanden_in  # noqa: F401 (MAX_BESTANDEN: openbare naam)
from kostprijs.onderzoek.statistiek import MIN_N, Spreiding, spreiding, uitschieters
from kostprijs.onderzoek.voorstel import Normen, Voorstel, maak_voorstel

Voortgang = Callable[[int, int, str], None]
"""``voortgang(gedaan, totaal, bestand)``: na elk gelezen bestand."""
KOSTEN = (*COMPONENTEN, "kostprijs")
INDICATOREN = ("bezettingsgraad", "fte_per_plaats", "personeelskosten_per_fte", "overhead_aandeel",
               "verzuimpercentage", "resultaat_percentage", "roosteruren_per_plaats_per_week")
FRACTIES = ("bezettingsgraad", "overhead_aandeel", "verzuimpercentage", "resultaat_percentage")
"""Maten die een fractie zijn (in het rapport als %)."""


@dataclass(frozen=True)
class Afgewezen:
    """Een bestand dat niet in het onderzoek kon."""

    bestand: str
    meldingen: tuple[Melding, ...]


@dataclass(frozen=True)
class Deel:
    """Eén deel van het onderzoek (realisatie of begroting). ``maten[maat]``: één waarde per aanbieder."""

    soort: Opgavesoort
    aanbieders: tuple[AanbiederRegio, ...]
    codes: tuple[str, ...]
    maten: dict[str, list[float]]
    spreiding: dict[str, dict[str, Spreiding]]
    uitschieters: dict[str, list[bool]]
    voorstel: Voorstel | str | None


@dataclass(frozen=True)
class Studie:
    """Uitkomst van het onderzoek: de delen (realisatie, begroting), de afgewezen bestanden en de definities."""

    delen: dict[str, Deel]
    afgewezen: tuple[Afgewezen, ...]
    regio: Regiodefinities
    anoniem: bool

    @property
    def hoofddeel(self) -> Deel:
        """De realisatie als die er is, anders de begroting."""
        return self.delen["realisatie"] if "realisatie" in self.delen else next(iter(self.delen.values()))

    @property
    def aanbieders(self) -> tuple[AanbiederRegio, ...]:
        return self.hoofddeel.aanbieders

    @property
    def codes(self) -> tuple[str, ...]:
        return self.hoofddeel.codes

    @property
    def maten(self) -> dict[str, list[float]]:
        return self.hoofddeel.maten

    @property
    def spreiding(self) -> dict[str, dict[str, Spreiding]]:
        return self.hoofddeel.spreiding

    @property
    def uitschieters(self) -> dict[str, list[bool]]:
        return self.hoofddeel.uitschieters

    @property
    def voorstel(self) -> Voorstel | str | None:
        return self.hoofddeel.voorstel


def maatnamen() -> list[str]:
    """Alle maten in rapportvolgorde: kosten per bezet etmaal, per plaatsdag, dan de kengetallen."""
    return [f"{k}/per_bezet_etmaal" for k in KOSTEN] + [f"{k}/per_plaatsdag" for k in KOSTEN] + list(INDICATOREN)


def maten_van(a: AanbiederRegio, regio: Regiodefinities = REGIO) -> dict[str, float]:
    """Alle maten van één aanbieder in regiodefinities.

    Verzuim is gewogen naar fte, het resultaat naar de kostprijs (een benadering van de opbrengst).
    """
    etmalen, capaciteit = a.som("bezette_etmalen"), a.som("capaciteit_etmalen")
    uit = {}
    for k in KOSTEN:
        uit[f"{k}/per_bezet_etmaal"] = a.som(k) / etmalen if etmalen > 0 else float("nan")
        uit[f"{k}/per_plaatsdag"] = a.som(k) / capaciteit
    uit["bezettingsgraad"] = etmalen / capaciteit
    uit["fte_per_plaats"] = a.som("fte") / a.som("plaatsen")
    uit["personeelskosten_per_fte"] = a.som("personeel") / a.som("fte")
    basis = sum(a.som(c) for c in GRONDSLAG[regio.overhead_grondslag])
    opslag = a.som("overhead") / basis
    uit["overhead_aandeel"] = opslag / (1 + opslag) if regio.overhead_conventie == "aandeel_totaal" else opslag
    uit["verzuimpercentage"] = sum(loc.verzuimpercentage * loc.fte for loc in a.locaties) / a.som("fte")
    uit["resultaat_percentage"] = (sum(loc.resultaat_percentage * loc.kosten["kostprijs"] for loc in a.locaties)
                                   / a.som("kostprijs"))
    uit["roosteruren_per_plaats_per_week"] = sum(loc.roosteruren_per_week for loc in a.locaties) / a.som("plaatsen")
    return uit


def lees_map(map_: str | os.PathLike[str], voortgang: Voortgang | None = None,
             ) -> tuple[list[AanbiederRegio], list[Afgewezen], list[str]]:
    """Lees alle werkmappen in ``map_`` (niet recursief, :mod:`.mapinhoud`); geeft (geldige, afgewezen, bronnen).

    De geldige lijst heeft per aanbieder een :class:`AanbiederRegio` per opgavesoort (``a.soort``).

    ``voortgang(gedaan, totaal, bestand)`` wordt vóór elk bestand en aan het eind aangeroepen.
    """
    map_ = Path(map_)
    if not map_.is_dir():
        raise InvoerFout([Melding(str(map_), "dit is geen map")])
    paden, geweigerd = bestanden_in(map_)
    geldig: list[AanbiederRegio] = []
    afgewezen = [Afgewezen(naam, (Melding(naam, reden),)) for naam, reden in geweigerd]
    gezien: dict[str, str] = {}
    for nr, pad in enumerate(paden):
        if voortgang is not None:
            voortgang(nr, len(paden), toon_naam(pad.name))
        uitkomst = _beoordeel(pad, gezien)
        if isinstance(uitkomst, Afgewezen):
            afgewezen.append(uitkomst)
        else:
            geldig.extend(uitkomst)
    if voortgang is not None:
        voortgang(len(paden), len(paden), "")
    return geldig, afgewezen, [toon_naam(p.name) for p in paden]


def _beoordeel(pad: Path, gezien: dict[str, str]) -> list[AanbiederRegio] | Afgewezen:
    """Eén bestand: de herrekende realisatie en/of begroting, of afgewezen (ongeldig, dubbele aanbieder, geen
    bezetting)."""
    from kostprijs.onderzoek.inlezen import lees_opgave

    naam = toon_naam(pad.name)
    try:
        opgave = lees_opgave(pad)
    except InvoerFout as e:
        return Afgewezen(naam, tuple(e.meldingen))
    sleutel = " ".join(opgave.aanbieder.casefold().split())
    if sleutel in gezien:
        return Afgewezen(naam, (Melding("Aanbieder!C4", f"deze aanbieder staat ook in {gezien[sleutel]}; elke "
                                                        "aanbieder telt één keer"),))
    gezien[sleutel] = naam
    delen = [herreken(opgave, soort=soort) for soort in soorten_van(opgave)]
    leeg = [d for d in delen if d.som("bezette_etmalen") <= 0]
    if leeg:
        cel = f"{leeg[0].locaties[0].blad}!{KOLOM[leeg[0].soort]}6"
        return Afgewezen(naam, (Melding(cel, f"de aanbieder heeft geen bezette etmalen "
                                             f"({SOORTNAAM[leeg[0].soort].lower()}); kosten per bezet etmaal zijn "
                                             "niet te bepalen"),))
    return delen


def codes_voor(aanbieders: list[AanbiederRegio], anoniem: bool) -> list[str]:
    """Namen of anonieme codes (``Aanbieder 01``...), gerangschikt op een hash van de naam, niet op het
    alfabet. Dezelfde aanbieder heeft in de realisatie en de begroting dezelfde code."""
    if not anoniem:
        return [a.aanbieder for a in aanbieders]
    namen = sorted({a.aanbieder for a in aanbieders}, key=lambda n: hashlib.sha256(n.encode()).hexdigest())
    code = {naam: f"Aanbieder {rang + 1:02d}" for rang, naam in enumerate(namen)}
    return [code[a.aanbieder] for a in aanbieders]


def onderzoek(map_: str | os.PathLike[str], normen: Normen | None = None, anoniem: bool = False,
              regio: Regiodefinities = REGIO, voortgang: Voortgang | None = None) -> Studie:
    """Voer het onderzoek uit over alle sjablonen in ``map_`` (``voortgang``: zie :func:`lees_map`)."""
    geldig, afgewezen, _ = lees_map(map_, voortgang)
    if not geldig:
        raise InvoerFout([Melding(a.bestand, "; ".join(m.tekst for m in a.meldingen[:3])) for a in afgewezen]
                         or [Melding(str(map_), "geen .xlsx-bestanden gevonden")],
                         bron=f"{map_} (geen enkel geldig sjabloon)")
    return bereken_studie(geldig, afgewezen, normen, anoniem, regio)


def bereken_studie(geldig: list[AanbiederRegio], afgewezen: list[Afgewezen], normen: Normen | None,
                   anoniem: bool, regio: Regiodefinities = REGIO) -> Studie:
    """Spreiding, uitschieters en voorstel over herrekende aanbieders, per opgavesoort apart."""
    codes = dict(zip(map(id, geldig), codes_voor(geldig, anoniem), strict=True))
    delen: dict[str, Deel] = {}
    for soort in SOORTEN:
        lijst = [a for a in geldig if a.soort == soort]
        if lijst:
            delen[soort] = _deel(soort, lijst, [codes[id(a)] for a in lijst], normen, regio)
    return Studie(delen, tuple(afgewezen), regio, anoniem)


def _deel(soort: Opgavesoort, geldig: list[AanbiederRegio], codes: list[str], normen: Normen | None,
          regio: Regiodefinities) -> Deel:
    per = [maten_van(a, regio) for a in geldig]
    maten = {m: [p[m] for p in per] for m in maatnamen()}
    if any(not np.isfinite(v) for waarden in maten.values() for v in waarden):
        raise KostprijsFout("Een aanbieder heeft 0 bezette etmalen; kosten per bezet etmaal zijn dan niet "
                            "te bepalen. Controleer de opgave.")
    plaatsen = np.array([a.som("plaatsen") for a in geldig])
    etmalen = np.array([a.som("bezette_etmalen") for a in geldig])
    groepen = {"alle": np.ones(len(geldig), dtype=bool)}
    for g in sorted({a.groep for a in geldig}):
        groepen[f"nachtdienst {g}"] = np.array([a.groep == g for a in geldig])
    sp = {g: {m: spreiding(np.array(v)[sel], plaatsen[sel], etmalen[sel]) for m, v in maten.items()}
          for g, sel in groepen.items()}
    uit = {m: uitschieters(v, min_n=MIN_N).tolist() for m, v in maten.items()}
    voorstel = maak_voorstel(sp["alle"], normen, regio) if normen is not None else None
    return Deel(soort, tuple(geldig), tuple(codes), maten, sp, uit, voorstel)
