"""Waarschuwingen voor stille aannames en onwaarschijnlijke invoer: geen fout, wel het melden waard.

Een inkoper die een wakende nacht schrijft en de ORT vergeet, krijgt anders zonder een woord een te
laag tarief. Elke waarschuwing noemt het YAML-pad met regel; de CLI zet ze op stderr, de JSON onder
``waarschuwingen``, het werkboek op het eerste blad. ``--streng`` maakt er fouten van.

De grenzen hieronder zijn plausibiliteitsgrenzen [A], geen normen: ze zeggen alleen wanneer kostprijs
om een tweede blik vraagt.
"""

from __future__ import annotations

import numpy as np

from kostprijs.core import rooster as kr
from kostprijs.core.conventies import aandeel_uit_opslag
from kostprijs.core.keten import Opbouw
from kostprijs.inputs import KwvModel, OrtPercentage, dagnummers, minuten
from kostprijs.notatie import nl_getal
from kostprijs.oplossen import ORT_BANDEN_REGISTER, Opgelost, Waarschuwing
from kostprijs.parameters import ParameterFout, Register, register_met_regio

BEZETTING_LAAG = 0.60
"""Een normbezetting onder 60% is voor een KWV ongebruikelijk laag [A]. [/1]"""
OVERHEAD_HOOG = 0.40
"""Overhead boven 40% van het totaal is ongebruikelijk hoog [A]. [/1]"""
SALARIS_FACTOR_HOOG = 4.0
"""Een maandsalaris boven vier keer het CAO-minimum ligt ver boven de schalen [A]. [-]"""
SALARIS_TIKFOUT = 100.0
"""Een maandsalaris onder 100 euro is vrijwel zeker een tikfout (3.500 is in YAML 3,5). [EUR/maand]"""
DAGNAMEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def controleer(o: Opgelost, ob: Opbouw, register: Register | None = None) -> tuple[Waarschuwing, ...]:
    """Alle waarschuwingen voor een opgelost model en zijn opbouw (die van het oplossen eerst)."""
    m = o.model
    r = register if register is not None else register_met_regio(m.parameters.map)
    return (*o.waarschuwingen, *_ort_vergeten(m, r), *_salarissen(m, r), *_bezetting(m), *_overhead(m, ob),
            *_dekking(m))


def _w(m: KwvModel, code: str, tekst: str, *pad: str | int) -> Waarschuwing:
    return Waarschuwing(code, m.plaats(*pad), tekst)


def _ort_vergeten(m: KwvModel, r: Register) -> list[Waarschuwing]:
    """Een wakkere of waakdienst in ORT-uren terwijl een groepsfunctie geen ORT krijgt (CAO Jeugdzorg 8.1)."""
    zonder = [(i, f) for i, f in enumerate(m.functies) if f.soort == "groep"
              and (f.ort is None or (isinstance(f.ort, OrtPercentage) and f.ort.percentage == 0))]
    if not zonder:
        return []
    banden = []
    for parameter, dagen, van, tot in ORT_BANDEN_REGISTER:
        try:
            banden.append((dagnummers(dagen), minuten(van), minuten(tot), r.getal(parameter, m.datum)))
        except ParameterFout:
            banden.append((dagnummers(dagen), minuten(van), minuten(tot), 0.25))  # alleen om uren te vinden
    in_band = (kr.ort_weekraster(banden) > 0).astype(float)
    uren = {d.naam: kr.ort_gewogen_uren_per_week(in_band, dagnummers(d.dagen), minuten(d.begin), d.duur_uren)
            * d.personeel for d in m.rooster.diensten if d.soort in ("wakker", "waak")}
    uren = {n: u for n, u in uren.items() if u > 0}
    if not uren:
        return []
    diensten = ", ".join(f"'{n}' ({nl_getal(u, 1)} uur per week)" for n, u in uren.items())
    return [_w(m, "ort_ontbreekt",
               f"groepsfunctie '{f.naam}' krijgt geen ORT, maar de diensten {diensten} vallen in de uren met "
               "onregelmatigheidstoeslag (CAO Jeugdzorg 8.1: werkdagen voor 07:00 en na 19:00, 's nachts). Zonder "
               "ORT is het tarief te laag; geef 'ort: {methode: tabel}' met een ort_tabel, of 'ort: {methode: "
               "percentage, percentage: ...}'", "functies", i, "ort") for i, f in zonder]


