"""Grafieken als SVG op de server: geen grafiekbibliotheek in de browser, klein en zonder inline stijl.

Kleuren en lijnen komen uit ``app.css`` via klassen (``reeks-0``, ``as``, ...), zodat de
Content-Security-Policy geen inline stijl hoeft toe te staan. Alle tekst gaat door :func:`html.escape`.
Getallen op de assen in Nederlandse notatie (:func:`kostprijs.notatie.nl_getal`).
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kostprijs.notatie import nl_getal

BREEDTE, HOOGTE = 640, 320
LINKS, RECHTS, BOVEN, ONDER = 78, 16, 20, 46


@dataclass(frozen=True)
class Reeks:
    """Eén lijn: naam en punten."""

    naam: str
    x: Sequence[float]
    y: Sequence[float]


def _e(tekst: str) -> str:
    return html.escape(tekst, quote=True)


def mooie_stappen(laag: float, hoog: float, aantal: int = 5) -> list[float]:
    """Ronde waarden voor de streepjes van een as (1, 2 of 5 maal een macht van tien)."""
    if not (math.isfinite(laag) and math.isfinite(hoog)):
        return [0.0]
    if hoog <= laag:
        hoog = laag + (abs(laag) or 1.0)
    ruw = (hoog - laag) / aantal
    macht = 10 ** math.floor(math.log10(ruw))
    stap = next(m * macht for m in (1, 2, 5, 10) if m * macht >= ruw)
    begin = math.floor(laag / stap) * stap
    return [begin + i * stap for i in range(math.ceil((hoog - begin) / stap) + 1)]


def _schaal(laag: float, hoog: float, van: float, tot: float) -> Callable[[float], float]:
    breed = (hoog - laag) or 1.0
    return lambda w: van + (w - laag) / breed * (tot - van)


def lijnen(reeksen: Sequence[Reeks], titel: str, x_naam: str, y_naam: str,
           x_tekst: Callable[[float], str], y_tekst: Callable[[float], str],
           punt: tuple[float, float, str] | None = None) -> str:
    """Een lijngrafiek met assen, legenda (bij meer reeksen) en een gemarkeerd punt (x, y, tekst)."""
    xs = [x for r in reeksen for x in r.x]
    ys = [y for r in reeksen for y in r.y if math.isfinite(y)]
    if not xs or not ys:
        return ""
    x_stap = mooie_stappen(min(xs), max(xs))
    y_stap = mooie_stappen(min(0.0, min(ys)) if min(ys) < 0 else min(ys), max(ys))
    sx = _schaal(x_stap[0], x_stap[-1], LINKS, BREEDTE - RECHTS)
    sy = _schaal(y_stap[0], y_stap[-1], HOOGTE - ONDER, BOVEN)
    delen = [_kop(titel), *_assen(x_stap, y_stap, sx, sy, x_tekst, y_tekst, x_naam, y_naam)]
    if y_stap[0] < 0 < y_stap[-1]:
        delen.append(f'<line class="nullijn" x1="{LINKS}" x2="{BREEDTE - RECHTS}" y1="{sy(0):.1f}" y2="{sy(0):.1f}"/>')
    for i, r in enumerate(reeksen):
        punten = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in zip(r.x, r.y, strict=True) if math.isfinite(y))
        delen.append(f'<polyline class="lijn reeks-{i % 8}" fill="none" points="{punten}"><title>{_e(r.naam)}'
                     "</title></polyline>")
    if punt is not None:
        x, y, tekst = punt
        delen.append(f'<circle class="punt" cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="5"><title>{_e(tekst)}</title>'
                     f'</circle><text class="punttekst" x="{sx(x) + 8:.1f}" y="{sy(y) - 8:.1f}">{_e(tekst)}</text>')
    if len(reeksen) > 1:
        delen.append(_legenda([r.naam for r in reeksen]))
    return _svg(titel, delen, len(reeksen))


def staven(namen: Sequence[str], waarden: Sequence[float], laag: Sequence[float], hoog: Sequence[float],
           titel: str, x_naam: str, tekst: Callable[[float], str]) -> str:
    """Liggende staven met een streep van ``laag`` tot ``hoog`` (bijv. 5e tot 95e percentiel)."""
    if not namen:
        return ""
    alles = [*waarden, *laag, *hoog, 0.0]
    stap = mooie_stappen(min(alles), max(alles))
    links = 250
    rij = 26
    hoogte = BOVEN + rij * len(namen) + ONDER
    sx = _schaal(stap[0], stap[-1], links, BREEDTE - RECHTS)
    delen = [_kop(titel)]
    for s in stap:
        delen.append(f'<line class="raster" x1="{sx(s):.1f}" x2="{sx(s):.1f}" y1="{BOVEN}" y2="{hoogte - ONDER}"/>'
                     f'<text class="astekst" x="{sx(s):.1f}" y="{hoogte - ONDER + 16}" text-anchor="middle">'
                     f"{_e(tekst(s))}</text>")
    delen.append(f'<text class="asnaam" x="{(links + BREEDTE) / 2:.1f}" y="{hoogte - 6}" text-anchor="middle">'
                 f"{_e(x_naam)}</text>")
    nul = sx(0.0)
    for i, (n, w, lo, hi) in enumerate(zip(namen, waarden, laag, hoog, strict=True)):
        y = BOVEN + i * rij
        x0, x1 = sorted((nul, sx(w)))
        klasse = "staaf negatief" if w < 0 else "staaf"
        delen.append(
            f'<text class="staafnaam" x="{links - 6}" y="{y + 17}" text-anchor="end">{_e(n)}</text>'
            f'<rect class="{klasse}" x="{x0:.1f}" y="{y + 5}" width="{max(x1 - x0, 1):.1f}" height="{rij - 10}">'
            f"<title>{_e(n)}: {_e(tekst(w))} (5%-95%: {_e(tekst(lo))} tot {_e(tekst(hi))})</title></rect>"
            f'<line class="spreiding" x1="{sx(lo):.1f}" x2="{sx(hi):.1f}" y1="{y + rij / 2:.1f}" '
            f'y2="{y + rij / 2:.1f}"/>')
    return _svg(titel, delen, 1, hoogte)


def _kop(titel: str) -> str:
    return f"<title>{_e(titel)}</title>"


def _assen(x_stap: list[float], y_stap: list[float], sx: Callable[[float], float], sy: Callable[[float], float],
           x_tekst: Callable[[float], str], y_tekst: Callable[[float], str], x_naam: str, y_naam: str) -> list[str]:
    uit = []
    for s in y_stap:
        uit.append(f'<line class="raster" x1="{LINKS}" x2="{BREEDTE - RECHTS}" y1="{sy(s):.1f}" y2="{sy(s):.1f}"/>'
                   f'<text class="astekst" x="{LINKS - 6}" y="{sy(s) + 4:.1f}" text-anchor="end">{_e(y_tekst(s))}'
                   "</text>")
    for s in x_stap:
        uit.append(f'<text class="astekst" x="{sx(s):.1f}" y="{HOOGTE - ONDER + 18}" text-anchor="middle">'
                   f"{_e(x_tekst(s))}</text>")
    uit.append(f'<line class="as" x1="{LINKS}" x2="{BREEDTE - RECHTS}" y1="{HOOGTE - ONDER}" '
               f'y2="{HOOGTE - ONDER}"/><line class="as" x1="{LINKS}" x2="{LINKS}" y1="{BOVEN}" '
               f'y2="{HOOGTE - ONDER}"/>')
    uit.append(f'<text class="asnaam" x="{(LINKS + BREEDTE) / 2:.1f}" y="{HOOGTE - 8}" text-anchor="middle">'
               f'{_e(x_naam)}</text><text class="asnaam" x="14" y="{(BOVEN + HOOGTE - ONDER) / 2:.1f}" '
               f'text-anchor="middle" transform="rotate(-90 14 {(BOVEN + HOOGTE - ONDER) / 2:.1f})">{_e(y_naam)}'
               "</text>")
    return uit


def _legenda(namen: list[str]) -> str:
    regels = []
    for i, n in enumerate(namen):
        y = BOVEN + 4 + i * 14
        regels.append(f'<line class="lijn reeks-{i % 8}" x1="{BREEDTE - 230}" x2="{BREEDTE - 214}" y1="{y}" y2="{y}"/>'
                      f'<text class="legenda" x="{BREEDTE - 210}" y="{y + 4}">{_e(n[:38])}</text>')
    return "".join(regels)


def _svg(titel: str, delen: list[str], reeksen: int, hoogte: int = HOOGTE) -> str:
    return (f'<svg class="grafiek" viewBox="0 0 {BREEDTE} {hoogte}" role="img" aria-label="{_e(titel)}" '
            f'xmlns="http://www.w3.org/2000/svg">{"".join(delen)}</svg>')


def euro(w: float) -> str:
    """Bedrag voor een as: ``EUR 1.234`` zonder centen."""
    return nl_getal(w, 0)


def procent(w: float) -> str:
    """Fractie als procent voor een as: ``85%``."""
    return f"{nl_getal(100 * w, 0)}%"
