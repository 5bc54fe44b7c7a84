"""Het register op schijf (kostprijs.parameters.cache): sleutel op inhoud, opnieuw lezen na een wijziging,
stil overslaan bij een onbruikbare map of een kapot bestand, en hetzelfde register als zonder cache."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest

from kostprijs.errors import InvoerFout
from kostprijs.parameters import cache, lees_register, register_met_regio

REGIO = """beschrijving: Eigen premies van de regio
laatst_gecontroleerd: 2026-01-15
controle: Nagekeken door de regio.
parameters:
  premie:
    beschrijving: Een premie
    eenheid: /1
    waarden:
      - geldig_vanaf: 2025-01-01
        waarde: {waarde}
        status: bron
        bronnen:
          - titel: Regio
            url: https://example.org/regio
"""


@pytest.fixture
def cachemap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    map_ = tmp_path / "cache"
    monkeypatch.setenv("KOSTPRIJS_CACHE", str(map_))
    return map_


def _regio(tmp_path: Path, waarde: str) -> Path:
    map_ = tmp_path / "regio"
    map_.mkdir(parents=True, exist_ok=True)
    (map_ / "premies.yaml").write_text(REGIO.format(waarde=waarde), encoding="utf-8")
    return map_


def _zonder_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """Laat elke poging om een YAML-bestand te parsen falen: dan moet het register uit de cache komen."""
    def weigeren(*_: object) -> None:
        raise AssertionError("YAML geparseerd terwijl de cache geldig is")

    monkeypatch.setattr(importlib.import_module("kostprijs.parameters.register"), "lees_bestand", weigeren)


def test_tweede_keer_uit_de_cache_zelfde_register(cachemap: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vers = lees_register()
    bestanden = list(cachemap.glob("register-*.json"))
    assert len(bestanden) == 1
    _zonder_yaml(monkeypatch)
    uit_cache = lees_register()
    assert uit_cache.namen() == vers.namen()
    for naam in vers.namen():
        assert uit_cache.definitie(naam) == vers.definitie(naam), naam
        assert uit_cache.herkomst(naam) == vers.herkomst(naam)
    assert uit_cache.op("cao_jeugdzorg.arbeidsduur.uren_per_week", "2025-06-01") == \
        vers.op("cao_jeugdzorg.arbeidsduur.uren_per_week", "2025-06-01")
    lijst = uit_cache.op("cao_jeugdzorg.feestdagen.lijst", "2025-01-01").waarde
    assert isinstance(lijst, tuple) and lijst == vers.op("cao_jeugdzorg.feestdagen.lijst", "2025-01-01").waarde


def test_gewijzigd_bestand_wordt_opnieuw_gelezen(cachemap: Path, tmp_path: Path) -> None:
    map_ = _regio(tmp_path, "0.1")
    assert lees_register(map_, herkomst="regio").getal("premies.premie", 2025) == 0.1
    (map_ / "premies.yaml").write_text(REGIO.format(waarde="0.2"), encoding="utf-8")
    assert lees_register(map_, herkomst="regio").getal("premies.premie", 2025) == 0.2
    assert len(list(cachemap.glob("register-*.json"))) == 2
    # ook via register_met_regio (het geheugen kijkt naar tijdstip en grootte, de schijf naar de inhoud)
    assert register_met_regio(map_).getal("premies.premie", 2025) == 0.2


def test_sleutel_hangt_af_van_inhoud_en_pad(tmp_path: Path) -> None:
    map_ = _regio(tmp_path, "0.1")
    a, _ = cache.sleutel(map_, "regio")
    assert cache.sleutel(map_, "regio")[0] == a
    assert cache.sleutel(map_, "meegeleverd")[0] != a
    (map_ / "premies.yaml").write_text(REGIO.format(waarde="0.10"), encoding="utf-8")
    assert cache.sleutel(map_, "regio")[0] != a
    shutil.move(map_ / "premies.yaml", map_ / "andere.yaml")
    assert cache.sleutel(map_, "regio")[0] not in (a, cache.sleutel(_regio(tmp_path / "x", "0.10"), "regio")[0])


def test_kapot_cachebestand_wordt_overgeslagen(cachemap: Path, tmp_path: Path) -> None:
    map_ = _regio(tmp_path, "0.3")
    lees_register(map_, herkomst="regio")
    (bestand,) = cachemap.glob("register-*.json")
    for kapot in ("{niet af", '{"formaat": 999, "bestanden": []}', "[]", "\udcff"):
        bestand.write_text(kapot, encoding="utf-8", errors="surrogateescape")
        assert lees_register(map_, herkomst="regio").getal("premies.premie", 2025) == 0.3
    assert cache.lees(bestand.name) is not None, "na het opnieuw lezen staat er weer een goed bestand"


def test_onbruikbare_cachemap_geen_fout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Een cachemap die niet gemaakt of beschreven kan worden (hier: een bestand op die plaats) verandert niets."""
    blokkade = tmp_path / "bestand"
    blokkade.write_text("x", encoding="utf-8")
    monkeypatch.setenv("KOSTPRIJS_CACHE", str(blokkade / "cache"))
    map_ = _regio(tmp_path, "0.4")
    assert lees_register(map_, herkomst="regio").getal("premies.premie", 2025) == 0.4
    assert blokkade.read_text(encoding="utf-8") == "x"


