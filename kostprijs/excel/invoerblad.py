"""Het tabblad Uitgangspunten: elke invoer in één benoemde, gekleurde en gevalideerde cel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np
from pydantic import BaseModel

from kostprijs.excel import velden as v
from kostprijs.excel.blad import Blad, cel
from kostprijs.inputs import KwvModel, dagnummers, minuten
from kostprijs.io.meldingen import _submodellen, pad_tekst, pad_uit_tekst
from kostprijs.oplossen import ORT_BANDEN_REGISTER, Herkomst
from kostprijs.results import Resultaat

EXTRA_UITLEG = {
    "ort_methode": "geen, percentage (ORT-percentage x basisjaarsalaris) of tabel (uit het rooster en de ORT-tabel)",
    "inhuur_aandeel": "Deel van de roosteruren van deze functie dat door inhuur (PNIL) wordt gevuld.",
    "grondslag": "ja: de component hoort bij de grondslag van de overhead.",
}


def beschrijving(pad: tuple[str | int, ...]) -> str:
    """De ``description`` van het veld op ``pad`` in :class:`KwvModel` (leeg als er geen is)."""
    klasse: type[BaseModel] | None = KwvModel
    tekst = ""
    for deel in pad:
        if isinstance(deel, int) or klasse is None:
            continue
        veld = klasse.model_fields.get(deel)
        if veld is None:
            return ""
        tekst = veld.description or ""
        sub = _submodellen(veld.annotation)
        klasse = sub[0] if sub else None
    return tekst


def _validatie(veld: v.Veld) -> dict[str, Any]:
    titel = veld.label[:32]
    if veld.soort in ("keuze", "janee"):
        return {"validate": "list", "source": list(veld.keuzes), "input_title": titel,
                "input_message": "Kies uit de lijst: " + ", ".join(veld.keuzes),
                "error_title": "Ongeldige keuze", "error_message": "Kies een waarde uit de lijst: "
                + ", ".join(veld.keuzes)}
    if veld.soort == "tekst":
        return {"validate": "length", "criteria": "between", "minimum": 0 if not veld.verplicht else 1,
                "maximum": 200, "input_title": titel, "input_message": "Tekst, hoogstens 200 tekens.",
                "error_title": "Ongeldige tekst", "error_message": "Vul tekst in van 1 tot 200 tekens."}
    if veld.soort == "tijd":
        return {"validate": "decimal", "criteria": "between", "minimum": 0, "maximum": 1,
                "input_title": titel, "input_message": "Kloktijd als UU:MM, bijvoorbeeld 07:00.",
                "error_title": "Ongeldige tijd", "error_message": "Vul een kloktijd in als UU:MM (00:00-24:00)."}
    geheel = veld.soort in ("geheel", "vlag")
    lo, hi = veld.minimum or 0, veld.maximum if veld.maximum is not None else 1e9
    procent = veld.notatie == "procent"
    bereik = f"{lo:.0%} en {hi:.0%}" if procent else f"{lo:g} en {hi:g}"
    soort = "een geheel getal" if geheel else ("een percentage" if procent else "een getal")
    extra = " (grens zelf niet)" if veld.strikt_boven_minimum or veld.strikt_onder_maximum else ""
    return {"validate": "integer" if geheel else "decimal", "criteria": "between", "minimum": lo,
            "maximum": hi, "input_title": titel,
            "input_message": f"Vul {soort} in tussen {bereik}{extra}. Eenheid: {veld.eenheid}.",
            "error_title": "Ongeldige waarde",
            "error_message": f"Dit moet {soort} zijn tussen {bereik}{extra}."}


def _celwaarde(veld: v.Veld, waarde: Any) -> Any:
    if waarde is None or isinstance(waarde, dict):  # een blok (werkgeverslasten van onderop) staat elders
        return None
    if veld.soort == "tijd":
        return minuten(str(waarde)) / 1440
    if veld.soort == "janee":
        return "ja" if waarde else "nee"
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


def standaarden(herkomst: Sequence[Herkomst]) -> dict[str, Any]:
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


class InvoerBlad:
    """Schrijft het tabblad Uitgangspunten voor één model: de eigen waarden en die uit het register."""

    def __init__(self, blad: Blad, model: KwvModel, res: Resultaat) -> None:
        self.b, self.m, self.res = blad, model, res
        self.data = model.model_dump()
        self.herkomst = {h.veld: h for h in res.herkomst}
        # Waarden uit het register, de kalender of de salaristabel gaan als getal het werkboek in.
        for pad, waarde in standaarden(res.herkomst).items():
            _zet(self.data, pad, waarde)

    def invoercel(self, rij: int, kol: int, veld: v.Veld, naam: str, waarde: Any,
                  pad: tuple[str | int, ...]) -> None:
        b, ws = self.b, self.b.ws
        stijl = b.op.cel("invoer", veld.notatie)
        w = _celwaarde(veld, waarde)
        if w is None:
            ws.write_blank(rij, kol, None, stijl)
        elif isinstance(w, str):
            b.tekst(rij, kol, w, stijl)
        else:
            ws.write_number(rij, kol, float(w) if not isinstance(w, int) else w, stijl)
        b.noem(naam, rij, kol)
        b.reg.invoer[naam] = f"{b.naam}!{cel(rij, kol)}"
        ws.data_validation(rij, kol, rij, kol, _validatie(veld))
        bron = beschrijving(pad) or EXTRA_UITLEG.get(veld.sleutel, "")
        yaml_pad = ".".join(str(p) for p in pad if not isinstance(p, int))
        h = self.herkomst_van(pad)
        herkomst = h.tekst() if h is not None and h.soort != "eigen" else f"Bron: invoermodel, {yaml_pad}"
        ws.write_comment(rij, kol, f"{veld.label} [{veld.eenheid or '-'}]\n{bron}\n{herkomst}"
                         .replace("\n\n", "\n"), {"author": "kostprijs", "x_scale": 2.5, "y_scale": 1.6})

    def herkomst_van(self, pad: tuple[str | int, ...]) -> Herkomst | None:
        """De herkomst van het veld op ``pad`` (ook van een ORT-band of een maandsalaris), of ``None``."""
        while pad:
            if pad_tekst(pad) in self.herkomst:
                return self.herkomst[pad_tekst(pad)]
            pad = pad[:-1]
        return None

    def sectie(self, s: v.Sectie, waarden: dict[str, Any] | None = None, alleen: tuple[str, ...] = ()) -> None:
        b = self.b
        b.kop(s.titel)
        bron = waarden if waarden is not None else self._blok(s.pad)
        for veld in s.velden:
            if alleen and veld.sleutel not in alleen:
                continue
            b.ws.write_string(b.rij, 0, veld.label, b.op.label)
            self.invoercel(b.rij, 1, veld, v.naam(s.voorvoegsel, veld.sleutel), bron.get(veld.sleutel),
                           (*s.pad, veld.sleutel))
            b.ws.write_string(b.rij, 2, veld.eenheid, b.op.label)
            h = self.herkomst_van((*s.pad, veld.sleutel))
            uitleg = beschrijving((*s.pad, veld.sleutel))
            if h is not None and h.soort in ("register", "regio", "kalender", "definitie"):
                wie = {"register": "Uit het register", "regio": "Uit het register van de regio",
                       "kalender": "Uit de kalender", "definitie": "Definitie"}[h.soort]
                uitleg = f"{wie}: {h.parameter or h.toelichting}" + (
                    f", vanaf {h.geldig_vanaf.isoformat()}, status {h.status}" if h.geldig_vanaf else "")
            if uitleg:
                b.ws.write_string(b.rij, 3, uitleg, b.op.label)
            b.rij += 1

    def tabel(self, t: v.Tabel, rijen: list[dict[str, Any]]) -> None:
        b = self.b
        b.kop(t.titel, len(t.kolommen))
        b.koppen([kol.label for kol in t.kolommen])
        for i, rij in enumerate(rijen, start=1):
            for k, kol in enumerate(t.kolommen):
                self.invoercel(b.rij, k, kol, v.naam(t.voorvoegsel, kol.sleutel, i), rij.get(kol.sleutel),
                               (*t.pad, i - 1, kol.sleutel))
            b.rij += 1

    def _blok(self, pad: tuple[str, ...]) -> dict[str, Any]:
        uit: Any = self.data
        for p in pad:
            uit = uit[p]
        return dict(uit)

    def schrijf(self) -> None:
        d, m = self.data, self.m
        self.sectie(v.SECTIES[0])
        self.sectie(v.RISICO_SECTIE, {"risico_opslag": d["risico_opslag"]})
        self.sectie(v.SECTIES[1])
        self.sectie(v.SECTIES[2], {c: c in d["conventies"]["overhead_grondslag"]
                                   for c in ("personeel", "clientkosten", "huisvesting")})
        for s in v.SECTIES[3:]:
            self.sectie(s)
        self.tabel(v.DIENSTEN, [_dienst(x) for x in d["rooster"]["diensten"]])
        functies = v.FUNCTIES
        if m.ort_tabel is None:  # zonder ORT-tabel kan methode 'tabel' niet
            functies = replace(functies, kolommen=tuple(
                replace(k, keuzes=("geen", "percentage")) if k.sleutel == "ort_methode" else k
                for k in functies.kolommen))
        self.tabel(functies, [_functie(x) for x in d["functies"]])
        if m.ort_tabel is not None:
            self.sectie(v.ORT_SECTIE)
            self.tabel(v.ORT_BANDEN, [_band(x) for x in d["ort_tabel"]["banden"]])
        ck = d["clientkosten"]
        self.tabel(v.CLIENT_DAG, [{"naam": k, "bedrag": w} for k, w in ck["per_bezet_etmaal"].items()])
        self.tabel(v.CLIENT_VAST, [{"naam": k, "bedrag": w} for k, w in ck["vast_per_jaar"].items()])
        self._huisvesting()
        self.sectie(v.OVERHEAD_SECTIE)
        self._vast()

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
        b.kop("Werkgeverslasten van onderop (uit het register; wijzig ze in het model)")
        for naam, veld, label, notatie_ in WERKGEVER:
            b.ws.write_string(b.rij, 0, label, b.op.label)
            b.ws.write_number(b.rij, 1, float(np.asarray(getattr(k, veld), dtype=float)), b.op.cel("vast", notatie_))
            b.noem(naam, b.rij, 1)
            regels = [h.tekst() for h in self.res.herkomst if h.veld.startswith("loonkosten.werkgeverslasten.")
                      and veld in _VELD_HERKOMST.get(h.veld.rsplit(".", 1)[1], ())]
            b.ws.write_string(b.rij, 3, "; ".join(regels)[:2000] or "door kostprijs bepaald", b.op.label)
            b.rij += 1


WERKGEVER: tuple[tuple[str, str, str, str], ...] = (
    ("werkgever_premie_sociaal", "premie_sociaal", "Premies werknemersverzekeringen en Zvw", "procent"),
    ("werkgever_maximumpremieloon", "maximumpremieloon", "Maximumpremieloon", "geld"),
    ("werkgever_pensioen_werkgeversdeel", "pensioen_werkgeversdeel", "Werkgeversdeel pensioenpremie", "procent"),
    ("werkgever_pensioen_franchise", "pensioen_franchise", "Franchise pensioen", "geld"),
    ("werkgever_pensioen_maximum", "pensioen_maximum", "Maximum pensioengevend salaris", "geld"),
    ("werkgever_ao_premie", "ao_premie_werkgever", "Premie arbeidsongeschiktheid (werkgever)", "procent"),
    ("werkgever_ao_franchise", "ao_franchise", "Franchise arbeidsongeschiktheid", "geld"),
)
"""Vaste cellen voor werkgeverslasten van onderop: naam, veld van de kern, label, notatie."""

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
