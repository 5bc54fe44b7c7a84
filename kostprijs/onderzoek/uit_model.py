"""Het uitvraagsjabloon vooraf invullen uit een tariefmodel: de eigen berekening van een aanbieder wordt haar
begroting (``kostprijs sjabloon --uit UIT.xlsx --uit-model MODEL.yaml``).

Alle getallen komen uit het :class:`~kostprijs.results.Resultaat` van het model (de figuren van de
rekenkern); hier worden ze alleen naar de velden van het sjabloon gezet. Zo geeft ``kostprijs inlezen`` op
het vooraf ingevulde sjabloon dezelfde kosten als ``kostprijs bereken`` op het model:

- personeel: per functie de fte en de loonkosten zonder ORT (fte x (kosten per fte - ORT per fte)); de ORT
  van alle functies samen in de cel voor ORT. Werkgeverslasten over de ORT blijven in de loonkosten;
- inhuur: de kosten uit het model, de uren als roosteruren x aandeel rooster x aandeel inhuur;
- huisvesting: huur of kapitaallasten van het gebouw, energie, en onderhoud met verzekeringen en overige
  lasten samen (het sjabloon vraagt die in één cel); inventaris als afschrijving plus rente;
- overhead als bedrag per jaar; bezetting als de normbezetting over de capaciteit;
- resultaat: risico en marge als deel van het tariefbudget.

Wat een model niet weet (de verdeelsleutel van de overhead, een basisjaar) blijft leeg.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import KwvModel, dagnummers, minuten
from kostprijs.keuzes import label
from kostprijs.onderzoek.celkaart import (
    AANBIEDER_VELDEN,
    BLAD_AANBIEDER,
    FUNCTIE_RIJEN,
    LOCATIE_VELDEN,
    LOCATIEBLADEN,
    Veld,
    functiekolommen,
)
from kostprijs.results import Resultaat

NACHT = 3 * 60
"""Een dienst die om 03:00 loopt, is de nachtdienst. [minuten na middernacht]"""


def nachtdienst(model: KwvModel) -> str:
    """Wakend (een wakkere of waakdienst om 03:00), slapend (een slaapdienst) of geen."""
    soorten = set()
    for d in model.rooster.diensten:
        begin = minuten(d.begin)
        duur = round(d.duur_uren * 60)
        for dag in dagnummers(d.dagen):
            start = dag * 1440 + begin
            if any(start <= m < start + duur for m in (n * 1440 + NACHT for n in range(8))):
                soorten.add(d.soort)
    if soorten & {"wakker", "waak"}:
        return "wakend"
    return "slapend" if "slaap" in soorten else "geen"


def _cel(veld: Veld, waarde: Any) -> tuple[str, Any]:
    return veld.cel, label(veld.keuzeveld, waarde) if veld.keuzeveld and isinstance(waarde, str) else waarde


def vooraf_uit_model(model: KwvModel, res: Resultaat) -> dict[str, dict[str, Any]]:
    """De cellen van het sjabloon (blad -> cel -> waarde) voor de begroting van ``model`` op Locatie 1.

    Raises
    ------
    InvoerFout
        Als het model meer functies heeft dan de functietabel van het sjabloon.
    """
    s, w = res.structuur, res.waarde
    assert s is not None and res.kern is not None and res.opbouw is not None
    if len(s.functies) > len(FUNCTIE_RIJEN):
        raise InvoerFout([Melding("functies", f"het model heeft {len(s.functies)} functies; het sjabloon heeft "
                                              f"plaats voor {len(FUNCTIE_RIJEN)}")])
    aanbieder = {v.sleutel: v for v in AANBIEDER_VELDEN}
    loc = {v.sleutel: v.voor("begroting") for v in LOCATIE_VELDEN}
    k, o = res.kern, res.opbouw
    ort = [float(o.functies.fte[i] * o.functies.ort[i]) for i in range(len(s.functies))]
    aandeel, inhuur = np.asarray(k.functie_aandeel_rooster, float), np.asarray(k.functie_inhuur_aandeel, float)
    inhuur_uren = float(np.sum(o.uren.roosteruren * aandeel * inhuur))
    gebouw = w("huisvesting.afschrijving_gebouw") + w("huisvesting.rente_gebouw") if s.gebouw else None
    inventaris = w("huisvesting.afschrijving_inventaris") + w("huisvesting.rente_inventaris") if s.inventaris else 0.0
    h = model.huisvesting
    waarden = {
        "naam": model.naam, "plaatsen": model.plaatsen, "bezettingsgraad": model.bezettingsgraad,
        "bezettingsbasis": "capaciteit", "nachtdienst": nachtdienst(model),
        "roosteruren_per_week": sum(d.duur_uren * d.personeel * len(dagnummers(d.dagen))
                                    for d in model.rooster.diensten),
        "verzuimpercentage": float(np.asarray(k.verzuimpercentage, float)), "ort_betaald": sum(ort),
        "inhuur_uren": inhuur_uren,
        "inhuur_kosten": sum(w(f"inhuurkosten.{s.functie_sleutel(i)}") for i in range(len(s.functies))
                             if s.functie_inhuur[i]),
        "clientkosten": w("clientkosten_per_jaar"), "huisvesting_soort": "huur" if s.huur else "eigendom",
        "huur": h.huur_per_jaar, "kapitaallasten": gebouw, "energie": h.energie_en_water,
        "onderhoud": h.onderhoud_en_schoonmaak + h.verzekeringen_en_belastingen + h.overig, "inventaris": inventaris,
        "overhead_opgave": "bedrag", "overhead_bedrag": w("overhead_per_jaar"),
        "resultaat_percentage": w("risico_per_jaar") / w("tariefbudget_per_jaar"),
    }
    blad: dict[str, Any] = dict(_cel(loc[sleutel], waarde) for sleutel, waarde in waarden.items() if waarde is not None)
    kolommen = {kol.sleutel: kol for kol in functiekolommen("begroting")}
    for i, rij in enumerate(FUNCTIE_RIJEN[:len(s.functies)]):
        fte = float(o.functies.fte[i])
        blad[f"{kolommen['naam'].cel}{rij}"] = s.functies[i]
        blad[f"{kolommen['fte'].cel}{rij}"] = fte
        blad[f"{kolommen['loonkosten'].cel}{rij}"] = w(f"personeelskosten.{s.functie_sleutel(i)}") - ort[i]
    eigen = dict([_cel(aanbieder["aanbieder"], model.naam),
                  _cel(aanbieder["uren_per_week_fte"], float(np.asarray(k.contracturen_per_week, float))),
                  _cel(aanbieder["weken_per_jaar"], model.conventies.weken_per_jaar),
                  _cel(aanbieder["begrotingsjaar"], model.jaar)])
    return {BLAD_AANBIEDER: eigen, LOCATIEBLADEN[0]: blad}
