"""De hele keten van één KWV, van rooster tot tarief: één bevroren invoer van getallen, één opbouw eruit.

:class:`KernInvoer` bevat alleen getallen (floats of numpy-arrays). Velden met het voorvoegsel
``dienst_`` hebben als laatste as de diensten van het rooster, ``functie_`` de functies,
``clientkosten_`` de posten en de investeringsvelden de twee investeringen (gebouw, inventaris); alle
andere velden zijn per scenario één getal. Voorloop-assen zijn het raster: vervang een veld door een
array met extra voorloop-assen en :func:`opbouw` rekent elk punt van het raster in één aanroep
(broadcasting). Keuzes zijn vlaggen 1/0, zodat ook zij per punt kunnen verschillen.

:func:`opbouw` geeft een :class:`Opbouw` met elke tussenwaarde. De figuren die gebruikers zien (met
label, eenheid, formule in woorden en Excel-formule) staan in :mod:`kostprijs.figuren` en lezen hun
waarde hier. Elke rekenregel staat één keer, in deze module of in de stapfuncties die ze aanroept
(:mod:`kostprijs.core.rooster`, ``productiviteit``, ``personeel``, ``werkgeverslasten``,
``huisvesting``, ``conventies``).

Bronnen per stap: docs/methode.md (rooster, productiviteit, loonkosten, huisvesting, overhead,
risico, indexering, vast en variabel); CAO Jeugdzorg 6.1, 7.2, 7.3, 8.1, 8.3, 9.7; Besluit Jeugdwet
art. 2.3 (AMvB-elementen a-d).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from kostprijs.core import conventies as kc
from kostprijs.core import huisvesting as kh
from kostprijs.core import personeel as kp
from kostprijs.core import productiviteit as kpr
from kostprijs.core import rooster as kr
from kostprijs.core import werkgeverslasten as kw

Arr = NDArray[np.float64]
MAANDEN_PER_JAAR = 12


@dataclass(frozen=True)
class KernInvoer:
    """Alle getallen die de keten nodig heeft, na het oplossen van model en register.

    Eenheden staan per veld; vlaggen zijn 1 (ja) of 0 (nee). Zie de moduletekst voor de assen.
    """

    # --- rooster (as: dienst) ---
    dienst_duur_uren: ArrayLike  # [uur]
    dienst_personeel: ArrayLike  # medewerkers tegelijk [-]
    dienst_dagen_per_week: ArrayLike  # [dagen/week]
    dienst_telfactor: ArrayLike  # deel van de uren dat betaalde tijd is [/1]
    dienst_ort_uren_per_week: ArrayLike  # uren x ORT-percentage per medewerker per week [uur/week]
    dienst_wakker: ArrayLike  # 1: wakkere dienst (telt voor ORT); slaap- en waakdiensten niet (CAO 8.1)
    weken_per_jaar: ArrayLike  # [weken/jaar]
    # --- productiviteit ---
    contracturen_per_week: ArrayLike  # [uur/week]
    verlofuren: ArrayLike  # [uur/jaar]
    feestdagen_op_werkdag: ArrayLike  # [dagen/jaar]
    uren_per_feestdag: ArrayLike  # [uur/dag]
    verzuimpercentage: ArrayLike  # fractie van de contracturen [/1]
    scholingsuren: ArrayLike  # [uur/jaar]
    overleguren: ArrayLike  # [uur/jaar]
    overige_uren: ArrayLike  # [uur/jaar]
    # --- functies (as: functie) ---
    functie_is_groep: ArrayLike  # 1: fte volgt uit het rooster; 0: vaste formatie
    functie_amvb_a: ArrayLike  # 1: AMvB-element a; 0: element b
    functie_fte_vast: ArrayLike  # [fte], 0 bij een groepsfunctie
    functie_aandeel_rooster: ArrayLike  # deel van de roosteruren [/1], 0 bij een vaste functie
    functie_maandsalaris: ArrayLike  # [EUR/maand]
    functie_ort_percentage: ArrayLike  # ORT als fractie van het basisjaarsalaris [/1]
    functie_ort_uit_tabel: ArrayLike  # 1: ORT uit het rooster en de ORT-tabel
    functie_inhuur_aandeel: ArrayLike  # deel van de roosteruren van de functie door inhuur [/1]
    functie_inhuur_uurtarief: ArrayLike  # [EUR/uur]
    # --- ORT-tabel ---
    ort_uurloon_deler: ArrayLike  # uurloon = maandsalaris / deler [-]
    ort_maximum_uurloon: ArrayLike  # [EUR/uur]
    ort_doorbetaling: ArrayLike  # 1: ORT ook over verlof en verzuim
    # --- loonkosten ---
    vakantietoeslag: ArrayLike  # [/1]
    vakantietoeslag_minimum_per_maand: ArrayLike  # [EUR/maand]
    eindejaarsuitkering: ArrayLike  # [/1]
    overige_personeelskosten: ArrayLike  # fractie van het bruto jaarloon [/1]
    werkgeverslasten_percentage: ArrayLike  # fractie van het bruto jaarloon [/1]
    werkgeverslasten_opbouw: ArrayLike  # 1: werkgeverslasten van onderop (premies en pensioen)
    premie_sociaal: ArrayLike  # som van de werkgeverspremies [/1]
    maximumpremieloon: ArrayLike  # [EUR/jaar]
    pensioen_werkgeversdeel: ArrayLike  # [/1]
    pensioen_franchise: ArrayLike  # [EUR/jaar]
    pensioen_maximum: ArrayLike  # maximum pensioengevend salaris [EUR/jaar]
    ao_premie_werkgever: ArrayLike  # arbeidsongeschiktheid (AP of WIA-excedent) [/1]
    ao_franchise: ArrayLike  # [EUR/jaar]
    # --- cliëntkosten (as: post) ---
    clientkosten_per_bezet_etmaal: ArrayLike  # [EUR/bezet etmaal] per post
    clientkosten_vast_per_jaar: ArrayLike  # [EUR/jaar] per vaste post
    # --- huisvesting ---
    huur_per_jaar: ArrayLike  # [EUR/jaar]
    energie_en_water: ArrayLike  # [EUR/jaar]
    onderhoud_en_schoonmaak: ArrayLike  # [EUR/jaar]
    verzekeringen_en_belastingen: ArrayLike  # [EUR/jaar]
    overige_huisvesting: ArrayLike  # [EUR/jaar]
    investering: ArrayLike  # (as: gebouw, inventaris) [EUR]; 0 als er geen is
    afschrijvingstermijn_jaren: ArrayLike  # [jaar]
    rentepercentage: ArrayLike  # [/1]
    restwaarde: ArrayLike  # [EUR]
    rente_over_gemiddeld_vermogen: ArrayLike  # 1: rente over (investering + rest) / 2; 0: over de investering
    # --- capaciteit ---
    plaatsen: ArrayLike  # [plaatsen]
    dagen_per_jaar: ArrayLike  # [dagen/jaar]
    bezettingsgraad: ArrayLike  # [/1]
    # --- overhead ---
    overhead_percentage: ArrayLike  # in de conventie van het model [/1]
    overhead_is_aandeel: ArrayLike  # 1: aandeel van het totaal; 0: opslag op de grondslag
    overhead_bedrag_per_jaar: ArrayLike  # [EUR/jaar]
    grondslag_personeel: ArrayLike  # 1 als personeel in de overheadgrondslag zit
    grondslag_clientkosten: ArrayLike
    grondslag_huisvesting: ArrayLike
    # --- risico en indexering ---
    risico_percentage: ArrayLike  # [/1]
    risico_is_aandeel: ArrayLike  # 1: aandeel van het tariefbudget; 0: opslag op de kostprijs
    index_loon: ArrayLike  # index van personeel en overhead naar het tariefjaar [/1]
    index_prijs: ArrayLike  # index van cliëntkosten en huisvesting [/1]


@dataclass(frozen=True)
class Uren:
    """Rooster en productiviteit. [uur/jaar] tenzij anders vermeld."""

    roosteruren_per_dienst: Arr  # (as: dienst)
    ort_uren_per_dienst: Arr  # ORT-gewogen uren per jaar (as: dienst)
    roosteruren: Arr
    ort_gewogen_uren: Arr
    contracturen: Arr  # per fte
    netto_uren: Arr  # per fte
    productiviteit: Arr  # [/1]
    doorbetalingsfactor: Arr  # ORT over verlof en verzuim: contracturen / netto uren, anders 1 [-]


@dataclass(frozen=True)
class Functies:
    """Formatie en loonkosten per functie (as: functie). [EUR/jaar] per fte tenzij anders vermeld."""

    fte: Arr  # [fte]
    basis: Arr
    vakantietoeslag: Arr
    eindejaarsuitkering: Arr
    ort: Arr
    bruto: Arr
    pensioengevend: Arr
    sociale_premies: Arr
    pensioen: Arr
    arbeidsongeschiktheid: Arr
    werkgeverslasten: Arr
    overige: Arr
    kosten_per_fte: Arr
    personeelskosten: Arr  # eigen personeel, fte x kosten per fte [EUR/jaar]
    inhuur: Arr  # [EUR/jaar]
    totaal: Arr  # [EUR/jaar]


@dataclass(frozen=True)
class Opbouw:
    """De volledige tariefopbouw. Bedragen [EUR/jaar] tenzij de naam iets anders zegt."""

    uren: Uren
    functies: Functies
    personeel_a: Arr
    personeel_b: Arr
    personeel: Arr
    afschrijving: Arr  # (as: gebouw, inventaris)
    rente: Arr  # (as: gebouw, inventaris)
    huisvesting: Arr
    clientkosten_per_bezet_etmaal: Arr  # [EUR/bezet etmaal]
    clientkosten_vast: Arr
    clientkosten_variabel: Arr
    clientkosten: Arr
    overhead_opslag: Arr  # [/1]
    overhead_grondslag_vast: Arr
    overhead_vast: Arr
    overhead_per_bezet_etmaal: Arr  # [EUR/bezet etmaal], het variabele deel
    overhead_variabel: Arr
    overhead: Arr
    capaciteit_etmalen: Arr  # [etmalen/jaar]
    bezette_etmalen: Arr  # [etmalen/jaar]
    kostprijs: Arr  # prijspeil van de invoer
    kostprijs_vast_geindexeerd: Arr
    kostprijs_per_bezet_etmaal_geindexeerd: Arr  # [EUR/bezet etmaal], het variabele deel
    kostprijs_geindexeerd: Arr
    indexering: Arr  # AMvB-element d
    risico_opslag: Arr  # op de geïndexeerde kostprijs [/1]
    risico_factor: Arr  # 1 + opslag [-]
    risico: Arr
    tariefbudget: Arr
    tarief_per_bezet_etmaal: Arr  # [EUR/bezet etmaal]
    tarief_per_plaats_per_jaar: Arr  # [EUR/jaar]
    tarief_per_plaats_per_maand: Arr  # [EUR/maand]
    vast_per_jaar: Arr  # beschikbaarheidsdeel met overhead, indexering en risico
    vast_per_plaats_per_jaar: Arr
    variabel_per_bezet_etmaal: Arr  # [EUR/bezet etmaal]
    leegstand_per_bezet_etmaal: Arr  # [EUR/bezet etmaal]
    amvb_a: Arr
    amvb_b: Arr
    amvb_c: Arr
    amvb_d: Arr

    def per_bezet_etmaal(self, naam: str) -> Arr:
        """Een jaarbedrag van deze opbouw gedeeld door de bezette etmalen. [EUR/bezet etmaal]"""
        return np.asarray(getattr(self, naam) / self.bezette_etmalen)


def _f(x: ArrayLike) -> Arr:
    return np.asarray(x, dtype=float)


def _kol(x: ArrayLike) -> Arr:
    """Een getal per scenario als kolom, zodat het broadcast tegen een as (dienst, functie, post)."""
    return _f(x)[..., None]


def _ja(x: ArrayLike) -> NDArray[np.bool_]:
    return np.asarray(x, dtype=float) > 0


def uren(k: KernInvoer) -> Uren:
    """Roosteruren per dienst en in totaal, ORT-gewogen uren, contract- en netto uren per fte."""
    per_dienst = kr.roosteruren_per_dienst(k.dienst_duur_uren, k.dienst_personeel, k.dienst_dagen_per_week,
                                           k.dienst_telfactor, k.weken_per_jaar)
    ort_per_dienst = np.where(_ja(k.dienst_wakker),
                              _f(k.dienst_ort_uren_per_week) * _f(k.dienst_personeel) * _kol(k.weken_per_jaar), 0.0)
    contract = kpr.contracturen_per_fte(k.contracturen_per_week, k.weken_per_jaar)
    netto = kpr.netto_uren_per_fte(contract, k.verlofuren, k.feestdagen_op_werkdag, k.uren_per_feestdag,
                                   k.verzuimpercentage, k.scholingsuren, k.overleguren, k.overige_uren)
    door = np.where(_ja(k.ort_doorbetaling), contract / netto, 1.0)
    return Uren(per_dienst, ort_per_dienst, _som(per_dienst), _som(ort_per_dienst), contract, netto,
                netto / contract, np.asarray(door))


def functies(k: KernInvoer, u: Uren) -> Functies:
    """Formatie, bruto jaarloon, werkgeverslasten en personeelskosten per functie (CAO Jeugdzorg)."""
    aandeel, inhuur = _f(k.functie_aandeel_rooster), _f(k.functie_inhuur_aandeel)
    groep = _ja(k.functie_is_groep)
    fte = np.where(groep, kpr.fte_uit_uren(_kol(u.roosteruren) * aandeel * (1 - inhuur), _kol(u.netto_uren)),
                   _f(k.functie_fte_vast))
    basis = _f(k.functie_maandsalaris) * MAANDEN_PER_JAAR
    heeft_fte = fte > 0
    ort_tabel = kp.ort_per_fte_uit_tabel(_kol(u.ort_gewogen_uren) * aandeel * (1 - inhuur), k.functie_maandsalaris,
                                         _kol(k.ort_uurloon_deler), _kol(k.ort_maximum_uurloon),
                                         np.where(heeft_fte, fte, 1.0), _kol(u.doorbetalingsfactor))
    ort = np.where(_ja(k.functie_ort_uit_tabel), np.where(heeft_fte, ort_tabel, 0.0),
                   _f(k.functie_ort_percentage) * basis)
    b = kp.bruto_per_fte(k.functie_maandsalaris, _kol(k.vakantietoeslag), _kol(k.vakantietoeslag_minimum_per_maand),
                         _kol(k.eindejaarsuitkering), ort)
    pensioengevend = b.basis + b.vakantietoeslag + b.eindejaarsuitkering
    ow = kw.werkgeverslasten_opbouw(b.bruto, pensioengevend, _kol(k.premie_sociaal), _kol(k.maximumpremieloon),
                                    _kol(k.pensioen_werkgeversdeel), _kol(k.pensioen_franchise),
                                    _kol(k.pensioen_maximum), _kol(k.ao_premie_werkgever), _kol(k.ao_franchise))
    opbouw_ = _ja(_kol(k.werkgeverslasten_opbouw))
    nul = np.zeros_like(b.bruto)
    wgl = np.where(opbouw_, ow.totaal, b.bruto * _kol(k.werkgeverslasten_percentage))
    overige = b.bruto * _kol(k.overige_personeelskosten)
    per_fte = b.bruto + wgl + overige
    eigen = fte * per_fte
    ingehuurd = kp.inhuurkosten_per_jaar(_kol(u.roosteruren) * aandeel, inhuur, k.functie_inhuur_uurtarief)
    return Functies(
        fte=np.asarray(fte), basis=b.basis, vakantietoeslag=b.vakantietoeslag,
        eindejaarsuitkering=b.eindejaarsuitkering, ort=b.ort, bruto=b.bruto, pensioengevend=pensioengevend,
        sociale_premies=np.where(opbouw_, ow.sociale_premies, nul), pensioen=np.where(opbouw_, ow.pensioen, nul),
        arbeidsongeschiktheid=np.where(opbouw_, ow.arbeidsongeschiktheid, nul), werkgeverslasten=wgl,
        overige=overige, kosten_per_fte=per_fte, personeelskosten=eigen, inhuur=ingehuurd,
        totaal=eigen + ingehuurd,
    )


def _som(x: Arr) -> Arr:
    """Som over de laatste as, van links naar rechts (zoals ``a+b+c`` in het werkboek)."""
    if x.shape[-1] == 0:
        return np.zeros(x.shape[:-1])
    uit = x[..., 0]
    for i in range(1, x.shape[-1]):
        uit = uit + x[..., i]
    return np.asarray(uit)


def opbouw(k: KernInvoer) -> Opbouw:
    """De volledige tariefopbouw; alle velden van ``k`` broadcasten (één scenario of een raster).

    Notes
    -----
    ``P = Σ fte x kosten per fte + inhuur`` (per AMvB a en b); ``H = huur + afschrijving + rente +
    posten``; ``M = Σ vast + Σ per etmaal x D``; ``OH = o x (P·g_P + M·g_M + H·g_H) + OH_bedrag``;
    ``K = P + M + H + OH``; ``d = i_loon x (P + OH) + i_prijs x (M + H)``; ``T = (K + d) x (1 + r)``;
    ``tarief = T / D`` met ``D = plaatsen x dagen x bezettingsgraad``. Vast + variabel: dezelfde regels,
    gesplitst naar kosten die met de bezette etmalen meebewegen en kosten die dat niet doen.
    """
    u = uren(k)
    fu = functies(k, u)
    a = _ja(k.functie_amvb_a)
    pa, pb = _som(np.where(a, fu.totaal, 0.0)), _som(np.where(a, 0.0, fu.totaal))
    p = pa + pb
    kap = kh.kapitaallasten(k.investering, k.afschrijvingstermijn_jaren, k.rentepercentage, k.restwaarde,
                            _ja(k.rente_over_gemiddeld_vermogen))
    afs, ren = kap.afschrijving, kap.rente
    h = (_f(k.huur_per_jaar) + afs[..., 0] + ren[..., 0] + afs[..., 1] + ren[..., 1] + _f(k.energie_en_water)
         + _f(k.onderhoud_en_schoonmaak) + _f(k.verzekeringen_en_belastingen) + _f(k.overige_huisvesting))
    m_dag, m_vast = _som(_f(k.clientkosten_per_bezet_etmaal)), _som(_f(k.clientkosten_vast_per_jaar))
    capaciteit = _f(k.plaatsen) * _f(k.dagen_per_jaar)
    etmalen = capaciteit * _f(k.bezettingsgraad)
    o = kc.overhead_opslag(k.overhead_percentage, k.overhead_is_aandeel)
    gp, gm, gh = _f(k.grondslag_personeel), _f(k.grondslag_clientkosten), _f(k.grondslag_huisvesting)
    grondslag = p * gp + m_vast * gm + h * gh
    oh_vast = o * grondslag + _f(k.overhead_bedrag_per_jaar)
    oh_dag = o * m_dag * gm
    m_var = m_dag * etmalen
    m = m_vast + m_var
    oh_var = oh_dag * etmalen
    oh = oh_vast + oh_var
    kostprijs = p + m_vast + m_var + h + oh
    il, ip = 1.0 + _f(k.index_loon), 1.0 + _f(k.index_prijs)
    vast_idx = (p + oh_vast) * il + (m_vast + h) * ip
    dag_idx = oh_dag * il + m_dag * ip
    k_idx = vast_idx + dag_idx * etmalen
    r = kc.risico_opslag(k.risico_percentage, k.risico_is_aandeel)
    factor = 1.0 + r
    budget = k_idx * factor
    vast = vast_idx * factor
    plaatsen = _f(k.plaatsen)
    return Opbouw(
        uren=u, functies=fu, personeel_a=pa, personeel_b=pb, personeel=p, afschrijving=afs, rente=ren,
        huisvesting=np.asarray(h), clientkosten_per_bezet_etmaal=m_dag, clientkosten_vast=m_vast,
        clientkosten_variabel=m_var, clientkosten=m, overhead_opslag=o, overhead_grondslag_vast=grondslag,
        overhead_vast=oh_vast, overhead_per_bezet_etmaal=oh_dag, overhead_variabel=oh_var, overhead=oh,
        capaciteit_etmalen=capaciteit, bezette_etmalen=etmalen, kostprijs=kostprijs,
        kostprijs_vast_geindexeerd=vast_idx, kostprijs_per_bezet_etmaal_geindexeerd=dag_idx,
        kostprijs_geindexeerd=k_idx, indexering=k_idx - kostprijs, risico_opslag=r, risico_factor=factor,
        risico=budget - k_idx, tariefbudget=budget, tarief_per_bezet_etmaal=budget / etmalen,
        tarief_per_plaats_per_jaar=budget / plaatsen, tarief_per_plaats_per_maand=budget / plaatsen / MAANDEN_PER_JAAR,
        vast_per_jaar=vast, vast_per_plaats_per_jaar=vast / plaatsen, variabel_per_bezet_etmaal=dag_idx * factor,
        leegstand_per_bezet_etmaal=vast / etmalen - vast / capaciteit,
        amvb_a=pa, amvb_b=pb + m, amvb_c=oh + h, amvb_d=k_idx - kostprijs,
    )
