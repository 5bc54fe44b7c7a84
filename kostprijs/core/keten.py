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

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar, overload

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


def vervang(k: KernInvoer, **velden: ArrayLike) -> KernInvoer:
    """``k`` met andere waarden voor ``velden``; als :func:`dataclasses.replace`, maar zonder ``__init__`` met
    zeventig argumenten opnieuw te doorlopen (KernInvoer controleert niets in ``__init__``). Onbekende velden
    geven een ``TypeError``, net als bij ``replace``."""
    onbekend = velden.keys() - _VELDEN
    if onbekend:
        raise TypeError(f"KernInvoer heeft geen veld(en) {', '.join(sorted(onbekend))}")
    nieuw = object.__new__(KernInvoer)
    nieuw.__dict__.update(k.__dict__)
    nieuw.__dict__.update(velden)
    return nieuw


def _f(x: ArrayLike) -> Arr:
    return np.asarray(x, dtype=float)


def _kol(x: ArrayLike) -> Arr:
    """Een getal per scenario als kolom, zodat het broadcast tegen een as (dienst, functie, post)."""
    return _f(x)[..., None]


def _ja(x: ArrayLike) -> NDArray[np.bool_]:
    return np.asarray(x, dtype=float) > 0


def _som(x: Arr) -> Arr:
    """Som over de laatste as, van links naar rechts (zoals ``a+b+c`` in het werkboek)."""
    if x.shape[-1] == 0:
        return np.zeros(x.shape[:-1])
    uit = x[..., 0]
    for i in range(1, x.shape[-1]):
        uit = uit + x[..., i]
    return np.asarray(uit)


T = TypeVar("T")


class stap(Generic[T]):
    """Een waarde van de keten: bij het eerste opvragen berekend en in de instantie bewaard.

    Als :class:`functools.cached_property`, zonder diens slot (dat in Python 3.11 bij elke eerste opvraging
    een lock neemt): de keten wordt niet tussen threads gedeeld, en bij een raster van 100 punten telt elke
    microseconde.
    """

    def __init__(self, functie: Callable[[Any], T]) -> None:
        self.functie = functie
        self.naam = functie.__name__
        self.__doc__ = functie.__doc__

    def __set_name__(self, eigenaar: type, naam: str) -> None:
        self.naam = naam

    @overload
    def __get__(self, obj: None, eigenaar: type | None = None) -> stap[T]: ...

    @overload
    def __get__(self, obj: object, eigenaar: type | None = None) -> T: ...

    def __get__(self, obj: object | None, eigenaar: type | None = None) -> T | stap[T]:
        if obj is None:
            return self
        waarde = self.functie(obj)
        obj.__dict__[self.naam] = waarde
        return waarde


