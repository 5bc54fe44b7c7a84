"""Benchmark van de capaciteitszoektocht van ``kostprijs regio`` (doel issue 11: < 1 s).

Draaien: ``.venv/bin/python benchmarks/bench_regio.py``.

Gemeten: 1-20 woningen x 3-8 plaatsen x 3 clusteropties (360 configuraties) voor het voorbeeld
``examples/regio-zes-gemeenten.yaml`` (roosterregel, nacht gedeeld): het hele pad van model tot goedkoopste
configuratie (:func:`kostprijs.regio.capaciteit.zoek`: per aantal plaatsen één keer oplossen, de kern over de
clusters gebroadcast, Erlang over alle configuraties tegelijk). Basislijn uit dezelfde run: een Python-lus die
per configuratie het model opnieuw valideert, de kern rekent en Erlang-B scalair uitrekent. Het script
controleert dat beide dezelfde keuze geven.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kostprijs.core.bezetting import erlang_b  # noqa: E402
from kostprijs.core.keten import opbouw  # noqa: E402
from kostprijs.oplossen import los_op  # noqa: E402
from kostprijs.regio import lees_regio  # noqa: E402
from kostprijs.regio.capaciteit import zoek  # noqa: E402
from kostprijs.scenario import assen as sa  # noqa: E402
from kostprijs.scenario.grootte import rooster_voor  # noqa: E402


def _lus(model, vraag, lam: float, L: float) -> tuple[float, tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    """Basislijn: elke configuratie apart, scalair."""
    beste = (np.inf, (0, 0, 0))
    a = lam * L / 365.0
    for n in range(1, vraag.max_woningen + 1):
        for c in vraag.plaatsen:
            for k in vraag.clusters:
                o = los_op(rooster_voor(model, vraag.roosterregel, c))
                kern = o.kern
                if k > 1:
                    for naam in vraag.gedeelde_diensten:
                        kern = sa.zet(kern, sa.zoek(f"rooster.diensten.{naam}.personeel", o.structuur),
                                      np.asarray(vraag.personeel_in_cluster / k))
                ob = opbouw(kern)
                b = float(erlang_b(c, a / n))
                kosten = n * float(ob.vast_per_jaar) + float(ob.variabel_per_bezet_etmaal) * 365.0 * a * (1 - b)
                if b <= vraag.max_weigerkans and kosten < beste[0]:
                    beste = (kosten, (n, c, k))
    return beste


def main() -> None:
    g = lees_regio(ROOT / "examples" / "regio-zes-gemeenten.yaml")
    r = g.regio
    assert r.capaciteit is not None
    model = g.modellen[[w.naam for w in r.woningen].index(r.capaciteit.woning)]
    lam, L = r.verwijzingen_per_jaar, r.vraag.verblijfsduur_dagen
    zoek(model, r.capaciteit, lam, L)  # opwarmen (imports, caches)
    tijden = []
    for _ in range(5):
        t0 = time.perf_counter()
        u = zoek(model, r.capaciteit, lam, L)
        tijden.append(time.perf_counter() - t0)
    t_zoek = min(tijden)
    t0 = time.perf_counter()
    kosten, keuze = _lus(model, r.capaciteit, lam, L)
    t_lus = time.perf_counter() - t0
    g_ = u.gekozen()
    assert g_ is not None and (g_["woningen"], g_["plaatsen"], g_["cluster"]) == keuze, (g_, keuze)
    assert abs(g_["kosten_per_jaar"] - kosten) <= 1e-6 * kosten
    aantal = len(u.rijen())
    print(f"capaciteitszoektocht: {aantal} configuraties (1-{r.capaciteit.max_woningen} woningen x "
          f"{len(r.capaciteit.plaatsen)} grootten x {len(r.capaciteit.clusters)} clusteropties)")
    print(f"  kostprijs.regio.capaciteit.zoek : {t_zoek * 1000:8.1f} ms  (beste van 5; doel < 1000 ms)")
    print(f"  lus per configuratie (basislijn): {t_lus * 1000:8.1f} ms")
    print(f"  verhouding                      : {t_lus / t_zoek:8.1f}x")
    print(f"  keuze: {keuze[0]} woningen x {keuze[1]} plaatsen, clusters van {keuze[2]}; EUR {kosten:,.2f} per jaar")


if __name__ == "__main__":
    main()
