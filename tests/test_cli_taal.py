"""Eén CLI-taal: elke subopdracht antwoordt op foute typen, conflicten, ontbrekende argumenten, onbekende
opties en keuzes in het Nederlands, zonder Engelse argparse-woorden en zonder traceback; oude spellingen
werken nog één uitgave met een melding; "bedoelt u" komt uit de echte namen.

De gevallen worden uit de parser zelf gemaakt (elke optie met een getaltype, elke keuzelijst, elke groep
die elkaar uitsluit), zodat een nieuwe subopdracht of optie vanzelf meedoet.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kostprijs.cli import OPDRACHTEN, maak_parser, main
from kostprijs.cli._parser import geheel_getal, getal
from tests.conftest import REFERENTIE

ENGELS = re.compile(
    r"\b(invalid|choice|choose|required|expected|allowed|unrecognized|error|usage|ambiguous|could match|value|"
    r"following|ignored|options?|positional|show|message|exit|int|float|arguments?\s+%|Traceback)\b",
    re.IGNORECASE,
)
"""Woorden die argparse in het Engels zou tonen (en 'Traceback')."""


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = maak_parser()
    actie = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(actie.choices)


SUB = _subparsers()


def _gevallen() -> list[tuple[str, list[str]]]:
    """(soort, argv) per subopdracht: foute typen, conflicten, ontbrekend, onbekende optie en keuze."""
    uit: list[tuple[str, list[str]]] = [("geen opdracht", []), ("onbekende opdracht", ["berekn"])]
    for naam, p in SUB.items():
        uit.append((f"{naam}: onbekende optie", [naam, "--bestaat-niet"]))
        if any(a.required for a in p._actions):
            uit.append((f"{naam}: ontbrekend", [naam]))
        for a in p._actions:
            if not a.option_strings or a.help == argparse.SUPPRESS:
                continue
            optie = a.option_strings[-1]
            if a.type in (geheel_getal, getal):
                uit.append((f"{naam} {optie}: fout type", [naam, optie, "veel"]))
                uit.append((f"{naam} {optie}: komma", [naam, optie, "0,9"]))
            if a.choices:
                uit.append((f"{naam} {optie}: keuze", [naam, optie, "iets-anders"]))
            if a.nargs is None and a.type is not None:
                uit.append((f"{naam} {optie}: geen waarde", [naam, optie]))
        for groep in p._mutually_exclusive_groups:
            a, b = groep._group_actions[:2]
            waarde = ["1"] if a.nargs != 0 else []
            waarde_b = ["1"] if b.nargs != 0 else []
            uit.append((f"{naam}: conflict {a.option_strings[0]} {b.option_strings[0]}",
                        [naam, a.option_strings[0], *waarde, b.option_strings[0], *waarde_b]))
    return uit


GEVALLEN = _gevallen()


def test_gevallen_dekken_elke_soort() -> None:
    """De lijst kan niet stil leeg raken: elke soort fout komt voor, elke subopdracht doet mee."""
    soorten = " ".join(s for s, _ in GEVALLEN)
    for woord in ("fout type", "komma", "keuze", "conflict", "ontbrekend", "onbekende optie", "geen waarde"):
        assert woord in soorten
    assert {a[0] for _, a in GEVALLEN if a} >= set(OPDRACHTEN)


@pytest.mark.parametrize(("soort", "argv"), GEVALLEN, ids=[s for s, _ in GEVALLEN])
def test_fout_op_de_opdrachtregel_is_nederlands(soort: str, argv: list[str], capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2
    fout = capsys.readouterr().err
    assert "fout:" in fout and "gebruik:" in fout, fout
    assert not ENGELS.search(fout), f"Engels in: {fout}"


def test_geen_traceback_als_proces(tmp_path: Path) -> None:
    """Als echt proces (zoals een gebruiker het draait): exitcode 2, Nederlands, geen traceback."""
    for argv in (["scenario", str(REFERENTIE), "--grootte", "1-3", "--tornado"], ["financiering", "--runs", "x"],
                 ["nieuw"], ["indexeer", "--tarief", "abc", "--jaren", "2025"]):
        r = subprocess.run([sys.executable, "-m", "kostprijs", *argv], capture_output=True, text=True, cwd=tmp_path)
        assert r.returncode == 2, r.stderr
        assert "Traceback" not in r.stderr and not ENGELS.search(r.stderr), r.stderr


def test_meldingen_zeggen_wat_wel_mag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["financiering", str(REFERENTIE), "--runs", "veel"])
    assert "'veel' is geen geheel getal" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["indexeer", "--tarief", "668,66", "--jaren", "2025"])
    assert "schrijf een punt: 668.66" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["scenario", str(REFERENTIE), "--grootte", "1-3", "--tornado"])
    assert "gaat niet samen met --grootte" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["indexeer", "--tarief", "668.66"])
    assert "deze argumenten ontbreken: --jaren" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "hint"), [
    (["berekn"], "bedoelt u 'bereken'?"),
    (["bereken", "m.yaml", "--jsno"], "bedoelt u --json?"),
    (["financiering", "m.yaml", "--bezettingn", "0.9"], "bedoelt u --bezetting?"),
    (["nieuw", "w.yaml", "--nacht", "wakker"], "bedoelt u 'wakend'?"),
    (["nieuw", "w.yaml", "--huisvesting", "eigen"], "bedoelt u 'eigendom'?"),
])
def test_bedoelt_u(argv: list[str], hint: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(argv)
    assert hint in capsys.readouterr().err


def test_bedoelt_u_uit_de_veldnamen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Een veldnaam in YAML: ``verzuim`` -> ``verzuimpercentage`` (een voorvoegsel, geen tikfout)."""
    tekst = REFERENTIE.read_text(encoding="utf-8").replace("verzuimpercentage:", "verzuim:")
    model = tmp_path / "m.yaml"
    model.write_text(tekst, encoding="utf-8")
    assert main(["bereken", str(model)]) == 2
    assert "onbekende sleutel 'verzuim'; bedoelt u 'verzuimpercentage'?" in capsys.readouterr().err


