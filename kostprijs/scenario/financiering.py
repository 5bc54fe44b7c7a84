"""Financieringsvormen vergelijken: verwachte betaling, resultaat, spreiding en kans op verlies.

Voor elke regel ``P(D)`` (:mod:`kostprijs.core.financiering`) en een bezettingsscenario
(:class:`kostprijs.scenario.invoer.Scenario`): exact (uit de momenten van ``D``) voor lineaire
regels, en Monte Carlo voor alle regels. Gemeente: betaling, spreiding, kans dat de betaling boven
de begroting (tariefbudget bij de normbezetting van het model) uitkomt. Aanbieder: resultaat
``P - (F + v·D)`` met de kostprijs zonder risico-opslag (docs/referentiecasus.md), spreiding en kans op verlies.

Elke regel noemt haar afrekenperiode (``jaar`` of ``maand``, :func:`kostprijs.core.financiering.afrekenen`).
De Monte Carlo trekt de bezette dagen per maand (als het scenario hele maanden duurt), ongeacht welke
regels er vergeleken worden; :mod:`kostprijs.scenario.aanloop` gebruikt dezelfde steekproef, zodat beide
opdrachten voor dezelfde regel, periode en woning hetzelfde bedrag geven (:func:`verwachte_betaling`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
from numpy.typing import NDArray

from kostprijs.core import bezetting as kb_
from kostprijs.core import financiering as kf
from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import KwvModel
from kostprijs.scenario import montecarlo as mc
from kostprijs.scenario.basis import Kostenbasis, kostenbasis, model_met
from kostprijs.scenario.invoer import (
    Beschikbaarheid,
    Corridor,
    Dagtarief,
    Garantie,
    Leegstandsvergoeding,
    Lumpsum,
    Plafondregel,
    Regel,
    Regels,
    Scenario,
    maak,
)

if TYPE_CHECKING:
    import pandas as pd

Arr = NDArray[np.float64]


def regels_uit(data: Sequence[dict[str, Any]]) -> list[Regel]:
    """Valideer een lijst regels (dicts met ``soort``) met Nederlandse meldingen."""
    return list(maak(Regels, {"regels": list(data)}, "financiering").regels)


def naam(regel: Regel) -> str:
    """Naam van een regel in tabellen."""
    if regel.naam:
        return regel.naam
    n = f"norm {regel.norm:.0%}"
    if isinstance(regel, Dagtarief):
        return f"dagtarief ({n})"
    if isinstance(regel, Beschikbaarheid):
        return "beschikbaarheid" if regel.aandeel_vast == 1 else f"tweeledig ({regel.aandeel_vast:.0%} vast, {n})"
    if isinstance(regel, Leegstandsvergoeding):
        extra = f", max {regel.max_dagen_per_gat:g} d/gat" if regel.max_dagen_per_gat else ""
        if regel.max_dagen_per_jaar:
            extra += f", max {regel.max_dagen_per_jaar:g} d/jaar"
        return f"dagtarief + leegstand {regel.percentage:.0%}{extra} ({n}{_per(regel)})"
    if isinstance(regel, Lumpsum):
        return "lumpsum"
    if isinstance(regel, Corridor):
        return f"corridor {regel.deel:.0%} delen, band {regel.band:.0%} ({n}{_per(regel)})"
    if isinstance(regel, Garantie):
        return f"garantie min {regel.minimum:.0%} ({n}{_per(regel)})"
    return f"plafond max {regel.maximum:.0%} ({n}{_per(regel)})"


def _per(regel: Regel) -> str:
    return ", per maand" if regel.afrekenperiode == "maand" else ""


def lineair(regel: Regel, k: Kostenbasis) -> tuple[float, float] | None:
    """``(a, b)`` als ``P = a + b·D`` exact geldt, anders ``None`` (``docs/bezetting.md#financieringsvormen``)."""
    p, cap = k.tarief(regel.norm), k.capaciteit
    if isinstance(regel, Dagtarief):
        return 0.0, p
    if isinstance(regel, Beschikbaarheid):
        a = regel.aandeel_vast
        return a * k.vast_tarief, (1 - a) * k.vast_tarief / (cap * regel.norm) + k.variabel_tarief
    if isinstance(regel, Leegstandsvergoeding):
        if regel.max_dagen_per_gat is None and regel.max_dagen_per_jaar is None:
            return regel.percentage * p * cap, p * (1 - regel.percentage)
        return None
    if isinstance(regel, Lumpsum):
        return (regel.bedrag if regel.bedrag is not None else k.budget(regel.norm)), 0.0
    if isinstance(regel, Corridor) and regel.band == 0:
        return p * cap * regel.norm * (1 - regel.deel), p * regel.deel
    return None


def betaling(regel: Regel, k: Kostenbasis, d: Arr, betaalde_leegstand: Arr | None = None) -> Arr:
    """Betaling ``P(D)`` per jaar voor elke waarde in ``d``. [EUR/jaar]

    ``betaalde_leegstand``: lege plaatsdagen binnen het maximum per gat (uit de Monte Carlo); zonder
    wordt alle leegstand ``cT - D`` als betaalbaar gezien.
    """
    p, cap = k.tarief(regel.norm), k.capaciteit
    if isinstance(regel, Leegstandsvergoeding):
        leeg = betaalde_leegstand if regel.max_dagen_per_gat is not None else None
        return kf.leegstandsvergoeding(d, cap, p, regel.percentage, leeg,
                                       np.inf if regel.max_dagen_per_jaar is None else regel.max_dagen_per_jaar)
    if isinstance(regel, Corridor):
        return kf.corridor(d, p, cap * regel.norm, regel.deel, cap * regel.band)
    if isinstance(regel, Garantie):
        return kf.garantie(d, p, cap * regel.minimum)
    if isinstance(regel, Plafondregel):
        return kf.plafond(d, p, cap * regel.maximum)
    ab = lineair(regel, k)
    assert ab is not None
    return kf.beschikbaarheid(d, ab[0], ab[1])


def voorschot(regel: Regel, k: Kostenbasis, d: Arr) -> Arr:
    """Voorschot per jaar ``V(D)`` binnen een afrekenperiode: de regel zelf als die lineair is; een
    leegstandsvergoeding zonder maxima; anders het dagtarief bij de norm. [EUR/jaar]"""
    if lineair(regel, k) is not None:
        return betaling(regel, k, d)
    if isinstance(regel, Leegstandsvergoeding):
        return kf.leegstandsvergoeding(d, k.capaciteit, k.tarief(regel.norm), regel.percentage)
    return kf.dagtarief(d, k.tarief(regel.norm))


def betalingen_per_maand(regel: Regel, k: Kostenbasis, dagen_per_maand: Arr) -> Arr:
    """Betaling per maand volgens de afrekenperiode van de regel (maanden op de laatste as). [EUR/maand]"""
    if getattr(regel, "max_dagen_per_gat", None) is not None:
        raise InvoerFout([Melding("financiering.regels", f"'{naam(regel)}': een maximum per gat wordt per jaar "
                                  "afgerekend over gesimuleerde gaten; per maand kan dat niet")])
    return kf.afrekenen(lambda d: betaling(regel, k, d), lambda d: voorschot(regel, k, d), dagen_per_maand,
                        kf.MAANDEN_PER_PERIODE[regel.afrekenperiode])


def maandgrenzen(dagen: float, dagen_per_jaar: float) -> Arr | None:
    """Grenzen van hele maanden (``dagen_per_jaar / 12``) over ``dagen``, of ``None`` als het geen hele
    maanden zijn. [dagen]"""
    n = round(dagen * 12 / dagen_per_jaar)
    if n < 1 or abs(n * dagen_per_jaar / 12 - dagen) > 1e-9 * dagen:
        return None
    grenzen = np.arange(n + 1) * dagen_per_jaar / 12
    grenzen[-1] = dagen
    return np.asarray(grenzen)


def verwachte_betaling(regel: Regel, k: Kostenbasis, exact_per_maand: Arr | None, st: Steekproef) -> float:
    """Verwachte betaling over de hele periode: exact voor lineaire regels (uit het verwachte pad), anders
    het gemiddelde over de Monte Carlo-steekproef. Dit getal geven ``financiering`` en ``aanloop`` allebei.
    [EUR]"""
    if lineair(regel, k) is not None and exact_per_maand is not None:
        return float(betalingen_per_maand(regel, k, exact_per_maand).sum())
    return float(betalingen_mc(regel, k, st).mean())


def betalingen_mc(regel: Regel, k: Kostenbasis, st: Steekproef) -> Arr:
    """Betaling per Monte Carlo-run over de hele periode, volgens de afrekenperiode. [EUR]"""
    if regel.afrekenperiode == "jaar" or lineair(regel, k) is not None:
        return betaling(regel, k, st.bezette_dagen, st.betaalde_leegstand)
    if st.per_maand is None:
        raise InvoerFout([Melding("scenario.dagen", f"'{naam(regel)}' wordt per maand afgerekend; dan moet het "
                                  "scenario hele maanden duren (bijv. 365 dagen bij 365 dagen per jaar)")])
    return np.asarray(betalingen_per_maand(regel, k, st.per_maand).sum(axis=-1))


class Opzet(NamedTuple):
    """Fasen, verblijfsduur en beginverdeling van een scenario voor het exacte model."""

    fasen: list[kb_.Fase]
    verblijfsduur: float
    start: Arr
    normaal: Arr


def opzet(sc: Scenario) -> Opzet:
    """Vertaal een :class:`Scenario` naar fasen met opnamesnelheden (``docs/bezetting.md#het-bezettingsmodel``)."""
    b = sc.bezetting
    c = b.plaatsen

    def snelheden(plafond: int | None) -> Arr:
        if b.soort == "verlies":
            return kb_.snelheden_erlang(c, float(b.verwijzingen_per_jaar or 0) / 365.0, plafond)
        if b.soort == "wachtlijst":
            return kb_.snelheden_wachtlijst(c, float(b.gat_dagen or 1), plafond)
        return kb_.plafonneer(np.asarray([*(b.opnamesnelheden_per_dag or []), 0.0]), plafond)

    normaal = snelheden(None)
    fasen = []
    if sc.stabilisatie_dagen > 0:
        fasen.append(kb_.Fase(sc.stabilisatie_dagen, snelheden(sc.plafond)))
    fasen.append(kb_.Fase(sc.dagen - sc.stabilisatie_dagen, normaal))
    if sc.aanwezig_bij_start == "stationair":
        start = kb_.stationair(normaal, b.verblijfsduur_dagen)
    else:
        start = kb_.eenheidsvector(c, sc.aanwezig_bij_start)
    return Opzet(fasen, b.verblijfsduur_dagen, start, normaal)


def bezettingskerngetallen(sc: Scenario) -> dict[str, float]:
    """Stationaire kerngetallen en het exacte eerste jaar van een scenario (``docs/bezetting.md#het-bezettingsmodel``).

    ``weigeringen_per_jaar`` geldt voor losse verwijzingen (Erlang: ``T·λ·π_c``); bij een wachtlijst
    bestaat weigeren niet (0).
    """
    o = opzet(sc)
    b = sc.bezetting
    st = kb_.stationaire_kerngetallen(o.normaal, o.verblijfsduur)
    m = kb_.momenten(o.fasen, o.verblijfsduur, o.start)
    cap = b.plaatsen * sc.dagen
    lam = float(b.verwijzingen_per_jaar or 0.0) if b.soort == "verlies" else 0.0
    return {"stationaire_bezetting": float(st.bezettingsgraad), "kans_vol": float(st.kans_vol),
            "weigeringen_per_jaar": lam * float(st.kans_vol), "opnames_per_jaar": float(st.opnames_per_jaar),
            "leegstand_plaatsdagen_per_jaar": float(st.leegstand_etmalen_per_jaar),
            "gat_dagen": float(st.gat_dagen), "bezetting_periode": float(m.verwachting) / cap,
            "sd_bezetting_periode": float(m.sd) / cap}


class Steekproef(NamedTuple):
    """Monte Carlo-jaren: bezette plaatsdagen, (bij een maximum per gat) betaalde leegstandsdagen en (bij
    maandgrenzen) de bezette plaatsdagen per maand, vorm (runs, maanden)."""

    bezette_dagen: Arr
    betaalde_leegstand: Arr | None
    per_maand: Arr | None = None


def simuleer(sc: Scenario, max_per_gat: float | None = None,
             voortgang: Callable[[int, int], None] | None = None, grenzen: Arr | None = None) -> Steekproef:
    """Monte Carlo van het scenario: uniformisatie als dat kan, anders next-event per plaats.

    Met ``grenzen`` (bijv. :func:`maandgrenzen`) ook de bezette dagen per periode; de steekproef hangt dan
    alleen af van het scenario en de grenzen, niet van de regels.
    """
    o = opzet(sc)
    b = sc.bezetting
    rng = np.random.default_rng(sc.seed)
    if b.verblijfsverdeling == "exponentieel" and max_per_gat is None:
        if grenzen is None:
            return Steekproef(mc.simuleer_markov(o.fasen, o.verblijfsduur, o.start, sc.runs, rng, voortgang), None)
        per = mc.simuleer_markov(o.fasen, o.verblijfsduur, o.start, sc.runs, rng, voortgang, grenzen=grenzen)
        return Steekproef(per.sum(axis=1), None, per)
    if b.soort == "geboorte_sterfte":
        raise InvoerFout([Melding("scenario.bezetting.soort", "een niet-exponentiële verblijfsduur of een maximum "
                                  "per gat kan alleen bij soort 'verlies' of 'wachtlijst'")])
    verblijf = mc.trekker(b.verblijfsverdeling, b.verblijfsduur_dagen, b.variatiecoefficient)
    stationair = sc.aanwezig_bij_start == "stationair"
    aanwezig = (rng.choice(o.start.size, size=sc.runs, p=o.start) if stationair else int(sc.aanwezig_bij_start))
    uit = mc.simuleer_plaatsen(
        b.plaatsen, verblijf, sc.dagen, rng, sc.runs,
        gat=mc.trekker("exponentieel", b.gat_dagen) if b.gat_dagen else None,
        verwijzingen_per_dag=None if b.gat_dagen else float(b.verwijzingen_per_jaar or 0) / 365.0,
        aanwezig_bij_start=aanwezig,
        plafonds=[(sc.stabilisatie_dagen, sc.plafond or 0)] if sc.stabilisatie_dagen > 0 else [],
        inloop_dagen=365.0 * sc.inloop_jaren if stationair else 0.0,
        max_betaald_per_gat=np.inf if max_per_gat is None else max_per_gat, voortgang=voortgang, grenzen=grenzen)
    return Steekproef(uit.bezette_dagen, uit.betaalde_leegstandsdagen,
                      None if grenzen is None else uit.bezette_dagen_per_periode)


def _max_per_gat(regels: Sequence[Regel]) -> float | None:
    gaten = {r.max_dagen_per_gat for r in regels if isinstance(r, Leegstandsvergoeding) and r.max_dagen_per_gat}
    if len(gaten) > 1:
        raise InvoerFout([Melding("financiering.regels", "gebruik in één vergelijking hoogstens één maximum per gat")])
    return next(iter(gaten), None)


def vergelijk(model: KwvModel, scenario: Scenario, regels: Sequence[Regel],
              voortgang: Callable[[int, int], None] | None = None) -> pd.DataFrame:
    """Per regel: betaling (gemeente) en resultaat (aanbieder), exact en Monte Carlo.

    Het model krijgt het aantal plaatsen van het scenario. ``df.attrs`` bevat de bezetting (exact en
    MC) en de begroting.
    """
    return vergelijk_volledig(model, scenario, regels, voortgang).tabel


class Vergelijking(NamedTuple):
    """Tabel van :func:`vergelijk` plus het MC-jaarresultaat van de aanbieder per regel. [EUR/jaar]"""

    tabel: pd.DataFrame
    resultaten: dict[str, Arr]


def steekproef_en_pad(sc: Scenario, dagen_per_jaar: float,
                      voortgang: Callable[[int, int], None] | None = None) -> tuple[Steekproef, Arr | None]:
    """De Monte Carlo-steekproef (per maand als het scenario hele maanden duurt) en het exacte verwachte pad
    per maand (of ``None``). Hangt alleen af van het scenario, niet van de regels. [plaatsdagen]"""
    grenzen = maandgrenzen(sc.dagen, dagen_per_jaar)
    st = simuleer(sc, None, voortgang, grenzen)
    if grenzen is None:
        return st, None
    o = opzet(sc)
    return st, kb_.verwachting_per_periode(o.fasen, o.verblijfsduur, o.start, grenzen)


def vergelijk_volledig(model: KwvModel, scenario: Scenario, regels: Sequence[Regel],
                       voortgang: Callable[[int, int], None] | None = None) -> Vergelijking:
    """Als :func:`vergelijk`, met de steekproef van het resultaat per regel (voor grafieken).

    Regels zonder maximum per gat rekenen op één steekproef van het scenario (per maand getrokken);
    regels met een maximum per gat op een eigen steekproef die de gaten telt (next-event per plaats).
    ``betaling_verwacht`` is exact voor lineaire regels en anders de Monte Carlo: dat bedrag geeft ook
    :func:`kostprijs.scenario.aanloop.aanloop` voor dezelfde regel, periode en woning.
    """
    import pandas as pd

    if model.plaatsen != scenario.bezetting.plaatsen:
        model = model_met(model, "scenario.bezetting.plaatsen", plaatsen=scenario.bezetting.plaatsen)
    k = kostenbasis(model)
    o = opzet(scenario)
    ex = kb_.momenten(o.fasen, o.verblijfsduur, o.start)
    st, exact_pad = steekproef_en_pad(scenario, float(model.dagen_per_jaar), voortgang)
    g = _max_per_gat(regels)
    st_gat = simuleer(scenario, g) if g is not None else None
    d = st.bezette_dagen
    begroting = k.budget(model.bezettingsgraad)
    rijen, resultaten = [], {}
    for r in regels:
        s_r = st_gat if (st_gat is not None and getattr(r, "max_dagen_per_gat", None)) else st
        p = betalingen_mc(r, k, s_r)
        kosten = kf.kosten(s_r.bezette_dagen, k.vast_kosten, k.variabel_kosten)
        resultaten[naam(r)] = p - kosten
        bet, res = kf.samenvatting(p), kf.samenvatting(p - kosten)
        ab = lineair(r, k)
        e_ex, sd_ex = kf.lineaire_momenten(ab[0], ab[1], ex.verwachting, ex.variantie) if ab else (np.nan, np.nan)
        e_res_ex = float(e_ex) - (k.vast_kosten + k.variabel_kosten * float(ex.verwachting)) if ab else np.nan
        verwacht = (float(e_ex) if exact_pad is None else verwachte_betaling(r, k, exact_pad, s_r)) if ab \
            else float(bet.verwachting)
        rijen.append({
            "regel": naam(r), "afrekenperiode": r.afrekenperiode, "lineair": ab is not None,
            "betaling_verwacht": verwacht,
            "betaling_exact": float(e_ex), "sd_betaling_exact": float(sd_ex),
            "betaling": float(bet.verwachting), "sd_betaling": float(bet.sd), "p5_betaling": float(bet.p5),
            "p95_betaling": float(bet.p95), "kans_boven_begroting": float((p > begroting).mean()),
            "per_bezet_etmaal": float(bet.verwachting) / float(s_r.bezette_dagen.mean()),
            "resultaat_exact": e_res_ex, "resultaat": float(res.verwachting), "sd_resultaat": float(res.sd),
            "p5_resultaat": float(res.p5), "p95_resultaat": float(res.p95), "kans_verlies": float(res.kans_negatief),
        })
    df = pd.DataFrame(rijen)
    cap = k.capaciteit
    df.attrs.update(bezettingskerngetallen(scenario))
    df.attrs.update({"begroting": begroting, "capaciteit": cap, "runs": scenario.runs, "seed": scenario.seed,
                     "bezetting_exact": float(ex.verwachting) / cap, "sd_bezetting_exact": float(ex.sd) / cap,
                     "bezetting_mc": float(d.mean()) / cap, "sd_bezetting_mc": float(d.std(ddof=1)) / cap,
                     "tarief_norm": k.tarief(model.bezettingsgraad), "vast_kosten": k.vast_kosten,
                     "variabel_kosten": k.variabel_kosten})
    return Vergelijking(df, resultaten)


def scenariotabel(model: KwvModel, regels: Sequence[Regel], bezettingsgraden: Sequence[float]) -> pd.DataFrame:
    """Resultaat van de aanbieder bij vaste bezettingsgraden (docs/bezetting.md, referentiewaarden). [EUR/jaar]

    Een maximum per gat wordt hier niet toegepast (zonder gaten is alle leegstand betaalbaar).
    """
    import pandas as pd

    from kostprijs.scenario import assen as sa

    u = sa.controleer(sa.enkel("bezettingsgraad"), bezettingsgraden, "bezettingsgraden")
    k = kostenbasis(model)
    d = u * k.capaciteit
    kosten = kf.kosten(d, k.vast_kosten, k.variabel_kosten)
    rijen = [{"regel": naam(r), "bezettingsgraad": float(ui), "betaling": float(pi), "resultaat": float(pi - ki)}
             for r in regels for ui, pi, ki in zip(u, betaling(r, k, d), kosten, strict=True)]
    return pd.DataFrame(rijen)
