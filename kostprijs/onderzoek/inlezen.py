"""Eén ingevuld uitvraagsjabloon veilig inlezen tot een getypeerde :class:`~.schema.Opgave`.

Pijplijn (``docs/onderzoek.md``)::

    preflight(pad)                      # bytes en zip-inhoudsopgave, nog geen XML
    -> bladstructuur (defusedxml)       # unieke namen, staat, samengevoegde cellen, verborgen rijen/kolommen
                                        # (ook hoogte/breedte 0), dubbele rijen/cellen, ruwe getalwaarden
    -> openpyxl read_only, data_only=False, keep_links=False (defusedxml verplicht)
    -> alleen de vaste cellen uit de celkaart, in een begrensd bereik (A1:F60), nooit tot max_row
    -> celomzetting (formules en foutwaarden geweigerd; opgeslagen uitkomsten nooit gelezen;
       getalnotaties die verbergen, schalen of vaste cijfers tonen geweigerd)
    -> strikt pydantic-schema met samenhangscontroles
    -> bij één of meer problemen: InvoerFout met álle meldingen (Blad!Cel); niets wordt geschreven

Eén lading met ``data_only=False`` volstaat: een formulecel wordt geweigerd, dus de door het bestand
opgegeven (aanvalbare) uitkomst wordt nergens gebruikt; voor alle andere cellen is de waarde dezelfde.
"""

from __future__ import annotations

import os
import warnings
import zipfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kostprijs.errors import InvoerFout, KostprijsFout, Melding
from kostprijs.io.tekstregels import toon_naam
from kostprijs.onderzoek.celkaart import (
    AANBIEDER_VELDEN,
    BLAD_AANBIEDER,
    BLAD_DEFINITIES,
    BLAD_INSTRUCTIE,
    FUNCTIE_RIJEN,
    LEESKOLOMMEN,
    LEESRIJEN,
    LOCATIE_VELDEN,
    LOCATIEBLADEN,
    OUDE_VERSIES,
    SJABLOON_VERSIE,
    SJABLOONBLADEN,
    SOORTEN,
    SOORTLABEL,
    VERSIECEL,
    Opgavesoort,
    Veld,
    alle_locatiecellen,
    functiekolommen,
    functieveld,
    locatiecellen,
)
from kostprijs.onderzoek.cellen import LEEG, toon, zet_om
from kostprijs.onderzoek.preflight import preflight
from kostprijs.onderzoek.schema import Opgave, dagen_in
from kostprijs.onderzoek.structuur import Bladinfo, bladen, dubbele_namen, scan_blad

Cellen = dict[str, dict[str, tuple[Any, str]]]
"""Per blad: cel -> (waarde, openpyxl-datatype), alleen niet-lege cellen binnen A1:F60."""
Pad = tuple[str | int, ...]


def controleer_defusedxml() -> None:
    """Weiger te lezen als openpyxl zonder defusedxml zou parsen (bijv. ``OPENPYXL_DEFUSEDXML=False``)."""
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise KostprijsFout("Inlezen geweigerd: openpyxl gebruikt defusedxml niet (installeer defusedxml en "
                            "zet OPENPYXL_DEFUSEDXML niet op False).")


def lees_opgave(pad: str | os.PathLike[str]) -> Opgave:
    """Lees één ingevuld sjabloon; geeft een :class:`Opgave` of een :class:`InvoerFout` met alle meldingen."""
    pad = Path(pad)
    naam = toon_naam(pad.name)
    preflight(pad)
    controleer_defusedxml()
    structuur = _structuur(pad, naam)
    afwijkend = [Melding(plaats, tekst) for info in structuur.values() for plaats, tekst in info.problemen]
    if afwijkend:  # openpyxl zou iets anders lezen dan Excel toont: eerst deze meldingen, geen cellen
        raise InvoerFout(afwijkend, bron=naam)
    cellen, notaties = _lees_cellen(pad, naam)
    _controleer_identiteit(structuur, cellen, naam)
    meldingen = _structuurmeldingen(structuur, cellen) + _notatiemeldingen(notaties)
    data, omzetter = _omzetten(naam, cellen, meldingen)
    opgave = _valideer(data, omzetter, naam)
    if meldingen or opgave is None:
        raise InvoerFout(meldingen, bron=naam)
    return opgave


def _onleesbaar(naam: str, plaats: str = "") -> InvoerFout:
    return InvoerFout([Melding(plaats or naam, "de werkmap kan niet worden gelezen (beschadigde of ongeldige "
                                               "XML); sla het sjabloon opnieuw op in Excel")], bron=naam)


