"""Schema van de parameterbestanden: gedateerde waarden met eenheid, bron en status.

Naar het voorbeeld van OpenFisca
(<https://openfisca.org/doc/coding-the-legislation/legislation_parameters.html>): een parameter is een gedateerde reeks
waarden met metadata. Het schema is strikt (onbekende sleutels zijn een fout) en dwingt af dat elke
waarde een datum, een bron en een eerlijke status heeft; een afgeleide waarde noemt haar afleiding.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, model_validator

from kostprijs.validatie import Basis, fout

Status = Literal["bron", "afgeleid", "derden"]
"""bron: zelf gelezen in de geciteerde (primaire) bron; afgeleid: berekend uit gelezen getallen (de
afleiding staat erbij); derden: alleen gezien in een secundaire bron (nieuws, salarisbureau)."""

STATUS_TEKST: dict[str, str] = {
    "bron": "bron",
    "afgeleid": "afgeleid [I]",
    "derden": "derden (secundaire bron)",
    "ontbreekt": "niet gevonden",
}

Eenheid = Literal[
    "/1", "EUR", "EUR/maand", "EUR/jaar", "EUR/uur", "EUR/dag", "uur/week", "uur/jaar", "uur",
    "schaal", "periodiek", "aantal", "feestdagen",
]
"""Gesloten lijst van eenheden; ``/1`` is een fractie (0,08 = 8%), ``feestdagen`` een lijst namen."""

Sleutel = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=80)]
Tekst = Annotated[str, Field(min_length=1, max_length=2000)]
Getal = Annotated[float, Field(allow_inf_nan=False)]


class Bron(Basis):
    """Een bron: titel en adres."""

    titel: Tekst
    url: Annotated[str, Field(pattern=r"^https?://\S+$", max_length=500)]


class Waarde(Basis):
    """Eén gedateerde waarde van een parameter."""

    geldig_vanaf: dt.date
    geldig_tot: dt.date | None = Field(
        default=None, description="Laatste dag (inclusief). Leeg: geldig tot de volgende waarde."
    )
    waarde: int | Getal | list[Annotated[str, Field(pattern=r"^[a-z_]+$")]]
    status: Status
    bronnen: list[Bron] = Field(min_length=1)
    afleiding: Tekst | None = Field(default=None, description="Verplicht bij status 'afgeleid'.")
    toelichting: Tekst | None = None

    @model_validator(mode="after")
    def _samenhang(self) -> Waarde:
        if self.status == "afgeleid" and self.afleiding is None:
            raise fout("een afgeleide waarde noemt haar 'afleiding' (hoe is ze berekend, uit welke getallen?)",
                        "afleiding")
        if self.status != "afgeleid" and self.afleiding is not None:
            raise fout("'afleiding' hoort alleen bij status 'afgeleid'", "afleiding")
        if self.geldig_tot is not None and self.geldig_tot < self.geldig_vanaf:
            raise fout("'geldig_tot' ligt vóór 'geldig_vanaf'", "geldig_tot")
        return self

    @property
    def getal(self) -> float | None:
        """De waarde als getal, of ``None`` bij een lijst."""
        return None if isinstance(self.waarde, list) else float(self.waarde)


class Parameter(Basis):
    """Een parameter: omschrijving, eenheid en de gedateerde waarden (of waarom die ontbreken)."""

    beschrijving: Tekst
    eenheid: Eenheid
    soort: Literal["stand", "stap"] = Field(
        default="stand",
        description="stand: geldt vanaf de datum tot de volgende waarde; stap: een gebeurtenis op die "
        "datum (bijv. een loonsverhoging die dan ingaat).",
    )
    waarden: list[Waarde] = Field(default_factory=list)
    ontbreekt: Tekst | None = Field(
        default=None, description="Niet gevonden in de bronnen: wat de gebruiker zelf moet opgeven en hoe."
    )

    @model_validator(mode="after")
    def _samenhang(self) -> Parameter:
        if not self.waarden and self.ontbreekt is None:
            raise fout("geef 'waarden', of leg onder 'ontbreekt' uit waarom er geen waarde is", "waarden")
        if self.waarden and self.ontbreekt is not None:
            raise fout("'ontbreekt' kan niet samen met 'waarden'", "ontbreekt")
        for i, w in enumerate(self.waarden):
            if isinstance(w.waarde, list) != (self.eenheid == "feestdagen"):
                raise fout("een lijst als waarde hoort alleen bij eenheid 'feestdagen'", "waarden", i, "waarde")
            if i and w.geldig_vanaf <= self.waarden[i - 1].geldig_vanaf:
                raise fout("zet de waarden op volgorde van 'geldig_vanaf', elke datum één keer",
                            "waarden", i, "geldig_vanaf")
            vorige_tot = self.waarden[i - 1].geldig_tot if i else None
            if vorige_tot is not None and vorige_tot >= w.geldig_vanaf:
                raise fout("deze waarde overlapt met de vorige ('geldig_tot' van de vorige)",
                            "waarden", i, "geldig_vanaf")
        return self


class ParameterBestand(Basis):
    """Een bestand met één parameter of een kleine familie."""

    beschrijving: Tekst
    laatst_gecontroleerd: dt.date = Field(description="Datum waarop de waarden het laatst zijn nagekeken.")
    controle: Tekst = Field(description="Hoe en door wie nagekeken.")
    parameters: dict[Sleutel, Parameter] = Field(min_length=1)
