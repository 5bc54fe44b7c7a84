"""Het tabblad Uitgangspunten: elke invoer in één benoemde, gekleurde en gevalideerde cel.

Elke invoercel draagt haar soort (:mod:`kostprijs.excel.soorten`): vast (uit het register), suggestie of
eigen waarde; in de kleur van de cel en, bij losse velden, in de kolom Soort. Een waarde uit het register
of een suggestie heeft een opmerking met haar bron; een eigen waarde niet. Zo is de regel eenvoudig: een
invoercel met een opmerking kreeg haar waarde van elders, een cel zonder opmerking is van de gebruiker.
Diensten en functies hebben vrije regels (:func:`kostprijs.excel.velden.regels`) die de formules
meenemen en die ``kostprijs lees-excel`` leest zodra ze zijn ingevuld.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from kostprijs.errors import KostprijsFout
from kostprijs.excel import velden as v
from kostprijs.excel.afdruk import rijhoogte
from kostprijs.excel.blad import Blad, cel
from kostprijs.excel.soorten import TEKST, SoortWaarde, expliciet, herkomst_tekst, soort_waarde
from kostprijs.figuren import INVOER
from kostprijs.inputs import KwvModel, dagnummers, minuten
from kostprijs.io.meldingen import pad_tekst, pad_uit_tekst
from kostprijs.keuzes import label as keuzelabel
from kostprijs.notatie import nl_getal
from kostprijs.oplossen import ORT_BANDEN_REGISTER, Herkomst
from kostprijs.results import Resultaat

UITLEG_KOLOM = 4
"""Kolom E: de uitleg bij een los veld loopt over de kolommen E tot en met de laatste."""
LAATSTE_KOLOM = 12
BREEDTES: list[float] = [36, 18, 24, 16, 10, 10, 16, 10, 10, 12, 10, 14, 14]
"""Kolombreedtes van Uitgangspunten (A tot en met M)."""


def _grens(veld: v.Veld, g: float) -> str:
    return f"{nl_getal(100 * g, 0)}%" if veld.notatie == "procent" else nl_getal(g, 0 if g == int(g) else 2)


def _validatie(veld: v.Veld) -> dict[str, Any]:
    titel = veld.label[:32]
    if veld.soort in ("keuze", "janee"):
        keuzes = ", ".join(veld.keuzes)
        return {"validate": "list", "source": list(veld.keuzes), "input_title": titel,
                "input_message": ("Kies uit de lijst: " + keuzes)[:255],
                "error_title": "Ongeldige keuze", "error_message": ("Kies een waarde uit de lijst: " + keuzes)[:255]}
    if veld.soort == "tekst":
        return {"validate": "length", "criteria": "between", "minimum": 0 if not veld.verplicht else 1,
                "maximum": 200, "input_title": titel, "input_message": "Tekst, hoogstens 200 tekens.",
                "error_title": "Ongeldige tekst", "error_message": "Vul tekst in van 1 tot 200 tekens."}
    if veld.soort == "tijd":
        return {"validate": "decimal", "criteria": "between", "minimum": 0, "maximum": 1,
                "input_title": titel, "input_message": "Kloktijd als uu:mm, bijvoorbeeld 07:00.",
                "error_title": "Ongeldige tijd", "error_message": "Vul een kloktijd in als uu:mm (00:00 tot 24:00)."}
    geheel = veld.soort in ("geheel", "vlag")
    lo, hi = veld.minimum or 0, veld.maximum if veld.maximum is not None else 1e9
    procent = veld.notatie == "procent"
    bereik = f"{_grens(veld, lo)} en {_grens(veld, hi)}"
    soort = "een geheel getal" if geheel else ("een percentage" if procent else "een getal")
    extra = " (de grens zelf niet)" if veld.strikt_boven_minimum or veld.strikt_onder_maximum else ""
    return {"validate": "integer" if geheel else "decimal", "criteria": "between", "minimum": lo,
            "maximum": hi, "input_title": titel,
            "input_message": f"Vul {soort} in tussen {bereik}{extra}. Eenheid: {veld.eenheid}."[:255],
            "error_title": "Ongeldige waarde",
            "error_message": f"Dit moet {soort} zijn tussen {bereik}{extra}."[:255]}


def _bereiken(cellen: list[tuple[int, int]]) -> list[str]:
    """Cellen (rij, kolom) als bereiken: opeenvolgende rijen in één kolom worden ``B10:B21``."""
    uit: list[str] = []
    for kol in sorted({k for _, k in cellen}):
        rijen = sorted(r for r, k in cellen if k == kol)
        begin = vorige = rijen[0]
        for r in [*rijen[1:], None]:
            if r is not None and r == vorige + 1:
                vorige = r
                continue
            uit.append(cel(begin, kol) if begin == vorige else f"{cel(begin, kol)}:{cel(vorige, kol)}")
            if r is not None:
                begin = vorige = r
    return uit


def _celwaarde(veld: v.Veld, waarde: Any) -> Any:
    if waarde is None or isinstance(waarde, dict):  # een blok (werkgeverslasten van onderop) staat elders
        return None
    if veld.soort == "tijd":
        return minuten(str(waarde)) / 1440
    if veld.soort == "janee":
        return keuzelabel("janee", "ja" if waarde else "nee")
    if veld.soort == "keuze" and veld.keuzeveld:
        return keuzelabel(veld.keuzeveld, str(waarde))
    return waarde


def _zet(data: dict[str, Any], pad: str, waarde: Any) -> None:
    """Zet ``waarde`` op een YAML-pad als ``functies[0].maandsalaris`` in geneste dicts en lijsten."""
    delen = pad_uit_tekst(pad)
    plek: Any = data
    for d in delen[:-1]:
        if isinstance(d, int):
            plek = plek[d]
        else:
            if plek.get(d) is None:
                plek[d] = [] if d == "banden" else {}
            plek = plek[d]
    laatste = delen[-1]
    if isinstance(laatste, int):
        while len(plek) <= laatste:
            plek.append({})
        plek[laatste] = waarde
    else:
        plek[laatste] = waarde


def standaarden(herkomst: tuple[Herkomst, ...] | list[Herkomst]) -> dict[str, Any]:
    """De waarden die niet in het model staan maar uit register, kalender of salaristabel komen, op YAML-pad.

    Een ORT-band uit het register wordt een volledige band (dagen, van, tot, percentage).
    """
    uit: dict[str, Any] = {}
    for h in herkomst:
        if h.soort == "eigen" or not isinstance(h.waarde, float):
            continue
        if h.veld.startswith("ort_tabel.banden["):
            i = int(h.veld.split("[")[1].rstrip("]"))
            _, dagen, van, tot = ORT_BANDEN_REGISTER[i]
            uit[h.veld] = {"dagen": dagen, "van": van, "tot": tot, "percentage": h.waarde}
        elif not h.veld.startswith(("loonkosten.werkgeverslasten.", "indexering.")):
            uit[h.veld] = h.waarde
    return uit


def beschrijving_parameter(model: KwvModel, parameter: str | None) -> str:
    """De omschrijving van een parameter in het register (leeg als die er niet is)."""
    if not parameter:
        return ""
    from kostprijs.parameters import register_met_regio

    try:
        return register_met_regio(model.parameters.map).definitie(parameter).beschrijving
    except (KostprijsFout, KeyError):
        return ""


class InvoerBlad:
    """Schrijft het tabblad Uitgangspunten voor één model: eigen waarden, die uit het register, vrije regels."""

    def __init__(self, blad: Blad, model: KwvModel, res: Resultaat, diensten: int, functies: int) -> None:
        self.b, self.m, self.res = blad, model, res
        self.diensten, self.functies = diensten, functies
        self.data = model.model_dump()
        self.herkomst = {h.veld: h for h in res.herkomst}
        self.validaties: dict[v.Veld, list[tuple[int, int]]] = {}
        """De cellen per veld: de regels van een tabelkolom delen één validatie."""
        # Waarden uit het register, de kalender of de salaristabel gaan als getal het werkboek in.
        for pad, waarde in standaarden(res.herkomst).items():
            _zet(self.data, pad, waarde)

    def soort(self, pad: tuple[str | int, ...]) -> tuple[SoortWaarde, Herkomst | None]:
        """Soort en herkomst van de waarde op ``pad``; een vrije regel is eigen."""
        h = self.herkomst_van(pad)
        return soort_waarde(h, expliciet(self.m, pad)), h

    def invoercel(self, rij: int, kol: int, veld: v.Veld, naam: str, waarde: Any,
                  pad: tuple[str | int, ...], vrij: bool = False) -> SoortWaarde:
        b, ws = self.b, self.b.ws
        soort, h = ("eigen", None) if vrij else self.soort(pad)
        stijl = b.op.cel({"vast": "invoer_vast", "suggestie": "invoer_suggestie", "eigen": "invoer"}[soort],
                         veld.notatie)
        w = None if vrij else _celwaarde(veld, waarde)
        if w is None:
            ws.write_blank(rij, kol, None, stijl)
        elif isinstance(w, str):
            b.tekst(rij, kol, w, stijl)
            b.hoogte(rij, rijhoogte(w, b.breedte(kol, kol)))
        else:
            ws.write_number(rij, kol, float(w) if not isinstance(w, int) else w, stijl)
        b.noem(naam, rij, kol)
        b.reg.invoer[naam] = f"{b.naam}!{cel(rij, kol)}"
        self.validaties.setdefault(veld, []).append((rij, kol))
        # alleen een waarde van elders (register, kalender, salaristabel, standaard) krijgt een opmerking met haar
        # bron; een eigen waarde en een vrije regel niet (kop, kleur en handleiding leggen ze uit)
        if soort != "eigen":
            ws.write_comment(rij, kol, self.opmerking(veld, soort, h),
                             {"author": "kostprijs", "x_scale": 2.5, "y_scale": 1.8})
        return soort

    def opmerking(self, veld: v.Veld, soort: SoortWaarde, h: Herkomst | None) -> str:
        """De opmerking bij een invoercel met een waarde van elders: soort, label met eenheid, herkomst en uitleg."""
        regels = [f"{TEKST[soort][0].upper()}{TEKST[soort][1:]}. {veld.label} ({veld.eenheid or 'tekst'})."]
        if h is not None and h.soort != "eigen":
            regels.append(herkomst_tekst(h, beschrijving_parameter(self.m, h.parameter)))
            if h.parameter:
                regels.append(f"Parameter in het register: {h.parameter}.")
        elif soort == "suggestie":
            regels.append("Het model noemt dit veld niet; dit is de standaard van kostprijs.")
        if veld.uitleg:
            regels.append(veld.uitleg)
        return "\n".join(regels)

    def herkomst_van(self, pad: tuple[str | int, ...]) -> Herkomst | None:
        """De herkomst van het veld op ``pad`` (ook van een ORT-band of een maandsalaris), of ``None``."""
        while pad:
            if pad_tekst(pad) in self.herkomst:
                return self.herkomst[pad_tekst(pad)]
            pad = pad[:-1]
        return None

    def sectie(self, s: v.Sectie, waarden: dict[str, Any] | None = None) -> None:
        b = self.b
        b.kop(s.titel, LAATSTE_KOLOM + 1)
        bron = waarden if waarden is not None else self._blok(s.pad)
        for veld in s.velden:
            pad = (*s.pad, veld.sleutel)
            b.label(b.rij, 0, veld.label)
            soort = self.invoercel(b.rij, 1, veld, v.naam(s.voorvoegsel, veld.sleutel), bron.get(veld.sleutel), pad)
            b.label(b.rij, 2, veld.eenheid)
            b.ws.write_string(b.rij, 3, TEKST[soort], b.op.soortlabel)
            h = self.herkomst_van(pad)
            uitleg = veld.uitleg
            if h is not None and h.soort != "eigen":
                uitleg = herkomst_tekst(h, beschrijving_parameter(self.m, h.parameter))
            if uitleg:
                b.tekstvak(b.rij, UITLEG_KOLOM, LAATSTE_KOLOM, uitleg, b.op.toelichting)
            b.rij += 1

    def tabel(self, t: v.Tabel, rijen: list[dict[str, Any]], aantal: int | None = None) -> None:
        """Een tabel met een regel per element; ``aantal`` regels (de rest zijn vrije regels)."""
        b = self.b
        b.kop(t.titel, max(len(t.kolommen), LAATSTE_KOLOM + 1))
        if t.uitleg:
            b.tekstvak(b.rij, 0, LAATSTE_KOLOM, t.uitleg, b.op.uitleg)
            b.rij += 1
        b.koppen([f"{kol.label} ({kol.eenheid})" if kol.eenheid and kol.soort not in ("keuze", "janee", "vlag")
                  else kol.label for kol in t.kolommen])
        for i in range(1, max(aantal or 0, len(rijen)) + 1):
            rij = rijen[i - 1] if i <= len(rijen) else {}
            for k, kol in enumerate(t.kolommen):
                self.invoercel(b.rij, k, kol, v.naam(t.voorvoegsel, kol.sleutel, i), rij.get(kol.sleutel),
                               (*t.pad, i - 1, kol.sleutel), vrij=i > len(rijen))
            b.rij += 1

    def _blok(self, pad: tuple[str, ...]) -> dict[str, Any]:
        uit: Any = self.data
        for p in pad:
            uit = uit[p]
        return dict(uit)

    def schrijf(self) -> None:
        d, m = self.data, self.m
        self.b.koppen(["Gegeven", "Waarde", "Eenheid", "Soort", "Toelichting (de bron ook in de opmerking bij de cel)"])
        self.sectie(v.SECTIES[0])
        self.sectie(v.RISICO_SECTIE, {"risico_opslag": d["risico_opslag"]})
        self.sectie(v.SECTIES[1])
        self.sectie(v.SECTIES[2], {c: c in d["conventies"]["overhead_grondslag"]
                                   for c in ("personeel", "clientkosten", "huisvesting")})
        for s in v.SECTIES[3:]:
            self.sectie(s)
        self.tabel(v.DIENSTEN, [_dienst(x) for x in d["rooster"]["diensten"]], self.diensten)
        functies = v.FUNCTIES
        if m.ort_tabel is None:  # zonder ORT-tabel kan 'uit het rooster' niet: alleen geen of percentage
            functies = replace(functies, kolommen=tuple(
                replace(k, keuzeveld="ort_methode_zonder_tabel") if k.sleutel == "ort_methode" else k
                for k in functies.kolommen))
        self.tabel(functies, [_functie(x) for x in d["functies"]], self.functies)
        if m.ort_tabel is not None:
            self.sectie(v.ORT_SECTIE)
            self.tabel(v.ORT_BANDEN, [_band(x) for x in d["ort_tabel"]["banden"]])
        ck = d["clientkosten"]
        self.tabel(v.CLIENT_DAG, [{"naam": v.postnaam(k), "bedrag": w} for k, w in ck["per_bezet_etmaal"].items()])
        self.tabel(v.CLIENT_VAST, [{"naam": v.postnaam(k), "bedrag": w} for k, w in ck["vast_per_jaar"].items()])
        self._huisvesting()
        self.sectie(v.OVERHEAD_SECTIE)
        self._vast()
        self._schrijf_validaties()

    def _schrijf_validaties(self) -> None:
        """Eén validatie per soort invoer, over al haar cellen (XlsxWriter ``multi_range``)."""
        for veld, cellen in self.validaties.items():
            (r0, k0), bereiken = cellen[0], _bereiken(cellen)
            self.b.ws.data_validation(r0, k0, r0, k0, {**_validatie(veld), "multi_range": " ".join(bereiken)})

    def _huisvesting(self) -> None:
        h = self.data["huisvesting"]
        posten = v.Sectie("Huisvesting", ("huisvesting",), "huisvesting",
                          ((v.HUUR,) if h["huur_per_jaar"] is not None else ()) + v.HUISVESTING_POSTEN)
        self.sectie(posten)
        if h["eigendom"] is not None:
            self.sectie(v.EIGENDOM_SECTIE)
        if h["inventaris"] is not None:
            self.sectie(v.INVENTARIS_SECTIE)

    def _vast(self) -> None:
        """Werkgeverslasten van onderop: de premies en pensioenbedragen uit het register, als vaste cellen."""
        k = self.res.kern
        if k is None or not float(np.asarray(k.werkgeverslasten_opbouw, dtype=float)):
            return
        b = self.b
        b.kop("Werkgeverslasten van onderop (uit het register; wijzig ze in het model)", LAATSTE_KOLOM + 1)
        for naam, veld in WERKGEVER:
            label, eenheid, _ = INVOER[veld]
            b.label(b.rij, 0, label)
            b.ws.write_number(b.rij, 1, float(np.asarray(getattr(k, veld), dtype=float)),
                              b.op.cel("vast", "procent" if eenheid == "%" else "geld"))
            b.noem(naam, b.rij, 1)
            b.ws.write_string(b.rij, 3, TEKST["vast"], b.op.soortlabel)
            regels = [herkomst_tekst(h, beschrijving_parameter(self.m, h.parameter)) for h in self.res.herkomst
                      if h.veld.startswith("loonkosten.werkgeverslasten.")
                      and veld in _VELD_HERKOMST.get(h.veld.rsplit(".", 1)[1], ())]
            b.tekstvak(b.rij, UITLEG_KOLOM, LAATSTE_KOLOM, " ".join(regels)[:2000] or "Door kostprijs bepaald.",
                       b.op.toelichting)
            b.rij += 1


WERKGEVER: tuple[tuple[str, str], ...] = (
    ("werkgever_premie_sociaal", "premie_sociaal"),
    ("werkgever_maximumpremieloon", "maximumpremieloon"),
    ("werkgever_pensioen_werkgeversdeel", "pensioen_werkgeversdeel"),
    ("werkgever_pensioen_franchise", "pensioen_franchise"),
    ("werkgever_pensioen_maximum", "pensioen_maximum"),
    ("werkgever_ao_premie", "ao_premie_werkgever"),
    ("werkgever_ao_franchise", "ao_franchise"),
)
"""Vaste cellen voor werkgeverslasten van onderop: naam in het werkboek en veld van de kern (label en eenheid
uit :data:`kostprijs.figuren.INVOER`, waar de formules ze ook vandaan halen)."""

_VELD_HERKOMST: dict[str, tuple[str, ...]] = {
    "awf": ("premie_sociaal",), "aof": ("premie_sociaal",), "kinderopvangtoeslag": ("premie_sociaal",),
    "whk": ("premie_sociaal",), "zvw": ("premie_sociaal",), "maximumpremieloon": ("maximumpremieloon",),
    "pensioen_werkgeversdeel": ("pensioen_werkgeversdeel",), "pensioen_franchise": ("pensioen_franchise",),
    "pensioen_maximum": ("pensioen_maximum",), "arbeidsongeschiktheid_werkgever": ("ao_premie_werkgever",),
    "arbeidsongeschiktheid_franchise": ("ao_franchise",),
}


def _vlaggen(dagen: Any) -> dict[str, int]:
    nummers = dagnummers(dagen)
    return {d: int(i in nummers) for i, d in enumerate(("ma", "di", "wo", "do", "vr", "za", "zo"))}


def _dienst(x: dict[str, Any]) -> dict[str, Any]:
    return {**x, **_vlaggen(x["dagen"])}


def _band(x: dict[str, Any]) -> dict[str, Any]:
    return {**x, **_vlaggen(x["dagen"])}


def _functie(x: dict[str, Any]) -> dict[str, Any]:
    ort, inhuur = x.get("ort"), x.get("inhuur")
    return {**x, "ort_methode": ort["methode"] if ort else "geen",
            "ort_percentage": ort.get("percentage") if ort else None,
            "inhuur_aandeel": inhuur["aandeel_roosteruren"] if inhuur else None,
            "inhuur_uurtarief": inhuur["uurtarief"] if inhuur else None}
