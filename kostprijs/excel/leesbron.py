"""Een (bewerkt) werkboek van kostprijs begrensd en veilig openen voor ``lees-excel``.

Zelfde aanpak als het inlezen van het uitvraagsjabloon (:mod:`kostprijs.onderzoek.inlezen`):

1. :func:`voorcontrole`: bytes en zip-inhoudsopgave (:mod:`kostprijs.onderzoek.preflight` met
   :data:`GRENZEN`): grootte, zipbom, macro's (ook ``xl/vbaproject.bin`` in kleine letters en
   ``xl/macrosheets/``), externe koppelingen, DTD's, beschadigde of onbekende compressie, pijpen.
2. Structuur (defusedxml, stroomsgewijs): tabbladnamen uniek zonder verschil in hoofdletters,
   Uitgangspunten zichtbaar, bladscan van Uitgangspunten (hoogstens :data:`MAX_CELLEN` cellen; dubbele
   rijen of cellen, ruwe getallen die Excel niet kent, rijen van hoogte 0 en kolommen van breedte 0).
3. Benoemde cellen uit ``xl/workbook.xml``: elke naam wijst naar precies één bestaande cel (geen bereik,
   geen ``#REF!``, niet buiten het blad), geen naam twee keer en geen naam die alleen voor één blad
   geldt; op Uitgangspunten binnen A1:AD2000. Een eigen naam voor een bereik op een ander tabblad mag
   (kostprijs leest hem niet).
4. Cellen van Uitgangspunten (openpyxl ``read_only``, alleen A1:AD2000) en cel A1 van het verborgen
   model (hoogstens 32.767 tekens, geldige JSON van beperkte diepte). Eén lading met formules volstaat:
   een formule in een invoercel wordt geweigerd, voor alle andere cellen is de waarde dezelfde.

Daarna geeft :func:`invoermeldingen` per invoercel: verborgen rij of kolom, samenvoeging, of een
getalnotatie die de waarde anders toont dan ze is. Alles met ``Blad!Cel`` en als :class:`InvoerFout`.
"""

from __future__ import annotations

import json
import re
import warnings
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kostprijs.errors import InvoerFout, Melding
from kostprijs.io.tekstregels import toon_naam
from kostprijs.onderzoek.preflight import Grenzen, preflight
from kostprijs.onderzoek.structuur import Bladinfo, TeVeelCellen, bladen, dubbele_namen, scan_blad

GRENZEN = Grenzen(bestand=10 * 2**20, uitgepakt=32 * 2**20, onderdeel=8 * 2**20, onderdelen=1000, verhouding=100)
"""Een werkboek van kostprijs is ongeveer 50 kB (300 kB uitgepakt); met scenariotabellen meer."""
MAX_RIJ = 2000
"""Uitgangspunten wordt gelezen tot en met deze rij ..."""
MAX_KOL = 30
"""... en deze kolom (AD); een benoemde invoercel daarbuiten wordt geweigerd."""
MAX_CELLEN = 20_000
"""Meeste cellen op Uitgangspunten (een werkboek van kostprijs heeft er ongeveer 1.000)."""
MAX_NAMEN = 5000
MAX_MODEL = 32_767
"""Langste opgeslagen model in ``_kostprijs_model!A1`` (de grens van een Excel-cel). [tekens]"""
MAX_MODELDIEPTE = 20
_NAAM = re.compile(r"^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?([0-9]{1,7})$")
_BEREIK = re.compile(r"^(?:'((?:[^']|'')+)'|([^'!]+))!\$?[A-Z]{1,3}\$?[0-9]{1,7}:\$?[A-Z]{1,3}\$?[0-9]{1,7}$")


@dataclass(frozen=True)
class Cel:
    """Wat ``lees-excel`` van één cel nodig heeft (dezelfde namen als een openpyxl-cel)."""

    value: Any = None
    data_type: str = "n"
    number_format: str = "General"


LEEG = Cel()


@dataclass
class Blad:
    """De niet-lege cellen van één tabblad binnen het gelezen bereik."""

    cellen: dict[str, Cel] = field(default_factory=dict)

    def __getitem__(self, cel: str) -> Cel:
        return self.cellen.get(cel, LEEG)


