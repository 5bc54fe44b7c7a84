"""``scripts/testen.sh`` (de tweede opdracht uit de README, ook in .ci/run): installeert wat de tests nodig
hebben als het kan (root + apt-get) en zegt anders precies wat te installeren.

De machine wordt nagebootst met een eigen PATH: een nep-``id`` (root of niet), een nep-``apt-get`` die zijn
argumenten opschrijft en eventueel de programma's "installeert", en de echte Python.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "testen.sh"
BASH = "/bin/bash"
WEBTESTS = any((SCRIPT.parents[1] / "tests").glob("test_web*.py"))
PROGRAMMAS = ("soffice", "pdftoppm", *(("chromium",) if WEBTESTS else ()))
PAKKETTEN = " ".join(("libreoffice-calc-nogui", "poppler-utils", *(("chromium",) if WEBTESTS else ())))
"""Wat het script moet installeren: LibreOffice en poppler, en Chromium zodra er webtests zijn."""


def _bin(tmp_path: Path, uid: int, apt: str | None) -> Path:
    b = tmp_path / "bin"
    b.mkdir()
    (b / "id").write_text(f"#!{BASH}\necho {uid}\n", encoding="utf-8")
    if apt is not None:
        (b / "apt-get").write_text(f"#!{BASH}\necho \"$@\" >> {tmp_path}/apt.log\n{apt}\n", encoding="utf-8")
    for p in b.iterdir():
        p.chmod(0o755)
    return b


def _draai(b: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": str(b), "PYTHON": sys.executable, "HOME": os.environ.get("HOME", "/tmp")}
    return subprocess.run([BASH, str(SCRIPT), "--alleen-systeem"], capture_output=True, text=True, env=env,
                          timeout=60)


def test_zonder_root_zegt_het_precies_wat_te_installeren(tmp_path: Path) -> None:
    r = _draai(_bin(tmp_path, 1000, apt=None))
    assert r.returncode == 1
    assert f"sudo apt-get install --no-install-recommends {PAKKETTEN}" in r.stderr


def test_als_root_installeert_het_met_apt(tmp_path: Path) -> None:
    b = tmp_path / "bin"
    nep = (f"[ \"$1\" = install ] && for p in {' '.join(PROGRAMMAS)}; do printf '#!{BASH}\\n' > {b}/$p; "
           f"/bin/chmod +x {b}/$p; done")
    r = _draai(_bin(tmp_path, 0, apt=nep + "; true"))
    assert r.returncode == 0, r.stderr
    log = (tmp_path / "apt.log").read_text(encoding="utf-8").splitlines()
    assert log == ["update -qq", f"install -y -qq --no-install-recommends {PAKKETTEN}"]
    assert "in orde" in r.stdout


def test_als_de_installatie_niets_oplevert_stopt_het(tmp_path: Path) -> None:
    r = _draai(_bin(tmp_path, 0, apt="true"))
    assert r.returncode == 1
    assert f"na de installatie ontbreekt nog: {PAKKETTEN}" in r.stderr


@pytest.mark.skipif(not all(os.path.exists(f"/usr/bin/{p}") for p in PROGRAMMAS),
                    reason="alleen waar LibreOffice, poppler (en Chromium) er zijn")
def test_alles_aanwezig_geen_apt(tmp_path: Path) -> None:
    b = _bin(tmp_path, 0, apt="exit 99")
    for p in PROGRAMMAS:
        (b / p).symlink_to(f"/usr/bin/{p}")
    r = _draai(b)
    assert r.returncode == 0, r.stderr
    assert not (tmp_path / "apt.log").exists()


def test_ci_roept_dezelfde_opdracht_aan_als_de_readme() -> None:
    wortel = SCRIPT.parents[1]
    readme = (wortel / "README.md").read_text(encoding="utf-8")
    ci = (wortel / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/testen.sh" in readme.split("```")[3], "de tweede opdracht van de README"
    assert "bash scripts/testen.sh" in ci
