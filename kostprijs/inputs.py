"""Invoermodel van één kleinschalige woonvoorziening (KWV): wat een tariefopbouw nodig heeft.

Alle modellen zijn pydantic v2, bevroren, ``extra="forbid"`` en strikt: een tekst waar een getal
hoort, een percentage als heel getal (``85`` voor 0,85), ``NaN``/``inf``, een onbekende sleutel of
een YAML-``no`` waar ``true``/``false`` hoort, geven een fout in plaats van een stille aanname.
Veldnamen zijn de Nederlandse begrippen uit de handreiking en de CAO (zie ``docs/begrippen.md``).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import Field, PrivateAttr, field_validator, model_validator

from kostprijs.core.conventies import WEKEN_PER_JAAR
from kostprijs.io.meldingen import Bronregels, pad_tekst
from kostprijs.salaristabel import SalarisTabel, Schaal
from kostprijs.units import (
    Eur,
    EurPerEtmaal,
    EurPerJaar,
    EurPerMaand,
    EurPerUur,
    Fractie,
    Fte,
    Naam,
    PositieveFractie,
    Tijd,
    UrenPerJaar,
)
from kostprijs.validatie import Basis, fout

Weekdag = Literal["ma", "di", "wo", "do", "vr", "za", "zo"]
WEEKDAGEN: tuple[Weekdag, ...] = ("ma", "di", "wo", "do", "vr", "za", "zo")
DAGGROEPEN: dict[str, tuple[int, ...]] = {
    "alle": (0, 1, 2, 3, 4, 5, 6),
    "werkdagen": (0, 1, 2, 3, 4),
    "weekend": (5, 6),
}
Dagen = list[Weekdag] | Literal["alle", "werkdagen", "weekend"]
__all__ = ["WEKEN_PER_JAAR", "Bronregels"]  # herexport; ze staan in core.conventies en io.meldingen


def minuten(tijd: str) -> int:
    """``"07:30"`` -> 450 minuten na middernacht."""
    uur, minuut = tijd.split(":")
    return int(uur) * 60 + int(minuut)


def figuursleutel(naam: str) -> str:
    """Sleuteldeel van een dienst- of functienaam in de figuren: ``"Weekend midden"`` -> ``weekend_midden``.

    Twee namen met dezelfde sleutel (alleen hoofdletters of spaties verschillen) zijn niet toegestaan.
    """
    return "_".join(naam.lower().split())


def dagnummers(dagen: Dagen) -> tuple[int, ...]:
    """Weekdagen als nummers (0 = maandag)."""
    if isinstance(dagen, str):
        return DAGGROEPEN[dagen]
    return tuple(WEEKDAGEN.index(d) for d in dagen)


class Conventies(Basis):
    """Definities die de uitkomst veranderen; ze staan in elke uitvoer (les van Haaglanden)."""

    weken_per_jaar: Literal["365/7", "365.25/7", "52"] = Field(
        description="Weken per jaar voor rooster- en contracturen (365/7 = 52,142857)."
    )
    overhead_conventie: Literal["aandeel_totaal", "opslag_direct", "bedrag"] = Field(
        description="aandeel_totaal: overhead is s van (grondslag + overhead); opslag_direct: "
        "overhead is o x grondslag; bedrag: een vast bedrag per jaar."
    )
    overhead_grondslag: list[Literal["personeel", "clientkosten", "huisvesting"]] = Field(
        description="Componenten waarover de overhead wordt berekend."
    )
    risico_grondslag: Literal["kostprijs", "tarief"] = Field(
        description="kostprijs: opslag r op de kostprijs; tarief: r is het aandeel van het tariefbudget."
    )
    afronding: Literal["rekenkundig_centen"] = Field(
        description="Alleen gerapporteerde bedragen, op centen, half van nul af (Excel ROUND)."
    )
    bezettingsbasis: Literal["capaciteit"] = Field(
        description="Bezette etmalen = plaatsen x dagen x bezettingsgraad."
    )

    @field_validator("overhead_grondslag")
    @classmethod
    def _uniek(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v):
            raise fout("elke component mag maar één keer in de grondslag staan")
        return v


class Dienst(Basis):
    """Eén dienst in het rooster, die op de genoemde weekdagen draait."""

    naam: Naam = Field(description="Naam van de dienst, uniek in het rooster (bijv. vroeg, laat, nacht).")
    begin: Tijd = Field(description="Begintijd als \"UU:MM\" (tussen aanhalingstekens).")
    eind: Tijd = Field(description="Eindtijd als \"UU:MM\"; een eind vóór het begin loopt door na middernacht.")
    personeel: int = Field(ge=1, le=20, description="Medewerkers tegelijk in deze dienst. [medewerkers]")
    dagen: Dagen = Field(description="Weekdagen waarop de dienst draait: alle, werkdagen, weekend of een lijst "
                         "zoals [ma, wo, za].")
    soort: Literal["wakker", "slaap", "waak"] = Field(
        description="wakker: elk uur telt; slaap en waak: slaap- of waakdienst van 6 tot 8 uur (CAO Jeugdzorg "
        "6.4.3), telt met de telfactor.")
    post: Naam | None = Field(
        default=None, description="Optioneel: diensten van dezelfde post mogen elkaar niet overlappen."
    )

    @model_validator(mode="after")
    def _duur(self) -> Dienst:
        duur = ((minuten(self.eind) - minuten(self.begin)) % 1440) / 60
        if duur == 0:
            raise fout(
                "begin en eind zijn gelijk: een dienst duurt meer dan 0 en minder dan 24 uur", "eind"
            )
        if self.soort in ("slaap", "waak") and not 6 <= duur <= 8:
            raise fout(
                f"een {self.soort}dienst duurt 6 tot 8 uur (CAO Jeugdzorg 6.4.3), deze duurt {duur:g} uur",
                "eind",
            )
        if isinstance(self.dagen, list) and (not self.dagen or len(set(self.dagen)) != len(self.dagen)):
            raise fout("noem elke weekdag hoogstens één keer en minstens één dag", "dagen")
        return self

    @property
    def duur_uren(self) -> float:
        """Duur van de dienst. [uur]"""
        return ((minuten(self.eind) - minuten(self.begin)) % 1440) / 60


class Telfactoren(Basis):
    """Deel van de uren per soort dienst dat als betaalde tijd telt. [/1]

    Weggelaten: wakker 1 (elk wakker uur telt), slaap en waak uit het register (CAO Jeugdzorg 8.3).
    """

    wakker: PositieveFractie | None = Field(default=None, description="Weggelaten: 1 (elk wakker uur telt).")
    slaap: Fractie | None = Field(default=None, description="CAO Jeugdzorg 8.3: de helft van de uren (0.5), "
                                  "exclusief oproepen. Weggelaten: uit het register.")
    waak: Fractie | None = Field(default=None, description="Weggelaten: uit het register (CAO Jeugdzorg 8.3).")


def _weekminuten(d: Dienst) -> set[int]:
    uit: set[int] = set()
    lengte = round(d.duur_uren * 60)
    for dag in dagnummers(d.dagen):
        start = dag * 1440 + minuten(d.begin)
        uit.update(m % 10080 for m in range(start, start + lengte))
    return uit


class Rooster(Basis):
    """Het 24-uursrooster van de woonvoorziening."""

    telfactoren: Telfactoren = Field(default_factory=Telfactoren,
                                     description="Weggelaten: wakker 1, slaap en waak uit het register.")
    diensten: list[Dienst] = Field(min_length=1, max_length=100, description="De diensten; elke dienst draait op "
                                   "de genoemde weekdagen.")

    @field_validator("diensten")
    @classmethod
    def _samenhang(cls, diensten: list[Dienst]) -> list[Dienst]:
        namen: dict[str, int] = {}
        for i, d in enumerate(diensten):
            s = figuursleutel(d.naam)
            if s in namen:
                raise fout(f"dienst '{d.naam}' staat twee keer in het rooster (ook nr {namen[s] + 1}; hoofdletters "
                           "en spaties tellen niet als verschil)", i, "naam")
            namen[s] = i
        for i, d in enumerate(diensten):
            for j in range(i):
                e = diensten[j]
                if d.post is not None and d.post == e.post and _weekminuten(d) & _weekminuten(e):
                    raise fout(
                        f"dienst '{d.naam}' overlapt in de tijd met '{e.naam}' op dezelfde post '{d.post}'",
                        i,
                        "begin",
                    )
        return diensten


class Productiviteit(Basis):
    """Van contracturen naar netto inzetbare uren per fte (``docs/methode.md#productiviteit``)."""

    contracturen_per_week: Annotated[float, Field(gt=0, le=40)] | None = Field(
        default=None, description="CAO Jeugdzorg 6.1: 36. Weggelaten: uit het register. [uur/week]")
    verlofuren: UrenPerJaar | None = Field(default=None, description="CAO Jeugdzorg 9.1 + 9.2: 144 + 56. "
                                           "Weggelaten: uit het register. [uur/jaar]")
    feestdagen_op_werkdag: Annotated[int, Field(ge=0, le=15)] | Literal["kalender"] = Field(
        default="kalender",
        description="Feestdagen die op een werkdag vallen, of 'kalender' (standaard): de CAO-lijst uit het "
        "register op de kalender van het modeljaar. [dagen/jaar]"
    )
    uren_per_feestdag: Annotated[float, Field(gt=0, le=12)] | None = Field(
        default=None, description="Bij 36 uur 7,2. Weggelaten: uit het register. [uur/dag]")
    verzuimpercentage: float = Field(ge=0, le=0.5, description="Verzuim als fractie van de contracturen "
                                     "(0.075 = 7,5%). [/1]")
    scholingsuren: UrenPerJaar = Field(description="Uren scholing per fte per jaar. [uur/jaar]")
    overleguren: UrenPerJaar = Field(description="Uren teamoverleg en andere niet-roosteruren per fte per jaar. "
                                     "[uur/jaar]")
    overige_uren: UrenPerJaar = Field(default=0.0, description="Overige niet-cliëntgebonden uren per fte (bijv. "
                                      "vitaliteitsbudget). [uur/jaar]")


class WerkgeverslastenOpbouw(Basis):
    """Werkgeverslasten van onderop: premies werknemersverzekeringen en Zvw, pensioen (PFZW) en AP/WIA.

    De premies en de pensioenregeling komen uit het register op de peildatum; een waarde hier gaat voor.
    """

    methode: Literal["opbouw"] = Field(description="Altijd 'opbouw': de lasten volgen uit premies en pensioen.")
    awf: Literal["laag", "hoog"] = Field(default="laag", description="AWf-premie: laag bij een vast schriftelijk "
                                         "contract, hoog bij andere contracten.")
    aof: Literal["laag", "hoog"] = Field(default="hoog", description="Aof-premie: laag voor kleine werkgevers, "
                                         "hoog voor middelgrote en grote.")
    kinderopvangtoeslag: bool = Field(default=True, description="Opslag kinderopvangtoeslag bovenop de Aof.")
    whk: Annotated[float, Field(ge=0, le=0.2)] | None = Field(
        default=None, description="Whk-premie uit de beschikking van de werkgever. Weggelaten: het gemiddelde uit "
        "het register. [/1]")
    pensioen_werkgeversdeel: Annotated[float, Field(ge=0, le=0.5)] | None = Field(
        default=None, description="Werkgeversdeel pensioenpremie over (pensioengevend salaris - franchise). "
        "Weggelaten: uit het register (PFZW, CAO Jeugdzorg). [/1]")
    arbeidsongeschiktheid_werkgever: Annotated[float, Field(ge=0, le=0.2)] | None = Field(
        default=None, description="Werkgeversdeel premie AP (tot en met 2025) of WIA-excedent (vanaf 2026). "
        "Weggelaten: uit het register. [/1]")


class Loonkosten(Basis):
    """Opslagen op het basissalaris die voor alle functies gelden (docs/methode.md, loonkosten)."""

    vakantietoeslag: Annotated[float, Field(ge=0, le=0.2)] | None = Field(
        default=None, description="Fractie van het basisjaarsalaris (CAO Jeugdzorg 7.3). Weggelaten: uit het "
        "register. [/1]")
    vakantietoeslag_minimum_per_maand: Eur | None = Field(
        default=None, description="Minimum vakantietoeslag (CAO Jeugdzorg 7.3); 0 als geen minimum. Weggelaten: "
        "uit het register. [EUR/maand]")
    eindejaarsuitkering: Annotated[float, Field(ge=0, le=0.2)] | None = Field(
        default=None, description="Fractie van het basisjaarsalaris (CAO Jeugdzorg 7.2). Weggelaten: uit het "
        "register (als dat de waarde kent). [/1]")
    werkgeverslasten: Annotated[float, Field(ge=0, le=0.6)] | WerkgeverslastenOpbouw = Field(
        description="Fractie van het bruto jaarloon (bijv. 0.27), of een opbouw uit premies en pensioen "
        "({methode: opbouw}). [/1]"
    )
    overige_personeelskosten: float = Field(ge=0, le=0.3, description="Fractie van het bruto jaarloon. [/1]")


class OrtPercentage(Basis):
    """ORT als vast percentage van het basisjaarsalaris."""

    methode: Literal["percentage"] = Field(description="Altijd 'percentage'.")
    percentage: float = Field(ge=0, le=0.5, description="ORT als fractie van het basisjaarsalaris (0.07 = 7%). [/1]")


class OrtUitRooster(Basis):
    """ORT afgeleid uit de tijden van het rooster en de ORT-tabel (``ort_tabel``)."""

    methode: Literal["tabel"] = Field(description="Altijd 'tabel': de ORT volgt uit de roostertijden en ort_tabel.")


class Inhuur(Basis):
    """Deel van de roosteruren dat door ingehuurd personeel (PNIL) wordt gevuld."""

    aandeel_roosteruren: float = Field(ge=0, lt=1, description="Deel van de roosteruren dat ingehuurd wordt. [/1]")
    uurtarief: EurPerUur = Field(description="Uurtarief van de inhuur, alles inbegrepen. [EUR/uur]")


class Functie(Basis):
    """Een functie: groepsleiding (fte volgt uit het rooster) of een rol met vaste formatie."""

    naam: Naam = Field(description="Naam van de functie, uniek (bijv. groepsleiding, teamleider).")
    soort: Literal["groep", "vast"] = Field(
        description="groep: de fte volgt uit het rooster; vast: een vaste formatie (fte).")
    maandsalaris: EurPerMaand | None = Field(default=None, description="Bruto maandsalaris bij 1 fte. [EUR/maand]")
    schaal: Schaal | None = Field(default=None, description="Schaal in de 'salaristabel' (i.p.v. maandsalaris). "
                                  "[schaal]")
    trede: int | None = Field(default=None, ge=0, le=100, description="Trede (periodiek) binnen de schaal. [trede]")
    amvb: Literal["a", "b"] = Field(description="AMvB-element: a beroepskrachten, b overig cliëntgebonden.")
    fte: Fte | None = Field(default=None, description="Alleen bij soort 'vast'. [fte]")
    aandeel_rooster: PositieveFractie | None = Field(
        default=None, description="Bij meer groepsfuncties: hun deel van de roosteruren. [/1]"
    )
    ort: Annotated[OrtPercentage | OrtUitRooster, Field(discriminator="methode")] | None = Field(
        default=None, description="Onregelmatigheidstoeslag: {methode: percentage, percentage: 0.07} of "
        "{methode: tabel} (uit de roostertijden). Weggelaten: geen ORT (met een waarschuwing bij nachtdiensten).")
    inhuur: Inhuur | None = Field(default=None, description="Alleen bij een groepsfunctie: een deel van de "
                                  "roosteruren door ingehuurd personeel (PNIL).")

    @model_validator(mode="after")
    def _salaris(self) -> Functie:
        if self.maandsalaris is not None and (self.schaal is not None or self.trede is not None):
            raise fout("geef óf 'maandsalaris' óf 'schaal' + 'trede' (uit de salaristabel), niet beide", "maandsalaris")
        if self.maandsalaris is None and (self.schaal is None or self.trede is None):
            veld = "trede" if self.schaal is not None else "maandsalaris"
            raise fout("verplicht veld ontbreekt: geef 'maandsalaris' (bijv. 3500) of 'schaal' en 'trede' uit de "
                       "salaristabel (bijv. schaal: 8, trede: 5)", veld)
        return self

    @model_validator(mode="after")
    def _soort(self) -> Functie:
        if self.soort == "vast":
            if self.fte is None:
                raise fout("een functie met soort 'vast' heeft een fte nodig (bijv. fte: 0.15)", "fte")
            for veld in ("aandeel_rooster", "inhuur"):
                if getattr(self, veld) is not None:
                    raise fout(f"'{veld}' hoort alleen bij een groepsfunctie (soort: groep)", veld)
        elif self.fte is not None:
            raise fout("bij soort 'groep' volgt de fte uit het rooster; laat 'fte' weg", "fte")
        return self


class OrtBand(Basis):
    """Eén band van de ORT-tabel: weekdagen, tijdvak en percentage (CAO Jeugdzorg 8.1)."""

    dagen: Dagen = Field(description="Weekdagen van de band: alle, werkdagen, weekend of een lijst.")
    van: Tijd = Field(description="Begin van het tijdvak als \"UU:MM\".")
    tot: Tijd = Field(description="Eind van het tijdvak als \"UU:MM\"; vóór 'van' loopt door na middernacht.")
    percentage: float = Field(gt=0, le=1, description="Toeslag als fractie van het uurloon (0.45 = 45%). [/1]")


class OrtTabel(Basis):
    """ORT-tabel om ORT uit de roostertijden af te leiden (CAO Jeugdzorg 8.1)."""

    banden: list[OrtBand] | None = Field(
        default=None, min_length=1, description="Weggelaten: de banden uit het register (werkdagen 06-07 en "
        "19-22, nacht 22-06); zaterdag, zondag en feestdagen staan daar niet in.")
    uurloon_deler: Annotated[float, Field(gt=0, le=400)] | None = Field(
        default=None, description="Maandsalaris / deler = uurloon; vaak 156. Weggelaten: uit het register. "
        "[uur/maand]")
    maximum_uurloon: EurPerUur = Field(description="CAO Jeugdzorg 8.1: uurloon van schaal 5, p11.")
    doorbetaling_bij_afwezigheid: bool = Field(
        description="true: ORT ook over verlof en verzuim (x contracturen/netto uren)."
    )


class Clientkosten(Basis):
    """Cliëntgebonden materiële kosten (AMvB-element b)."""

    per_bezet_etmaal: dict[Naam, EurPerEtmaal] = Field(
        min_length=1, description="Posten die meebewegen met de bezetting: naam: bedrag per bezet etmaal "
        "(bijv. voeding_en_leefgeld: 27). [EUR/bezet etmaal]")
    vast_per_jaar: dict[Naam, EurPerJaar] = Field(
        default_factory=dict, description="Posten die niet meebewegen (bijv. een eigen busje): naam: bedrag per "
        "jaar. [EUR/jaar]")


class Investering(Basis):
    """Een investering met lineaire afschrijving en rente (gebouw of inventaris)."""

    investering: Annotated[float, Field(gt=0, le=1e9)] = Field(description="Aanschafwaarde. [EUR]")
    afschrijvingstermijn_jaren: float = Field(gt=0, le=100, description="Lineaire afschrijving over zoveel jaar. "
                                              "[jaar]")
    rentepercentage: float = Field(ge=0, le=0.2, description="Rente per jaar als fractie (0.04 = 4%). [/1]")
    restwaarde: Eur = Field(default=0.0, description="Waarde aan het eind van de termijn. [EUR]")
    rente_over: Literal["gemiddeld_vermogen", "boekwaarde"] = Field(
        description="gemiddeld_vermogen: rente over (investering + restwaarde) / 2; boekwaarde: over de boekwaarde "
        "aan het begin van het jaar (docs/methode.md, huisvesting).")

    @model_validator(mode="after")
    def _rest(self) -> Investering:
        if self.restwaarde >= self.investering:
            raise fout("de restwaarde moet kleiner zijn dan de investering", "restwaarde")
        return self


class Huisvesting(Basis):
    """Huisvestingslasten per jaar: huur of eigendom, plus de overige posten. [EUR/jaar]"""

    huur_per_jaar: EurPerJaar | None = Field(default=None, description="Huur; geef óf dit óf 'eigendom'. [EUR/jaar]")
    eigendom: Investering | None = Field(default=None,
                                         description="Eigen pand: afschrijving en rente (kapitaallasten).")
    energie_en_water: EurPerJaar = Field(description="Energie en water. [EUR/jaar]")
    onderhoud_en_schoonmaak: EurPerJaar = Field(description="Onderhoud en schoonmaak. [EUR/jaar]")
    inventaris: Investering | None = Field(default=None, description="Inventaris: afschrijving en rente.")
    verzekeringen_en_belastingen: EurPerJaar = Field(description="Verzekeringen en belastingen (bijv. OZB). "
                                                     "[EUR/jaar]")
    overig: EurPerJaar = Field(description="Overige huisvestingslasten. [EUR/jaar]")

    @model_validator(mode="after")
    def _huur_of_eigendom(self) -> Huisvesting:
        if (self.huur_per_jaar is None) == (self.eigendom is None):
            raise fout("geef óf 'huur_per_jaar' óf 'eigendom' (investering, termijn, rente), niet beide of geen")
        return self


class Overhead(Basis):
    """Overhead: een percentage (in de conventie uit ``conventies``) of een bedrag per jaar."""

    percentage: float | None = Field(default=None, ge=0, lt=1, description="Bij aandeel_totaal of opslag_direct: "
                                     "de fractie (0.25 = 25%). [/1]")
    bedrag_per_jaar: EurPerJaar | None = Field(default=None, description="Bij overhead_conventie 'bedrag': het "
                                               "bedrag. [EUR/jaar]")


class Indexering(Basis):
    """Indexering van de kostprijs naar het tariefjaar; wordt AMvB-element d (``docs/methode.md#indexering``).

    ``vng_gewogen``: één index ``w x loonindex + (1 - w) x prijsindex`` voor alles (VNG, w = 0,90);
    ``per_component``: personeel en overhead met de loonindex, cliëntkosten en huisvesting met de
    prijsindex. De cijfers komen uit de meegeleverde VNG-parameters (``vng_jaar``) of uit de invoer.
    """

    methode: Literal["vng_gewogen", "per_component"] = Field(
        description="vng_gewogen: één gewogen index voor alles; per_component: loonindex voor personeel en "
        "overhead, prijsindex voor cliëntkosten en huisvesting.")
    vng_jaar: int | None = Field(default=None, ge=2000, le=2100, description="Neem OVA, PCC (voorlopig) en weging "
                                 "uit de VNG-parameters van dit jaar. [jaar]")
    loonindex: float | None = Field(default=None, ge=-0.2, le=0.5, description="Eigen loonindex (bijv. OVA). [/1]")
    prijsindex: float | None = Field(default=None, ge=-0.2, le=0.5, description="Eigen prijsindex (bijv. PCC). [/1]")
    weging_loon: Fractie | None = Field(default=None, description="Alleen bij vng_gewogen met eigen cijfers. [/1]")
    nacalculatie: Annotated[float, Field(ge=-0.2, le=0.2)] | Literal["vng"] | None = Field(
        default=None, description="Correctie over het vorige jaar, bij beide indexen opgeteld; 'vng': de "
        "gepubliceerde VNG-nacalculatie van vng_jaar (alleen bij vng_gewogen). [/1]",
    )

    @model_validator(mode="after")
    def _bron(self) -> Indexering:
        eigen = self.loonindex is not None or self.prijsindex is not None
        if (self.vng_jaar is not None) == eigen:
            raise fout("geef óf 'vng_jaar' (meegeleverde VNG-cijfers) óf 'loonindex' en 'prijsindex'", "vng_jaar")
        if eigen and (self.loonindex is None or self.prijsindex is None):
            ontbreekt = "prijsindex" if self.prijsindex is None else "loonindex"
            raise fout("geef zowel 'loonindex' als 'prijsindex'", ontbreekt)
        if self.methode == "vng_gewogen" and eigen and self.weging_loon is None:
            raise fout("geef bij vng_gewogen met eigen cijfers ook 'weging_loon' (VNG: 0.90)", "weging_loon")
        if self.weging_loon is not None and (self.methode != "vng_gewogen" or not eigen):
            raise fout("'weging_loon' hoort alleen bij vng_gewogen met eigen cijfers", "weging_loon")
        if self.nacalculatie == "vng" and (self.vng_jaar is None or self.methode != "vng_gewogen"):
            raise fout("nacalculatie 'vng' kan alleen bij methode vng_gewogen met een vng_jaar", "nacalculatie")
        return self


class ParameterKeuze(Basis):
    """Welk register het model gebruikt en welke waarden zonder waarschuwing mogen."""

    map: Naam | None = Field(
        default=None, description="Map met eigen parameterbestanden van de regio (zelfde vorm als de "
        "meegeleverde), relatief aan het model; die waarden gaan voor de meegeleverde.")
    aanvaard: list[Literal["afgeleid", "derden"]] = Field(
        default_factory=list, description="Waarden uit het register met deze status worden gebruikt zonder "
        "waarschuwing (afgeleid: berekend uit gelezen getallen; derden: alleen in een secundaire bron gezien).")


class Intensiteit(Basis):
    """Een zorgintensiteit (bijv. basis, intensief, zeer intensief) als personeelsvariant van dezelfde woning.

    Alleen wat afwijkt van het model staat hier: medewerkers per dienst, extra diensten en de formatie van
    vaste functies. Het tarief per niveau rekent :func:`kostprijs.regio` met ``bereken`` op de variant.
    """

    naam: Naam = Field(description="Naam van het niveau, bijv. basis, intensief of zeer intensief.")
    aandeel: Fractie | None = Field(default=None, description="Verwacht deel van de bezette dagen op dit niveau "
                                    "(voor het gemengde tarief); geef het bij alle niveaus of bij geen. [/1]")
    personeel: dict[Naam, Annotated[int, Field(ge=0, le=20)]] = Field(
        default_factory=dict, description="Medewerkers tegelijk per dienst (naam uit het rooster); 0: de dienst "
        "vervalt op dit niveau. [medewerkers]")
    extra_diensten: list[Dienst] = Field(default_factory=list, max_length=50,
                                         description="Diensten die alleen op dit niveau bestaan.")
    vaste_fte: dict[Naam, Fte] = Field(default_factory=dict, description="Formatie van vaste functies op dit "
                                       "niveau (naam uit functies). [fte]")


class KwvModel(Basis):
    """Volledige beschrijving van één kleinschalige woonvoorziening voor de tariefopbouw.

    Waarden die het register voor de peildatum kent (CAO-uren, verlof, feestdagen, vakantietoeslag,
    telfactoren, ORT-banden, premies, VNG-indexen) mogen weg; :mod:`kostprijs.oplossen` vult ze in en
    legt hun herkomst vast.
    """

    naam: Naam = Field(description="Naam van de woonvoorziening; staat in elke uitvoer.")
    jaar: int = Field(ge=2000, le=2100, description="Kostprijsjaar; het register levert waarden op 1 januari "
                      "(of op de peildatum). [jaar]")
    plaatsen: int = Field(ge=1, le=50, description="Gecontracteerde plaatsen (capaciteit). [plaatsen]")
    bezettingsgraad: PositieveFractie = Field(description="Normbezetting als fractie (0.90). [/1]")
    dagen_per_jaar: Literal[365, 366] = Field(description="Kalenderdagen in het jaar; 366 alleen in een "
                                              "schrikkeljaar. [dagen]")
    conventies: Conventies = Field(description="Definities die de uitkomst veranderen; ze staan in elke uitvoer.")
    rooster: Rooster = Field(description="Het 24-uursrooster: diensten en telfactoren.")
    productiviteit: Productiviteit = Field(description="Van contracturen naar netto inzetbare uren per fte.")
    loonkosten: Loonkosten = Field(description="Opslagen op het salaris: vakantietoeslag, eindejaarsuitkering, "
                                   "werkgeverslasten, overige personeelskosten.")
    functies: list[Functie] = Field(min_length=1, description="Functies met salaris en formatie; minstens één "
                                    "groepsfunctie.")
    ort_tabel: OrtTabel | None = Field(default=None, description="Nodig als een functie de ORT uit het rooster "
                                       "afleidt (ort: {methode: tabel}).")
    clientkosten: Clientkosten = Field(description="Cliëntgebonden materiële kosten (AMvB-element b).")
    huisvesting: Huisvesting = Field(description="Huisvestingslasten: huur of eigendom en de overige posten.")
    overhead: Overhead = Field(description="Overhead als percentage (in de conventie) of als bedrag.")
    risico_opslag: float = Field(ge=0, le=0.5, description="Opslag voor risico en marge. [/1]")
    peildatum: dt.date | None = Field(
        default=None, description="Datum voor salaristabel en parameters; zonder peildatum 1 januari van 'jaar'."
    )
    salaristabel: SalarisTabel | None = Field(
        default=None, description="Eigen salaristabel (schaal/trede); in YAML ook een pad relatief aan het model."
    )
    indexering: Indexering | None = Field(default=None, description="Indexering naar het tariefjaar (AMvB d).")
    parameters: ParameterKeuze = Field(default_factory=ParameterKeuze,
                                       description="Eigen parametermap van de regio en welke status zonder "
                                       "waarschuwing mag.")
    intensiteiten: list[Intensiteit] | None = Field(
        default=None, min_length=1, max_length=10, description="Optioneel: zorgintensiteiten als "
        "personeelsvarianten van deze woning; `kostprijs regio` geeft een tarief per niveau en het gemengde "
        "tarief voor de verwachte mix. Het model zelf (zonder varianten) blijft de tariefopbouw van `bereken`.")
    _bronregels: Bronregels | None = PrivateAttr(default=None)

    @property
    def datum(self) -> dt.date:
        """De peildatum van het model: ``peildatum`` of 1 januari van ``jaar``."""
        return self.peildatum or dt.date(self.jaar, 1, 1)

    def plaats(self, *pad: str | int) -> str:
        """Het YAML-pad met bestand en regel als het model uit YAML komt (voor meldingen)."""
        return self._bronregels.plaats(pad) if self._bronregels is not None else pad_tekst(pad)

    def met_bronregels(self, bronregels: Bronregels) -> KwvModel:
        """Dit model, met de regels van zijn bron erbij (zie :class:`Bronregels`)."""
        self._bronregels = bronregels
        return self

    @field_validator("dagen_per_jaar")
    @classmethod
    def _schrikkeljaar(cls, v: int, info: Any) -> int:
        data = getattr(info, "data", {})
        jaar = data.get("jaar")
        if isinstance(jaar, int) and v == 366 and not calendar.isleap(jaar):
            raise fout(f"{jaar} is geen schrikkeljaar: gebruik 365")
        return v

    @field_validator("functies")
    @classmethod
    def _functies(cls, functies: list[Functie]) -> list[Functie]:
        groep = [i for i, f in enumerate(functies) if f.soort == "groep"]
        if not groep:
            raise fout("er is geen groepsfunctie (soort: groep) om de roosteruren te dragen")
        namen = [figuursleutel(f.naam) for f in functies]
        for i, n in enumerate(namen):
            if n in namen[:i]:
                raise fout(f"functie '{functies[i].naam}' staat twee keer in de lijst (hoofdletters en spaties tellen "
                           "niet als verschil)", i, "naam")
        if len(groep) > 1:
            for i in groep:
                if functies[i].aandeel_rooster is None:
                    raise fout("bij meer groepsfuncties heeft elk een 'aandeel_rooster'", i, "aandeel_rooster")
            som = sum(functies[i].aandeel_rooster or 0.0 for i in groep)
            if abs(som - 1) > 1e-9:
                raise fout(f"de aandelen rooster van de groepsfuncties tellen op tot {som:g}, niet tot 1")
        return functies

    @model_validator(mode="after")
    def _samenhang(self) -> KwvModel:
        for i, f in enumerate(self.functies):
            if isinstance(f.ort, OrtUitRooster) and self.ort_tabel is None:
                raise fout(
                    f"functie '{f.naam}' leidt ORT af uit het rooster, maar 'ort_tabel' ontbreekt; geef ten minste "
                    "ort_tabel.maximum_uurloon en ort_tabel.doorbetaling_bij_afwezigheid (banden en deler komen "
                    "uit het register)", "functies", i, "ort",
                )
            if f.schaal is not None and self.salaristabel is None:
                raise fout(
                    f"functie '{f.naam}' noemt schaal {f.schaal} trede {f.trede}, maar het model heeft geen "
                    "'salaristabel'. De CAO-bedragen (bijv. CAO Jeugdzorg bijlage 7) worden niet meegeleverd: "
                    "geef een 'maandsalaris' (bijv. maandsalaris: 3500) of verwijs naar uw eigen tabel met "
                    "'salaristabel: salaristabel.yaml' (YAML of CSV, relatief aan het model; voorbeeld in "
                    "docs/parameters.md)", "functies", i, "schaal")
        c = self.conventies
        if c.overhead_conventie == "bedrag":
            if self.overhead.bedrag_per_jaar is None or self.overhead.percentage is not None:
                raise fout("bij overhead_conventie 'bedrag' geef alleen 'bedrag_per_jaar'", "overhead")
        else:
            if self.overhead.percentage is None or self.overhead.bedrag_per_jaar is not None:
                raise fout(
                    f"bij overhead_conventie '{c.overhead_conventie}' geef alleen 'percentage' (bijv. 0.25)",
                    "overhead",
                )
            if not c.overhead_grondslag:
                raise fout("geef de overhead_grondslag (bijv. [personeel, clientkosten])", "conventies",
                           "overhead_grondslag")
        if c.risico_grondslag == "tarief" and self.risico_opslag >= 0.5:
            raise fout("als aandeel van het tarief moet het risico onder 0.5 liggen", "risico_opslag")
        if self.peildatum is not None and self.peildatum.year != self.jaar:
            raise fout(f"de peildatum {self.peildatum.isoformat()} ligt niet in het modeljaar {self.jaar}", "peildatum")
        self._intensiteiten()
        return self

    def _intensiteiten(self) -> None:
        niveaus = self.intensiteiten or []
        diensten = {d.naam for d in self.rooster.diensten}
        vast = {f.naam for f in self.functies if f.soort == "vast"}
        namen: set[str] = set()
        for i, n in enumerate(niveaus):
            if figuursleutel(n.naam) in namen:
                raise fout(f"intensiteit '{n.naam}' staat twee keer in de lijst", "intensiteiten", i, "naam")
            namen.add(figuursleutel(n.naam))
            for d in n.personeel:
                if d not in diensten:
                    raise fout(f"dienst '{d}' staat niet in het rooster; kies uit {', '.join(sorted(diensten))}",
                               "intensiteiten", i, "personeel", d)
            for f in n.vaste_fte:
                if f not in vast:
                    raise fout(f"'{f}' is geen vaste functie (soort: vast) van dit model", "intensiteiten", i,
                               "vaste_fte", f)
            for j, extra in enumerate(n.extra_diensten):
                if extra.naam in diensten:
                    raise fout(f"extra dienst '{extra.naam}' staat al in het rooster; zet het aantal in 'personeel'",
                               "intensiteiten", i, "extra_diensten", j, "naam")
        gegeven = [n.aandeel is not None for n in niveaus]
        if any(gegeven) and not all(gegeven):
            raise fout("geef 'aandeel' bij alle intensiteiten of bij geen", "intensiteiten")
        som = sum(n.aandeel or 0.0 for n in niveaus)
        if all(gegeven) and niveaus and abs(som - 1) > 1e-9:
            raise fout(f"de aandelen van de intensiteiten tellen op tot {som:g}, niet tot 1", "intensiteiten")
