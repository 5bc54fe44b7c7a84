"""Uitvraag versie 2: realisatie, begroting of beide; vooraf invullen uit een model; oude versie; één ronde.

Verwachte getallen komen uit de opgave zelf (wat de test invult) en uit ``kostprijs bereken`` op hetzelfde
model (de figuren van de rekenkern): een onafhankelijke weg naar dezelfde kosten.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from kostprijs import bereken, lees_model
from kostprijs.cli import main
from kostprijs.core.afronding import rond_af
from kostprijs.errors import InvoerFout
from kostprijs.keuzes import KEUZES
from kostprijs.notatie import nl_getal
from kostprijs.onderzoek.celkaart import AANBIEDER_VELDEN, FUNCTIE_KOLOMMEN, LOCATIE_VELDEN
from kostprijs.onderzoek.cellen import zet_om
from kostprijs.onderzoek.herrekening import herreken
from kostprijs.onderzoek.inlezen import lees_opgave
from kostprijs.onderzoek.sjabloon import schrijf_sjabloon
from kostprijs.onderzoek.studie import onderzoek
from kostprijs.onderzoek.voorstel import Normen
from tests.conftest import REFERENTIE, ROOT, VOORBEELDEN
from tests.test_onderzoek_inlezen import gelijk, script


@pytest.fixture(scope="module")
def sjabloon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return schrijf_sjabloon(tmp_path_factory.mktemp("v2") / "sjabloon.xlsx")


def _opgave(soort: str, zaad: int) -> dict[str, Any]:
    synth = script("maak_synthetische_studie")
    opgave, _ = synth.maak_opgave(random.Random(zaad), 0)  # aanbieder 0: de definities van de regio
    if soort in ("begroting", "beide"):
        opgave["begroting"] = script("maak_synthetische_studie").begroting_van(opgave["locaties"])
        opgave["aanbieder"]["begrotingsjaar"] = 2027
    if soort == "begroting":
        opgave["locaties"] = []
        for sleutel in ("basisjaar", "cijfers_uit_jaarrekening", "verdeelsleutel"):
            opgave["aanbieder"].pop(sleutel)
    return opgave


def _vergelijk(gelezen: list[Any], verwacht: list[dict[str, Any]]) -> None:
    assert len(gelezen) == len(verwacht)
    for loc, invoer in zip(gelezen, verwacht, strict=True):
        for sleutel, waarde in invoer.items():
            if sleutel == "functies":
                assert [(f.naam, f.fte, f.loonkosten) for f in loc.functies] == [
                    (n, gelijk(f), gelijk(k)) for n, f, k in waarde]
            else:
                assert getattr(loc, sleutel) == gelijk(waarde), sleutel


@pytest.mark.parametrize("soort", ["realisatie", "begroting", "beide"])
def test_rondreis_realisatie_begroting_en_beide(sjabloon: Path, tmp_path: Path, soort: str) -> None:
    synth = script("maak_synthetische_studie")
    opgave = _opgave(soort, 7)
    gelezen = lees_opgave(synth.schrijf_ingevuld(sjabloon, tmp_path / f"{soort}.xlsx", opgave))
    _vergelijk(gelezen.locaties, opgave["locaties"])
    _vergelijk(gelezen.begroting, opgave.get("begroting", []))
    assert gelezen.begrotingsjaar == opgave["aanbieder"].get("begrotingsjaar")
    assert gelezen.basisjaar == opgave["aanbieder"].get("basisjaar")
    assert all(loc.soort == "begroting" for loc in gelezen.begroting)
    assert all(loc.soort == "realisatie" for loc in gelezen.locaties)


def test_studie_houdt_realisatie_en_begroting_apart(sjabloon: Path, tmp_path: Path) -> None:
    synth = script("maak_synthetische_studie")
    opgaven = {f"a{i}-{soort}.xlsx": _opgave(soort, 30 + i) for i, soort in
               enumerate(["realisatie", "begroting", "beide", "beide", "realisatie", "begroting"])}
    for i, (naam, opgave) in enumerate(opgaven.items()):
        opgave["aanbieder"]["aanbieder"] = f"Aanbieder {i}"
        synth.schrijf_ingevuld(sjabloon, tmp_path / naam, opgave)
    s = onderzoek(tmp_path, Normen(0.9, 0.2))
    assert set(s.delen) == {"realisatie", "begroting"}
    assert len(s.delen["realisatie"].aanbieders) == 4 and len(s.delen["begroting"].aanbieders) == 4
    for deel in s.delen.values():
        for a, code in zip(deel.aanbieders, deel.codes, strict=True):
            opgave = opgaven[a.bron]
            locaties = opgave["locaties"] if deel.soort == "realisatie" else opgave["begroting"]
            # onafhankelijk: de cliëntkosten zoals ingevuld, per soort; begroting 8% hoger dan de realisatie
            assert a.som("clientkosten") == pytest.approx(sum(loc["clientkosten"] for loc in locaties), rel=1e-12)
            assert code == opgave["aanbieder"]["aanbieder"]
    beide = [a for a in s.delen["begroting"].aanbieders if a.bron.endswith("beide.xlsx")]
    realisatie = {a.bron: a for a in s.delen["realisatie"].aanbieders}
    for a in beide:
        assert a.som("clientkosten") == pytest.approx(1.08 * realisatie[a.bron].som("clientkosten"), rel=1e-3)
    assert s.delen["realisatie"].voorstel != s.delen["begroting"].voorstel


def test_uit_model_dan_inlezen_geeft_de_figuren_van_het_model(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    for pad in sorted(VOORBEELDEN.glob("kwv-*.yaml")):
        uit = tmp_path / f"{pad.stem}.xlsx"
        assert main(["sjabloon", "--uit", str(uit), "--uit-model", str(pad)]) == 0
        res = bereken(lees_model(pad))
        a = herreken(lees_opgave(uit), soort="begroting")
        w = res.waarde
        s = res.structuur
        assert s is not None
        inhuur = sum(w(f"inhuurkosten.{s.functie_sleutel(i)}") for i in range(len(s.functies)) if s.functie_inhuur[i])
        assert rond_af(a.som("personeel") + a.som("inhuur")) == rond_af(w("personeelskosten_per_jaar")), pad.name
        assert rond_af(a.som("inhuur")) == rond_af(inhuur)
        for component, figuur in (("clientkosten", "clientkosten_per_jaar"), ("huisvesting", "huisvesting_per_jaar"),
                                  ("overhead", "overhead_per_jaar"), ("kostprijs", "kostprijs_per_jaar")):
            assert rond_af(a.som(component)) == rond_af(w(figuur)), (pad.name, component)
        assert rond_af(a.som("kostprijs") / a.som("bezette_etmalen")) == rond_af(w("kostprijs_per_bezet_etmaal"))
    capsys.readouterr()
    assert main(["inlezen", str(tmp_path / f"{REFERENTIE.stem}.xlsx")]) == 0
    uitvoer = capsys.readouterr().out
    assert "853.027,82" in uitvoer and "649,18" in uitvoer  # de referentiecasus: kostprijs per jaar en per etmaal


def test_oud_sjabloon_v1_geeft_een_duidelijke_melding(capsys: pytest.CaptureFixture[str]) -> None:
    oud = ROOT / "tests" / "data" / "kostprijs-sjabloon-kwv-v1.xlsx"
    with pytest.raises(InvoerFout) as e:
        lees_opgave(oud)
    [melding] = e.value.meldingen
    assert melding.plaats == "Instructie!B2"
    assert "oude versie" in melding.tekst and "kostprijs sjabloon" in melding.tekst and "v2" in melding.tekst
    assert main(["inlezen", str(oud)]) == 2
    assert "oude versie" in capsys.readouterr().err


def test_alle_problemen_in_een_ronde_ook_etmalen_boven_de_capaciteit(sjabloon: Path, tmp_path: Path) -> None:
    synth = script("maak_synthetische_studie")
    opgave = _opgave("realisatie", 3)
    loc = opgave["locaties"][0]
    for sleutel in ("bezettingsgraad", "bezettingsbasis", "beschikbare_plaatsen"):
        loc.pop(sleutel, None)
    loc.update(plaatsen=4, bezette_etmalen=1500)  # 1500 > 4 x 365

    def bederf(wb: Any) -> None:
        wb["Locatie 1"]["C24"] = 85  # verzuim als heel getal
        wb["Locatie 1"]["C29"] = "=A1*2"  # formule
        wb["Aanbieder"]["C9"] = "naar rato"  # geen keuze uit de lijst

    with pytest.raises(InvoerFout) as e:
        lees_opgave(synth.schrijf_ingevuld(sjabloon, tmp_path / "fout.xlsx", opgave, bederf))
    plaatsen = {m.plaats: m.tekst for m in e.value.meldingen}
    assert set(plaatsen) == {"Locatie 1!C6", "Locatie 1!C24", "Locatie 1!C29", "Aanbieder!C9"}
    assert "1500 bezette etmalen is meer dan 4 plaatsen x 365 dagen" in plaatsen["Locatie 1!C6"]


def test_inlezen_van_een_tariefwerkboek_verwijst_naar_lees_excel(tmp_path: Path) -> None:
    from kostprijs.excel import lees_werkboek, schrijf_werkboek

    schrijf_werkboek(lees_model(REFERENTIE), tmp_path / "kwv.xlsx")
    with pytest.raises(InvoerFout, match="lees het met kostprijs lees-excel"):
        lees_opgave(tmp_path / "kwv.xlsx")
    schrijf_sjabloon(tmp_path / "s.xlsx")
    with pytest.raises(InvoerFout, match="lees het met kostprijs inlezen"):
        lees_werkboek(tmp_path / "s.xlsx")


def test_herrekend_alleen_waar_een_definitie_afwijkt(sjabloon: Path, tmp_path: Path) -> None:
    synth = script("maak_synthetische_studie")
    opgave = _opgave("realisatie", 5)
    opgave["locaties"] = opgave["locaties"][:1]
    loc = opgave["locaties"][0]
    etmalen = loc.pop("bezette_etmalen", None) or 1000
    overhead = loc.pop("overhead_bedrag")
    loc.update(bezettingsgraad=etmalen / (loc["plaatsen"] * 365), bezettingsbasis="capaciteit",
               overhead_opgave="percentage", overhead_conventie="aandeel_totaal",
               overhead_grondslag="alle_directe_kosten", overhead_percentage=0.2)
    regio = herreken(lees_opgave(synth.schrijf_ingevuld(sjabloon, tmp_path / "zelfde.xlsx", opgave)))
    assert not regio.herrekend and regio.herrekeningen == ()  # graad en percentage in de regiodefinities
    assert regio.som("overhead") != overhead
    opgave["aanbieder"]["uren_per_week_fte"] = 38
    anders = herreken(lees_opgave(synth.schrijf_ingevuld(sjabloon, tmp_path / "anders.xlsx", opgave)))
    assert anders.herrekend and [h.onderwerp for h in anders.herrekeningen] == ["jaarurenbasis"]


def test_elke_keuze_van_het_sjabloon_is_een_woord_dat_terug_wordt_gezet() -> None:
    for veld in (*AANBIEDER_VELDEN, *LOCATIE_VELDEN, *FUNCTIE_KOLOMMEN):
        if not veld.keuzeveld:
            continue
        assert veld.keuzes, veld.sleutel
        for vast, woord in KEUZES[veld.keuzeveld].items():
            assert "_" not in woord, woord
            assert zet_om(veld, woord, "s") == ((vast == "ja") if veld.soort == "janee" else vast, None)


def test_cli_voorstel_als_tariefmodel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``onderzoek --tarief NORM.yaml --risico R``: het voorstel als model dat terugleest en het voorstel geeft."""
    import json

    map_ = tmp_path / "studie"
    script("maak_synthetische_studie").maak_studie(map_, aantal=5, zaad=8)
    norm, rapport = tmp_path / "norm.yaml", tmp_path / "r.xlsx"
    basis = ["onderzoek", str(map_), "--uit", str(rapport), "--normbezetting", "0.9", "--overheadnorm", "0.2"]
    assert main([*basis, "--tarief", str(norm)]) == 2  # zonder --risico
    assert "--risico" in capsys.readouterr().err
    assert main([*basis, "--tarief", str(norm), "--risico", "0.03", "--loonindex", "0.03", "--prijsindex", "0.02"]) == 0
    uit = capsys.readouterr().out
    assert "d. Indexering" in uit and "Tarief per bezet etmaal" in uit
    voorstel = json.loads(rapport.with_suffix(".json").read_text(encoding="utf-8"))["voorstel"]
    res = bereken(lees_model(norm))
    assert rond_af(res.waarde("kostprijs_per_bezet_etmaal")) == voorstel["tarief_afgerond"]
    assert nl_getal(res.tarief_per_bezet_etmaal) in uit.split("Tarief per bezet etmaal")[-1]
