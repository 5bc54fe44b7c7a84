"""Benchmark webapplicatie: herberekenen na een wijziging, paginagewicht en 200 gelijktijdige API-verzoeken.

Gemeten in één run tegen een echte server (``kostprijs web`` op een vrije poort van deze machine):

1. **wijziging -> nieuw resultaat**: ``POST /fragment/resultaat`` met de referentiecasus, elke keer met
   een andere bezettingsgraad (zoals een gebruiker die typt). Servertijd uit de kop ``Server-Timing``
   (lezen, valideren, oplossen, rekenen, HTML tekenen, herkomst per veld), mediaan en p95 (doel <= 50 ms
   en <= 100 ms). Basislijn uit dezelfde run: ``kostprijs.bereken`` rechtstreeks in Python.
2. **paginagewicht**: de modelpagina en alles wat ze laadt (HTML, CSS, JavaScript, icoon), plus de eerste
   twee antwoorden die de pagina ophaalt (formulier, resultaat) (doel <= 300 kB voor de pagina zelf).
3. **200 gelijktijdige verzoeken** ``POST /api/bereken`` van een lokale client (asyncio, één verbinding
   per verzoek): aantal fouten (doel 0) en totale tijd, tegen 200 verzoeken na elkaar.

    .venv/bin/python benchmarks/bench_web.py [--herhalingen 200] [--workers 1]

Alleen verkeer naar 127.0.0.1; de lussen zijn begrensd en het script stopt de server zelf.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kostprijs import bereken, lees_model  # noqa: E402

REFERENTIE = ROOT / "examples" / "kwv-4-plaatsen.yaml"


def _poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(workers: int) -> tuple[subprocess.Popen[bytes], str]:
    poort = _poort()
    proces = subprocess.Popen([sys.executable, "-m", "kostprijs", "web", "--port", str(poort), "--workers",
                               str(workers)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    adres = f"http://127.0.0.1:{poort}"
    for _ in range(400):
        try:
            with urllib.request.urlopen(f"{adres}/api/gezond", timeout=1):
                return proces, adres
        except OSError:
            time.sleep(0.05)
    proces.terminate()
    raise SystemExit("de server startte niet")


def _p(waarden: list[float], q: float) -> float:
    return statistics.quantiles(waarden, n=100, method="inclusive")[int(q) - 1]


def herberekenen(adres: str, n: int) -> None:
    import httpx2

    from kostprijs.web.invoer import ruwe_yaml

    model = ruwe_yaml(REFERENTIE.read_text(encoding="utf-8"))
    m = lees_model(REFERENTIE)
    for _ in range(5):
        bereken(m)
    basis = []
    for _ in range(n):
        t = time.perf_counter()
        bereken(m)
        basis.append((time.perf_counter() - t) * 1000)
    server, rond = [], []
    with httpx2.Client(base_url=adres, timeout=30) as c:
        for i in range(n + 5):
            model["bezettingsgraad"] = round(0.80 + (i % 20) / 100, 2)
            t = time.perf_counter()
            r = c.post("/fragment/resultaat", json={"model": model, "suggesties": []})
            duur = (time.perf_counter() - t) * 1000
            assert r.status_code == 200 and r.json()["tarief"], r.text
            if i >= 5:  # de eerste verzoeken laden sjablonen en register
                server.append(float(re.findall(r"dur=([\d.]+)", r.headers["server-timing"])[0]))
                rond.append(duur)
    mb, ms, ps = statistics.median(basis), statistics.median(server), _p(server, 95)
    print(f"1. wijziging -> resultaat ({n} keer, referentiecasus)")
    print(f"   servertijd mediaan {ms:.1f} ms, p95 {ps:.1f} ms (doel <= 50 / <= 100 ms): "
          f"{'binnen het doel' if ms <= 50 and ps <= 100 else 'BUITEN het doel'}")
    print(f"   heen en terug mediaan {statistics.median(rond):.1f} ms, p95 {_p(rond, 95):.1f} ms")
    print(f"   basislijn bereken() mediaan {mb:.1f} ms; verhouding server / bereken = {ms / mb:.2f}x")


def paginagewicht(adres: str) -> None:
    import httpx2

    from kostprijs.web.invoer import ruwe_yaml

    with httpx2.Client(base_url=adres, timeout=30) as c:
        html = c.get("/model")
        delen = {"/model": len(html.content)}
        for bron in re.findall(r'(?:src|href)="(static/[^"]+)"', html.text):
            delen["/" + bron] = len(c.get("/" + bron).content)
        model = ruwe_yaml(REFERENTIE.read_text(encoding="utf-8"))
        formulier = len(c.post("/fragment/formulier", json={"model": model}).content)
        resultaat = len(c.post("/fragment/resultaat", json={"model": model}).content)
    totaal = sum(delen.values())
    print("2. paginagewicht van /model (zonder compressie)")
    for k, v in delen.items():
        print(f"   {k:28s} {v / 1000:7.1f} kB")
    print(f"   totaal {totaal / 1000:.1f} kB (doel <= 300 kB): {'binnen' if totaal <= 300_000 else 'BUITEN'} het "
          f"doel; verhouding tot het doel {totaal / 300_000:.2f}")
    print(f"   daarna opgehaald: formulier {formulier / 1000:.1f} kB, resultaat {resultaat / 1000:.1f} kB "
          f"(samen met de pagina {(totaal + formulier + resultaat) / 1000:.1f} kB)")


async def _gelijktijdig(adres: str, aantal: int, tegelijk: bool) -> tuple[int, float, set[int]]:
    import httpx2

    lichaam = REFERENTIE.read_bytes()
    grenzen = httpx2.Limits(max_connections=aantal, max_keepalive_connections=0)
    async with httpx2.AsyncClient(base_url=adres, timeout=120, limits=grenzen) as c:
        async def een() -> int:
            try:
                r = await c.post("/api/bereken", content=lichaam, headers={"content-type": "application/yaml"})
                return r.status_code if r.json()["tarief_per_bezet_etmaal"] == 668.66 else -1
            except Exception:  # elke fout telt als fout
                return -2
        t = time.perf_counter()
        if tegelijk:
            statussen = await asyncio.gather(*(een() for _ in range(aantal)))
        else:
            statussen = [await een() for _ in range(aantal)]
        duur = time.perf_counter() - t
    fouten = sum(1 for s in statussen if s != 200)
    return fouten, duur, set(statussen)


def gelijktijdig(adres: str, aantal: int) -> None:
    fouten, duur, statussen = asyncio.run(_gelijktijdig(adres, aantal, True))
    _, na_elkaar, _ = asyncio.run(_gelijktijdig(adres, aantal, False))
    print(f"3. {aantal} gelijktijdige POST /api/bereken (referentiecasus)")
    print(f"   fouten: {fouten} (statussen {sorted(statussen)}); totaal {duur:.2f} s, "
          f"{aantal / duur:.0f} verzoeken/s")
    print(f"   basislijn {aantal} na elkaar: {na_elkaar:.2f} s; verhouding gelijktijdig / na elkaar "
          f"{duur / na_elkaar:.2f}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--herhalingen", type=int, default=200)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--gelijktijdig", type=int, default=200)
    a = p.parse_args()
    proces, adres = _start(a.workers)
    try:
        print(f"server {adres}, {a.workers} worker(s)\n")
        herberekenen(adres, a.herhalingen)
        paginagewicht(adres)
        gelijktijdig(adres, a.gelijktijdig)
    finally:
        proces.terminate()
        proces.wait(timeout=10)


if __name__ == "__main__":
    main()
