"""Meegeleverde parameters: elke waarde heeft eenheid, datum, bron en status; strikte lezer; steekproef.

De verwachte getallen zijn overgetypt uit de bronnen (CAO Jeugdzorg, premies, PFZW, VNG; de adressen staan
bij elke waarde en in ``kostprijs parameters --bronnen``), niet uit de code. De structuurtest leest de
YAML rechtstreeks (los van het schema), zodat hij ook faalt als het schema ooit te ruim wordt.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from kostprijs.errors import InvoerFout
from kostprijs.parameters import ParameterFout, lees_register, opzoeken, register, waarde
from kostprijs.parameters.register import DATA

BESTANDEN = sorted(DATA.rglob("*.yaml"))
STATUSSEN = {"bron", "afgeleid", "derden"}
EENHEDEN = {"/1", "EUR", "EUR/maand", "EUR/jaar", "EUR/uur", "EUR/dag", "uur/week", "uur/jaar", "uur", "schaal",
            "periodiek", "aantal", "feestdagen"}
SLEUTELS_BESTAND = {"beschrijving", "laatst_gecontroleerd", "controle", "parameters"}
SLEUTELS_PARAMETER = {"beschrijving", "eenheid", "soort", "waarden", "ontbreekt"}
SLEUTELS_WAARDE = {"geldig_vanaf", "geldig_tot", "waarde", "status", "bronnen", "afleiding", "toelichting"}


def _ruw(pad: Path) -> dict:  # type: ignore[type-arg]
    from ruamel.yaml import YAML

    return YAML(typ="safe", pure=True).load(pad.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_er_zijn_parameterbestanden() -> None:
    assert len(BESTANDEN) >= 10


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.relative_to(DATA).as_posix())
def test_elke_waarde_heeft_eenheid_datum_bron_en_status(pad: Path) -> None:
    data = _ruw(pad)
    assert isinstance(data["laatst_gecontroleerd"], dt.date)
    assert data["controle"].strip()
    for naam, p in data["parameters"].items():
        assert p["eenheid"] in EENHEDEN, naam
        assert p["beschrijving"].strip(), naam
        if not p.get("waarden"):
            assert p.get("ontbreekt", "").strip(), f"{naam}: geen waarden en geen uitleg waarom"
            continue
        for w in p["waarden"]:
            assert isinstance(w["geldig_vanaf"], dt.date), naam
            assert w["status"] in STATUSSEN, naam
            assert w["bronnen"], naam
            for b in w["bronnen"]:
                assert b["titel"].strip() and b["url"].startswith(("http://", "https://")), naam
            if w["status"] == "afgeleid":
                assert w.get("afleiding", "").strip(), f"{naam}: afgeleide waarde zonder afleiding"
            assert isinstance(w["waarde"], int | float | list) and not isinstance(w["waarde"], bool), naam


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.relative_to(DATA).as_posix())
def test_geen_onbekende_sleutels(pad: Path) -> None:
    data = _ruw(pad)
    assert set(data) <= SLEUTELS_BESTAND
    for naam, p in data["parameters"].items():
        assert set(p) <= SLEUTELS_PARAMETER, naam
        for w in p.get("waarden") or []:
            assert set(w) <= SLEUTELS_WAARDE, naam
            for b in w["bronnen"]:
                assert set(b) <= {"titel", "url"}, naam


def test_register_laadt_alles() -> None:
    r = register()
    aantal = sum(len(_ruw(p)["parameters"]) for p in BESTANDEN)
    assert len(r.namen()) == aantal


# --- de strikte lezer: foute bestanden geven een Nederlandse melding met bestand, pad en regel ---

GOED = """\
beschrijving: test
laatst_gecontroleerd: 2026-01-01
controle: handmatig
parameters:
  x:
    beschrijving: een parameter
    eenheid: /1
    waarden:
      - geldig_vanaf: 2025-01-01
        waarde: 0.5
        status: bron
        bronnen: [{titel: Een bron, url: "https://example.org"}]
