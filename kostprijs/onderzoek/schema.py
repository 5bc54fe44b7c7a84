"""Strikte, getypeerde modellen van één ingevuld uitvraagsjabloon (versie 2).

De modellen zijn strikt (``kostprijs.inputs.Basis``): de celomzetting (:mod:`.cellen`) heeft al echte
``int``/``float``/``bool``/``str`` gemaakt; hier gelden bereiken en samenhang tussen velden. Een
samenhangsfout noemt met ``fout(tekst, veld)`` het veld, zodat de melding de juiste cel krijgt.

Een opgave heeft de werkelijke kosten van een basisjaar (``locaties``: de realisatie), een begroting
voor een nieuwe of gewijzigde woning (``begroting``), of beide; het onderzoek houdt ze gescheiden.
Controles die in dezelfde ronde als de celcontroles moeten komen (niet meer bezette etmalen dan
plaatsen x dagen), zijn veldcontroles: pydantic meldt ze samen met alle andere fouten van de opgave.
"""

from __future__ import annotations

import calendar
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from kostprijs.onderzoek.celkaart import MAX_BEDRAG, MAX_LOCATIES
from kostprijs.onderzoek.definities import Bezettingsbasis, OverheadConventie, OverheadGrondslag, WekenPerJaar
from kostprijs.validatie import Basis, fout


class Functieregel(Basis):
    """Eén functie op een locatie: formatie in loondienst en loonkosten (zonder ORT)."""

    naam: str = Field(min_length=1, max_length=200)
    fte: float = Field(gt=0, le=100, description="[fte], in de urenbasis van de aanbieder")
    loonkosten: float = Field(ge=0, le=MAX_BEDRAG, description="[EUR/jaar]")


class Locatie(Basis):
    """Eén locatie van de aanbieder in één opgavesoort (realisatie of begroting); bedragen in [EUR/jaar]."""

    blad: str = Field(description="Tabblad waar de locatie stond (voor meldingen en herrekening).")
    soort: Literal["realisatie", "begroting"] = "realisatie"
    dagen: Literal[365, 366] = Field(default=365, description="Kalenderdagen van het jaar van de opgave. [dagen]")
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

    @field_validator("bezette_etmalen")
    @classmethod
    def _capaciteit(cls, v: int | None, info: ValidationInfo) -> int | None:
        plaatsen, dagen = info.data.get("plaatsen"), info.data.get("dagen")
        if v is not None and isinstance(plaatsen, int) and isinstance(dagen, int) and v > plaatsen * dagen:
            raise fout(f"{v} bezette etmalen is meer dan {plaatsen} plaatsen x {dagen} dagen = {plaatsen * dagen}")
        return v

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
            raise fout("beschikbare plaatsen horen alleen bij een bezettingsgraad over beschikbare plaatsen",
                       "beschikbare_plaatsen")

    def _overhead(self) -> None:
        pct = (self.overhead_percentage, self.overhead_conventie, self.overhead_grondslag)
        if self.overhead_opgave == "bedrag":
            if self.overhead_bedrag is None:
                raise fout("vul het overheadbedrag in (overhead als bedrag)", "overhead_bedrag")
            if any(x is not None for x in pct):
                raise fout("bij overhead als bedrag blijven percentage, conventie en grondslag leeg",
                           "overhead_percentage")
        else:
            if self.overhead_bedrag is not None:
                raise fout("bij overhead als percentage blijft het bedrag leeg", "overhead_bedrag")
            for veld, waarde in zip(("overhead_percentage", "overhead_conventie", "overhead_grondslag"),
                                    pct, strict=True):
                if waarde is None:
                    raise fout("bij overhead als percentage zijn percentage, conventie en grondslag verplicht", veld)

    def capaciteit_etmalen(self, dagen: int) -> int:
        """Plaatsen x kalenderdagen. [etmalen/jaar]"""
        return self.plaatsen * dagen


class Opgave(Basis):
    """Eén ingevuld uitvraagsjabloon: de aanbieder, haar definities, de realisatie en/of de begroting."""

    bron: str = Field(description="Bestandsnaam (zonder map) waaruit de opgave kwam.")
    sjabloon_versie: str
    aanbieder: str = Field(min_length=1, max_length=200)
    basisjaar: int | None = Field(default=None, ge=2015, le=2100)
    begrotingsjaar: int | None = Field(default=None, ge=2015, le=2100)
    uren_per_week_fte: float = Field(ge=24, le=40)
    weken_per_jaar: WekenPerJaar
    cijfers_uit_jaarrekening: bool | None = None
    verdeelsleutel: Literal["directe_kosten", "omzet", "fte", "plaatsen", "anders"] | None = None
    locaties: list[Locatie] = Field(default_factory=list, max_length=MAX_LOCATIES,
                                    description="De realisatie: werkelijke kosten van het basisjaar.")
    begroting: list[Locatie] = Field(default_factory=list, max_length=MAX_LOCATIES,
                                     description="De begroting van een nieuwe of gewijzigde woning.")

    @property
    def dagen(self) -> int:
        """Kalenderdagen van het basisjaar (of anders het begrotingsjaar). [dagen]"""
        jaar = self.basisjaar or self.begrotingsjaar or 2025
        return 366 if calendar.isleap(jaar) else 365

    def opgaven(self, soort: Literal["realisatie", "begroting"]) -> list[Locatie]:
        """De locaties van één opgavesoort."""
        return self.locaties if soort == "realisatie" else self.begroting

    @model_validator(mode="after")
    def _soorten(self) -> Opgave:
        if not self.locaties and not self.begroting:
            raise fout("vul op tabblad Locatie 1 de kolom Realisatie of de kolom Begroting in", "locaties")
        if self.locaties and self.basisjaar is None:
            raise fout("vul het basisjaar in: u gaf werkelijke kosten op (kolom Realisatie)", "basisjaar")
        if self.locaties and self.verdeelsleutel is None:
            raise fout("kies de verdeelsleutel van de overhead: u gaf werkelijke kosten op (kolom Realisatie)",
                       "verdeelsleutel")
        if self.locaties and self.cijfers_uit_jaarrekening is None:
            raise fout("kies ja of nee: sluiten de werkelijke kosten aan op de jaarrekening?",
                       "cijfers_uit_jaarrekening")
        if self.begroting and self.begrotingsjaar is None:
            raise fout("vul het begrotingsjaar in: u gaf een begroting op (kolom Begroting)", "begrotingsjaar")
        for lijst, soort in (("locaties", "het basisjaar"), ("begroting", "de begroting")):
            locaties = self.locaties if lijst == "locaties" else self.begroting
            if locaties and all(loc.bezette_etmalen == 0 or loc.bezettingsgraad == 0 for loc in locaties):
                veld = "bezette_etmalen" if locaties[0].bezette_etmalen is not None else "bezettingsgraad"
                raise fout(f"geen enkele locatie had bezette etmalen in {soort}; kosten per bezet etmaal zijn dan "
                           "niet te bepalen en de opgave kan niet in het onderzoek. Controleer de bezetting",
                           lijst, 0, veld)
        return self


def dagen_in(jaar: int | None) -> Literal[365, 366]:
    """Kalenderdagen van ``jaar`` (365 als het jaar onbekend is). [dagen]"""
    return 366 if jaar is not None and calendar.isleap(jaar) else 365
