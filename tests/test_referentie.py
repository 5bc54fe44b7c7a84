"""De gegenereerde referentie: elk YAML-veld met omschrijving en eenheid, elke subopdracht met haar opties,
en geen bestand dat naar materiaal buiten het project verwijst."""

from __future__ import annotations

import argparse
import re
import subprocess
from pathlib import Path
from typing import Annotated

import pytest
from pydantic import Field

from kostprijs.referentie import opdrachtentabel, velden, veldreferentie
from kostprijs.validatie import Basis

WORTEL = Path(__file__).resolve().parents[1]


def _ontbrekend(wortel: type[Basis] | None = None) -> list[str]:
    fout = []
    for v in velden(wortel):
        if not v.omschrijving:
            fout.append(f"{v.pad}: geen omschrijving")
        if v.getal and not v.eenheid:
            fout.append(f"{v.pad}: getal zonder eenheid")
    return fout


def test_elk_veld_heeft_omschrijving_en_eenheid() -> None:
    assert _ontbrekend() == []


def test_de_controle_kan_falen() -> None:
    """Een model met een veld zonder omschrijving en een getal zonder eenheid valt op."""

    class Kaal(Basis):
        naam: str
        aantal: int = Field(description="zonder eenheid")
        bedrag: Annotated[float, Field(json_schema_extra={"eenheid": "EUR"})] = Field(description="met eenheid")
        uren: float = Field(description="uren per jaar. [uur/jaar]")

    assert _ontbrekend(Kaal) == ["naam: geen omschrijving", "aantal: getal zonder eenheid"]
    assert {v.naam: v.eenheid for v in velden(Kaal)} == {"naam": "", "aantal": "", "bedrag": "EUR",
                                                         "uren": "uur/jaar"}


def test_register_standaard_staat_bij_het_veld() -> None:
    from kostprijs.oplossen import STANDAARDEN

    per_pad = {v.pad: v for v in velden()}
    for s in STANDAARDEN:
        pad = ".".join(s.veld)
        if pad in per_pad:
            assert f"`{s.parameter}`" in per_pad[pad].standaard, pad
    assert "36 uur/week vanaf 2024-01-01" in per_pad["productiviteit.contracturen_per_week"].standaard


@pytest.mark.parametrize(("pagina", "maak"), [("referentie/velden.md", veldreferentie),
                                              ("referentie/opdrachten.md", opdrachtentabel)])
def test_gegenereerde_pagina_is_actueel(pagina: str, maak: object) -> None:
    tekst = (WORTEL / "docs" / pagina).read_text(encoding="utf-8")
    assert callable(maak)
    assert tekst == maak(), f"docs/{pagina} loopt achter: draai `python scripts/maak_docs.py`"


def test_elk_veld_staat_in_de_referentie() -> None:
    tekst = veldreferentie()
    for v in velden():
        assert f"| `{v.naam}` |" in tekst


def test_opdrachtentabel_noemt_elke_subopdracht_en_optie() -> None:
    from kostprijs.cli import OPDRACHTEN, maak_parser

    tekst = opdrachtentabel()
    sub = next(a for a in maak_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(OPDRACHTEN)
    for naam, p in sub.choices.items():
        deel = tekst.split(f"\n## {naam}\n")[1].split("\n## ")[0]
        for a in p._actions:
            if a.option_strings and a.help != argparse.SUPPRESS and not isinstance(a, argparse._HelpAction):
                assert f"`{a.option_strings[-1]}`" in deel, (naam, a.option_strings)
    assert "`--bezettingen` → `--bezetting`" in tekst  # oude spellingen staan erbij


GEDEELD = "shared"
"""De map met onderzoeksnotities naast het project (hier in delen, zodat ook dit bestand er niet naar verwijst)."""
VERBODEN = re.compile(
    r"\.\./" + GEDEELD + "|/work/" + GEDEELD
    + r"|reference/|\b(methode|bezetting|betrouwbaarheid|parameters|excel-en-ecosysteem|stijl)"
    r"\.md\s*§")
"""Verwijzingen naar de onderzoeksnotities buiten het project (de map ernaast, ``methode.md §3.2``)."""


def test_geen_verwijzing_naar_materiaal_buiten_het_project() -> None:
    bestanden = subprocess.run(["git", "ls-files"], cwd=WORTEL, capture_output=True, text=True,
                               check=True).stdout.split()
    fout = []
    for naam in bestanden:
        pad = WORTEL / naam
        if naam == "tests/test_referentie.py" or pad.suffix in (".png", ".xlsx", ".pdf") or not pad.is_file():
            continue
        for nr, regel in enumerate(pad.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if VERBODEN.search(regel):
                fout.append(f"{naam}:{nr}: {regel.strip()[:100]}")
    assert not fout, "\n".join(fout)


@pytest.mark.parametrize("regel", [f"zie ../{GEDEELD}/cases/x.yaml", "(methode.md §3.2)", "``reference/bezetting.md``",
                                   "bezetting.md §2.4"])
def test_verwijzing_wordt_gevonden(regel: str) -> None:
    assert VERBODEN.search(regel)


def test_eigen_docs_mogen_wel() -> None:
    assert not VERBODEN.search("zie docs/methode.md#productiviteit en [bezetting](bezetting.md)")