"""

FOUT = [
    ("onbekende_sleutel_waarde", GOED.replace("        status: bron", "        stauts: bron\n        status: bron"),
     ["x.waarden[0].stauts", "onbekende sleutel 'stauts'", "regel 11"]),
    ("onbekende_sleutel_bestand", GOED + "extra: 1\n", ["onbekende sleutel 'extra'"]),
    ("zonder_bron", GOED.replace('        bronnen: [{titel: Een bron, url: "https://example.org"}]\n', ""),
     ["bronnen", "verplicht veld ontbreekt"]),
    ("zonder_status", GOED.replace("        status: bron\n", ""), ["status", "verplicht veld ontbreekt"]),
    ("zonder_eenheid", GOED.replace("    eenheid: /1\n", ""), ["eenheid", "verplicht veld ontbreekt"]),
    ("zonder_datum", GOED.replace("      - geldig_vanaf: 2025-01-01\n        waarde", "      - waarde"),
     ["geldig_vanaf", "verplicht veld ontbreekt"]),
    ("status_onbekend", GOED.replace("status: bron", "status: gezien"), ["'gezien' is niet toegestaan"]),
    ("afgeleid_zonder_afleiding", GOED.replace("status: bron", "status: afgeleid"), ["afleiding"]),
    ("eenheid_onbekend", GOED.replace("eenheid: /1", "eenheid: procent"), ["eenheid", "niet toegestaan"]),
    ("url_zonder_http", GOED.replace('"https://example.org"', "example.org"), ["url"]),
    ("zonder_gecontroleerd", GOED.replace("laatst_gecontroleerd: 2026-01-01\n", ""), ["laatst_gecontroleerd"]),
    ("datums_door_elkaar", GOED + """\
      - geldig_vanaf: 2024-01-01
        waarde: 0.4
        status: bron
        bronnen: [{titel: Een bron, url: "https://example.org"}]