def test_cache_uit_met_lege_variabele(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOSTPRIJS_CACHE", "")
    assert cache.cachemap() is None
    map_ = _regio(tmp_path, "0.5")
    assert lees_register(map_, herkomst="regio").getal("premies.premie", 2025) == 0.5
    assert not list(tmp_path.rglob("register-*.json"))


def test_fouten_worden_niet_bewaard(cachemap: Path, tmp_path: Path) -> None:
    map_ = _regio(tmp_path, "oeps")
    for _ in range(2):
        with pytest.raises(InvoerFout):
            lees_register(map_, herkomst="regio")
    assert not list(cachemap.glob("register-*.json"))


def test_standaardmap_van_het_besturingssysteem(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KOSTPRIJS_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    map_ = cache.cachemap()
    assert map_ is not None and map_.name == "kostprijs"


def test_opruimen_houdt_de_laatst_gebruikte(cachemap: Path, tmp_path: Path) -> None:
    """Een regio die haar map steeds wijzigt, laat niet meer dan BEWAREN cachebestanden achter; een bestand
    dat steeds weer gebruikt wordt (de meegeleverde map), blijft staan, ook al is het het oudste."""
    import os

    lees_register()  # de meegeleverde map
    meegeleverd = next(cachemap.glob("register-*.json"))
    map_ = _regio(tmp_path, "0.1")
    eerste_regio = None
    for i in range(cache.BEWAREN + 4):
        os.utime(meegeleverd, (1.0, 1.0))  # het oudste bestand ...
        lees_register()  # ... maar weer gebruikt: krijgt een nieuw tijdstip
        (map_ / "premies.yaml").write_text(REGIO.format(waarde=f"0.{i + 1}"), encoding="utf-8")
        assert lees_register(map_, herkomst="regio").getal("premies.premie", 2025) == float(f"0.{i + 1}")
        eerste_regio = eerste_regio or next(p for p in cachemap.glob("register-*.json") if p != meegeleverd)
    over = list(cachemap.glob("register-*.json"))
    assert len(over) == cache.BEWAREN and meegeleverd in over and eerste_regio not in over


def test_opruimen_van_wezen_en_niets_anders(tmp_path: Path) -> None:
    """Tijdelijke bestanden van een afgebroken schrijfactie gaan na een uur weg; andere bestanden nooit."""
    import os

    map_ = tmp_path / "c"
    map_.mkdir()
    oud, vers, vreemd = map_ / ".register-a.tmp", map_ / ".register-b.tmp", map_ / "notities.json"
    for p in (oud, vers, vreemd):
        p.write_text("x", encoding="utf-8")
    os.utime(oud, (1000.0, 1000.0))
    os.utime(vreemd, (1000.0, 1000.0))
    weg = cache.ruim_op(map_, nu=1000.0 + cache.WEES_NA + 1)
    assert weg == [oud] and vers.exists() and vreemd.exists()
