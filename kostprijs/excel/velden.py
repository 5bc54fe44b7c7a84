"""De invoercellen van het tabblad Uitgangspunten: één tabel die schrijver en lezer allebei volgen.

Elke invoer krijgt een gedefinieerde naam. Losse velden heten ``<voorvoegsel>_<veld>``
(``kwv_bezettingsgraad``), rijen van een tabel ``<voorvoegsel>_<nr>_<kolom>`` (``dienst_2_begin``).
Elke naam bevat een liggend streepje, zodat hij nooit op een (Nederlandse) functienaam of celadres lijkt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kostprijs.core.conventies import WEKEN_PER_JAAR
from kostprijs.inputs import WEEKDAGEN

Soort = Literal["getal", "geheel", "tekst", "keuze", "tijd", "janee", "vlag"]
BLAD = "Uitgangspunten"
BASISBLAD = "_kostprijs_model"
"""Verborgen blad met het geschreven model (A1) en de waarden uit het register (A2), als JSON."""


@dataclass(frozen=True)
class Veld:
    """Eén invoerveld: hoe het heet, wat erin mag en hoe het eruitziet."""

    sleutel: str
    label: str
    soort: Soort
    notatie: str = "getal"
    eenheid: str = ""
    minimum: float | None = None
    maximum: float | None = None
    keuzes: tuple[str, ...] = ()
    verplicht: bool = True
    strikt_boven_minimum: bool = False
    strikt_onder_maximum: bool = False


def _g(sleutel: str, label: str, eenheid: str, lo: float, hi: float, notatie: str = "getal",
       **kw: object) -> Veld:
    return Veld(sleutel, label, "getal", notatie, eenheid, lo, hi, **kw)  # type: ignore[arg-type]


def _fr(sleutel: str, label: str, lo: float = 0, hi: float = 1, **kw: object) -> Veld:
    return Veld(sleutel, label, "getal", "procent", "/1", lo, hi, **kw)  # type: ignore[arg-type]


def _k(sleutel: str, label: str, keuzes: tuple[str, ...]) -> Veld:
    return Veld(sleutel, label, "keuze", "tekst", "keuze", keuzes=keuzes)


JANEE = ("ja", "nee")


@dataclass(frozen=True)
class Sectie:
    """Losse velden onder één kop; ``pad`` is het YAML-pad van het blok, ``voorvoegsel`` dat van de naam."""

    titel: str
    pad: tuple[str, ...]
    voorvoegsel: str
    velden: tuple[Veld, ...]


SECTIES: tuple[Sectie, ...] = (
    Sectie("Woonvoorziening", (), "kwv", (
        Veld("naam", "Naam van de voorziening", "tekst", "tekst"),
        Veld("jaar", "Jaar (prijspeil van de invoer)", "geheel", "geheel", "jaar", 2000, 2100),
        Veld("plaatsen", "Aantal plaatsen", "geheel", "geheel", "plaatsen", 1, 50),
        _fr("bezettingsgraad", "Normbezetting", strikt_boven_minimum=True),
        Veld("dagen_per_jaar", "Dagen per jaar", "geheel", "geheel", "dagen", 365, 366),
    )),
    Sectie("Conventies", ("conventies",), "conventie", (
        _k("weken_per_jaar", "Weken per jaar", tuple(WEKEN_PER_JAAR)),
        _k("overhead_conventie", "Overheadconventie", ("aandeel_totaal", "opslag_direct", "bedrag")),
        _k("risico_grondslag", "Grondslag risico-opslag", ("kostprijs", "tarief")),
        _k("afronding", "Afronding", ("rekenkundig_centen",)),
        _k("bezettingsbasis", "Bezettingsbasis", ("capaciteit",)),
    )),
    Sectie("Overheadgrondslag (ja/nee per component)", ("conventies", "overhead_grondslag"), "grondslag", (
        Veld("personeel", "Personeel in de grondslag", "janee", "tekst", "ja/nee", keuzes=JANEE),
        Veld("clientkosten", "Cliëntkosten in de grondslag", "janee", "tekst", "ja/nee", keuzes=JANEE),
        Veld("huisvesting", "Huisvesting in de grondslag", "janee", "tekst", "ja/nee", keuzes=JANEE),
    )),
    Sectie("Telfactoren rooster", ("rooster", "telfactoren"), "telfactor", (
        _fr("wakker", "Telfactor wakkere dienst", strikt_boven_minimum=True),
        _fr("slaap", "Telfactor slaapdienst"),
        _fr("waak", "Telfactor waakdienst"),
    )),
    Sectie("Productiviteit", ("productiviteit",), "productiviteit", (
        _g("contracturen_per_week", "Contracturen per week", "uur/week", 0, 40, strikt_boven_minimum=True),
        _g("verlofuren", "Verlofuren", "uur/jaar", 0, 2000),
        Veld("feestdagen_op_werkdag", "Feestdagen op een werkdag", "geheel", "geheel", "dagen", 0, 15),
        _g("uren_per_feestdag", "Uren per feestdag", "uur/dag", 0, 12, strikt_boven_minimum=True),
        _fr("verzuimpercentage", "Verzuim", 0, 0.5),
        _g("scholingsuren", "Scholingsuren", "uur/jaar", 0, 2000),
        _g("overleguren", "Overleguren", "uur/jaar", 0, 2000),
        _g("overige_uren", "Overige niet-cliëntgebonden uren", "uur/jaar", 0, 2000),
    )),
    Sectie("Loonkosten", ("loonkosten",), "loonkosten", (
        _fr("vakantietoeslag", "Vakantietoeslag", 0, 0.2),
        _g("vakantietoeslag_minimum_per_maand", "Minimum vakantietoeslag", "EUR/maand", 0, 1e9, "geld"),
        _fr("eindejaarsuitkering", "Eindejaarsuitkering", 0, 0.2),
        _fr("werkgeverslasten", "Werkgeverslasten (leeg bij opbouw uit premies)", 0, 0.6, verplicht=False),
        _fr("overige_personeelskosten", "Overige personeelskosten", 0, 0.3),
    )),
)

ORT_SECTIE = Sectie("ORT-tabel", ("ort_tabel",), "ort_tabel", (
    _g("uurloon_deler", "Deler maandsalaris -> uurloon", "/1", 0, 400, strikt_boven_minimum=True),
    _g("maximum_uurloon", "Maximum uurloon voor ORT", "EUR/uur", 0, 1000, "geld", strikt_boven_minimum=True),
    Veld("doorbetaling_bij_afwezigheid", "ORT doorbetaald bij verlof en verzuim", "janee", "tekst", "ja/nee",
         keuzes=JANEE),
))

_INVESTERING = (
    _g("investering", "Investering", "EUR", 0, 1e9, "geld", strikt_boven_minimum=True),
    _g("afschrijvingstermijn_jaren", "Afschrijvingstermijn", "jaar", 0, 100, strikt_boven_minimum=True),
    _fr("rentepercentage", "Rentepercentage", 0, 0.2),
    _g("restwaarde", "Restwaarde", "EUR", 0, 1e9, "geld"),
    _k("rente_over", "Rente over", ("gemiddeld_vermogen", "boekwaarde")),
)
EIGENDOM_SECTIE = Sectie("Huisvesting: gebouw in eigendom", ("huisvesting", "eigendom"), "eigendom", _INVESTERING)
INVENTARIS_SECTIE = Sectie("Huisvesting: inventaris", ("huisvesting", "inventaris"), "inventaris", _INVESTERING)
HUUR = _g("huur_per_jaar", "Huur", "EUR/jaar", 0, 1e9, "geld")
HUISVESTING_POSTEN = (
    _g("energie_en_water", "Energie en water", "EUR/jaar", 0, 1e9, "geld"),
    _g("onderhoud_en_schoonmaak", "Onderhoud en schoonmaak", "EUR/jaar", 0, 1e9, "geld"),
    _g("verzekeringen_en_belastingen", "Verzekeringen en belastingen", "EUR/jaar", 0, 1e9, "geld"),
    _g("overig", "Overige huisvestingslasten", "EUR/jaar", 0, 1e9, "geld"),
)
OVERHEAD_SECTIE = Sectie("Overhead", ("overhead",), "overhead", (
    _fr("percentage", "Overheadpercentage (leeg bij conventie 'bedrag')", 0, 1, verplicht=False,
        strikt_onder_maximum=True),
    _g("bedrag_per_jaar", "Overheadbedrag (alleen bij conventie 'bedrag')", "EUR/jaar", 0, 1e9, "geld",
       verplicht=False),
))
RISICO_SECTIE = Sectie("Risico en marge", (), "kwv", (_fr("risico_opslag", "Risico-opslag", 0, 0.5),))

_DAGVLAGGEN = tuple(Veld(d, d, "vlag", "vlag", "1/0", 0, 1) for d in WEEKDAGEN)


@dataclass(frozen=True)
class Tabel:
    """Een lijst in het model, één rij per element; kolommen zijn :class:`Veld`-en."""

    titel: str
    pad: tuple[str, ...]
    voorvoegsel: str
    kolommen: tuple[Veld, ...]


DIENSTEN = Tabel("Rooster: diensten (dagen: 1 = de dienst draait die dag)", ("rooster", "diensten"), "dienst", (
    Veld("naam", "Dienst", "tekst", "tekst"),
    Veld("begin", "Begin", "tijd", "tijd", "UU:MM", 0, 1),
    Veld("eind", "Eind", "tijd", "tijd", "UU:MM", 0, 1),
    Veld("personeel", "Medewerkers", "geheel", "geheel", "personen", 1, 20),
    *_DAGVLAGGEN,
    _k("soort", "Soort", ("wakker", "slaap", "waak")),
    Veld("post", "Post (optioneel)", "tekst", "tekst", verplicht=False),
))
FUNCTIES = Tabel("Functies", ("functies",), "functie", (
    Veld("naam", "Functie", "tekst", "tekst"),
    _k("soort", "Soort", ("groep", "vast")),
    _k("amvb", "AMvB", ("a", "b")),
    _g("maandsalaris", "Maandsalaris", "EUR/maand", 0, 100_000, "geld", strikt_boven_minimum=True),
    _g("fte", "Fte (bij vast)", "fte", 0, 100, "fte", verplicht=False, strikt_boven_minimum=True),
    _fr("aandeel_rooster", "Aandeel rooster", verplicht=False, strikt_boven_minimum=True),
    _k("ort_methode", "ORT-methode", ("geen", "percentage", "tabel")),
    _fr("ort_percentage", "ORT-percentage", 0, 0.5, verplicht=False),
    _fr("inhuur_aandeel", "Aandeel inhuur", 0, 1, verplicht=False, strikt_onder_maximum=True),
    _g("inhuur_uurtarief", "Uurtarief inhuur", "EUR/uur", 0, 1000, "geld", verplicht=False,
       strikt_boven_minimum=True),
))
CLIENT_DAG = Tabel("Cliëntkosten per bezet etmaal", ("clientkosten", "per_bezet_etmaal"), "clientkosten_dag", (
    Veld("naam", "Post", "tekst", "tekst"),
    _g("bedrag", "Bedrag", "EUR/bezet etmaal", 0, 10_000, "geld"),
))
CLIENT_VAST = Tabel("Vaste cliëntkosten per jaar", ("clientkosten", "vast_per_jaar"), "clientkosten_vast", (
    Veld("naam", "Post", "tekst", "tekst"),
    _g("bedrag", "Bedrag", "EUR/jaar", 0, 1e9, "geld"),
))
ORT_BANDEN = Tabel("ORT-banden (werken door na `kostprijs lees-excel`)", ("ort_tabel", "banden"), "ort_band", (
    *_DAGVLAGGEN,
    Veld("van", "Van", "tijd", "tijd", "UU:MM", 0, 1),
    Veld("tot", "Tot", "tijd", "tijd", "UU:MM", 0, 1),
    _fr("percentage", "Percentage", strikt_boven_minimum=True),
))
TABELLEN = (DIENSTEN, FUNCTIES, CLIENT_DAG, CLIENT_VAST, ORT_BANDEN)


def naam(voorvoegsel: str, veld: str, nr: int | None = None) -> str:
    """Gedefinieerde naam van een invoercel; ``nr`` telt vanaf 1."""
    return f"{voorvoegsel}_{veld}" if nr is None else f"{voorvoegsel}_{nr}_{veld}"
