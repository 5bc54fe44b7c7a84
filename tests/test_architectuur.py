"""Architectuur: de rekenkern is puur en ``import kostprijs`` blijft licht."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

KERN = Path(__file__).resolve().parents[1] / "kostprijs" / "core"
TOEGESTAAN = {"__future__", "numpy", "typing", "collections", "dataclasses", "math", "decimal", "kostprijs",
              "functools", "itertools", "enum"}
ZWAAR = {"pandas", "openpyxl", "xlsxwriter", "matplotlib", "scipy", "simpy", "defusedxml"}


@pytest.mark.parametrize("module", sorted(KERN.glob("*.py")), ids=lambda p: p.name)
def test_kern_importeert_geen_io_of_pydantic(module: Path) -> None:
    boom = ast.parse(module.read_text(encoding="utf-8"))
    for knoop in ast.walk(boom):
        namen: list[str] = []
        if isinstance(knoop, ast.Import):
            namen = [a.name for a in knoop.names]
        elif isinstance(knoop, ast.ImportFrom) and knoop.module:
            namen = [knoop.module]
        for naam in namen:
            top = naam.split(".")[0]
            assert top in TOEGESTAAN, f"{module.name} importeert {naam}"
            if top == "kostprijs":
                assert naam.startswith(("kostprijs.core", "kostprijs.errors")), f"{module.name} importeert {naam}"


def test_import_kostprijs_is_licht() -> None:
    code = "import sys, kostprijs; print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    geladen = ZWAAR & set(uit)
    assert not geladen, f"import kostprijs laadt {geladen}"


def test_cli_start_zonder_zware_modules() -> None:
    code = ("import sys; from kostprijs.cli import maak_parser; maak_parser(); "
            "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))")
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert not (ZWAAR & set(uit)), f"de CLI-parser laadt {ZWAAR & set(uit)}"