@dataclass
class Werkboek:
    """Het gelezen deel van een werkboek: tabbladnamen, benoemde cellen, Uitgangspunten en het model."""

    sheetnames: list[str]
    namen: dict[str, tuple[str, str]]
    """Naam -> (blad, cel zonder $) voor elke benoemde cel."""
    bladen: dict[str, Blad]
    structuur: Bladinfo | None
    basismodel: dict[str, Any] | None = None
    standaarden: dict[str, Any] = field(default_factory=dict)
    """De waarden die bij het schrijven uit het register kwamen (A2 van het verborgen model), op YAML-pad."""

    def __getitem__(self, blad: str) -> Blad:
        return self.bladen[blad]


def voorcontrole(pad: Path) -> None:
    """Bytes en zip-inhoudsopgave, vóór elke XML-parser (:func:`kostprijs.onderzoek.preflight.preflight`)."""
    preflight(pad, GRENZEN)


def open_werkboek(pad: Path, blad: str, basisblad: str) -> Werkboek:
    """Open een werkboek dat door :func:`voorcontrole` kwam; geeft een :class:`Werkboek` of een :class:`InvoerFout`."""
    bron = toon_naam(pad.name)
    info, namen, sheetnames = _structuur(pad, bron, blad)
    bladen_ = {blad: Blad()} if info is None else _cellen(pad, bron, blad, basisblad)
    model = _basismodel(bladen_.get(basisblad), bron, basisblad)
    standaarden = _basismodel(bladen_.get(basisblad), bron, basisblad, "A2", verplicht=False) or {}
    return Werkboek(sheetnames, namen, {blad: bladen_.get(blad, Blad())}, info, model, standaarden)


def _fout(bron: str, meldingen: list[Melding]) -> InvoerFout:
    return InvoerFout(meldingen, bron)


def _structuur(pad: Path, bron: str, blad: str) -> tuple[Bladinfo | None, dict[str, tuple[str, str]], list[str]]:
    from defusedxml import DefusedXmlException

    try:
        with zipfile.ZipFile(pad) as zf:
            infos = bladen(zf)
            dubbel = dubbele_namen(infos)
            if dubbel:
                raise _fout(bron, [Melding(naam, tekst) for naam, tekst in dubbel])
            sheetnames = [i.naam for i in infos]
            namen = _benoemde_cellen(zf, sheetnames, blad, bron)
            info = next((i for i in infos if i.naam == blad), None)
            if info is not None:
                _scan(zf, info, bron)
    except InvoerFout:
        raise
    except DefusedXmlException:
        raise _fout(bron, [Melding(bron, "het werkboek bevat een DTD of entiteiten (niet toegestaan)")]) from None
    except Exception:  # KeyError (onderdeel ontbreekt), ParseError, zlib, ... : nooit een traceback
        raise _fout(bron, [Melding(bron, "het werkboek kan niet worden gelezen (beschadigde of ongeldige XML); "
                                         "sla het opnieuw op in Excel")]) from None
    return info, namen, sheetnames


def _scan(zf: zipfile.ZipFile, info: Bladinfo, bron: str) -> None:
    if info.staat != "visible":
        raise _fout(bron, [Melding(info.naam, f"het tabblad is verborgen ({info.staat}); maak het zichtbaar")])
    try:
        scan_blad(zf, info, MAX_RIJ, MAX_KOL, MAX_CELLEN)
    except TeVeelCellen:
        raise _fout(bron, [Melding(info.naam, f"het tabblad heeft meer dan {MAX_CELLEN} cellen; een werkboek van "
                                              "kostprijs heeft er ongeveer 1.000")]) from None
    if info.problemen:
        raise _fout(bron, [Melding(plaats, tekst) for plaats, tekst in info.problemen])


