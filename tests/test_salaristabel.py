"""Salaristabellen van de gebruiker (YAML en CSV) en schaal/trede in het model.

Acceptatie: met een eigen tabel is het tarief gelijk aan dat met de ingetypte bedragen (668,66, de
referentiecasus, ``docs/referentiecasus.md``); zonder tabel een Nederlandse fout die zegt wat er moet komen.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kostprijs import InvoerFout, bereken, lees_model, lees_model_tekst
from kostprijs.salaristabel import lees_salaristabel

REF = (Path(__file__).resolve().parents[1] / "examples" / "kwv-4-plaatsen.yaml").read_text(encoding="utf-8")

TABEL_YAML = """\
naam: Testtabel
eenheid: EUR/maand
tabellen:
  - geldig_vanaf: 2024-07-01
    status: afgeleid
    afleiding: testwaarden 2.9 procent lager
    bronnen: [{titel: Testbron}]
    schalen:
      8: {0: 3000.00, 5: 3400.00}
      10: {7: 4370.00}
      11: {3: 4855.00}
  - geldig_vanaf: 2025-01-01
    status: bron
    bronnen: [{titel: Testbron, url: "https://example.org/tabel.pdf"}]
    schalen:
      8: {0: 3050.00, 5: 3500.00}
      10: {7: 4500.00}
      11: {3: 5000.00}
