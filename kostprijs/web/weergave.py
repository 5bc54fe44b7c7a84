"""Wat de pagina van een :class:`kostprijs.Resultaat` toont: kopgetallen, opbouw, AMvB, vast en variabel.

Alleen lezen en opmaken: elke waarde is een :class:`kostprijs.Figuur` uit de tabel van figuren
(:mod:`kostprijs.figuren`), afgerond via :attr:`Figuur.afgerond` (centen, half van nul af). Welke figuren
in welk blok staan, is dezelfde keuze als in ``kostprijs bereken`` (:func:`kostprijs.cli.bereken.opbouw_tekst`).
"""

from __future__ import annotations

from dataclasses import dataclass

from kostprijs.figuren import Groep
from kostprijs.notatie import nl_getal
from kostprijs.oplossen import Herkomst
from kostprijs.results import Figuur, Resultaat
from kostprijs.web import grafiek
from kostprijs.web.start import SUGGESTIE

GROEPEN: dict[Groep, str] = {"uren": "Uren per fte", "formatie": "Rooster en formatie", "personeel": "Personeel",
                             "kosten": "Kosten", "tarief": "Tarief", "amvb": "AMvB-indeling",
                             "financiering": "Vast en variabel"}
KOSTEN = (("personeelskosten_per_jaar", "personeel_per_bezet_etmaal"),
          ("clientkosten_per_jaar", "clientkosten_per_bezet_etmaal"),
          ("huisvesting_per_jaar", "huisvesting_per_bezet_etmaal"),
          ("overhead_per_jaar", "overhead_per_bezet_etmaal"),
          ("kostprijs_per_jaar", "kostprijs_per_bezet_etmaal"),
          ("indexering_per_jaar", "indexering_per_bezet_etmaal"),
          ("risico_per_jaar", "risico_per_bezet_etmaal"),
          ("tariefbudget_per_jaar", "tarief_per_bezet_etmaal"))
AMVB = ("amvb_a_per_bezet_etmaal", "amvb_b_per_bezet_etmaal", "amvb_c_per_bezet_etmaal", "amvb_d_per_bezet_etmaal",
        "amvb_buiten_risico_per_bezet_etmaal", "tarief_per_bezet_etmaal", "amvb_waarvan_leegstand_per_bezet_etmaal")
VAST_VARIABEL = ("vast_per_jaar", "vast_per_plaats_per_jaar", "variabel_per_bezet_etmaal")
KOP = ("tarief_per_bezet_etmaal", "tarief_per_plaats_per_jaar", "tarief_per_plaats_per_maand")


@dataclass(frozen=True)
class Getal:
    """Een figuur zoals de pagina haar toont: sleutel (om uit te leggen), label, tekst en eenheid."""

    sleutel: str
    label: str
    tekst: str
    eenheid: str


def getal(f: Figuur) -> Getal:
    """Een figuur in Nederlandse notatie: geld op centen, fracties als procent, anders 4 decimalen."""
    if f.geld:
        tekst = nl_getal(f.afgerond, 2)
    elif f.eenheid == "/1":
        tekst = f"{nl_getal(100 * f.afgerond, 2)}%"
    else:
        tekst = nl_getal(f.afgerond, 4).rstrip("0").rstrip(",")
    return Getal(f.sleutel, f.omschrijving, tekst, "" if f.eenheid == "/1" else f.eenheid)


@dataclass(frozen=True)
class Weergave:
    """Alles wat ``resultaat.html`` nodig heeft."""

    kop: tuple[Getal, ...]
    kosten: tuple[tuple[Getal, Getal], ...]
    functies: tuple[tuple[str, Getal, Getal, Getal], ...]
    amvb: tuple[Getal, ...]
    vast_variabel: tuple[Getal, ...]
    groepen: tuple[tuple[str, tuple[Getal, ...]], ...]
    conventies: tuple[tuple[str, str], ...]
    bezette_etmalen: str
    grafiek: str