def _benoemde_cellen(zf: zipfile.ZipFile, sheetnames: list[str], blad: str,
                     bron: str) -> dict[str, tuple[str, str]]:
    """Alle benoemde cellen; elke naam die niet precies één bestaande cel is, wordt geweigerd."""
    from defusedxml import ElementTree

    namen: dict[str, tuple[str, str]] = {}
    gezien: set[str] = set()
    meldingen: list[Melding] = []
    for el in ElementTree.fromstring(zf.read("xl/workbook.xml")).iter():
        if el.tag.rsplit("}", 1)[-1] != "definedName" or el.get("name", "").startswith("_xlnm."):
            continue
        naam = el.get("name", "")
        if len(gezien) >= MAX_NAMEN:
            raise _fout(bron, [Melding(bron, f"het werkboek heeft meer dan {MAX_NAMEN} benoemde cellen")])
        probleem = _naamprobleem(naam, el.get("localSheetId"), el.text or "", sheetnames, blad, gezien)
        gezien.add(naam.casefold())
        if isinstance(probleem, str):
            meldingen.append(Melding(f"naam '{toon_naam(naam)[:60]}' (Formules > Namen beheren)", probleem))
        elif probleem is not None:
            namen[naam] = probleem
    if meldingen:
        raise _fout(bron, meldingen[:50])
    return namen


def _naamprobleem(naam: str, lokaal: str | None, tekst: str, sheetnames: list[str], blad: str,
                  gezien: set[str]) -> str | tuple[str, str] | None:
    """Het (blad, cel) van een benoemde cel, waarom de naam niet deugt, of ``None`` voor een eigen naam van de
    gebruiker voor een bereik op een ander tabblad dan ``blad`` (die leest kostprijs niet; hij mag)."""
    from openpyxl.utils.cell import column_index_from_string

    if naam.casefold() in gezien:
        return "deze naam staat twee keer in het werkboek (ook zonder verschil in hoofdletters)"
    if lokaal is not None:
        return "deze naam geldt alleen voor één tabblad; een werkboek van kostprijs kent alleen werkboeknamen"
    if "#REF!" in tekst:
        return "de naam verwijst naar #REF! (een verwijderde cel); zet de cel terug of gebruik een nieuw werkboek"
    m = _NAAM.match(tekst.strip())
    if not m:
        bereik = _BEREIK.match(tekst.strip())
        ander = ((bereik.group(1) or "").replace("''", "'") or bereik.group(2)) if bereik else None
        if ander in sheetnames and ander != blad:
            return None
        return f"de naam verwijst niet naar één cel maar naar '{tekst[:40]}'"
    doelblad = (m.group(1) or "").replace("''", "'") or m.group(2)
    kolom, rij = column_index_from_string(m.group(3)), int(m.group(4))
    if doelblad not in sheetnames:
        return f"de naam verwijst naar een tabblad dat niet bestaat ('{doelblad[:40]}')"
    if not (1 <= kolom <= 16_384 and 1 <= rij <= 1_048_576):
        return f"de naam verwijst naar een cel buiten het blad ({m.group(3)}{m.group(4)})"
    if doelblad == blad and not (kolom <= MAX_KOL and rij <= MAX_RIJ):
        return f"de naam verwijst naar {m.group(3)}{m.group(4)}, buiten het gelezen deel A1:AD{MAX_RIJ}"
    return doelblad, f"{m.group(3)}{m.group(4)}"


def _cellen(pad: Path, bron: str, blad: str, basisblad: str) -> dict[str, Blad]:
    """Uitgangspunten binnen A1:AD2000 en A1:A2 van het verborgen model, met openpyxl ``read_only``."""
    import openpyxl

    uit: dict[str, Blad] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            wb = openpyxl.load_workbook(pad, read_only=True, data_only=False, keep_links=False, keep_vba=False)
        except Exception:
            raise _fout(bron, [Melding(bron, "het werkboek kan niet worden gelezen (ongeldige inhoud); sla het "
                                             "opnieuw op in Excel")]) from None
        try:
            for naam, rijen, kolommen in ((blad, MAX_RIJ, MAX_KOL), (basisblad, 2, 1)):
                if naam in wb.sheetnames:
                    uit[naam] = _lees_blad(wb[naam], rijen, kolommen, bron)
        finally:
            wb.close()
    return uit