""", ["volgorde"]),
    ("geen_waarden_geen_uitleg", GOED.split("    waarden:")[0], ["ontbreekt"]),
]


@pytest.mark.parametrize(("naam", "tekst", "moet_bevatten"), FOUT, ids=[f[0] for f in FOUT])
def test_foute_parameterbestanden(tmp_path: Path, naam: str, tekst: str, moet_bevatten: list[str]) -> None:
    (tmp_path / "domein").mkdir()
    (tmp_path / "domein" / "familie.yaml").write_text(tekst, encoding="utf-8")
    with pytest.raises(InvoerFout) as e:
        lees_register(tmp_path)
    melding = str(e.value)
    assert "parameters/domein/familie.yaml" in melding
    for woord in moet_bevatten:
        assert woord in melding, f"{woord!r} ontbreekt in:\n{melding}"


def test_goed_bestand_en_naam_uit_pad(tmp_path: Path) -> None:
    (tmp_path / "domein").mkdir()
    (tmp_path / "domein" / "familie.yaml").write_text(GOED, encoding="utf-8")
    r = lees_register(tmp_path)
    assert r.namen() == ["domein.familie.x"]
    assert r.getal("domein.familie.x", "2030-01-01") == 0.5


# --- steekproef tegen de bronnen (waarden overgetypt) ---

STEEKPROEF = [
    # naam, datum, waarde, status
    ("cao_jeugdzorg.arbeidsduur.uren_per_week", "2025-06-01", 36, "bron"),
    ("cao_jeugdzorg.verlof.wettelijke_vakantieuren", "2025-06-01", 144, "bron"),
    ("cao_jeugdzorg.verlof.verlofbudget", "2025-06-01", 56, "bron"),
    ("cao_jeugdzorg.verlof.verlofuren_totaal", "2024-02-01", 200, "bron"),
    ("cao_jeugdzorg.vakantietoeslag.percentage", "2025-06-01", 0.08, "bron"),
    ("cao_jeugdzorg.vakantietoeslag.minimum_per_maand", "2024-03-01", 208.52, "bron"),
    ("cao_jeugdzorg.vakantietoeslag.minimum_per_maand", "2024-12-31", 211.13, "bron"),
    ("cao_jeugdzorg.vakantietoeslag.minimum_per_maand", "2025-03-01", 218.52, "afgeleid"),
    ("cao_jeugdzorg.ort.werkdag_19_22", "2025-01-01", 0.25, "bron"),
    ("cao_jeugdzorg.ort.werkdag_06_07", "2025-01-01", 0.25, "bron"),
    ("cao_jeugdzorg.ort.nacht_22_06", "2025-01-01", 0.45, "bron"),
    ("cao_jeugdzorg.ort.maximum_uurloon_schaal", "2025-01-01", 5, "bron"),
    ("cao_jeugdzorg.ort.maximum_uurloon_periodiek", "2025-01-01", 11, "bron"),
    ("cao_jeugdzorg.slaap_en_waakdienst.telfactor_slaapdienst", "2025-01-01", 0.5, "bron"),
    ("cao_jeugdzorg.salarisverhoging.algemene_verhoging", "2024-01-01", 0.08, "bron"),
    ("cao_jeugdzorg.salarisverhoging.algemene_verhoging", "2024-07-01", 0.0125, "bron"),
    ("cao_jeugdzorg.salarisverhoging.algemene_verhoging", "2025-03-01", 0.035, "afgeleid"),  # [inferred]
    ("cao_jeugdzorg.salarisverhoging.minimum_uurloon", "2024-01-01", 15.00, "bron"),
    ("cao_jeugdzorg.uurloon.deler", "2025-01-01", 156, "afgeleid"),  # [inferred]
    ("premies.werknemersverzekeringen.aof_laag", "2025-06-01", 0.0628, "derden"),  # [third-party]
    ("premies.werknemersverzekeringen.aof_laag", "2026-06-01", 0.0627, "derden"),
    ("premies.werknemersverzekeringen.zvw_werkgeversheffing", "2025-06-01", 0.0651, "derden"),
    ("premies.werknemersverzekeringen.zvw_werkgeversheffing", "2026-06-01", 0.0610, "derden"),
    ("premies.werknemersverzekeringen.whk_gemiddeld", "2026-06-01", 0.0152, "derden"),
    ("premies.werknemersverzekeringen.maximumpremieloon", "2025-06-01", 75864, "derden"),
    ("premies.werknemersverzekeringen.maximumpremieloon", "2026-06-01", 79409, "derden"),
    ("pensioen.pfzw.premie_basis", "2026-06-01", 0.259, "bron"),
    ("pensioen.pfzw.franchise", "2026-06-01", 17283, "bron"),
    ("pensioen.pfzw.premie_wia_excedent", "2026-06-01", 0.034, "bron"),
    ("pensioen.pfzw.franchise_wia_excedent", "2026-06-01", 79409, "bron"),
    ("pensioen.pfzw.maximum_pensioengevend_salaris", "2026-06-01", 137800, "bron"),
    ("pensioen.pfzw.premie_basis", "2025-06-01", 0.258, "afgeleid"),
    ("pensioen.pfzw.franchise", "2025-06-01", 16657, "afgeleid"),
    ("pensioen.pfzw.franchise_arbeidsongeschiktheidspensioen", "2025-06-01", 28405, "bron"),
    ("vng.indexatie.weging_ova", "2025-01-01", 0.90, "bron"),
    ("vng.indexatie.ova_voorlopig", "2023-07-01", 0.0474, "bron"),
    ("vng.indexatie.ova_definitief", "2023-07-01", 0.0636, "bron"),
    ("vng.indexatie.pcc_definitief", "2023-07-01", 0.0702, "bron"),
    ("vng.indexatie.ova_voorlopig", "2024-07-01", 0.0494, "bron"),
    ("vng.indexatie.pcc_voorlopig", "2024-07-01", 0.0251, "bron"),
    ("vng.indexatie.ova_definitief", "2024-07-01", 0.0600, "bron"),
    ("vng.indexatie.pcc_definitief", "2024-07-01", 0.0310, "bron"),
    ("vng.indexatie.ova_voorlopig", "2025-07-01", 0.0418, "bron"),
    ("vng.indexatie.pcc_voorlopig", "2025-07-01", 0.0182, "bron"),
    ("vng.indexatie.nacalculatie_vorig_jaar", "2025-07-01", 0.01013, "bron"),
    ("vng.indexatie.aanbiederindex", "2025-07-01", 0.0496, "bron"),
    ("vng.indexatie.aanbiederindex", "2024-07-01", 0.0630, "bron"),
    ("pleegzorg.vergoeding.leeftijd_12_15", "2024-06-01", 25.73, "bron"),
    ("pleegzorg.vergoeding.leeftijd_16_17", "2024-06-01", 28.41, "bron"),
    ("pleegzorg.vergoeding.leeftijd_0_8", "2024-06-01", 23.32, "bron"),
]


@pytest.mark.parametrize(("naam", "datum", "verwacht", "status"), STEEKPROEF,
                         ids=[f"{s[0]}@{s[1]}" for s in STEEKPROEF])
def test_steekproef_tegen_parameters_md(naam: str, datum: str, verwacht: float, status: str) -> None:
    g = opzoeken(naam, datum)
    assert g.getal == pytest.approx(verwacht, abs=1e-12)
    assert g.status == status


def test_premies_zijn_derden_nooit_bron() -> None:
    """Randstad is een secundaire bron (werkpocket van Randstad): nooit als 'bron' meeleveren."""
    r = register()
    namen = [n for n in r.namen() if n.startswith("premies.")]
    assert namen
    for n in namen:
        assert {w.status for w in r.definitie(n).waarden} == {"derden"}, n


def test_som_lage_premies_2025_en_2026() -> None:
    """``docs/methode.md#loonkosten``: som lage tarieven 2025 = 18,04%; 2026 kleine werkgever = 17,13%."""
    p = "premies.werknemersverzekeringen."
    d25 = "2025-01-01"
    s25 = sum(waarde(p + k, d25) for k in ("awf_laag", "aof_laag", "ufo", "whk_gemiddeld",
                                           "kinderopvangtoeslag_opslag", "zvw_werkgeversheffing"))
    assert round(s25, 6) == 0.1804
    d26 = "2026-01-01"
    s26 = sum(waarde(p + k, d26) for k in ("awf_laag", "aof_laag", "whk_gemiddeld", "kinderopvangtoeslag_opslag",
                                           "zvw_werkgeversheffing"))
    assert round(s26, 6) == 0.1713


