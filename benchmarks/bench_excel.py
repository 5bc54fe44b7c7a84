"""Benchmark werkboek: het volledige werkboek (met 51-punts bezettingstabel) tegen dezelfde waarden zonder formules.

Gemeten in dezelfde run:

- ``werkboek``: :func:`kostprijs.excel.schrijf_werkboek` voor de referentiecasus: formules met opgeslagen
  waarden, benoemde cellen, validatie, opmerkingen, beveiliging, grafiek, atomair wegschrijven. De
  berekening zelf (``bereken``) wordt één keer vooraf gedaan en meegegeven, zodat alleen het schrijven telt.
- ``basislijn``: XlsxWriter schrijft dezelfde getallen (elke invoer- en formulecel, op dezelfde plaats in
  dezelfde tabbladen) als kale getallen: geen formules, namen, validatie, opmaak of grafiek.

De verhouding werkboek / basislijn is de prijs van een 'levend' werkboek.

    .venv/bin/python benchmarks/bench_excel.py [--herhalingen 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kostprijs import bereken, lees_model  # noqa: E402
from kostprijs.excel import schrijf_werkboek  # noqa: E402
from kostprijs.excel.blad import Register  # noqa: E402
from kostprijs.model import BEZETTINGSGRADEN as BEZETTINGEN  # noqa: E402


def basislijn(reg: Register, pad: Path, in_memory: bool = False) -> None:
    """Dezelfde waarden als kale getallen met XlsxWriter (geen formules), met XlsxWriters standaardinstellingen;
    ``in_memory=True`` zoals het werkboek zelf sinds issue 14 schrijft (ter vergelijking)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(pad), {"in_memory": in_memory})
    bladen: dict[str, Any] = {}

    def blad(naam: str) -> Any:
        if naam not in bladen:
            bladen[naam] = wb.add_worksheet(naam)
        return bladen[naam]

    for adres in reg.invoer.values():  # invoercellen (de waarde doet voor de tijd niet ter zake)
        blad("Uitgangspunten").write_number(adres.split("!")[1], 1.0)
    for f in reg.formules:
        blad(f.blad).write_number(f.cel, f.waarde)
    wb.close()


def meet(fn: Callable[[], None], herhalingen: int) -> float:
    tijden = []
    for _ in range(herhalingen):
        t0 = time.perf_counter()
        fn()
        tijden.append(time.perf_counter() - t0)
    return statistics.median(tijden)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--herhalingen", type=int, default=20)
    a = ap.parse_args()
    model = lees_model(ROOT / "examples" / "kwv-4-plaatsen.yaml")
    res = bereken(model)
    with tempfile.TemporaryDirectory() as tmp:
        pad, kaal = Path(tmp) / "werkboek.xlsx", Path(tmp) / "kaal.xlsx"
        reg = schrijf_werkboek(model, pad, res)  # opwarmen (imports)
        basislijn(reg, kaal)
        t_werkboek = meet(lambda: schrijf_werkboek(model, pad, res), a.herhalingen)
        t_basis = meet(lambda: basislijn(reg, kaal), a.herhalingen)
        t_geheugen = meet(lambda: basislijn(reg, kaal, in_memory=True), a.herhalingen)
        grootte, grootte_kaal = pad.stat().st_size, kaal.stat().st_size
    print(f"bezettingstabel: {len(BEZETTINGEN)} punten; formulecellen: {len(reg.formules)}; "
          f"benoemde cellen: {len(reg.namen)}; invoercellen: {len(reg.invoer)}")
    print(f"werkboek (formules + waarden, volledig) : {t_werkboek * 1000:8.1f} ms  ({grootte / 1024:.0f} kB)")
    print(f"basislijn (zelfde waarden, kale getallen): {t_basis * 1000:8.1f} ms  ({grootte_kaal / 1024:.0f} kB)")
    print(f"idem, XlsxWriter in het geheugen         : {t_geheugen * 1000:8.1f} ms")
    print(f"verhouding werkboek / basislijn          : {t_werkboek / t_basis:8.1f}x "
          f"(tegen de basislijn in het geheugen {t_werkboek / t_geheugen:.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
