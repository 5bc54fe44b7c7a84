"""Assen van een raster: welk invoerveld een as verandert en welke waarden daar mogen.

Een as heet naar het veld in het YAML-model (``bezettingsgraad``, ``overhead.percentage``,
``huisvesting.huur_per_jaar``, ``functies.groepsleiding.maandsalaris``, ``rooster.diensten.nacht.personeel``)
en wijst naar één plaats in :class:`kostprijs.core.keten.KernInvoer`: een veld, en bij een veld met een
as (dienst, functie, post, investering) de plaats daarop. Zo broadcast een raster over elke invoer door
dezelfde keten als één scenario. De waarden worden in één keer met numpy gecontroleerd.

Twee verzamelassen blijven bestaan voor gemak en voor de tornado: ``huisvesting`` (het totaal van de
huisvestingsposten) en ``clientkosten_per_bezet_etmaal`` (het totaal van de posten per etmaal); die
schalen alle posten naar het gevraagde totaal. ``overhead_opslag`` zet de overhead als opslag op de
grondslag, los van de conventie van het model.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from kostprijs.core import keten
from kostprijs.core.keten import KernInvoer, Keten, Opbouw
from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import figuursleutel
from kostprijs.oplossen import Structuur

Arr = NDArray[np.float64]
MAX_WAARDEN = 10_000_000


@dataclass(frozen=True)
class Grenzen:
    """Toegestane waarden van een as, met de Nederlandse uitleg als een waarde erbuiten valt."""

    laag: float = 0.0
    hoog: float = 1e9
    laag_open: bool = False
    hoog_open: bool = False
    geheel: bool = False
    tekst: str = "negatieve waarden kunnen niet voor deze invoer"

    def fout(self, w: Arr) -> bool:
        """Of een van de waarden buiten de grenzen valt."""
        onder = w <= self.laag if self.laag_open else w < self.laag
        boven = w >= self.hoog if self.hoog_open else w > self.hoog
        return bool(np.any(onder | boven) or (self.geheel and np.any(w != np.round(w))))


BEDRAG = Grenzen()
FRACTIE = Grenzen(0.0, 1.0, tekst="een fractie ligt tussen 0 en 1 (0.85 voor 85%)")
OPSLAG = Grenzen(0.0, 5.0, tekst="een opslag ligt tussen 0 en 5 (fractie: 0.03 voor 3%)")
INDEX = Grenzen(-1.0, 5.0, laag_open=True, tekst="een index ligt boven -1 (fractie: 0.04 voor 4%)")
UREN = Grenzen(0.0, 8784.0, tekst="uren liggen tussen 0 en 8.784 per jaar")


@dataclass(frozen=True)
class As:
    """Eén as: de velden van de kern die ze verandert, en hoe."""

    naam: str
    velden: tuple[tuple[str, int | None], ...]
    """(veld van de kern, plaats op zijn as of ``None``)."""
    grenzen: Grenzen
    totaal: str = ""
    """Verzamelas: de waarden zijn een nieuw totaal van dit veld van de opbouw (bijv. ``huisvesting``); alle
    velden schalen mee. Alle velden zijn lineair in dat totaal (huur, posten, investering en restwaarde)."""
    vast: tuple[tuple[str, float], ...] = ()
    """Velden die bij deze as een vaste waarde krijgen (bijv. de conventie bij ``overhead_opslag``)."""

    def basis(self, kern: KernInvoer) -> float:
        """De waarde van de as in het model zelf (bij een verzamelas het totaal uit de opbouw)."""
        if self.totaal:
            return float(np.asarray(getattr(Keten(kern), self.totaal)))
        return float(sum(_lees(kern, v, i) for v, i in self.velden))


def _lees(kern: KernInvoer, veld: str, index: int | None) -> float:
    w = np.asarray(getattr(kern, veld), dtype=float)
    return float(w[..., index] if index is not None else w)


_ENKEL: dict[str, tuple[str, Grenzen]] = {
    "bezettingsgraad": ("bezettingsgraad", Grenzen(0.0, 1.0, laag_open=True, tekst=(
        "een bezettingsgraad ligt tussen 0 (niet inbegrepen) en 1, als fractie (0.85)"))),
    "plaatsen": ("plaatsen", Grenzen(1.0, 50.0, geheel=True, tekst="plaatsen zijn hele getallen vanaf 1")),
    "dagen_per_jaar": ("dagen_per_jaar", Grenzen(365.0, 366.0, geheel=True, tekst="dagen per jaar is 365 of 366")),
    "risico_opslag": ("risico_percentage", OPSLAG),
    "index_loon": ("index_loon", INDEX),
    "index_prijs": ("index_prijs", INDEX),
    "overhead.percentage": ("overhead_percentage", Grenzen(0.0, 1.0, hoog_open=True, tekst=(
        "een overheadpercentage ligt tussen 0 en 1 (fractie: 0.25 voor 25%)"))),
    "overhead.bedrag_per_jaar": ("overhead_bedrag_per_jaar", BEDRAG),
    "productiviteit.contracturen_per_week": ("contracturen_per_week", Grenzen(0.0, 40.0, laag_open=True, tekst=(
        "contracturen per week liggen tussen 0 en 40"))),
    "productiviteit.verlofuren": ("verlofuren", UREN),
    "productiviteit.feestdagen_op_werkdag": ("feestdagen_op_werkdag", Grenzen(0.0, 15.0, tekst=(
        "feestdagen op een werkdag: 0 tot 15"))),
    "productiviteit.uren_per_feestdag": ("uren_per_feestdag", Grenzen(0.0, 12.0, laag_open=True, tekst=(
        "uren per feestdag liggen tussen 0 en 12"))),
    "productiviteit.verzuimpercentage": ("verzuimpercentage", Grenzen(0.0, 0.5, tekst=(
        "verzuim ligt tussen 0 en 0.5 (fractie)"))),
    "productiviteit.scholingsuren": ("scholingsuren", UREN),
    "productiviteit.overleguren": ("overleguren", UREN),
    "productiviteit.overige_uren": ("overige_uren", UREN),
    "loonkosten.vakantietoeslag": ("vakantietoeslag", FRACTIE),
    "loonkosten.vakantietoeslag_minimum_per_maand": ("vakantietoeslag_minimum_per_maand", BEDRAG),
    "loonkosten.eindejaarsuitkering": ("eindejaarsuitkering", FRACTIE),
    "loonkosten.werkgeverslasten": ("werkgeverslasten_percentage", FRACTIE),
    "loonkosten.overige_personeelskosten": ("overige_personeelskosten", FRACTIE),
    "huisvesting.huur_per_jaar": ("huur_per_jaar", BEDRAG),
    "huisvesting.energie_en_water": ("energie_en_water", BEDRAG),
    "huisvesting.onderhoud_en_schoonmaak": ("onderhoud_en_schoonmaak", BEDRAG),
    "huisvesting.verzekeringen_en_belastingen": ("verzekeringen_en_belastingen", BEDRAG),
    "huisvesting.overig": ("overige_huisvesting", BEDRAG),
    "ort_tabel.maximum_uurloon": ("ort_maximum_uurloon", BEDRAG),
    "ort_tabel.uurloon_deler": ("ort_uurloon_deler", Grenzen(0.0, 400.0, laag_open=True, tekst=(
        "de deler ligt tussen 0 en 400"))),
}
"""Assen met één getal per scenario: YAML-naam -> (veld van de kern, grenzen)."""

_INVESTERING: dict[str, tuple[str, Grenzen]] = {
    "investering": ("investering", BEDRAG),
    "afschrijvingstermijn_jaren": ("afschrijvingstermijn_jaren", Grenzen(0.0, 100.0, laag_open=True, tekst=(
        "een afschrijvingstermijn ligt tussen 0 en 100 jaar"))),
    "rentepercentage": ("rentepercentage", Grenzen(0.0, 0.2, tekst="een rentepercentage ligt tussen 0 en 0.2")),
    "restwaarde": ("restwaarde", BEDRAG),
}

_FUNCTIE: dict[str, tuple[str, Grenzen]] = {
    "maandsalaris": ("functie_maandsalaris", Grenzen(0.0, 100_000.0, laag_open=True, tekst=(
        "een maandsalaris ligt tussen 0 en 100.000 euro"))),
    "fte": ("functie_fte_vast", Grenzen(0.0, 100.0, tekst="een formatie ligt tussen 0 en 100 fte")),
    "aandeel_rooster": ("functie_aandeel_rooster", FRACTIE),
    "ort.percentage": ("functie_ort_percentage", Grenzen(0.0, 0.5, tekst="een ORT-percentage ligt tussen 0 en 0.5")),
    "inhuur.aandeel_roosteruren": ("functie_inhuur_aandeel", Grenzen(0.0, 1.0, hoog_open=True, tekst=(
        "een aandeel inhuur ligt tussen 0 en 1 (1 niet inbegrepen)"))),
    "inhuur.uurtarief": ("functie_inhuur_uurtarief", Grenzen(0.0, 1000.0, tekst=(
        "een uurtarief ligt tussen 0 en 1.000"))),
}

_DIENST: dict[str, tuple[str, Grenzen]] = {
    "personeel": ("dienst_personeel", Grenzen(0.0, 20.0, tekst="medewerkers tegelijk: 0 tot 20")),
}


def namen(s: Structuur) -> list[str]:
    """Alle asnamen voor dit model (voor meldingen en documentatie)."""
    uit = [*_ENKEL, "huisvesting", "clientkosten_per_bezet_etmaal", "overhead_opslag"]
    for soort, heeft in (("eigendom", s.gebouw), ("inventaris", s.inventaris)):
        if heeft:
            uit += [f"huisvesting.{soort}.{k}" for k in _INVESTERING]
    uit += [f"clientkosten.per_bezet_etmaal.{p}" for p in s.posten_per_etmaal]
    uit += [f"clientkosten.vast_per_jaar.{p}" for p in s.posten_vast]
    for f in s.functies:
        uit += [f"maandsalaris.{f}", *(f"functies.{f}.{k}" for k in _FUNCTIE)]
    uit += [f"rooster.diensten.{d}.{k}" for d in s.diensten for k in _DIENST]
    return uit


def _plaats(naam: str, lijst: Sequence[str], wat: str) -> int:
    sleutels = [figuursleutel(x) for x in lijst]
    if figuursleutel(naam) in sleutels:
        return sleutels.index(figuursleutel(naam))
    raise InvoerFout([Melding(f"raster.{naam}", f"{wat} '{naam}' bestaat niet; kies uit {', '.join(lijst)}")])


def enkel(naam: str) -> As:
    """Een as met één getal per scenario (zonder model op te lossen), bijv. ``bezettingsgraad``."""
    veld, g = _ENKEL[naam]
    return As(naam, ((veld, None),), g)


def zoek(naam: str, s: Structuur) -> As:
    """De as met deze naam voor dit model; een onbekende naam geeft een Nederlandse fout met suggestie."""
    if naam in _ENKEL:
        return enkel(naam)
    if naam == "huisvesting":
        return As(naam, (("huur_per_jaar", None), ("energie_en_water", None), ("onderhoud_en_schoonmaak", None),
                         ("verzekeringen_en_belastingen", None), ("overige_huisvesting", None),
                         ("investering", 0), ("restwaarde", 0), ("investering", 1), ("restwaarde", 1)),
                  BEDRAG, totaal="huisvesting")
    if naam == "clientkosten_per_bezet_etmaal":
        return As(naam, tuple(("clientkosten_per_bezet_etmaal", i) for i in range(len(s.posten_per_etmaal))),
                  BEDRAG, totaal="clientkosten_per_bezet_etmaal")
    if naam == "overhead_opslag":
        return As(naam, (("overhead_percentage", None),), OPSLAG, vast=(("overhead_is_aandeel", 0.0),))
    deel = naam.split(".")
    if naam.startswith("maandsalaris.") and len(deel) >= 2:
        return _functie(".".join(deel[1:]), "maandsalaris", naam, s)
    if deel[0] == "functies" and len(deel) >= 3:
        for kenmerk in _FUNCTIE:
            if naam.endswith("." + kenmerk) and len(naam) > len(f"functies..{kenmerk}"):
                return _functie(naam[len("functies."):-len(kenmerk) - 1], kenmerk, naam, s)
    if naam.startswith("huisvesting.") and len(deel) == 3 and deel[1] in ("eigendom", "inventaris") \
            and deel[2] in _INVESTERING:
        veld, g = _INVESTERING[deel[2]]
        return As(naam, ((veld, 0 if deel[1] == "eigendom" else 1),), g)
    if naam.startswith("clientkosten.") and len(deel) >= 3 and deel[1] in ("per_bezet_etmaal", "vast_per_jaar"):
        posten = s.posten_per_etmaal if deel[1] == "per_bezet_etmaal" else s.posten_vast
        veld = "clientkosten_per_bezet_etmaal" if deel[1] == "per_bezet_etmaal" else "clientkosten_vast_per_jaar"
        return As(naam, ((veld, _plaats(".".join(deel[2:]), posten, "post")),), BEDRAG)
    if naam.startswith("rooster.diensten.") and len(deel) >= 4 and deel[-1] in _DIENST:
        veld, g = _DIENST[deel[-1]]
        return As(naam, ((veld, _plaats(".".join(deel[2:-1]), s.diensten, "dienst")),), g)
    bijna = difflib.get_close_matches(naam, namen(s), n=3, cutoff=0.6)
    hint = f"; bedoelt u {', '.join(bijna)}?" if bijna else ""
    raise InvoerFout([Melding(f"raster.{naam}", f"onbekende as '{naam}'{hint} Mogelijk: bezettingsgraad, plaatsen, "
                              "risico_opslag, overhead.percentage, huisvesting.<post>, maandsalaris.<functie>, "
                              "functies.<functie>.<veld>, rooster.diensten.<dienst>.personeel (docs/bezetting.md)")])


def _functie(functie: str, kenmerk: str, naam: str, s: Structuur) -> As:
    veld, g = _FUNCTIE[kenmerk]
    try:
        i = _plaats(functie, s.functies, "functie")
    except InvoerFout:
        raise InvoerFout([Melding(naam, f"functie '{functie}' bestaat niet; kies uit {', '.join(s.functies)}")]) \
            from None
    return As(naam, ((veld, i),), g)


def controleer(a: As, waarden: Sequence[float] | Arr, plaats: str | None = None) -> Arr:
    """De waarden van as ``a`` als float-array, gecontroleerd in één keer (numpy); fout met plaats."""
    w = np.asarray(waarden, dtype=float).ravel()
    plaats = plaats or f"raster.{a.naam}"
    if w.size == 0:
        raise InvoerFout([Melding(plaats, "geef minstens 1 waarde")])
    if w.size > MAX_WAARDEN:
        raise InvoerFout([Melding(plaats, f"hoogstens {MAX_WAARDEN:,} waarden per as".replace(",", "."))])
    if not np.all(np.isfinite(w)):
        raise InvoerFout([Melding(plaats, "alleen eindige getallen (geen NaN of oneindig)")])
    if a.grenzen.fout(w):
        raise InvoerFout([Melding(plaats, a.grenzen.tekst)])
    return w


def zet(kern: KernInvoer, a: As, waarden: Arr) -> KernInvoer:
    """De kern met as ``a`` op ``waarden`` (een array met de vorm van het raster; broadcast)."""
    nieuw: dict[str, object] = {veld: w for veld, w in a.vast}
    totaal = a.basis(kern) if a.totaal else 0.0
    factor = waarden / totaal if totaal != 0 else None
    for veld, index in a.velden:
        basis = np.asarray(nieuw.get(veld, getattr(kern, veld)), dtype=float)
        if a.totaal:
            if factor is None:
                raise InvoerFout([Melding(f"raster.{a.naam}", "het totaal in het model is 0; een verzamelas schaalt "
                                          "de posten en kan dat niet vanaf 0; kies een post")])
            waarde = (basis[..., index] if index is not None else basis) * factor
        else:
            waarde = waarden
        if index is None:
            nieuw[veld] = waarde
        else:
            masker = np.arange(basis.shape[-1]) == index
            nieuw[veld] = np.where(masker, np.asarray(waarde)[..., None], basis)
    return keten.vervang(kern, **nieuw)  # type: ignore[arg-type]


UITKOMSTEN = ("bezette_etmalen", "personeel", "overhead", "kostprijs", "tariefbudget", "tarief_per_bezet_etmaal",
              "vast_per_jaar", "variabel_per_bezet_etmaal", "leegstand_per_bezet_etmaal")
"""Standaarduitkomsten van een raster (velden van :class:`kostprijs.core.keten.Opbouw`)."""

MOGELIJK: tuple[str, ...] = tuple(u for u in keten.UITKOMSTEN if u not in ("afschrijving", "rente"))
"""Elke uitkomst die een raster kan geven: de velden van de opbouw met één getal per scenario."""


def uitkomsten(ob: Opbouw, vorm: tuple[int, ...], gevraagd: Sequence[str] = UITKOMSTEN) -> dict[str, Arr]:
    """De gevraagde uitkomsten van een opbouw, elk met de vorm van het raster."""
    return {u: np.broadcast_to(np.asarray(getattr(ob, u), dtype=float), vorm) for u in gevraagd}
