"""De vaste celkaart van het uitvraagsjabloon: gedeeld door schrijver (sjabloon) en lezer (inlezen).

Eén tabel (blad, cel, veld, label, soort, bereik, hulptekst) bepaalt waar elk gegeven staat; het
sjabloon wordt eruit geschreven en de importer leest alleen deze cellen. Zo kunnen ze niet uit elkaar
lopen (``docs/onderzoek.md`` regel 5). Wijzigt de indeling, verhoog dan
:data:`SJABLOON_VERSIE`.

Versie 2: elk locatieblad heeft twee kolommen, **realisatie** (werkelijke kosten van een basisjaar, kolom
C) en **begroting** (een nieuwe of gewijzigde woning, kolom D). Een aanbieder vult er één of beide in. De
cellen van de realisatie staan waar ze in versie 1 stonden; de functietabel heeft de begroting in de
kolommen E en F. Keuzes zijn woorden uit :mod:`kostprijs.keuzes`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from kostprijs.keuzes import labels

SJABLOON_VERSIE = "kostprijs-sjabloon-kwv v2"
"""Staat in ``Instructie!B2``; de importer weigert een ander of ontbrekend versielabel."""
OUDE_VERSIES = ("kostprijs-sjabloon-kwv v1",)
"""Versies die de importer herkent en met een eigen melding weigert."""

Opgavesoort = Literal["realisatie", "begroting"]
SOORTEN: tuple[Opgavesoort, ...] = ("realisatie", "begroting")
KOLOM: dict[Opgavesoort, str] = {"realisatie": "C", "begroting": "D"}
"""Kolom van een opgavesoort op een locatieblad."""
SOORTLABEL: dict[Opgavesoort, str] = {"realisatie": "Realisatie (basisjaar)", "begroting": "Begroting"}
"""Kop van de kolom op een locatieblad."""
SOORTNAAM: dict[Opgavesoort, str] = {"realisatie": "Realisatie", "begroting": "Begroting"}
"""Naam van een opgavesoort in het rapport en in meldingen."""

Soort = Literal["tekst", "geheel", "bedrag", "getal", "fractie", "keuze", "janee"]

BLAD_INSTRUCTIE = "Instructie"
BLAD_DEFINITIES = "Definities"
BLAD_AANBIEDER = "Aanbieder"
MAX_LOCATIES = 3
LOCATIEBLADEN: tuple[str, ...] = tuple(f"Locatie {i}" for i in range(1, MAX_LOCATIES + 1))
SJABLOONBLADEN: tuple[str, ...] = (BLAD_INSTRUCTIE, BLAD_DEFINITIES, BLAD_AANBIEDER, *LOCATIEBLADEN)
VERSIECEL = "B2"

LEESRIJEN = 60
"""De importer leest per blad alleen rij 1 t/m deze rij ..."""
LEESKOLOMMEN = 6
"""... en kolom A t/m F; de opgegeven afmetingen van een blad worden genegeerd."""


@dataclass(frozen=True)
class Veld:
    """Eén invoercel: waar, wat, welke soort en welk bereik."""

    sleutel: str
    cel: str
    label: str
    soort: Soort
    eenheid: str
    hulp: str
    verplicht: bool = True
    minimum: float | None = None
    maximum: float | None = None
    keuzeveld: str | None = None
    """Keuzelijst in :data:`kostprijs.keuzes.KEUZES` (bij soort ``keuze`` en ``janee``)."""
    gedeeld: bool = False
    """Eén waarde voor realisatie en begroting (alleen kolom C), zoals de naam van de locatie."""

    @property
    def rij(self) -> int:
        """Rijnummer van de cel."""
        return int(self.cel.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))

    @property
    def keuzes(self) -> tuple[str, ...]:
        """De woorden van de keuzelijst zoals de invuller ze ziet."""
        return labels(self.keuzeveld) if self.keuzeveld else ()

    def voor(self, soort: Opgavesoort) -> Veld:
        """Dit veld in de kolom van ``soort`` (een gedeeld veld blijft in kolom C)."""
        if self.gedeeld or soort == "realisatie":
            return self
        return replace(self, cel=f"{KOLOM[soort]}{self.rij}")


MAX_BEDRAG = 1e8
"""Bovengrens voor een bedrag per jaar van één locatie. [EUR/jaar]"""

EJ = "EUR per jaar"

AANBIEDER_VELDEN: tuple[Veld, ...] = (
    Veld("aanbieder", "C4", "Naam aanbieder", "tekst", "", "Statutaire naam van de organisatie."),
    Veld("basisjaar", "C5", "Basisjaar (bij realisatie)", "geheel", "jaar", "Het boekjaar waarover u de werkelijke "
         "kosten opgeeft, bijvoorbeeld 2025. Alleen als u de kolom Realisatie invult.", False, 2015, 2100),
    Veld("uren_per_week_fte", "C6", "Contracturen per week bij 1 fte", "getal", "uur per week",
         "Het aantal uren per week dat in uw administratie 1 fte is (CAO Jeugdzorg: 36).", minimum=24, maximum=40),
    Veld("weken_per_jaar", "C7", "Weken per jaar in uw urenberekening", "keuze", "weken per jaar",
         "Hoe u jaaruren en fte omrekent: 52, 365/7 (52,14) of 365,25/7 (52,18).", keuzeveld="weken_per_jaar"),
    Veld("cijfers_uit_jaarrekening", "C8", "Cijfers sluiten aan op de jaarrekening", "janee", "ja of nee",
         "Kies ja als de werkelijke kosten aansluiten op de (gecontroleerde) jaarrekening van het basisjaar. "
         "Alleen bij realisatie.", False, keuzeveld="janee"),
    Veld("verdeelsleutel", "C9", "Verdeelsleutel overhead", "keuze", "keuze",
         "Hoe u de overhead van de organisatie over de locaties verdeelt. Verplicht bij realisatie.", False,
         keuzeveld="verdeelsleutel"),
    Veld("begrotingsjaar", "C10", "Begrotingsjaar (bij begroting)", "geheel", "jaar",
         "Het jaar van de begroting van een nieuwe of gewijzigde woning. Alleen als u de kolom Begroting invult.",
         False, 2015, 2100),
)

LOCATIE_VELDEN: tuple[Veld, ...] = (
    Veld("naam", "C4", "Naam locatie", "tekst", "", "Naam of adresaanduiding van de locatie (één naam voor "
         "realisatie en begroting).", gedeeld=True),
    Veld("plaatsen", "C5", "Capaciteit (plaatsen)", "geheel", "plaatsen",
         "Aantal plaatsen volgens de capaciteit (contract of vergunning).", minimum=1, maximum=50),
    Veld("bezette_etmalen", "C6", "Bezette etmalen in het jaar", "geheel", "etmalen",
         "Aantal etmalen dat een cliënt verbleef. Vul dit óf de bezettingsgraad in.", False, 0, 50 * 366),
    Veld("bezettingsgraad", "C7", "Bezettingsgraad (als u geen etmalen weet)", "fractie", "%",
         "Als percentage, bijvoorbeeld 85%. Alleen als u de bezette etmalen niet invult.", False, 0, 1),
    Veld("bezettingsbasis", "C8", "Bezettingsgraad berekend over", "keuze", "keuze",
         "Capaciteit, of beschikbare plaatsen (als u minder plaatsen openstelde dan de capaciteit).", False,
         keuzeveld="bezettingsbasis_opgave"),
    Veld("beschikbare_plaatsen", "C9", "Beschikbare plaatsen", "geheel", "plaatsen",
         "Alleen bij een bezettingsgraad over beschikbare plaatsen: het aantal opengestelde plaatsen.", False, 1, 50),
    Veld("nachtdienst", "C11", "Nachtdienst", "keuze", "keuze", "Wakend, slapend of geen nachtdienst.",
         keuzeveld="nachtdienst"),
    Veld("roosteruren_per_week", "C12", "Roosteruren per week (alle diensten)", "getal", "uur per week",
         "Som over alle diensten van duur maal aantal medewerkers in een gemiddelde week.", minimum=1, maximum=2000),
    Veld("verzuimpercentage", "C24", "Ziekteverzuim", "fractie", "%",
         "Verzuim als percentage van de contracturen, bijvoorbeeld 6,5%.", minimum=0, maximum=0.5),
    Veld("ort_betaald", "C25", "Onregelmatigheidstoeslag (ORT)", "bedrag", EJ,
         "ORT die is (of wordt) uitbetaald, niet in de loonkosten hierboven.", minimum=0, maximum=MAX_BEDRAG),
    Veld("inhuur_uren", "C26", "Ingehuurde uren", "getal", "uur per jaar",
         "Uren van uitzendkrachten, gedetacheerden en zzp'ers op het rooster.", minimum=0, maximum=100_000),
    Veld("inhuur_kosten", "C27", "Kosten inhuur", "bedrag", EJ,
         "Gefactureerde kosten van die inhuur, zonder btw.", minimum=0, maximum=MAX_BEDRAG),
    Veld("clientkosten", "C29", "Cliëntgebonden materiële kosten", "bedrag", EJ,
         "Voeding, zakgeld, kleding, activiteiten en vervoer van cliënten.", minimum=0, maximum=MAX_BEDRAG),
    Veld("huisvesting_soort", "C31", "Huur of eigendom", "keuze", "keuze", "Huur of eigendom.",
         keuzeveld="huisvesting_soort"),
    Veld("huur", "C32", "Huur", "bedrag", EJ, "Alleen bij huur: kale huur en servicekosten.",
         False, 0, MAX_BEDRAG),
    Veld("kapitaallasten", "C33", "Kapitaallasten gebouw", "bedrag", EJ,
         "Alleen bij eigendom: afschrijving plus rente van het gebouw.", False, 0, MAX_BEDRAG),
    Veld("energie", "C34", "Energie en water", "bedrag", EJ, "Gas, elektriciteit en water.",
         minimum=0, maximum=MAX_BEDRAG),
    Veld("onderhoud", "C35", "Onderhoud, schoonmaak en overige lasten", "bedrag", EJ,
         "Onderhoud, schoonmaak, verzekeringen, belastingen en overige lasten van het gebouw.",
         minimum=0, maximum=MAX_BEDRAG),
    Veld("inventaris", "C36", "Inventaris", "bedrag", EJ, "Afschrijving en rente van de inventaris.",
         minimum=0, maximum=MAX_BEDRAG),
    Veld("overhead_opgave", "C38", "Overhead opgegeven als", "keuze", "keuze",
         "Een bedrag (toegerekend aan deze locatie) of een percentage.", keuzeveld="overhead_opgave"),
    Veld("overhead_bedrag", "C39", "Overhead toegerekend aan de locatie", "bedrag", EJ,
         "Alleen als de overhead een bedrag is.", False, 0, MAX_BEDRAG),
    Veld("overhead_percentage", "C40", "Overheadpercentage", "fractie", "%",
         "Alleen als de overhead een percentage is, bijvoorbeeld 20%.", False, 0, 0.9),
    Veld("overhead_conventie", "C41", "Het percentage is", "keuze", "keuze",
         "Aandeel van het totaal (deel van de integrale kosten) of opslag op de grondslag.",
         False, keuzeveld="overhead_conventie_opgave"),
    Veld("overhead_grondslag", "C42", "Grondslag van het percentage", "keuze", "keuze",
         "Personeel, personeel en cliëntkosten, of alle directe kosten.", False, keuzeveld="overhead_grondslag"),
    Veld("resultaat_percentage", "C44", "Resultaat (marge)", "fractie", "%",
         "Resultaat als percentage van de opbrengst, bijvoorbeeld 2,5% (negatief bij verlies).",
         minimum=-0.5, maximum=0.5),
)

KOPPEN: tuple[tuple[int, str], ...] = ((10, "Rooster"), (13, "Formatie en loonkosten"),
                                       (23, "Verzuim, ORT en inhuur"), (28, "Cliëntkosten"), (30, "Huisvesting"),
                                       (37, "Overhead"), (43, "Resultaat"))
"""Tussenkoppen op een locatieblad (rij, tekst)."""
KOPRIJ = 3
"""Rij met de kolomkoppen (Realisatie, Begroting, Eenheid, Toelichting) op een locatieblad."""

FUNCTIE_RIJEN: tuple[int, ...] = tuple(range(15, 23))
"""Rijen van de functietabel."""
FUNCTIE_KOLOMMEN: tuple[Veld, ...] = (
    Veld("naam", "B", "Functie", "tekst", "", "Bijvoorbeeld pedagogisch medewerker of gedragswetenschapper."),
    Veld("fte", "C", "Fte", "getal", "fte", "Gemiddelde formatie in loondienst.", minimum=0.01, maximum=100),
    Veld("loonkosten", "D", "Loonkosten", "bedrag", EJ,
         "Brutoloon, vakantiegeld, eindejaarsuitkering en werkgeverslasten; zonder ORT.",
         minimum=0, maximum=MAX_BEDRAG),
)
"""De kolommen van de functietabel voor de realisatie (B naam, C fte, D loonkosten)."""
FUNCTIE_KOLOMLETTERS: dict[Opgavesoort, dict[str, str]] = {
    "realisatie": {"naam": "B", "fte": "C", "loonkosten": "D"},
    "begroting": {"naam": "B", "fte": "E", "loonkosten": "F"},
}
"""Per opgavesoort de kolom van elk gegeven in de functietabel (de naam is gedeeld)."""


def functiekolommen(soort: Opgavesoort) -> tuple[Veld, ...]:
    """De kolommen van de functietabel voor ``soort``."""
    return tuple(replace(k, cel=FUNCTIE_KOLOMLETTERS[soort][k.sleutel]) for k in FUNCTIE_KOLOMMEN)


def functieveld(kolom: Veld, rij: int) -> Veld:
    """Het veld van één cel in de functietabel."""
    return Veld(kolom.sleutel, f"{kolom.cel}{rij}", f"{kolom.label} (rij {rij})", kolom.soort, kolom.eenheid,
                kolom.hulp, True, kolom.minimum, kolom.maximum, kolom.keuzeveld)


def locatiecellen(soort: Opgavesoort) -> list[str]:
    """De invoercellen van één opgavesoort op een locatieblad (zonder de gedeelde naam)."""
    return [v.voor(soort).cel for v in LOCATIE_VELDEN if not v.gedeeld] + [
        f"{k.cel}{r}" for r in FUNCTIE_RIJEN for k in functiekolommen(soort) if k.sleutel != "naam"]


def alle_locatiecellen() -> list[str]:
    """Alle invoercellen van een locatieblad (om te zien of een locatie gebruikt wordt)."""
    uit = [v.cel for v in LOCATIE_VELDEN if v.gedeeld] + [f"B{r}" for r in FUNCTIE_RIJEN]
    return uit + locatiecellen("realisatie") + locatiecellen("begroting")
