"""Regio en inkoop: woningen gelijk aan ``bereken``, Erlang-verlies, capaciteit, verdeling, treden, fouten, CLI."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kostprijs import bereken, lees_model
from kostprijs.cli import main
from kostprijs.core import regio as kr
from kostprijs.core.afronding import rond_af
from kostprijs.core.bezetting import erlang_b, snelheden_erlang, stationair
from kostprijs.errors import InvoerFout
from kostprijs.regio import analyseer, lees_regio
from kostprijs.regio.capaciteit import Kostenrooster, zoek_met
from kostprijs.scenario import montecarlo as mc
from tests.conftest import VOORBEELDEN

REGIO_VOORBEELDEN = sorted(VOORBEELDEN.glob("regio-*.yaml"))


_CACHE: dict[Path, Any] = {}


def _analyse(pad: Path) -> Any:
    if pad not in _CACHE:
        _CACHE[pad] = analyseer(lees_regio(pad))
    return _CACHE[pad]


@pytest.fixture(scope="module", params=REGIO_VOORBEELDEN, ids=lambda p: p.name)
def uitkomst(request: Any) -> Any:
    return _analyse(request.param)


def test_er_zijn_minstens_twee_voorbeelden() -> None:
    assert len(REGIO_VOORBEELDEN) >= 2


# --- acceptatie 1: elke woning gelijk aan haar eigen bereken -----------------------------------------------


def test_elke_woning_gelijk_aan_bereken_op_de_cent(uitkomst: Any) -> None:
    d = uitkomst.to_dict()
    g = uitkomst.gelezen
    for i, w in enumerate(d["woningen"]):
        model = g.modellen[i]  # model als blok: zoals gelezen uit het regiobestand
        if isinstance(g.regio.woningen[i].model, str):
            assert w["model"] == g.regio.woningen[i].model
            model = lees_model(VOORBEELDEN / w["model"])  # opnieuw en los gelezen, zoals `kostprijs bereken`
        eigen = bereken(model)
        assert w["tarief_per_bezet_etmaal"] == eigen.tarief_per_bezet_etmaal
        for k, waarde in w["figuren"].items():
            assert waarde == eigen.figuur(k).afgerond, (w["naam"], k)


def test_woning_uit_bestand_gelijk_aan_cli_bereken(capsys: pytest.CaptureFixture[str]) -> None:
    """Van begin tot eind: `kostprijs regio --json` tegen `kostprijs bereken --json` op het eigen model."""
    pad = VOORBEELDEN / "regio-zes-gemeenten.yaml"
    assert main(["regio", str(pad), "--json"]) == 0
    regio = json.loads(capsys.readouterr().out)
    for w in regio["woningen"]:
        assert main(["bereken", str(VOORBEELDEN / w["model"]), "--json"]) == 0
        eigen = json.loads(capsys.readouterr().out)
        assert w["tarief_per_bezet_etmaal"] == eigen["tarief_per_bezet_etmaal"]
        assert w["figuren"]["vast_per_jaar"] == eigen["figuren"]["vast_per_jaar"]["afgerond"]
    assert {"woningen", "gemeenten", "totaal_per_jaar"} <= set(regio)
    assert all({"naam", "aandeel", "betaling_per_jaar"} <= set(g) for g in regio["gemeenten"])
    assert rond_af(sum(g["aandeel"] for g in regio["gemeenten"]), 9) == 1


# --- acceptatie 2: Erlang-verlies ------------------------------------------------------------------------------


def _erlang_exact(c: int, a: Fraction) -> Fraction:
    """Erlang-B uit de formule zelf, met exacte breuken: ``(A^c/c!) / Σ_k A^k/k!``."""
    termen = [a**k / math.factorial(k) for k in range(c + 1)]
    return termen[-1] / sum(termen)


@pytest.mark.parametrize(("c", "a", "gepubliceerd"), [
    (5, 4, 0.1991),     # docs/bezetting.md, Erlang-B (c = 5, A/c = 0,8)
    (10, 5, 0.0184),    # klassieke tabelwaarde B(10; 5) = 0,01838
    (2, 1, 0.2000),     # B(2; 1) = (1/2) / (1 + 1 + 1/2)
    (1, 3, 0.7500),     # B(1; A) = A / (1 + A)
])
def test_erlang_tegen_gepubliceerde_waarden(c: int, a: float, gepubliceerd: float) -> None:
    assert round(float(erlang_b(c, a)), 4) == gepubliceerd


@settings(max_examples=60, deadline=None)
@given(c=st.integers(1, 40), teller=st.integers(1, 400), noemer=st.integers(1, 20))
def test_erlang_tegen_exacte_breuken(c: int, teller: int, noemer: int) -> None:
    a = Fraction(teller, noemer)
    assert float(erlang_b(c, float(a))) == pytest.approx(float(_erlang_exact(c, a)), rel=1e-10, abs=1e-14)


def test_tabel_3_1_weigerkans() -> None:
    """bezetting.md tabel 3.1 (weigerkans in procenten, één decimaal): c = 4..6, A/c = 0,5..1,5."""
    tabel = {4: [9.5, 13.9, 18.4, 22.8, 27.1, 31.1, 38.2, 47.0], 5: [7.0, 11.0, 15.4, 19.9, 24.3, 28.5, 36.0, 45.3],
             6: [5.2, 8.9, 13.2, 17.7, 22.2, 26.5, 34.4, 44.1]}
    for c, rij in tabel.items():
        for f, b in zip([0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.5], rij, strict=True):
            assert round(100 * float(erlang_b(c, f * c)), 1) == b


@pytest.mark.parametrize(("c", "a"), [(4, 3.0), (3, 1.5)])
def test_erlang_tegen_monte_carlo_binnen_4_standaardfouten(c: int, a: float) -> None:
    """De Monte Carlo (next-event per plaats, stationaire start) weigert de fractie B(c, A) van de verwijzingen."""
    L = 180.0
    lam = a / L
    runs = 3000
    rng = np.random.default_rng(5)
    start = rng.choice(c + 1, size=runs, p=stationair(snelheden_erlang(c, lam), L))
    uit = mc.simuleer_plaatsen(c, mc.trekker("exponentieel", L), 365.0, rng, runs, verwijzingen_per_dag=lam,
                               aanwezig_bij_start=start, inloop_dagen=0.0)
    verwijzingen = uit.weigeringen + uit.opnames
    p = uit.weigeringen.sum() / verwijzingen.sum()
    # standaardfout van een ratio-schatter over de runs
    r = uit.weigeringen - p * verwijzingen
    se = np.sqrt(r.var(ddof=1) / runs) / verwijzingen.mean()
    assert abs(p - float(erlang_b(c, a))) <= 4 * se


def test_goedkoopste_gelijk_aan_brute_kracht() -> None:
    rng = np.random.default_rng(3)
    plaatsen, clusters = (3, 4, 5, 6, 7, 8), (1, 2, 3)
    for _ in range(6):
        kosten = Kostenrooster(plaatsen, clusters, rng.uniform(5e5, 1.5e6, (6, 3)), rng.uniform(30, 60, (6, 3)))
        vraag, grens = float(rng.uniform(5, 60)), float(rng.choice([0.01, 0.05, 0.1]))
        regionaal = bool(rng.integers(2))
        u = zoek_met(kosten, grens, vraag, 270.0, regionaal, tuple(range(1, 21)))
        beste: tuple[float, dict[str, Any]] | None = None
        for n in range(1, 21):
            for j, c in enumerate(plaatsen):
                for m, k in enumerate(clusters):
                    a = vraag * 270.0 / 365.0
                    b = float(_erlang_exact(n * c, Fraction(a)) if regionaal else _erlang_exact(c, Fraction(a / n)))
                    totaal = n * kosten.vast[j, m] + kosten.variabel[j, m] * 365.0 * a * (1 - b)
                    if b <= grens and (beste is None or totaal < beste[0]):
                        beste = (totaal, {"woningen": n, "plaatsen": c, "cluster": k})
        g = u.gekozen()
        if beste is None:
            assert g is None
            continue
        assert g is not None
        assert {k: g[k] for k in ("woningen", "plaatsen", "cluster")} == beste[1]
        assert g["kosten_per_jaar"] == pytest.approx(beste[0], rel=1e-9)


def test_kleine_woning_en_capaciteit_in_het_voorbeeld() -> None:
    u = _analyse(VOORBEELDEN / "regio-zes-gemeenten.yaml")
    assert u.capaciteit is not None and u.capaciteit.gekozen() is not None
    assert [x["plaatsen"] for x in u.grootte] == list(range(1, 9))
    tarieven = [x["tarief_per_bezet_etmaal"] for x in u.grootte]
    assert tarieven[0] > 2 * tarieven[3]  # 1 plaats: onbetaalbaar
    assert len(u.capaciteit.rijen()) == 20 * 6 * 3


# --- acceptatie 3: verdeling ---------------------------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(gewichten=st.lists(st.floats(0, 1e6), min_size=1, max_size=12).filter(lambda g: sum(g) > 0),
       seed=st.integers(0, 2**32 - 1))
def test_aandelen_tellen_op_tot_1_en_betalingen_tot_het_totaal(gewichten: list[float], seed: int) -> None:
    rng = np.random.default_rng(seed)
    a = kr.aandelen(gewichten)
    assert a.sum() == pytest.approx(1.0, abs=1e-12) and (a >= 0).all()
    runs = 50
    totaal = rng.uniform(0, 1e7, runs)
    dagen = rng.uniform(0, 500, (runs, a.size)) * (rng.random((runs, a.size)) < 0.8)
    for betaling in (kr.naar_gebruik(totaal, dagen, a), kr.naar_sleutel(totaal, a)):
        assert np.allclose(betaling.sum(axis=1), totaal, rtol=1e-12, atol=1e-6)


@settings(max_examples=80, deadline=None)
@given(gewichten=st.lists(st.floats(0.01, 100), min_size=1, max_size=10), seed=st.integers(0, 2**32 - 1))
def test_fonds_naar_gebruik_nooit_onrustiger_dan_alleen(gewichten: list[float], seed: int) -> None:
    """Met gebruik als sleutel is de variantie in het fonds nooit hoger dan ieder voor zich."""
    rng = np.random.default_rng(seed)
    s = kr.aandelen(gewichten)
    runs = 200
    d = rng.gamma(5.0, 300.0, runs)
    labels = rng.multinomial(40, s, size=runs) / 40  # ruwe herkomst per run
    dagen = d[:, None] * labels
    totaal = 1e6 + 500 * d + rng.normal(0, 1e4, runs)
    fonds = kr.naar_sleutel(totaal, s).var(axis=0, ddof=1)
    alleen = kr.variantie_naar_gebruik(totaal, dagen, s)
    assert np.all(fonds <= alleen * (1 + 1e-12) + 1e-9)


def test_variantie_naar_gebruik_klopt_met_de_steekproef() -> None:
    """De ontbinding ``s²Var(T) + E[(T(D_i/D - s))²]`` is dezelfde variantie als die van de steekproef."""
    rng = np.random.default_rng(9)
    s = np.array([0.5, 0.3, 0.2])
    runs = 200_000
    d = rng.gamma(4.0, 250.0, runs)
    dagen = d[:, None] * rng.dirichlet(20 * s, size=runs)
    totaal = 8e5 + 400 * d
    direct = kr.naar_gebruik(totaal, dagen, s).var(axis=0, ddof=1)
    assert np.allclose(kr.variantie_naar_gebruik(totaal, dagen, s), direct, rtol=0.02)


def test_verdeling_in_de_voorbeelden(uitkomst: Any) -> None:
    v = uitkomst.verdeling
    assert v.aandelen.sum() == pytest.approx(1.0, abs=1e-12)
    assert np.allclose(v.alleen.sum(axis=1), v.totaal) and np.allclose(v.fonds.sum(axis=1), v.totaal)
    assert (v.spreiding_fonds.sd <= v.spreiding_alleen.sd).all()
    d = uitkomst.to_dict()
    assert sum(g["betaling_per_jaar"] for g in d["gemeenten"]) == pytest.approx(d["totaal_per_jaar"], abs=0.05)


def test_herkomst_in_de_monte_carlo_telt_alle_dagen() -> None:
    rng = np.random.default_rng(1)
    uit = mc.simuleer_plaatsen(4, mc.trekker("exponentieel", 200.0), 365.0, rng, 500, verwijzingen_per_dag=0.02,
                               aanwezig_bij_start=2, herkomst=[0.7, 0.2, 0.1])
    assert np.allclose(uit.bezette_dagen_per_herkomst.sum(axis=1), uit.bezette_dagen)
    aandeel = uit.bezette_dagen_per_herkomst.sum(axis=0) / uit.bezette_dagen.sum()
    assert aandeel == pytest.approx([0.7, 0.2, 0.1], abs=0.03)


# --- tarieftreden en begroting -------------------------------------------------------------------------------


def test_tarieftreden_en_gemengd_tarief() -> None:
    u = _analyse(VOORBEELDEN / "regio-drie-gemeenten-intensiteit.yaml")
    w = u.woningen[0]
    assert [t.naam for t in w.treden] == ["basis", "intensief", "zeer intensief"]
    tarieven = [t.resultaat.waarde("tarief_per_bezet_etmaal") for t in w.treden]
    assert tarieven[0] == w.resultaat.waarde("tarief_per_bezet_etmaal")  # basis = het model zelf
    assert tarieven[0] < tarieven[1] < tarieven[2]
    assert w.gemengd_tarief == pytest.approx(0.6 * tarieven[0] + 0.3 * tarieven[1] + 0.1 * tarieven[2], rel=1e-12)
    codes = {x.code for x in u.waarschuwingen}
    assert "conventies_verschillen" in codes  # 5-plaatsen-eigendom is op andere conventies gebouwd


def test_begroting_volgt_het_tariefpad() -> None:
    u = _analyse(VOORBEELDEN / "regio-zes-gemeenten.yaml")
    b = u.begroting
    basis = sum(w.resultaat.waarde("tarief_per_bezet_etmaal") * d for w, d in zip(u.woningen, u.verwachte_dagen,
                                                                                    strict=True))
    assert b[0].totaal == pytest.approx(basis, rel=1e-12)
    assert b[1].totaal == pytest.approx(basis * 1.035, rel=1e-12)
    assert b[3].totaal == pytest.approx(basis * 1.035 * 1.03 * 1.03, rel=1e-12)
    for x in b:
        assert sum(x.per_gemeente) == pytest.approx(x.totaal, rel=1e-12)


# --- foute invoer --------------------------------------------------------------------------------------------


def _schrijf(tmp_path: Path, tekst: str) -> Path:
    for p in ("kwv-4-plaatsen-kort.yaml",):
        shutil.copy(VOORBEELDEN / p, tmp_path / p)
    pad = tmp_path / "regio.yaml"
    pad.write_text(tekst, encoding="utf-8")
    return pad


BASIS = """naam: R
jaar: 2025
woningen:
  - {naam: A, model: kwv-4-plaatsen-kort.yaml}