def test_pfzw_maximale_jaarpremie_volgt_uit_premie_en_franchise() -> None:
    """(max salaris - franchise) x premie = maximale jaarpremie (PFZW), 2025 en 2026."""
    for jaar in (2025, 2026):
        d = f"{jaar}-06-01"
        berekend = (waarde("pensioen.pfzw.maximum_pensioengevend_salaris", d) - waarde("pensioen.pfzw.franchise", d)) \
            * waarde("pensioen.pfzw.premie_basis", d)
        assert abs(berekend - waarde("pensioen.pfzw.maximale_jaarpremie", d)) < 1.0, jaar


@pytest.mark.parametrize("jaar", [2023, 2024, 2025])
def test_vng_gewogen_past_bij_ova_en_pcc(jaar: int) -> None:
    """De gepubliceerde gewogen cijfers zijn 0,9 x OVA + 0,1 x PCC (op de publicatieprecisie)."""
    d = f"{jaar}-01-01"
    for soort in ("voorlopig", "definitief"):
        try:
            ova, pcc = waarde(f"vng.indexatie.ova_{soort}", d), waarde(f"vng.indexatie.pcc_{soort}", d)
        except ParameterFout:
            assert soort == "definitief" and jaar == 2025
            continue
        gepubliceerd = waarde(f"vng.indexatie.gewogen_{soort}", d)
        assert abs(0.9 * ova + 0.1 * pcc - gepubliceerd) <= 0.00005, (jaar, soort)


