"""Corpus van foute YAML-invoer: elke variant is een bewerking van een geldig voorbeeld.

Gebruikt door ``tests/test_foute_invoer.py`` en door ``scripts/maak_foute_invoer.py`` (schrijft het
corpus naar een map om met de hand te proberen). Per geval: naam, bronvoorbeeld, bewerking en de
woorden die de Nederlandse melding moet bevatten (plaats + uitleg).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

VOORBEELDEN = Path(__file__).resolve().parents[1] / "examples"
REF = "kwv-4-plaatsen.yaml"
ZES = "kwv-6-plaatsen-wakende-nacht.yaml"


def vervang(oud: str, nieuw: str) -> Callable[[str], str]:
    def f(tekst: str) -> str:
        assert oud in tekst, f"{oud!r} niet in het voorbeeld"
        return tekst.replace(oud, nieuw, 1)

    return f


@dataclass(frozen=True)
class Geval:
    naam: str
    bron: str
    bewerking: Callable[[str], str]
    moet_bevatten: tuple[str, ...]


GEVALLEN: list[Geval] = [
    Geval("percentage_als_heel_getal", REF, vervang("bezettingsgraad: 0.90", "bezettingsgraad: 85"),
          ("bezettingsgraad", "regel 7", "bedoelt u 0.85")),
    Geval("nul_plaatsen", REF, vervang("plaatsen: 4", "plaatsen: 0"), ("plaatsen", "regel 6", "≥ 1")),
    Geval("plaatsen_als_tekst", REF, vervang("plaatsen: 4", "plaatsen: vier"),
          ("plaatsen", "verwacht een geheel getal", "'vier'")),
    Geval("bezetting_nul", REF, vervang("bezettingsgraad: 0.90", "bezettingsgraad: 0"), ("bezettingsgraad", "> 0")),
    Geval("nan", REF, vervang("bezettingsgraad: 0.90", "bezettingsgraad: .nan"), ("bezettingsgraad", "eindige")),
    Geval("oneindig", REF, vervang("huur_per_jaar: 30000", "huur_per_jaar: .inf"),
          ("huisvesting.huur_per_jaar", "eindige")),
    Geval("negatieve_huur", REF, vervang("huur_per_jaar: 30000", "huur_per_jaar: -30000"),
          ("huisvesting.huur_per_jaar", "negatieve")),
    Geval("werkgeverslasten_27", REF, vervang("werkgeverslasten: 0.27", "werkgeverslasten: 27"),
          ("loonkosten.werkgeverslasten", "bedoelt u 0.27")),
    Geval("verzuim_7_5", REF, vervang("verzuimpercentage: 0.075", "verzuimpercentage: 7.5"),
          ("productiviteit.verzuimpercentage", "bedoelt u 0.075")),
    Geval("verschreven_sleutel", REF, vervang("bezettingsgraad: 0.90", "bezetingsgraad: 0.90"),
          ("onbekende sleutel 'bezetingsgraad'", "bedoelt u 'bezettingsgraad'", "verplicht veld ontbreekt")),
    Geval("onbekende_sleutel", REF, vervang("risico_opslag: 0.03", "risico_opslag: 0.03\nkleur: rood"),
          ("kleur", "onbekende sleutel")),
    Geval("dubbele_sleutel", REF, vervang("plaatsen: 4", "plaatsen: 4\nplaatsen: 5"),
          ("plaatsen", "twee keer", "regel 7")),
    Geval("yaml_no_als_boolean", ZES, vervang("doorbetaling_bij_afwezigheid: true", "doorbetaling_bij_afwezigheid: no"),
          ("ort_tabel.doorbetaling_bij_afwezigheid", "true of false", "'no'")),
    Geval("yaml_NO_als_boolean", ZES, vervang("doorbetaling_bij_afwezigheid: true", "doorbetaling_bij_afwezigheid: NO"),
          ("ort_tabel.doorbetaling_bij_afwezigheid", "true of false", "'NO'")),
    Geval("yaml_1_1_richtlijn", ZES, lambda t: "%YAML 1.1\n---\n" + t.replace(
        "doorbetaling_bij_afwezigheid: true", "doorbetaling_bij_afwezigheid: no"), ("regel 1", "YAML 1.2")),
    Geval("dienstnamen_alleen_hoofdletters_verschillend", REF, vervang("{naam: laat,", "{naam: Vroeg,"),
          ("rooster.diensten[1].naam", "twee keer", "hoofdletters")),
    Geval("tijd_boven_24_uur", REF, vervang('eind: "15:00"', 'eind: "31:00"'),
          ("rooster.diensten[0].eind", "kloktijd", "regel")),
    Geval("dienst_van_nul_uur", REF, vervang('begin: "07:00", eind: "15:00"', 'begin: "07:00", eind: "07:00"'),
          ("rooster.diensten[0].eind", "meer dan 0 en minder dan 24 uur")),
    Geval("overlappende_diensten", ZES, vervang('{naam: laat, begin: "15:00"', '{naam: laat, begin: "14:00"'),
          ("rooster.diensten[1].begin", "overlapt", "vroeg")),
    Geval("slaapdienst_te_lang", REF, vervang('begin: "23:00", eind: "07:00"', 'begin: "21:00", eind: "07:00"'),
          ("rooster.diensten[3].eind", "6 tot 8 uur", "6.4.3")),
    Geval("fte_zonder_salaris", REF, vervang("    maandsalaris: 5000\n", ""),
          ("functies[1].maandsalaris", "verplicht veld ontbreekt")),
    Geval("vaste_functie_zonder_fte", REF, vervang("    fte: 0.15\n", ""), ("functies[1].fte", "fte nodig")),
    Geval("huur_en_eigendom_ontbreken", REF, vervang("  huur_per_jaar: 30000           # 2.500 per maand\n", ""),
          ("huisvesting", "óf 'huur_per_jaar' óf 'eigendom'")),
    Geval("procentteken", REF, vervang("  percentage: 0.25", '  percentage: "25%"'),
          ("overhead.percentage", "zonder %-teken: 0.25")),
    Geval("getal_als_tekst_met_komma", REF, vervang("bezettingsgraad: 0.90", 'bezettingsgraad: "0,9"'),
          ("bezettingsgraad", "zonder aanhalingstekens", "0.9")),
    Geval("yaml_syntaxfout", REF, vervang("rooster:\n", "rooster:\n  - [\n"), ("geen geldige YAML", "regel")),
    Geval("lijst_verwacht", REF, vervang("  diensten:\n", "  diensten: vroeg\n  oud_diensten:\n"),
          ("rooster.diensten", "verwacht een lijst")),
    Geval("onbekende_weekdag", REF, vervang("dagen: weekend", "dagen: [zaterdag]"),
          ("rooster.diensten[2].dagen", "'zaterdag'")),
    Geval("onbekende_conventie", REF, vervang("overhead_conventie: aandeel_totaal", "overhead_conventie: percentage"),
          ("conventies.overhead_conventie", "kies uit", "aandeel_totaal")),
    Geval("geen_schrikkeljaar", REF, vervang("dagen_per_jaar: 365", "dagen_per_jaar: 366"),
          ("dagen_per_jaar", "geen schrikkeljaar")),
    Geval("leeg_bestand", REF, lambda _t: "", ("blok met sleutels",)),
    Geval("onbekende_soort_dienst", REF, vervang("soort: slaap}", "soort: nacht}"),
          ("rooster.diensten[3].soort", "kies uit", "'slaap'")),
    Geval("uren_per_week_in_plaats_van_jaar", REF, vervang("verlofuren: 200", "verlofuren: 1800"),
          ("productiviteit", "contracturen over")),
    Geval("geen_groepsfunctie", REF, vervang("    soort: groep", "    soort: vast\n    fte: 7"),
          ("functies", "geen groepsfunctie")),
]


def schrijf_corpus(map_: Path) -> list[Path]:
    """Schrijf alle gevallen als YAML-bestanden in ``map_``; geeft de paden."""
    map_.mkdir(parents=True, exist_ok=True)
    paden = []
    for g in GEVALLEN:
        tekst = g.bewerking((VOORBEELDEN / g.bron).read_text(encoding="utf-8"))
        pad = map_ / f"{g.naam}.yaml"
        pad.write_text(tekst, encoding="utf-8")
        paden.append(pad)
    return paden