def test_elke_optie_heeft_nederlandse_hulp(capsys: pytest.CaptureFixture[str]) -> None:
    for naam, p in SUB.items():
        for a in p._actions:
            if a.help != argparse.SUPPRESS:
                assert a.help and not ENGELS.search(a.help), f"{naam} {a.option_strings or a.dest}: {a.help!r}"
        with pytest.raises(SystemExit):
            main([naam, "--help"])
        hulp = capsys.readouterr().out
        assert "gebruik:" in hulp and "opties:" in hulp
        assert not ENGELS.search(hulp.replace("--help", "")), hulp


def test_een_optietaal() -> None:
    """Hetzelfde ding heet overal hetzelfde: --uit voor een bestand, --json [PAD], --bezetting."""
    for naam, p in SUB.items():
        opties = {s: a for a in p._actions if a.help != argparse.SUPPRESS for s in a.option_strings}
        assert not {"--csv", "--png", "--yaml", "--bezettingen", "--maanden"} & set(opties), naam
        if "--excel" in opties:  # alleen als keuze van het formaat (kostprijs nieuw --excel), nooit met een pad
            assert opties["--excel"].nargs == 0, naam
        if "--json" in opties:
            assert opties["--json"].nargs == "?", f"{naam}: --json hoort [PAD] te nemen"
        positioneel = [a.metavar for a in p._actions if not a.option_strings and a.help != argparse.SUPPRESS]
        assert not [m for m in positioneel if str(m).startswith("UIT")], f"{naam}: uitvoer als argument"


@pytest.mark.parametrize(("argv", "oud", "nieuw"), [
    (["scenario", str(REFERENTIE), "--bezetting", "0.9", "--csv", "s.csv"], "--csv", "--uit"),
    (["sjabloon", "sjabloon.xlsx"], "UIT.xlsx", "--uit"),
    (["aanloop", str(REFERENTIE), "--maanden", "0.5,1", "--csv", "a.csv"], "--maanden", "--bezetting"),
])
def test_oude_spelling_werkt_met_melding(argv: list[str], oud: str, nieuw: str, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 0
    fout = capsys.readouterr().err
    assert "is verouderd en vervalt in kostprijs 0.3.0" in fout and oud in fout and nieuw in fout
    assert any(tmp_path.iterdir()), "de oude spelling schreef niets"


def test_json_naar_bestand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    pad = tmp_path / "r.json"
    assert main(["bereken", str(REFERENTIE), "--json", str(pad)]) == 0
    assert json.loads(pad.read_text(encoding="utf-8"))["tarief_per_bezet_etmaal"] == 668.66
    assert capsys.readouterr().out == ""


def test_uit_met_verkeerde_extensie(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["scenario", str(REFERENTIE), "--uit", "tabel.txt"])
    assert "geef een bestand op .csv (de tabel als CSV) of .png" in capsys.readouterr().err


def test_elke_module_met_registreer_staat_in_de_tabel() -> None:
    """Een subopdracht toevoegen is één regel in OPDRACHTEN; een vergeten regel valt hier op."""
    import kostprijs.cli as cli

    map_ = Path(cli.__file__).parent
    modules = {p.stem for p in map_.glob("*.py") if not p.stem.startswith("_")
               and "def registreer(" in p.read_text(encoding="utf-8")}
    assert modules == {o.module for o in OPDRACHTEN.values()}


def _geladen(code: str) -> set[str]:
    uit = subprocess.run([sys.executable, "-c", "import sys\n" + code + "\nprint(' '.join(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True).stdout.split()
    return set(uit)


def test_help_laadt_geen_invoermodellen_of_zware_modules() -> None:
    """``kostprijs --help``: geen kostprijs.inputs, geen opdrachtmodule, geen pandas/openpyxl/xlsxwriter/matplotlib."""
    geladen = _geladen("from kostprijs.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass")
    assert "kostprijs.cli" in geladen
    verboden = {"kostprijs.inputs", "pydantic", "numpy", "pandas", "openpyxl", "xlsxwriter", "matplotlib"}
    assert not verboden & geladen, verboden & geladen
    assert not {m for m in geladen if m.startswith("kostprijs.cli.") and not m.startswith("kostprijs.cli._")}


def test_subopdracht_bouwt_alleen_zichzelf() -> None:
    geladen = _geladen("from kostprijs.cli import main\ntry:\n    main(['bereken', '--help'])\nexcept SystemExit:\n"
                       "    pass")
    opdrachtmodules = {m.rsplit(".", 1)[1] for m in geladen if m.startswith("kostprijs.cli.")} - {"_parser", "_opties",
                                                                                               "_model", "weergave"}
    assert opdrachtmodules == {"bereken"}
    assert not {"pandas", "openpyxl", "xlsxwriter", "matplotlib", "kostprijs.inputs"} & geladen
