"""Lange fuzzrun van de importers (issue 13): dezelfde doelen als ``tests/test_fuzz_invoer.py``, via
Hypothesis' ``fuzz_one_input`` met willekeurige bytes, tot de tijd op is.

Gebruik::

    .venv/bin/python scripts/fuzz_invoer.py --minuten 30 --uit /tmp/fuzz

Per invoer gelden dezelfde eisen als in de test: alleen een geldig model of ``KostprijsFout``, binnen 5 s
en 200 MB (tracemalloc). Een overtreding wordt bewaard in ``--uit`` (het invoerbestand en de argumenten,
die als ``@example`` een regressietest worden) en de run gaat door. Aan het eind: aantallen per doel,
langste tijd, grootste geheugenpiek, piekgeheugen van het proces (RSS) en exitcode 1 bij een overtreding.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import time
import traceback
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import test_fuzz_invoer as f


def main() -> int:
    """Opdrachtregel."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--minuten", type=float, default=30.0, help="looptijd (standaard 30)")
    p.add_argument("--zaad", type=int, default=13, help="startwaarde van de toevalsgenerator")
    p.add_argument("--uit", type=Path, default=Path("fuzz-uitkomst"), help="map voor gevonden overtredingen")
    a = p.parse_args()
    a.uit.mkdir(parents=True, exist_ok=True)
    rng = random.Random(a.zaad)
    f.zaden()
    tracemalloc.start()  # één keer: start/stop per invoer laat het proces groeien
    einde = time.monotonic() + 60 * a.minuten
    aantal = dict.fromkeys((d.__name__ for d in f.DOELEN), 0)
    langste = (0.0, "")
    gevonden = 0
    while time.monotonic() < einde:
        for doel in f.DOELEN:
            begin = time.perf_counter()
            try:
                doel.hypothesis.fuzz_one_input(rng.randbytes(rng.randint(8, 2048)))  # type: ignore[attr-defined]
            except Exception:
                gevonden += 1
                _bewaar(a.uit / f"{gevonden:03d}-{doel.__name__}", traceback.format_exc())
            duur = time.perf_counter() - begin
            aantal[doel.__name__] += 1
            langste = max(langste, (duur, doel.__name__))
        if sum(aantal.values()) % 300 < len(f.DOELEN):
            print(f"{sum(aantal.values())} invoeren, {gevonden} overtredingen", file=sys.stderr, flush=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for naam, n in aantal.items():
        print(f"{naam:32s} {n:7d} aanroepen")
    s = f.STATISTIEK
    gelezen = ", ".join(f"{d} {n}" for d, n in sorted(s["gelezen"].items()))
    print(f"gelezen invoeren: {gelezen} (totaal {sum(s['gelezen'].values())}) in {a.minuten:g} min")
    print(f"langste invoer {s['langste'][0]:.2f} s ({s['langste'][1]}); grootste geheugenpiek "
          f"{s['piek'][0] / 2**20:.1f} MB ({s['piek'][1]}); langste aanroep incl. opbouw {langste[0]:.2f} s; "
          f"piek-RSS van het proces {rss:.0f} MB; {gevonden} overtredingen (zie {a.uit})")
    return 1 if gevonden else 0


def _bewaar(map_: Path, melding: str) -> None:
    map_.mkdir(parents=True, exist_ok=True)
    laatste = f.LAATSTE
    if laatste.get("pad") and Path(laatste["pad"]).exists():
        shutil.copy(laatste["pad"], map_ / Path(laatste["pad"]).name)
    (map_ / "melding.txt").write_text(f"doel: {laatste.get('doel')}\nargumenten: {laatste.get('argumenten')!r}\n\n"
                                      f"{melding}", encoding="utf-8")
    print(f"overtreding bewaard in {map_}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
