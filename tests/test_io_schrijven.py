"""Atomair schrijven (kostprijs.io.schrijven): doel ongewijzigd bij elke fout, geen tijdelijk bestand
achter, alles of niets bij meer bestanden, overblijfsels van afgebroken processen opgeruimd."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kostprijs.io import schrijven
from kostprijs.io.schrijven import SchrijfFout, alles_of_niets, atomair, ruim_op, schrijf_tekst


def _tijdelijk(map_: Path) -> list[str]:
    return sorted(p.name for p in map_.iterdir() if schrijven.MERK in p.name)


def test_schrijft_en_laat_niets_achter(tmp_path: Path) -> None:
    doel = tmp_path / "uit.txt"
    schrijf_tekst(doel, "nieuw")
    assert doel.read_text() == "nieuw"
    assert _tijdelijk(tmp_path) == []
    assert oct(doel.stat().st_mode & 0o777) != oct(0o600), "rechten volgen de umask, niet die van mkstemp"


def test_fout_in_de_schrijver_laat_het_doel_staan(tmp_path: Path) -> None:
    doel = tmp_path / "uit.txt"
    doel.write_text("oud")
    with pytest.raises(RuntimeError), atomair(doel) as tmp:
        tmp.write_text("half")
        raise RuntimeError("halverwege")
    assert doel.read_text() == "oud"
    assert _tijdelijk(tmp_path) == []


@pytest.mark.parametrize("soort", ["map", "ontbrekende_map", "pijp"])
def test_ongeschikt_doel_geeft_nederlandse_fout_en_niets_geschreven(tmp_path: Path, soort: str) -> None:
    doel = {"map": tmp_path / "een_map", "ontbrekende_map": tmp_path / "weg" / "uit.txt",
            "pijp": tmp_path / "pijp"}[soort]
    if soort == "map":
        doel.mkdir()
    if soort == "pijp":
        os.mkfifo(doel)
    with pytest.raises(SchrijfFout) as e:
        schrijf_tekst(doel, "x")
    assert "is niet geschreven" in str(e.value)
    verwacht = {"map": "is een map", "ontbrekende_map": "bestaat niet", "pijp": "geen gewoon bestand"}[soort]
    assert verwacht in str(e.value)
    assert _tijdelijk(tmp_path) == []


@pytest.mark.parametrize(("fout", "tekst"), [(errno.ENOSPC, "schijf is vol"), (errno.EROFS, "alleen-lezen"),
                                             (errno.EACCES, "schrijfrechten"), (errno.EFBIG, "te groot")])
def test_schrijffout_van_het_systeem_wordt_een_melding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       fout: int, tekst: str) -> None:
    doel = tmp_path / "uit.txt"
    doel.write_text("oud")

    def fsync(fd: int) -> None:
        raise OSError(fout, os.strerror(fout))

    monkeypatch.setattr(schrijven.os, "fsync", fsync)
    with pytest.raises(SchrijfFout) as e:
        schrijf_tekst(doel, "nieuw")
    assert tekst in str(e.value) and "ongewijzigd" in str(e.value)
    assert doel.read_text() == "oud"
    assert _tijdelijk(tmp_path) == []


def test_ingepakte_oserror_van_een_bibliotheek_wordt_herkend(tmp_path: Path) -> None:
    from xlsxwriter.exceptions import FileCreateError

    doel = tmp_path / "uit.xlsx"
    with pytest.raises(SchrijfFout, match="schijf is vol"), atomair(doel):
        raise FileCreateError(OSError(errno.ENOSPC, "No space left on device"))
    assert not doel.exists()


def test_meer_bestanden_alles_of_niets_bij_fout_in_het_tweede(tmp_path: Path) -> None:
    eerste, tweede = tmp_path / "a.txt", tmp_path / "weg" / "b.txt"
    with pytest.raises(SchrijfFout), alles_of_niets():
        schrijf_tekst(eerste, "a")
        schrijf_tekst(tweede, "b")
    assert not eerste.exists()
    assert _tijdelijk(tmp_path) == []


def test_meer_bestanden_teruggezet_als_het_tweede_vervangen_mislukt(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    eerste, tweede = tmp_path / "a.txt", tmp_path / "b.txt"
    eerste.write_text("oud a")
    echte = os.replace
    aantal = {"n": 0}

    def replace(bron: str | Path, doel: str | Path) -> None:
        if Path(doel).name == "b.txt":
            aantal["n"] += 1
            raise OSError(errno.ENOSPC, "No space left on device")
        echte(bron, doel)

    monkeypatch.setattr(schrijven.os, "replace", replace)
    with pytest.raises(SchrijfFout, match="Geen van de bestanden"), alles_of_niets():
        schrijf_tekst(eerste, "nieuw a")
        schrijf_tekst(tweede, "nieuw b")
    assert aantal["n"] == 1
    assert eerste.read_text() == "oud a"
    assert not tweede.exists()
    assert _tijdelijk(tmp_path) == []


def test_zelfde_doel_twee_keer_in_een_bundel_wordt_geweigerd(tmp_path: Path) -> None:
    with pytest.raises(SchrijfFout, match="twee keer"), alles_of_niets():
        schrijf_tekst(tmp_path / "a.txt", "1")
        schrijf_tekst(tmp_path / "." / "a.txt", "2")
    assert not (tmp_path / "a.txt").exists()


def test_overblijfsel_van_dood_proces_wordt_opgeruimd_levend_niet(tmp_path: Path) -> None:
    doel = tmp_path / "uit.xlsx"
    dood = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()
    van_dood = tmp_path / f".uit.xlsx{schrijven.MERK}{dood}.abc.tmp"
    van_levend = tmp_path / f".uit.xlsx{schrijven.MERK}{os.getppid()}.def.tmp"
    oud_levend = tmp_path / f".uit.xlsx{schrijven.MERK}{os.getppid()}.ghi.tmp"
    ander_doel = tmp_path / f".ander.xlsx{schrijven.MERK}{dood}.jkl.tmp"
    for p in (van_dood, van_levend, oud_levend, ander_doel):
        p.write_text("half")
    os.utime(oud_levend, (time.time() - 2 * schrijven.MAX_LEEFTIJD,) * 2)
    assert sorted(p.name for p in ruim_op(doel)) == sorted([van_dood.name, oud_levend.name])
    assert van_levend.exists() and ander_doel.exists()


def test_doel_met_glob_tekens_in_de_naam(tmp_path: Path) -> None:
    doel = tmp_path / "[a]*.txt"
    schrijf_tekst(doel, "x")
    assert doel.read_text() == "x"
    assert _tijdelijk(tmp_path) == []
