"""Gevectoriseerde, geseede Monte Carlo van de bezetting van één woonvoorziening (numpy ``Generator``).

Twee motoren (``docs/bezetting.md#snelheid-van-de-motoren``):

* :func:`simuleer_markov`: uniformisatie van de geboorte-sterfteketen (exponentiële verblijven en
  gaten, elke reeks fasen met eigen opnamesnelheden). Snelste; dezelfde wet als het exacte model in
  :mod:`kostprijs.core.bezetting`, dus daarmee te controleren.
* :func:`simuleer_plaatsen`: next-event per plaats, voor wat het exacte model niet dekt: verblijven
  met elke verdeling (gamma, lognormaal, vast, empirisch) en leegstandsvergoeding met een maximum per
  gat (de betaalde leegstandsdagen per gat worden per plaats geteld).

Beide rekenen alle runs tegelijk (arrays over runs) en lopen alleen over gebeurtenissen; runs gaan
in blokken, zodat geheugen begrensd blijft en een voortgangsbalk kan meelopen. Pure numpy: geen
pydantic of pandas.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from kostprijs.core.bezetting import Fase

Arr = NDArray[np.float64]
Trekker = Callable[[np.random.Generator, int], Arr]
Voortgang = Callable[[int, int], None]

BLOK = 20_000


def _blokken(runs: int, blok: int) -> list[int]:
    return [min(blok, runs - i) for i in range(0, runs, blok)]


def simuleer_markov(fasen: Sequence[Fase], verblijfsduur_dagen: float, start: ArrayLike, runs: int,
                    rng: np.random.Generator, voortgang: Voortgang | None = None, blok: int = BLOK,
                    grenzen: ArrayLike | None = None) -> Arr:
    """Bezette plaatsdagen ``D`` per run over de fasen, door uniformisatie. [plaatsdagen]

    Per fase: ``Λ >= max_n(λ_n + n/L)``, ``K ~ Poisson(Λτ)`` gebeurtenissen op gesorteerde uniforme
    tijden; elke gebeurtenis is een opname (kans ``λ_N/Λ``), een vertrek (``N/(LΛ)``) of niets.
    ``start`` is de verdeling van ``N(0)`` over 0..c. Met ``grenzen`` (0, t1, ..., T; bijv. maanden)
    worden de fasen op die grenzen gesplitst (dezelfde wet: uniformisatie is per stuk exact) en komt
    ``D`` per periode terug, vorm (runs, perioden).
    """
    p0 = np.asarray(start, dtype=float)
    stukken = [(fase, 0) for fase in fasen] if grenzen is None else _gesplitst(fasen, np.asarray(grenzen, float))
    perioden = 1 if grenzen is None else np.asarray(grenzen).size - 1
    uit = []
    gedaan = 0
    for n in _blokken(runs, blok):
        aantal = rng.choice(p0.size, size=n, p=p0 / p0.sum())
        d = np.zeros((n, perioden))
        for fase, periode in stukken:
            d[:, periode] += _uniformisatie_fase(fase, verblijfsduur_dagen, aantal, rng)
        uit.append(d[:, 0] if grenzen is None else d)
        gedaan += n
        if voortgang is not None:
            voortgang(gedaan, runs)
    return np.concatenate(uit) if uit else np.zeros((0,) if grenzen is None else (0, perioden))


def _gesplitst(fasen: Sequence[Fase], grenzen: Arr) -> list[tuple[Fase, int]]:
    """De fasen gesplitst op de periodegrenzen, elk stuk met het nummer van zijn periode."""
    begin = np.cumsum([0.0, *[f.dagen for f in fasen]])
    if grenzen.ndim != 1 or grenzen.size < 2 or grenzen[0] != 0 or np.any(np.diff(grenzen) <= 0):
        raise ValueError("periodegrenzen beginnen bij 0 en stijgen strikt")
    if abs(float(grenzen[-1]) - float(begin[-1])) > 1e-9 * max(1.0, float(begin[-1])):
        raise ValueError("de laatste periodegrens moet het einde van de laatste fase zijn")
    punten = np.unique(np.concatenate([grenzen, begin[(begin > 0) & (begin < grenzen[-1])]]))
    uit = []
    for a, b in itertools.pairwise(punten):
        fase = fasen[min(int(np.searchsorted(begin, a, side="right")) - 1, len(fasen) - 1)]
        periode = min(int(np.searchsorted(grenzen, a, side="right")) - 1, grenzen.size - 2)
        uit.append((Fase(float(b - a), fase.snelheden), periode))
    return uit


def _uniformisatie_fase(fase: Fase, verblijf: float, aantal: NDArray[np.int64], rng: np.random.Generator) -> Arr:
    """Eén fase voor alle runs; ``aantal`` (N) wordt ter plekke bijgewerkt. [plaatsdagen]"""
    lam = np.asarray(fase.snelheden, dtype=float)
    weg = np.arange(lam.size) / verblijf
    totaal = float((lam + weg).max()) * (1 + 1e-12)
    tau = float(fase.dagen)
    n = aantal.size
    d = np.zeros(n)
    if tau <= 0:
        return d
    if totaal <= 0:
        return np.asarray(aantal * tau, dtype=float)
    k = rng.poisson(totaal * tau, size=n)
    kmax = int(k.max(initial=0))
    tijden = rng.random((n, kmax)) * tau
    tijden[np.arange(kmax)[None, :] >= k[:, None]] = tau
    tijden.sort(axis=1)
    u = rng.random((n, kmax)) * totaal
    vorige = np.zeros(n)
    for i in range(kmax):
        t = tijden[:, i]
        d += aantal * (t - vorige)
        vorige = t
        geldig = i < k
        op = geldig & (u[:, i] < lam[aantal])
        af = geldig & ~op & (u[:, i] < lam[aantal] + weg[aantal])
        aantal += op.astype(np.int64) - af.astype(np.int64)
    d += aantal * (tau - vorige)
    return d


class PlaatsUitkomst(NamedTuple):
    """Uitkomst per run van :func:`simuleer_plaatsen` (alleen het venster [0, T] telt)."""

    bezette_dagen: Arr  # D [plaatsdagen]
    betaalde_leegstandsdagen: Arr  # Σ over gaten van min(gat, g), binnen het venster [plaatsdagen]
    opnames: Arr  # aantal opnames
    weigeringen: Arr  # verwijzingen die de woning vol (of boven het plafond) vonden
    bezette_dagen_per_periode: Arr  # D per periode tussen de grenzen, vorm (runs, perioden) [plaatsdagen]
    bezette_dagen_per_herkomst: Arr  # D per herkomst (bijv. gemeente), vorm (runs, herkomsten) [plaatsdagen]


def trekker(soort: str, gemiddelde: float, cv: float = 1.0, waarden: Sequence[float] = ()) -> Trekker:
    """Trekker van verblijfs- of gatduren met gemiddelde ``gemiddelde`` [dagen] en variatiecoëfficiënt ``cv``.

    ``soort``: ``exponentieel`` (cv 1), ``gamma`` (vorm 1/cv²), ``lognormaal``, ``vast`` of
    ``empirisch`` (trekken met teruglegging uit ``waarden``, bijv. eigen uitstroomduren).
    """
    if soort == "exponentieel":
        return lambda rng, n: rng.exponential(gemiddelde, n)
    if soort == "gamma":
        vorm = 1.0 / cv**2
        return lambda rng, n: rng.gamma(vorm, gemiddelde / vorm, n)
    if soort == "lognormaal":
        s2 = np.log1p(cv**2)
        mu = np.log(gemiddelde) - s2 / 2
        return lambda rng, n: rng.lognormal(mu, np.sqrt(s2), n)
    if soort == "vast":
        return lambda rng, n: np.full(n, float(gemiddelde))
    if soort == "empirisch":
        arr = np.asarray(waarden, dtype=float)
        return lambda rng, n: rng.choice(arr, size=n)
    raise ValueError(f"onbekende verdeling '{soort}'")


def _overlap(a: Arr, b: Arr, einde: float) -> Arr:
    return np.asarray(np.maximum(0.0, np.minimum(b, einde) - np.maximum(a, 0.0)))


class _Staat:
    """Toestand per run en plaats tijdens :func:`simuleer_plaatsen`."""

    def __init__(self, n: int, c: int, aanwezig: NDArray[np.int64], begin: float, perioden: int,
                 herkomst: Arr | None = None) -> None:
        kolom = np.arange(c)[None, :]
        self.bezet = kolom < aanwezig[:, None]
        self.einde = np.full((n, c), np.inf)
        self.gat_start = np.full((n, c), float(begin))
        self.t = np.full(n, float(begin))
        self.d = np.zeros(n)
        self.betaald = np.zeros(n)
        self.opnames = np.zeros(n)
        self.weigeringen = np.zeros(n)
        self.dp = np.zeros((n, perioden))
        self.herkomst = herkomst
        self.label = np.zeros((n, c), dtype=np.int64)
        self.dh = np.zeros((n, 1 if herkomst is None else herkomst.size))

    def label_bij(self, rng: np.random.Generator, r: NDArray[np.intp], j: NDArray[np.intp]) -> None:
        """Geef de opgenomen jongeren op (r, j) een herkomst (alleen als er herkomstkansen zijn)."""
        if self.herkomst is not None and r.size:
            self.label[r, j] = rng.choice(self.herkomst.size, size=r.size, p=self.herkomst)


def simuleer_plaatsen(
    plaatsen: int,
    verblijf: Trekker,
    dagen: float,
    rng: np.random.Generator,
    runs: int,
    *,
    gat: Trekker | None = None,
    verwijzingen_per_dag: float | None = None,
    aanwezig_bij_start: ArrayLike = 0,
    plafonds: Sequence[tuple[float, int]] = (),
    inloop_dagen: float = 0.0,
    max_betaald_per_gat: float = np.inf,
    voortgang: Voortgang | None = None,
    blok: int = BLOK,
    grenzen: ArrayLike | None = None,
    herkomst: ArrayLike | None = None,
) -> PlaatsUitkomst:
    """Next-event Monte Carlo per plaats; gevectoriseerd over runs.

    Parameters
    ----------
    plaatsen : c
    verblijf : trekker van verblijfsduren [dagen]
    dagen : lengte van het venster T [dagen]
    gat : trekker van gaten (wachtlijstregime: elke open lege plaats wordt na een gat gevuld)
    verwijzingen_per_dag : λ (verliesregime: losse verwijzingen, geweigerd als er geen open plaats is)
    aanwezig_bij_start : aantal jongeren bij de start, of een array per run
    plafonds : ``(tot_dag, plafond)``: tot die dag zijn alleen de plaatsen ``0..plafond-1`` open
    inloop_dagen : dagen vóór 0 in het normale regime (benadert een stationaire start) [dagen]
    max_betaald_per_gat : ``g``; betaalde leegstand per gat is ``min(gatduur, g)`` [dagen]
    grenzen : periodegrenzen 0..T (bijv. maanden) voor ``bezette_dagen_per_periode``; standaard [0, T]
    herkomst : kansen dat een opgenomen jongere uit herkomst g komt (bijv. gemeenten, som 1); elke
        opname krijgt onafhankelijk een herkomst (uitgedunde Poissonstromen), en
        ``bezette_dagen_per_herkomst`` telt de bezette dagen per herkomst

    Notes
    -----
    Een gat dat eindigt terwijl de plaats dicht is (plafond), begint opnieuw; bij exponentiële gaten is
    dat exact het gekapte wachtlijstmodel van :func:`kostprijs.core.bezetting.snelheden_wachtlijst`.
    """
    if (gat is None) == (verwijzingen_per_dag is None):
        raise ValueError("geef óf een gat-trekker (wachtlijst) óf verwijzingen per dag (verlies)")
    start = np.broadcast_to(np.asarray(aanwezig_bij_start, dtype=np.int64), (runs,))
    gr = np.asarray([0.0, dagen] if grenzen is None else grenzen, dtype=float)
    kansen = None if herkomst is None else np.asarray(herkomst, dtype=float)
    delen: list[PlaatsUitkomst] = []
    gedaan = 0
    for i, n in enumerate(_blokken(runs, blok)):
        aanwezig = np.array(start[i * blok:i * blok + n])
        delen.append(_plaatsen_blok(plaatsen, verblijf, dagen, rng, aanwezig, gat, verwijzingen_per_dag,
                                    plafonds, inloop_dagen, max_betaald_per_gat, gr, kansen))
        gedaan += n
        if voortgang is not None:
            voortgang(gedaan, runs)
    return PlaatsUitkomst(*(np.concatenate([getattr(u, v) for u in delen]) for v in PlaatsUitkomst._fields))


def _plafond_op(t: Arr, plafonds: Sequence[tuple[float, int]], c: int) -> NDArray[np.int64]:
    if not plafonds:
        return np.full(t.shape, c, dtype=np.int64)
    grenzen = np.array([p[0] for p in plafonds])
    waarden = np.array([*[p[1] for p in plafonds], c], dtype=np.int64)
    idx = np.searchsorted(grenzen, t, side="right")
    return np.where(t < 0, c, waarden[idx])


def _plaatsen_blok(c: int, verblijf: Trekker, tijd: float, rng: np.random.Generator, aanwezig: NDArray[np.int64],
                   gat: Trekker | None, lam: float | None, plafonds: Sequence[tuple[float, int]],
                   inloop: float, g: float, grenzen: Arr, herkomst: Arr | None = None) -> PlaatsUitkomst:
    n = aanwezig.size
    s = _Staat(n, c, aanwezig, -float(inloop), grenzen.size - 1, herkomst)
    s.einde[s.bezet] = -inloop + verblijf(rng, int(s.bezet.sum()))
    s.label_bij(rng, *np.nonzero(s.bezet))
    leeg = ~s.bezet
    if gat is not None:
        s.einde[leeg] = -inloop + gat(rng, int(leeg.sum()))
        aankomst = np.full(n, np.inf)
    else:
        aankomst = -inloop + rng.exponential(1.0 / float(lam or 1.0), n)
    kolom = np.arange(c)[None, :]
    rij = np.arange(n)
    for _ in range(10_000_000):
        pj = s.einde.argmin(axis=1)
        pe = s.einde[rij, pj]
        tn = np.minimum(pe, aankomst)
        levend = tn < tijd
        aanwezig_nu = s.bezet.sum(axis=1)
        s.d += aanwezig_nu * _overlap(s.t, np.minimum(tn, tijd), tijd)
        s.dp += aanwezig_nu[:, None] * _overlap_perioden(s.t, np.minimum(tn, tijd), grenzen)
        if herkomst is not None:
            duur = _overlap(s.t, np.minimum(tn, tijd), tijd)
            for h in range(herkomst.size):
                s.dh[:, h] += (s.bezet & (s.label == h)).sum(axis=1) * duur
        if not levend.any():
            break
        s.t = np.where(levend, tn, s.t)
        plaats = levend & (pe <= aankomst)
        _plaatsgebeurtenis(s, np.nonzero(plaats)[0], pj, verblijf, gat, rng, plafonds, c, g, tijd)
        komst = np.nonzero(levend & ~plaats)[0]
        if komst.size:
            _aankomst(s, komst, kolom, verblijf, rng, plafonds, c, g, tijd)
            aankomst[komst] = s.t[komst] + rng.exponential(1.0 / float(lam or 1.0), komst.size)
        s.t = np.where(levend, s.t, tijd)
    open_gat = ~s.bezet
    s.betaald += (_overlap(s.gat_start, s.gat_start + g, tijd) * open_gat).sum(axis=1)
    return PlaatsUitkomst(s.d, s.betaald, s.opnames, s.weigeringen, s.dp, s.d[:, None] if herkomst is None else s.dh)


def _overlap_perioden(a: Arr, b: Arr, grenzen: Arr) -> Arr:
    """Overlap van elk interval [a, b] met elke periode tussen de grenzen, vorm (runs, perioden). [dagen]"""
    return np.asarray(np.maximum(0.0, np.minimum(b[:, None], grenzen[None, 1:])
                                 - np.maximum(a[:, None], grenzen[None, :-1])))


def _vul(s: _Staat, r: NDArray[np.intp], j: NDArray[np.intp], verblijf: Trekker, rng: np.random.Generator,
         g: float, tijd: float) -> None:
    t = s.t[r]
    s.betaald[r] += _overlap(s.gat_start[r, j], np.minimum(s.gat_start[r, j] + g, t), tijd)
    s.bezet[r, j] = True
    s.einde[r, j] = t + verblijf(rng, r.size)
    s.label_bij(rng, r, j)
    s.opnames[r] += (t >= 0) & (t < tijd)


def _plaatsgebeurtenis(s: _Staat, r: NDArray[np.intp], pj: NDArray[np.intp], verblijf: Trekker,
                       gat: Trekker | None, rng: np.random.Generator, plafonds: Sequence[tuple[float, int]],
                       c: int, g: float, tijd: float) -> None:
    if r.size == 0:
        return
    j = pj[r]
    vertrek = s.bezet[r, j]
    rv, jv = r[vertrek], j[vertrek]
    s.bezet[rv, jv] = False
    s.gat_start[rv, jv] = s.t[rv]
    s.einde[rv, jv] = np.inf if gat is None else s.t[rv] + gat(rng, rv.size)
    if gat is None:
        return
    rg, jg = r[~vertrek], j[~vertrek]
    mag = jg < _plafond_op(s.t[rg], plafonds, c)
    _vul(s, rg[mag], jg[mag], verblijf, rng, g, tijd)
    rw, jw = rg[~mag], jg[~mag]
    s.einde[rw, jw] = s.t[rw] + gat(rng, rw.size)


def _aankomst(s: _Staat, r: NDArray[np.intp], kolom: NDArray[np.int64], verblijf: Trekker,
              rng: np.random.Generator, plafonds: Sequence[tuple[float, int]], c: int, g: float,
              tijd: float) -> None:
    vrij = ~s.bezet[r] & (kolom < _plafond_op(s.t[r], plafonds, c)[:, None])
    heeft = vrij.any(axis=1)
    t = s.t[r]
    s.weigeringen[r[~heeft]] += (t[~heeft] >= 0) & (t[~heeft] < tijd)
    rv = r[heeft]
    _vul(s, rv, vrij[heeft].argmax(axis=1), verblijf, rng, g, tijd)
