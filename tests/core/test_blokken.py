"""Raster in blokken (kostprijs.core.blokken) en de luie keten (kostprijs.core.keten.Keten).

Maatstaf is telkens de volledige opbouw van dezelfde kern in één gebroadcaste aanroep (``opbouw``): de
blokken moeten precies dezelfde getallen geven (zelfde bewerkingen, zelfde volgorde), bij elke blokgrootte en
elke asvolgorde, en alleen rekenen wat gevraagd is.
"""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kostprijs import lees_model
from kostprijs.core import blokken, keten
from kostprijs.oplossen import los_op
from kostprijs.scenario import raster as sr
from kostprijs.scenario.assen import MOGELIJK
from tests.conftest import VOORBEELDEN

MODELLEN = sorted(VOORBEELDEN.glob("kwv-*.yaml"))


def _kern(pad, assen):  # type: ignore[no-untyped-def]
    o = los_op(lees_model(pad))
    assen = {n.replace("{f}", o.structuur.functies[0]).replace("{d}", o.structuur.diensten[-1]): w
             for n, w in assen.items()}
    kern, coords, langs = sr._kern_op_raster(o.kern, o.structuur, assen)
    return kern, tuple(c.size for c in coords.values()), langs


ASSEN = {
    "bezettingsgraad": np.linspace(0.55, 1.0, 11),
    "maandsalaris.{f}": np.linspace(3000.0, 4200.0, 7),
    "huisvesting": np.array([20_000.0, 35_000.0, 52_000.0]),
    "rooster.diensten.{d}.personeel": np.array([1.0, 2.0]),
    "overhead.percentage": np.array([0.1, 0.2, 0.3]),
}


@pytest.mark.parametrize("pad", MODELLEN, ids=lambda p: p.stem)
@pytest.mark.parametrize("blok", [1, 5, 64, 1000, blokken.BLOK])
def test_blokken_geven_bit_voor_bit_de_volledige_opbouw(pad, blok) -> None:  # type: ignore[no-untyped-def]
    kern, vorm, langs = _kern(pad, ASSEN)
    volledig = keten.opbouw(kern)
    uit = blokken.raster(kern, MOGELIJK, vorm, langs, blok=blok)
    for n in MOGELIJK:
        assert uit[n].shape == vorm
        np.testing.assert_array_equal(uit[n], np.broadcast_to(getattr(volledig, n), vorm), err_msg=n)


@settings(max_examples=25, deadline=None)
@given(volgorde=st.permutations(list(ASSEN)), blok=st.integers(1, 400),
       namen=st.lists(st.sampled_from(MOGELIJK), min_size=1, max_size=4, unique=True))
def test_elke_asvolgorde_en_blokgrootte_zelfde_getallen(volgorde, blok, namen) -> None:  # type: ignore[no-untyped-def]
    kern, vorm, langs = _kern(MODELLEN[0], {n: ASSEN[n] for n in volgorde})
    volledig = keten.opbouw(kern)
    uit = blokken.raster(kern, namen, vorm, langs, blok=blok)
    for n in namen:
        np.testing.assert_array_equal(uit[n], np.broadcast_to(getattr(volledig, n), vorm), err_msg=n)


def test_alleen_het_tarief_rekent_geen_overbodige_stappen() -> None:
    kern, _, _ = _kern(MODELLEN[0], {"bezettingsgraad": ASSEN["bezettingsgraad"]})
    v = keten.Keten(kern)
    assert v.tarief_per_bezet_etmaal.shape == (11,)
    berekend = {n for n in vars(v) if n in keten.STAPPEN}
    for overbodig in ("kostprijs", "overhead", "clientkosten", "risico", "amvb_b", "leegstand_per_bezet_etmaal",
                      "tarief_per_plaats_per_jaar", "sociale_premies"):
        assert overbodig not in berekend
    assert {"tariefbudget", "bezette_etmalen", "personeel"} <= berekend


def test_uitkomsten_gelijk_aan_opbouw_en_fout_bij_onbekende_naam() -> None:
    kern = los_op(lees_model(MODELLEN[0])).kern
    ob = keten.opbouw(kern)
    uit = keten.uitkomsten(kern, ["tarief_per_bezet_etmaal", "fte", "netto_uren"])
    assert uit["tarief_per_bezet_etmaal"] == ob.tarief_per_bezet_etmaal
    np.testing.assert_array_equal(uit["fte"], ob.functies.fte)
    assert uit["netto_uren"] == ob.uren.netto_uren
    with pytest.raises(KeyError):
        keten.uitkomsten(kern, ["_bruto"])
    with pytest.raises(KeyError):
        blokken.raster(kern, ["bestaat_niet"], (), {})


def test_wat_niet_van_de_blokas_afhangt_is_een_weergave_zonder_geheugen() -> None:
    kern, vorm, langs = _kern(MODELLEN[0], {"bezettingsgraad": np.linspace(0.5, 1.0, 300),
                                            "maandsalaris.{f}": np.linspace(3000.0, 4000.0, 200)})
    uit = blokken.raster(kern, ["personeel", "bezette_etmalen", "tarief_per_bezet_etmaal"], vorm, langs, blok=1000)
    assert uit["tarief_per_bezet_etmaal"].flags.writeable
    # de blokken lopen langs de bezettingsgraad (daar hangen de minste stappen van af): het personeel is
    # een weergave van één rij
    assert not uit["personeel"].flags.writeable and uit["personeel"].strides[0] == 0


def test_geheugen_van_een_tariefraster_blijft_binnen_16_bytes_per_punt() -> None:
    """Buiten de uitvoer (8 bytes per punt) hoogstens 16 bytes per punt, hier op 2 miljoen punten; zonder
    blokken zou elke tussenstap 8 bytes per punt vragen."""
    kern, vorm, langs = _kern(MODELLEN[0], {"bezettingsgraad": np.linspace(0.5, 1.0, 2000),
                                            "maandsalaris.{f}": np.linspace(3000.0, 4000.0, 1000)})
    tracemalloc.start()
    try:
        uit = blokken.raster(kern, ["tarief_per_bezet_etmaal"], vorm, langs)
        _, piek = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    punten = uit["tarief_per_bezet_etmaal"].size
    assert (piek - uit["tarief_per_bezet_etmaal"].nbytes) / punten <= 16
    # en zonder blokken (één blok) zou het die grens ruim overschrijden: de meting kan falen
    tracemalloc.start()
    try:
        blokken.raster(kern, ["tarief_per_bezet_etmaal"], vorm, langs, blok=punten)
        _, piek_zonder = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (piek_zonder - 8 * punten) / punten > 16


def test_raster_opbouw_noemt_uitkomsten_en_kent_de_standaard() -> None:
    m = lees_model(MODELLEN[0])
    _, uit = sr.raster_opbouw(m, {"bezettingsgraad": [0.8, 0.9]}, uitkomsten=["tarief_per_bezet_etmaal"])
    assert list(uit) == ["tarief_per_bezet_etmaal"]
    assert uit["tarief_per_bezet_etmaal"][1] == pytest.approx(668.66, abs=0.005)
    from kostprijs.errors import InvoerFout

    with pytest.raises(InvoerFout, match="onbekende uitkomst"):
        sr.raster_opbouw(m, {"bezettingsgraad": [0.8]}, uitkomsten=["tarief"])
    with pytest.raises(InvoerFout, match="onbekende uitkomst"):
        sr.raster_opbouw(m, {"bezettingsgraad": [0.8]}, uitkomsten=[])
