"""Het register als standaard: de korte referentiecasus, herkomst in elke uitvoer, de map van de regio.

Acceptatie issue 9, punt 3: het korte referentiemodel zonder de waarden van het register geeft 668,66
uit de CLI; ``--json`` herleidt elke standaard tot zijn parameter en bron; met een map van de regio die
één waarde verandert, verandert het tarief en noemt de uitvoer het bestand van de regio.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kostprijs import InvoerFout, bereken, lees_model, lees_model_tekst
from kostprijs.cli import main
from kostprijs.excel import lees_werkboek, schrijf_werkboek
from kostprijs.oplossen import STANDAARDEN, los_op, ontbrekend, verplichte_velden
from kostprijs.parameters import register
from tests.conftest import REFERENTIE, VOORBEELDEN

KORT = VOORBEELDEN / "kwv-4-plaatsen-kort.yaml"

REGIO_VERLOF = """\
beschrijving: Regio Testland, eigen afspraak over verlof
laatst_gecontroleerd: 2026-11-30
controle: Testbestand van de regio.
parameters:
  verlofuren_totaal:
    beschrijving: Verlofuren per jaar volgens de regionale afspraak
    eenheid: uur/jaar
    waarden:
      - geldig_vanaf: 2024-01-01
        waarde: 180
        status: bron
        bronnen:
          - titel: Regio Testland, inkoopafspraak 2025
            url: https://example.org/regio-testland/afspraak
