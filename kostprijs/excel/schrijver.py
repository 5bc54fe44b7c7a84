"""Schrijft het werkboek van één KWV: XlsxWriter, formules met opgeslagen waarden, atomair.

Waarom XlsxWriter: het is de enige schrijver die een formule én het resultaat dat Python berekende in
dezelfde cel zet; lezers die niet herberekenen (pandas, mailvoorbeelden, viewers) tonen zo de juiste
getallen (``docs/werkboek.md#waarom-xlsxwriter-en-openpyxl``). Tekst van gebruikers gaat altijd via
``write_string`` (``strings_to_formulas`` staat uit): ``=HYPERLINK(...)`` blijft tekst.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kostprijs._versie import __version__
from kostprijs.excel import rekenbladen as rb
from kostprijs.excel.blad import Blad, Register
from kostprijs.excel.invoerblad import BREEDTES, InvoerBlad, standaarden
from kostprijs.excel.opmaak import Opmaak
from kostprijs.excel.velden import BASISBLAD
from kostprijs.excel.vrije_regels import aantallen
from kostprijs.inputs import KwvModel
from kostprijs.io.schrijven import atomair
from kostprijs.model import bereken
from kostprijs.results import Resultaat

SCENARIOBLAD = "Scenario's"
BLADEN = ("Toelichting", "Uitgangspunten", "Formatie", "Personeelskosten", "Huisvesting", "Overhead",
          "Tariefopbouw", "Bezetting")


def invoer_hash(model: KwvModel) -> str:
    """SHA-256 van de invoer (JSON van het model): maakt een werkboek herleidbaar tot zijn invoer."""
    return hashlib.sha256(model.model_dump_json().encode("utf-8")).hexdigest()


def schrijf_werkboek(model: KwvModel, pad: str | Path, resultaat: Resultaat | None = None,
                     tabellen: Mapping[str, Any] | None = None) -> Register:
    """Schrijf het werkboek van ``model`` naar ``pad`` (atomair) en geef het register van alle cellen.

    ``tabellen`` (titel -> pandas DataFrame) zijn al berekende scenario-, financierings- of
    aanlooptabellen; ze komen met een grafiek op het tabblad Scenario's.

    Eerst naar een tijdelijk bestand in dezelfde map, dan ``os.replace``: gaat er halverwege iets
    mis, dan blijft een bestaand bestand onaangeroerd en blijft er geen tijdelijk bestand achter.

    Raises
    ------
    KostprijsFout
        Als de map niet bestaat of het bestand niet geschreven kan worden (bijv. open in Excel).
    """
    res = resultaat if resultaat is not None else bereken(model)
    with atomair(pad) as tmp:
        register = _bouw(model, res, tmp, tabellen or {})
    return register


_FUNCTIENAAM = re.compile(r"([A-Z][A-Z0-9._]*)\(")
_KLASSIEK = frozenset({"AND", "HOUR", "HYPERLINK", "IF", "MAX", "MIN", "MINUTE", "MOD", "N", "OR", "ROUND", "SUM"})
"""Functies van het werkboek die al in Excel 2007 bestonden: geen ``_xlfn.``-voorvoegsel nodig."""


def _werkbladklasse() -> type:
    """XlsxWriter's werkblad, met een snelle weg voor formules met alleen klassieke functies.

    XlsxWriter zoekt in elke formule met een dertigtal reguliere expressies naar nieuwe (dynamische)
    functies om er ``_xlfn.`` voor te zetten; voor de 380 formules van het werkboek was dat een kwart van de
    schrijftijd. Noemt een formule alleen functies uit :data:`_KLASSIEK` (de tabel van figuren gebruikt niets
    anders), dan verandert die stap niets en slaan we haar over; elke andere formule gaat de gewone weg.

    En: een samengevoegd gebied (de uitlegvakken, ruim dertig per werkboek) zonder rand krijgt alleen de
    eerste cel; XlsxWriter vult de andere cellen met lege cellen in dezelfde opmaak, wat er zonder rand niet
    anders uitziet (Excel toont de opmaak van de eerste cel) en het blad een kwart groter maakte.
    """
    from xlsxwriter.worksheet import Worksheet

    class Werkblad(Worksheet):  # type: ignore[misc]
        def _prepare_formula(self, formula: str, expand_future_functions: bool = False) -> str:
            if (formula.startswith("=") and not formula.endswith("}") and not self.use_future_functions
                    and not expand_future_functions and _KLASSIEK.issuperset(_FUNCTIENAAM.findall(formula))):
                return formula[1:]
            uit: str = super()._prepare_formula(formula, expand_future_functions)
            return uit

        def merge_range(self, first_row: int, first_col: int, last_row: int, last_col: int, data: Any,
                        cell_format: Any = None) -> int:
            if cell_format is not None and _rand(cell_format):
                return int(super().merge_range(first_row, first_col, last_row, last_col, data, cell_format))
            # zonder rand ziet een lege cel in het samengevoegde gebied er niet anders uit dan geen cel
            self._write_blank = _niets
            try:
                return int(super().merge_range(first_row, first_col, last_row, last_col, data, cell_format))
            finally:
                del self._write_blank

    return Werkblad


def _rand(opmaak: Any) -> bool:
    """Heeft de opmaak een rand? Alleen dan telt de opmaak van de andere cellen van een samengevoegd gebied."""
    return bool(opmaak.top or opmaak.bottom or opmaak.left or opmaak.right or opmaak.diag_type)


def _niets(*_: Any) -> int:
    return 0


_GEWONE_NAAM = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")
"""Een naam van kostprijs: kleine letters en cijfers met minstens één liggend streepje, dus geen celadres."""


def _werkboekklasse() -> type:
    """XlsxWriter's werkboek, met een snelle weg voor de eigen namen van het werkboek.

    XlsxWriter toetst elke benoemde cel met een handvol reguliere expressies (ongeldige tekens, lijkt op een
    celadres of R1C1); een werkboek heeft er ruim 550. Een naam in de vaste vorm van :data:`_GEWONE_NAAM`
    kan geen van die fouten hebben en gaat meteen de lijst in, precies zoals XlsxWriter het zelf doet; elke
    andere naam (of een naam van één blad) gaat de gewone weg.
    """
    import xlsxwriter

    class Werkboek(xlsxwriter.Workbook):  # type: ignore[misc]
        def define_name(self, name: str, formula: str) -> int:
            if len(name) <= 255 and _GEWONE_NAAM.fullmatch(name):
                self.defined_names.append([name, -1, formula.lstrip("="), False])
                return 0
            uit: int = super().define_name(name, formula)
            return uit

    return Werkboek


def _bouw(model: KwvModel, res: Resultaat, pad: Path, tabellen: Mapping[str, Any]) -> Register:
    # in_memory: de XML-delen in het geheugen in plaats van elk als tijdelijk bestand op schijf (sneller, en
    # niets achter te laten in de tijdelijke map)
    wb = _werkboekklasse()(str(pad), {"strings_to_formulas": False, "strings_to_urls": False,
                                        "strings_to_numbers": False, "in_memory": True})
    wb.worksheet_class = _werkbladklasse()
    try:
        return _vul(wb, model, res, tabellen)
    except BaseException:
        wb.fileclosed = True  # niets wegschrijven; het tijdelijke bestand wordt opgeruimd
        raise


def _vul(wb: Any, model: KwvModel, res: Resultaat, tabellen: Mapping[str, Any]) -> Register:
    op, reg = Opmaak(wb), Register()
    assert res.structuur is not None
    diensten, functies = aantallen(res.structuur)
    c = rb.Context.van(res, diensten, functies)
    kop = f"{model.naam} ({model.jaar})"

    def blad(naam: str, titel: str, breedtes: list[float], liggend: bool = False) -> Blad:
        return Blad(wb, op, reg, naam, titel, kop, breedtes, liggend)

    toelichting = blad("Toelichting", "Tariefopbouw kleinschalige woonvoorziening", [30, 22, 78])
    invoer = blad("Uitgangspunten", "Uitgangspunten (de gekleurde cellen zijn invoer)", list(BREEDTES), liggend=True)
    InvoerBlad(invoer, model, res, diensten, functies).schrijf()
    invoer.sluit()
    rekenbladen: tuple[tuple[str, str, list[float], bool], ...] = (
            ("Formatie", "Formatie: van rooster naar uren en fte", [40, 14, 14, 14, 16, 16, 16], True),
            ("Personeelskosten", "Personeelskosten per functie", [40, *[13.0] * 16], True),
            ("Huisvesting", "Huisvestingslasten", [40, 16, 16, 60], False),
            ("Overhead", "Cliëntkosten en overhead", [44, 16, 16, 60], False))
    for naam, titel, breedtes, liggend in rekenbladen:
        b = blad(naam, titel, breedtes, liggend)
        rb.blad(b, c, naam)
        b.sluit()
    tarief = blad("Tariefopbouw", "Tariefopbouw per jaar en per bezet etmaal", [50, 16, 20, 60])
    rb.tariefopbouw(tarief, c)
    tarief.sluit()
    bezetting = blad("Bezetting", "Tarief naar bezettingsgraad", [16, 16, 18, 18, 16, 16], liggend=True)
    rb.bezetting(bezetting, c)
    bezetting.sluit(rb.GRAFIEK_LAATSTE_KOLOM)
    if tabellen:
        from kostprijs.excel.scenarioblad import schrijf_tabellen

        breedte = max(len(t.columns) + 1 for t in tabellen.values())
        scenario = blad(SCENARIOBLAD, "Scenario's (door kostprijs berekend)", [18.0] * breedte, liggend=True)
        schrijf_tabellen(scenario, tabellen)
        scenario.sluit()
    _toelichting(toelichting, model, res, diensten, functies)
    toelichting.sluit()
    _basismodel(wb, model, res)
    for naam, kleur in (("Toelichting", "#1F4E78"), ("Uitgangspunten", "#FFC000")):
        wb.get_worksheet_by_name(naam).set_tab_color(kleur)
    for naam in BLADEN[2:]:
        wb.get_worksheet_by_name(naam).set_tab_color("#70AD47")
    if tabellen:
        wb.get_worksheet_by_name(SCENARIOBLAD).set_tab_color("#A5A5A5")
    toelichting.ws.activate()
    wb.set_properties({"title": f"Tariefopbouw {model.naam}", "subject": "Reële tarieven KWV",
                       "author": "kostprijs", "comments": f"kostprijs {__version__}; invoer {invoer_hash(model)}"})
    wb.set_custom_property("kostprijs_versie", __version__)
    wb.set_custom_property("parameterjaar", str(model.jaar))
    wb.set_custom_property("invoer_sha256", invoer_hash(model))
    wb.set_calc_mode("auto")
    wb.close()
    return reg


def _basismodel(wb: Any, model: KwvModel, res: Resultaat) -> None:
    """Het volledige model als JSON op een verborgen blad: ``lees-excel`` neemt daaruit de delen over
    die niet op Uitgangspunten staan (bijv. indexering, peildatum, salaristabel). In A2 de waarden die uit
    het register kwamen: staat er bij het teruglezen nog dezelfde waarde, dan blijft het veld weggelaten
    (en dus uit het register)."""
    import json

    ws = wb.add_worksheet(BASISBLAD)
    ws.write_string(0, 0, model.model_dump_json())
    ws.write_string(1, 0, json.dumps(standaarden(res.herkomst)))
    ws.protect()
    ws.very_hidden()


def _toelichting(b: Blad, m: KwvModel, res: Resultaat, diensten: int, functies: int) -> None:
    """Het eerste tabblad: een korte handleiding, het kopgetal, de herkomst en de conventies."""
    from kostprijs.excel.toelichting import schrijf_toelichting  # het blad Toelichting schrijft deze module

    schrijf_toelichting(b, m, res, diensten, functies, invoer_hash(m))