def _lees_blad(ws: Any, rijen: int, kolommen: int, bron: str) -> Blad:
    from openpyxl.utils import get_column_letter

    blad = Blad()
    try:
        for r, rij in enumerate(ws.iter_rows(min_row=1, max_row=rijen, min_col=1, max_col=kolommen), start=1):
            for k, c in enumerate(rij, start=1):
                if c.value is not None:
                    blad.cellen[f"{get_column_letter(k)}{r}"] = Cel(c.value, str(c.data_type), str(c.number_format))
    except Exception:  # bijv. een datum buiten het bereik van Python: nooit een traceback
        raise _fout(bron, [Melding(ws.title, "de cellen van dit tabblad kunnen niet worden gelezen (ongeldige "
                                             "celinhoud); sla het werkboek opnieuw op in Excel")]) from None
    return blad


def _basismodel(blad: Blad | None, bron: str, basisblad: str, cel: str = "A1",
                verplicht: bool = True) -> dict[str, Any] | None:
    """Een JSON-blok uit het verborgen blad: het model (A1) of de waarden uit het register (A2, mag leeg).

    Ontbreekt het blad (of een cel die niet verplicht is), dan ``None``; is het kapot, dan een fout.
    """
    if blad is None:
        return None
    plaats = f"{basisblad}!{cel}"
    tekst = blad[cel].value
    if tekst is None and not verplicht:
        return None

    def kapot(reden: str) -> InvoerFout:
        return _fout(bron, [Melding(plaats, f"het opgeslagen model is beschadigd ({reden}); schrijf het werkboek "
                                            "opnieuw met `kostprijs bereken --excel`")])

    if not isinstance(tekst, str) or len(tekst) > MAX_MODEL:
        raise kapot("geen tekst of langer dan 32.767 tekens")
    try:
        model = json.loads(tekst)
    except (ValueError, RecursionError):
        raise kapot("geen geldige JSON") from None
    if not isinstance(model, dict) or _diepte(model) > MAX_MODELDIEPTE:
        raise kapot(f"geen blok met velden, of dieper genest dan {MAX_MODELDIEPTE} niveaus")
    return model


def _diepte(x: Any) -> int:
    stapel, diepste = [(x, 1)], 0
    while stapel:
        w, d = stapel.pop()
        diepste = max(diepste, d)
        if isinstance(w, Mapping):
            stapel.extend((v, d + 1) for v in w.values())
        elif isinstance(w, list):
            stapel.extend((v, d + 1) for v in w)
    return diepste


def invoermeldingen(wb: Werkboek, invoer: Mapping[str, tuple[str, str]]) -> list[Melding]:
    """Invoercellen (naam -> (blad, cel)) in een verborgen rij of kolom, in een samenvoeging, of met een
    getalnotatie die de waarde anders toont (:mod:`kostprijs.io.getalnotatie`)."""
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string, range_boundaries

    from kostprijs.io.getalnotatie import verhullend

    info = wb.structuur
    if info is None:
        return []
    samen = [(ref, range_boundaries(ref)) for ref in info.samengevoegd]
    uit: list[Melding] = []
    for blad, cel in sorted(set(invoer.values())):
        letter, r = coordinate_from_string(cel)
        k = column_index_from_string(letter)
        plaats = f"{blad}!{cel}"
        if r in info.verborgen_rijen or k in info.verborgen_kolommen:
            uit.append(Melding(plaats, "deze invoercel staat in een verborgen rij of kolom; maak die zichtbaar"))
        for ref, (k1, r1, k2, r2) in samen:
            if k1 is not None and r1 is not None and k2 is not None and r2 is not None and k1 <= k <= k2 \
                    and r1 <= r <= r2:
                uit.append(Melding(f"{blad}!{ref}", f"samengevoegde cellen over de invoercel {cel}; hef de "
                                                    "samenvoeging op"))
        reden = verhullend(wb[blad][cel].number_format) if wb[blad][cel].value is not None else None
        if reden:
            uit.append(Melding(plaats, f"{reden}; zet de notatie terug"))
    return uit
