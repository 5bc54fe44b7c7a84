"""Indexering: de referentiecasus (695,03 en 694,92), VNG-aanbiederindex 2025 (4,96%), nacalculatie, tariefpad.

Verwachte getallen komen uit ``docs/methode.md#indexering``, ``docs/referentiecasus.md#uitkomsten`` en de
VNG-tabel (``kostprijs parameters --naam vng``, bron: vng.nl), niet uit de code.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kostprijs import InvoerFout, bereken, lees_model_tekst
from kostprijs.core import indexering as ki
from kostprijs.core.afronding import rond_af
from kostprijs.core.keten import opbouw
from kostprijs.indexering import vng_aanbiederindex, vng_cijfers, vng_nacalculatie, vng_tariefpad
from kostprijs.parameters import waarde

REF = (Path(__file__).resolve().parents[1] / "examples" / "kwv-4-plaatsen.yaml").read_text(encoding="utf-8")

# ``docs/referentiecasus.md#uitkomsten`` (jaarbedragen van de referentiecasus)
P, M, H, OH, DAGEN, RISICO = 560_897.86, 42_048.00, 49_100.00, 200_981.95, 1314, 0.03


def test_9_8_gewogen_met_de_hand() -> None:
    """668,66 x (1 + 0,9 x 4,18% + 0,1 x 1,82%) = 668,66 x 1,03944 = 695,03."""
    g = float(ki.gewogen_index(0.0418, 0.0182, 0.9))
    assert g == pytest.approx(0.03944, abs=1e-12)
    assert rond_af(668.66 * (1 + g)) == 695.03


def test_9_8_per_component_met_de_hand() -> None:
    """(P + OH) x 1,0418 en (M + H) x 1,0182, met 3% risico, per bezet etmaal = 694,92."""
    k = float(ki.indexeer_per_component(P + OH, M + H, 0.0418, 0.0182))
    assert rond_af(k * (1 + RISICO) / DAGEN) == 694.92


@pytest.mark.parametrize(("methode", "verwacht"), [("vng_gewogen", 695.03), ("per_component", 694.92)])
def test_9_8_via_het_model(methode: str, verwacht: float) -> None:
    r = bereken(lees_model_tekst(REF + f"\nindexering: {{methode: {methode}, vng_jaar: 2025}}\n"))
    assert r.tarief_per_bezet_etmaal == verwacht
    d = r.figuur("amvb_d_per_bezet_etmaal")
    assert d.waarde > 0
    som = sum(r.waarde(f"amvb_{e}_per_bezet_etmaal") for e in "abcd") + r.waarde("amvb_buiten_risico_per_bezet_etmaal")
    assert som == pytest.approx(r.waarde("tarief_per_bezet_etmaal"), rel=1e-12)
    uitleg = r.uitleg("index_loon")
    assert "vng.indexatie.ova_voorlopig" in uitleg and "Wmo-ondersteuning 2025" in uitleg
    assert "indexering" in r.conventies


def test_9_8_met_eigen_cijfers_gelijk_aan_vng_jaar() -> None:
    blok = "{methode: vng_gewogen, loonindex: 0.0418, prijsindex: 0.0182, weging_loon: 0.9}"
    eigen = bereken(lees_model_tekst(REF + f"\nindexering: {blok}\n"))
    assert eigen.tarief_per_bezet_etmaal == 695.03
    assert "indexering.loonindex = 0.0418: eigen waarde uit het model" in eigen.uitleg("index_loon")


def test_element_d_gewogen_is_index_maal_kostprijs() -> None:
    """Bij één index voor alles is d = index x kostprijs (``docs/referentiecasus.md#uitkomsten``: K = 853.027,82)."""
    r = bereken(lees_model_tekst(REF + "\nindexering: {methode: vng_gewogen, vng_jaar: 2025}\n"))
    assert r.waarde("indexering_per_jaar") == pytest.approx(0.03944 * 853_027.82, abs=0.05)


def test_zonder_indexering_blijft_668_66_en_d_nul() -> None:
    r = bereken(lees_model_tekst(REF))
    assert r.tarief_per_bezet_etmaal == 668.66
    assert r.waarde("amvb_d_per_bezet_etmaal") == 0


def test_vng_aanbiederindex_2025_uit_de_delen() -> None:
    """VNG 2025: 3,944% (0,9 x 4,18% + 0,1 x 1,82%) + 1,013% nacalculatie 2024 = 4,96%."""
    ova, pcc, w = vng_cijfers(2025)
    gewogen_2025 = float(ki.gewogen_index(ova, pcc, w))
    assert gewogen_2025 == pytest.approx(0.03944, abs=1e-12)
    # nacalculatie 2024 uit de ruwe OVA/PCC 2024, voorlopig en definitief (verschil, zoals VNG in 2025)
    vl = float(ki.gewogen_index(*vng_cijfers(2024, "voorlopig")))
    df = float(ki.gewogen_index(*vng_cijfers(2024, "definitief")))
    nacalc = float(ki.nacalculatie(vl, df, "verschil"))
    assert nacalc == pytest.approx(0.01013, abs=1e-12)
    assert nacalc == pytest.approx(vng_nacalculatie(2025), abs=1e-12)
    totaal = float(ki.aanbiederindex(gewogen_2025, nacalc))
    assert rond_af(100 * totaal, 2) == 4.96
    assert rond_af(100 * vng_aanbiederindex(2025), 2) == 4.96
    assert vng_aanbiederindex(2025) == pytest.approx(waarde("vng.indexatie.aanbiederindex", 2025), abs=0.00005)


def test_vng_aanbiederindex_2024_en_nacalculatie_2023() -> None:
    """2024: 4,70% + 1,60% = 6,30%; de 1,60% over 2023 is de verhouding 1,0643/1,0475 - 1."""
    assert rond_af(100 * float(ki.nacalculatie(0.0475, 0.0643, "verhouding")), 2) == 1.60
    assert rond_af(100 * float(ki.nacalculatie(0.0475, 0.0643, "verschil")), 2) == 1.68
    assert rond_af(100 * vng_aanbiederindex(2024), 2) == 6.30


def test_index_per_component_argumenten() -> None:
    il, ip = ki.index_per_component("vng_gewogen", 0.0418, 0.0182, 0.9)
    assert float(il) == float(ip) == pytest.approx(0.03944)
    il, ip = ki.index_per_component("per_component", 0.0418, 0.0182)
    assert (float(il), float(ip)) == (0.0418, 0.0182)


def test_tariefpad_en_correctie() -> None:
    pad = ki.tariefpad(668.66, [0.0630, 0.0496])
    assert [rond_af(float(x)) for x in pad] == [668.66, rond_af(668.66 * 1.063), rond_af(668.66 * 1.063 * 1.0496)]
    # voorlopig 4,70% vervangen door definitief 5,71%: tarief x 1,0571 / 1,0470
    assert float(ki.gecorrigeerd_tarief(668.66 * 1.0470, 0.0470, 0.0571)) == pytest.approx(668.66 * 1.0571)
    rijen = vng_tariefpad(668.66, [2024, 2025], "aanbiederindex")
    assert [j for j, _, _ in rijen] == [2024, 2025]
    assert rijen[-1][2] == pytest.approx(668.66 * (1 + vng_aanbiederindex(2024)) * (1 + vng_aanbiederindex(2025)))


@given(st.floats(100, 2000), st.lists(st.floats(-0.05, 0.15), min_size=1, max_size=6))
def test_tariefpad_is_product_van_factoren(tarief: float, indexen: list[float]) -> None:
    pad = ki.tariefpad(tarief, indexen)
    assert len(pad) == len(indexen) + 1
    assert pad[-1] == pytest.approx(tarief * float(np.prod([1 + i for i in indexen])), rel=1e-12)


@given(st.floats(0, 0.2), st.floats(0, 0.2))
def test_nacalculatie_maakt_voorlopig_gelijk_aan_definitief(p: float, f: float) -> None:
    c = float(ki.nacalculatie(p, f))
    assert (1 + p) * (1 + c) == pytest.approx(1 + f, rel=1e-12)


@given(st.floats(-0.05, 0.15))
def test_gelijke_indexen_per_component_is_gewogen(i: float) -> None:
    """Met loonindex = prijsindex geven beide methoden hetzelfde tarief (kern, broadcast)."""
    from kostprijs.oplossen import los_op

    basis = los_op(lees_model_tekst(REF)).kern
    il, ip = ki.index_per_component("per_component", i, i)
    g, _ = ki.index_per_component("vng_gewogen", i, i, 0.9)
    a = opbouw(dataclasses.replace(basis, index_loon=il, index_prijs=ip)).tarief_per_bezet_etmaal
    b = opbouw(dataclasses.replace(basis, index_loon=g, index_prijs=g)).tarief_per_bezet_etmaal
    c = opbouw(basis).tarief_per_bezet_etmaal
    assert float(a) == pytest.approx(float(b), rel=1e-12)
    assert float(a) == pytest.approx(float(c) * (1 + i), rel=1e-12)


FOUT = [
    ("{methode: vng_gewogen, vng_jaar: 2025, loonindex: 0.04, prijsindex: 0.02}", "indexering.vng_jaar", "óf"),
    ("{methode: vng_gewogen, loonindex: 0.04, prijsindex: 0.02}", "indexering.weging_loon", "0.90"),
    ("{methode: per_component, loonindex: 0.04}", "indexering.prijsindex", "zowel"),
    ("{methode: per_component, vng_jaar: 2025, nacalculatie: vng}", "indexering.nacalculatie", "vng_gewogen"),
    ("{methode: vng, vng_jaar: 2025}", "indexering.methode", "niet toegestaan"),
    ("{methode: per_component, loonindex: 4.18, prijsindex: 0.02}", "indexering.loonindex", "fractie"),
]


@pytest.mark.parametrize(("blok", "plaats", "woord"), FOUT, ids=[f[1] + ":" + f[2] for f in FOUT])
def test_foute_indexering(blok: str, plaats: str, woord: str) -> None:
    with pytest.raises(InvoerFout) as e:
        lees_model_tekst(REF + f"\nindexering: {blok}\n", "m.yaml")
    tekst = str(e.value)
    assert plaats in tekst and woord in tekst, tekst


def test_onbekend_vng_jaar_bij_het_oplossen() -> None:
    """Het VNG-jaar wordt bij het oplossen opgezocht (niet bij het valideren): fout met pad en regel."""
    with pytest.raises(InvoerFout) as e:
        bereken(lees_model_tekst(REF + "\nindexering: {methode: vng_gewogen, vng_jaar: 2026}\n", "m.yaml"))
    tekst = str(e.value)
    assert "indexering.vng_jaar (m.yaml, regel" in tekst and "geen bekende waarde op 2026-01-01" in tekst, tekst


def test_vng_nacalculatie_in_het_model() -> None:
    r = bereken(lees_model_tekst(REF + "\nindexering: {methode: vng_gewogen, vng_jaar: 2025, nacalculatie: vng}\n"))
    assert r.waarde("index_loon") == pytest.approx(0.03944 + 0.01013, abs=1e-12)
    assert r.waarde("index_prijs") == r.waarde("index_loon")


def test_kern_broadcast() -> None:
    """Eén scenario of een raster: loonindex (2, 1) x prijsindex (3,) geeft (2, 3)."""
    loon = np.array([[0.03], [0.05]])
    prijs = np.array([0.01, 0.02, 0.03])
    g = ki.gewogen_index(loon, prijs, 0.9)
    assert g.shape == (2, 3)
    assert g[1, 2] == pytest.approx(0.9 * 0.05 + 0.1 * 0.03)
    il, ip = ki.index_per_component("per_component", loon, prijs)
    assert np.broadcast_shapes(il.shape, ip.shape) == (2, 3)
    pad = ki.tariefpad(np.array([600.0, 700.0]), np.array([[0.05, 0.02], [0.01, 0.01]]))
    assert pad.shape == (2, 3)
    assert pad[1, 2] == pytest.approx(700 * 1.01 * 1.01)