class Keten:
    """De keten op één invoer, lui: elke waarde wordt pas berekend als ze (direct of via een latere waarde)
    gevraagd wordt, en daarna bewaard.

    Elke rekenregel staat hier één keer, als eigenschap met de naam van het veld van :class:`Uren`,
    :class:`Functies` of :class:`Opbouw`. :func:`opbouw` vraagt ze allemaal; :func:`uitkomsten` en een raster
    (:mod:`kostprijs.core.blokken`) vragen alleen wat de aanroeper wil, zodat bijvoorbeeld het tarief alleen
    de stappen rekent waar het van afhangt, met precies dezelfde bewerkingen in dezelfde volgorde.
    """

    def __init__(self, k: KernInvoer) -> None:
        self.k = k

    # --- rooster en productiviteit (Uren) ---
    @stap
    def roosteruren_per_dienst(self) -> Arr:
        k = self.k
        return kr.roosteruren_per_dienst(k.dienst_duur_uren, k.dienst_personeel, k.dienst_dagen_per_week,
                                         k.dienst_telfactor, k.weken_per_jaar)

    @stap
    def ort_uren_per_dienst(self) -> Arr:
        k = self.k
        return np.where(_ja(k.dienst_wakker), _f(k.dienst_ort_uren_per_week) * _f(k.dienst_personeel)
                        * _kol(k.weken_per_jaar), 0.0)

    @stap
    def roosteruren(self) -> Arr:
        return _som(self.roosteruren_per_dienst)

    @stap
    def ort_gewogen_uren(self) -> Arr:
        return _som(self.ort_uren_per_dienst)

    @stap
    def contracturen(self) -> Arr:
        return kpr.contracturen_per_fte(self.k.contracturen_per_week, self.k.weken_per_jaar)

    @stap
    def netto_uren(self) -> Arr:
        k = self.k
        return kpr.netto_uren_per_fte(self.contracturen, k.verlofuren, k.feestdagen_op_werkdag, k.uren_per_feestdag,
                                      k.verzuimpercentage, k.scholingsuren, k.overleguren, k.overige_uren)

    @stap
    def productiviteit(self) -> Arr:
        return self.netto_uren / self.contracturen

    @stap
    def doorbetalingsfactor(self) -> Arr:
        return np.asarray(np.where(_ja(self.k.ort_doorbetaling), self.contracturen / self.netto_uren, 1.0))

    # --- formatie en loonkosten per functie (Functies; as: functie) ---
    @stap
    def fte(self) -> Arr:
        k = self.k
        uren = _kol(self.roosteruren) * _f(k.functie_aandeel_rooster) * (1 - _f(k.functie_inhuur_aandeel))
        return np.asarray(np.where(_ja(k.functie_is_groep), kpr.fte_uit_uren(uren, _kol(self.netto_uren)),
                                   _f(k.functie_fte_vast)))

    @stap
    def _ort(self) -> Arr:
        """ORT per fte: uit het rooster en de ORT-tabel, of een percentage van het basisjaarsalaris. [EUR/jaar]"""
        k, fte = self.k, self.fte
        heeft_fte = fte > 0
        uren = _kol(self.ort_gewogen_uren) * _f(k.functie_aandeel_rooster) * (1 - _f(k.functie_inhuur_aandeel))
        tabel = kp.ort_per_fte_uit_tabel(uren, k.functie_maandsalaris, _kol(k.ort_uurloon_deler),
                                         _kol(k.ort_maximum_uurloon), np.where(heeft_fte, fte, 1.0),
                                         _kol(self.doorbetalingsfactor))
        return np.asarray(np.where(_ja(k.functie_ort_uit_tabel), np.where(heeft_fte, tabel, 0.0),
                                   _f(k.functie_ort_percentage) * (_f(k.functie_maandsalaris) * MAANDEN_PER_JAAR)))

    @stap
    def _bruto(self) -> kp.Bruto:
        k = self.k
        return kp.bruto_per_fte(k.functie_maandsalaris, _kol(k.vakantietoeslag),
                                _kol(k.vakantietoeslag_minimum_per_maand), _kol(k.eindejaarsuitkering), self._ort)

    @stap
    def basis(self) -> Arr:
        return self._bruto.basis

    @stap
    def vakantietoeslag(self) -> Arr:
        return self._bruto.vakantietoeslag

    @stap
    def eindejaarsuitkering(self) -> Arr:
        return self._bruto.eindejaarsuitkering

    @stap
    def ort(self) -> Arr:
        return self._bruto.ort

    @stap
    def bruto(self) -> Arr:
        return self._bruto.bruto

    @stap
    def pensioengevend(self) -> Arr:
        b = self._bruto
        return b.basis + b.vakantietoeslag + b.eindejaarsuitkering

    @stap
    def _werkgeverslasten_opbouw(self) -> kw.Opbouw:
        k = self.k
        return kw.werkgeverslasten_opbouw(self.bruto, self.pensioengevend, _kol(k.premie_sociaal),
                                          _kol(k.maximumpremieloon), _kol(k.pensioen_werkgeversdeel),
                                          _kol(k.pensioen_franchise), _kol(k.pensioen_maximum),
                                          _kol(k.ao_premie_werkgever), _kol(k.ao_franchise))

    @stap
    def _van_onderop(self) -> NDArray[np.bool_]:
        return _ja(_kol(self.k.werkgeverslasten_opbouw))

    def _deel_van_onderop(self, deel: Arr) -> Arr:
        return np.asarray(np.where(self._van_onderop, deel, np.zeros_like(self.bruto)))

    @stap
    def sociale_premies(self) -> Arr:
        return self._deel_van_onderop(self._werkgeverslasten_opbouw.sociale_premies)

    @stap
    def pensioen(self) -> Arr:
        return self._deel_van_onderop(self._werkgeverslasten_opbouw.pensioen)

    @stap
    def arbeidsongeschiktheid(self) -> Arr:
        return self._deel_van_onderop(self._werkgeverslasten_opbouw.arbeidsongeschiktheid)

    @stap
    def werkgeverslasten(self) -> Arr:
        return np.asarray(np.where(self._van_onderop, self._werkgeverslasten_opbouw.totaal,
                                   self.bruto * _kol(self.k.werkgeverslasten_percentage)))

    @stap
    def overige(self) -> Arr:
        return self.bruto * _kol(self.k.overige_personeelskosten)

    @stap
    def kosten_per_fte(self) -> Arr:
        return self.bruto + self.werkgeverslasten + self.overige

    @stap
    def personeelskosten(self) -> Arr:
        return self.fte * self.kosten_per_fte

    @stap
    def inhuur(self) -> Arr:
        k = self.k
        return kp.inhuurkosten_per_jaar(_kol(self.roosteruren) * _f(k.functie_aandeel_rooster),
                                        _f(k.functie_inhuur_aandeel), k.functie_inhuur_uurtarief)

    @stap
    def totaal(self) -> Arr:
        return self.personeelskosten + self.inhuur

    # --- personeel, huisvesting, cliëntkosten ---
    @stap
    def _amvb_a(self) -> NDArray[np.bool_]:
        return _ja(self.k.functie_amvb_a)

    @stap
    def personeel_a(self) -> Arr:
        return _som(np.where(self._amvb_a, self.totaal, 0.0))

    @stap
    def personeel_b(self) -> Arr:
        return _som(np.where(self._amvb_a, 0.0, self.totaal))

    @stap
    def personeel(self) -> Arr:
        return self.personeel_a + self.personeel_b

    @stap
    def _kapitaallasten(self) -> kh.Kapitaallasten:
        k = self.k
        return kh.kapitaallasten(k.investering, k.afschrijvingstermijn_jaren, k.rentepercentage, k.restwaarde,
                                 _ja(k.rente_over_gemiddeld_vermogen))

    @stap
    def afschrijving(self) -> Arr:
        return self._kapitaallasten.afschrijving

    @stap
    def rente(self) -> Arr:
        return self._kapitaallasten.rente

    @stap
    def huisvesting(self) -> Arr:
        k, afs, ren = self.k, self.afschrijving, self.rente
        return np.asarray(_f(k.huur_per_jaar) + afs[..., 0] + ren[..., 0] + afs[..., 1] + ren[..., 1]
                          + _f(k.energie_en_water) + _f(k.onderhoud_en_schoonmaak)
                          + _f(k.verzekeringen_en_belastingen) + _f(k.overige_huisvesting))

    @stap
    def clientkosten_per_bezet_etmaal(self) -> Arr:
        return _som(_f(self.k.clientkosten_per_bezet_etmaal))

    @stap
    def clientkosten_vast(self) -> Arr:
        return _som(_f(self.k.clientkosten_vast_per_jaar))

    # --- capaciteit, overhead, kostprijs ---
    @stap
    def capaciteit_etmalen(self) -> Arr:
        return _f(self.k.plaatsen) * _f(self.k.dagen_per_jaar)

    @stap
    def bezette_etmalen(self) -> Arr:
        return self.capaciteit_etmalen * _f(self.k.bezettingsgraad)

    @stap
    def overhead_opslag(self) -> Arr:
        return kc.overhead_opslag(self.k.overhead_percentage, self.k.overhead_is_aandeel)

    @stap
    def overhead_grondslag_vast(self) -> Arr:
        k = self.k
        return (self.personeel * _f(k.grondslag_personeel) + self.clientkosten_vast * _f(k.grondslag_clientkosten)
                + self.huisvesting * _f(k.grondslag_huisvesting))

    @stap
    def overhead_vast(self) -> Arr:
        return self.overhead_opslag * self.overhead_grondslag_vast + _f(self.k.overhead_bedrag_per_jaar)

    @stap
    def overhead_per_bezet_etmaal(self) -> Arr:
        return self.overhead_opslag * self.clientkosten_per_bezet_etmaal * _f(self.k.grondslag_clientkosten)

    @stap
    def clientkosten_variabel(self) -> Arr:
        return self.clientkosten_per_bezet_etmaal * self.bezette_etmalen

    @stap
    def clientkosten(self) -> Arr:
        return self.clientkosten_vast + self.clientkosten_variabel

    @stap
    def overhead_variabel(self) -> Arr:
        return self.overhead_per_bezet_etmaal * self.bezette_etmalen

    @stap
    def overhead(self) -> Arr:
        return self.overhead_vast + self.overhead_variabel

    @stap
    def kostprijs(self) -> Arr:
        return self.personeel + self.clientkosten_vast + self.clientkosten_variabel + self.huisvesting + self.overhead

    # --- indexering, risico, tarief ---
    @stap
    def _index_loon(self) -> Arr:
        return 1.0 + _f(self.k.index_loon)

    @stap
    def _index_prijs(self) -> Arr:
        return 1.0 + _f(self.k.index_prijs)

    @stap
    def kostprijs_vast_geindexeerd(self) -> Arr:
        return ((self.personeel + self.overhead_vast) * self._index_loon
                + (self.clientkosten_vast + self.huisvesting) * self._index_prijs)

    @stap
    def kostprijs_per_bezet_etmaal_geindexeerd(self) -> Arr:
        return (self.overhead_per_bezet_etmaal * self._index_loon
                + self.clientkosten_per_bezet_etmaal * self._index_prijs)

    @stap
    def kostprijs_geindexeerd(self) -> Arr:
        return self.kostprijs_vast_geindexeerd + self.kostprijs_per_bezet_etmaal_geindexeerd * self.bezette_etmalen

    @stap
    def indexering(self) -> Arr:
        return self.kostprijs_geindexeerd - self.kostprijs

    @stap
    def risico_opslag(self) -> Arr:
        return kc.risico_opslag(self.k.risico_percentage, self.k.risico_is_aandeel)

    @stap
    def risico_factor(self) -> Arr:
        return 1.0 + self.risico_opslag

    @stap
    def tariefbudget(self) -> Arr:
        return self.kostprijs_geindexeerd * self.risico_factor

    @stap
    def risico(self) -> Arr:
        return self.tariefbudget - self.kostprijs_geindexeerd

    @stap
    def tarief_per_bezet_etmaal(self) -> Arr:
        return self.tariefbudget / self.bezette_etmalen

    @stap
    def tarief_per_plaats_per_jaar(self) -> Arr:
        return self.tariefbudget / _f(self.k.plaatsen)

    @stap
    def tarief_per_plaats_per_maand(self) -> Arr:
        return self.tariefbudget / _f(self.k.plaatsen) / MAANDEN_PER_JAAR

    @stap
    def vast_per_jaar(self) -> Arr:
        return self.kostprijs_vast_geindexeerd * self.risico_factor

    @stap
    def vast_per_plaats_per_jaar(self) -> Arr:
        return self.vast_per_jaar / _f(self.k.plaatsen)

    @stap
    def variabel_per_bezet_etmaal(self) -> Arr:
        return self.kostprijs_per_bezet_etmaal_geindexeerd * self.risico_factor

    @stap
    def leegstand_per_bezet_etmaal(self) -> Arr:
        return self.vast_per_jaar / self.bezette_etmalen - self.vast_per_jaar / self.capaciteit_etmalen

    @stap
    def amvb_a(self) -> Arr:
        return self.personeel_a

    @stap
    def amvb_b(self) -> Arr:
        return self.personeel_b + self.clientkosten

    @stap
    def amvb_c(self) -> Arr:
        return self.overhead + self.huisvesting

    @stap
    def amvb_d(self) -> Arr:
        return self.kostprijs_geindexeerd - self.kostprijs


