"""Benchmark kostprijsonderzoek: 100 ingevulde sjablonen inlezen, herrekenen en aggregeren.

Basislijn, in dezelfde run gemeten: een kale openpyxl-lading (``read_only=True``) van dezelfde bestanden
die dezelfde cellen (A1:F60 van alle bladen) doorloopt, zonder voorcontrole, omzetting of statistiek.
De verhouding laat zien wat de veiligheid (voorcontrole, structuurscan, strikte controle) en het
onderzoek kosten bovenop alleen het openen.

    .venv/bin/python benchmarks/bench_onderzoek.py [--aantal 100] [--herhalingen 3]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _synthetisch() -> object:
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("maak_synthetische_studie",
                                                  ROOT / "scripts" / "maak_synthetische_studie.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def vijandig(map_: Path) -> tuple[int, float, float]:
    """Weiger het vijandige corpus bestand voor bestand; geeft (aantal, totale tijd, langste tijd). [s]"""
    from kostprijs.errors import InvoerFout
    from kostprijs.onderzoek.inlezen import lees_opgave

    spec = importlib.util.spec_from_file_location("maak_vijandige_bestanden",
                                                  ROOT / "scripts" / "maak_vijandige_bestanden.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    gevallen = module.maak_corpus(map_)
    tijden = []
    for g in gevallen:
        t = time.perf_counter()
        with contextlib.suppress(InvoerFout):
            lees_opgave(map_ / g.bestand)
        tijden.append(time.perf_counter() - t)
    return len(gevallen), sum(tijden), max(tijden)


def basislijn(map_: Path) -> int:
    """Kale openpyxl-lading van elk bestand; telt de niet-lege cellen."""
    import openpyxl

    n = 0
    for pad in sorted(map_.glob("*.xlsx")):
        wb = openpyxl.load_workbook(pad, read_only=True, data_only=True)
        for ws in wb.worksheets:
            for rij in ws.iter_rows(min_row=1, max_row=60, min_col=1, max_col=6, values_only=True):
                n += sum(v is not None for v in rij)
        wb.close()
    return n


def kandidaat(map_: Path) -> int:
    """Het volledige onderzoek: inlezen (met voorcontrole), herrekenen, spreiding en voorstel."""
    from kostprijs.onderzoek.studie import onderzoek
    from kostprijs.onderzoek.voorstel import Normen

    studie = onderzoek(map_, Normen(0.9, 0.2))
    return len(studie.aanbieders)


def beste(fn: Callable[[Path], int], map_: Path, herhalingen: int) -> float:
    """Beste tijd van ``herhalingen`` runs. [s]"""
    tijden = []
    for _ in range(herhalingen):
        t = time.perf_counter()
        fn(map_)
        tijden.append(time.perf_counter() - t)
    return min(tijden)


def main() -> None:
    """Meet en druk af."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--aantal", type=int, default=100)
    p.add_argument("--herhalingen", type=int, default=3)
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        map_ = Path(tmp)
        t = time.perf_counter()
        _synthetisch().maak_studie(map_, a.aantal)  # type: ignore[attr-defined]
        aanmaak = time.perf_counter() - t
        assert kandidaat(map_) == a.aantal
        t_basis = beste(basislijn, map_, a.herhalingen)
        t_kand = beste(kandidaat, map_, a.herhalingen)
    print(f"{a.aantal} ingevulde sjablonen (aanmaken met openpyxl: {aanmaak:.2f} s)")
    for label, tijd in (("basislijn  openpyxl read_only laden + cellen lezen", t_basis),
                        ("kostprijs  inlezen + herrekenen + aggregeren      ", t_kand)):
        print(f"{label} : {tijd:7.3f} s  ({1000 * tijd / a.aantal:.1f} ms/bestand)")
    print(f"verhouding kostprijs / basislijn                   : {t_kand / t_basis:7.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        n, totaal, langst = vijandig(Path(tmp))
    print(f"vijandig corpus: {n} bestanden geweigerd in {totaal:.2f} s (langste {1000 * langst:.0f} ms)")


if __name__ == "__main__":
    main()
