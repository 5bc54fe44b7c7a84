"""Benchmark van de snelheidsdoelen (issue 14): elk doel als gemeten / basislijn uit dezelfde run, met gehaald
of gemist.

Draaien (na de tweede README-opdracht; simpy voor de Monte-Carlo-vergelijking uit de extra ``benchmark``)::

    .venv/bin/pip install -q -e '.[benchmark]'
    .venv/bin/python benchmarks/bench_doelen.py            # ~1-2 minuten
    .venv/bin/python benchmarks/bench_doelen.py --snel     # minder herhalingen, voor een korte controle

Opstarttijden worden gemeten als hele processen (``os.wait4``: CPU-tijd van het kind en wandkloktijd), om en
om met de basislijn, en als mediaan van de verhoudingen per paar: zo blijft de verhouding zinvol als de
machine onderweg sneller of trager wordt. Binnen het proces telt de beste van een aantal herhalingen.
Alle doelen zijn verhoudingen of aantallen per seconde; de tests bevatten geen enkele tijdsbewering.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MODEL = ROOT / "examples" / "kwv-4-plaatsen.yaml"

Regel = tuple[str, str, str, str, bool]
"""(doel, gemeten, basislijn, verhouding of norm, gehaald)."""


def beste(fn: Callable[[], Any], herhalingen: int, aantal: int = 1) -> float:
    """Beste tijd [s] per aanroep over ``herhalingen`` metingen van ``aantal`` aanroepen."""
    tijden = []
    for _ in range(herhalingen):
        t = time.perf_counter()
        for _ in range(aantal):
            fn()
        tijden.append((time.perf_counter() - t) / aantal)
    return min(tijden)


def proces(opdracht: list[str]) -> tuple[float, float]:
    """(CPU-tijd, wandkloktijd) [s] van één heel proces (stdout en stderr weggegooid)."""
    t = time.perf_counter()
    p = subprocess.Popen(opdracht, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _, status, gebruik = os.wait4(p.pid, 0)
    wand = time.perf_counter() - t
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode:
        raise SystemExit(f"{' '.join(opdracht)} gaf exitcode {p.returncode}")
    return gebruik.ru_utime + gebruik.ru_stime, wand


def paren(a: list[str], b: list[str], n: int) -> tuple[tuple[float, float], tuple[float, float], float, float]:
    """A en B om en om ``n`` keer (na één opwarmronde): medianen van A en B (cpu, wand) en van de verhoudingen."""
    proces(a), proces(b)
    ra, rb = [], []
    for _ in range(n):
        ra.append(proces(a))
        rb.append(proces(b))
    cpu = statistics.median(x[0] / y[0] for x, y in zip(ra, rb, strict=True))
    wand = statistics.median(x[1] / y[1] for x, y in zip(ra, rb, strict=True))
    med_a = (statistics.median(x[0] for x in ra), statistics.median(x[1] for x in ra))
    med_b = (statistics.median(x[0] for x in rb), statistics.median(x[1] for x in rb))
    return med_a, med_b, cpu, wand


def kostprijs_opdracht() -> list[str]:
    """De opdracht ``kostprijs`` zoals een gebruiker haar start (het script naast deze Python)."""
    script = Path(sys.executable).with_name("kostprijs")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kostprijs"]


def bytecode() -> None:
    """Zorg dat kostprijs als bytecode (.pyc) klaarstaat, zoals na een installatie (pip compileert bij het
    installeren, Python schrijft .pyc bij het eerste importeren). Anders meet een omgeving met
    ``PYTHONDONTWRITEBYTECODE=1`` bij elke start het compileren van alle eigen modules mee."""
    import compileall

    compileall.compile_dir(ROOT / "kostprijs", quiet=1)


def opstart(n: int) -> list[Regel]:
    bytecode()
    basis = [sys.executable, "-c", "import numpy, pydantic"]
    uit: list[Regel] = []
    a, b, cpu, _ = paren([sys.executable, "-c", "import kostprijs"], basis, n)
    uit.append(("CPU-tijd import kostprijs", f"{a[0] * 1e3:.0f} ms", f"import numpy, pydantic {b[0] * 1e3:.0f} ms",
                f"{cpu:.2f}x (doel <= 1,3x)", cpu <= 1.3))
    a, b, _, wand = paren([*kostprijs_opdracht(), "--help"], basis, n)
    uit.append(("wandklok kostprijs --help", f"{a[1] * 1e3:.0f} ms", f"python -c 'import numpy, pydantic' "
                f"{b[1] * 1e3:.0f} ms", f"{wand:.2f}x (doel <= 1,0x)", wand <= 1.0))
    a, b, _, wand = paren([*kostprijs_opdracht(), "bereken", str(MODEL)], basis, n)
    # De vloer: wat elk programma betaalt dat één pydantic-model valideert en YAML leest (pydantic laadt bij
    # het eerste model zijn interne delen en, voor zijn plugins, importlib.metadata; de basislijn laadt lui).
    _, _, _, vloer = paren([sys.executable, "-c", VLOER], basis, n)
    uit.append(("wandklok kostprijs bereken (referentiecasus)", f"{a[1] * 1e3:.0f} ms",
                f"python -c 'import numpy, pydantic' {b[1] * 1e3:.0f} ms",
                f"{wand:.2f}x (doel <= 2x; vloer: één pydantic-model en YAML al {vloer:.2f}x)", wand <= 2.0))
    return uit


VLOER = "import numpy, yaml\nfrom pydantic import BaseModel\nclass M(BaseModel):\n    x: float\nM(x=1.0)"
"""Eén klein pydantic-model valideren na ``import numpy, yaml``: de ondergrens van elke CLI met deze bouw."""


def rasters(herhalingen: int) -> list[Regel]:
    from kostprijs import lees_model
    from kostprijs.core import keten
    from kostprijs.oplossen import los_op
    from kostprijs.scenario import raster as sr

    m = lees_model(MODEL)
    functie = los_op(m).structuur.functies[0]
    tarief = ["tarief_per_bezet_etmaal"]
    uit: list[Regel] = []

    def volledig(assen: dict[str, np.ndarray]) -> float:
        """Basislijn: dezelfde assen in één gebroadcaste aanroep van de volledige opbouw (alle uitkomsten)."""
        o = los_op(m)
        kern, _, _ = sr._kern_op_raster(o.kern, o.structuur, assen)
        return beste(lambda: keten.opbouw(kern), max(1, herhalingen // 2))

    twee = {"bezettingsgraad": np.linspace(0.5, 1.0, 1000), f"maandsalaris.{functie}": np.linspace(3000, 4000, 1000)}
    t = beste(lambda: sr.raster_opbouw(m, twee, uitkomsten=tarief), herhalingen)
    t0 = volledig(twee)
    snelheid = 1e6 / t
    uit.append(("raster 2 assen, 10^6 punten, alleen tarief", f"{snelheid / 1e6:.0f} miljoen/s ({t * 1e3:.1f} ms)",
                f"volledige opbouw in één aanroep {1e6 / t0 / 1e6:.0f} miljoen/s", f"doel >= 30 miljoen/s "
                f"(streef 100); {t0 / t:.1f}x de basislijn", snelheid >= 3e7))
    een = {"bezettingsgraad": np.linspace(0.5, 1.0, 1_000_000)}
    t = beste(lambda: sr.raster_opbouw(m, een, uitkomsten=tarief), herhalingen)
    t0 = volledig(een)
    snelheid = 1e6 / t
    uit.append(("raster 1 as, 10^6 waarden, alleen tarief", f"{snelheid / 1e6:.0f} miljoen/s ({t * 1e3:.1f} ms)",
                f"volledige opbouw {1e6 / t0 / 1e6:.0f} miljoen/s", f"doel >= 10 miljoen/s; {t0 / t:.1f}x de "
                "basislijn", snelheid >= 1e7))
    klein = {"bezettingsgraad": np.linspace(0.5, 1.0, 10), f"maandsalaris.{functie}": np.linspace(3000, 4000, 10)}
    t = beste(lambda: sr.raster_opbouw(m, klein), herhalingen * 5, 20)
    t_los = beste(lambda: los_op(m), herhalingen * 5, 20)
    uit.append(("raster 10 x 10 (standaarduitkomsten)", f"{t * 1e3:.3f} ms per aanroep",
                f"één oplosstap (los_op) {t_los * 1e3:.3f} ms", f"doel <= 0,5 ms; {t / t_los:.1f}x de oplosstap",
                t <= 5e-4))
    uit.append(geheugen(m, functie))
    return uit


def geheugen(m: Any, functie: str) -> Regel:
    """Piekgeheugen (tracemalloc, ook numpy) van een tariefraster van 10^7 punten, min de uitvoer."""
    from kostprijs.core import blokken
    from kostprijs.oplossen import los_op
    from kostprijs.scenario import raster as sr

    assen = {"bezettingsgraad": np.linspace(0.5, 1.0, 10_000), f"maandsalaris.{functie}": np.linspace(3000, 4000,
                                                                                                      1000)}
    tracemalloc.start()
    try:
        _, uit = sr.raster_opbouw(m, assen, uitkomsten=["tarief_per_bezet_etmaal"])
        _, piek = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    w = uit["tarief_per_bezet_etmaal"]
    per_punt = (piek - w.nbytes) / w.size
    # basislijn: hetzelfde tarief zonder blokken (één blok), op 10^6 punten om de machine te sparen
    o = los_op(m)
    kern, _, langs = sr._kern_op_raster(o.kern, o.structuur, {"bezettingsgraad": assen["bezettingsgraad"][:1000],
                                                                  f"maandsalaris.{functie}": assen[
                                                                      f"maandsalaris.{functie}"]})
    tracemalloc.start()
    try:
        b = blokken.raster(kern, ["tarief_per_bezet_etmaal"], (1000, 1000), langs, blok=10**6)
        _, piek0 = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    basis = (piek0 - b["tarief_per_bezet_etmaal"].nbytes) / 1e6
    return ("geheugen tariefraster 10^7 punten, buiten de uitvoer", f"{per_punt:.2f} bytes/punt",
            f"zonder blokken {basis:.0f} bytes/punt", "doel <= 16 bytes/punt", per_punt <= 16)


def bezetting(herhalingen: int) -> list[Regel]:
    from kostprijs.core import bezetting as b

    c = 10
    s = b.snelheden_wachtlijst(c, 30.0)
    pi = b.stationair(s, 365.0)
    fasen = [b.Fase(120, b.snelheden_wachtlijst(c, 30.0, plafond=2)), b.Fase(245, s)]
    gevallen: list[tuple[str, Callable[[], Any]]] = [
        ("exact model c = 10, stationair jaar", lambda: b.momenten([b.Fase(365, s)], 365.0, pi)),
        ("exact model c = 10, aanloop in 2 fasen", lambda: b.momenten(fasen, 365.0, b.eenheidsvector(c, 2))),
        ("exact model c = 10, aanloop per maand (12 perioden)",
         lambda: b.verwachting_per_periode(fasen, 365.0, b.eenheidsvector(c, 2), np.arange(13) * 365 / 12)),
    ]
    uit: list[Regel] = []
    origineel = b.spectrum

    def zonder_ontbinding(fn: Callable[[], Any]) -> float:
        b.spectrum = lambda q: None  # type: ignore[assignment]  # basislijn: alleen de blokexponent
        try:
            return beste(fn, 3, 20)
        finally:
            b.spectrum = origineel

    for naam, fn in gevallen:
        t, t0 = np.inf, np.inf
        for _ in range(herhalingen):  # om en om, zodat beide dezelfde toestand van de machine treffen
            t, t0 = min(t, beste(fn, 3, 20)), min(t0, zonder_ontbinding(fn))
        doel = t < 5e-4 if "maand" not in naam else True
        uit.append((naam, f"{t * 1e6:.0f} µs", f"blokexponent per fase {t0 * 1e6:.0f} µs",
                    f"{t0 / t:.1f}x sneller" + ("; doel < 0,5 ms" if "maand" not in naam else " (geen doel)"), doel))
    return uit


def montecarlo(snel: bool) -> list[Regel]:
    from kostprijs.core import bezetting as b
    from kostprijs.scenario import montecarlo as mc

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_scenario import simpy_model

    runs, c, verblijf, dagen = 10_000, 5, 180.0, 365.0
    lam = 4.0 / verblijf
    fasen = [b.Fase(dagen, b.snelheden_erlang(c, lam))]
    start = b.eenheidsvector(c, 0)
    t = beste(lambda: mc.simuleer_markov(fasen, verblijf, start, runs, np.random.default_rng(1)), 5)
    try:
        import simpy  # noqa: F401
    except ImportError:
        return [("Monte Carlo 10.000 x 365 x 5", f"{t * 1e3:.1f} ms", "simpy niet geïnstalleerd",
                 "doel < 50 ms", t < 0.05)]
    n = 1_000 if snel else runs
    t_s = beste(lambda: simpy_model(n, c, lam, verblijf, dagen, 3), 1) * runs / n
    return [("Monte Carlo 10.000 jaren x 365 dagen x 5 plaatsen", f"{t * 1e3:.1f} ms",
             f"simpy {t_s * 1e3:.0f} ms" + (" (geschaald van 1.000)" if snel else ""),
             f"{t_s / t:.0f}x; doel < 50 ms en >= 50x", t < 0.05 and t_s / t >= 50)]


def werkboek(herhalingen: int) -> list[Regel]:
    """Het werkboek en de basislijnen om en om, elk een keer per ronde; de verhouding is de mediaan per ronde.

    Ter vergelijking (geen doel): hetzelfde werkboek met de waarden in plaats van de formules, om te zien wat
    de formules zelf kosten en wat de rest van het werkboek (tekst, opmaak, namen, validatie) kost.
    """
    from bench_excel import basislijn
    from xlsxwriter.worksheet import Worksheet

    from kostprijs import bereken, lees_model
    from kostprijs.excel import schrijf_werkboek

    model = lees_model(MODEL)
    res = bereken(model)
    formule = Worksheet.write_formula

    def zonder_formules() -> None:
        Worksheet.write_formula = lambda ws, r, k, _f, opmaak=None, waarde=0: ws.write_number(r, k, waarde, opmaak)
        try:
            schrijf_werkboek(model, pad, res)
        finally:
            Worksheet.write_formula = formule

    with tempfile.TemporaryDirectory() as tmp:
        pad, kaal = Path(tmp) / "werkboek.xlsx", Path(tmp) / "kaal.xlsx"
        reg = schrijf_werkboek(model, pad, res)
        basislijn(reg, kaal)
        rondes = [(beste(lambda: schrijf_werkboek(model, pad, res), 1), beste(lambda: basislijn(reg, kaal), 1),
                   beste(lambda: basislijn(reg, kaal, in_memory=True), 1), beste(zonder_formules, 1))
                  for _ in range(3 * herhalingen)]
    t, t_d, t_b, t_w = (statistics.median(p[i] for p in rondes) for i in range(4))
    verhouding = statistics.median(p[0] / p[1] for p in rondes)
    # basislijn van het doel (zoals in bench_excel tot nu toe): XlsxWriter met zijn standaardinstellingen; ter
    # vergelijking ook XlsxWriter in het geheugen (de instelling die het werkboek nu zelf gebruikt)
    return [("werkboek 51 punten schrijven", f"{t * 1e3:.0f} ms", f"zelfde getallen zonder formules "
             f"(XlsxWriter standaard) {t_d * 1e3:.0f} ms; in het geheugen {t_b * 1e3:.0f} ms; hetzelfde werkboek "
             f"met waarden in plaats van formules {t_w * 1e3:.0f} ms",
             f"{verhouding:.1f}x (doel <= 3x); tegen de basislijn in het geheugen "
             f"{statistics.median(p[0] / p[2] for p in rondes):.1f}x; de formules zelf "
             f"{statistics.median(p[0] / p[3] for p in rondes):.2f}x", verhouding <= 3)]


def machine() -> str:
    cpu = platform.processor() or "onbekende cpu"
    try:
        for regel in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if regel.startswith("model name"):
                cpu = regel.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, numpy {np.__version__}, "
            f"{platform.system()} {platform.release()}")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--snel", action="store_true", help="minder herhalingen (korte controle)")
    ap.add_argument("--alleen", choices=["opstart", "raster", "bezetting", "montecarlo", "werkboek"],
                    help="meet één groep")
    a = ap.parse_args()
    n = 5 if a.snel else 15
    print(machine())
    groepen: dict[str, Callable[[], list[Regel]]] = {
        "opstart": lambda: opstart(n), "raster": lambda: rasters(3 if a.snel else 7),
        "bezetting": lambda: bezetting(3 if a.snel else 7), "montecarlo": lambda: montecarlo(a.snel),
        "werkboek": lambda: werkboek(5 if a.snel else 15),
    }
    regels: list[Regel] = []
    for naam, groep in groepen.items():
        if a.alleen in (None, naam):
            regels += groep()
    breedte = max(len(r[0]) for r in regels)
    for doel, gemeten, basis, verhouding, gehaald in regels:
        print(f"{'gehaald' if gehaald else 'GEMIST '}  {doel:<{breedte}}  {gemeten}  |  basislijn: {basis}  |  "
              f"{verhouding}")
    gemist = sum(not r[4] for r in regels)
    print(f"{len(regels) - gemist} van {len(regels)} doelen gehaald")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
