"""YAML-voorcontrole: grenzen, tags, voorloopnullen, lange getallen en onmogelijke datums met regelnummer."""

from __future__ import annotations

import pytest

from kostprijs.errors import InvoerFout
from kostprijs.io.yaml_voorcontrole import MAX_DIEPTE, MAX_GEBEURTENISSEN, scalarprobleem, voorcontrole


@pytest.mark.parametrize(("waarde", "woord"), [
    ("012", "bedoelt u 12"), ("-007", "bedoelt u 7"), ("00.5", "voorloopnul"), ("450_000", "450000"),
    ("0x1F", "hexadecimaal"), ("0o17", "octaal"), ("1" * 18, "18 cijfers"), ("9" * 5000, "5000 cijfers"),
    ("2025-02-30", "geen bestaande datum"), ("2025-13-01", "geen bestaande datum"),
    ("2025-01-01 25:00:00", "geen bestaande datum of tijd"),
])
def test_verraderlijke_waarde(waarde: str, woord: str) -> None:
    probleem = scalarprobleem(waarde)
    assert probleem is not None and woord in probleem


@pytest.mark.parametrize("waarde", ["0", "0.5", "-0.25", "12", "1e3", "1.5E+10", "2025-02-28", "2024-02-29",
                                    "08:30", "naam met 012", ".inf", "123456789012345", "0.000000000000001"])
def test_gewone_waarde(waarde: str) -> None:
    assert scalarprobleem(waarde) is None


@pytest.mark.parametrize(("tekst", "regel", "woord"), [
    ("a: 1\nb: 012\n", 2, "voorloopnul"),
    ("a:\n  b: !!python/object/apply:os.system ['ls']\n", 2, "!!python/object/apply:os.system"),
    ("a: !eigen 3\n", 1, "!eigen"),
    ("a: " + "[" * (MAX_DIEPTE + 1) + "]" * (MAX_DIEPTE + 1) + "\n", 1, "te diep genest"),
    ("".join(f"k{i}: {i}\n" for i in range(MAX_GEBEURTENISSEN)), MAX_GEBEURTENISSEN // 2 - 1, "te veel waarden"),
    ("datum: 2025-02-30\n", 1, "bestaande datum"),
    ("a: 1\nb: " + "[" * 3000 + "\n", 2, "haken"),
])
def test_weigering_noemt_de_regel(tekst: str, regel: int, woord: str) -> None:
    with pytest.raises(InvoerFout) as e:
        voorcontrole(tekst, "m.yaml")
    m = e.value.meldingen[0]
    assert m.plaats == f"m.yaml, regel {regel}" and woord in m.tekst


@pytest.mark.parametrize("tekst", ["a: '012'\n", "a: !!str 012\n", "a: \"2025-02-30\"\n", "a: [1, [2, [3]]]\n",
                                   "a: [onaf\n"])
def test_geciteerd_standaardtag_of_syntaxfout_gaat_door(tekst: str) -> None:
    voorcontrole(tekst, "m.yaml")