def _structuur(pad: Path, naam: str) -> dict[str, Bladinfo]:
    try:
        with zipfile.ZipFile(pad) as zf:
            lijst = bladen(zf)
            dubbel = dubbele_namen(lijst)
            if dubbel:
                raise InvoerFout([Melding(blad, tekst) for blad, tekst in dubbel], bron=naam)
            infos = {b.naam: b for b in lijst}
            for blad in SJABLOONBLADEN:
                if blad in infos and blad != BLAD_DEFINITIES:  # Definities wordt niet gelezen
                    scan_blad(zf, infos[blad], LEESRIJEN, LEESKOLOMMEN)
    except InvoerFout:
        raise
    except Exception as e:  # ook defusedxml-verboden (DTDForbidden, EntitiesForbidden) en ParseError
        from defusedxml import DefusedXmlException

        if isinstance(e, DefusedXmlException):
            raise InvoerFout([Melding(naam, "de werkmap bevat een DTD of entiteiten (niet toegestaan; mogelijk "
                                            "een XML-bom)")], bron=naam) from None
        raise _onleesbaar(naam) from None
    return infos


def _lees_cellen(pad: Path, naam: str) -> tuple[Cellen, dict[str, str]]:
    """De niet-lege cellen in A1:F60 van de gelezen bladen, en hun getalnotatie (``Blad!Cel`` -> notatie)."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    uit: Cellen = {}
    notaties: dict[str, str] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            wb = openpyxl.load_workbook(pad, read_only=True, data_only=False, keep_links=False)
        except Exception:
            raise _onleesbaar(naam) from None
        try:
            for blad in SJABLOONBLADEN:
                if blad == BLAD_DEFINITIES or blad not in wb.sheetnames:
                    continue
                ws = wb[blad]
                uit[blad] = {}
                try:
                    for r, rij in enumerate(ws.iter_rows(min_row=1, max_row=LEESRIJEN, min_col=1,
                                                         max_col=LEESKOLOMMEN), start=1):
                        for k, cel in enumerate(rij, start=1):
                            if cel.value is not None:
                                uit[blad][f"{get_column_letter(k)}{r}"] = (cel.value, str(cel.data_type))
                                notaties[f"{blad}!{get_column_letter(k)}{r}"] = str(cel.number_format)
                except Exception:
                    raise InvoerFout([Melding(blad, "de cellen van dit tabblad kunnen niet worden gelezen "
                                                    "(ongeldige celinhoud); sla het sjabloon opnieuw op in "
                                                    "Excel")], bron=naam) from None
        finally:
            wb.close()
    return uit, notaties


TARIEFWERKBOEK = ("Uitgangspunten", "Tariefopbouw")
"""Tabbladen waaraan een tariefwerkboek van kostprijs te herkennen is."""


def _controleer_identiteit(structuur: dict[str, Bladinfo], cellen: Cellen, naam: str) -> None:
    if all(blad in structuur for blad in TARIEFWERKBOEK) and BLAD_AANBIEDER not in structuur:
        raise InvoerFout([Melding(naam, "dit is een tariefwerkboek van kostprijs, geen ingevuld uitvraagsjabloon; "
                                        "lees het met kostprijs lees-excel")], bron=naam)
    versie = cellen.get(BLAD_INSTRUCTIE, {}).get(VERSIECEL, (None, "n"))[0]
    if versie in OUDE_VERSIES:
        raise InvoerFout([Melding(f"{BLAD_INSTRUCTIE}!{VERSIECEL}", (
            f"dit is een ingevuld sjabloon van een oude versie ({versie}). Versie 2 vraagt de werkelijke kosten "
            "(realisatie) en een begroting in twee kolommen en kiest met woorden. Vraag het nieuwe sjabloon aan "
            f"('{SJABLOON_VERSIE}', te maken met kostprijs sjabloon --uit UIT.xlsx) en neem uw cijfers daarin "
            "over; de cellen van de realisatie staan op dezelfde plaats"))], bron=naam)
    meldingen = [Melding(blad, f"het tabblad '{blad}' ontbreekt; gebruik het sjabloon '{SJABLOON_VERSIE}' "
                               "zonder tabbladen te hernoemen of te verwijderen")
                 for blad in SJABLOONBLADEN if blad not in structuur]
    if BLAD_INSTRUCTIE in cellen:
        versie = cellen[BLAD_INSTRUCTIE].get(VERSIECEL, (None, "n"))[0]
        if versie != SJABLOON_VERSIE:
            meldingen.append(Melding(f"{BLAD_INSTRUCTIE}!{VERSIECEL}",
                                     f"sjabloonversie {toon(versie)} wordt niet ondersteund; verwacht "
                                     f"'{SJABLOON_VERSIE}'. Vraag het actuele sjabloon aan"))
    if meldingen:
        raise InvoerFout(meldingen, bron=naam)


def _structuurmeldingen(structuur: dict[str, Bladinfo], cellen: Cellen) -> list[Melding]:
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.cell import range_boundaries

    meldingen: list[Melding] = []
    for info in structuur.values():
        if info.staat != "visible":
            wat = "een tabblad van het sjabloon" if info.naam in SJABLOONBLADEN else "een extra tabblad"
            meldingen.append(Melding(info.naam, f"{wat} is verborgen ({info.staat}); maak het zichtbaar of "
                                                "verwijder het en lever opnieuw aan"))
    for blad, invoer in _invoercellen().items():
        info = structuur[blad]
        posities = {c: _positie(c) for c in invoer}
        for ref in info.samengevoegd:
            try:
                k1, r1, k2, r2 = range_boundaries(ref)
            except (ValueError, TypeError):
                continue
            if any(k1 <= k <= k2 and r1 <= r <= r2 for k, r in posities.values()):  # type: ignore[operator]
                meldingen.append(Melding(f"{blad}!{ref}", "samengevoegde cellen over een invoercel; heffen de "
                                                          "samenvoeging op en vul elke cel apart in"))
        for k in sorted(info.verborgen_kolommen & {k for k, _ in posities.values()}):
            letter = get_column_letter(k)
            meldingen.append(Melding(f"{blad}!{letter}:{letter}", "deze kolom met invoercellen is verborgen; "
                                                                  "maak haar zichtbaar"))
        for cel, (_, r) in posities.items():
            if r in info.verborgen_rijen and cel in cellen.get(blad, {}):
                meldingen.append(Melding(f"{blad}!{cel}", f"rij {r} met deze ingevulde cel is verborgen; maak "
                                                          "de rij zichtbaar en controleer de waarde"))
    return meldingen


def _notatiemeldingen(notaties: dict[str, str]) -> list[Melding]:
    """Invoercellen met een getalnotatie die de waarde anders toont dan ze is (:mod:`kostprijs.io.getalnotatie`)."""
    from kostprijs.io.getalnotatie import verhullend

    uit = []
    for blad, cellen in _invoercellen().items():
        for cel in cellen:
            reden = verhullend(notaties.get(f"{blad}!{cel}"))
            if reden:
                uit.append(Melding(f"{blad}!{cel}", f"{reden}; zet de notatie terug op die van het sjabloon"))
    return uit


def _positie(cel: str) -> tuple[int, int]:
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    letter, rij = coordinate_from_string(cel)
    return column_index_from_string(letter), rij


def _invoercellen() -> dict[str, list[str]]:
    uit = {BLAD_AANBIEDER: [v.cel for v in AANBIEDER_VELDEN]}
    for blad in LOCATIEBLADEN:
        uit[blad] = alle_locatiecellen()
    return uit


class _Omzetter:
    """Verzamelt waarden, meldingen en de plaats (Blad!Cel) van elk veld in het model.

    ``fout_paden`` zijn de velden waarvan de cel al een melding kreeg: het schema meldt ze niet nog eens.
    """

    def __init__(self, naam: str, cellen: Cellen, meldingen: list[Melding]) -> None:
        self.naam, self.cellen, self.meldingen = naam, cellen, meldingen
        self.plaatsen: dict[Pad, str] = {(): naam}
        self.fout_paden: set[Pad] = set()

    def veld(self, blad: str, veld: Veld, pad: Pad, doel: dict[str, Any], verplicht: bool | None = None) -> None:
        plaats = f"{blad}!{veld.cel}"
        self.plaatsen[pad] = f"{plaats} ({veld.label})"
        waarde, datatype = self.cellen.get(blad, {}).get(veld.cel, (None, "n"))
        uit, fout = zet_om(veld, waarde, datatype)
        if fout:
            self.meldingen.append(Melding(plaats, f"{veld.label}: {fout}"))
            self.fout_paden.add(pad)
        elif uit is LEEG:
            if veld.verplicht if verplicht is None else verplicht:
                self.meldingen.append(Melding(plaats, f"{veld.label}: verplichte cel is leeg"))
                self.fout_paden.add(pad)
        else:
            doel[veld.sleutel] = uit

    def locatie(self, lijst: str, i: int, blad: str, soort: Opgavesoort, dagen: int) -> dict[str, Any]:
        self.plaatsen[(lijst, i)] = blad
        doel: dict[str, Any] = {"blad": blad, "soort": soort, "dagen": dagen, "functies": []}
        for veld in LOCATIE_VELDEN:
            self.veld(blad, veld.voor(soort), (lijst, i, veld.sleutel), doel)
        gevuld = self.cellen.get(blad, {})
        kolommen = functiekolommen(soort)
        for rij in FUNCTIE_RIJEN:
            if not any(f"{k.cel}{rij}" in gevuld for k in kolommen if k.sleutel != "naam"):
                continue
            j = len(doel["functies"])
            regel: dict[str, Any] = {}
            self.plaatsen[(lijst, i, "functies", j)] = f"{blad}!B{rij}"
            for kolom in kolommen:
                self.veld(blad, functieveld(kolom, rij), (lijst, i, "functies", j, kolom.sleutel), regel)
            doel["functies"].append(regel)
        if not doel["functies"]:
            eerste = kolommen[1].cel
            self.meldingen.append(Melding(f"{blad}!{eerste}{FUNCTIE_RIJEN[0]}", (
                f"{SOORTLABEL[soort]}: vul minstens één functie in (naam, fte en loonkosten)")))
        return doel


def _jaar(data: dict[str, Any], sleutel: str) -> int | None:
    jaar = data.get(sleutel)
    return jaar if isinstance(jaar, int) and 2015 <= jaar <= 2100 else None


def _omzetten(naam: str, cellen: Cellen, meldingen: list[Melding]) -> tuple[dict[str, Any], _Omzetter]:
    """Cellen naar een dict voor het schema. Een opgavesoort telt mee als er een cel van is ingevuld; is
    er op Locatie 1 niets ingevuld, dan vraagt de melding om de realisatie."""
    o = _Omzetter(naam, cellen, meldingen)
    data: dict[str, Any] = {"bron": naam, "sjabloon_versie": SJABLOON_VERSIE, "locaties": [], "begroting": []}
    gebruikt = {soort: [blad for blad in LOCATIEBLADEN if any(c in cellen.get(blad, {}) for c in
                                                             locatiecellen(soort))] for soort in SOORTEN}
    if not gebruikt["realisatie"] and not gebruikt["begroting"]:
        gebruikt["realisatie"] = [LOCATIEBLADEN[0]]
    for veld in AANBIEDER_VELDEN:
        realisatie = bool(gebruikt["realisatie"])
        verplicht = {"basisjaar": realisatie, "cijfers_uit_jaarrekening": realisatie, "verdeelsleutel": realisatie,
                     "begrotingsjaar": bool(gebruikt["begroting"])}.get(veld.sleutel)
        o.veld(BLAD_AANBIEDER, veld, (veld.sleutel,), data, verplicht)
    for soort, lijst, jaar in (("realisatie", "locaties", "basisjaar"), ("begroting", "begroting", "begrotingsjaar")):
        dagen = dagen_in(_jaar(data, jaar))
        for blad in gebruikt[soort]:  # type: ignore[index]
            data[lijst].append(o.locatie(lijst, len(data[lijst]), blad, soort, dagen))  # type: ignore[arg-type]
    return data, o


def _valideer(data: dict[str, Any], o: _Omzetter, naam: str) -> Opgave | None:
    """Het schema over alle gelezen waarden; meldingen komen bij die van de cellen (alles in één ronde)."""
    try:
        return Opgave.model_validate(data, strict=True)
    except ValidationError as e:
        o.meldingen.extend(_vertaal(e, o.plaatsen, o.fout_paden))
        return None


def _vertaal(fout: ValidationError, plaatsen: dict[Pad, str], al_gemeld: set[Pad] | None = None) -> list[Melding]:
    """Fouten van het schema als meldingen met Blad!Cel; velden die al een celmelding hebben, niet nog eens."""
    from kostprijs.io.meldingen import SJABLONEN

    al_gemeld = al_gemeld or set()
    uit: list[Melding] = []
    for e in fout.errors():
        loc: list[str | int] = list(e["loc"])
        if e["type"] == "kostprijs":
            sub = str((e.get("ctx") or {}).get("sub", ""))
            loc += [int(s) if s.isdigit() else s for s in sub.split(".") if s]
            tekst = e["msg"]
        else:
            sjabloon = SJABLONEN.get(e["type"])
            tekst = sjabloon(e) if sjabloon else f"ongeldige waarde {toon(e.get('input'))}"
        pad: Pad = tuple(loc)
        if any(pad[:len(p)] == p for p in al_gemeld):
            continue
        while pad not in plaatsen:
            pad = pad[:-1]
        plaats = plaatsen[pad]
        cel, _, label = plaats.partition(" (")
        uit.append(Melding(cel, f"{label.rstrip(')')}: {tekst}" if label else tekst))
    return uit
