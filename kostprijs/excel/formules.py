"""Eén tabel met elke Excel-formule van het werkboek, naast de figuur van Python die ze moet opleveren.

Elke rij is ``naam van de afgeleide cel -> (formule, figuursleutel of None)``. De formules volgen de
rekenkern (:mod:`kostprijs.core`) in dezelfde volgorde van bewerkingen, zodat Excel en Python ook in
de laatste bit gelijk rekenen; afronden (``ROUND``) gebeurt alleen in de gerapporteerde cellen, zoals
:func:`kostprijs.core.afronding.rond_af`. Alleen functies die elk rekenblad kent (``IF``, ``MAX``,
``MIN``, ``MOD``, ``HOUR``, ``MINUTE``, ``AND``, ``N``, ``ROUND``). ``{d}`` is het voorvoegsel van een
dienst (``dienst_1``), ``{f}`` dat van een functie (``functie_2``), ``{slug}`` de sleutel in Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from kostprijs.inputs import WEEKDAGEN

_ORT_TABEL = (
    'IF(AND({f}_ort_methode="tabel",{f}_formatie>0),ort_gewogen_uren_per_jaar*{f}_aandeel*(1-{f}_inhuur_aandeel)'
    "*MIN({f}_maandsalaris/ort_tabel_uurloon_deler,ort_tabel_maximum_uurloon)"
    '*IF(ort_tabel_doorbetaling_bij_afwezigheid="ja",contracturen_per_fte/netto_uren_per_fte,1)/{f}_formatie,0)'
)

FORMULES: dict[str, tuple[str, str | None]] = {
    # --- Formatie (core/rooster.py, core/productiviteit.py) ---
    "weken_per_jaar": ('IF(conventie_weken_per_jaar&""="52",52,IF(conventie_weken_per_jaar&""="365.25/7",'
                       "365.25/7,365/7))", None),
    "{d}_duur": ("MOD((HOUR({d}_eind)*60+MINUTE({d}_eind))-(HOUR({d}_begin)*60+MINUTE({d}_begin)),1440)/60",
                 None),
    "{d}_dagen_per_week": ("+".join(f"{{d}}_{w}" for w in WEEKDAGEN), None),
    "{d}_telfactor": ('IF({d}_soort="wakker",telfactor_wakker,IF({d}_soort="slaap",telfactor_slaap,'
                      "telfactor_waak))", None),
    "{d}_roosteruren": ("{d}_duur*{d}_personeel*{d}_dagen_per_week*{d}_telfactor*weken_per_jaar",
                        "roosteruren.{slug}"),
    "{d}_ort_uren_per_jaar": ('IF({d}_soort="wakker",{d}_ort_uren_per_week*{d}_personeel*weken_per_jaar,0)',
                              None),
    "roosteruren_per_jaar": ("{som}", "roosteruren_per_jaar"),
    "ort_gewogen_uren_per_jaar": ("{som}", "ort_gewogen_uren_per_jaar"),
    "feestdagen_op_werkdag": ("productiviteit_feestdagen_op_werkdag", "feestdagen_op_werkdag"),
    "contracturen_per_fte": ("productiviteit_contracturen_per_week*weken_per_jaar", "contracturen_per_fte"),
    "netto_uren_per_fte": (
        "contracturen_per_fte-productiviteit_verlofuren"
        "-productiviteit_feestdagen_op_werkdag*productiviteit_uren_per_feestdag"
        "-productiviteit_verzuimpercentage*contracturen_per_fte-productiviteit_scholingsuren"
        "-productiviteit_overleguren-productiviteit_overige_uren", "netto_uren_per_fte"),
    "productiviteit_netto": ("netto_uren_per_fte/contracturen_per_fte", "productiviteit"),
    "{f}_aandeel": ('IF({f}_soort="groep",IF({f}_aandeel_rooster="",1,{f}_aandeel_rooster),0)', None),
    "{f}_formatie": ('IF({f}_soort="groep",roosteruren_per_jaar*{f}_aandeel*(1-{f}_inhuur_aandeel)'
                     "/netto_uren_per_fte,{f}_fte)", "fte.{slug}"),
    # --- Personeelskosten (core/personeel.py) ---
    "{f}_basis": ("{f}_maandsalaris*12", "basissalaris_per_fte.{slug}"),
    "{f}_vakantietoeslag": ("MAX(loonkosten_vakantietoeslag*{f}_basis,"
                            "loonkosten_vakantietoeslag_minimum_per_maand*12)", "vakantietoeslag_per_fte.{slug}"),
    "{f}_eindejaarsuitkering": ("loonkosten_eindejaarsuitkering*{f}_basis", "eindejaarsuitkering_per_fte.{slug}"),
    "{f}_ort": ('IF({f}_ort_methode="percentage",{f}_ort_percentage*{f}_basis,{tabel})', "ort_per_fte.{slug}"),
    "{f}_bruto": ("{f}_basis+{f}_vakantietoeslag+{f}_eindejaarsuitkering+{f}_ort", "bruto_per_fte.{slug}"),
    "{f}_werkgeverslasten": ("{f}_bruto*loonkosten_werkgeverslasten", "werkgeverslasten_per_fte.{slug}"),
    "{f}_overige": ("{f}_bruto*loonkosten_overige_personeelskosten", "overige_personeelskosten_per_fte.{slug}"),
    "{f}_kosten_per_fte": ("{f}_bruto+{f}_werkgeverslasten+{f}_overige", "kosten_per_fte.{slug}"),
    "{f}_personeelskosten": ("{f}_formatie*{f}_kosten_per_fte", "personeelskosten.{slug}"),
    "{f}_inhuur": ("roosteruren_per_jaar*{f}_aandeel*N({f}_inhuur_aandeel)*N({f}_inhuur_uurtarief)",
                   "inhuurkosten.{slug}"),
    "{f}_totaal": ("{f}_personeelskosten+{f}_inhuur", None),
    "personeel_a": ("{som}", None),
    "personeel_b": ("{som}", None),
    "personeelskosten_per_jaar": ("personeel_a+personeel_b", "personeelskosten_per_jaar"),
    # --- Huisvesting (core/huisvesting.py) ---
    "hv_huur": ("huisvesting_huur_per_jaar", None),
    "hv_afschrijving_{inv}": ("({pre}_investering-{pre}_restwaarde)/{pre}_afschrijvingstermijn_jaren",
                              "huisvesting.afschrijving_{inv}"),
    "hv_rente_{inv}": ('IF({pre}_rente_over="gemiddeld_vermogen",{pre}_rentepercentage*(({pre}_investering'
                       "+{pre}_restwaarde)/2),{pre}_rentepercentage*{pre}_investering)", "huisvesting.rente_{inv}"),
    "hv_{post}": ("huisvesting_{post}", None),
    "huisvesting_per_jaar": ("{som}", "huisvesting_per_jaar"),
    # --- Cliëntkosten ---
    "materiele_kosten_per_bezet_etmaal": ("{som}", "materiele_kosten_per_bezet_etmaal"),
    "clientkosten_vast_per_jaar": ("{som}", "clientkosten_vast_per_jaar"),
    # --- Overhead (core/overhead.py, core/tarief.py) ---
    "overhead_opslag": ('IF(conventie_overhead_conventie="aandeel_totaal",overhead_percentage'
                        '/(1-overhead_percentage),IF(conventie_overhead_conventie="opslag_direct",'
                        "overhead_percentage,0))", None),
    "overhead_g_{comp}": ('IF(grondslag_{comp}="ja",1,0)', None),
    "overhead_bedrag": ("N(overhead_bedrag_per_jaar)", None),
    "overhead_grondslag_vast": ("personeelskosten_per_jaar*overhead_g_personeel+clientkosten_vast_per_jaar"
                                "*overhead_g_clientkosten+huisvesting_per_jaar*overhead_g_huisvesting", None),
    "overhead_vast": ("overhead_opslag*overhead_grondslag_vast+overhead_bedrag", "overhead_vast_per_jaar"),
    "overhead_per_bezet_etmaal_var": ("overhead_opslag*materiele_kosten_per_bezet_etmaal*overhead_g_clientkosten",
                                      None),
    "overhead_variabel": ("overhead_per_bezet_etmaal_var*bezette_etmalen", "overhead_variabel_per_jaar"),
    "overhead_per_jaar": ("overhead_vast+overhead_per_bezet_etmaal_var*bezette_etmalen", "overhead_per_jaar"),
    # --- Tariefopbouw (core/tarief.py) ---
    "tarief_personeel": ("personeelskosten_per_jaar", None),
    "tarief_huisvesting": ("huisvesting_per_jaar", None),
    "tarief_overhead": ("overhead_per_jaar", None),
    "toelichting_tarief": ("tarief_per_bezet_etmaal_afgerond", None),
    "capaciteit_etmalen": ("kwv_plaatsen*kwv_dagen_per_jaar", None),
    "bezette_etmalen": ("kwv_plaatsen*kwv_dagen_per_jaar*kwv_bezettingsgraad", "bezette_etmalen"),
    "clientkosten_variabel": ("materiele_kosten_per_bezet_etmaal*bezette_etmalen", "clientkosten_variabel_per_jaar"),
    "clientkosten_per_jaar": ("clientkosten_vast_per_jaar+clientkosten_variabel", "clientkosten_per_jaar"),
    "kostprijs_per_jaar": ("personeelskosten_per_jaar+clientkosten_vast_per_jaar+clientkosten_variabel"
                           "+huisvesting_per_jaar+overhead_per_jaar", "kostprijs_per_jaar"),
    "kostprijs_vast_geindexeerd": ("(personeelskosten_per_jaar+overhead_vast)*(1+index_loon)"
                                   "+(clientkosten_vast_per_jaar+huisvesting_per_jaar)*(1+index_prijs)", None),
    "kostprijs_dag_geindexeerd": ("overhead_per_bezet_etmaal_var*(1+index_loon)"
                                  "+materiele_kosten_per_bezet_etmaal*(1+index_prijs)", None),
    "kostprijs_geindexeerd": ("kostprijs_vast_geindexeerd+kostprijs_dag_geindexeerd*bezette_etmalen", None),
    "indexering_per_jaar": ("kostprijs_geindexeerd-kostprijs_per_jaar", "indexering_per_jaar"),
    "risico_opslag_effectief": ('IF(conventie_risico_grondslag="kostprijs",kwv_risico_opslag,'
                                "kwv_risico_opslag/(1-kwv_risico_opslag))", None),
    "risico_factor": ("1+risico_opslag_effectief", None),
    "tariefbudget_per_jaar": ("kostprijs_geindexeerd*risico_factor", "tariefbudget_per_jaar"),
    "risico_per_jaar": ("tariefbudget_per_jaar-kostprijs_geindexeerd", "risico_per_jaar"),
    "tarief_per_bezet_etmaal": ("tariefbudget_per_jaar/bezette_etmalen", "tarief_per_bezet_etmaal"),
    "tarief_per_plaats_per_jaar": ("tariefbudget_per_jaar/kwv_plaatsen", "tarief_per_plaats_per_jaar"),
    "tarief_per_plaats_per_maand": ("tariefbudget_per_jaar/kwv_plaatsen/12", "tarief_per_plaats_per_maand"),
    "{comp}_per_bezet_etmaal": ("{per_jaar}/bezette_etmalen", "{comp}_per_bezet_etmaal"),
    "amvb_a": ("personeel_a/bezette_etmalen", "amvb_a_per_bezet_etmaal"),
    "amvb_b": ("(personeel_b+clientkosten_per_jaar)/bezette_etmalen", "amvb_b_per_bezet_etmaal"),
    "amvb_c": ("(overhead_per_jaar+huisvesting_per_jaar)/bezette_etmalen", "amvb_c_per_bezet_etmaal"),
    "amvb_d": ("indexering_per_jaar/bezette_etmalen", "amvb_d_per_bezet_etmaal"),
    "amvb_buiten": ("risico_per_jaar/bezette_etmalen", "amvb_buiten_risico_per_bezet_etmaal"),
    "amvb_totaal": ("amvb_a+amvb_b+amvb_c+amvb_d+amvb_buiten", None),
    "amvb_leegstand": ("vast_per_jaar/bezette_etmalen-vast_per_jaar/capaciteit_etmalen",
                       "amvb_waarvan_leegstand_per_bezet_etmaal"),
    "vast_per_jaar": ("kostprijs_vast_geindexeerd*risico_factor", "vast_per_jaar"),
    "vast_per_plaats_per_jaar": ("vast_per_jaar/kwv_plaatsen", "vast_per_plaats_per_jaar"),
    "variabel_per_bezet_etmaal": ("kostprijs_dag_geindexeerd*risico_factor", "variabel_per_bezet_etmaal"),
    # --- Gerapporteerd: afgerond op centen (kostprijs.core.afronding.rond_af) ---
    "{naam}_afgerond": ("ROUND({naam},2)", None),
    # --- Bezetting: één rij per bezettingsgraad; {b} is de cel met de bezettingsgraad van die rij ---
    "bezetting.etmalen": ("kwv_plaatsen*kwv_dagen_per_jaar*{b}", None),
    "bezetting.tariefbudget": ("(kostprijs_vast_geindexeerd+kostprijs_dag_geindexeerd*{etm})*risico_factor", None),
    "bezetting.tarief": ("{budget}/{etm}", None),
    "bezetting.leegstand": ("vast_per_jaar/{etm}-vast_per_jaar/capaciteit_etmalen", None),
}

PER_BEZET_ETMAAL = (
    ("personeel", "personeelskosten_per_jaar"), ("clientkosten", "clientkosten_per_jaar"),
    ("huisvesting", "huisvesting_per_jaar"), ("overhead", "overhead_per_jaar"),
    ("kostprijs", "kostprijs_per_jaar"), ("indexering", "indexering_per_jaar"), ("risico", "risico_per_jaar"),
)
"""Componenten waarvan het werkboek (net als Python) ook het bedrag per bezet etmaal toont."""


def formule(sjabloon: str, **waarden: str) -> str:
    """De formuletekst van ``FORMULES[sjabloon]`` met de plaatshouders ingevuld (zonder ``=``)."""
    tekst, _ = FORMULES[sjabloon]
    if "{tabel}" in tekst:
        waarden.setdefault("tabel", _ORT_TABEL.format(**waarden) if waarden.get("ort_tabel") == "ja" else "0")
    return tekst.format(**waarden)


def figuur(sjabloon: str, **waarden: str) -> str | None:
    """De figuursleutel in Python die bij deze formule hoort, of None voor een tussenresultaat."""
    sleutel = FORMULES[sjabloon][1]
    return None if sleutel is None else sleutel.format(**waarden)


def som(namen: Sequence[str]) -> str:
    """Som in de volgorde van Python (links naar rechts, zonder SUM): ``a+b+c``; leeg geeft ``0``."""
    return "+".join(namen) if namen else "0"


def som_als(paren: Sequence[tuple[str, str]], waarde: str) -> str:
    """``IF(x1="a",y1,0)+IF(x2="a",y2,0)+...``: de som van de ``y`` waarvan de ``x`` gelijk is aan ``waarde``."""
    return som([f'IF({x}="{waarde}",{y},0)' for x, y in paren])