def weergave(r: Resultaat) -> Weergave:
    """De weergave van een resultaat."""
    w = r.figuren
    s = r.structuur
    assert s is not None
    functies = tuple((naam, getal(w[f"fte.{s.functie_sleutel(i)}"]), getal(w[f"kosten_per_fte.{s.functie_sleutel(i)}"]),
                      getal(w[f"personeelskosten_totaal.{s.functie_sleutel(i)}"])) for i, naam in enumerate(s.functies))
    groepen = tuple((titel, tuple(getal(f) for f in w.values() if f.groep == g)) for g, titel in GROEPEN.items())
    return Weergave(
        kop=tuple(getal(w[k]) for k in KOP),
        kosten=tuple((getal(w[j]), getal(w[d])) for j, d in KOSTEN),
        functies=functies,
        amvb=tuple(getal(w[k]) for k in AMVB),
        vast_variabel=tuple(getal(w[k]) for k in VAST_VARIABEL),
        groepen=tuple(g for g in groepen if g[1]),
        conventies=tuple(r.conventies.items()),
        bezette_etmalen=nl_getal(w["bezette_etmalen"].waarde, 0),
        grafiek=bezettingsgrafiek(r),
    )


def bezettingsgrafiek(r: Resultaat) -> str:
    """Tarief per bezet etmaal tegen de bezettingsgraad (50% tot 100%), met de normbezetting gemarkeerd."""
    rij = r.bezettingsrij
    if not rij:
        return ""
    tarief = r.figuur("tarief_per_bezet_etmaal")
    return grafiek.lijnen(
        [grafiek.Reeks("tarief per bezet etmaal", [p.bezettingsgraad for p in rij],
                       [p.tarief_per_bezet_etmaal for p in rij])],
        "Tarief tegen bezettingsgraad", "bezettingsgraad", "EUR per bezet etmaal", grafiek.procent, grafiek.euro,
        (r.bezettingsgraad, tarief.waarde, f"norm {nl_getal(100 * r.bezettingsgraad, 0)}%: "
         f"{nl_getal(tarief.afgerond, 2)}"))


@dataclass(frozen=True)
class Uitleg:
    """Eén figuur uitgelegd: waarde, formule in woorden en Excel, invoer met labels, herkomst, bron."""

    getal: Getal
    formule: str
    excel: str | None
    invoer: tuple[tuple[str, str], ...]
    herkomst: tuple[str, ...]
    bron: str


def uitleg(f: Figuur) -> Uitleg:
    """De uitleg van een figuur voor de pagina (dezelfde gegevens als ``kostprijs bereken --uitleg``)."""
    invoer = tuple((f.invoer_labels.get(k, k), nl_getal(v, 6).rstrip("0").rstrip(",")) for k, v in f.invoer.items())
    return Uitleg(getal(f), f.formule, f.excel, invoer, f.herkomst, f.bron)


@dataclass(frozen=True)
class Status:
    """Herkomst van de waarde in één veld van het formulier."""

    soort: str
    """``register``, ``regio``, ``kalender``, ``definitie``, ``salaristabel``, ``suggestie``, ``eigen`` of ``leeg``."""
    titel: str
    waarde: str = ""


LABELS = {"register": "register", "regio": "regio", "kalender": "kalender", "definitie": "definitie",
          "salaristabel": "salaristabel", "suggestie": "suggestie", "eigen": "eigen", "leeg": ""}


def veldstatus(sleutels: list[tuple[str, bool]], suggesties: set[str],
               herkomst: tuple[Herkomst, ...]) -> dict[str, Status]:
    """Per veld (pad, heeft een waarde): eigen, suggestie, of de herkomst uit register/kalender/definitie."""
    per_veld: dict[str, list[Herkomst]] = {}
    for h in herkomst:
        per_veld.setdefault(h.veld, []).append(h)
    uit = {}
    for sleutel, gevuld in sleutels:
        if gevuld:
            if sleutel in suggesties:
                uit[sleutel] = Status("suggestie", SUGGESTIE)
            else:
                uit[sleutel] = Status("eigen", "uw eigen waarde")
            continue
        lijst = [h for h in per_veld.get(sleutel, []) if h.soort != "eigen"]
        if not lijst:
            uit[sleutel] = Status("leeg", "")
            continue
        getallen = [h.waarde for h in lijst if isinstance(h.waarde, float)]
        waarde = f"{getallen[-1]:.10g}" if getallen else ""
        uit[sleutel] = Status(lijst[0].soort, "\n".join(h.tekst() for h in lijst), waarde)
    return uit
