"""Getalnotaties die een waarde verbergen, schalen of vaste cijfers tonen, worden herkend; gewone niet."""

from __future__ import annotations

import pytest

from kostprijs.io.getalnotatie import verhullend


@pytest.mark.parametrize(("notatie", "woord"), [
    (";;;", "verbergt"), ("0;;0", "verbergt"), ("#,##0;-#,##0;", "verbergt"), ("#,##0,", "1.000"),
    ("0.0,,", "1.000"), ('#,##0,"k"', "1.000"), ('"450"', "vaste cijfers"), ("\\4\\5\\0", "vaste cijfers"),
    ('"geheim"', "toont tekst"), ('0;"n.v.t."', "toont tekst"), ("[Red]", "verbergt"),
])
def test_verhullende_notatie(notatie: str, woord: str) -> None:
    reden = verhullend(notatie)
    assert reden is not None and woord in reden


@pytest.mark.parametrize("notatie", [None, "General", "@", "0", "0.00", "#,##0.00", "0.0%", "0%",
                                     "[$€-413] #,##0.00", '"€ "#,##0.00', "#,##0.00;[Red]-#,##0.00",
                                     '_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-', "dd-mm-yyyy", "hh:mm",
                                     '0.00" uur"', "0.0000"])
def test_gewone_notatie(notatie: str | None) -> None:
    assert verhullend(notatie) is None
