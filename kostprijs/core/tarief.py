"""Van jaarkosten naar kostprijs, tariefbudget en tarief per bezet etmaal.

Eén pure functie, :func:`tariefopbouw`, die alle arrays broadcast: het scenario-deel roept haar aan
met rasters van bezettingsgraad, plaatsen, salarissen, enzovoort.

Bron: ``reference/methode.md`` §3.4-3.6 en §3.8 (indexering per component).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

Arr = NDArray[np.float64]


class Opbouw(NamedTuple):
    """Uitkomst van :func:`tariefopbouw`. Bedragen in [EUR/jaar] tenzij de naam anders zegt."""

    bezette_etmalen: Arr  # [etmalen/jaar]
    capaciteit_etmalen: Arr  # [etmalen/jaar]
    personeel_a: Arr
    personeel_b: Arr
    personeel: Arr
    clientkosten_vast: Arr
    clientkosten_variabel: Arr
    clientkosten: Arr
    huisvesting: Arr
    overhead_vast: Arr
    overhead_variabel: Arr
    overhead: Arr
    kostprijs: Arr  # in prijspeil van de invoer, vóór indexering
    indexering: Arr  # element d
    kostprijs_geindexeerd: Arr
    risico: Arr
    tariefbudget: Arr
    tarief_per_bezet_etmaal: Arr  # [EUR/bezet etmaal]
    vast_per_jaar: Arr  # beschikbaarheidsdeel, incl. overhead, indexering en risico
    variabel_per_bezet_etmaal: Arr  # [EUR/bezet etmaal]
    leegstand_per_bezet_etmaal: Arr  # [EUR/bezet etmaal] deel van het tarief dat leegstand dekt


def _f(x: ArrayLike) -> Arr:
    return np.asarray(x, dtype=float)


def bezette_etmalen(plaatsen: ArrayLike, dagen_per_jaar: ArrayLike, bezettingsgraad: ArrayLike) -> Arr:
    """Bezette etmalen per jaar: ``plaatsen x dagen x bezettingsgraad``. [etmalen/jaar]

    >>> float(bezette_etmalen(4, 365, 0.9))
    1314.0
    """
    return np.asarray(_f(plaatsen) * _f(dagen_per_jaar) * _f(bezettingsgraad))


def tariefopbouw(
    *,
    personeel_a: ArrayLike,
    personeel_b: ArrayLike,
    clientkosten_vast: ArrayLike,
    clientkosten_per_bezet_etmaal: ArrayLike,
    huisvesting: ArrayLike,
    plaatsen: ArrayLike,
    dagen_per_jaar: ArrayLike,
    bezettingsgraad: ArrayLike,
    overhead_opslag: ArrayLike,
    overhead_bedrag: ArrayLike,
    grondslag_personeel: ArrayLike,
    grondslag_clientkosten: ArrayLike,
    grondslag_huisvesting: ArrayLike,
    risico_opslag: ArrayLike,
    index_loon: ArrayLike = 0.0,
    index_prijs: ArrayLike = 0.0,
) -> Opbouw:
    """Volledige tariefopbouw van een KWV; alle argumenten broadcasten. [EUR/jaar, EUR/etmaal]

    Parameters
    ----------
    personeel_a, personeel_b : personeelskosten per AMvB-element a en b [EUR/jaar] (vast)
    clientkosten_vast : cliëntgebonden kosten die niet met de bezetting meebewegen [EUR/jaar]
    clientkosten_per_bezet_etmaal : materiële cliëntkosten per bezet etmaal [EUR/etmaal]
    huisvesting : huisvestingslasten [EUR/jaar] (vast)
    plaatsen, dagen_per_jaar, bezettingsgraad : capaciteit en normbezetting [-, dagen, /1]
    overhead_opslag : overhead als opslag op de grondslag (omgerekend uit de conventie) [/1]
    overhead_bedrag : vast overheadbedrag bovenop de opslag [EUR/jaar]
    grondslag_personeel, grondslag_clientkosten, grondslag_huisvesting : 1 als de component in de
        overheadgrondslag zit, anders 0 [-]
    risico_opslag : opslag voor risico en marge op de (geïndexeerde) kostprijs [/1]
    index_loon, index_prijs : indexering van personeel + overhead (loon) en van cliëntkosten +
        huisvesting (prijs) naar het tariefjaar [/1]

    Notes
    -----
    ``OH = o x (P·g_P + M·g_M + H·g_H) + OH_bedrag``; ``K = P + M + H + OH``;
    ``d = i_loon x (P + OH) + i_prijs x (M + H)``; ``T = (K + d) x (1 + r)``;
    ``tarief = T / (plaatsen x dagen x bezetting)``. Vast + variabel: dezelfde regels gesplitst naar
    vaste en met de bezette etmalen variërende kosten (methode.md §3.6 optie B).
    """
    etmalen = bezette_etmalen(plaatsen, dagen_per_jaar, bezettingsgraad)
    capaciteit = _f(plaatsen) * _f(dagen_per_jaar)
    pa, pb = _f(personeel_a), _f(personeel_b)
    p = pa + pb
    m_vast, m_dag, h = _f(clientkosten_vast), _f(clientkosten_per_bezet_etmaal), _f(huisvesting)
    o, gp, gm, gh = _f(overhead_opslag), _f(grondslag_personeel), _f(grondslag_clientkosten), _f(
        grondslag_huisvesting
    )
    oh_vast = o * (p * gp + m_vast * gm + h * gh) + _f(overhead_bedrag)
    oh_dag = o * m_dag * gm
    m_var = m_dag * etmalen
    oh = oh_vast + oh_dag * etmalen
    k = p + m_vast + m_var + h + oh
    il, ip = 1.0 + _f(index_loon), 1.0 + _f(index_prijs)
    k_vast_idx = (p + oh_vast) * il + (m_vast + h) * ip
    dag_idx = oh_dag * il + m_dag * ip
    k_idx = k_vast_idx + dag_idx * etmalen
    r = 1.0 + _f(risico_opslag)
    budget = k_idx * r
    vast = k_vast_idx * r
    return Opbouw(
        bezette_etmalen=etmalen,
        capaciteit_etmalen=np.asarray(capaciteit),
        personeel_a=pa + 0 * etmalen,
        personeel_b=pb + 0 * etmalen,
        personeel=p + 0 * etmalen,
        clientkosten_vast=m_vast + 0 * etmalen,
        clientkosten_variabel=m_var,
        clientkosten=m_vast + m_var,
        huisvesting=h + 0 * etmalen,
        overhead_vast=oh_vast + 0 * etmalen,
        overhead_variabel=oh_dag * etmalen,
        overhead=oh,
        kostprijs=k,
        indexering=k_idx - k,
        kostprijs_geindexeerd=k_idx,
        risico=budget - k_idx,
        tariefbudget=budget,
        tarief_per_bezet_etmaal=budget / etmalen,
        vast_per_jaar=vast,
        variabel_per_bezet_etmaal=dag_idx * r,
        leegstand_per_bezet_etmaal=vast / etmalen - vast / capaciteit,
    )
