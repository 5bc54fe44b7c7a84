"""Leest het (bewerkte) tabblad Uitgangspunten terug in een :class:`KwvModel`, streng gecontroleerd.

Elke invoercel wordt gevonden via haar gedefinieerde naam (zie :mod:`kostprijs.excel.velden`) en
gelezen met formules (een formule in een invoercel is een fout; de opgeslagen uitkomst wordt nooit
gebruikt). Fouten noemen tabblad en cel (``Uitgangspunten!B7``), nooit een traceback. Het openen is
begrensd en controleert wat Excel toont (:mod:`kostprijs.excel.leesbron`: voorcontrole, bladscan,
benoemde cellen, alleen Uitgangspunten en het opgeslagen model).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kostprijs.errors import InvoerFout, Melding
from kostprijs.excel import leesbron
from kostprijs.excel import velden as v
from kostprijs.inputs import DAGGROEPEN, WEEKDAGEN, KwvModel
from kostprijs.io.meldingen import Pad, alle_veldnamen, pad_uit_tekst, vertaal
from kostprijs.io.tekstregels import toon_naam
from kostprijs.keuzes import waarde as keuzewaarde

_LEEG = object()
OP_HET_BLAD = frozenset({"naam", "jaar", "plaatsen", "bezettingsgraad", "dagen_per_jaar", "risico_opslag", "conventies",
                         "rooster", "productiviteit", "loonkosten", "functies", "ort_tabel", "clientkosten",
                         "huisvesting", "overhead"})
"""Velden van het model die op Uitgangspunten staan; de rest komt uit het opgeslagen model."""


def preflight(pad: Path) -> None:
    """Controleer het bestand vóór openpyxl het ziet (:func:`kostprijs.excel.leesbron.voorcontrole`)."""
    leesbron.voorcontrole(pad)


def _laad(pad: Path) -> leesbron.Werkboek:
    """Het begrensd gelezen werkboek (:func:`kostprijs.excel.leesbron.open_werkboek`)."""
    return leesbron.open_werkboek(pad, v.BLAD, v.BASISBLAD)


_NL_DUIZENDTAL = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$")
_NL_KOMMA = re.compile(r"^-?\d+(,\d+)?$")
_PUNT = re.compile(r"^-?\d+\.\d+$")


def _nl(x: float) -> str:
    """Een getal zoals Nederlandse Excel het toont, zonder duizendtallen: ``0.85`` -> ``0,85``."""
    return f"{x:.10g}".replace(".", ",")


def getal_uit_tekst(tekst: str) -> float | None:
    """Het getal dat iemand bedoelde met tekst in een getalcel, Nederlands gelezen; ``None`` als het geen getal is.

    ``'42.000'`` is 42000 (een punt scheidt duizendtallen), ``'1.234,56'`` is 1234,56, ``'0,85'`` is 0,85;
    ``'0.85'`` (een punt met andere dan drie cijfers erachter) is 0,85.
    """
    t = tekst.replace("€", "").replace("\u00a0", "").replace(" ", "").rstrip("%")
    if _NL_DUIZENDTAL.match(t):
        return float(t.replace(".", "").replace(",", "."))
    if _NL_KOMMA.match(t):
        return float(t.replace(",", "."))
    if _PUNT.match(t):
        return float(t)
    return None


def tekst_in_getalcel(tekst: str, procent: bool) -> str:
    """De melding voor tekst in een getalcel, met wat de gebruiker in Nederlandse Excel kan typen."""
    kort = tekst.strip()[:40]
    uit = f"de cel bevat tekst ('{kort}'), geen getal"
    g = getal_uit_tekst(tekst)
    if g is None:
        return uit + "; typ een getal"
    if kort.endswith("%") or procent:
        breuk = g / 100 if kort.endswith("%") or g > 1 else g
        return uit + f"; typ het als getal: {_nl(100 * breuk)}% (met het %-teken) of {_nl(breuk)}"
    return uit + f"; typ het als getal, zonder punten en zonder €-teken: {_nl(g)}"


def _is_sjabloon(pad: Path) -> bool:
    """Of ``pad`` een uitvraagsjabloon van het kostprijsonderzoek is (tabbladen Instructie en Aanbieder)."""
    from kostprijs.onderzoek.structuur import bladen

    try:
        with zipfile.ZipFile(pad) as zf:
            namen = {b.naam for b in bladen(zf)}
    except Exception:  # het lezen zelf meldt wat er mis is
        return False
    return {"Instructie", "Aanbieder"} <= namen


def _tijd(w: Any) -> Any:
    """Excel-tijd (time, datetime, timedelta of dagfractie) -> ``"UU:MM"``."""
    if isinstance(w, dt.datetime):
        # serienummer; 24:00 (1,0) leest openpyxl als 1900-01-01 00:00 (Excel telt 1900 als schrikkeljaar)
        basis = dt.datetime(1899, 12, 31) if w < dt.datetime(1900, 3, 1) else dt.datetime(1899, 12, 30)
        dagen = (w - basis).total_seconds() / 86400
    elif isinstance(w, dt.time):
        dagen = (w.hour * 3600 + w.minute * 60 + w.second) / 86400
    elif isinstance(w, dt.timedelta):
        dagen = w.total_seconds() / 86400
    elif isinstance(w, int | float) and not isinstance(w, bool):
        dagen = float(w)
    else:
        return w
    if not -2 <= dagen <= 2:  # ook 1e306: nooit round() op een oneindig groot getal
        return f"{dagen:g} (buiten 00:00-24:00)"
    minuten = round(dagen * 1440)
    if not 0 <= minuten <= 1440:
        return f"{dagen:g} (buiten 00:00-24:00)"
    return f"{minuten // 60:02d}:{minuten % 60:02d}"


class _Lezer:
    def __init__(self, pad: Path) -> None:
        self.bron = toon_naam(pad.name)
        if _is_sjabloon(pad):
            raise InvoerFout([Melding(self.bron, "dit is een uitvraagsjabloon van het kostprijsonderzoek, geen "
                                                 "tariefwerkboek; lees het met kostprijs inlezen")], self.bron)
        self.wf = self.wv = _laad(pad)  # één begrensde lading; formules in invoercellen worden geweigerd
        self.namen: dict[str, tuple[str, str]] = {n: bc for n, bc in self.wf.namen.items() if bc[0] == v.BLAD}
        if v.BLAD not in self.wf.sheetnames or "kwv_naam" not in self.namen:
            raise InvoerFout([Melding(self.bron, f"dit is geen werkboek van kostprijs: het tabblad {v.BLAD} of "
                                                 "de benoemde invoercellen ontbreken")], self.bron)
        self.meldingen: list[Melding] = leesbron.invoermeldingen(self.wf, self.namen)
        self.plaatsen: dict[Pad, str] = {}
        self.regelnummers: dict[tuple[str, ...], list[int]] = {}

    def heeft(self, naam: str) -> bool:
        return naam in self.namen

    def adres(self, naam: str) -> str:
        blad, cel = self.namen[naam]
        return f"{blad}!{cel}"

    def lees(self, naam: str, veld: v.Veld, pad: Pad, label: str = "") -> Any:
        """Waarde van de cel met ``naam``, omgezet naar wat het model verwacht; ``_LEEG`` als leeg."""
        blad, cel = self.namen[naam]
        self.plaatsen[pad] = f"{blad}!{cel} ({label or veld.label})"
        cf, cv = self.wf[blad][cel], self.wv[blad][cel]
        if cf.data_type == "f":
            return self._fout(naam, veld, f"de cel bevat een formule ({str(cf.value)[:40]}); vul een waarde in")
        if cv.data_type == "e":
            return self._fout(naam, veld, f"de cel bevat de Excel-fout {cv.value}")
        w = cv.value
        if w is None or (isinstance(w, str) and not w.strip()):
            return _LEEG
        return self._zet_om(naam, veld, w)

    def _fout(self, naam: str, veld: v.Veld, tekst: str) -> Any:
        self.meldingen.append(Melding(f"{self.adres(naam)} ({veld.label})", tekst))
        return _LEEG

    def _zet_om(self, naam: str, veld: v.Veld, w: Any) -> Any:
        s = veld.soort
        if isinstance(w, bool) and s != "vlag":
            return self._fout(naam, veld, "verwacht " + ("tekst" if s == "tekst" else "een getal") + ", gevonden "
                              "WAAR/ONWAAR")
        if s == "tijd":
            return _tijd(w)
        if isinstance(w, dt.datetime | dt.date | dt.time):
            return self._fout(naam, veld, "verwacht een getal of tekst, gevonden een datum")
        if s == "tekst":
            return f"{w:g}" if isinstance(w, int | float) else str(w)
        if s in ("keuze", "janee") and veld.keuzeveld:
            tekst = f"{w:g}" if isinstance(w, int | float) else str(w).strip()
            gekozen = keuzewaarde(veld.keuzeveld, tekst)
            if gekozen is None:
                wat = "kies ja of nee" if s == "janee" else "kies uit de lijst: " + ", ".join(veld.keuzes)
                return self._fout(naam, veld, f"'{tekst[:40]}' is niet toegestaan; {wat}")
            return gekozen == "ja" if s == "janee" else gekozen
        if s == "vlag":
            if w in (0, 1):
                return int(w)
            return self._fout(naam, veld, f"vul 1 (dienst draait die dag) of 0 in, gevonden '{w}'")
        if s in ("getal", "geheel") and isinstance(w, str):
            return self._fout(naam, veld, tekst_in_getalcel(w, veld.notatie == "procent"))
        if veld.notatie == "procent" and isinstance(w, int | float) and 1 < w <= 100 and (veld.maximum or 1) <= 1:
            return self._fout(naam, veld, f"{_nl(w)} is te groot voor een percentage; typ {_nl(w)}% (met het "
                                          f"%-teken) of {_nl(w / 100)}")
        if s == "geheel" and isinstance(w, float) and w.is_integer():
            return int(w)
        return w

    def blok(self, s: v.Sectie, nr: int | None = None, pad: Pad | None = None) -> dict[str, Any]:
        uit: dict[str, Any] = {}
        basis = pad if pad is not None else s.pad
        for veld in s.velden:
            naam = v.naam(s.voorvoegsel, veld.sleutel, nr)
            if not self.heeft(naam):
                continue
            rij = f", {s.voorvoegsel.replace('_', ' ')} {nr}" if nr is not None else ""
            w = self.lees(naam, veld, (*basis, veld.sleutel), veld.label + rij)
            if w is not _LEEG:
                uit[veld.sleutel] = w
        if s.velden and self.heeft(v.naam(s.voorvoegsel, s.velden[0].sleutel, nr)):
            self.plaatsen[basis] = self.plaatsen[(*basis, s.velden[0].sleutel)]
        return uit

    def rijen(self, t: v.Tabel) -> list[dict[str, Any]]:
        """De ingevulde regels van een tabel; lege regels (vrij of leeggemaakt) tellen niet mee.

        ``self.regelnummers[t.pad]`` geeft per gelezen regel het nummer op het blad (vanaf 1).
        """
        uit: list[dict[str, Any]] = []
        nummers: list[int] = []
        i = 1
        while self.heeft(v.naam(t.voorvoegsel, t.kolommen[0].sleutel, i)):
            s = v.Sectie(t.titel, (), t.voorvoegsel, t.kolommen)
            meldingen = len(self.meldingen)
            rij = self.blok(s, i, (*t.pad, len(uit)))
            if any(w not in (None, 0) or k not in WEEKDAGEN for k, w in rij.items()) \
                    or len(self.meldingen) > meldingen:
                uit.append(rij)
                nummers.append(i)
            i += 1
        self.regelnummers[t.pad] = nummers
        return uit

    def dagen(self, rij: dict[str, Any], t: v.Tabel, i: int) -> Any:
        nr = self.regelnummers[t.pad][i]
        eerste, laatste = (self.adres(v.naam(t.voorvoegsel, d, nr)) for d in ("ma", "zo"))
        self.plaatsen[(*t.pad, i, "dagen")] = f"{eerste}:{laatste.split('!')[1]} (dagen)"
        nummers = tuple(k for k, d in enumerate(WEEKDAGEN) if rij.pop(d, 0) == 1)
        for groep, dagen in DAGGROEPEN.items():
            if nummers == dagen:
                return groep
        return [WEEKDAGEN[k] for k in nummers]


def _functie(lz: _Lezer, rij: dict[str, Any], i: int) -> dict[str, Any]:
    methode, pct = rij.pop("ort_methode", "geen"), rij.pop("ort_percentage", None)
    aandeel, tarief = rij.pop("inhuur_aandeel", None), rij.pop("inhuur_uurtarief", None)
    pad: Pad = ("functies", i)
    if methode == "percentage":
        rij["ort"] = {"methode": "percentage", **({"percentage": pct} if pct is not None else {})}
        lz.plaatsen[(*pad, "ort")] = lz.plaatsen[(*pad, "ort_methode")]
        lz.plaatsen[(*pad, "ort", "percentage")] = lz.plaatsen.get((*pad, "ort_percentage"), "")
    elif methode != "geen":
        rij["ort"] = {"methode": methode}
        lz.plaatsen[(*pad, "ort")] = lz.plaatsen[(*pad, "ort_methode")]
    if aandeel is not None or tarief is not None:
        rij["inhuur"] = {k: w for k, w in (("aandeel_roosteruren", aandeel), ("uurtarief", tarief)) if w is not None}
        lz.plaatsen[(*pad, "inhuur")] = lz.plaatsen[(*pad, "inhuur_aandeel")]
        lz.plaatsen[(*pad, "inhuur", "aandeel_roosteruren")] = lz.plaatsen[(*pad, "inhuur_aandeel")]
        lz.plaatsen[(*pad, "inhuur", "uurtarief")] = lz.plaatsen[(*pad, "inhuur_uurtarief")]
    return rij


def _posten(lz: _Lezer, t: v.Tabel, oorspronkelijk: dict[str, Any]) -> dict[str, Any]:
    """De posten van een tabel; een naam zoals het werkboek hem toont wordt weer de naam uit het model."""
    terug = {v.postnaam(k): k for k in oorspronkelijk}
    uit: dict[str, Any] = {}
    for i, rij in enumerate(lz.rijen(t)):
        naam = rij.get("naam")
        if naam is None:
            if rij.get("bedrag") is not None:
                lz.meldingen.append(Melding(lz.plaatsen[(*t.pad, i, "naam")], "vul de naam van de post in"))
            continue
        naam = terug.get(str(naam), naam)
        if naam in uit:
            lz.meldingen.append(Melding(lz.plaatsen[(*t.pad, i, "naam")], f"post '{naam}' staat twee keer in de lijst"))
        uit[str(naam)] = rij.get("bedrag")
        lz.plaatsen[(*t.pad, str(naam))] = lz.plaatsen[(*t.pad, i, "bedrag")]
    return {k: w for k, w in uit.items() if w is not None}


def _model_dict(lz: _Lezer, basis: dict[str, Any]) -> dict[str, Any]:
    d: dict[str, Any] = {**lz.blok(v.SECTIES[0]), **lz.blok(v.RISICO_SECTIE)}
    conv = lz.blok(v.SECTIES[1])
    grond = lz.blok(v.SECTIES[2])
    conv["overhead_grondslag"] = [k for k in ("personeel", "clientkosten", "huisvesting") if grond.get(k)]
    d["conventies"] = conv
    diensten = lz.rijen(v.DIENSTEN)
    for i, rij in enumerate(diensten):
        rij["dagen"] = lz.dagen(rij, v.DIENSTEN, i)
    d["rooster"] = {"telfactoren": lz.blok(v.SECTIES[3]), "diensten": diensten}
    d["productiviteit"], d["loonkosten"] = lz.blok(v.SECTIES[4]), lz.blok(v.SECTIES[5])
    d["functies"] = [_functie(lz, rij, i) for i, rij in enumerate(lz.rijen(v.FUNCTIES))]
    if lz.heeft("ort_tabel_uurloon_deler"):
        banden = lz.rijen(v.ORT_BANDEN)
        for i, rij in enumerate(banden):
            rij["dagen"] = lz.dagen(rij, v.ORT_BANDEN, i)
        d["ort_tabel"] = {**lz.blok(v.ORT_SECTIE), "banden": banden}
    ck = basis["clientkosten"] if isinstance(basis.get("clientkosten"), dict) else {}
    d["clientkosten"] = {"per_bezet_etmaal": _posten(lz, v.CLIENT_DAG, dict(ck.get("per_bezet_etmaal") or {})),
                         "vast_per_jaar": _posten(lz, v.CLIENT_VAST, dict(ck.get("vast_per_jaar") or {}))}
    h = lz.blok(v.Sectie("Huisvesting", ("huisvesting",), "huisvesting", (v.HUUR, *v.HUISVESTING_POSTEN)))
    for sectie, sleutel in ((v.EIGENDOM_SECTIE, "eigendom"), (v.INVENTARIS_SECTIE, "inventaris")):
        if lz.heeft(v.naam(sectie.voorvoegsel, "investering")):
            h[sleutel] = lz.blok(sectie)
    d["huisvesting"] = h
    d["overhead"] = lz.blok(v.OVERHEAD_SECTIE)
    return d


def _basis(lz: _Lezer) -> dict[str, Any]:
    """Het opgeslagen model (al begrensd gelezen en gecontroleerd in :mod:`kostprijs.excel.leesbron`)."""
    return lz.wv.basismodel or {}


def _ouder(data: Any, delen: Pad) -> Any:
    plek = data
    for d in delen[:-1]:
        if isinstance(d, int):
            plek = plek[d] if isinstance(plek, list) and d < len(plek) else None
        else:
            plek = plek.get(d) if isinstance(plek, dict) else None
        if plek is None:
            return None
    return plek


def _gelijk(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))
    return bool(a == b)


def _nieuw_pad(pad: str, regelnummers: dict[tuple[str, ...], list[int]]) -> str | None:
    """Het pad van een functie (``functies[2].maandsalaris``) na het weglaten van lege regels, of ``None``
    als die regel is leeggemaakt."""
    if not pad.startswith("functies["):
        return pad
    i = int(pad.split("[")[1].split("]")[0])
    nummers = regelnummers.get(v.FUNCTIES.pad, [])
    if i + 1 not in nummers:
        return None
    return f"functies[{nummers.index(i + 1)}]" + pad.split("]", 1)[1]


def _register_terug(data: dict[str, Any], std: dict[str, Any], basis: dict[str, Any],
                    regelnummers: dict[tuple[str, ...], list[int]]) -> None:
    """Velden die het geschreven model weg liet en die nog de waarde uit het register hebben, blijven weg.

    Zo blijft een waarde uit het register (of de kalender, of de salaristabel) na ``lees-excel`` uit het
    register komen; een gewijzigde cel wordt een eigen waarde. Paden van functies volgen de regels op het
    blad: een leeggemaakte regel telt niet, de regels eronder schuiven op.
    """
    banden = [(p, w) for p, w in std.items() if p.startswith("ort_tabel.banden[")]
    if banden:
        gelezen = (data.get("ort_tabel") or {}).get("banden") or []
        if len(gelezen) == len(banden) and all(_gelijk(b, w) for b, (_, w) in zip(gelezen, banden, strict=True)):
            data["ort_tabel"].pop("banden", None)
    for oud, waarde in std.items():
        pad = _nieuw_pad(oud, regelnummers)
        if pad is None or pad.startswith("ort_tabel.banden["):
            continue
        delen = pad_uit_tekst(pad)
        ouder = _ouder(data, delen)
        if not isinstance(ouder, dict) or not _gelijk(ouder.get(str(delen[-1])), waarde):
            continue
        if pad == "productiviteit.feestdagen_op_werkdag":
            ouder[delen[-1]] = "kalender"
        elif delen[0] == "functies" and delen[-1] == "maandsalaris":
            bron = _ouder(basis, pad_uit_tekst(oud)) or {}
            ouder.pop("maandsalaris")
            ouder.update({k: bron[k] for k in ("schaal", "trede") if bron.get(k) is not None})
        else:
            ouder.pop(str(delen[-1]))


def lees_werkboek(pad: str | Path) -> KwvModel:
    """Lees het tabblad Uitgangspunten van een werkboek van kostprijs terug als :class:`KwvModel`.

    Delen van het model die niet op Uitgangspunten staan (indexering, peildatum, salaristabel) komen
    uit het model dat bij het schrijven in het werkboek is opgeslagen.

    Raises
    ------
    InvoerFout
        Met alle problemen tegelijk; elke melding noemt tabblad en cel, bijv. ``Uitgangspunten!B7``.
    """
    p = Path(pad)
    preflight(p)
    lz = _Lezer(p)
    basis = _basis(lz)
    data = _model_dict(lz, basis)
    for sleutel, waarde in basis.items():
        if sleutel not in OP_HET_BLAD and sleutel in KwvModel.model_fields and waarde is not None:
            data[sleutel] = waarde
    werkgever = (basis.get("loonkosten") or {}).get("werkgeverslasten")
    if isinstance(werkgever, dict) and "werkgeverslasten" not in data.get("loonkosten", {}):
        data["loonkosten"]["werkgeverslasten"] = werkgever
    _register_terug(data, lz.wv.standaarden, basis, lz.regelnummers)
    if lz.meldingen:
        raise InvoerFout(lz.meldingen, lz.bron)
    try:
        # Via JSON, zodat datums uit het opgeslagen model (peildatum) strikt maar als tekst gelezen worden.
        return KwvModel.model_validate_json(json.dumps(data))
    except ValidationError as e:
        meldingen = vertaal(e, data, lambda pad_: _plaats(lz, pad_), alle_veldnamen(KwvModel))
        raise InvoerFout(meldingen, lz.bron) from None


def _plaats(lz: _Lezer, pad: Pad) -> str:
    p = pad
    while p:
        if lz.plaatsen.get(p):
            return lz.plaatsen[p]
        p = p[:-1]
    return f"{v.BLAD} ({'.'.join(map(str, pad)) or 'hele model'})"
