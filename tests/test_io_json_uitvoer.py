"""JSON-uitvoer: een niet-eindig getal wordt geweigerd met het veld waar het staat."""

from __future__ import annotations

import json

import numpy as np
import pytest

from kostprijs.cli import main
from kostprijs.io.json_uitvoer import NietEindigFout, json_tekst
from tests.conftest import REFERENTIE


@pytest.mark.parametrize(("data", "veld"), [
    ({"figuren": {"tarief": {"waarde": float("nan")}}}, "figuren.tarief.waarde"),
    ({"rijen": [{"a": 1.0}, {"a": float("inf")}]}, "rijen[1].a"),
    ([1.0, (2.0, np.float64("-inf"))], "[1][1]"),
])
def test_niet_eindig_noemt_het_veld(data: object, veld: str) -> None:
    with pytest.raises(NietEindigFout) as e:
        json_tekst(data)
    assert e.value.veld == veld
    assert f"'{veld}'" in str(e.value) and "niet eindig" in str(e.value)


def test_eindige_gegevens_als_gewone_json() -> None:
    data = {"naam": "Huize Één", "getallen": [1, 2.5, None, True]}
    assert json.loads(json_tekst(data)) == data
    assert "Één" in json_tekst(data)


def test_bereken_json_via_de_cli_noemt_het_veld(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from kostprijs import results

    echt = results.Resultaat.to_dict

    def met_nan(self: results.Resultaat) -> dict[str, object]:
        d = echt(self)
        d["tarief_per_bezet_etmaal"] = float("nan")
        return d

    monkeypatch.setattr(results.Resultaat, "to_dict", met_nan)
    assert main(["bereken", str(REFERENTIE), "--json"]) == 2
    uit = capsys.readouterr()
    assert uit.out == ""
    assert "'tarief_per_bezet_etmaal' is niet eindig" in uit.err and "Traceback" not in uit.err
