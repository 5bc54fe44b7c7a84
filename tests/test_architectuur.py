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


def _geladen_na(code: str) -> set[str]:
    """De modules die een vers Python-proces na ``code`` geladen heeft (volledige namen)."""
    code += "\nimport sys; print(' '.join(sorted(sys.modules)))"
    return set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
               .stdout.split())


def test_import_kostprijs_laadt_alleen_de_versie() -> None:
    """``import kostprijs`` laadt geen numpy, pydantic, invoermodellen of register (module-__getattr__)."""
    geladen = _geladen_na("import kostprijs")
    zwaar = {m.split(".")[0] for m in geladen} & (ZWAAR | {"numpy", "pydantic", "ruamel"})
    assert not zwaar, f"import kostprijs laadt {zwaar}"
    assert not {"kostprijs.inputs", "kostprijs.parameters", "kostprijs.model"} & geladen
    # de publieke namen blijven werken, en laden pas bij gebruik
    na = _geladen_na("import kostprijs; kostprijs.KwvModel; from kostprijs import bereken, lees_model")
    assert {"kostprijs.inputs", "kostprijs.model", "kostprijs.io.model_invoer"} <= na


def test_kostprijs_help_laadt_geen_invoermodellen_of_zware_modules() -> None:
    """``kostprijs --help`` (de echte ingang) laadt pandas, openpyxl, XlsxWriter, matplotlib en de module met de
    invoermodellen niet: we kijken naar wat geladen is, niet naar de tijd."""
    geladen = _geladen_na("from kostprijs.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass")
    assert "kostprijs.cli" in geladen, "de test moet de CLI echt starten"
    assert not ZWAAR & {m.split(".")[0] for m in geladen}
    assert "kostprijs.inputs" not in geladen


def test_de_controle_op_geladen_modules_kan_falen() -> None:
    geladen = _geladen_na("import kostprijs.inputs")
    assert "kostprijs.inputs" in geladen and "pydantic" in geladen


def test_cli_start_zonder_zware_modules() -> None:
    code = ("import sys; from kostprijs.cli import maak_parser; maak_parser(); "
            "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))")
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert not (ZWAAR & set(uit)), f"de CLI-parser laadt {ZWAAR & set(uit)}"


def _modules(wortel: Path) -> dict[str, Path]:
    uit = {}
    for p in wortel.rglob("*.py"):
        delen = list(p.relative_to(wortel.parent).with_suffix("").parts)
        if delen[-1] == "__init__":
            delen = delen[:-1]
        uit[".".join(delen)] = p
    return uit


def importgraaf(wortel: Path) -> dict[str, set[str]]:
    """Wie importeert wie binnen het pakket, ook via imports in functies (``from a import b`` = a.b als b een
    module is)."""
    modules = _modules(wortel)
    pakket = wortel.name

    def module_van(naam: str) -> str | None:
        while naam and naam not in modules:
            naam = naam.rpartition(".")[0]
        return naam or None

    graaf: dict[str, set[str]] = {m: set() for m in modules}
    for m, pad in modules.items():
        hier = m.split(".") if pad.name == "__init__.py" else m.split(".")[:-1]
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Import):
                doelen = [a.name for a in knoop.names]
            elif isinstance(knoop, ast.ImportFrom):
                basis = (".".join([*hier[: len(hier) - knoop.level + 1], knoop.module or ""]).strip(".")
                         if knoop.level else knoop.module or "")
                subs = [f"{basis}.{a.name}" for a in knoop.names if f"{basis}.{a.name}" in modules]
                doelen = subs if len(subs) == len(knoop.names) else [basis, *subs]
            else:
                continue
            for doel in doelen:
                if doel == pakket or doel.startswith(pakket + "."):
                    r = module_van(doel)
                    if r and r != m:
                        graaf[m].add(r)
    return graaf


def cycli(graaf: dict[str, set[str]]) -> list[set[str]]:
    """Sterk samenhangende groepen van meer dan één module (Tarjan, iteratief)."""
    index: dict[str, int] = {}
    laag: dict[str, int] = {}
    stapel: list[str] = []
    op_stapel: set[str] = set()
    uit: list[set[str]] = []
    for begin in graaf:
        if begin in index:
            continue
        werk = [(begin, iter(sorted(graaf[begin])))]
        index[begin] = laag[begin] = len(index)
        stapel.append(begin)
        op_stapel.add(begin)
        while werk:
            v, buren = werk[-1]
            w = next(buren, None)
            if w is not None:
                if w not in index:
                    index[w] = laag[w] = len(index)
                    stapel.append(w)
                    op_stapel.add(w)
                    werk.append((w, iter(sorted(graaf[w]))))
                elif w in op_stapel:
                    laag[v] = min(laag[v], index[w])
                continue
            werk.pop()
            if werk:
                laag[werk[-1][0]] = min(laag[werk[-1][0]], laag[v])
            if laag[v] == index[v]:
                groep = set()
                while True:
                    x = stapel.pop()
                    op_stapel.discard(x)
                    groep.add(x)
                    if x == v:
                        break
                if len(groep) > 1:
                    uit.append(groep)
    return uit


def test_geen_importcycli_in_het_pakket() -> None:
    """Geen enkele kring van imports tussen de eigen modules, op elke diepte en ook niet in functies."""
    gevonden = cycli(importgraaf(KERN.parent))
    assert not gevonden, [sorted(g) for g in gevonden]


def test_importcycli_worden_gevonden(tmp_path: Path) -> None:
    """De controle kan falen: a -> b -> c -> a (c importeert a in een functie) wordt gevonden."""
    pkg = tmp_path / "pk"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "a.py").write_text("from pk import b\n", encoding="utf-8")
    (pkg / "b.py").write_text("import pk.c\n", encoding="utf-8")
    (pkg / "c.py").write_text("def f():\n    from pk.a import x\n", encoding="utf-8")
    (pkg / "d.py").write_text("from pk import a\n", encoding="utf-8")
    assert cycli(importgraaf(pkg)) == [{"pk.a", "pk.b", "pk.c"}]
