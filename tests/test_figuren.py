"""Eén tabel van figuren: elke formule in woorden en elke Excel-formule komt uit ``kostprijs.figuren``.

Acceptatie issue 9, punt 2: elke figuur van het resultaat heeft precies één rij in de tabel; elke
formule in woorden die een uitvoer toont en elke formule in het werkboek komt uit die rij; geen andere
module van het pakket bevat formuletekst.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

from kostprijs import bereken, lees_model
from kostprijs.figuren import AFGEROND, BEZETTING, GERAPPORTEERD, PER_SLEUTEL, TABEL, cellen, excel_formule
from kostprijs.results import Resultaat
from tests.conftest import VOORBEELDEN

PAKKET = Path(__file__).resolve().parents[1] / "kostprijs"


def _sjabloon_naar_regex(sjabloon: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\\{\w+\\\}", "[^{}]+", re.escape(sjabloon)))


def formules_uit_de_tabel(res: Resultaat, werkboek: bool = False) -> tuple[set[str], list[re.Pattern[str]]]:
    """Alle Excel-formules die de tabel voor dit model geeft, plus de sjablonen per rij (bezetting, afronding)
    en de verwijzingen naar benoemde cellen (``=personeelskosten_per_jaar``). ``werkboek``: met de vrije
    regels voor diensten en functies van het werkboek."""
    s = res.structuur
    assert s is not None
    if werkboek:
        from kostprijs.excel.vrije_regels import werkboekstructuur

        s = werkboekstructuur(s)
    vast = {f for c in cellen(s, werkboek=True) if (f := excel_formule(c, s)) is not None}
    vast |= {(AFGEROND.excel or "").format(naam=k) for k in GERAPPORTEERD}
    vast |= {c.naam for c in cellen(s, werkboek=True)}  # verwijzingen naar een benoemde cel
    vast.add(f"{GERAPPORTEERD[0]}_afgerond")
    patronen = [_sjabloon_naar_regex(r.excel or "") for r in BEZETTING.values()]
    patronen.append(_sjabloon_naar_regex(AFGEROND.excel or ""))
    return vast, patronen


@pytest.fixture(scope="module", params=sorted(VOORBEELDEN.glob("kwv-*.yaml")), ids=lambda p: p.name)
def resultaat(request: Any) -> Resultaat:
    return bereken(lees_model(request.param))


def test_sleutels_in_de_tabel_zijn_uniek() -> None:
    sleutels = [r.sleutel for r in TABEL]
    assert len(sleutels) == len(set(sleutels))
    namen = [r.naam for r in TABEL]
    assert len(namen) == len(set(namen)), "elke rij heeft een eigen naam in het werkboek"


def test_elke_figuur_heeft_precies_een_rij(resultaat: Resultaat) -> None:
    s = resultaat.structuur
    assert s is not None
    per_figuur: dict[str, list[str]] = {}
    for c in cellen(s):
        per_figuur.setdefault(c.sleutel, []).append(c.rij.sleutel)
    assert set(per_figuur) == set(resultaat.figuren)
    assert all(len(rijen) == 1 for rijen in per_figuur.values()), per_figuur


def test_woorden_label_en_excel_van_elke_figuur_komen_uit_zijn_rij(resultaat: Resultaat) -> None:
    s = resultaat.structuur
    assert s is not None
    rij_van = {c.sleutel: c for c in cellen(s)}
    for sleutel, f in resultaat.figuren.items():
        c = rij_van[sleutel]
        assert f.formule == c.rij.woorden
        assert f.omschrijving == c.label
        assert f.eenheid == c.rij.eenheid and f.bron == c.rij.bron
        assert f.excel == excel_formule(c, s)


def test_json_en_uitleg_tonen_de_formule_uit_de_tabel(resultaat: Resultaat) -> None:
    d = resultaat.to_dict()
    for sleutel, f in d["figuren"].items():
        rij = next(c.rij for c in cellen(resultaat.structuur) if c.sleutel == sleutel)  # type: ignore[arg-type]
        assert f["formule"] == rij.woorden
        assert rij.woorden in resultaat.uitleg(sleutel)


def _teksten(pad: Path) -> list[str]:
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    return [k.value for k in ast.walk(boom) if isinstance(k, ast.Constant) and isinstance(k.value, str)]


EXCEL = re.compile(r"\b(IF|MAX|MIN|ROUND|MOD|HOUR|MINUTE)\(|\b[a-z]+_[a-z_]+\*[a-z]+_[a-z_]+")


@pytest.mark.parametrize("module", sorted(p for p in PAKKET.rglob("*.py") if p.name != "figuren.py"),
                         ids=lambda p: str(p.relative_to(PAKKET)))
def test_geen_formuletekst_buiten_de_tabel(module: Path) -> None:
    """Geen Excel-formule en geen formule in woorden uit de tabel staat in een andere module."""
    woorden = {r.woorden for r in PER_SLEUTEL.values() if len(r.woorden) >= 25}
    for tekst in _teksten(module):
        assert not EXCEL.search(tekst), f"{module.name}: Excel-formule buiten de tabel: {tekst[:80]}"
        assert not any(w in tekst for w in woorden), f"{module.name}: formule in woorden buiten de tabel: {tekst[:80]}"


def test_de_regel_werkt_excel_formule_wordt_herkend() -> None:
    """De controle hierboven kan falen: een Excel-formule en een zin uit de tabel worden herkend."""
    assert EXCEL.search("=IF(a,b,c)") and EXCEL.search("personeel_a*risico_factor")
    assert not EXCEL.search("overhead = opslag x grondslag")


def test_docs_tabel_van_figuren_is_actueel() -> None:
    """``docs/figuren.md`` is gegenereerd uit de tabel en loopt niet achter."""
    from kostprijs.figuren import markdown

    docs = PAKKET.parent / "docs" / "figuren.md"
    assert docs.read_text(encoding="utf-8") == markdown(), (
        "docs/figuren.md loopt achter: draai `python scripts/maak_figurentabel.py`")
