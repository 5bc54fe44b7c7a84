"""Van onderzoek naar tarief: het normatieve voorstel als volledig tariefmodel (YAML en werkboek).

Het voorstel (:mod:`.voorstel`) geeft de kostprijs per bezet etmaal per component. Hier wordt dat een
:class:`~kostprijs.inputs.KwvModel` van een "normwoning", zodat de norm van de regio dezelfde weg gaat als
elke woning: met risico en marge, indexering naar het tariefjaar, de AMvB-indeling a-d, een werkboek met
live formules, uitleg en afdruk. Het model reproduceert de bedragen van het voorstel per bezet etmaal op de
cent (een test bewaakt dat). De opbouw, alle keuzes staan ook als commentaar in de YAML:

- plaatsen: de mediaan van het aantal plaatsen per locatie in het onderzoek (het tarief per bezet etmaal
  hangt er niet van af); bezettingsgraad: de normbezetting; dagen: het jaar van de opgaven;
- rooster: één wakkere dienst per dag met de mediane roosteruren per plaats per week uit het onderzoek
  (op hele minuten); productiviteit in de jaarurenbasis van de regio zonder aftrek (de fte is dan bruto);
- personeel: één groepsfunctie (AMvB a) waarvan het maandbedrag per fte zo is gekozen dat de
  personeelskosten gelijk zijn aan het voorstel; vakantietoeslag, eindejaarsuitkering, werkgeverslasten
  en overige personeelskosten zitten daar al in (0 in het model). Inhuur: het deel van de kosten dat het
  voorstel aan inhuur toekent, met het uurtarief dat die kosten geeft;
- cliëntkosten per bezet etmaal en huisvesting per jaar (als één bedrag onder huur) uit het voorstel;
- overhead: de norm van de regio in haar conventie en grondslag;
- risico en marge, en de indexering, zijn keuzes van de regio (opdrachtregel).

De fte waarmee het maandbedrag wordt bepaald, rekent de kern (een eerste berekening met een voorlopig
bedrag): dit module rekent zelf geen figuur uit.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from typing import Any

from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import KwvModel, figuursleutel
from kostprijs.keuzes import COMPONENTEN
from kostprijs.onderzoek.celkaart import SOORTNAAM
from kostprijs.onderzoek.definities import Regiodefinities
from kostprijs.onderzoek.studie import Deel
from kostprijs.onderzoek.voorstel import Voorstel

PERSONEEL = "Personeel (norm uit het onderzoek)"
DIENST = "Groepsdienst (norm)"
BEGIN = 7 * 60
"""De normdienst begint om 07:00. [minuten na middernacht]"""
GRONDSLAG_MODEL: dict[str, list[str]] = {
    "personeel": ["personeel"],
    "personeel_clientkosten": ["personeel", "clientkosten"],
    "alle_directe_kosten": ["personeel", "clientkosten", "huisvesting"],
}
"""De grondslag van de regio in de componenten van het model (het personeel van het model bevat de inhuur)."""


def _g15(x: float) -> float:
    """Op 15 significante cijfers: wat Excel van een getal toont en bij invoer bewaart, zodat het normmodel
    als YAML en in het werkboek dezelfde getallen leest. Het verschil is hoogstens een paar eenheden in het
    15e cijfer, ver onder de cent."""
    return float(f"{x:.15g}")


def _tijd(minuten: int) -> str:
    return f"{(minuten // 60) % 24:02d}:{minuten % 60:02d}"


def _regel(v: Voorstel, component: str) -> float:
    return next(r.per_bezet_etmaal for r in v.regels if r.component == component)


def jaar_van(deel: Deel) -> int:
    """Het prijspeil: het jaar dat de meeste aanbieders opgaven (bij gelijke aantallen het laatste)."""
    tellen = Counter(a.basisjaar for a in deel.aanbieders)
    return max(tellen, key=lambda j: (tellen[j], j))


def _rooster(uren_per_week: float) -> tuple[dict[str, Any], float]:
    """Eén wakkere dienst per dag met ``uren_per_week`` (op hele minuten); geeft de dienst en de uren per week."""
    per_dag = uren_per_week / 7
    personeel = max(1, math.ceil(per_dag / 23.5))
    minuten = max(1, round(per_dag / personeel * 60))
    dienst = {"naam": DIENST, "begin": _tijd(BEGIN), "eind": _tijd(BEGIN + minuten), "personeel": personeel,
              "dagen": "alle", "soort": "wakker"}
    return dienst, minuten / 60 * personeel * 7


def normmodel(deel: Deel, regio: Regiodefinities, risico: float,
              indexering: dict[str, Any] | None = None) -> KwvModel:
    """Het voorstel van ``deel`` als tariefmodel, met risico-opslag ``risico`` [/1] op de kostprijs.

    ``indexering`` is een blok ``indexering`` van het model (bijv. ``{"methode": "vng_gewogen", "vng_jaar":
    2026}``), of ``None`` (geen indexering, element d = 0).

    Raises
    ------
    InvoerFout
        Als het deel geen voorstel heeft, of als het model niet geldig is (bijv. een risico van 0,6).
    """
    from kostprijs.model import bereken

    v = deel.voorstel
    if not isinstance(v, Voorstel):
        raise InvoerFout([Melding("--normbezetting/--overheadnorm", "er is geen voorstel om een tariefmodel van "
                                  f"te maken ({v or 'geef --normbezetting en --overheadnorm'})")])
    data = _modeldata(deel, regio, v, risico, indexering)
    eerste = bereken(_geldig(data))
    sleutel = figuursleutel(PERSONEEL)
    fte = eerste.waarde(f"fte.{sleutel}")
    etmalen = eerste.waarde("bezette_etmalen")
    personeel, inhuur = _regel(v, "personeel"), _regel(v, "inhuur")
    functie = data["functies"][0]
    functie["maandsalaris"] = _g15(personeel * etmalen / (12 * fte))
    if inhuur > 0:
        roosteruren = eerste.waarde("roosteruren_per_jaar")
        functie["inhuur"]["uurtarief"] = _g15(inhuur * etmalen
                                              / (roosteruren * functie["inhuur"]["aandeel_roosteruren"]))
    data["huisvesting"]["huur_per_jaar"] = _g15(_regel(v, "huisvesting") * etmalen)
    return _geldig(data)


def _geldig(data: dict[str, Any]) -> KwvModel:
    from pydantic import ValidationError

    try:
        return KwvModel.model_validate(data)
    except ValidationError as e:
        raise InvoerFout([Melding(".".join(map(str, f["loc"])), f["msg"]) for f in e.errors()],
                         "tariefmodel uit het onderzoek") from None


def _modeldata(deel: Deel, regio: Regiodefinities, v: Voorstel, risico: float,
               indexering: dict[str, Any] | None) -> dict[str, Any]:
    jaar = jaar_van(deel)
    plaatsen = max(1, round(statistics.median(loc.plaatsen for a in deel.aanbieders for loc in a.locaties)))
    uren = deel.spreiding["alle"]["roosteruren_per_plaats_per_week"].mediaan
    if uren is None:
        raise InvoerFout([Melding("onderzoek", "te weinig aanbieders voor de mediane roosteruren")])
    dienst, _ = _rooster(uren * plaatsen)
    personeel, inhuur = _regel(v, "personeel"), _regel(v, "inhuur")
    functie: dict[str, Any] = {"naam": PERSONEEL, "soort": "groep", "amvb": "a", "maandsalaris": 1000.0}
    if inhuur > 0:
        functie["inhuur"] = {"aandeel_roosteruren": _g15(inhuur / (personeel + inhuur)), "uurtarief": 1.0}
    data: dict[str, Any] = {
        "naam": f"Normtarief kostprijsonderzoek ({SOORTNAAM[deel.soort].lower()} {jaar})",
        "jaar": jaar, "plaatsen": plaatsen, "bezettingsgraad": _g15(v.normen.bezettingsgraad),
        "dagen_per_jaar": 366 if jaar % 4 == 0 and (jaar % 100 != 0 or jaar % 400 == 0) else 365,
        "conventies": {"weken_per_jaar": regio.weken_per_jaar, "overhead_conventie": regio.overhead_conventie,
                       "overhead_grondslag": GRONDSLAG_MODEL[regio.overhead_grondslag],
                       "risico_grondslag": "kostprijs", "afronding": "rekenkundig_centen",
                       "bezettingsbasis": "capaciteit"},
        "rooster": {"diensten": [dienst]},
        "productiviteit": {"contracturen_per_week": regio.uren_per_week_fte, "verlofuren": 0,
                           "feestdagen_op_werkdag": 0, "uren_per_feestdag": regio.uren_per_week_fte / 5,
                           "verzuimpercentage": 0, "scholingsuren": 0, "overleguren": 0},
        "loonkosten": {"vakantietoeslag": 0, "vakantietoeslag_minimum_per_maand": 0, "eindejaarsuitkering": 0,
                       "werkgeverslasten": 0, "overige_personeelskosten": 0},
        "functies": [functie],
        "clientkosten": {"per_bezet_etmaal": {"cliëntkosten (norm)": _g15(_regel(v, "clientkosten"))}},
        "huisvesting": {"huur_per_jaar": 0, "energie_en_water": 0, "onderhoud_en_schoonmaak": 0,
                        "verzekeringen_en_belastingen": 0, "overig": 0},
        "overhead": {"percentage": _g15(v.normen.overhead_aandeel)},
        "risico_opslag": risico,
    }
    if indexering is not None:
        data["indexering"] = indexering
    return data


def normmodel_yaml(model: KwvModel, deel: Deel) -> str:
    """Het normmodel als YAML met uitleg in commentaar (leesbaar met :func:`kostprijs.lees_model`)."""
    from kostprijs.io.model_uitvoer import model_yaml

    v = deel.voorstel
    assert isinstance(v, Voorstel)
    kop = [
        f"# Normtarief uit het kostprijsonderzoek ({SOORTNAAM[deel.soort].lower()}, {len(deel.aanbieders)} "
        "aanbieders), geschreven door kostprijs onderzoek.",
        "# De bedragen per bezet etmaal zijn die van het voorstel (tabblad Voorstel van het rapport):",
        *(f"#   {COMPONENTEN.get(r.component, r.component)}: {r.formule}" for r in v.regels),
        f"#   kostprijs per bezet etmaal: {v.tarief_afgerond:.2f}".replace(".", ","),
        "# Zo is het voorstel een model geworden:",
        "# - rooster: één wakkere dienst per dag met de mediane roosteruren per plaats per week uit het onderzoek;",
        "# - productiviteit in de jaarurenbasis van de regio zonder aftrek (de fte is bruto);",
        "# - het maandsalaris is het bedrag per fte per maand dat de personeelskosten van het voorstel geeft;",
        "#   vakantietoeslag, eindejaarsuitkering, werkgeverslasten en overige personeelskosten zitten daarin;",
        "# - huisvesting staat als één bedrag onder huur; overhead is de norm van de regio;",
        "# - risico en marge en de indexering zijn keuzes van de regio.",
    ]
    return model_yaml(model, "\n".join(regel.removeprefix("# ") for regel in kop))
