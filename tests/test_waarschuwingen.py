"""Waarschuwingen voor stille aannames (acceptatie issue 9, punt 4): elk een test, ``--streng`` geeft exit 2.

Elke waarschuwing noemt het YAML-pad met bestand en regel, staat op stderr (CLI), in de JSON
(``waarschuwingen``) en op het eerste blad van het werkboek.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kostprijs import bereken, lees_model, lees_model_tekst
from kostprijs.cli import main
from kostprijs.scenario.grootte import tarief_naar_grootte
from tests.conftest import REFERENTIE

REF = REFERENTIE.read_text(encoding="utf-8")
GROEP_ORT = "    ort: {methode: percentage, percentage: 0.07}\n"


def regel(tekst: str) -> int:
    """Het regelnummer (vanaf 1) van de eerste regel in de referentiecasus die ``tekst`` bevat."""
    return next(i for i, r in enumerate(REF.splitlines(), start=1) if tekst in r)


GEVALLEN: dict[str, tuple[str, str, str]] = {
    # naam: (model-tekst, code, plaats die in de melding moet staan)
    "wakende nacht zonder ORT": (
        REF.replace(GROEP_ORT, "").replace("soort: slaap}", "soort: wakker}"), "ort_ontbreekt",
        "functies[0].ort (m.yaml, regel"),
    "waakdienst zonder ORT": (
        REF.replace(GROEP_ORT, "").replace("soort: slaap}", "soort: waak}"), "ort_ontbreekt", "functies[0].ort"),
    "maandsalaris met punt (3.500 is 3,5)": (
        REF.replace("maandsalaris: 3500 ", "maandsalaris: 3.500"), "salaris_tikfout",
        f"functies[0].maandsalaris (m.yaml, regel {regel('maandsalaris: 3500')})"),
    "maandsalaris onder het CAO-minimum": (
        REF.replace("maandsalaris: 3500 ", "maandsalaris: 1900 "), "salaris_onder_minimum",
        f"functies[0].maandsalaris (m.yaml, regel {regel('maandsalaris: 3500')})"),
    "maandsalaris ver boven de schalen": (
        REF.replace("maandsalaris: 5000", "maandsalaris: 35000"), "salaris_hoog", "functies[1].maandsalaris"),
    "normbezetting onder 60%": (REF.replace("bezettingsgraad: 0.90 ", "bezettingsgraad: 0.55 "), "bezetting_laag",
                                f"bezettingsgraad (m.yaml, regel {regel('bezettingsgraad:')})"),
    "normbezetting op 100%": (REF.replace("bezettingsgraad: 0.90 ", "bezettingsgraad: 1.0 "), "bezetting_vol",
                              f"bezettingsgraad (m.yaml, regel {regel('bezettingsgraad:')})"),
    "overhead boven 40%": (REF.replace("percentage: 0.25 ", "percentage: 0.45 "), "overhead_hoog", "overhead"),
    "overhead als opslag boven 40% van het totaal": (
        REF.replace("percentage: 0.25 ", "percentage: 0.80 ").replace("overhead_conventie: aandeel_totaal",
                                                                     "overhead_conventie: opslag_direct"),
        "overhead_hoog", "overhead"),
    "rooster met een gat": (
        REF.replace('    - {naam: nacht, begin: "23:00", eind: "07:00", personeel: 1, dagen: alle, soort: slaap}\n',
                    ""),
        "rooster_gat", "rooster.diensten (m.yaml, regel"),
}


@pytest.mark.parametrize("geval", GEVALLEN)
def test_waarschuwing(geval: str) -> None:
    tekst, code, plaats = GEVALLEN[geval]
    assert tekst != REF, "de vervanging in de test moet iets veranderen"
    r = bereken(lees_model_tekst(tekst, "m.yaml"))
    gevonden = [w for w in r.waarschuwingen if w.code == code]
    assert gevonden, [str(w) for w in r.waarschuwingen]
    assert plaats in gevonden[0].plaats, gevonden[0].plaats


def test_referentiecasus_geeft_geen_waarschuwing() -> None:
    assert bereken(lees_model(REFERENTIE)).waarschuwingen == ()


def test_tikfout_stelt_het_bedrag_voor() -> None:
    r = bereken(lees_model_tekst(GEVALLEN["maandsalaris met punt (3.500 is 3,5)"][0], "m.yaml"))
    w = next(w for w in r.waarschuwingen if w.code == "salaris_tikfout")
    assert "3500" in w.tekst and "3,5" in w.tekst


def test_gat_in_het_rooster_noemt_dag_en_tijd() -> None:
    r = bereken(lees_model_tekst(GEVALLEN["rooster met een gat"][0], "m.yaml"))
    w = next(w for w in r.waarschuwingen if w.code == "rooster_gat")
    assert "maandag 23:00 - dinsdag 07:00" in w.tekst


def test_ort_waarschuwing_noemt_de_dienst_en_de_uren() -> None:
    r = bereken(lees_model_tekst(GEVALLEN["wakende nacht zonder ORT"][0], "m.yaml"))
    w = next(w for w in r.waarschuwingen if w.code == "ort_ontbreekt")
    assert "'nacht'" in w.tekst and "'laat'" in w.tekst and "CAO Jeugdzorg 8.1" in w.tekst


def test_grootte_zonder_roosterregel() -> None:
    df = tarief_naar_grootte(lees_model(REFERENTIE), [1, 2, 3])
    assert [w["code"] for w in df.attrs["waarschuwingen"]] == ["grootte_zonder_roosterregel"]


@pytest.mark.parametrize("geval", ["normbezetting onder 60%", "rooster met een gat"])
def test_cli_stderr_json_en_streng(geval: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst, code, _ = GEVALLEN[geval]
    model = tmp_path / "m.yaml"
    model.write_text(tekst, encoding="utf-8")
    assert main(["bereken", str(model)]) == 0
    uit = capsys.readouterr()
    assert "waarschuwing:" in uit.err and "m.yaml, regel" in uit.err and "waarschuwing" not in uit.out
    assert main(["bereken", str(model), "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert code in [w["code"] for w in d["waarschuwingen"]]
    assert main(["bereken", str(model), "--streng"]) == 2
    uit = capsys.readouterr()
    assert uit.out == "" and "--streng" in uit.err and "Traceback" not in uit.err


def test_streng_bij_scenario_en_grootte(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenario", str(REFERENTIE), "--grootte", "1-3", "--streng"]) == 2
    assert "roosterregel" in capsys.readouterr().err
    assert main(["scenario", str(REFERENTIE), "--grootte", "1-3"]) == 0
    assert "waarschuwing: roosterregel" in capsys.readouterr().err


def test_werkboek_toont_waarschuwingen(tmp_path: Path) -> None:
    import openpyxl

    from kostprijs.excel import schrijf_werkboek

    m = lees_model_tekst(GEVALLEN["normbezetting onder 60%"][0], "m.yaml")
    schrijf_werkboek(m, tmp_path / "w.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "w.xlsx")["Toelichting"]
    teksten = [str(c.value) for rij in ws.iter_rows() for c in rij if c.value]
    assert "Waarschuwingen (controleer deze punten)" in teksten
    assert any(f"Normbezetting (m.yaml, regel {regel('bezettingsgraad:')})" in t for t in teksten)
