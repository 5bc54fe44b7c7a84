"""Voorcontrole van een aangeleverd bestand, vóórdat een XML-parser of openpyxl het ziet.

Alleen de bytes en de zip-inhoudsopgave worden bekeken (plus een begrensde stroomscan van de
XML-onderdelen op ``<!DOCTYPE``/``<!ENTITY``). Geweigerd worden: te grote bestanden, te veel
onderdelen, verdachte compressie (zipbom), te veel uitgepakte bytes, versleutelde onderdelen, macro's
(``vbaProject.bin``, macro-inhoudstype), externe koppelingen, ingesloten objecten en ActiveX, DTD's en
entiteiten (XML-bom), versleutelde werkmappen en oude ``.xls``-bestanden (OLE/CFB-handtekening),
beschadigde of afgekapte zip-archieven (ook een onbekende compressiemethode), bestanden die geen zip
zijn, en alles wat geen gewoon bestand is (een pijp of apparaat wordt nooit geopend). Namen van
onderdelen worden zonder verschil in hoofdletters vergeleken (``xl/vbaproject.bin`` is ook een macro).

Bron: ``docs/onderzoek.md`` (grenzen en schets); de grenzen zijn ruim boven een
ingevuld sjabloon (ongeveer 25 kB gecomprimeerd, 120 kB uitgepakt, 20 onderdelen, compressie < 10).
"""

from __future__ import annotations

import os
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kostprijs.errors import InvoerFout, Melding
from kostprijs.io.bestanden import soort_probleem
from kostprijs.io.tekstregels import toon_naam

MAX_BESTAND = 10 * 2**20
"""Grootste toegestane bestand. [byte]"""
MAX_UITGEPAKT = 10 * 2**20
"""Grootste totale uitgepakte grootte (een ingevuld sjabloon: ongeveer 120 kB). [byte]"""
MAX_ONDERDEEL = 4 * 2**20
"""Grootste uitgepakte grootte van één onderdeel (begrenst o.a. de tabel met gedeelde teksten). [byte]"""
MAX_VERHOUDING = 100
"""Grootste compressieverhouding van één onderdeel (boven :data:`VERHOUDING_VANAF`). [/1]"""
VERHOUDING_VANAF = 256 * 2**10
"""Onderdelen kleiner dan dit (uitgepakt) tellen niet mee voor de verhouding. [byte]"""
MAX_ONDERDELEN = 300


@dataclass(frozen=True)
class Grenzen:
    """Grenzen van de voorcontrole: het uitvraagsjabloon gebruikt de standaard, ``lees-excel`` ruimere."""

    bestand: int = MAX_BESTAND
    """Grootste bestand. [byte]"""
    uitgepakt: int = MAX_UITGEPAKT
    """Grootste totale uitgepakte grootte. [byte]"""
    onderdeel: int = MAX_ONDERDEEL
    """Grootste uitgepakte grootte van één onderdeel. [byte]"""
    onderdelen: int = MAX_ONDERDELEN
    """Meeste onderdelen in het zip-archief."""
    verhouding: float = MAX_VERHOUDING
    """Grootste compressieverhouding van één onderdeel vanaf :data:`VERHOUDING_VANAF`. [/1]"""


SJABLOON = Grenzen()
VERBODEN = ("xl/vbaproject.bin", "xl/externallinks/", "xl/embeddings/", "xl/activex/", "xl/ctrlprops/",
            "xl/macrosheets/", "xl/dialogsheets/")
CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BLOK = 64 * 2**10


@dataclass(frozen=True)
class Voorcontrole:
    """Wat de voorcontrole zag (voor het logboek en de kalibratie van de grenzen)."""

    bytes: int
    onderdelen: int
    uitgepakt: int
    grootste_verhouding: float


def preflight(pad: str | os.PathLike[str], grenzen: Grenzen = SJABLOON) -> Voorcontrole:
    """Controleer ``pad`` vóór elke XML-verwerking; geeft een samenvatting of een :class:`InvoerFout`."""
    pad = Path(pad)
    naam = toon_naam(pad.name)

    def weiger(tekst: str) -> InvoerFout:
        return InvoerFout([Melding(naam, tekst)], bron=naam)

    soort = soort_probleem(pad)  # een pijp of apparaat wordt nooit geopend
    if soort:
        raise weiger(soort)
    try:
        grootte = pad.stat().st_size
        with open(pad, "rb") as f:
            kop = f.read(8)
    except OSError as e:
        raise weiger(f"het bestand kan niet worden gelezen ({e.strerror})") from None
    if grootte > grenzen.bestand:
        raise weiger(f"het bestand is {_mb(grootte)} MB; hoogstens {_mb(grenzen.bestand)} MB")
    if kop.startswith(CFB):
        raise weiger(_cfb_soort(pad))
    if not kop.startswith(b"PK\x03\x04"):
        raise weiger("dit is geen .xlsx-bestand (geen Office Open XML-zip); sla het sjabloon op als "
                     "Excel-werkmap (.xlsx)")
    try:
        with zipfile.ZipFile(pad) as zf:
            return _zip(zf, grootte, weiger, grenzen)
    except InvoerFout:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
            NotImplementedError, KeyError):
        raise weiger("het bestand is beschadigd of onvolledig (geen geldig zip-archief); sla het "
                     "opnieuw op in Excel") from None


