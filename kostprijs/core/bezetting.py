"""Stochastische bezetting van een kleine woonvoorziening: exacte geboorte-sterfteketen op 0..c.

De toestand is het aantal aanwezige jongeren ``n``. Opnames gebeuren met snelheid ``λ_n`` [/dag],
vertrek met ``n/L`` (elke jongere vertrekt onafhankelijk, gemiddelde verblijfsduur ``L`` [dagen]).
Twee regimes (``docs/bezetting.md#het-bezettingsmodel``):

* vraaggestuurd (losse verwijzingen, geen wachtlijst): Erlang-verliesmodel, ``λ_n = λ`` voor ``n < c``;
* procesgestuurd (wachtlijst, elke vrije plaats wordt na een gat van gemiddeld ``G`` dagen gevuld):
  ``λ_n = (c - n)/G``; de bezetting is dan ``L/(L+G)``, onafhankelijk van ``c``.

Een opnameplafond (stabilisatieperiode) zet ``λ_n = 0`` voor ``n >= plafond``. Fasen met elk hun eigen
snelheden geven het aanlooppad. Alles is numpy: per fase één eigenontbinding van de generator (de keten is
omkeerbaar, dus symmetriseerbaar), met gedeelde differenties van de exponent voor de integralen; bij een
korte fase of een onbetrouwbare ontbinding de matrixexponent als eigen code (schalen en kwadrateren met een
Taylorreeks), zodat scipy niet nodig is.

Bronnen: ``docs/bezetting.md#het-bezettingsmodel`` (formules) en ``docs/bezetting.md#referentiewaarden``.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

Arr = NDArray[np.float64]

_TAYLOR_ORDE = 16
_SCHAAL_NORM = 0.5


def _f(x: ArrayLike) -> Arr:
    return np.asarray(x, dtype=float)


def erlang_b(plaatsen: ArrayLike, aanbod: ArrayLike) -> Arr:
    """Weigeringskans ``B(c, A)`` van het Erlang-verliesmodel; broadcast over ``c`` en ``A``. [/1]

    Stabiele recursie ``B_0 = 1``, ``B_k = A·B_{k-1} / (k + A·B_{k-1})`` (``docs/bezetting.md#het-bezettingsmodel``).

    >>> round(float(erlang_b(5, 4.0)), 4)
    0.1991
    """
    c = np.asarray(plaatsen)
    a = _f(aanbod)
    c, a = np.broadcast_arrays(c, a)
    if np.any(c < 0) or np.any(c != np.round(c)):
        raise ValueError("het aantal plaatsen moet een geheel getal >= 0 zijn")
    ci = c.astype(int)
    b = np.ones(a.shape)
    uit = np.where(ci == 0, 1.0, 0.0)
    for k in range(1, int(ci.max(initial=0)) + 1):
        b = a * b / (k + a * b)
        uit = np.where(ci == k, b, uit)
    return np.asarray(uit)


def erlang_bezetting(plaatsen: ArrayLike, aanbod: ArrayLike) -> Arr:
    """Verwachte bezettingsgraad ``ρ = A(1 - B(c, A))/c`` van het Erlang-verliesmodel. [/1]"""
    return np.asarray(_f(aanbod) * (1.0 - erlang_b(plaatsen, aanbod)) / _f(plaatsen))


def erlang_aanbod_voor_bezetting(plaatsen: ArrayLike, bezettingsgraad: ArrayLike, iteraties: int = 200) -> Arr:
    """Aangeboden last ``A`` waarbij het Erlang-model de bezettingsgraad ``ρ`` haalt (bisectie). [-]

    ``A(1 - B(c, A))`` stijgt monotoon in ``A``; ``ρ`` moet in (0, 1) liggen (docs/bezetting.md#het-bezettingsmodel).
    """
    c, rho = np.broadcast_arrays(_f(plaatsen), _f(bezettingsgraad))
    if np.any((rho <= 0) | (rho >= 1)):
        raise ValueError("de doelbezetting moet tussen 0 en 1 liggen (grenzen niet inbegrepen)")
    laag, hoog = np.zeros(c.shape), np.full(c.shape, 1.0)
    while np.any(erlang_bezetting(c, hoog) < rho):
        hoog = np.where(erlang_bezetting(c, hoog) < rho, hoog * 2, hoog)
    for _ in range(iteraties):
        mid = (laag + hoog) / 2
        te_laag = erlang_bezetting(c, mid) < rho
        laag, hoog = np.where(te_laag, mid, laag), np.where(te_laag, hoog, mid)
    return np.asarray((laag + hoog) / 2)


def gat_uit_bezetting(verblijfsduur_dagen: ArrayLike, bezettingsgraad: ArrayLike) -> Arr:
    """Gemiddeld leeg gat per plaatsing ``G = L(1 - ρ)/ρ``; geldt voor elk model. [dagen]

    >>> round(float(gat_uit_bezetting(365, 0.85)), 1)
    64.4
    """
    rho = _f(bezettingsgraad)
    return np.asarray(_f(verblijfsduur_dagen) * (1.0 - rho) / rho)


def snelheden_erlang(plaatsen: int, verwijzingen_per_dag: float, plafond: int | None = None) -> Arr:
    """Opnamesnelheden ``λ_n`` [/dag] bij losse verwijzingen: ``λ`` voor ``n < min(c, plafond)``."""
    grens = plaatsen if plafond is None else min(plafond, plaatsen)
    n = np.arange(plaatsen + 1)
    return np.where(n < grens, float(verwijzingen_per_dag), 0.0)


def snelheden_wachtlijst(plaatsen: int, gat_dagen: float, plafond: int | None = None) -> Arr:
    """Opnamesnelheden ``λ_n = (c' - n)/G`` [/dag] bij een wachtlijst, met ``c' = min(c, plafond)``.

    Elke open, lege plaats wordt na een gat van gemiddeld ``G`` dagen gevuld. Met een plafond zijn
    tijdelijk maar ``c'`` plaatsen open (stabilisatie): boven ``c'`` geen opnames. Zo reproduceert
    het model ``docs/bezetting.md#referentiewaarden`` (bijv. 70,2% in het eerste jaar bij S = 120, G = 30, L = 365).
    """
    grens = plaatsen if plafond is None else min(plafond, plaatsen)
    n = np.arange(plaatsen + 1)
    return np.where(n < grens, (grens - n) / float(gat_dagen), 0.0)


def plafonneer(snelheden: ArrayLike, plafond: int | None) -> Arr:
    """Zet ``λ_n = 0`` voor ``n >= plafond`` (geen opnames boven het plafond). [/dag]"""
    s = _f(snelheden).copy()
    if plafond is not None:
        s[..., plafond:] = 0.0
    return s


def generator(snelheden: ArrayLike, verblijfsduur_dagen: ArrayLike) -> Arr:
    """Generator ``Q`` van de keten op 0..c; ``snelheden`` heeft lengte ``c+1`` (laatste wordt 0). [/dag]

    ``Q[n, n+1] = λ_n``, ``Q[n, n-1] = n/L``, de diagonaal maakt elke rij nul (docs/bezetting.md#het-bezettingsmodel).
    Broadcast over voorloop-assen van ``snelheden`` en ``verblijfsduur_dagen``.
    """
    lam = _f(snelheden)
    k = lam.shape[-1]
    n = np.arange(k, dtype=float)
    weg = n / _f(verblijfsduur_dagen)[..., None]
    lam, weg = np.broadcast_arrays(lam, weg)
    q = np.zeros((*lam.shape, k))
    i = np.arange(k - 1)
    q[..., i, i + 1] = lam[..., :-1]
    q[..., i + 1, i] = weg[..., 1:]
    q[..., np.arange(k), np.arange(k)] = -q.sum(axis=-1)
    return q


def stationair(snelheden: ArrayLike, verblijfsduur_dagen: ArrayLike) -> Arr:
    """Stationaire verdeling ``π_n ∝ Π_{k=1..n} λ_{k-1}·L/k`` (productvorm, docs/bezetting.md#het-bezettingsmodel). [/1]

    Toestanden boven de eerste ``λ_n = 0`` krijgen kans 0 (de keten komt er niet).
    """
    lam = _f(snelheden)
    k = lam.shape[-1]
    verhouding = lam[..., :-1] * _f(verblijfsduur_dagen)[..., None] / np.arange(1, k)
    gewicht = np.concatenate([np.ones((*verhouding.shape[:-1], 1)), np.cumprod(verhouding, axis=-1)], axis=-1)
    return np.asarray(gewicht / gewicht.sum(axis=-1, keepdims=True))


class Stationair(NamedTuple):
    """Kerngetallen van de stationaire toestand (``docs/bezetting.md#het-bezettingsmodel``)."""

    verdeling: Arr  # π_n [/1]
    gemiddeld_aanwezig: Arr  # Σ n π_n [jongeren]
    bezettingsgraad: Arr  # [/1]
    kans_vol: Arr  # π_c [/1]
    opnames_per_jaar: Arr  # T Σ λ_n π_n
    leegstand_etmalen_per_jaar: Arr  # T (c - Σ n π_n)
    gat_dagen: Arr  # L (1 - ρ)/ρ


def stationaire_kerngetallen(snelheden: ArrayLike, verblijfsduur_dagen: ArrayLike,
                             dagen_per_jaar: float = 365.0) -> Stationair:
    """Stationaire verdeling met bezettingsgraad, kans op vol, opnames, leegstand en gat."""
    lam = _f(snelheden)
    c = lam.shape[-1] - 1
    pi = stationair(lam, verblijfsduur_dagen)
    gem = (pi * np.arange(c + 1)).sum(axis=-1)
    rho = gem / c
    return Stationair(pi, gem, rho, pi[..., -1], dagen_per_jaar * (lam * pi).sum(axis=-1),
                      dagen_per_jaar * (c - gem), gat_uit_bezetting(verblijfsduur_dagen, rho))


def expm(a: ArrayLike) -> Arr:
    """Matrixexponent ``e^A`` van (een stapel) vierkante matrices; numpy-only.

    Schalen en kwadrateren: ``A/2^s`` met norm <= 0,5, Taylorreeks van orde 16 (afbreekfout
    < 1e-20), dan ``s`` keer kwadrateren (Higham 2005; Moler & Van Loan 2003, methode 3).
    """
    m = _f(a)
    norm = float(np.abs(m).sum(axis=-1).max(initial=0.0))
    s = max(0, int(np.ceil(np.log2(norm / _SCHAAL_NORM)))) if norm > _SCHAAL_NORM else 0
    x = m / 2.0**s
    eenheid = np.broadcast_to(np.eye(m.shape[-1]), m.shape)
    uit = eenheid + x / _TAYLOR_ORDE
    for k in range(_TAYLOR_ORDE - 1, 0, -1):
        uit = eenheid + (x @ uit) / k
    for _ in range(s):
        uit = uit @ uit
    return np.asarray(uit)


class Fase(NamedTuple):
    """Een periode van ``dagen`` met vaste opnamesnelheden ``λ_n`` [/dag] (lengte c+1)."""

    dagen: float
    snelheden: Arr


class Momenten(NamedTuple):
    """Exacte momenten van de bezette plaatsdagen ``D`` over een reeks fasen."""

    verwachting: Arr  # E[D] [plaatsdagen]
    variantie: Arr  # Var(D) [plaatsdagen²]
    eindverdeling: Arr  # verdeling van N aan het eind [/1]

    @property
    def sd(self) -> Arr:
        """Standaardafwijking van ``D``. [plaatsdagen]"""
        return np.asarray(np.sqrt(np.maximum(self.variantie, 0.0)))


class Spectrum(NamedTuple):
    """Eigenontbinding ``Q = V diag(λ) W`` van een generator (``W = V⁻¹``)."""

    labda: Arr  # eigenwaarden [/dag]
    v: Arr
    w: Arr


_SPECTRAAL_VANAF = 4.0
"""Vanaf ``‖Qτ‖₁ > 4`` rekent een fase via de eigenontbinding; daaronder is de Taylorreeks van de blokexponent
(hoogstens drie keer kwadrateren) goedkoop en nauwkeuriger (bij een korte fase heffen de eigentermen elkaar op)."""


def spectrum(q: ArrayLike) -> Spectrum | None:
    """Eigenontbinding van een generator van de geboorte-sterfteketen, of ``None`` als ze niet betrouwbaar is.

    Zijn alle opname- en vertreksnelheden positief (de keten is onherleidbaar), dan is ``Q`` met een diagonale
    schaling ``D`` gelijkvormig met een symmetrische tridiagonale matrix ``S = D Q D⁻¹`` (omkeerbare keten,
    docs/bezetting.md#het-bezettingsmodel): ``numpy.linalg.eigh`` geeft reële eigenwaarden en orthogonale
    eigenvectoren. Anders (een opnameplafond) de algemene ``numpy.linalg.eig``. Geweigerd als de eigenwaarden
    niet reëel zijn of ``V diag(λ) W`` de generator niet tot op ``1e-10`` (relatief) teruggeeft; dan rekent
    :func:`momenten` met de blokexponent.
    """
    m = _f(q)
    schaal = max(float(np.abs(m).max(initial=0.0)), 1e-300)
    op, neer = np.diagonal(m, 1), np.diagonal(m, -1)
    if m.shape[-1] > 1 and np.all(op > 0) and np.all(neer > 0):
        logd = np.concatenate([[0.0], np.cumsum(0.5 * (np.log(op) - np.log(neer)))])
        d = np.exp(logd - logd.max())
        buren = np.sqrt(op * neer)
        labda, u = np.linalg.eigh(np.diag(np.diagonal(m)) + np.diag(buren, 1) + np.diag(buren, -1))
        v, w = u / d[:, None], u.T * d[None, :]
    else:
        ruw, vc = np.linalg.eig(m)
        if np.abs(ruw.imag).max(initial=0.0) > 1e-9 * schaal:
            return None
        orde = np.argsort(ruw.real)
        labda, v = ruw.real[orde], vc.real[:, orde]
        try:
            w = np.linalg.inv(v)
        except np.linalg.LinAlgError:
            return None
    if not np.all(np.isfinite(w)) or np.abs(v @ (labda[:, None] * w) - m).max(initial=0.0) > 1e-10 * schaal:
        return None
    return Spectrum(labda, v, w)


def _g1(d: Arr) -> Arr:
    """``(1 - e^{-d})/d`` voor ``d >= 0`` (1 bij 0), zonder verlies van cijfers bij kleine ``d``."""
    uit = np.ones_like(d)
    nz = d > 0
    uit[nz] = -np.expm1(-d[nz]) / d[nz]
    return uit


def _phi1(x: Arr) -> Arr:
    """Gedeelde differentie ``exp[x_i, x_j]`` voor alle paren (``x = λτ``): ``∫₀¹ e^{x_i s + x_j (1-s)} ds``."""
    a, b = x[:, None], x[None, :]
    return np.asarray(np.exp(np.maximum(a, b)) * _g1(np.abs(a - b)))


@functools.lru_cache(maxsize=16)
def _drietallen(n: int) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.intp]]:
    """Voor elk drietal ``(i, k, j)`` (plat, in C-volgorde) de gesorteerde indices: laagste, middelste, hoogste."""
    idx = np.sort(np.stack(np.meshgrid(np.arange(n), np.arange(n), np.arange(n), indexing="ij")).reshape(3, -1),
                  axis=0)
    return idx[0], idx[1], idx[2]


def _phi2(x: Arr, f1: Arr) -> Arr:
    """Tweede gedeelde differentie ``exp[x_i, x_k, x_j]`` voor alle drietallen (vorm ``(n, n, n)``).

    ``x`` stijgt (eigenwaarden op volgorde) en ``f1`` is :func:`_phi1` van ``x``. Per drietal komt het verst
    uiteenliggende paar (laagste en hoogste index) in de noemer: ``exp[a, b, c] = (exp[a, b] - exp[b, c]) /
    (a - c)``; ligt ook dat paar binnen 0,1, dan de reeks ``e^m Σ h_n(x - m)/(n+2)!`` rond het grootste argument
    ``m`` (volledig homogene polynomen; afbreekfout < 1e-19), en ``exp[a, a, a] = e^a / 2``. Zo kosten bijna
    gelijke eigenwaarden geen cijfers (Opitz 1964; McCurdy, Ng & Parlett 1984).
    """
    n = x.size
    lo, mid, hi = _drietallen(n)
    spreiding = x[hi] - x[lo]
    with np.errstate(divide="ignore", invalid="ignore"):
        uit = (f1[lo, mid] - f1[mid, hi]) / (x[lo] - x[hi])
    gelijk = lo == hi
    uit[gelijk] = np.exp(x[lo[gelijk]]) / 2.0
    klein = (spreiding < 0.1) & ~gelijk
    if np.any(klein):
        m = x[hi[klein]]
        y, z, w = x[lo[klein]] - m, x[mid[klein]] - m, np.zeros_like(m)
        h1, h2, h3 = np.ones_like(y), np.ones_like(y), np.ones_like(y)  # h_n(y), h_n(y, z), h_n(y, z, w)
        som, fac = h3 / 2.0, 2.0
        for k in range(1, 12):
            h1 = y * h1
            h2 = h1 + z * h2
            h3 = h2 + w * h3
            fac *= k + 2
            som = som + h3 / fac
        uit[klein] = np.exp(m) * som
    return uit.reshape(n, n, n)


def _blokstap(q: Arr, f: Arr, dagen: float, sp: Spectrum | None = None,
              tweede: bool = True) -> tuple[Arr, Arr, Arr | None]:
    """``e^{Qτ}``, ``∫ e^{Qs} F e^{Q(τ-s)} ds`` en de dubbele integraal (``F = diag(f)``).

    Met een eigenontbinding ``Q = V Λ W`` en ``F̃ = W F V``: ``e^{Qτ} = V e^{Λτ} W``,
    ``E12 = τ V (F̃ ∘ Φ1) W`` en ``E13 = τ² V G W`` met ``G_ij = Σ_k F̃_ik F̃_kj Φ2_ikj`` (gedeelde
    differenties van de exponent, :func:`_phi1` en :func:`_phi2`). Zonder (bruikbare) ontbinding, of bij een
    korte fase, de blokexponent ``M = [[Q, F, 0], [0, Q, F], [0, 0, Q]]`` (Van Loan 1978;
    docs/bezetting.md#het-bezettingsmodel).
    Met ``tweede=False`` (alleen verwachtingen) geen dubbele integraal (``None``).
    """
    k = q.shape[-1]
    if sp is not None and float(np.abs(q).sum(axis=-1).max(initial=0.0)) * dagen > _SPECTRAAL_VANAF:
        x = sp.labda * dagen
        ft = (sp.w * f) @ sp.v
        e = (sp.v * np.exp(x)) @ sp.w
        f1 = _phi1(x)
        e12 = dagen * (sp.v @ (ft * f1) @ sp.w)
        if not tweede:
            return e, e12, None
        g = np.einsum("ik,kj,ikj->ij", ft, ft, _phi2(x, f1))
        return e, e12, dagen**2 * (sp.v @ g @ sp.w)
    blok = np.zeros((3 * k, 3 * k))
    fd = np.diag(f)
    for i in range(3):
        blok[i * k:(i + 1) * k, i * k:(i + 1) * k] = q
    blok[:k, k:2 * k] = fd
    blok[k:2 * k, 2 * k:] = fd
    e = expm(blok * dagen)
    return e[:k, :k], e[:k, k:2 * k], e[:k, 2 * k:]


def momenten(fasen: Sequence[Fase], verblijfsduur_dagen: float, start: ArrayLike,
             gewicht: ArrayLike | None = None) -> Momenten:
    """Exacte verwachting en variantie van ``D = ∫ f(N(t)) dt`` over opeenvolgende fasen.

    Parameters
    ----------
    fasen : periodes met elk hun opnamesnelheden (bijv. plafond 2 gedurende 120 dagen, dan normaal)
    verblijfsduur_dagen : gemiddelde verblijfsduur ``L`` [dagen]
    start : beginverdeling van ``N(0)`` over 0..c (bijv. ``eenheidsvector(c, 2)`` of stationair) [/1]
    gewicht : ``f(n)``; standaard ``n`` (dan is ``D`` het aantal bezette plaatsdagen)

    Notes
    -----
    Per fase met blokexponent ``[[E, E12, E13], [0, E, E12], [0, 0, E]]`` worden de gezamenlijke
    momenten met de eindtoestand bijgewerkt: ``m0' = m0 E``, ``m1' = m1 E + m0 E12``,
    ``m2' = m2 E + 2 m1 E12 + 2 m0 E13``; ``E[D^k] = Σ_j m_k(j)`` (uitbreiding van docs/bezetting.md#het-bezettingsmodel
    naar fasen, zonder kruistermen te verliezen).
    """
    p0 = _f(start)
    k = p0.shape[-1]
    f = np.arange(k, dtype=float) if gewicht is None else _f(gewicht)
    m0, m1, m2 = p0, np.zeros(k), np.zeros(k)
    for fase in fasen:
        if fase.dagen <= 0:
            continue
        q = generator(fase.snelheden, verblijfsduur_dagen)
        e, e12, e13 = _blokstap(q, f, fase.dagen, spectrum(q))
        assert e13 is not None
        m0, m1, m2 = m0 @ e, m1 @ e + m0 @ e12, m2 @ e + 2 * m1 @ e12 + 2 * m0 @ e13
    ed, ed2 = m1.sum(), m2.sum()
    return Momenten(np.asarray(ed), np.asarray(ed2 - ed**2), np.asarray(m0 / m0.sum()))


def verwachting_per_periode(fasen: Sequence[Fase], verblijfsduur_dagen: float, start: ArrayLike,
                            grenzen_dagen: ArrayLike) -> Arr:
    """Verwachte bezette plaatsdagen in elke periode tussen opeenvolgende ``grenzen_dagen``.

    De fasen worden op de periodegrenzen gesplitst; ``grenzen_dagen`` begint bij 0 en stijgt. Na de
    laatste fase blijven de snelheden van de laatste fase gelden. [plaatsdagen per periode]
    """
    grenzen = _f(grenzen_dagen)
    if grenzen.ndim != 1 or grenzen.size < 2 or np.any(np.diff(grenzen) <= 0) or grenzen[0] != 0:
        raise ValueError("periodegrenzen beginnen bij 0 en stijgen strikt")
    p = _f(start)
    k = p.shape[-1]
    f = np.arange(k, dtype=float)
    uit = np.zeros(grenzen.size - 1)
    per_fase: dict[int, tuple[Arr, Spectrum | None, Arr, Arr]] = {}
    for i, (a, b) in enumerate(itertools.pairwise(grenzen)):
        for fase, duur in _segmenten(fasen, float(a), float(b)):
            if id(fase) not in per_fase:  # één generator en één eigenontbinding per fase, voor al haar stukken
                q = generator(fase.snelheden, verblijfsduur_dagen)
                sp = spectrum(q)
                ft, wsom = ((sp.w * f) @ sp.v, sp.w.sum(axis=-1)) if sp is not None else (q, q)
                per_fase[id(fase)] = (q, sp, ft, wsom)
            q, sp, ft, wsom = per_fase[id(fase)]
            if sp is not None and float(np.abs(q).sum(axis=-1).max(initial=0.0)) * duur > _SPECTRAAL_VANAF:
                # in eigencoördinaten: p e^{Qτ} = (p V) e^{Λτ} W en Σ_j (p E12)_j = τ (p V)(F̃ ∘ Φ1) W 1
                x, pv = sp.labda * duur, p @ sp.v
                uit[i] += duur * float(pv @ ((ft * _phi1(x)) @ wsom))
                p = (pv * np.exp(x)) @ sp.w
                continue
            e, e12, _ = _blokstap(q, f, duur, None, tweede=False)
            uit[i] += float((p @ e12).sum())
            p = p @ e
    return uit


def _segmenten(fasen: Sequence[Fase], a: float, b: float) -> Iterator[tuple[Fase, float]]:
    """De stukken van [a, b] met de fase die er geldt (na de laatste fase geldt de laatste)."""
    begin = list(itertools.accumulate((float(fa.dagen) for fa in fasen), initial=0.0))
    punten = sorted({a, b, *(x for x in begin if a < x < b)})
    for s, t in itertools.pairwise(punten):
        j = min(sum(1 for x in begin if x <= s) - 1, len(fasen) - 1)
        yield fasen[j], float(t - s)


def verdeling_op_tijdstippen(fasen: Sequence[Fase], verblijfsduur_dagen: float, start: ArrayLike,
                             tijdstippen: ArrayLike) -> Arr:
    """Verdeling ``p(t) = p0 e^{Qt}`` (per fase) op oplopende tijdstippen; vorm (tijdstippen, c+1). [/1]"""
    t = _f(tijdstippen)
    grenzen = np.concatenate([[0.0], t])
    if np.any(np.diff(grenzen) < 0):
        raise ValueError("tijdstippen moeten oplopen en >= 0 zijn")
    p = _f(start)
    uit = np.zeros((t.size, p.shape[-1]))
    for i, (a, b) in enumerate(itertools.pairwise(grenzen)):
        for fase, duur in _segmenten(fasen, float(a), float(b)):
            p = p @ expm(generator(fase.snelheden, verblijfsduur_dagen) * duur)
        uit[i] = p
    return uit


def eenheidsvector(plaatsen: int, aanwezig: int) -> Arr:
    """Beginverdeling 'precies ``aanwezig`` jongeren' op 0..c. [/1]"""
    p = np.zeros(plaatsen + 1)
    p[aanwezig] = 1.0
    return p
