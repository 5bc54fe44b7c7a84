"""Maak een synthetisch kostprijsonderzoek: ingevulde sjablonen met bekende werkelijke kosten.

Gebruik::

    python scripts/maak_synthetische_studie.py MAP [--aantal 12] [--zaad 2026]

Elke aanbieder krijgt 1 tot 3 locaties met willekeurige (maar plausibele) kosten. Een deel van de
aanbieders geeft andere definities op dan de regio (52 weken en 38 uur per fte; bezettingsgraad over
beschikbare plaatsen; overhead als percentage op een andere grondslag). De ingevulde waarden worden zo
gekozen dat de herrekening naar de regiodefinities precies de grondwaarheid teruggeeft. De
grondwaarheid (in regiodefinities) staat in ``grondwaarheid.json`` in dezelfde map.

Het sjabloon wordt met kostprijs geschreven en met openpyxl ingevuld, zoals een aanbieder in Excel zou
doen. Dit script hoort bij de tests (``tests/test_onderzoek*.py``) en de benchmark.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
from kostprijs.onderzoek.definities import REGIO, WEKEN
from kostprijs.onderzoek.sjabloon import schrijf_sjabloon

Opgave = dict[str, Any]
"""``{"aanbieder": {sleutel: waarde}, "locaties": [{sleutel: waarde, "functies": [(naam, fte, kosten)]}],
"begroting": [...]}``: de realisatie (``locaties``) en eventueel een begroting, per locatieblad."""

DAGEN = 365
BASISJAAR = 2025


def celwaarde(veld: Veld, waarde: Any) -> Any:
    """Wat een invuller typt of kiest: bij een keuzelijst het woord uit de lijst."""
    return label(veld.keuzeveld, waarde) if veld.keuzeveld and isinstance(waarde, str) else waarde


def vul_werkmap(wb: Any, opgave: Opgave) -> None:
    """Zet een opgave in een (met openpyxl geopend) sjabloon, via de gedeelde celkaart."""
    ws = wb[BLAD_AANBIEDER]
    for veld in AANBIEDER_VELDEN:
        ws[veld.cel] = celwaarde(veld, opgave["aanbieder"].get(veld.sleutel))
    for i, blad in enumerate(LOCATIEBLADEN):
        ws = wb[blad]
        for soort, lijst in (("realisatie", "locaties"), ("begroting", "begroting")):
            loc = opgave.get(lijst, [])[i] if i < len(opgave.get(lijst, [])) else {}
            if not loc:
                continue
            for veld in LOCATIE_VELDEN:
                ws[veld.voor(soort).cel] = celwaarde(veld, loc.get(veld.sleutel))  # type: ignore[arg-type]
            functies = loc.get("functies", [])
            for j, rij in enumerate(FUNCTIE_RIJEN):
                waarden = functies[j] if j < len(functies) else (None, None, None)
                for kolom, waarde in zip(functiekolommen(soort), waarden, strict=True):  # type: ignore[arg-type]
                    ws[f"{kolom.cel}{rij}"] = waarde


def schrijf_ingevuld(sjabloon: Path, doel: Path, opgave: Opgave,
                     bewerk: Callable[[Any], None] | None = None) -> Path:
    """Vul het sjabloon met ``opgave`` (en een optionele extra bewerking) en sla op als ``doel``."""
    import openpyxl

    wb = openpyxl.load_workbook(sjabloon)
    vul_werkmap(wb, opgave)
    if bewerk is not None:
        bewerk(wb)
    wb.save(doel)
    return doel


def _locatie(rng: random.Random, k: int, j: int, afwijkend: bool) -> tuple[dict[str, Any], dict[str, float]]:
    """Eén locatie: (celwaarden, grondwaarheid in regiodefinities)."""
    plaatsen = rng.randint(3, 8)
    beschikbaar = plaatsen - 1 if afwijkend and j == 0 else plaatsen
    etmalen = rng.randint(int(0.70 * beschikbaar * DAGEN), int(0.98 * beschikbaar * DAGEN))
    fte_regio = [round(rng.uniform(1.2, 1.9) * plaatsen, 3), round(rng.uniform(0.1, 0.4), 3)]
    kosten_per_fte = [rng.uniform(62_000, 74_000), rng.uniform(80_000, 95_000)]
    loonkosten = [round(f * c, 2) for f, c in zip(fte_regio, kosten_per_fte, strict=True)]
    ort = round(rng.uniform(0.04, 0.09) * loonkosten[0], 2)
    inhuur_uren = round(rng.uniform(0, 1500), 1) if rng.random() < 0.7 else 0.0
    inhuur = round(inhuur_uren * rng.uniform(55, 75), 2)
    client = round(etmalen * rng.uniform(18, 32), 2)
    huur = rng.random() < 0.7
    woon = {"huur": round(rng.uniform(25_000, 60_000), 2) if huur else None,
            "kapitaallasten": None if huur else round(rng.uniform(30_000, 70_000), 2),
            "energie": round(rng.uniform(5_000, 12_000), 2), "onderhoud": round(rng.uniform(4_000, 15_000), 2),
            "inventaris": round(rng.uniform(2_000, 8_000), 2)}
    personeel = sum(loonkosten) + ort
    huisvesting = sum(v for v in woon.values() if v is not None)
    direct = personeel + inhuur + client + huisvesting
    s = rng.uniform(0.12, 0.25)
    overhead = s / (1 - s) * direct
    cellen: dict[str, Any] = {
        "naam": f"Locatie {k + 1}.{j + 1}", "plaatsen": plaatsen, "nachtdienst": rng.choice(["wakend", "slapend"]),
        "roosteruren_per_week": round(rng.uniform(150, 260) + 12 * plaatsen, 1),
        "verzuimpercentage": round(rng.uniform(0.04, 0.09), 4), "ort_betaald": ort, "inhuur_uren": inhuur_uren,
        "inhuur_kosten": inhuur, "clientkosten": client, "huisvesting_soort": "huur" if huur else "eigendom",
        **woon, "resultaat_percentage": round(rng.uniform(-0.03, 0.05), 4),
    }
    _bezetting(cellen, etmalen, plaatsen, beschikbaar, afwijkend, j)
    _overhead(cellen, overhead, personeel + inhuur, client, afwijkend, j)
    uren_aanbieder = (38 * WEKEN["52"]) if afwijkend else REGIO.uren_per_fte
    fte_opgave = [f * REGIO.uren_per_fte / uren_aanbieder for f in fte_regio]
    cellen["functies"] = [("Pedagogisch medewerker", fte_opgave[0], loonkosten[0]),
                          ("Gedragswetenschapper", fte_opgave[1], loonkosten[1])]
    waarheid = {"plaatsen": plaatsen, "bezette_etmalen": etmalen, "capaciteit_etmalen": plaatsen * DAGEN,
                "personeel": personeel, "inhuur": inhuur, "clientkosten": client, "huisvesting": huisvesting,
                "overhead": overhead, "fte": sum(fte_regio),
                "verzuim_x_fte": cellen["verzuimpercentage"] * sum(fte_regio),
                "resultaat_x_kosten": cellen["resultaat_percentage"] * (direct + overhead),
                "roosteruren_per_week": cellen["roosteruren_per_week"]}
    return cellen, waarheid


def _bezetting(cellen: dict[str, Any], etmalen: int, plaatsen: int, beschikbaar: int, afwijkend: bool,
               j: int) -> None:
    if afwijkend and j == 0:
        cellen.update(bezettingsgraad=etmalen / (beschikbaar * DAGEN), bezettingsbasis="beschikbare_plaatsen",
                      beschikbare_plaatsen=beschikbaar)
    elif afwijkend:
        cellen.update(bezettingsgraad=etmalen / (plaatsen * DAGEN), bezettingsbasis="capaciteit")
    else:
        cellen["bezette_etmalen"] = etmalen


def _overhead(cellen: dict[str, Any], overhead: float, personeel: float, client: float, afwijkend: bool,
              j: int) -> None:
    if not afwijkend:
        cellen.update(overhead_opgave="bedrag", overhead_bedrag=overhead)
    elif j == 0:
        cellen.update(overhead_opgave="percentage", overhead_percentage=overhead / personeel,
                      overhead_conventie="opslag_direct", overhead_grondslag="personeel")
    else:
        grondslag = personeel + client
        cellen.update(overhead_opgave="percentage", overhead_percentage=overhead / (grondslag + overhead),
                      overhead_conventie="aandeel_totaal", overhead_grondslag="personeel_clientkosten")


BEDRAGEN = ("ort_betaald", "inhuur_kosten", "clientkosten", "huur", "kapitaallasten", "energie", "onderhoud",
            "inventaris", "overhead_bedrag")
OPHOGING = 1.08
"""Een begroting is hier de realisatie met 8% hogere bedragen en loonkosten."""


def begroting_van(locaties: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Een begroting naast de realisatie: dezelfde locaties en functies, 8% hogere bedragen."""
    import copy

    uit = copy.deepcopy(locaties)
    for loc in uit:
        for sleutel in BEDRAGEN:
            if loc.get(sleutel) is not None:
                loc[sleutel] = round(loc[sleutel] * OPHOGING, 2)
        loc["functies"] = [(naam, fte, round(kosten * OPHOGING, 2)) for naam, fte, kosten in loc["functies"]]
    return uit