def _mb(n: int) -> str:
    """Bytes als megabytes met één decimaal in Nederlandse notatie."""
    return f"{n / 2**20:.1f}".replace(".", ",")


def _cfb_soort(pad: Path) -> str:
    inhoud = pad.read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in inhoud:
        return ("de werkmap is met een wachtwoord versleuteld; sla haar op zonder wachtwoord "
                "(Bestand > Info > Werkmap beveiligen) en lever haar opnieuw aan")
    return ("dit is een oud Excel-bestand (.xls, binair formaat); open het in Excel en sla het op als "
            "Excel-werkmap (.xlsx)")


def _zip(zf: zipfile.ZipFile, grootte: int, weiger: Callable[[str], InvoerFout], grenzen: Grenzen) -> Voorcontrole:
    infos = zf.infolist()
    if len(infos) > grenzen.onderdelen:
        raise weiger(f"het archief heeft {len(infos)} onderdelen (hoogstens {grenzen.onderdelen})")
    namen = [i.filename.lower() for i in infos]
    if len(set(namen)) != len(namen):
        raise weiger("het archief bevat onderdelen met dezelfde naam (verdacht)")
    verhouding = 0.0
    for i, naam in zip(infos, namen, strict=True):
        if i.flag_bits & 0x1:
            raise weiger(f"het onderdeel {i.filename} is versleuteld")
        if naam.startswith(VERBODEN) or naam.endswith(".bin"):
            raise weiger(_verboden_tekst(i.filename))
        if i.file_size > grenzen.onderdeel:
            raise weiger(f"het onderdeel {i.filename} is uitgepakt {_mb(i.file_size)} MB (hoogstens "
                         f"{_mb(grenzen.onderdeel)} MB per onderdeel)")
        if i.file_size > VERHOUDING_VANAF:
            r = i.file_size / max(i.compress_size, 1)
            verhouding = max(verhouding, r)
            if r > grenzen.verhouding:
                raise weiger(f"verdachte compressie in {i.filename} ({r:.0f}:1, mogelijk een zipbom)")
    uitgepakt = sum(i.file_size for i in infos)
    if uitgepakt > grenzen.uitgepakt:
        raise weiger(f"uitgepakt is het archief {_mb(uitgepakt)} MB (hoogstens {_mb(grenzen.uitgepakt)} MB)")
    for i, naam in zip(infos, namen, strict=True):
        if naam.endswith((".xml", ".rels", ".vml")):
            _scan_xml(zf, i, weiger)
    return Voorcontrole(grootte, len(infos), uitgepakt, verhouding)


def _verboden_tekst(onderdeel: str) -> str:
    laag = onderdeel.lower()
    if "vbaproject" in laag or "macro" in laag or laag.endswith(".bin"):
        return (f"de werkmap bevat macro's of binaire onderdelen ({onderdeel}); sla haar op als .xlsx "
                "zonder macro's")
    if "externallinks" in laag:
        return (f"de werkmap verwijst naar een ander bestand ({onderdeel}); verbreek de koppeling "
                "(Gegevens > Koppelingen bewerken) en vul waarden in")
    return f"de werkmap bevat ingesloten objecten of besturingselementen ({onderdeel}); verwijder die"


def _scan_xml(zf: zipfile.ZipFile, info: zipfile.ZipInfo, weiger: Callable[[str], InvoerFout]) -> None:
    """Zoek stroomsgewijs naar DTD's en entiteiten; ook een macro-inhoudstype telt als macro."""
    staart = b""
    with zf.open(info) as f:
        while blok := f.read(_BLOK):
            stuk = staart + blok
            if b"<!DOCTYPE" in stuk or b"<!ENTITY" in stuk:
                raise weiger(f"{info.filename} bevat een DTD of entiteiten (niet toegestaan; mogelijk een "
                             "XML-bom)")
            if info.filename == "[Content_Types].xml" and (b"macroenabled" in stuk.lower()
                                                          or b"vbaproject" in stuk.lower()):
                raise weiger("de werkmap is een werkmap met macro's (.xlsm); sla haar op als .xlsx")
            staart = blok[-16:]
