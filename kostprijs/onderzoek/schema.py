"""Strikte, getypeerde modellen van één ingevuld uitvraagsjabloon.

De modellen zijn strikt (``kostprijs.inputs.Basis``): de celomzetting (:mod:`.cellen`) heeft al echte
``int``/``float``/``bool``/``str`` gemaakt; hier gelden bereiken en samenhang tussen velden. Een
samenhangsfout noemt met ``fout(tekst, veld)`` het veld, zodat de melding de juiste cel krijgt.
"""

from __future__ import annotations

import calendar
from typing import Literal

from pydantic import Field, model_validator

from kostprijs.onderzoek.celkaart import MAX_BEDRAG, MAX_LOCATIES
from kostprijs.onderzoek.definities import Bezettingsbasis, OverheadConventie, OverheadGrondslag, WekenPerJaar
from kostprijs.validatie import Basis, fout


class Functieregel(Basis):
    """Eén functie op een locatie: formatie in loondienst en loonkosten (zonder ORT)."""

    naam: str = Field(min_length=1, max_length=200)
    fte: float = Field(gt=0, le=100, description="[fte], in de urenbasis van de aanbieder")
    loonkosten: float = Field(ge=0, le=MAX_BEDRAG, description="[EUR/jaar]")


class Locatie(Basis):
    """Eén locatie van de aanbieder in het basisjaar; bedragen in [EUR/jaar]."""

    blad: str = Field(description="Tabblad waar de locatie stond (voor meldingen en herrekening).")
    naam: str = Field(min_length=1, max_length=200)
    plaatsen: int = Field(ge=1, le=50)
    bezette_etmalen: int | None = Field(default=None, ge=0)
    bezettingsgraad: float | None = Field(default=None, ge=0, le=1)
    bezettingsbasis: Bezettingsbasis | None = None
    beschikbare_plaatsen: int | None = Field(default=None, ge=1, le=50)
    nachtdienst: Literal["wakend", "slapend", "geen"]
    roosteruren_per_week: float = Field(gt=0, le=2000)
    functies: list[Functieregel] = Field(min_length=1, max_length=20)
    verzuimpercentage: float = Field(ge=0, le=0.5)
    ort_betaald: float = Field(ge=0, le=MAX_BEDRAG)
    inhuur_uren: float = Field(ge=0, le=100_000)
    inhuur_kosten: float = Field(ge=0, le=MAX_BEDRAG)
    clientkosten: float = Field(ge=0, le=MAX_BEDRAG)
    huisvesting_soort: Literal["huur", "eigendom"]
    huur: float | None = Field(default=None, ge=0, le=MAX_BEDRAG)
    kapitaallasten: float | None = Field(default=None, ge=0, le=MAX_BEDRAG)
    energie: float = Field(ge=0, le=MAX_BEDRAG)
    onderhoud: float = Field(ge=0, le=MAX_BEDRAG)
    inventaris: float = Field(ge=0, le=MAX_BEDRAG)
    overhead_opgave: Literal["bedrag", "percentage"]
    overhead_bedrag: float | None = Field(default=None, ge=0, le=MAX_BEDRAG)
    overhead_percentage: float | None = Field(default=None, ge=0, le=0.9)
    overhead_conventie: OverheadConventie | None = None
    overhead_grondslag: OverheadGrondslag | None = None
    resultaat_percentage: float = Field(ge=-0.5, le=0.5)

    @model_validator(mode="after")
    def _samenhang(self) -> Locatie:
        self._bezetting()
        if self.huisvesting_soort == "huur" and (self.huur is None or self.kapitaallasten is not None):
            raise fout("bij huur: vul de huur in en laat de kapitaallasten leeg", "huur")
        if self.huisvesting_soort == "eigendom" and (self.kapitaallasten is None or self.huur is not None):
            raise fout("bij eigendom: vul de kapitaallasten in en laat de huur leeg", "kapitaallasten")
        self._overhead()
        if (self.inhuur_uren > 0) != (self.inhuur_kosten > 0):
            raise fout("vul bij inhuur zowel de uren als de kosten in (of beide 0)", "inhuur_kosten")
        return self

    def _bezetting(self) -> None:
        if (self.bezette_etmalen is None) == (self.bezettingsgraad is None):
            raise fout("vul óf de bezette etmalen óf de bezettingsgraad in (precies één van beide)",
                       "bezette_etmalen")
        if self.bezettingsgraad is not None and self.bezettingsbasis is None:
            raise fout("geef aan waarover de bezettingsgraad is berekend", "bezettingsbasis")
        if self.bezettingsbasis == "beschikbare_plaatsen":
            if self.beschikbare_plaatsen is None:
                raise fout("vul het aantal beschikbare plaatsen in", "beschikbare_plaatsen")
            if self.beschikbare_plaatsen > self.plaatsen:
                raise fout(f"{self.beschikbare_plaatsen} beschikbare plaatsen is meer dan de capaciteit "
                           f"van {self.plaatsen}", "beschikbare_plaatsen")
        elif self.beschikbare_plaatsen is not None:
            raise fout("beschikbare plaatsen horen alleen bij basis 'beschikbare_plaatsen'", "beschikbare_plaatsen")

    def _overhead(self) -> None:
        pct = (self.overhead_percentage, self.overhead_conventie, self.overhead_grondslag)
        if self.overhead_opgave == "bedrag":
            if self.overhead_bedrag is None:
                raise fout("vul het overheadbedrag in (opgave 'bedrag')", "overhead_bedrag")
            if any(x is not None for x in pct):
                raise fout("bij opgave 'bedrag' blijven percentage, conventie en grondslag leeg",
                           "overhead_percentage")
        else:
            if self.overhead_bedrag is not None:
                raise fout("bij opgave 'percentage' blijft het bedrag leeg", "overhead_bedrag")
            for veld, waarde in zip(("overhead_percentage", "overhead_conventie", "overhead_grondslag"),
                                    pct, strict=True):
                if waarde is None:
                    raise fout("bij opgave 'percentage' zijn percentage, conventie en grondslag verplicht", veld)

    def capaciteit_etmalen(self, dagen: int) -> int:
        """Plaatsen x kalenderdagen. [etmalen/jaar]"""
        return self.plaatsen * dagen


