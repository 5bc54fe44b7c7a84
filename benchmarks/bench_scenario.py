"""Benchmark scenario's: raster vs lus, exact bezettingsmodel, Monte Carlo vs simpy (alles in één run).

Draaien: ``.venv/bin/python benchmarks/bench_scenario.py`` (simpy uit de extra ``benchmark``:
``pip install -e '.[benchmark]'``; zonder simpy wordt dat onderdeel overgeslagen). Optie ``--snel``
meet de scalaire lus op 1.000 in plaats van 10.000 punten (voor een korte controle).

Wat wordt gemeten (doelen uit issue 4):

1. Raster van 10.000 punten (100 bezettingsgraden x 100 maandsalarissen groepsleiding) gevectoriseerd,
   tegen een Python-lus over de scalaire API (per punt een opnieuw gevalideerd model en
   ``kostprijs.bereken``) en tegen een lus over de scalaire kern (``tariefopbouw`` per punt). Doel:
   >= 100x en >= 1 miljoen scenario-evaluaties per seconde.
2. Exact bezettingsmodel (gemiddelde en variantie van D over een jaar) voor c = 3..10. Doel: < 1 ms.
3. Monte Carlo 10.000 jaren x 365 dagen x 5 plaatsen (Erlang, A = 4, L = 180, lege start;
   ``docs/bezetting.md#snelheid-van-de-motoren``) tegen een gelijkwaardig simpy-model. Doel: < 1 s en >= 20x sneller.
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kostprijs import bereken, lees_model  # noqa: E402
from kostprijs.core import bezetting as b  # noqa: E402
from kostprijs.core import keten  # noqa: E402
from kostprijs.oplossen import los_op  # noqa: E402
from kostprijs.scenario import montecarlo as mc  # noqa: E402
from kostprijs.scenario import raster  # noqa: E402
from kostprijs.scenario.basis import model_met  # noqa: E402

MODEL = ROOT / "examples" / "kwv-4-plaatsen.yaml"


def beste(fn: Callable[[], Any], herhalingen: int) -> tuple[float, Any]:
    """Beste tijd [s] van ``herhalingen`` keer ``fn()`` en de laatste uitkomst."""
    tijden, uit = [], None
    for _ in range(herhalingen):
        t = time.perf_counter()
        uit = fn()
        tijden.append(time.perf_counter() - t)
    return min(tijden), uit


def raster_benchmark(snel: bool) -> None:
    m = lees_model(MODEL)
    u = np.linspace(0.5, 1.0, 100)
    s = np.linspace(3000.0, 4000.0, 100)
    assen = {"bezettingsgraad": u, f"maandsalaris.{los_op(m).structuur.functies[0]}": s}
    t_vec, (_, ob) = beste(lambda: raster.raster_opbouw(m, assen), 20)
    t_df, df = beste(lambda: raster.raster(m, assen), 5)
    vec = ob["tarief_per_bezet_etmaal"]
    n = vec.size

    dump = m.model_dump()
    punten = [(i, j) for i in range(u.size) for j in range(s.size)]
    if snel:
        punten = punten[:: max(1, len(punten) // 1000)]

    def scalaire_api() -> list[float]:
        uit = []
        for i, j in punten:
            functies = [dict(f) for f in dump["functies"]]
            functies[0]["maandsalaris"] = float(s[j])
            mm = model_met(m, functies=functies, bezettingsgraad=float(u[i]))
            uit.append(bereken(mm).waarde("tarief_per_bezet_etmaal"))
        return uit

    t_api, lus = beste(scalaire_api, 1)
    afwijking = max(abs(x - vec[i, j]) for x, (i, j) in zip(lus, punten, strict=True))
    # lus over de scalaire kern: de kern per salaris vooraf (100 waarden), dan de keten (alleen het tarief) per punt
    import dataclasses

    kern = los_op(m).kern
    per_salaris = [dataclasses.replace(kern, functie_maandsalaris=np.where(np.arange(np.size(kern.functie_maandsalaris))
                                                                            == 0, x, kern.functie_maandsalaris))
                   for x in s]

    def kernlus() -> list[float]:
        uit = []
        for i, j in punten:
            k = dataclasses.replace(per_salaris[j], bezettingsgraad=float(u[i]))
            uit.append(float(keten.uitkomsten(k, ["tarief_per_bezet_etmaal"])["tarief_per_bezet_etmaal"]))
        return uit

    t_kern, _ = beste(kernlus, 3)
    schaal = n / len(punten)
    print(f"1. Raster {u.size} bezettingsgraden x {s.size} maandsalarissen = {n:,} punten".replace(",", "."))
    print(f"   gevectoriseerd (numpy, raster_opbouw) : {t_vec * 1e3:9.2f} ms  -> {n / t_vec:,.0f} evaluaties/s")
    print(f"   idem als tidy DataFrame (raster)      : {t_df * 1e3:9.2f} ms  -> {n / t_df:,.0f} evaluaties/s")
    print(f"   lus over scalaire API (model+bereken) : {t_api * schaal:9.2f} s  ({len(punten):,} punten gemeten"
          f"{', geschaald' if snel else ''})  verhouding {t_api * schaal / t_vec:,.0f}x "
          f"(DataFrame: {t_api * schaal / t_df:,.0f}x)")
    print(f"   lus over scalaire kern (tariefopbouw) : {t_kern * schaal * 1e3:9.2f} ms  verhouding "
          f"{t_kern * schaal / t_vec:,.0f}x")
    print(f"   grootste verschil raster vs scalaire API: {afwijking:.2e} EUR; DataFrame-rijen: {len(df):,}")


def exact_benchmark() -> None:
    print("2. Exact bezettingsmodel (E en Var van D over 365 dagen; wachtlijst L=365, G=30)")
    for c in (3, 5, 8, 10):
        s = b.snelheden_wachtlijst(c, 30.0)
        pi = b.stationair(s, 365.0)
        t1, _ = beste(lambda s=s, pi=pi: b.momenten([b.Fase(365, s)], 365.0, pi), 200)
        fasen = [b.Fase(120, b.snelheden_wachtlijst(c, 30.0, plafond=2)), b.Fase(245, s)]
        t2, _ = beste(lambda fasen=fasen, c=c: b.momenten(fasen, 365.0, b.eenheidsvector(c, 2)), 200)
        t3, _ = beste(lambda s=s: b.stationaire_kerngetallen(s, 365.0), 200)
        print(f"   c = {c:2d}: stationair jaar {t1 * 1e6:7.1f} µs; aanloop 2 fasen {t2 * 1e6:7.1f} µs; "
              f"stationaire kerngetallen {t3 * 1e6:6.1f} µs")
    t, _ = beste(lambda: b.erlang_b(np.arange(1, 11)[:, None], np.linspace(0.5, 20, 1000)), 50)
    print(f"   Erlang-B op 10 x 1.000 punten: {t * 1e6:.0f} µs")


def simpy_model(runs: int, c: int, lam: float, verblijf: float, dagen: float, seed: int) -> np.ndarray:
    import simpy

    rnd = random.Random(seed)
    uit = np.zeros(runs)
    for r in range(runs):
        env = simpy.Environment()
        plaatsen = simpy.Resource(env, capacity=c)
        bezet = [0.0]

        def verblijf_proc(env: Any, plaatsen: Any = plaatsen, bezet: list[float] = bezet) -> Any:
            with plaatsen.request() as verzoek:
                yield verzoek
                duur = rnd.expovariate(1 / verblijf)
                bezet[0] += min(duur, dagen - env.now)
                yield env.timeout(duur)

        def verwijzingen(env: Any, plaatsen: Any = plaatsen) -> Any:
            while True:
                yield env.timeout(rnd.expovariate(lam))
                if plaatsen.count < c:  # vol: verwijzing geweigerd (verliesmodel)
                    env.process(verblijf_proc(env))

        env.process(verwijzingen(env))
        env.run(until=dagen)
        uit[r] = bezet[0]
    return uit


def mc_benchmark() -> None:
    runs, c, verblijf, dagen = 10_000, 5, 180.0, 365.0
    lam = 4.0 / verblijf
    fasen = [b.Fase(dagen, b.snelheden_erlang(c, lam))]
    start = b.eenheidsvector(c, 0)
    ex = b.momenten(fasen, verblijf, start)
    t_u, d_u = beste(lambda: mc.simuleer_markov(fasen, verblijf, start, runs, np.random.default_rng(1)), 5)
    t_p, p = beste(lambda: mc.simuleer_plaatsen(c, mc.trekker("exponentieel", verblijf), dagen,
                                                np.random.default_rng(2), runs, verwijzingen_per_dag=lam), 3)
    cap = c * dagen
    print(f"3. Monte Carlo {runs} jaren x {dagen:.0f} dagen x {c} plaatsen (Erlang A=4, L=180, lege start)")
    print(f"   exact                       : bezetting {float(ex.verwachting) / cap:.4f}, sd {float(ex.sd) / cap:.4f}")
    print(f"   numpy uniformisatie         : {t_u * 1e3:8.1f} ms  bezetting {d_u.mean() / cap:.4f}, "
          f"sd {d_u.std(ddof=1) / cap:.4f}")
    d_p = p.bezette_dagen
    print(f"   numpy next-event per plaats : {t_p * 1e3:8.1f} ms  bezetting {d_p.mean() / cap:.4f}, "
          f"sd {d_p.std(ddof=1) / cap:.4f}")
    try:
        import simpy  # noqa: F401
    except ImportError:
        print("   simpy niet geïnstalleerd (pip install -e '.[benchmark]'): vergelijking overgeslagen")
        return
    t_s, d_s = beste(lambda: simpy_model(runs, c, lam, verblijf, dagen, 3), 1)
    print(f"   simpy 4 (Resource)          : {t_s * 1e3:8.1f} ms  bezetting {d_s.mean() / cap:.4f}, "
          f"sd {d_s.std(ddof=1) / cap:.4f}")
    print(f"   verhouding simpy / uniformisatie: {t_s / t_u:,.0f}x; simpy / next-event: {t_s / t_p:,.0f}x")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--snel", action="store_true", help="scalaire lus op 1.000 punten (geschaald naar 10.000)")
    args = p.parse_args()
    print(f"Python {platform.python_version()}, numpy {np.__version__}, {platform.machine()}, "
          f"{platform.processor() or 'onbekende cpu'}")
    raster_benchmark(args.snel)
    exact_benchmark()
    mc_benchmark()


if __name__ == "__main__":
    main()
