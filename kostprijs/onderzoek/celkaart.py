"""De vaste celkaart van het uitvraagsjabloon: gedeeld door schrijver (sjabloon) en lezer (inlezen).

Eén tabel (blad, cel, veld, label, soort, bereik, hulptekst) bepaalt waar elk gegeven staat; het
sjabloon wordt eruit geschreven en de importer leest alleen deze cellen. Zo kunnen ze niet uit elkaar
lopen (``docs/onderzoek.md`` regel 5). Wijzigt de indeling, verhoog dan
:data:`SJABLOON_VERSIE`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SJABLOON_VERSIE = "kostprijs-sjabloon-kwv v1"
"""Staat in ``Instructie!B2``; de importer weigert een ander of ontbrekend versielabel."""

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
    keuzes: tuple[str, ...] = ()

    @property
    def rij(self) -> int:
        """Rijnummer van de cel."""
        return int(self.cel.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


MAX_BEDRAG = 1e8
"""Bovengrens voor een bedrag per jaar van één locatie. [EUR/jaar]"""

AANBIEDER_VELDEN: tuple[Veld, ...] = (
    Veld("aanbieder", "C4", "Naam aanbieder", "tekst", "", "Statutaire naam van de organisatie."),
    Veld("basisjaar", "C5", "Basisjaar", "geheel", "jaar", "Het boekjaar waarover u de werkelijke kosten "
         "opgeeft, bijv. 2025.", minimum=2015, maximum=2100),
    Veld("uren_per_week_fte", "C6", "Contracturen per week bij 1 fte", "getal", "uur/week",
         "Het aantal uren per week dat in uw administratie 1 fte is (CAO Jeugdzorg: 36).", minimum=24, maximum=40),
    Veld("weken_per_jaar", "C7", "Weken per jaar in uw urenberekening", "keuze", "week/jaar",
         "Hoe u jaaruren en fte omrekent: 52, 365/7 (52,14) of 365.25/7 (52,18).",
         keuzes=("52", "365/7", "365.25/7")),
    Veld("cijfers_uit_jaarrekening", "C8", "Cijfers aansluitend op de jaarrekening", "janee", "",
         "Kies ja als de bedragen aansluiten op de (gecontroleerde) jaarrekening van het basisjaar.",
         keuzes=("ja", "nee")),
    Veld("verdeelsleutel", "C9", "Verdeelsleutel overhead", "keuze", "",
         "Hoe u de overhead van de organisatie over de locaties verdeelt.",
         keuzes=("directe_kosten", "omzet", "fte", "plaatsen", "anders")),
)

_KEUZE_OPGAVE = ("bedrag", "percentage")
LOCATIE_VELDEN: tuple[Veld, ...] = (
    Veld("naam", "C4", "Naam locatie", "tekst", "", "Naam of adresaanduiding van de locatie."),
    Veld("plaatsen", "C5", "Capaciteit (plaatsen)", "geheel", "plaatsen",
         "Aantal plaatsen volgens de capaciteit (contract/vergunning).", minimum=1, maximum=50),
    Veld("bezette_etmalen", "C6", "Bezette etmalen in het basisjaar", "geheel", "etmalen",
         "Aantal etmalen dat een cliënt verbleef. Vul dit óf de bezettingsgraad in.", False, 0, 50 * 366),
    Veld("bezettingsgraad", "C7", "Bezettingsgraad (als u geen etmalen weet)", "fractie", "%",
         "Als percentage, bijv. 85%. Alleen als u de bezette etmalen niet invult.", False, 0, 1),
    Veld("bezettingsbasis", "C8", "Bezettingsgraad berekend over", "keuze", "",
         "capaciteit of beschikbare_plaatsen (als u minder plaatsen openstelde dan de capaciteit).",
         False, keuzes=("capaciteit", "beschikbare_plaatsen")),
    Veld("beschikbare_plaatsen", "C9", "Beschikbare plaatsen", "geheel", "plaatsen",
         "Alleen bij basis beschikbare_plaatsen: het aantal opengestelde plaatsen.", False, 1, 50),
    Veld("nachtdienst", "C11", "Nachtdienst", "keuze", "", "wakend, slapend of geen.",
         keuzes=("wakend", "slapend", "geen")),
    Veld("roosteruren_per_week", "C12", "Roosteruren per week (alle diensten)", "getal", "uur/week",
         "Som over alle diensten van duur x aantal medewerkers in een gemiddelde week.", minimum=1, maximum=2000),
    Veld("verzuimpercentage", "C24", "Ziekteverzuim", "fractie", "%",
         "Verzuim in het basisjaar als percentage van de contracturen, bijv. 6,5%.", minimum=0, maximum=0.5),
    Veld("ort_betaald", "C25", "Betaalde ORT", "bedrag", "EUR/jaar",
         "Onregelmatigheidstoeslag die in het basisjaar is uitbetaald (niet in de loonkosten hierboven).",
         minimum=0, maximum=MAX_BEDRAG),
    Veld("inhuur_uren", "C26", "Ingehuurde uren", "getal", "uur/jaar",
         "Uren van uitzendkrachten, gedetacheerden en zzp'ers op het rooster.", minimum=0, maximum=100_000),
    Veld("inhuur_kosten", "C27", "Kosten inhuur", "bedrag", "EUR/jaar",
         "Gefactureerde kosten van die inhuur, exclusief btw.", minimum=0, maximum=MAX_BEDRAG),
    Veld("clientkosten", "C29", "Cliëntgebonden materiële kosten", "bedrag", "EUR/jaar",
         "Voeding, zakgeld, kleding, activiteiten en vervoer van cliënten.", minimum=0, maximum=MAX_BEDRAG),
    Veld("huisvesting_soort", "C31", "Huur of eigendom", "keuze", "", "huur of eigendom.",
         keuzes=("huur", "eigendom")),
    Veld("huur", "C32", "Huur", "bedrag", "EUR/jaar", "Alleen bij huur: kale huur en servicekosten.",
         False, 0, MAX_BEDRAG),
    Veld("kapitaallasten", "C33", "Kapitaallasten gebouw", "bedrag", "EUR/jaar",
         "Alleen bij eigendom: afschrijving plus rente van het gebouw.", False, 0, MAX_BEDRAG),
    Veld("energie", "C34", "Energie en water", "bedrag", "EUR/jaar", "Gas, elektriciteit en water.",
         minimum=0, maximum=MAX_BEDRAG),
    Veld("onderhoud", "C35", "Onderhoud en schoonmaak", "bedrag", "EUR/jaar", "Onderhoud en schoonmaak.",
         minimum=0, maximum=MAX_BEDRAG),
    Veld("inventaris", "C36", "Inventaris", "bedrag", "EUR/jaar", "Afschrijving en rente van de inventaris.",
         minimum=0, maximum=MAX_BEDRAG),
    Veld("overhead_opgave", "C38", "Overhead opgegeven als", "keuze", "",
         "bedrag (toegerekend aan deze locatie) of percentage.", keuzes=_KEUZE_OPGAVE),
    Veld("overhead_bedrag", "C39", "Overhead toegerekend aan de locatie", "bedrag", "EUR/jaar",
         "Alleen bij opgave 'bedrag'.", False, 0, MAX_BEDRAG),
    Veld("overhead_percentage", "C40", "Overheadpercentage", "fractie", "%",
         "Alleen bij opgave 'percentage', bijv. 20%.", False, 0, 0.9),
    Veld("overhead_conventie", "C41", "Het percentage is", "keuze", "",
         "aandeel_totaal (deel van de integrale kosten) of opslag_direct (opslag op de grondslag).",
         False, keuzes=("aandeel_totaal", "opslag_direct")),
    Veld("overhead_grondslag", "C42", "Grondslag van het percentage", "keuze", "",
         "personeel, personeel_clientkosten of alle_directe_kosten.", False,
         keuzes=("personeel", "personeel_clientkosten", "alle_directe_kosten")),
    Veld("resultaat_percentage", "C44", "Resultaat (marge)", "getal", "%",
         "Resultaat als percentage van de opbrengst, bijv. 2,5% (negatief bij verlies).", minimum=-0.5, maximum=0.5),
)

FUNCTIE_RIJEN: tuple[int, ...] = tuple(range(15, 23))
"""Rijen van de functietabel (kolom B naam, C fte, D loonkosten)."""
FUNCTIE_KOLOMMEN: tuple[Veld, ...] = (
    Veld("naam", "B", "Functie", "tekst", "", "Bijv. pedagogisch medewerker, gedragswetenschapper."),
    Veld("fte", "C", "Fte (gemiddeld)", "getal", "fte", "Gemiddelde formatie in loondienst in het basisjaar.",
         minimum=0.01, maximum=100),
    Veld("loonkosten", "D", "Loonkosten", "bedrag", "EUR/jaar",
         "Brutoloon, vakantiegeld, eindejaarsuitkering en werkgeverslasten; zonder ORT.",
         minimum=0, maximum=MAX_BEDRAG),
)


def functieveld(kolom: Veld, rij: int) -> Veld:
    """Het veld van één cel in de functietabel."""
    return Veld(kolom.sleutel, f"{kolom.cel}{rij}", f"{kolom.label} (rij {rij})", kolom.soort, kolom.eenheid,
                kolom.hulp, True, kolom.minimum, kolom.maximum, kolom.keuzes)


def alle_locatiecellen() -> list[str]:
    """Alle invoercellen van een locatieblad (om te zien of een locatie gebruikt wordt)."""
    return [v.cel for v in LOCATIE_VELDEN] + [f"{k.cel}{r}" for r in FUNCTIE_RIJEN for k in FUNCTIE_KOLOMMEN]
