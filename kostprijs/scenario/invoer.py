"""Invoermodellen voor scenario's: bezettingsmodel, aanloop, financieringsregels, rasters.

Zelfde stijl als :mod:`kostprijs.inputs`: pydantic v2, bevroren, strikt, ``extra="forbid"``, alleen
eindige getallen, Nederlandse foutteksten (:func:`kostprijs.inputs.fout`). :func:`maak` valideert een
dict (uit Python of de CLI) en geeft bij fouten één :class:`kostprijs.errors.InvoerFout` met alle
meldingen, elk met de plaats (``scenario.bezetting.gat_dagen``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, Field, ValidationError, model_validator

from kostprijs.errors import InvoerFout
from kostprijs.io.meldingen import alle_veldnamen, pad_tekst, vertaal
from kostprijs.units import EurPerJaar, Fractie, Naam, PositieveFractie
from kostprijs.validatie import Basis, fout

M = TypeVar("M", bound=BaseModel)

Dagen = Annotated[float, Field(gt=0, le=36_500, json_schema_extra={"eenheid": "dagen"})]
Snelheid = Annotated[float, Field(ge=0, le=1_000, json_schema_extra={"eenheid": "/dag"})]


def maak(model: type[M], data: dict[str, Any], bron: str = "scenario") -> M:
    """Valideer ``data`` tegen ``model``; alle problemen samen in één :class:`InvoerFout`."""
    try:
        return model.model_validate(data)
    except ValidationError as e:
        meldingen = vertaal(e, data, lambda p: f"{bron}.{pad_tekst(p)}" if p else bron, alle_veldnamen(model))
        raise InvoerFout(meldingen, bron) from None


class Bezettingsmodel(Basis):
    """Stochastisch bezettingsmodel van één woning (``docs/bezetting.md#het-bezettingsmodel``)."""

    soort: Literal["verlies", "wachtlijst", "geboorte_sterfte"] = Field(
        description="verlies: losse verwijzingen, geweigerd als vol (Erlang); wachtlijst: elke lege plaats "
        "wordt na een gat gevuld; geboorte_sterfte: eigen opnamesnelheden per aantal aanwezigen.")
    plaatsen: int = Field(ge=1, le=20)
    verblijfsduur_dagen: Dagen = Field(description="Gemiddelde verblijfsduur L (gecensureerd geschat!). [dagen]")
    verwijzingen_per_jaar: float | None = Field(
        default=None, gt=0, le=10_000, description="Passende verwijzingen per jaar (alleen bij verlies).")
    gat_dagen: Dagen | None = Field(default=None, description="Gemiddeld gat tussen vertrek en opname (wachtlijst).")
    opnamesnelheden_per_dag: list[Snelheid] | None = Field(
        default=None, description="λ_n voor n = 0..c-1 (alleen bij geboorte_sterfte). [/dag]")
    verblijfsverdeling: Literal["exponentieel", "gamma", "lognormaal", "vast"] = Field(
        default="exponentieel", description="Vorm van de verblijfsduur; alleen de Monte Carlo gebruikt een "
        "andere dan exponentieel (het exacte model niet).")
    variatiecoefficient: float = Field(default=1.0, gt=0, le=5, description="SD / gemiddelde van de verblijfsduur.")

    @model_validator(mode="after")
    def _soort(self) -> Bezettingsmodel:
        nodig = {"verlies": "verwijzingen_per_jaar", "wachtlijst": "gat_dagen",
                 "geboorte_sterfte": "opnamesnelheden_per_dag"}[self.soort]
        for veld in ("verwijzingen_per_jaar", "gat_dagen", "opnamesnelheden_per_dag"):
            gezet = getattr(self, veld) is not None
            if veld == nodig and not gezet:
                raise fout(f"bij soort '{self.soort}' is '{veld}' verplicht", veld)
            if veld != nodig and gezet:
                raise fout(f"'{veld}' hoort niet bij soort '{self.soort}' (alleen '{nodig}')", veld)
        lam = self.opnamesnelheden_per_dag
        if lam is not None and len(lam) != self.plaatsen:
            raise fout(f"geef {self.plaatsen} opnamesnelheden (voor 0..{self.plaatsen - 1} aanwezigen), "
                       f"niet {len(lam)}", "opnamesnelheden_per_dag")
        if self.verblijfsverdeling == "exponentieel" and self.variatiecoefficient != 1.0:
            raise fout("een exponentiële verblijfsduur heeft variatiecoëfficiënt 1; kies gamma of lognormaal",
                       "variatiecoefficient")
        return self


class Scenario(Basis):
    """Eén bezettingsscenario: model, start, stabilisatie en de Monte Carlo-instellingen."""

    bezetting: Bezettingsmodel
    aanwezig_bij_start: int | Literal["stationair"] = Field(
        default="stationair", description="Jongeren op dag 0, of 'stationair' (een lopende woning).")
    stabilisatie_dagen: float = Field(default=0.0, ge=0, le=3650, description="Dagen met opnameplafond.")
    plafond: int | None = Field(default=None, ge=0, description="Hoogstens zoveel jongeren tijdens de stabilisatie.")
    dagen: float = Field(default=365.0, gt=0, le=3660, description="Lengte van de periode (een jaar). [dagen]")
    runs: int = Field(default=20_000, ge=100, le=5_000_000, description="Aantal Monte Carlo-jaren.")
    seed: int = Field(default=20250101, ge=0, description="Startwaarde van de toevalsgenerator (reproduceerbaar).")
    inloop_jaren: float = Field(default=5.0, ge=0, le=50, description="Inloop voor een stationaire start (MC).")

    @model_validator(mode="after")
    def _samenhang(self) -> Scenario:
        c = self.bezetting.plaatsen
        if self.plafond is not None and self.plafond > c:
            raise fout(f"het plafond ({self.plafond}) ligt boven het aantal plaatsen ({c})", "plafond")
        a = self.aanwezig_bij_start
        if isinstance(a, int) and not 0 <= a <= c:
            raise fout(f"bij de start zijn 0 tot {c} jongeren aanwezig, niet {a}", "aanwezig_bij_start")
        if self.stabilisatie_dagen > 0 and self.plafond is None:
            raise fout("geef een 'plafond' voor de stabilisatieperiode (bijv. het aantal bij de start)", "plafond")
        if self.plafond is not None and isinstance(a, int) and a > self.plafond and self.stabilisatie_dagen > 0:
            raise fout(f"bij de start zijn {a} jongeren aanwezig, meer dan het plafond {self.plafond}", "plafond")
        if self.plafond is not None and self.stabilisatie_dagen == 0:
            raise fout("een plafond geldt alleen tijdens de stabilisatie; geef ook 'stabilisatie_dagen'", "plafond")
        if self.stabilisatie_dagen > self.dagen:
            raise fout("de stabilisatie duurt langer dan de periode", "stabilisatie_dagen")
        return self


class _Regel(Basis):
    naam: Naam | None = Field(default=None, description="Naam in tabellen; standaard uit soort en parameters.")
    norm: PositieveFractie = Field(default=0.9, description="Normbezetting waarop het dagtarief berekend is.")
    afrekenperiode: Literal["jaar", "maand"] = Field(
        default="jaar", description="Periode waarover de regel wordt afgerekend: per jaar (voorschot per maand, "
        "afrekening in de laatste maand van het jaar) of per maand. Alleen drempels (garantie, plafond, corridor "
        "met band, maximum per jaar) hangen ervan af; lineaire regels betalen per periode hetzelfde.")


class Dagtarief(_Regel):
    """A/B: dagtarief bij een normbezetting; de aanbieder draagt het volumerisico."""

    soort: Literal["dagtarief"]


class Beschikbaarheid(_Regel):
    """E (α = 1) of tweeledig D (α < 1): deel α van het vaste deel als beschikbaarheid, rest per dag."""

    soort: Literal["beschikbaarheid"]
    aandeel_vast: Fractie = Field(default=1.0, description="α: deel van het vaste bedrag dat vast betaald wordt.")


class Leegstandsvergoeding(_Regel):
    """C/C′: dagtarief plus een vergoeding per leeg plaatsdag, met optionele maxima."""

    soort: Literal["leegstandsvergoeding"]
    percentage: Fractie = Field(description="Vergoeding per leeg plaatsdag als fractie van het dagtarief.")
    max_dagen_per_gat: Dagen | None = Field(default=None, description="Maximum betaalde dagen per gat (C′).")
    max_dagen_per_jaar: Dagen | None = Field(default=None, description="Maximum betaalde leegstandsdagen per jaar.")


class Lumpsum(_Regel):
    """F: vast budget per jaar (taakgericht); standaard het tariefbudget bij de norm."""

    soort: Literal["lumpsum"]
    bedrag: EurPerJaar | None = None


class Corridor(_Regel):
    """H: bandbreedte; buiten de band wordt de afwijking voor ``deel`` met het dagtarief verrekend."""

    soort: Literal["corridor"]
    deel: Fractie = Field(description="Aandeel van de afwijking dat meetelt (0,5 = 50/50 delen).")
    band: Fractie = Field(default=0.0, description="Halve bandbreedte als fractie van de capaciteit.")


class Garantie(_Regel):
    """G: dagtarief met afnamegarantie: minstens ``minimum`` × capaciteit wordt betaald."""

    soort: Literal["garantie"]
    minimum: PositieveFractie


class Plafondregel(_Regel):
    """I: dagtarief met budgetplafond: hoogstens ``maximum`` × capaciteit wordt betaald."""

    soort: Literal["plafond"]
    maximum: PositieveFractie


Regel = Annotated[
    Dagtarief | Beschikbaarheid | Leegstandsvergoeding | Lumpsum | Corridor | Garantie | Plafondregel,
    Field(discriminator="soort"),
]


class Regels(Basis):
    """Een lijst financieringsregels om te vergelijken."""

    regels: list[Regel] = Field(min_length=1, max_length=50)


class Maandpad(Basis):
    """Expliciet aanlooppad: bezettingsgraad per maand."""

    bezetting_per_maand: list[Fractie] = Field(min_length=1, max_length=600)