def maak_opgave(rng: random.Random, k: int, begroting: bool = False) -> tuple[Opgave, dict[str, Any]]:
    """Eén aanbieder: (opgave om in te vullen, grondwaarheid van de realisatie). Elke derde aanbieder wijkt af;
    met ``begroting`` vult de aanbieder ook een begroting in (het jaar na het basisjaar)."""
    afwijkend = k % 3 == 2
    locaties, waarheden = [], []
    for j in range(rng.choice([1, 1, 2, 3])):
        cellen, waarheid = _locatie(rng, k, j, afwijkend)
        locaties.append(cellen)
        waarheden.append(waarheid)
    aanbieder = {"aanbieder": f"Zorgaanbieder {k + 1:03d} B.V.", "basisjaar": BASISJAAR,
                 "uren_per_week_fte": 38 if afwijkend else 36, "weken_per_jaar": "52" if afwijkend else "365/7",
                 "cijfers_uit_jaarrekening": "ja" if k % 2 == 0 else "nee",
                 "verdeelsleutel": ["directe_kosten", "omzet", "fte", "plaatsen"][k % 4]}
    som = {s: sum(w[s] for w in waarheden) for s in waarheden[0]}
    nacht = {c["nachtdienst"] for c in locaties}
    som.update(aanbieder=aanbieder["aanbieder"], afwijkend=afwijkend,
               groep=nacht.pop() if len(nacht) == 1 else "gemengd")
    opgave: Opgave = {"aanbieder": aanbieder, "locaties": locaties}
    if begroting:
        opgave["begroting"] = begroting_van(locaties)
        aanbieder["begrotingsjaar"] = BASISJAAR + 1
    return opgave, som


