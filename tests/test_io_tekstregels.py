"""Tekstregels voor namen: onzichtbare tekens, Excel-escapes en lege namen worden geweigerd; tonen is veilig."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from kostprijs.io.tekstregels import naamprobleem, toon_naam
from kostprijs.units import Naam


@pytest.mark.parametrize(("naam", "woord"), [
    ("   ", "alleen uit spaties"), ("\u3000", "alleen uit spaties"), ("Huize\x0bAnker", "U+000B"),
    ("Huize \u202eNOOZ", "U+202E"), ("Hui\u200bze", "U+200B"), ("Huize\u2028Anker", "U+2028"),
    ("Huize\u2029", "U+2029"), ("Huize\tAnker", "U+0009"), ("Huize\nAnker", "U+000A"),
    ("Huize\ue000", "U+E000"), ("Zorg_x000B_aanbieder", "_x000B_"), ("Zorg_x2028_", "_x2028_"),
])
def test_onbruikbare_naam(naam: str, woord: str) -> None:
    probleem = naamprobleem(naam)
    assert probleem is not None and woord in probleem


@pytest.mark.parametrize("naam", ["Huize 't Anker", "Ëlma-Ø Zorg B.V.", "Zorg & Co (2025)", "x", "Stichting_x"])
def test_gewone_naam(naam: str) -> None:
    assert naamprobleem(naam) is None


def test_naam_in_een_model_geeft_een_nederlandse_fout() -> None:
    class M(BaseModel):
        naam: Naam

    assert M(naam="Huize").naam == "Huize"
    for fout in ("  ", "Huize\u202e"):
        with pytest.raises(ValidationError) as e:
            M(naam=fout)
        assert e.value.errors()[0]["type"] == "kostprijs"


def test_toon_naam_escapet_onzichtbare_tekens() -> None:
    assert toon_naam("opgave\nafgewezen: alles goed.xlsx") == "opgave\\nafgewezen: alles goed.xlsx"
    assert toon_naam("a\u202eb\udc80.xlsx") == "a\\u202eb\\udc80.xlsx"
    assert toon_naam("Ëlma.xlsx") == "Ëlma.xlsx"