verwacht_gebruik: plaatsingen
gemeenten:
  - {naam: X, plaatsingen_per_jaar: 3}
  - {naam: Y, plaatsingen_per_jaar: 2}
vraag: {verblijfsduur_dagen: 200}
verdeling: {sleutel: gebruik, runs: 200}
"""


@pytest.mark.parametrize(("wijziging", "plaats", "tekst"), [
    (("kwv-4-plaatsen-kort.yaml", "bestaat-niet.yaml"), "woningen[0].model (regio.yaml, regel 4)", "niet gevonden"),
    (("sleutel: gebruik", "sleutel: inwoners"), "gemeenten[0].inwoners", "inwoners"),
    (("sleutel: gebruik", "sleutel: vast"), "gemeenten[0].aandeel", "aandeel"),
    (("plaatsingen_per_jaar: 3", "plaatsingen_per_jaar: -3"), "gemeenten[0].plaatsingen_per_jaar (regio.yaml, regel 7)",
     "negatieve"),
    (("{naam: Y,", "{naam: X,"), "gemeenten[1].naam", "twee keer"),
    (("verdeling:", "verdeling_:"), "verdeling_", "onbekende sleutel"),
])
def test_foute_regio_geeft_pad_en_regel(tmp_path: Path, wijziging: tuple[str, str], plaats: str, tekst: str) -> None:
    pad = _schrijf(tmp_path, BASIS.replace(*wijziging))
    with pytest.raises(InvoerFout) as e:
        lees_regio(pad)
    melding = str(e.value)
    assert plaats in melding and tekst in melding, melding


def test_fout_in_model_als_blok_noemt_het_regiobestand(tmp_path: Path) -> None:
    tekst = (VOORBEELDEN / "regio-drie-gemeenten-intensiteit.yaml").read_text(encoding="utf-8")
    pad = tmp_path / "regio.yaml"
    shutil.copy(VOORBEELDEN / "kwv-5-plaatsen-eigendom.yaml", tmp_path)
    pad.write_text(tekst.replace("personeel: {vroeg: 2}", "personeel: {ochtend: 2}"), encoding="utf-8")
    with pytest.raises(InvoerFout) as e:
        lees_regio(pad)
    assert "woningen[0].model.intensiteiten[1].personeel" in str(e.value) and "regio.yaml, regel" in str(e.value)


def test_cli_foute_regio_exitcode_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = _schrijf(tmp_path, BASIS.replace("kwv-4-plaatsen-kort.yaml", "weg.yaml"))
    assert main(["regio", str(pad)]) == 2
    fout = capsys.readouterr().err
    assert "niet gevonden" in fout and "Traceback" not in fout


# --- uitvoer: tekst, werkboek (LibreOffice), notitie ----------------------------------------------------------


def test_cli_tekst_excel_en_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str], libreoffice: Any) -> None:
    from kostprijs.regio.werkboek import schrijf_regiowerkboek
    from tests.test_excel_libreoffice import _verschillen

    xlsx, pdf = tmp_path / "regio.xlsx", tmp_path / "memo.pdf"
    pad = VOORBEELDEN / "regio-zes-gemeenten.yaml"
    assert main(["regio", str(pad), "--uit", str(xlsx), "--uit", str(pdf)]) == 0
    uit = capsys.readouterr().out
    assert "Goedkoopste" in uit and "Wie betaalt de leegstand" in uit and "Meerjarenbegroting" in uit
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pagina = int(next(r for r in info.splitlines() if r.startswith("Pages:")).split()[1])
        assert 2 <= pagina <= 4
    # LibreOffice rekent elke formulecel van het regiowerkboek na: gelijk aan Python op de cent
    reg = schrijf_regiowerkboek(_analyse(pad), xlsx)
    assert len(reg.formules) > 50
    (herberekend,) = libreoffice([xlsx], tmp_path / "lo")
    assert _verschillen(reg, herberekend) == []