def maak_studie(map_: Path, aantal: int = 12, zaad: int = 2026, begroting: int = 0) -> list[dict[str, Any]]:
    """Schrijf ``aantal`` ingevulde sjablonen naar ``map_`` en geef de grondwaarheid per aanbieder (van de
    realisatie). De eerste ``begroting`` aanbieders vullen ook een begroting in."""
    map_.mkdir(parents=True, exist_ok=True)
    sjabloon = schrijf_sjabloon(map_ / ".sjabloon.xlsx")
    rng = random.Random(zaad)
    waarheid = []
    for k in range(aantal):
        opgave, som = maak_opgave(rng, k, begroting=k < begroting)
        schrijf_ingevuld(sjabloon, map_ / f"aanbieder-{k + 1:03d}.xlsx", opgave)
        waarheid.append(som)
    sjabloon.unlink()
    (map_ / "grondwaarheid.json").write_text(json.dumps(waarheid, indent=1), encoding="utf-8")
    return waarheid


def main() -> None:
    """Opdrachtregel."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("map", type=Path)
    p.add_argument("--aantal", type=int, default=12)
    p.add_argument("--zaad", type=int, default=2026)
    p.add_argument("--begroting", type=int, default=0, help="zoveel aanbieders vullen ook een begroting in")
    a = p.parse_args()
    maak_studie(a.map, a.aantal, a.zaad, a.begroting)
    print(f"{a.aantal} ingevulde sjablonen en grondwaarheid.json geschreven in {a.map}")


if __name__ == "__main__":
    main()