"""


def test_korte_referentie_geeft_668_66_uit_de_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bereken", str(KORT)]) == 0
    uit = capsys.readouterr()
    assert "Tarief per bezet etmaal: EUR 668,66" in uit.out
    assert "Uit het register" in uit.out and "cao_jeugdzorg.verlof.verlofuren_totaal" in uit.out
    assert uit.err == "", uit.err  # de afgeleide uren per feestdag zijn aanvaard: geen waarschuwing


def test_korte_en_lange_referentie_gelijk_op_elke_figuur() -> None:
    kort, lang = bereken(lees_model(KORT)), bereken(lees_model(REFERENTIE))
    assert kort.tarief_per_bezet_etmaal == lang.tarief_per_bezet_etmaal == 668.66
    for sleutel, f in lang.figuren.items():
        assert kort.waarde(sleutel) == pytest.approx(f.waarde, rel=1e-12, abs=1e-12), sleutel


def test_json_herleidt_elke_standaard_tot_parameter_en_bron(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bereken", str(KORT), "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["tarief_per_bezet_etmaal"] == 668.66
    per_veld = {h["veld"]: h for h in d["herkomst"] if h["soort"] == "register"}
    verwacht = {"productiviteit.contracturen_per_week": ("cao_jeugdzorg.arbeidsduur.uren_per_week", 36.0),
                "productiviteit.verlofuren": ("cao_jeugdzorg.verlof.verlofuren_totaal", 200.0),
                "productiviteit.uren_per_feestdag": ("cao_jeugdzorg.arbeidsduur.uren_per_feestdag", 7.2),
                "rooster.telfactoren.slaap": ("cao_jeugdzorg.slaap_en_waakdienst.telfactor_slaapdienst", 0.5),
                "loonkosten.vakantietoeslag": ("cao_jeugdzorg.vakantietoeslag.percentage", 0.08),
                "loonkosten.vakantietoeslag_minimum_per_maand": ("cao_jeugdzorg.vakantietoeslag.minimum_per_maand",
                                                                 211.13)}
    for veld, (parameter, waarde) in verwacht.items():
        h = per_veld[veld]
        assert h["parameter"] == parameter and h["waarde"] == waarde
        assert h["geldig_vanaf"] and h["status"] in ("bron", "afgeleid") and h["bronnen"][0]["url"].startswith("http")
        assert h["bestand"].startswith("parameters/")
    kalender = next(h for h in d["herkomst"] if h["soort"] == "kalender")
    assert kalender["veld"] == "productiviteit.feestdagen_op_werkdag" and kalender["waarde"] == 7.0


def test_eigen_waarde_gaat_voor_en_heet_eigen() -> None:
    r = bereken(lees_model(REFERENTIE))
    eigen = {h.veld: h for h in r.herkomst if h.soort == "eigen"}
    assert eigen["productiviteit.verlofuren"].waarde == 200.0
    assert "eigen waarde" in eigen["productiviteit.verlofuren"].tekst()
    assert not [h for h in r.herkomst if h.soort in ("register", "regio")]


def _regiomap(tmp_path: Path) -> Path:
    map_ = tmp_path / "regio"
    (map_ / "cao_jeugdzorg").mkdir(parents=True)
    (map_ / "cao_jeugdzorg" / "verlof.yaml").write_text(REGIO_VERLOF, encoding="utf-8")
    return map_


def test_map_van_de_regio_via_de_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    map_ = _regiomap(tmp_path)
    assert main(["bereken", str(KORT), "--json", "--parameters", str(map_)]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["tarief_per_bezet_etmaal"] < 668.66  # minder verlof: meer netto uren, minder fte
    h = next(h for h in d["herkomst"] if h["veld"] == "productiviteit.verlofuren")
    assert h["soort"] == "regio" and h["waarde"] == 180.0 and h["bestand"].endswith("regio/cao_jeugdzorg/verlof.yaml")
    assert "map van de regio" in d["conventies"]["parameters"]
    # met de hand: 20 verlofuren minder per fte
    netto = 36 * 365 / 7 * (1 - 0.075) - 180 - 7 * 7.2 - 36 - 48
    assert d["figuren"]["netto_uren_per_fte"]["waarde"] == pytest.approx(netto, rel=1e-12)


def test_map_van_de_regio_in_het_model(tmp_path: Path) -> None:
    _regiomap(tmp_path)
    model = tmp_path / "woning.yaml"
    model.write_text(KORT.read_text(encoding="utf-8").replace("  aanvaard: [afgeleid]",
                                                                "  aanvaard: [afgeleid]\n  map: regio"),
                     encoding="utf-8")
    r = bereken(lees_model(model))
    assert r.figuur("netto_uren_per_fte").waarde == pytest.approx(
        bereken(lees_model(KORT)).waarde("netto_uren_per_fte") + 20)
    assert any("register van de regio" in t for t in r.figuur("netto_uren_per_fte").herkomst)


def test_map_van_de_regio_met_fout_noemt_het_bestand(tmp_path: Path) -> None:
    map_ = _regiomap(tmp_path)
    (map_ / "cao_jeugdzorg" / "verlof.yaml").write_text(REGIO_VERLOF.replace("status: bron", "status: zeker"),
                                                         encoding="utf-8")
    with pytest.raises(InvoerFout) as e:
        main_args = ["bereken", str(KORT), "--parameters", str(map_)]
        from kostprijs.cli._model import met_parametermap

        bereken(met_parametermap(lees_model(KORT), str(map_)))
    assert "regio/cao_jeugdzorg/verlof.yaml" in str(e.value) and "status" in str(e.value), main_args


def test_zonder_waarde_in_het_register_een_fout_met_de_uitleg_van_het_register() -> None:
    tekst = KORT.read_text(encoding="utf-8").replace("  eindejaarsuitkering: 0.0833 # [I] staat niet in de gelezen "
                                                     "bronnen (CAO 7.2): zelf opgeven\n", "")
    with pytest.raises(InvoerFout) as e:
        bereken(lees_model_tekst(tekst, "kort.yaml"))
    tekst_fout = str(e.value)
    assert "loonkosten.eindejaarsuitkering (kort.yaml" in tekst_fout and "Art. 7.2 is niet gelezen" in tekst_fout


def test_afgeleide_waarde_zonder_aanvaarden_geeft_een_waarschuwing() -> None:
    tekst = KORT.read_text(encoding="utf-8").replace("parameters:\n  aanvaard: [afgeleid]\n", "")
    r = bereken(lees_model_tekst(tekst, "kort.yaml"))
    codes = [w.code for w in r.waarschuwingen]
    assert codes == ["status_afgeleid"]
    assert "productiviteit.uren_per_feestdag" in r.waarschuwingen[0].plaats
    assert r.tarief_per_bezet_etmaal == 668.66


def test_werkgeverslasten_van_onderop_tonen_de_delen() -> None:
    tekst = REFERENTIE.read_text(encoding="utf-8").replace(
        "  werkgeverslasten: 0.27         # [A]; van onderop zie docs/methode.md#loonkosten",
        "  werkgeverslasten: {methode: opbouw, awf: laag, aof: hoog}")
    assert "methode: opbouw" in tekst
    r = bereken(lees_model_tekst(tekst + "parameters: {aanvaard: [afgeleid, derden]}\n", "opbouw.yaml"))
    assert not r.waarschuwingen
    bruto = r.waarde("bruto_per_fte.groepsleiding")  # 51.798,60 (referentiecasus)
    basis_vt_eju = 42000 + 3360 + 3498.6
    sociaal = (0.0274 + 0.0764 + 0.005 + 0.0133 + 0.0651) * min(bruto, 75864)
    pensioen = 0.134 * (min(basis_vt_eju, 137800) - 16657)
    ap = 0.005 * (basis_vt_eju - 28405)
    assert r.waarde("sociale_premies_per_fte.groepsleiding") == pytest.approx(sociaal)
    assert r.waarde("pensioen_per_fte.groepsleiding") == pytest.approx(pensioen)
    assert r.waarde("arbeidsongeschiktheid_per_fte.groepsleiding") == pytest.approx(ap)
    assert r.waarde("werkgeverslasten_per_fte.groepsleiding") == pytest.approx(sociaal + pensioen + ap)
    herkomst = {h.veld for h in r.herkomst}
    assert {"loonkosten.werkgeverslasten.awf", "loonkosten.werkgeverslasten.pensioen_werkgeversdeel"} <= herkomst


def test_werkgeverslasten_van_onderop_zonder_aanvaarden_waarschuwt_per_premie() -> None:
    tekst = REFERENTIE.read_text(encoding="utf-8").replace(
        "  werkgeverslasten: 0.27         # [A]; van onderop zie docs/methode.md#loonkosten",
        "  werkgeverslasten: {methode: opbouw}")
    r = bereken(lees_model_tekst(tekst, "opbouw.yaml"))
    assert {w.code for w in r.waarschuwingen} == {"status_derden", "status_afgeleid"}


def test_werkgeverslasten_van_onderop_in_2026_vraagt_het_werkgeversdeel() -> None:
    tekst = REFERENTIE.read_text(encoding="utf-8").replace(
        "  werkgeverslasten: 0.27         # [A]; van onderop zie docs/methode.md#loonkosten",
        "  werkgeverslasten: {methode: opbouw}").replace("jaar: 2025", "jaar: 2026")
    with pytest.raises(InvoerFout) as e:
        bereken(lees_model_tekst(tekst, "m.yaml"))
    assert "loonkosten.werkgeverslasten.pensioen_werkgeversdeel" in str(e.value)
    eigen = tekst.replace("{methode: opbouw}", "{methode: opbouw, pensioen_werkgeversdeel: 0.134, "
                                               "arbeidsongeschiktheid_werkgever: 0.017}")
    r = bereken(lees_model_tekst(eigen + "parameters: {aanvaard: [derden]}\n", "m.yaml"))
    f = next(h for h in r.herkomst if h.veld == "loonkosten.werkgeverslasten.arbeidsongeschiktheid_franchise")
    assert f.parameter == "pensioen.pfzw.franchise_wia_excedent" and f.waarde == 79409.0


def test_ort_uit_het_register_waarschuwt_voor_het_weekend() -> None:
    tekst = REFERENTIE.read_text(encoding="utf-8").replace(
        "ort: {methode: percentage, percentage: 0.07}", "ort: {methode: tabel}")
    tekst += "ort_tabel: {maximum_uurloon: 25.0, doorbetaling_bij_afwezigheid: true}\n"
    r = bereken(lees_model_tekst(tekst + "parameters: {aanvaard: [afgeleid]}\n", "ort.yaml"))
    assert [w.code for w in r.waarschuwingen] == ["ort_weekend_ontbreekt"]
    banden = [h for h in r.herkomst if h.veld.startswith("ort_tabel.banden")]
    assert [h.parameter for h in banden] == ["cao_jeugdzorg.ort.werkdag_06_07", "cao_jeugdzorg.ort.werkdag_19_22",
                                             "cao_jeugdzorg.ort.nacht_22_06"]
    # laat 15-23 (2 medewerkers, 7 dagen): werkdag 19-22 à 25% = 0,75 u, 22-23 à 45% = 0,45 u; weekend 22-23
    laat = 5 * (0.75 + 0.45) + 2 * 0.45
    assert r.waarde("ort_uren_per_week.laat") == pytest.approx(laat)


def test_werkboek_leest_een_standaard_terug_als_standaard(tmp_path: Path) -> None:
    m = lees_model(KORT)
    schrijf_werkboek(m, tmp_path / "kort.xlsx")
    terug = lees_werkboek(tmp_path / "kort.xlsx")
    assert terug == m
    assert terug.productiviteit.verlofuren is None and terug.productiviteit.feestdagen_op_werkdag == "kalender"


def test_werkboek_toont_herkomst(tmp_path: Path) -> None:
    import openpyxl

    schrijf_werkboek(lees_model(KORT), tmp_path / "kort.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "kort.xlsx")
    teksten = [str(c.value) for ws in wb.worksheets for rij in ws.iter_rows() for c in rij if c.value]
    assert any("cao_jeugdzorg.verlof.verlofuren_totaal" in t for t in teksten)
    assert any("Uit het register" in t for t in teksten)


def test_ontbrekend_op_datum() -> None:
    lijst = {veld: wat for veld, wat, _ in ontbrekend(register(), __import__("datetime").date(2026, 3, 1))}
    assert lijst["loonkosten.eindejaarsuitkering"] == "ontbreekt"
    assert lijst["indexering.loonindex"] == "ontbreekt"  # VNG 2026 is niet gevonden
    assert "productiviteit.verlofuren" not in lijst  # bron, ook in 2026 (nawerking)
    assert lijst["productiviteit.uren_per_feestdag"] == "afgeleid"
    assert "loonkosten.werkgeverslasten.arbeidsongeschiktheid_franchise" not in lijst  # opvolger WIA-excedent
    verplicht = verplichte_velden()
    assert "productiviteit.verzuimpercentage" in verplicht and "productiviteit.verlofuren" not in verplicht


def test_cli_ontbrekend(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parameters", "--ontbrekend", "--datum", "2025-06-01"]) == 0
    uit = capsys.readouterr().out
    assert "loonkosten.eindejaarsuitkering" in uit and "ontbreekt" in uit and "productiviteit.verzuimpercentage" in uit
    assert main(["parameters", "--ontbrekend"]) == 2


def test_elke_standaard_noemt_een_bestaande_parameter() -> None:
    namen = set(register().namen())
    for s in STANDAARDEN:
        assert s.parameter in namen, s
        assert not s.alternatief or s.alternatief in namen, s


def test_validator_zoekt_niets_op() -> None:
    """Valideren leest geen register, kalender of salaristabel: een onbekend VNG-jaar valideert, het oplossen
    faalt."""
    tekst = REFERENTIE.read_text(encoding="utf-8") + "indexering: {methode: vng_gewogen, vng_jaar: 2031}\n"
    m = lees_model_tekst(tekst, "m.yaml")
    with pytest.raises(InvoerFout, match=r"indexering\.vng_jaar"):
        los_op(m)
