"""Het tabblad Uitgangspunten: elke invoer in één benoemde, gekleurde en gevalideerde cel."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pydantic import BaseModel

from kostprijs.excel import velden as v
from kostprijs.excel.blad import Blad, cel
from kostprijs.inputs import KwvModel, dagnummers, minuten
from kostprijs.io.meldingen import _submodellen

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
    if waarde is None:
        return None
    if veld.soort == "tijd":
        return minuten(str(waarde)) / 1440
    if veld.soort == "janee":
        return "ja" if waarde else "nee"
    return waarde


class InvoerBlad:
    """Schrijft het tabblad Uitgangspunten voor één model."""

    def __init__(self, blad: Blad, model: KwvModel, index: dict[str, float]) -> None:
        self.b, self.m, self.index = blad, model, index
        self.data = model.model_dump()
        # Afgeleide invoer (salaristabel, feestdagenkalender) gaat als getal het werkboek in.
        for f, fd in zip(model.functies, self.data["functies"], strict=True):
            if fd.get("maandsalaris") is None and hasattr(model, "maandsalaris"):
                fd["maandsalaris"] = model.maandsalaris(f)
        p = self.data["productiviteit"]
        if p.get("feestdagen_op_werkdag") == "kalender" and hasattr(model, "aantal_feestdagen_op_werkdag"):
            p["feestdagen_op_werkdag"] = model.aantal_feestdagen_op_werkdag()

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
        ws.write_comment(rij, kol, f"{veld.label} [{veld.eenheid or '-'}]\n{bron}\nBron: invoermodel, {yaml_pad}"
                         .replace("\n\n", "\n"), {"author": "kostprijs", "x_scale": 2.5, "y_scale": 1.6})

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
            uitleg = beschrijving((*s.pad, veld.sleutel))
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
        b = self.b
        b.kop("Vaste gegevens (geen invoer van het model)")
        for naam, label in (("index_loon", "Indexering loon naar het tariefjaar"),
                            ("index_prijs", "Indexering prijs naar het tariefjaar")):
            b.ws.write_string(b.rij, 0, label, b.op.label)
            b.ws.write_number(b.rij, 1, self.index[naam], b.op.cel("vast", "procent"))
            b.noem(naam, b.rij, 1)
            b.ws.write_string(b.rij, 2, "/1", b.op.label)
            b.ws.write_string(b.rij, 3, "Uit de indexering van het model (door Python bepaald); 0 = prijspeil "
                              "van de invoer.", b.op.label)
            b.rij += 1


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