def _salarissen(m: KwvModel, r: Register) -> list[Waarschuwing]:
    try:
        minimum: float | None = r.getal("cao_jeugdzorg.salarisverhoging.minimum_maandsalaris", m.datum)
    except ParameterFout:
        minimum = None
    uit = []
    for i, f in enumerate(m.functies):
        s = f.maandsalaris
        if s is None:
            continue
        pad = ("functies", i, "maandsalaris")
        if s < SALARIS_TIKFOUT:
            uit.append(_w(m, "salaris_tikfout", f"maandsalaris {nl_getal(s, 2)} euro is geen maandsalaris. In YAML is "
                          f"'3.500' het getal 3,5: schrijf het bedrag zonder punt, bijv. {s * 1000:.0f}", *pad))
        elif minimum is not None and s < minimum:
            uit.append(_w(m, "salaris_onder_minimum", f"maandsalaris {nl_getal(s, 2)} ligt onder het laagste "
                          f"CAO-maandsalaris van {nl_getal(minimum, 2)} (register, "
                          "cao_jeugdzorg.salarisverhoging.minimum_maandsalaris)", *pad))
        elif minimum is not None and s > SALARIS_FACTOR_HOOG * minimum:
            uit.append(_w(m, "salaris_hoog", f"maandsalaris {nl_getal(s, 2)} ligt meer dan {SALARIS_FACTOR_HOOG:g} "
                          f"keer boven het laagste CAO-maandsalaris ({nl_getal(minimum, 2)}), ver boven de "
                          "schalen; is het een maandbedrag bij 1 fte?", *pad))
    return uit


def _bezetting(m: KwvModel) -> list[Waarschuwing]:
    b = m.bezettingsgraad
    if b < BEZETTING_LAAG:
        return [_w(m, "bezetting_laag", f"een normbezetting van {nl_getal(100 * b, 1)}% is laag (onder "
                   f"{100 * BEZETTING_LAAG:.0f}%): het tarief dekt dan veel leegstand", "bezettingsgraad")]
    if b == 1.0:
        return [_w(m, "bezetting_vol", "een normbezetting van 100% laat geen ruimte voor wisselingen: elke lege "
                   "dag kost de aanbieder geld (een nieuwe woning vult traag, zie kostprijs aanloop)",
                   "bezettingsgraad")]
    return []


def _overhead(m: KwvModel, ob: Opbouw) -> list[Waarschuwing]:
    c, pct = m.conventies.overhead_conventie, m.overhead.percentage
    if c == "aandeel_totaal" and pct is not None:
        aandeel = pct
    elif c == "opslag_direct" and pct is not None:
        aandeel = float(aandeel_uit_opslag(pct))
    else:
        aandeel = float(ob.overhead / ob.kostprijs)
    if aandeel <= OVERHEAD_HOOG:
        return []
    return [_w(m, "overhead_hoog", f"overhead is {nl_getal(100 * aandeel, 1)}% van het totaal (meer dan "
               f"{100 * OVERHEAD_HOOG:.0f}%); controleer de conventie (aandeel van het totaal of opslag) en het "
               "percentage", "overhead")]


def _dekking(m: KwvModel) -> list[Waarschuwing]:
    """Uren van de week waarin geen enkele dienst (wakker, slaap of waak) in het rooster staat."""
    bezet = np.zeros(kr.MINUTEN_PER_WEEK, dtype=bool)
    for d in m.rooster.diensten:
        lengte = round(d.duur_uren * 60)
        for dag in dagnummers(d.dagen):
            start = dag * kr.MINUTEN_PER_DAG + minuten(d.begin)
            bezet[np.arange(start, start + lengte) % kr.MINUTEN_PER_WEEK] = True
    if bezet.all():
        return []
    gaten = _gaten(~bezet)
    tekst = "; ".join(gaten[:3]) + (f" (en nog {len(gaten) - 3})" if len(gaten) > 3 else "")
    return [_w(m, "rooster_gat", f"het rooster laat uren zonder iemand op de groep, wakker of slapend: {tekst}. "
               "Een KWV is dag en nacht bemand; ontbreekt er een dienst?", "rooster", "diensten")]


def _gaten(leeg: np.ndarray) -> list[str]:
    """Aaneengesloten lege stukken van de week als tekst: ``zondag 23:00 - maandag 07:00``."""
    if leeg.all():
        return ["de hele week"]
    start = int(np.argmin(leeg))  # begin bij een bezette minuut, zodat een stuk over zondag-maandag heel blijft
    rol = np.roll(leeg, -start)
    uit, i = [], 0
    while i < len(rol):
        if rol[i]:
            j = i
            while j < len(rol) and rol[j]:
                j += 1
            uit.append(f"{_moment((i + start) % kr.MINUTEN_PER_WEEK)} - {_moment((j + start) % kr.MINUTEN_PER_WEEK)}")
            i = j
        else:
            i += 1
    return uit


def _moment(minuut: int) -> str:
    dag, rest = divmod(minuut, kr.MINUTEN_PER_DAG)
    return f"{DAGNAMEN[dag]} {rest // 60:02d}:{rest % 60:02d}"
