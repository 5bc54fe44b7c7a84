"""Maak vijandige invoer voor ``lees-excel`` (werkboeken), YAML-modellen en salaristabellen (issue 13).

Gebruik::

    python scripts/maak_vijandige_invoer.py MAP

Zusje van ``maak_vijandige_bestanden.py`` (dat maakt ingevulde uitvraagsjablonen voor ``inlezen``).
Elk geval is een bestand met de opdracht die het leest, een categorie en een stuk tekst dat in de melding
moet staan (``Blad!Cel``, ``bestand, regel N``, een YAML-pad of de naam van een benoemde cel). Verwacht
gedrag voor elk geval: exitcode 2, een Nederlandse melding met bestand en plaats, geen traceback, niets
geschreven, binnen 5 s en 200 MB. ``maak_mappen`` maakt onderzoeksmappen met een snelkoppeling, pijp,
apparaat, map of een naam met een regelovergang. De tests (``tests/test_vijandige_invoer.py``) bouwen alles
met deze functies in een tijdelijke map.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import stat
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from maak_vijandige_bestanden import _herschrijf, beschadig_inhoud, zet_compressie

VOORBEELD = Path(__file__).resolve().parents[1] / "examples" / "kwv-4-plaatsen.yaml"


@dataclass(frozen=True)
class Geval:
    """Eén vijandig invoerbestand: welke opdracht het leest en welke plaats de melding noemt."""

    bestand: str
    opdracht: str
    categorie: str
    plaats: str
    genoemd: str = ""
    """Het bestand dat de melding noemt, als dat een ander is (een salaristabel waar het model naar wijst)."""


def _vervang(onderdeel: str, patroon: str, door: str, aantal: int = 1) -> Callable[[str, bytes], bytes]:
    def wijzig(naam: str, data: bytes) -> bytes:
        if naam != onderdeel:
            return data
        nieuw, n = re.subn(patroon.encode(), door.encode(), data, count=aantal, flags=re.DOTALL)
        if n == 0:
            raise RuntimeError(f"patroon {patroon!r} niet gevonden in {naam}")
        return nieuw
    return wijzig


def _namen(werkboek: Path) -> dict[str, str]:
    """Benoemde cellen van het werkboek: naam -> cel (zonder $), alleen op Uitgangspunten."""
    with zipfile.ZipFile(werkboek) as zf:
        tekst = zf.read("xl/workbook.xml").decode()
    return {m.group(1): m.group(2).replace("$", "")
            for m in re.finditer(r"<definedName name=\"([^\"]+)\">'Uitgangspunten'!([$A-Z0-9]+)</definedName>", tekst)}


# ---------------------------------------------------------------- werkboeken (lees-excel)

UIT = "xl/worksheets/sheet2.xml"
"""Uitgangspunten (tweede tabblad van het werkboek)."""
MODEL = "xl/worksheets/sheet9.xml"
"""Het verborgen opgeslagen model (_kostprijs_model)."""


def _inline(cel: str, tekst: str) -> tuple[str, str]:
    """Patroon en vervanging die cel ``cel`` een tekst geven (inline, zonder gedeelde tekst)."""
    patroon = rf'<c r="{cel}"( s="\d+")?( t="s")?>(<v>[^<]*</v>)?</c>'
    return patroon, f'<c r="{cel}"\\1 t="inlineStr"><is><t>{tekst}</t></is></c>'


def _werkboek_tabel(n: dict[str, str]) -> list[tuple[str, str, str, str, str, str]]:
    """(bestand, categorie, plaats, onderdeel, patroon, vervanging) voor wijzigingen in de XML."""
    plaatsen, naam, begin, dienst = n["kwv_plaatsen"], n["kwv_naam"], n["dienst_1_begin"], n["dienst_1_naam"]
    rij = plaatsen.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    definitie = rf"(<definedName name=\"kwv_plaatsen\">)'Uitgangspunten'!\$B\${rij}(</definedName>)"
    diep = "[" * 16_000 + "]" * 16_000
    genest = "{\"a\": " * 25 + "1" + "}" * 25
    return [
        ("le_verborgen_dubbel_tabblad.xlsx", "veryHidden tabblad 'uitgangspunten' vóór het zichtbare",
         "Uitgangspunten", "xl/workbook.xml", r'<sheet name="Uitgangspunten"',
         '<sheet name="uitgangspunten" sheetId="99" state="veryHidden" r:id="rId9"/><sheet name="Uitgangspunten"'),
        ("le_naam_bereik.xlsx", "benoemde cel wijst naar een bereik", "naam 'kwv_plaatsen'", "xl/workbook.xml",
         definitie, rf"\1'Uitgangspunten'!$B${rij}:$C${int(rij) + 1}\2"),
        ("le_naam_ref.xlsx", "benoemde cel wijst naar #REF!", "naam 'kwv_plaatsen'", "xl/workbook.xml", definitie,
         r"\1#REF!\2"),
        ("le_naam_buiten_blad.xlsx", "benoemde cel buiten het blad (XFE)", "naam 'kwv_plaatsen'", "xl/workbook.xml",
         definitie, rf"\1'Uitgangspunten'!$XFE${rij}\2"),
        ("le_naam_buiten_bereik.xlsx", "benoemde cel buiten het gelezen deel", "naam 'kwv_plaatsen'",
         "xl/workbook.xml", definitie, r"\1'Uitgangspunten'!$B$5000\2"),
        ("le_naam_onbekend_blad.xlsx", "benoemde cel op een tabblad dat niet bestaat", "naam 'kwv_plaatsen'",
         "xl/workbook.xml", definitie, rf"\1'Bestaat niet'!$B${rij}\2"),
        ("le_naam_dubbel.xlsx", "benoemde cel twee keer (hoofdletters)", "naam 'kwv_plaatsen'", "xl/workbook.xml",
         r"<definedName name=\"kwv_plaatsen\">",
         f"<definedName name=\"KWV_PLAATSEN\">'Uitgangspunten'!$B${int(rij) + 1}</definedName>"
         "<definedName name=\"kwv_plaatsen\">"),
        ("le_naam_lokaal.xlsx", "benoemde cel die alleen voor één blad geldt", "naam 'kwv_plaatsen'",
         "xl/workbook.xml", r"<definedName name=\"kwv_plaatsen\">",
         '<definedName name="kwv_plaatsen" localSheetId="1">'),
        ("le_tijd_1e306.xlsx", "tijdcel met 1e306", f"Uitgangspunten!{begin}", UIT,
         rf'(<c r="{begin}" s="\d+">)<v>[^<]*</v>', r"\1<v>1E306</v>"),
        ("le_diep_genest_model.xlsx", "verborgen model 16.000 niveaus diep", "_kostprijs_model!A1", MODEL,
         *_inline("A1", diep)),
        ("le_model_te_diep.xlsx", "verborgen model 25 niveaus diep", "_kostprijs_model!A1", MODEL,
         *_inline("A1", genest.replace('"', "&quot;"))),
        ("le_model_kapot.xlsx", "verborgen model is geen JSON", "_kostprijs_model!A1", MODEL,
         *_inline("A1", "{niet: json")),
        ("le_samenvoeging_over_invoer.xlsx", "samenvoeging over een invoercel", f"Uitgangspunten!{plaatsen}:C{rij}",
         UIT, r"</sheetData>", f'</sheetData><mergeCells count="1"><mergeCell ref="{plaatsen}:C{rij}"/></mergeCells>'),
        ("le_verborgen_rij.xlsx", "invoercel in een verborgen rij", f"Uitgangspunten!{plaatsen}", UIT,
         rf'<row r="{rij}" ', f'<row r="{rij}" hidden="1" '),
        ("le_rij_hoogte_nul.xlsx", "invoercel in een rij van hoogte 0", f"Uitgangspunten!{plaatsen}", UIT,
         rf'<row r="{rij}" ', f'<row r="{rij}" ht="0" customHeight="1" '),
        ("le_kolom_breedte_nul.xlsx", "invoercel in een kolom van breedte 0", f"Uitgangspunten!{plaatsen}", UIT,
         r'<col min="2" max="2" width="[0-9.]+"', '<col min="2" max="2" width="0"'),
        ("le_getal_underscore.xlsx", "ruw getal 4_0", f"Uitgangspunten!{plaatsen}", UIT,
         rf'(<c r="{plaatsen}" s="\d+">)<v>\d+</v>', r"\1<v>4_0</v>"),
        ("le_arabische_cijfers.xlsx", "ruw getal met Arabische cijfers", f"Uitgangspunten!{plaatsen}", UIT,
         rf'(<c r="{plaatsen}" s="\d+">)<v>\d+</v>', "\\1<v>\u0664</v>"),
        ("le_dubbele_rij.xlsx", "rij twee keer", f"Uitgangspunten!A{rij}", UIT, rf'(<row r="{rij}" .*?</row>)',
         rf'\1<row r="{rij}"><c r="{plaatsen}"><v>40</v></c></row>'),
        ("le_dubbele_cel.xlsx", "cel twee keer", f"Uitgangspunten!{plaatsen}", UIT,
         rf'(<c r="{plaatsen}" s="\d+"><v>\d+</v></c>)', rf'\1<c r="{plaatsen}"><v>40</v></c>'),
        ("le_escape_in_naam.xlsx", "Excel-code _x000B_ in de naam", f"Uitgangspunten!{naam}", UIT,
         *_inline(naam, "Huize_x000B_Anker")),
        ("le_bidi_in_naam.xlsx", "richtingsteken in de naam", f"Uitgangspunten!{naam}", UIT,
         *_inline(naam, "Huize \u202eNOOZ")),
        ("le_regelscheider_in_dienst.xlsx", "U+2028 in een dienstnaam", f"Uitgangspunten!{dienst}", UIT,
         *_inline(dienst, "vroeg\u2028laat")),
    ]


def maak_werkboeken(map_: Path) -> list[Geval]:
    """Schrijf de vijandige werkboeken naar ``map_``; geeft de gevallen."""
    import openpyxl

    from kostprijs import lees_model
    from kostprijs.excel import schrijf_werkboek

    goed = map_ / ".goed.xlsx"
    schrijf_werkboek(lees_model(VOORBEELD), goed)
    n = _namen(goed)
    gevallen = []

    def maak(naam: str, categorie: str, plaats: str, schrijf: Callable[[Path], object]) -> None:
        schrijf(map_ / naam)
        gevallen.append(Geval(naam, "lees-excel", categorie, plaats))

    for naam, categorie, plaats, onderdeel, patroon, door in _werkboek_tabel(n):
        maak(naam, categorie, plaats, lambda p, o=onderdeel, a=patroon, b=door: _herschrijf(goed, p, _vervang(o, a, b)))
    maak("le_naam_spaties.xlsx", "naam van alleen spaties", f"Uitgangspunten!{n['kwv_naam']}",
         lambda p: _herschrijf(goed, p, _vervang(UIT, *_inline(n["kwv_naam"], "   "))))
    for naam, extra in (("le_vba_kleine_letters.xlsx", "xl/vbaproject.bin"),
                        ("le_macrobladen.xlsx", "xl/macrosheets/sheet1.xml"),
                        ("le_dialoogbladen.xlsx", "xl/dialogsheets/sheet1.xml")):
        maak(naam, f"verboden onderdeel {extra}", naam, lambda p, e=extra: _herschrijf(goed, p, extra={e: b"<x/>"}))
    maak("le_onbekende_compressie.xlsx", "onbekende compressiemethode", "le_onbekende_compressie.xlsx",
         lambda p: (_herschrijf(goed, p), zet_compressie(p, 99)))
    maak("le_beschadigde_compressie.xlsx", "beschadigde deflate-gegevens", "le_beschadigde_compressie.xlsx",
         lambda p: (_herschrijf(goed, p), beschadig_inhoud(p, "xl/workbook.xml")))

    def notatie(p: Path) -> None:
        wb = openpyxl.load_workbook(goed)
        wb["Uitgangspunten"][n["kwv_plaatsen"]].number_format = ";;;"
        wb.save(p)

    maak("le_notatie_verbergt.xlsx", "getalnotatie ;;; op een invoercel", f"Uitgangspunten!{n['kwv_plaatsen']}",
         notatie)
    veel = "".join(f'<row r="{r}">' + "".join(f'<c r="{k}{r}"><v>1</v></c>' for k in "ABCDEFGHIJ") + "</row>"
                   for r in range(2001, 8002))
    maak("le_veel_cellen.xlsx", "60.000 cellen op Uitgangspunten", "Uitgangspunten",
         lambda p: _herschrijf(goed, p, _vervang(UIT, r"</sheetData>", veel + "</sheetData>")))
    maak("le_miljoen_cellen.xlsx", "blad met een miljoen cellen (25 MB XML)", "le_miljoen_cellen.xlsx",
         lambda p: _miljoen_cellen(goed, p))
    maak("le_groot_bestand.xlsx", "bestand van 12 MB", "le_groot_bestand.xlsx",
         lambda p: _herschrijf(goed, p, extra={"xl/media/ruis.bin.xml": random.Random(5).randbytes(12 * 2**20)}))
    maak("le_pijp.xlsx", "pijp (FIFO) met een werkboeknaam", "le_pijp.xlsx", lambda p: os.mkfifo(p))
    goed.unlink()
    return gevallen


def _miljoen_cellen(goed: Path, doel: Path) -> None:
    """Een werkboek waarin Formatie een miljoen cellen heeft (gecomprimeerd ongeveer 1 MB)."""
    rij = "".join(f'<c r="{k}@"><v>1</v></c>' for k in "ABCDEFGHIJKLMNOPQRST")
    with zipfile.ZipFile(goed) as zin, zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED) as zuit:
        for info in zin.infolist():
            if info.filename != "xl/worksheets/sheet3.xml":
                zuit.writestr(info.filename, zin.read(info))
                continue
            with zuit.open(info.filename, "w") as uit:
                uit.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
                for r in range(1, 50_001):
                    uit.write(f'<row r="{r}">{rij.replace("@", str(r))}</row>'.encode())
                uit.write(b"</sheetData></worksheet>")


# ---------------------------------------------------------------- YAML (bereken)

def _yaml_tabel() -> list[tuple[str, str, str, Callable[[str], str]]]:
    """(bestand, categorie, plaats, bewerking van het voorbeeld)."""
    def vervang(oud: str, nieuw: str) -> Callable[[str], str]:
        def f(t: str) -> str:
            assert oud in t, oud
            return t.replace(oud, nieuw, 1)
        return f

    def erbij(regel: str) -> Callable[[str], str]:
        return lambda t: t + regel + "\n"

    laatste = str(len(VOORBEELD.read_text(encoding="utf-8").splitlines()) + 1)
    anker = "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10) if i else ', '.join(['x'] * 10)}]\n"
                    for i in range(9))
    ketting = "".join(f"k{i}: &k{i} " + "[" * 30 + (f"*k{i - 1}" if i else "1") + "]" * 30 + "\n" for i in range(3))
    veel = "extra:\n" + "".join(f"  - [{i}, {i}, {i}, {i}, {i}, {i}, {i}, {i}]\n" for i in range(9000))
    return [
        ("y_flow_diep.yaml", "flow-lijst 300 niveaus diep", f"regel {laatste}",
         erbij("extra: " + "[" * 300 + "]" * 300)),
        ("y_flow_heel_diep.yaml", "flow-lijst 5.000 niveaus diep", f"regel {laatste}",
         erbij("extra: " + "[" * 5000 + "]" * 5000)),
        ("y_getal_5000_cijfers.yaml", "geheel getal van 5.000 cijfers", "regel 6", vervang("plaatsen: 4",
                                                                                         "plaatsen: " + "9" * 5000)),
        ("y_getal_500_cijfers.yaml", "geheel getal van 500 cijfers", "regel 68",
         vervang("huur_per_jaar: 30000", "huur_per_jaar: " + "9" * 500)),
        ("y_python_object.yaml", "tag !!python/object/apply", f"regel {laatste}",
         erbij("extra: !!python/object/apply:os.system ['echo gehackt']")),
        ("y_python_name.yaml", "tag !!python/name", "regel 4",
         vervang("naam: KWV", "naam: !!python/name:os.system KWV")),
        ("y_eigen_tag.yaml", "eigen tag !eigen", "regel 6", vervang("plaatsen: 4", "plaatsen: !eigen 4")),
        ("y_datum_30_februari.yaml", "datum 2025-02-30", f"regel {laatste}", erbij("peildatum: 2025-02-30")),
        ("y_datum_maand_13.yaml", "datum 2025-13-01", f"regel {laatste}", erbij("peildatum: 2025-13-01")),
        ("y_tijd_25_uur.yaml", "tijdstempel 25:00:00", f"regel {laatste}", erbij("peildatum: 2025-01-01 25:00:00")),
        ("y_voorloopnul.yaml", "012 (YAML 1.2 leest 12)", "regel 6", vervang("plaatsen: 4", "plaatsen: 012")),
        ("y_underscore.yaml", "30_000", "regel 68", vervang("huur_per_jaar: 30000", "huur_per_jaar: 30_000")),
        ("y_hexadecimaal.yaml", "0x4", "regel 6", vervang("plaatsen: 4", "plaatsen: 0x4")),
        ("y_naam_spaties.yaml", "naam van alleen spaties", "naam (y_naam_spaties.yaml, regel 4)",
         vervang("naam: KWV referentiecasus 4 plaatsen", "naam: '   '")),
        ("y_naam_bidi.yaml", "richtingsteken in de naam", "naam (y_naam_bidi.yaml, regel 4)",
         vervang("naam: KWV referentiecasus 4 plaatsen", 'naam: "KWV \\u202eNOOZ"')),
        ("y_naam_stuurteken.yaml", "verticale tab in de naam", "naam (y_naam_stuurteken.yaml, regel 4)",
         vervang("naam: KWV referentiecasus 4 plaatsen", 'naam: "KWV\\vreferentie"')),
        ("y_naam_regelscheider.yaml", "U+2028 in de naam", "naam (y_naam_regelscheider.yaml, regel 4)",
         vervang("naam: KWV referentiecasus 4 plaatsen", 'naam: "KWV\\Lreferentie"')),
        ("y_naam_excel_escape.yaml", "Excel-code _x000B_ in de naam", "naam (y_naam_excel_escape.yaml, regel 4)",
         vervang("naam: KWV referentiecasus 4 plaatsen", "naam: KWV_x000B_referentie")),
        ("y_dienst_bidi.yaml", "richtingsteken in een dienstnaam", "rooster.diensten[0].naam",
         vervang("{naam: vroeg,", '{naam: "vr\\u202eoeg",')),
        ("y_veel_waarden.yaml", "300 kB met 36.000 waarden", "te veel waarden", erbij(veel)),
        ("y_ankerbom.yaml", "verwijzingen (&anker) die uitvouwen tot 10^9 waarden", "te groot", lambda t: anker + t),
        ("y_diep_via_ankers.yaml", "nesting via een ketting van ankers", "te diep", lambda t: ketting + t),
        ("y_yaml_11.yaml", "%YAML 1.1 (no wordt false)", "regel 1", lambda t: "%YAML 1.1\n---\n" + t),
    ]


def maak_yaml(map_: Path) -> list[Geval]:
    """Schrijf de vijandige YAML-modellen (en salaristabellen) naar ``map_``; geeft de gevallen."""
    basis = VOORBEELD.read_text(encoding="utf-8")
    gevallen = []
    for naam, categorie, plaats, bewerk in _yaml_tabel():
        (map_ / naam).write_text(bewerk(basis), encoding="utf-8")
        gevallen.append(Geval(naam, "bereken", categorie, plaats))
    kop = "geldig_vanaf;schaal;trede;maandsalaris;status;bron_titel\n"
    (map_ / "y_tabel_groot_veld.csv").write_text(kop + '2025-03-01;8;0;"' + "9" * 200_000 + '";bron;T\n',
                                                 encoding="utf-8")
    (map_ / "y_salaris_csv_groot_veld.yaml").write_text(basis + "salaristabel: y_tabel_groot_veld.csv\n",
                                                        encoding="utf-8")
    gevallen.append(Geval("y_salaris_csv_groot_veld.yaml", "bereken", "salaristabel-CSV met een veld van 200 kB",
                          "y_tabel_groot_veld.csv, regel 2", "y_tabel_groot_veld.csv"))
    (map_ / "y_tabel_tag.yaml").write_text("naam: t\neenheid: EUR/maand\ntabellen: !!python/object:os.system {}\n",
                                           encoding="utf-8")
    (map_ / "y_salaris_yaml_tag.yaml").write_text(basis + "salaristabel: y_tabel_tag.yaml\n", encoding="utf-8")
    gevallen.append(Geval("y_salaris_yaml_tag.yaml", "bereken", "salaristabel-YAML met !!python/object",
                          "y_tabel_tag.yaml, regel 3", "y_tabel_tag.yaml"))
    (map_ / "y_latin1.yaml").write_bytes(basis.replace("KWV", "KWV Ëlma").encode("latin-1", "replace"))
    gevallen.append(Geval("y_latin1.yaml", "bereken", "geen UTF-8", "y_latin1.yaml"))
    (map_ / "y_te_groot.yaml").write_text(basis + "#" * 1_100_000 + "\n", encoding="utf-8")
    gevallen.append(Geval("y_te_groot.yaml", "bereken", "1,1 MB", "y_te_groot.yaml"))
    os.mkfifo(map_ / "y_pijp.yaml")
    gevallen.append(Geval("y_pijp.yaml", "bereken", "pijp (FIFO)", "y_pijp.yaml"))
    return gevallen


# ---------------------------------------------------------------- onderzoeksmappen

def maak_mappen(map_: Path, geldig: Path) -> dict[str, tuple[str, str]]:
    """Bijzondere namen in onderzoeksmap ``map_`` naast geldige bestanden; ``geldig`` is een geldig sjabloon.

    Geeft per soort (getoonde naam, woord in de reden).
    """
    uit: dict[str, tuple[str, str]] = {}
    (map_ / "koppeling.xlsx").symlink_to(geldig)
    uit["snelkoppeling"] = ("koppeling.xlsx", "snelkoppeling")
    os.mkfifo(map_ / "pijp.xlsx")
    uit["pijp"] = ("pijp.xlsx", "geen gewoon bestand")
    (map_ / "map.xlsx").mkdir()
    uit["map"] = ("map.xlsx", "een map")
    try:
        os.mknod(map_ / "apparaat.xlsx", stat.S_IFCHR | 0o600, os.makedev(1, 5))
        uit["apparaat"] = ("apparaat.xlsx", "geen gewoon bestand")
    except OSError:  # geen rechten voor mknod (geen root): de andere soorten blijven
        pass
    (map_ / "opgave\nafgewezen: alles goed.xlsx").write_bytes(b"geen zip")
    uit["regelovergang"] = ("opgave\\nafgewezen: alles goed.xlsx", "geen .xlsx-bestand")
    (map_ / "=HYPERLINK(1).xlsx").write_bytes(b"geen zip")
    uit["formule"] = ("=HYPERLINK(1).xlsx", "geen .xlsx-bestand")
    return uit


def maak_alles(map_: Path) -> list[Geval]:
    """Werkboeken en YAML in ``map_``."""
    map_.mkdir(parents=True, exist_ok=True)
    return maak_werkboeken(map_) + maak_yaml(map_)


def main() -> None:
    """Opdrachtregel."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("map", type=Path)
    a = p.parse_args()
    gevallen = maak_alles(a.map)
    for g in gevallen:
        print(f"{g.opdracht:10s} {g.bestand:36s} {g.categorie:55s} {g.plaats}")
    print(f"{len(gevallen)} bestanden geschreven in {a.map}")


if __name__ == "__main__":
    main()
