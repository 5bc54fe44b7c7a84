"""Elke uitvoer van de opdrachtregel gaat door kostprijs.io.schrijven: een doel dat een map is, een
alleen-lezen map, een volle schijf (echte kleine tmpfs, en met een nagebootste ENOSPC) of een map die niet
bestaat geeft een Nederlandse melding en exitcode 2, en het doel blijft zoals het was; een opdracht met
meer bestanden schrijft alles of niets; een tijdelijk bestand van een met SIGKILL afgebroken proces ruimt
de volgende schrijfactie op."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kostprijs.io import schrijven
from tests.conftest import REFERENTIE
from tests.test_onderzoek_inlezen import script
from tests.test_vijandige_invoer import draai

OUD = b"oude inhoud"


@pytest.fixture(scope="module")
def bronnen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    map_ = tmp_path_factory.mktemp("bronnen")
    script("maak_synthetische_studie").maak_studie(map_ / "studie", aantal=3, zaad=4)
    assert draai(["bereken", str(REFERENTIE), "--uit", str(map_ / "kwv.xlsx")])[0] == 0
    return {"studie": map_ / "studie", "werkboek": map_ / "kwv.xlsx"}


REGIO = REFERENTIE.parent / "regio-zes-gemeenten.yaml"

OPDRACHTEN: dict[str, tuple[str, Callable[[dict[str, Path], Path], list[str]]]] = {
    "bereken --uit": ("uit.xlsx", lambda b, d: ["bereken", str(REFERENTIE), "--uit", str(d)]),
    "bereken --json": ("uit.json", lambda b, d: ["bereken", str(REFERENTIE), "--json", str(d)]),
    "nieuw": ("woning.yaml", lambda b, d: ["nieuw", str(d), "--overschrijf"]),
    "sjabloon": ("sjabloon.xlsx", lambda b, d: ["sjabloon", "--uit", str(d)]),
    "onderzoek --uit": ("rapport.xlsx", lambda b, d: ["onderzoek", str(b["studie"]), "--uit", str(d)]),
    "onderzoek --json": ("samenvatting.json", lambda b, d: ["onderzoek", str(b["studie"]), "--uit",
                                                            str(d.parent.parent / "r.xlsx"), "--json", str(d)]),
    "scenario --uit csv": ("tabel.csv", lambda b, d: ["scenario", str(REFERENTIE), "--uit", str(d)]),
    "scenario --uit png": ("grafiek.png", lambda b, d: ["scenario", str(REFERENTIE), "--uit", str(d)]),
    "financiering --uit": ("fin.csv", lambda b, d: ["financiering", str(REFERENTIE), "--runs", "200", "--uit",
                                                    str(d)]),
    "aanloop --uit": ("aanloop.csv", lambda b, d: ["aanloop", str(REFERENTIE), "--uit", str(d)]),
    "lees-excel --uit": ("terug.yaml", lambda b, d: ["lees-excel", str(b["werkboek"]), "--uit", str(d)]),
    "regio --uit xlsx": ("regio.xlsx", lambda b, d: ["regio", str(REGIO), "--uit", str(d)]),
    "regio --uit pdf": ("notitie.pdf", lambda b, d: ["regio", str(REGIO), "--uit", str(d)]),
}


def _mount(map_: Path, opties: str) -> bool:
    map_.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    gelukt = subprocess.run(["mount", "-t", "tmpfs", "-o", opties, "tmpfs", str(map_)], capture_output=True)
    return gelukt.returncode == 0


def _umount(map_: Path) -> None:
    subprocess.run(["umount", str(map_)], capture_output=True, check=False)


@pytest.fixture
def volle_schijf(tmp_path: Path) -> Iterator[Path]:
    """Een echte tmpfs van 1 MB die vol is, met een bestaand doelbestand erin (alleen als root)."""
    map_ = tmp_path / "vol"
    if not _mount(map_, "size=1m"):
        pytest.skip("geen tmpfs (niet root of mount geweigerd); de nagebootste ENOSPC-test dekt dit geval")
    try:
        yield map_
    finally:
        _umount(map_)


def _vul(map_: Path) -> None:
    """Schrijf tot de schijf vol is (ongebufferd, zodat sluiten niet alsnog faalt)."""
    fd = os.open(map_ / "vulling", os.O_WRONLY | os.O_CREAT)
    try:
        for grootte in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * grootte)
    finally:
        os.close(fd)


@pytest.fixture
def alleen_lezen(tmp_path: Path) -> Iterator[Path]:
    """Een map waarin niet geschreven kan worden: een alleen-lezen tmpfs (root) of chmod 555 (gewone gebruiker)."""
    map_ = tmp_path / "alleen_lezen"
    if os.geteuid() == 0:
        if not _mount(map_, "size=1m"):
            pytest.skip("root zonder mount: chmod helpt root niet")
        try:
            yield map_
        finally:
            _umount(map_)
    else:
        map_.mkdir()
        yield map_
        map_.chmod(0o755)


def _alleen_lezen_maken(map_: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["mount", "-o", "remount,ro", str(map_)], check=True)
    else:
        map_.chmod(0o555)


def _geen_tijdelijke(map_: Path) -> bool:
    return not any(schrijven.MERK in p.name for p in map_.iterdir())


def _faalt_netjes(argv: list[str]) -> str:
    code, _, err, _, _ = draai(argv)
    assert code == 2, (code, err)
    assert "niet geschreven" in err and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_doel_is_een_map(bronnen: dict[str, Path], tmp_path: Path, opdracht: str) -> None:
    naam, argv = OPDRACHTEN[opdracht]
    doel = tmp_path / "uit" / naam
    doel.mkdir(parents=True)
    assert "is een map" in _faalt_netjes(argv(bronnen, doel))
    assert doel.is_dir() and not any(doel.iterdir())
    assert not (tmp_path / "r.xlsx").exists(), "alles of niets"


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_map_bestaat_niet(bronnen: dict[str, Path], tmp_path: Path, opdracht: str) -> None:
    naam, argv = OPDRACHTEN[opdracht]
    doel = tmp_path / "uit" / "weg" / naam
    (tmp_path / "uit").mkdir()
    assert "bestaat niet" in _faalt_netjes(argv(bronnen, doel))
    assert not doel.parent.exists()
    assert not (tmp_path / "r.xlsx").exists(), "alles of niets"


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_alleen_lezen_map(bronnen: dict[str, Path], alleen_lezen: Path, opdracht: str) -> None:
    naam, argv = OPDRACHTEN[opdracht]
    doel = alleen_lezen / naam
    doel.write_bytes(OUD)
    _alleen_lezen_maken(alleen_lezen)
    err = _faalt_netjes(argv(bronnen, doel))
    assert "alleen-lezen" in err or "schrijfrechten" in err, err
    assert doel.read_bytes() == OUD and _geen_tijdelijke(alleen_lezen)


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_volle_schijf(bronnen: dict[str, Path], volle_schijf: Path, opdracht: str) -> None:
    """In een eigen proces: ook wat Python bij het afsluiten nog opruimt, mag geen traceback tonen."""
    naam, argv = OPDRACHTEN[opdracht]
    doel = volle_schijf / naam
    doel.write_bytes(OUD)
    _vul(volle_schijf)
    proces = subprocess.run([sys.executable, "-m", "kostprijs", *argv(bronnen, doel)], capture_output=True,
                            text=True, timeout=120)
    assert proces.returncode == 2 and "schijf is vol" in proces.stderr, proces.stderr
    assert "Traceback" not in proces.stderr and "Exception ignored" not in proces.stderr, proces.stderr
    assert doel.read_bytes() == OUD and _geen_tijdelijke(volle_schijf)


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_volle_schijf_nagebootst(bronnen: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 opdracht: str) -> None:
    naam, argv = OPDRACHTEN[opdracht]
    (tmp_path / "uit").mkdir()
    doel = tmp_path / "uit" / naam
    doel.write_bytes(OUD)

    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(schrijven.os, "fsync", fsync)
    assert "schijf is vol" in _faalt_netjes(argv(bronnen, doel))
    assert doel.read_bytes() == OUD and _geen_tijdelijke(doel.parent)
    assert not (tmp_path / "r.xlsx").exists(), "alles of niets"


def test_onderzoek_json_in_onbestaande_map_schrijft_ook_het_rapport_niet(bronnen: dict[str, Path],
                                                                         tmp_path: Path) -> None:
    from kostprijs.onderzoek.rapport import schrijf_rapport
    from kostprijs.onderzoek.studie import onderzoek

    rapport = tmp_path / "rapport.xlsx"
    _faalt_netjes(["onderzoek", str(bronnen["studie"]), "--uit", str(rapport), "--json",
                   str(tmp_path / "weg" / "s.json")])
    assert not rapport.exists()
    with pytest.raises(schrijven.SchrijfFout):  # ook in de bibliotheek, zonder de controle vooraf van de CLI
        schrijf_rapport(onderzoek(bronnen["studie"]), rapport, tmp_path / "weg" / "s.json")
    assert not rapport.exists() and _geen_tijdelijke(tmp_path)


def test_rapport_en_json_alles_of_niets_bij_volle_schijf(bronnen: dict[str, Path], tmp_path: Path,
                                                         volle_schijf: Path) -> None:
    rapport = tmp_path / "rapport.xlsx"
    rapport.write_bytes(OUD)
    _vul(volle_schijf)
    assert "schijf is vol" in _faalt_netjes(["onderzoek", str(bronnen["studie"]), "--uit", str(rapport), "--json",
                                             str(volle_schijf / "s.json")])
    assert rapport.read_bytes() == OUD and _geen_tijdelijke(tmp_path) and _geen_tijdelijke(volle_schijf)


def test_scenario_csv_en_png_alles_of_niets(tmp_path: Path) -> None:
    csv = tmp_path / "tabel.csv"
    _faalt_netjes(["scenario", str(REFERENTIE), "--uit", str(csv), "--uit", str(tmp_path / "weg" / "g.png")])
    assert not csv.exists() and _geen_tijdelijke(tmp_path)
    assert draai(["scenario", str(REFERENTIE), "--uit", str(csv), "--uit", str(tmp_path / "g.png")])[0] == 0
    assert csv.exists() and (tmp_path / "g.png").read_bytes().startswith(b"\x89PNG")


def test_tijdelijk_bestand_van_afgebroken_proces_wordt_opgeruimd(tmp_path: Path) -> None:
    doel = tmp_path / "sjabloon.xlsx"
    doel.write_bytes(OUD)
    kind = textwrap.dedent(f"""
        import sys, time
        import kostprijs.onderzoek.sjabloon as s
        echt = s._schrijf
        def traag(pad, regio):
            echt(pad, regio)
            print("half geschreven", flush=True)
            time.sleep(120)
        s._schrijf = traag
        from kostprijs.cli import main
        main(["sjabloon", "--uit", {str(doel)!r}])
    """)
    proces = subprocess.Popen([sys.executable, "-c", kind], stdout=subprocess.PIPE, text=True)
    try:
        assert proces.stdout is not None and proces.stdout.readline().strip() == "half geschreven"
        proces.send_signal(signal.SIGKILL)
        proces.wait(30)
    finally:
        proces.kill()
    achter = [p.name for p in tmp_path.iterdir() if schrijven.MERK in p.name]
    assert len(achter) == 1 and achter[0].startswith(f".sjabloon.xlsx{schrijven.MERK}{proces.pid}.")
    assert doel.read_bytes() == OUD, "het doel is door het afgebroken proces niet aangeraakt"
    assert draai(["sjabloon", "--uit", str(doel)])[0] == 0
    assert _geen_tijdelijke(tmp_path) and doel.read_bytes().startswith(b"PK")
