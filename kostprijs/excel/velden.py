"""De invoercellen van het tabblad Uitgangspunten: één tabel die schrijver en lezer allebei volgen.

Elke invoer krijgt een gedefinieerde naam. Losse velden heten ``<voorvoegsel>_<veld>``
(``kwv_bezettingsgraad``), rijen van een tabel ``<voorvoegsel>_<nr>_<kolom>`` (``dienst_2_begin``).
Elke naam bevat een liggend streepje, zodat hij nooit op een (Nederlandse) functienaam of celadres lijkt.
Wat een mens ziet (label, eenheid, uitleg, de woorden van een keuzelijst) staat hier in het Nederlands;
de woorden van keuzes komen uit :mod:`kostprijs.keuzes`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kostprijs.inputs import WEEKDAGEN
from kostprijs.keuzes import labels

Soort = Literal["getal", "geheel", "tekst", "keuze", "tijd", "janee", "vlag"]
BLAD = "Uitgangspunten"
BASISBLAD = "_kostprijs_model"
"""Verborgen blad met het geschreven model (A1) en de waarden uit het register (A2), als JSON."""

MIN_DIENSTEN = 12
"""Regels voor diensten op Uitgangspunten, ook als het model er minder heeft (vrije regels)."""
MIN_FUNCTIES = 10
"""Regels voor functies op Uitgangspunten, ook als het model er minder heeft (vrije regels)."""
VRIJ_MINSTENS = 2
"""Vrije regels onder de laatste dienst of functie van een groot model."""


def regels(aantal: int, minimum: int) -> int:
    """Aantal regels van een tabel op Uitgangspunten: het model plus vrije regels, minstens ``minimum``."""
    return max(minimum, aantal + VRIJ_MINSTENS)


@dataclass(frozen=True)
class Veld:
    """Eén invoerveld: hoe het heet, wat erin mag, hoe het eruitziet en wat het betekent."""

    sleutel: str
    label: str
    soort: Soort
    notatie: str = "getal"
    eenheid: str = ""
    minimum: float | None = None
    maximum: float | None = None
    keuzeveld: str | None = None
    """Naam van de keuzelijst in :data:`kostprijs.keuzes.KEUZES` (bij soort ``keuze`` en ``janee``)."""
    verplicht: bool = True
    strikt_boven_minimum: bool = False
    strikt_onder_maximum: bool = False
    uitleg: str = ""
    """Wat de waarde betekent, in woorden (op het blad en in de opmerking bij de cel)."""

    @property
    def keuzes(self) -> tuple[str, ...]:
        """De woorden van de keuzelijst, zoals een mens ze ziet."""
        return labels(self.keuzeveld) if self.keuzeveld else ()


def _g(sleutel: str, label: str, eenheid: str, lo: float, hi: float, notatie: str = "getal",
       **kw: object) -> Veld:
    return Veld(sleutel, label, "getal", notatie, eenheid, lo, hi, **kw)  # type: ignore[arg-type]


def _fr(sleutel: str, label: str, lo: float = 0, hi: float = 1, **kw: object) -> Veld:
    return Veld(sleutel, label, "getal", "procent", "%", lo, hi, **kw)  # type: ignore[arg-type]


def _k(sleutel: str, label: str, keuzeveld: str, **kw: object) -> Veld:
    return Veld(sleutel, label, "keuze", "tekst", "keuze", keuzeveld=keuzeveld, **kw)  # type: ignore[arg-type]


def _jn(sleutel: str, label: str, **kw: object) -> Veld:
    return Veld(sleutel, label, "janee", "tekst", "ja of nee", keuzeveld="janee", **kw)  # type: ignore[arg-type]


EJ = "EUR per jaar"


@dataclass(frozen=True)
class Sectie:
    """Losse velden onder één kop; ``pad`` is het YAML-pad van het blok, ``voorvoegsel`` dat van de naam."""

    titel: str
    pad: tuple[str, ...]
    voorvoegsel: str
    velden: tuple[Veld, ...]


SECTIES: tuple[Sectie, ...] = (
    Sectie("Woonvoorziening", (), "kwv", (
        Veld("naam", "Naam van de voorziening", "tekst", "tekst", uitleg="Staat in de kop van elke pagina."),
        Veld("jaar", "Jaar (prijspeil van de invoer)", "geheel", "geheel", "jaar", 2000, 2100,
             uitleg="Het jaar waarin de bedragen en de CAO-regels gelden."),
        Veld("plaatsen", "Aantal plaatsen", "geheel", "geheel", "plaatsen", 1, 50),
        _fr("bezettingsgraad", "Normbezetting", strikt_boven_minimum=True,
            uitleg="Deel van de plaatsen dat gemiddeld bezet is; het tarief dekt de kosten bij deze bezetting."),
        Veld("dagen_per_jaar", "Dagen per jaar", "geheel", "geheel", "dagen", 365, 366,
             uitleg="365, of 366 in een schrikkeljaar."),
    )),
    Sectie("Conventies", ("conventies",), "conventie", (
        _k("weken_per_jaar", "Weken per jaar", "weken_per_jaar",
           uitleg="Hoe uren per week worden omgerekend naar uren per jaar."),
        _k("overhead_conventie", "Overheadconventie", "overhead_conventie",
           uitleg="Aandeel van het totaal: overhead is dat deel van grondslag plus overhead. Opslag op de "
                  "grondslag: overhead is het percentage maal de grondslag. Vast bedrag: een bedrag per jaar."),
        _k("risico_grondslag", "Grondslag risico en marge", "risico_grondslag",
           uitleg="Opslag op de kostprijs, of een aandeel van het tarief."),
        _k("afronding", "Afronding", "afronding", uitleg="Alleen gerapporteerde bedragen worden afgerond."),
        _k("bezettingsbasis", "Bezettingsbasis", "bezettingsbasis",
           uitleg="Alle plaatsen tellen mee: de normbezetting geldt voor de hele capaciteit."),
    )),
    Sectie("Grondslag van de overhead (ja of nee per component)", ("conventies", "overhead_grondslag"),
           "grondslag", (
               _jn("personeel", "Personeel in de grondslag", uitleg="Ja: de overhead rekent over deze kosten."),
               _jn("clientkosten", "Cliëntkosten in de grondslag", uitleg="Ja: de overhead rekent over deze kosten."),
               _jn("huisvesting", "Huisvesting in de grondslag", uitleg="Ja: de overhead rekent over deze kosten."),
           )),
    Sectie("Telfactoren van het rooster", ("rooster", "telfactoren"), "telfactor", (
        _fr("wakker", "Telfactor wakkere dienst", strikt_boven_minimum=True,
            uitleg="Deel van de uren van een wakkere dienst dat als betaalde tijd telt."),
        _fr("slaap", "Telfactor slaapdienst", uitleg="CAO Jeugdzorg 8.3: de helft van de uren."),
        _fr("waak", "Telfactor waakdienst", uitleg="CAO Jeugdzorg 8.3."),
    )),
    Sectie("Productiviteit", ("productiviteit",), "productiviteit", (
        _g("contracturen_per_week", "Contracturen per week", "uur per week", 0, 40, strikt_boven_minimum=True,
           uitleg="CAO Jeugdzorg 6.1: 36 uur bij een voltijd dienstverband."),
        _g("verlofuren", "Verlofuren", "uur per jaar", 0, 2000, uitleg="CAO Jeugdzorg 9.1 en 9.2."),
        Veld("feestdagen_op_werkdag", "Feestdagen op een werkdag", "geheel", "geheel", "dagen per jaar", 0, 15,
             uitleg="Feestdagen van de CAO-lijst die in het jaar op maandag tot en met vrijdag vallen."),
        _g("uren_per_feestdag", "Uren per feestdag", "uur per dag", 0, 12, strikt_boven_minimum=True,
           uitleg="Bij 36 uur per week 7,2 uur."),
        _fr("verzuimpercentage", "Verzuim", 0, 0.5, uitleg="Ziekteverzuim als deel van de contracturen."),
        _g("scholingsuren", "Scholingsuren", "uur per jaar", 0, 2000),
        _g("overleguren", "Overleguren", "uur per jaar", 0, 2000),
        _g("overige_uren", "Overige niet-cliëntgebonden uren", "uur per jaar", 0, 2000),
    )),
    Sectie("Loonkosten", ("loonkosten",), "loonkosten", (
        _fr("vakantietoeslag", "Vakantietoeslag", 0, 0.2, uitleg="Deel van het basisjaarsalaris (CAO Jeugdzorg 7.3)."),
        _g("vakantietoeslag_minimum_per_maand", "Minimum vakantietoeslag", "EUR per maand", 0, 1e9, "geld",
           uitleg="CAO Jeugdzorg 7.3."),
        _fr("eindejaarsuitkering", "Eindejaarsuitkering", 0, 0.2,
            uitleg="Deel van het basisjaarsalaris (CAO Jeugdzorg 7.2)."),
        _fr("werkgeverslasten", "Werkgeverslasten (leeg bij opbouw uit premies)", 0, 0.6, verplicht=False,
            uitleg="Deel van het bruto jaarloon; leeg als de premies hieronder van onderop zijn opgebouwd."),
        _fr("overige_personeelskosten", "Overige personeelskosten", 0, 0.3, uitleg="Deel van het bruto jaarloon."),
    )),
)

ORT_SECTIE = Sectie("ORT-tabel", ("ort_tabel",), "ort_tabel", (
    _g("uurloon_deler", "Deler maandsalaris naar uurloon", "uur per maand", 0, 400, strikt_boven_minimum=True,
       uitleg="Uurloon = maandsalaris gedeeld door dit getal (vaak 156)."),
    _g("maximum_uurloon", "Maximum uurloon voor ORT", "EUR per uur", 0, 1000, "geld", strikt_boven_minimum=True,
       uitleg="CAO Jeugdzorg 8.1: het uurloon van schaal 5, trede 11."),
    _jn("doorbetaling_bij_afwezigheid", "ORT doorbetaald bij verlof en verzuim",
        uitleg="Ja: ORT ook over verlof- en verzuimuren."),
))

_INVESTERING = (
    _g("investering", "Investering", "EUR", 0, 1e9, "geld", strikt_boven_minimum=True),
    _g("afschrijvingstermijn_jaren", "Afschrijvingstermijn", "jaar", 0, 100, strikt_boven_minimum=True),
    _fr("rentepercentage", "Rentepercentage", 0, 0.2),
    _g("restwaarde", "Restwaarde", "EUR", 0, 1e9, "geld"),
    _k("rente_over", "Rente over", "rente_over",
       uitleg="Gemiddeld vermogen: (investering + restwaarde) / 2; boekwaarde: de investering."),
)
EIGENDOM_SECTIE = Sectie("Huisvesting: gebouw in eigendom", ("huisvesting", "eigendom"), "eigendom", _INVESTERING)
INVENTARIS_SECTIE = Sectie("Huisvesting: inventaris", ("huisvesting", "inventaris"), "inventaris", _INVESTERING)
HUUR = _g("huur_per_jaar", "Huur", EJ, 0, 1e9, "geld")
HUISVESTING_POSTEN = (
    _g("energie_en_water", "Energie en water", EJ, 0, 1e9, "geld"),
    _g("onderhoud_en_schoonmaak", "Onderhoud en schoonmaak", EJ, 0, 1e9, "geld"),
    _g("verzekeringen_en_belastingen", "Verzekeringen en belastingen", EJ, 0, 1e9, "geld"),
    _g("overig", "Overige huisvestingslasten", EJ, 0, 1e9, "geld"),
)
OVERHEAD_SECTIE = Sectie("Overhead", ("overhead",), "overhead", (
    _fr("percentage", "Overheadpercentage (leeg bij een vast bedrag)", 0, 1, verplicht=False,
        strikt_onder_maximum=True, uitleg="In de overheadconventie hierboven."),
    _g("bedrag_per_jaar", "Overheadbedrag (alleen bij een vast bedrag)", EJ, 0, 1e9, "geld",
       verplicht=False),
))
RISICO_SECTIE = Sectie("Risico en marge", (), "kwv", (
    _fr("risico_opslag", "Risico-opslag", 0, 0.5, uitleg="Opslag voor risico en marge, in de grondslag hieronder."),))

_DAGVLAGGEN = tuple(Veld(d, d, "vlag", "vlag", "1 = ja", 0, 1) for d in WEEKDAGEN)


@dataclass(frozen=True)
class Tabel:
    """Een lijst in het model, één rij per element; kolommen zijn :class:`Veld`-en."""

    titel: str
    pad: tuple[str, ...]
    voorvoegsel: str
    kolommen: tuple[Veld, ...]
    uitleg: str = ""


DIENSTEN = Tabel("Rooster: diensten", ("rooster", "diensten"), "dienst", (
    Veld("naam", "Dienst", "tekst", "tekst"),
    Veld("begin", "Begin", "tijd", "tijd", "uu:mm", 0, 1),
    Veld("eind", "Eind", "tijd", "tijd", "uu:mm", 0, 1),
    Veld("personeel", "Medewerkers", "geheel", "geheel", "personen", 1, 20),
    *_DAGVLAGGEN,
    _k("soort", "Soort", "dienst_soort"),
    Veld("post", "Post (mag leeg)", "tekst", "tekst", verplicht=False),
), "Per dag een 1 als de dienst die dag draait. Een lege regel telt niet mee; vul een vrije regel in voor "
   "een extra dienst, of maak een regel helemaal leeg om een dienst te schrappen.")
FUNCTIES = Tabel("Functies", ("functies",), "functie", (
    Veld("naam", "Functie", "tekst", "tekst"),
    _k("soort", "Formatie", "functie_soort"),
    _k("amvb", "AMvB-element", "amvb"),
    _g("maandsalaris", "Maandsalaris", "EUR per maand", 0, 100_000, "geld", strikt_boven_minimum=True),
    _g("fte", "Fte (bij vaste formatie)", "fte", 0, 100, "fte", verplicht=False, strikt_boven_minimum=True),
    _fr("aandeel_rooster", "Aandeel rooster", verplicht=False, strikt_boven_minimum=True),
    _k("ort_methode", "ORT", "ort_methode"),
    _fr("ort_percentage", "ORT-percentage", 0, 0.5, verplicht=False),
    _fr("inhuur_aandeel", "Aandeel inhuur", 0, 1, verplicht=False, strikt_onder_maximum=True),
    _g("inhuur_uurtarief", "Uurtarief inhuur", "EUR per uur", 0, 1000, "geld", verplicht=False,
       strikt_boven_minimum=True),
), "Uit het rooster: de fte volgt uit de roosteruren. Vaste formatie: vul de fte in. Een lege regel telt niet "
   "mee; vul een vrije regel in voor een extra functie.")
CLIENT_DAG = Tabel("Cliëntkosten per bezet etmaal", ("clientkosten", "per_bezet_etmaal"), "clientkosten_dag", (
    Veld("naam", "Post", "tekst", "tekst"),
    _g("bedrag", "Bedrag", "EUR per bezet etmaal", 0, 10_000, "geld"),
))
CLIENT_VAST = Tabel("Vaste cliëntkosten per jaar", ("clientkosten", "vast_per_jaar"), "clientkosten_vast", (
    Veld("naam", "Post", "tekst", "tekst"),
    _g("bedrag", "Bedrag", EJ, 0, 1e9, "geld"),
))
ORT_BANDEN = Tabel("ORT-banden", ("ort_tabel", "banden"), "ort_band", (
    *_DAGVLAGGEN,
    Veld("van", "Van", "tijd", "tijd", "uu:mm", 0, 1),
    Veld("tot", "Tot", "tijd", "tijd", "uu:mm", 0, 1),
    _fr("percentage", "Percentage", strikt_boven_minimum=True),
), "Een gewijzigde band werkt pas door nadat u het werkboek opnieuw laat rekenen met kostprijs lees-excel.")
TABELLEN = (DIENSTEN, FUNCTIES, CLIENT_DAG, CLIENT_VAST, ORT_BANDEN)


def naam(voorvoegsel: str, veld: str, nr: int | None = None) -> str:
    """Gedefinieerde naam van een invoercel; ``nr`` telt vanaf 1."""
    return f"{voorvoegsel}_{veld}" if nr is None else f"{voorvoegsel}_{nr}_{veld}"


def postnaam(sleutel: str) -> str:
    """Een post van het model zoals een mens hem leest: ``voeding_en_leefgeld`` -> ``voeding en leefgeld``."""
    return sleutel.replace("_", " ")