class Opgave(Basis):
    """Eén ingevuld uitvraagsjabloon: de aanbieder, haar definities en 1 tot 3 locaties."""

    bron: str = Field(description="Bestandsnaam (zonder map) waaruit de opgave kwam.")
    sjabloon_versie: str
    aanbieder: str = Field(min_length=1, max_length=200)
    basisjaar: int = Field(ge=2015, le=2100)
    uren_per_week_fte: float = Field(ge=24, le=40)
    weken_per_jaar: WekenPerJaar
    cijfers_uit_jaarrekening: bool
    verdeelsleutel: Literal["directe_kosten", "omzet", "fte", "plaatsen", "anders"]
    locaties: list[Locatie] = Field(min_length=1, max_length=MAX_LOCATIES)

    @property
    def dagen(self) -> int:
        """Kalenderdagen van het basisjaar. [dagen]"""
        return 366 if calendar.isleap(self.basisjaar) else 365

    @model_validator(mode="after")
    def _etmalen(self) -> Opgave:
        if all(loc.bezette_etmalen == 0 or loc.bezettingsgraad == 0 for loc in self.locaties):
            veld = "bezette_etmalen" if self.locaties[0].bezette_etmalen is not None else "bezettingsgraad"
            raise fout("geen enkele locatie had bezette etmalen in het basisjaar; kosten per bezet etmaal zijn dan "
                       "niet te bepalen en de opgave kan niet in het onderzoek. Controleer de bezetting",
                       "locaties", 0, veld)
        for i, loc in enumerate(self.locaties):
            if loc.bezette_etmalen is not None and loc.bezette_etmalen > loc.capaciteit_etmalen(self.dagen):
                raise fout(f"{loc.bezette_etmalen} bezette etmalen is meer dan {loc.plaatsen} plaatsen x "
                           f"{self.dagen} dagen = {loc.capaciteit_etmalen(self.dagen)}",
                           "locaties", i, "bezette_etmalen")
        return self