STAPPEN: frozenset[str] = frozenset(n for n, w in vars(Keten).items() if isinstance(w, stap))
"""Alle waarden van de keten (ook de tussenstappen met een ``_`` ervoor)."""

_VELDEN = frozenset(f.name for f in fields(KernInvoer))
_UREN = tuple(f.name for f in fields(Uren))
_FUNCTIES = tuple(f.name for f in fields(Functies))
_OPBOUW = tuple(f.name for f in fields(Opbouw) if f.name not in ("uren", "functies"))
UITKOMSTEN: tuple[str, ...] = _OPBOUW
"""De velden van :class:`Opbouw` die een raster kan vragen (alles behalve ``uren`` en ``functies``)."""


def opbouw(k: KernInvoer) -> Opbouw:
    """De volledige tariefopbouw; alle velden van ``k`` broadcasten (één scenario of een raster).

    Notes
    -----
    ``P = Σ fte x kosten per fte + inhuur`` (per AMvB a en b); ``H = huur + afschrijving + rente +
    posten``; ``M = Σ vast + Σ per etmaal x D``; ``OH = o x (P·g_P + M·g_M + H·g_H) + OH_bedrag``;
    ``K = P + M + H + OH``; ``d = i_loon x (P + OH) + i_prijs x (M + H)``; ``T = (K + d) x (1 + r)``;
    ``tarief = T / D`` met ``D = plaatsen x dagen x bezettingsgraad``. Vast + variabel: dezelfde regels,
    gesplitst naar kosten die met de bezette etmalen meebewegen en kosten die dat niet doen. Elke regel staat
    één keer, in :class:`Keten`.
    """
    v = Keten(k)
    return Opbouw(uren=Uren(*(getattr(v, n) for n in _UREN)), functies=Functies(*(getattr(v, n) for n in _FUNCTIES)),
                  **{n: getattr(v, n) for n in _OPBOUW})


def uitkomsten(k: KernInvoer, namen: Iterable[str]) -> dict[str, Arr]:
    """Alleen de gevraagde waarden van de keten (velden van :class:`Opbouw`, :class:`Uren` of :class:`Functies`);
    de rest wordt niet berekend. Dezelfde bewerkingen als :func:`opbouw`, dus dezelfde getallen.

    >>> # uitkomsten(kern, ["tarief_per_bezet_etmaal"])["tarief_per_bezet_etmaal"]
    """
    v = Keten(k)
    uit: dict[str, Arr] = {}
    for n in namen:
        if n not in STAPPEN or n.startswith("_"):
            raise KeyError(f"onbekende uitkomst van de keten: {n}")
        uit[n] = np.asarray(getattr(v, n))
    return uit