"""

TABEL_CSV = """\
geldig_vanaf,schaal,trede,maandsalaris,status,bron_titel,bron_url,afleiding
2024-07-01,8,0,3000.00,afgeleid,Testbron,,testwaarden 2.9 procent lager
2024-07-01,8,5,3400.00,afgeleid,Testbron,,testwaarden 2.9 procent lager
2024-07-01,10,7,4370.00,afgeleid,Testbron,,testwaarden 2.9 procent lager
2024-07-01,11,3,4855.00,afgeleid,Testbron,,testwaarden 2.9 procent lager
2025-01-01,8,0,3050.00,bron,Testbron,https://example.org/tabel.pdf,
2025-01-01,8,5,3500.00,bron,Testbron,https://example.org/tabel.pdf,
2025-01-01,10,7,4500.00,bron,Testbron,https://example.org/tabel.pdf,
2025-01-01,11,3,5000.00,bron,Testbron,https://example.org/tabel.pdf,
"""


def _met_schalen(model: str, tabel: str | None) -> str:
    """De referentiecasus met schaal/trede in plaats van de maandsalarissen 3500, 5000 en 4500."""
    uit = (model.replace("maandsalaris: 3500           # [A]; vervang door CAO bijlage 7", "schaal: 8\n    trede: 5")
           .replace("maandsalaris: 5000", "schaal: 11\n    trede: 3")
           .replace("maandsalaris: 4500", "schaal: 10\n    trede: 7"))
    assert "maandsalaris" not in uit
    return uit + (f"\nsalaristabel: {tabel}\n" if tabel else "")


@pytest.fixture
def map_met_tabellen(tmp_path: Path) -> Path:
    (tmp_path / "tabel.yaml").write_text(TABEL_YAML, encoding="utf-8")
    (tmp_path / "tabel.csv").write_text(TABEL_CSV, encoding="utf-8")
    (tmp_path / "tabellen").mkdir()
    (tmp_path / "tabellen" / "punt-komma.csv").write_text(
        TABEL_CSV.replace(",", ";").replace("3500.00", "3500,00"), encoding="utf-8")
    return tmp_path


def test_yaml_en_csv_geven_dezelfde_tabel(map_met_tabellen: Path) -> None:
    y = lees_salaristabel(map_met_tabellen / "tabel.yaml")
    c = lees_salaristabel(map_met_tabellen / "tabel.csv")
    p = lees_salaristabel(map_met_tabellen / "tabellen" / "punt-komma.csv")
    for t in (y, c, p):
        assert t.maandsalaris(8, 5, dt.date(2025, 6, 1)) == 3500.00
        assert t.maandsalaris("8", 5, dt.date(2024, 12, 31)) == 3400.00
        assert t.maandsalaris(11, 3, dt.date(2025, 1, 1)) == 5000.00
    assert y.tabellen == c.tabellen == p.tabellen


@pytest.mark.parametrize("tabel", ["tabel.yaml", "tabel.csv", "tabellen/punt-komma.csv"])
def test_schaal_en_trede_geven_hetzelfde_tarief_als_bedragen(map_met_tabellen: Path, tabel: str) -> None:
    """Acceptatie 3: met de eigen tabel is het tarief gelijk aan dat met de ingetypte bedragen."""
    expliciet = bereken(lees_model_tekst(REF))
    model = map_met_tabellen / "model.yaml"
    model.write_text(_met_schalen(REF, tabel), encoding="utf-8")
    r = bereken(lees_model(model))
    assert r.tarief_per_bezet_etmaal == expliciet.tarief_per_bezet_etmaal == 668.66
    for sleutel in ("kosten_per_fte.groepsleiding", "kosten_per_fte.teamleider", "personeelskosten_per_jaar"):
        assert r.waarde(sleutel) == expliciet.waarde(sleutel)
    f = r.figuur("basissalaris_per_fte.groepsleiding")
    naam = "Testtabel" if tabel.endswith(".yaml") else Path(tabel).stem  # CSV: naam = bestandsnaam
    uitleg = f.uitleg()
    assert f"salaristabel '{naam}'" in uitleg and "schaal 8 trede 5" in uitleg
    assert "2025-01-01" in uitleg


def test_peildatum_kiest_de_tabel(map_met_tabellen: Path) -> None:
    model = map_met_tabellen / "model.yaml"
    tekst = _met_schalen(REF, "tabel.yaml").replace("jaar: 2025", "jaar: 2024").replace("dagen_per_jaar: 365",
                                                                                       "dagen_per_jaar: 366")
    model.write_text(tekst + "peildatum: 2024-07-01\n", encoding="utf-8")
    r = bereken(lees_model(model))
    assert r.waarde("basissalaris_per_fte.groepsleiding") == 12 * 3400.00
    model.write_text(tekst, encoding="utf-8")  # 1 januari 2024: geen tabel (opgezocht bij het oplossen)
    with pytest.raises(InvoerFout) as e:
        bereken(lees_model(model))
    assert "geen tabel die op 2024-01-01 geldt" in str(e.value)
    model.write_text(tekst + "peildatum: 2025-03-01\n", encoding="utf-8")
    with pytest.raises(InvoerFout, match="ligt niet in het modeljaar 2024"):
        lees_model(model)


def test_tabel_in_het_model_zelf() -> None:
    inline = "\n".join("  " + r for r in TABEL_YAML.splitlines())
    r = bereken(lees_model_tekst(_met_schalen(REF, None) + f"\nsalaristabel:\n{inline}\n"))
    assert r.tarief_per_bezet_etmaal == 668.66


def test_zonder_tabel_een_duidelijke_fout() -> None:
    """Acceptatie 3: schaal en trede zonder tabel: zeg wat er moet komen en hoe."""
    with pytest.raises(InvoerFout) as e:
        lees_model_tekst(_met_schalen(REF, None), "model.yaml")
    tekst = str(e.value)
    assert "functies[0].schaal (model.yaml, regel" in tekst
    for woord in ("schaal 8 trede 5", "geen 'salaristabel'", "niet meegeleverd", "maandsalaris: 3500",
                  "salaristabel: salaristabel.yaml", "YAML of CSV", "docs/parameters.md"):
        assert woord in tekst, woord


def test_schaal_of_trede_bestaat_niet(map_met_tabellen: Path) -> None:
    model = map_met_tabellen / "model.yaml"
    model.write_text(_met_schalen(REF, "tabel.yaml").replace("trede: 5", "trede: 6"), encoding="utf-8")
    with pytest.raises(InvoerFout) as e:
        bereken(lees_model(model))
    assert "functies[0].schaal (model.yaml, regel" in str(e.value) and "trede 6 staat niet in schaal 8" in str(e.value)
    assert "wel: 0, 5" in str(e.value)
    model.write_text(_met_schalen(REF, "tabel.yaml").replace("schaal: 8", "schaal: 9"), encoding="utf-8")
    with pytest.raises(InvoerFout, match="schaal 9 staat niet in salaristabel 'Testtabel'"):
        bereken(lees_model(model))


def test_bedrag_en_schaal_samen_mag_niet() -> None:
    tekst = REF.replace("    maandsalaris: 3500", "    schaal: 8\n    trede: 5\n    maandsalaris: 3500")
    with pytest.raises(InvoerFout) as e:
        lees_model_tekst(tekst, "m.yaml")
    assert "functies[0].maandsalaris" in str(e.value) and "niet beide" in str(e.value)


def test_schaal_zonder_trede() -> None:
    tekst = REF.replace("    maandsalaris: 3500", "    schaal: 8")
    with pytest.raises(InvoerFout) as e:
        lees_model_tekst(tekst, "m.yaml")
    assert "functies[0].trede" in str(e.value)


def test_tabelbestand_niet_gevonden(tmp_path: Path) -> None:
    model = tmp_path / "model.yaml"
    model.write_text(_met_schalen(REF, "bestaat-niet.csv"), encoding="utf-8")
    with pytest.raises(InvoerFout) as e:
        lees_model(model)
    assert "salaristabel (model.yaml, regel" in str(e.value)
    assert "relatief aan de map van het model" in str(e.value)


def test_fout_in_yaml_tabel_noemt_tabelbestand_en_regel(map_met_tabellen: Path) -> None:
    (map_met_tabellen / "tabel.yaml").write_text(TABEL_YAML.replace("5: 3500.00", "5: -3500.00"), encoding="utf-8")
    model = map_met_tabellen / "model.yaml"
    model.write_text(_met_schalen(REF, "tabel.yaml"), encoding="utf-8")
    with pytest.raises(InvoerFout) as e:
        lees_model(model)
    assert "tabel.yaml, regel 16" in str(e.value) and "negatieve" in str(e.value)


def test_afgeleid_zonder_afleiding(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text(TABEL_YAML.replace("    afleiding: testwaarden 2.9 procent lager\n", ""),
                                     encoding="utf-8")
    with pytest.raises(InvoerFout, match="afleiding"):
        lees_salaristabel(tmp_path / "t.yaml")


@pytest.mark.parametrize(("vervang", "woorden"), [
    (("2025-01-01,8,0", "2025-13-01,8,0"), ["regel 6, kolom geldig_vanaf", "geen datum"]),
    (("3050.00", "drie"), ["regel 6", "verwacht een bedrag"]),
    (("2025-01-01,8,5,3500.00", "2025-01-01,8,0,3500.00"), ["regel 7", "twee keer"]),
    (("bron_titel", "titel"), ["regel 1", "kolommen ontbreken: bron_titel", "onbekende kolommen: titel"]),
    ((",bron,Testbron,https://example.org/tabel.pdf,\n2025-01-01,8,5", ",derden,Testbron,,\n2025-01-01,8,5"),
     ["status en bron moeten binnen één geldig_vanaf gelijk zijn"]),
])
def test_foute_csv(tmp_path: Path, vervang: tuple[str, str], woorden: list[str]) -> None:
    assert vervang[0] in TABEL_CSV
    (tmp_path / "t.csv").write_text(TABEL_CSV.replace(*vervang, 1), encoding="utf-8")
    with pytest.raises(InvoerFout) as e:
        lees_salaristabel(tmp_path / "t.csv")
    for w in woorden:
        assert w in str(e.value), str(e.value)


def test_cli_bereken_met_tabel(map_met_tabellen: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kostprijs.cli import main

    model = map_met_tabellen / "model.yaml"
    model.write_text(_met_schalen(REF, "tabel.csv"), encoding="utf-8")
    assert main(["bereken", str(model)]) == 0
    assert "668,66" in capsys.readouterr().out
    model.write_text(_met_schalen(REF, None), encoding="utf-8")
    assert main(["bereken", str(model)]) == 2
    fout = capsys.readouterr().err
    assert "salaristabel" in fout and "Traceback" not in fout
