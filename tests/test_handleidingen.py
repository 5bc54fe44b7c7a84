"""De handleidingen draaien zoals ze er staan: elke ``kostprijs``-opdracht in een bash-blok en elk
Python-blok, in volgorde, in een lege map met de voorbeelden (zoals een nieuwe gebruiker).

Een opdracht die een eigen bestand van de lezer nodig heeft, staat met het commentaar ``# met uw eigen
bestand`` en wordt overgeslagen.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from kostprijs.cli import main

DOCS = Path(__file__).resolve().parents[1] / "docs"
WORTEL = DOCS.parent
HANDLEIDINGEN = sorted((DOCS / "handleiding").glob("*.md"))
BLOK = re.compile(r"```(bash|python)\n(.*?)```", re.DOTALL)


def _opdrachten(tekst: str) -> list[list[str]]:
    uit = []
    for soort, inhoud in BLOK.findall(tekst):
        if soort != "bash":
            continue
        for regel in inhoud.replace("\\\n", " ").splitlines():
            if regel.startswith("kostprijs ") and "# met uw eigen bestand" not in regel:
                uit.append(shlex.split(regel, comments=True)[1:])
    return uit


@pytest.fixture
def werkmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(WORTEL / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("pagina", HANDLEIDINGEN, ids=lambda p: p.stem)
def test_handleiding_draait(pagina: Path, werkmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tekst = pagina.read_text(encoding="utf-8")
    opdrachten = _opdrachten(tekst)
    for argv in opdrachten:
        assert main(argv) == 0, f"{pagina.name}: kostprijs {' '.join(argv)}\n{capsys.readouterr().err}"
        fout = capsys.readouterr().err
        assert "verouderd" not in fout, f"{pagina.name}: oude spelling in kostprijs {' '.join(argv)}"
    namen: dict[str, object] = {}
    for soort, inhoud in BLOK.findall(tekst):
        if soort == "python":
            exec(compile(inhoud, str(pagina), "exec"), namen)
    assert opdrachten or namen, f"{pagina.name} heeft niets om te draaien"


def test_handleidingen_bestaan() -> None:
    assert {p.stem for p in HANDLEIDINGEN} == {"inkoper", "controller", "ontwikkelaar"}


def test_inkoper_komt_op_het_tarief_van_de_referentiecasus(werkmap: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """De eerste twee opdrachten van de inkoper geven de 668,66 die de handleiding noemt."""
    opdrachten = _opdrachten((DOCS / "handleiding" / "inkoper.md").read_text(encoding="utf-8"))
    assert main(opdrachten[0]) == 0 and main(opdrachten[1]) == 0
    assert "Tarief per bezet etmaal: EUR 668,66" in capsys.readouterr().out
