"""De vaste definities van de regio: waarop elke aanbieder wordt herrekend vóór vergelijking.

Les van Haaglanden (``docs/methode.md#conventies``): cijfers met verschillende definities mogen nooit
stil gemiddeld worden. Deze definities staan vergrendeld in het sjabloon (tabblad ``Definities``),
in het rapport en in de JSON-samenvatting.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

from kostprijs.core.conventies import WEKEN_PER_JAAR

WekenPerJaar = Literal["52", "365/7", "365.25/7"]
OverheadConventie = Literal["aandeel_totaal", "opslag_direct"]
OverheadGrondslag = Literal["personeel", "personeel_clientkosten", "alle_directe_kosten"]
Bezettingsbasis = Literal["capaciteit", "beschikbare_plaatsen"]
RegioBezettingsbasis = Literal["capaciteit"]

WEKEN: dict[str, float] = WEKEN_PER_JAAR
"""Weken per jaar per jaarurenbasis (de conventie van :mod:`kostprijs.core.conventies`). [week/jaar]"""

COMPONENTEN: tuple[str, ...] = ("personeel", "inhuur", "clientkosten", "huisvesting", "overhead")
"""Kostencomponenten van het onderzoek, in rapportvolgorde."""

VASTE_COMPONENTEN: tuple[str, ...] = ("personeel", "inhuur", "huisvesting")
"""Componenten die met de capaciteit meebewegen, niet met de bezetting (``docs/methode.md#vast-en-variabel``). [I]"""

OMSCHRIJVING: dict[str, str] = {
    "personeel": "Personeel in loondienst (loonkosten, werkgeverslasten en betaalde ORT)",
    "inhuur": "Ingehuurd personeel (uitzend, detachering, zzp; PNIL)",
    "clientkosten": "Cliëntgebonden materiële kosten (voeding, zakgeld, activiteiten)",
    "huisvesting": "Huisvesting: huur of kapitaallasten, energie, onderhoud, inventaris",
    "overhead": "Overhead die aan de locatie is toegerekend",
    "kostprijs": "Integrale kostprijs (som van de componenten)",
}


@dataclass(frozen=True)
class Regiodefinities:
    """Definities waarop de regio alle aanbieders herrekent.

    De standaardwaarden zijn een keuze van de regio [I], geen norm: 36 uur per week (CAO Jeugdzorg
    6.1) maal 365/7 weken; overhead als aandeel van de integrale kosten over alle directe kosten
    (``docs/methode.md#overhead``); bezetting over de volledige capaciteit maal de kalenderdagen van het basisjaar.
    """

    uren_per_week_fte: float = 36.0
    weken_per_jaar: WekenPerJaar = "365/7"
    overhead_conventie: OverheadConventie = "aandeel_totaal"
    overhead_grondslag: OverheadGrondslag = "alle_directe_kosten"
    bezettingsbasis: RegioBezettingsbasis = "capaciteit"

    @property
    def uren_per_fte(self) -> float:
        """Jaaruren van één fte in de regiodefinitie. [uur/jaar]"""
        return self.uren_per_week_fte * WEKEN[self.weken_per_jaar]

    def als_dict(self) -> dict[str, object]:
        """Voor JSON en rapport."""
        return {**asdict(self), "uren_per_fte": self.uren_per_fte}

    def teksten(self) -> list[tuple[str, str]]:
        """De definities als (onderwerp, Nederlandse tekst), voor sjabloon en rapport."""
        uren = f"{self.uren_per_fte:.2f}".replace(".", ",")
        return [
            ("Jaarurenbasis", f"1 fte = {self.uren_per_week_fte:g} uur per week x {self.weken_per_jaar} "
                              f"weken = {uren} uur per jaar"),
            ("Overheadconventie", "overhead als aandeel van de integrale kosten: overhead / (directe kosten "
                                  "+ overhead)" if self.overhead_conventie == "aandeel_totaal" else
                                  "overhead als opslag op de directe kosten: overhead / directe kosten"),
            ("Overheadgrondslag", {"personeel": "personeel (loondienst en inhuur)",
                                   "personeel_clientkosten": "personeel en cliëntkosten",
                                   "alle_directe_kosten": "alle directe kosten: personeel, inhuur, "
                                                          "cliëntkosten en huisvesting"}[self.overhead_grondslag]),
            ("Bezettingsbasis", "bezette etmalen / (plaatsen volgens capaciteit x kalenderdagen basisjaar)"),
            ("Etmaal", "een kalenderdag waarop een cliënt in de voorziening verblijft (nacht inbegrepen)"),
            ("Bedragen", "werkelijke kosten in het basisjaar in euro, exclusief btw, per jaar"),
        ]


REGIO = Regiodefinities()
"""De standaarddefinities van het sjabloon (versie zie :data:`kostprijs.onderzoek.celkaart.SJABLOON_VERSIE`)."""


GRONDSLAG: dict[str, tuple[str, ...]] = {
    "personeel": ("personeel", "inhuur"),
    "personeel_clientkosten": ("personeel", "inhuur", "clientkosten"),
    "alle_directe_kosten": ("personeel", "inhuur", "clientkosten", "huisvesting"),
}
"""Welke componenten in een overheadgrondslag vallen (personeel omvat loondienst en inhuur)."""