def test_salarisverhoging_stappen_en_samengestelde_factor() -> None:
    stappen = register().stappen("cao_jeugdzorg.salarisverhoging.algemene_verhoging", "2023-12-31", "2025-12-31")
    assert [s.geldig_vanaf for s in stappen] == [dt.date(2024, 1, 1), dt.date(2024, 7, 1), dt.date(2025, 3, 1)]
    assert math.prod(1 + s.getal for s in stappen) == pytest.approx(1.08 * 1.0125 * 1.035)
    with pytest.raises(ParameterFout, match="alleen op 2024-01-01"):
        opzoeken("cao_jeugdzorg.salarisverhoging.algemene_verhoging", "2024-09-01")


def test_minimum_vakantietoeslag_volgt_de_verhogingen() -> None:
    """CAO Jeugdzorg 7.3: 208,52 x 1,0125 = 211,13."""
    a = waarde("cao_jeugdzorg.vakantietoeslag.minimum_per_maand", "2024-01-01")
    b = waarde("cao_jeugdzorg.vakantietoeslag.minimum_per_maand", "2024-07-01")
    assert round(a * 1.0125, 2) == b


# --- wat niet gevonden is, wordt niet verzonnen ---

@pytest.mark.parametrize("naam", ["cao_jeugdzorg.salarisschalen.tabel", "cao_jeugdzorg.eindejaarsuitkering.percentage",
                                  "cao_jeugdzorg.ort.zaterdag", "cao_jeugdzorg.ort.zondag_en_feestdag"])
def test_ontbrekende_waarden_worden_niet_verzonnen(naam: str) -> None:
    assert register().definitie(naam).waarden == []
    with pytest.raises(ParameterFout) as e:
        opzoeken(naam, "2025-06-01")
    assert "niet gevonden" in str(e.value) and "model" in str(e.value)


def test_geen_enkele_weekend_ort_of_eindejaarsuitkering_met_waarde() -> None:
    r = register()
    for n in r.namen():
        if any(w in n for w in ("zaterdag", "zondag", "eindejaars", "salarisschalen")):
            assert not r.definitie(n).waarden, n


def test_geen_waarde_op_datum_noemt_bekende_periodes() -> None:
    with pytest.raises(ParameterFout) as e:
        opzoeken("vng.indexatie.ova_voorlopig", "2026-03-01")
    assert "2025-01-01 t/m 2025-12-31" in str(e.value)
    with pytest.raises(ParameterFout, match="geen bekende waarde op 2023-06-01"):
        opzoeken("pensioen.pfzw.premie_basis", "2023-06-01")


def test_onbekende_naam_geeft_suggestie() -> None:
    with pytest.raises(ParameterFout, match=r"bedoelt u 'vng\.indexatie\.ova_voorlopig'"):
        opzoeken("vng.indexatie.ova_voorlopg", 2025)


@pytest.mark.parametrize("datum", ["2025-13-01", "morgen", 3])
def test_foute_datum(datum: object) -> None:
    with pytest.raises(ParameterFout, match="geen datum"):
        opzoeken("cao_jeugdzorg.arbeidsduur.uren_per_week", datum)  # type: ignore[arg-type]


def test_gegevens_zitten_in_het_wiel(tmp_path: Path) -> None:
    """hatchling neemt de YAML-bestanden mee in het wiel (package data)."""
    import subprocess
    import sys
    import zipfile

    pytest.importorskip("hatchling")
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)], cwd=root,
                   check=True, capture_output=True)
    (wiel,) = tmp_path.glob("*.whl")
    inhoud = set(zipfile.ZipFile(wiel).namelist())
    for pad in BESTANDEN:
        assert f"kostprijs/parameters/data/{pad.relative_to(DATA).as_posix()}" in inhoud


def test_doctests_parameters() -> None:
    import doctest

    import kostprijs.parameters

    assert doctest.testmod(kostprijs.parameters).failed == 0
