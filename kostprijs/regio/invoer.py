"""Invoer van een regio: woningen, gemeenten met hun verwachte gebruik, de vraag, de verdeelsleutel.

Zelfde stijl als :mod:`kostprijs.inputs`: pydantic v2, bevroren, strikt, ``extra="forbid"``, alleen eindige
getallen; fouten in het Nederlands met YAML-pad en regel (gelezen met :mod:`kostprijs.io.yaml_invoer`).
Een woning verwijst naar een modelbestand (relatief aan het regiobestand) of bevat het model zelf.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from kostprijs.inputs import figuursleutel
from kostprijs.scenario.grootte import Roosterregel
from kostprijs.scenario.invoer import Dagen, Dagtarief, Regel
from kostprijs.units import Fractie, Naam, PositieveFractie
from kostprijs.validatie import Basis, fout

Aantal = Annotated[float, Field(ge=0, le=1_000_000)]


class Woning(Basis):
    """Eén woning (of ``aantal`` gelijke woningen) met haar model en financieringsvorm."""

    naam: Naam
    model: Naam | dict[str, Any] = Field(description="Pad naar het model (YAML, relatief aan het regiobestand) "
                                          "of het model zelf als blok.")
    aantal: int = Field(default=1, ge=1, le=50, description="Aantal gelijke woningen van dit model.")
    financiering: Regel = Field(default_factory=lambda: Dagtarief(soort="dagtarief"),
                                description="Financieringsvorm (zie kostprijs financiering): dagtarief, "
                                "beschikbaarheid, leegstandsvergoeding, lumpsum, corridor, garantie of plafond, "
                                "met de afrekenperiode.")


class Gemeente(Basis):
    """Een gemeente met haar verwachte gebruik; welke waarde telt zegt ``verwacht_gebruik`` van de regio."""

    naam: Naam
    plaatsingen_per_jaar: Aantal | None = Field(default=None, description="Verwachte plaatsingen per jaar.")
    inwoners: Aantal | None = Field(default=None, description="Inwoners (of jeugdigen) van de gemeente.")
    gebruik_vorig_jaar: Aantal | None = Field(default=None, description="Gebruik vorig jaar (plaatsingen of "
                                              "bezette dagen, bij alle gemeenten in dezelfde eenheid).")
    aandeel: Fractie | None = Field(default=None, description="Vast aandeel in het fonds (sleutel 'vast'). [/1]")


class Vraag(Basis):
    """De regionale vraag: passende verwijzingen per jaar en de gemiddelde verblijfsduur."""

    verwijzingen_per_jaar: Annotated[float, Field(gt=0, le=10_000)] | None = Field(
        default=None, description="Passende verwijzingen per jaar voor de hele regio; weggelaten bij "
        "verwacht_gebruik 'plaatsingen': de som van de plaatsingen.")
    verblijfsduur_dagen: Dagen = Field(description="Gemiddelde verblijfsduur (gecensureerd geschat). [dagen]")
    loket: Literal["per_woning", "regionaal"] = Field(
        default="per_woning", description="per_woning: elke woning krijgt haar deel van de verwijzingen en weigert "
        "als zij vol is; regionaal: één loket plaatst in elke woning met plek.")


class Capaciteitsvraag(Basis):
    """Zoek de goedkoopste configuratie woningen x plaatsen x clusters die de weigerkans haalt."""

    woning: Naam = Field(description="Naam van de woning (uit 'woningen') waarvan het model de basis is.")
    max_woningen: int = Field(default=20, ge=1, le=50)
    plaatsen: list[Annotated[int, Field(ge=1, le=20)]] = Field(default=[3, 4, 5, 6, 7, 8], min_length=1,
                                                               max_length=20)
    clusters: list[Annotated[int, Field(ge=1, le=10)]] = Field(
        default=[1], min_length=1, max_length=10, description="Woningen per cluster die de gedeelde diensten "
        "delen (1: zelfstandig).")
    gedeelde_diensten: list[Naam] = Field(default_factory=list, max_length=20)
    personeel_in_cluster: int = Field(default=1, ge=1, le=20)
    roosterregel: Roosterregel | None = Field(default=None, description="Medewerkers per dienst naar plaatsen "
                                              "(zie kostprijs scenario --regel); zonder regel blijft het rooster "
                                              "gelijk (waarschuwing).")
    max_weigerkans: PositieveFractie = Field(default=0.05, description="Hoogstens deze kans dat een passende "
                                             "verwijzing geweigerd wordt. [/1]")

    @model_validator(mode="after")
    def _clusters(self) -> Capaciteitsvraag:
        if any(k > 1 for k in self.clusters) and not self.gedeelde_diensten:
            raise fout("clusters van meer dan 1 woning delen diensten: noem 'gedeelde_diensten'", "gedeelde_diensten")
        if len(set(self.plaatsen)) != len(self.plaatsen) or len(set(self.clusters)) != len(self.clusters):
            raise fout("noem elk aantal plaatsen en elke clustergrootte één keer", "plaatsen")
        return self


class Verdeling(Basis):
    """Wie betaalt de leegstand: de sleutel van het regionale fonds en de Monte Carlo-instellingen."""

    sleutel: Literal["gebruik", "inwoners", "vast"] = Field(
        description="gebruik: naar verwacht gebruik; inwoners: naar inwoners; vast: de 'aandeel' per gemeente.")
    runs: int = Field(default=4_000, ge=200, le=200_000, description="Monte Carlo-jaren.")
    seed: int = Field(default=20260101, ge=0, description="Startwaarde van de toevalsgenerator.")


class Begroting(Basis):
    """Meerjarenbegroting: indexcijfers voor de jaren na het basisjaar, met hun bron."""

    indexen: list[Annotated[float, Field(ge=-0.2, le=0.5)]] = Field(min_length=1, max_length=20)
    bron: Naam = Field(description="Waar de indexcijfers vandaan komen (bijv. 'aanname regio: 3% per jaar').")


class Regio(Basis):
    """Een jeugdregio: woningen, gemeenten, vraag, verdeling, capaciteitsvraag en begroting."""

    naam: Naam
    jaar: int = Field(ge=2000, le=2100)
    woningen: list[Woning] = Field(min_length=1, max_length=50)
    gemeenten: list[Gemeente] = Field(min_length=1, max_length=100)
    verwacht_gebruik: Literal["plaatsingen", "inwoners", "vorig_jaar"] = Field(
        description="Welke waarde van de gemeenten het verwachte gebruik (aandeel in de vraag) geeft.")
    vraag: Vraag
    verdeling: Verdeling
    capaciteit: Capaciteitsvraag | None = None
    begroting: Begroting | None = None

    @model_validator(mode="after")
    def _samenhang(self) -> Regio:
        for namen, wat, veld in (([w.naam for w in self.woningen], "woning", "woningen"),
                                 ([g.naam for g in self.gemeenten], "gemeente", "gemeenten")):
            gezien: set[str] = set()
            for i, x in enumerate(namen):
                if figuursleutel(x) in gezien:
                    raise fout(f"{wat} '{x}' staat twee keer in de lijst", veld, i, "naam")
                gezien.add(figuursleutel(x))
        veld = GEBRUIKSVELD[self.verwacht_gebruik]
        self._iedereen(veld, f"verwacht_gebruik '{self.verwacht_gebruik}'")
        if sum(getattr(g, veld) for g in self.gemeenten) <= 0:
            raise fout(f"het verwachte gebruik ('{veld}') is bij alle gemeenten 0", "gemeenten")
        if self.verdeling.sleutel == "inwoners":
            self._iedereen("inwoners", "sleutel 'inwoners'")
        if self.verdeling.sleutel == "vast":
            self._iedereen("aandeel", "sleutel 'vast'")
            som = sum(g.aandeel or 0.0 for g in self.gemeenten)
            if abs(som - 1) > 1e-9:
                raise fout(f"de aandelen van de gemeenten tellen op tot {som:g}, niet tot 1", "gemeenten")
        if self.vraag.verwijzingen_per_jaar is None and self.verwacht_gebruik != "plaatsingen":
            raise fout("geef 'verwijzingen_per_jaar' (of verwacht_gebruik 'plaatsingen', dan is de vraag hun som)",
                       "vraag", "verwijzingen_per_jaar")
        if self.capaciteit is not None and figuursleutel(self.capaciteit.woning) not in {
                figuursleutel(w.naam) for w in self.woningen}:
            raise fout(f"woning '{self.capaciteit.woning}' staat niet in 'woningen'", "capaciteit", "woning")
        return self

    def _iedereen(self, veld: str, waarom: str) -> None:
        for i, g in enumerate(self.gemeenten):
            if getattr(g, veld) is None:
                raise fout(f"bij {waarom} heeft elke gemeente '{veld}' nodig", "gemeenten", i, veld)

    @property
    def verwijzingen_per_jaar(self) -> float:
        """De regionale vraag: gegeven, of de som van de plaatsingen. [verwijzingen/jaar]"""
        if self.vraag.verwijzingen_per_jaar is not None:
            return self.vraag.verwijzingen_per_jaar
        return float(sum(g.plaatsingen_per_jaar or 0.0 for g in self.gemeenten))


GEBRUIKSVELD = {"plaatsingen": "plaatsingen_per_jaar", "inwoners": "inwoners", "vorig_jaar": "gebruik_vorig_jaar"}
