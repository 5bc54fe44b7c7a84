"""Fuzzing van de drie importers (issue 13): ``inlezen`` (uitvraagsjabloon), ``lees-excel`` (werkboek) en de
YAML-lezer (``lees_model``).

Elke doelfunctie begint bij een geldige invoer die Hypothesis beschadigt: op byteniveau (willekeurige
bytes), op XML-niveau (stukken uit :data:`WOORDEN_XML` invoegen, weghalen of verdubbelen in één onderdeel
van de zip) of op YAML-niveau (:data:`WOORDEN_YAML`). Enige toegestane uitkomsten: een geldig model of de
eigen foutklasse :class:`~kostprijs.errors.KostprijsFout` met meldingen die een plaats noemen; elke invoer
binnen :data:`MAX_TIJD` en :data:`MAX_GEHEUGEN`.

In CI draait elk doel ``KOSTPRIJS_FUZZ_VOORBEELDEN`` keer (standaard 30; samen ongeveer een minuut). De
lange run (30 minuten, zelfde doelen via ``fuzz_one_input``) is ``scripts/fuzz_invoer.py``; zie
``docs/grenzen.md``. Invoer die daar een fout vond, staat hieronder als ``@example`` (regressietest).
"""

from __future__ import annotations

import functools
import io
import os
import re
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kostprijs.errors import InvoerFout, KostprijsFout
from tests.conftest import REFERENTIE

MAX_TIJD = 5.0
"""Langste tijd voor één invoer. [s]"""
MAX_GEHEUGEN = 200 * 2**20
"""Grootste geheugenpiek (Python-toewijzingen, tracemalloc) voor één invoer. [byte]"""
VOORBEELDEN = int(os.environ.get("KOSTPRIJS_FUZZ_VOORBEELDEN", "30"))
INSTELLINGEN = settings(max_examples=VOORBEELDEN, deadline=None, database=None,
                        suppress_health_check=list(HealthCheck))

WOORDEN_XML: tuple[bytes, ...] = (
    b'<row r="5">', b"</row>", b'<row r="4">', b'<row r="5" ht="0" customHeight="1">', b'<row>', b'<c r="C5">',
    b'<c r="C5" t="s">', b'<c r="C5" t="e">', b'<c r="C5" t="b">', b'<c r="C5" t="d">', b'<c r="C5" t="str">',
    b'<c r="B8" t="x">', b'<c r="C5" t="inlineStr"><is><t>x</t></is></c>', b"<v>4_0</v>", "<v>\u0664</v>".encode(),
    b"<v>1E999</v>", b"<v>1E306</v>", b"<v>" + b"9" * 400 + b"</v>", b"<v></v>", b"<v> 4 </v>", b"<v>2</v>",
    b"<f>SUM(A1:A9)</f>", b'<mergeCells count="1"><mergeCell ref="A1:F60"/></mergeCells>', b"<mergeCell/>",
    b'<mergeCell ref="B8:C9"/>', b'<cols><col min="2" max="3" width="0"/></cols>', b' hidden="1"', b' ht="0"',
    b' state="veryHidden"', b' state="hidden"', b'<sheet name="Locatie 1" sheetId="9" r:id="rId4"/>',
    b'<sheet name="uitgangspunten" sheetId="99" state="veryHidden" r:id="rId2"/>',
    b'<definedName name="kwv_plaatsen">#REF!</definedName>', b'<definedName name="kwv_naam">A1:B2</definedName>',
    b'<definedName name="x" localSheetId="0">Uitgangspunten!$A$1</definedName>', b"_x000B_", "\u202e".encode(),
    "\u2028".encode(), b"&#11;", b"&amp;", b"<!DOCTYPE x>", b'<!ENTITY a "b">', b"&a;", b"<![CDATA[x]]>",
    b'<?xml version="1.0" encoding="UTF-16"?>', b"\x00", b"\xff\xfe", b'"', b"<", b">", b"/>", b' s="999"',
    b'<dimension ref="A1:XFD1048576"/>', b'<sheetFormatPr zeroHeight="1"/>',
    b'<numFmts count="1"><numFmt numFmtId="200" formatCode=";;;"/></numFmts>', b' numFmtId="200"',
    b' numFmtId="14" applyNumberFormat="1"', b"[" * 40, b"{" * 40,
)
"""Stukken XML die iets kapot maken, verbergen of verdubbelen (uit de vijandige corpora en issue 13)."""

WOORDEN_YAML: tuple[str, ...] = (
    "[", "]", "{", "}", ": ", "- ", "\n", "  ", "\t", "&a ", "*a", "<<: *a\n", "!!python/object:os.system ",
    "!!python/object/apply:os.system ['x'] ", "!!str ", "!eigen ", "012", "0x1F", "450_000", "9" * 400,
    "9" * 5000, "1e999", ".nan", ".inf", "-.inf", "2025-02-30", "2025-13-01", "2025-01-01 25:00:00", "'", '"',
    "\\u202e", "\u202e", "\u2028", "\x0b", "\x00", "%YAML 1.1\n", "---\n", "...\n", "? ", "|\n", ">\n", "#", "~",
    "null", "yes", "NO", "[" * 200, "{a: " * 60, "&b [*a, *a, *a, *a, *a, *a, *a, *a]\n", "_x000B_", "   ",
    "salaristabel: /dev/zero\n", "salaristabel: .\n", "-1", "1.5e308",
)
"""Stukken YAML die verraderlijk zijn (uit het vijandige corpus en issue 13)."""

TEMPLATE_DELEN = ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml",
                  "xl/workbook.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml")
WERKBOEK_DELEN = ("xl/worksheets/sheet2.xml", "xl/worksheets/sheet9.xml", "xl/workbook.xml", "xl/sharedStrings.xml",
                  "xl/styles.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml")
_MAP = Path(tempfile.mkdtemp(prefix="kostprijs-fuzz-"))
LAATSTE: dict[str, Any] = {}
"""De laatst geprobeerde invoer (doel, pad, argumenten): voor ``scripts/fuzz_invoer.py``."""
STATISTIEK: dict[str, Any] = {"gelezen": {}, "langste": (0.0, ""), "piek": (0, "")}
"""Gelezen invoeren per doel, langste tijd en grootste geheugenpiek (met het doel erbij)."""


def _vast(data: bytes) -> bytes:
    """Herpak een zip met vaste datums, zodat byteposities bij elke run dezelfde bytes raken."""
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zuit:
        for info in zin.infolist():
            inhoud = zin.read(info)
            if info.filename == "docProps/core.xml":
                inhoud = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-01-01T00:00:00Z", inhoud)
            zuit.writestr(zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0)), inhoud, zipfile.ZIP_DEFLATED)
    return uit.getvalue()


@functools.cache
def zaden() -> dict[str, bytes]:
    """Geldige beginbestanden: een ingevuld sjabloon, een werkboek en het voorbeeldmodel."""
    import random

    from kostprijs import lees_model
    from kostprijs.excel import schrijf_werkboek
    from kostprijs.onderzoek.sjabloon import schrijf_sjabloon
    from tests.test_onderzoek_inlezen import script

    synth = script("maak_synthetische_studie")
    opgave, _ = synth.maak_opgave(random.Random(4), 1)
    sjabloon = synth.schrijf_ingevuld(schrijf_sjabloon(_MAP / "s.xlsx"), _MAP / "sjabloon.xlsx", opgave)
    schrijf_werkboek(lees_model(REFERENTIE), _MAP / "werkboek.xlsx")
    return {"inlezen": _vast(sjabloon.read_bytes()), "lees-excel": _vast((_MAP / "werkboek.xlsx").read_bytes()),
            "yaml": REFERENTIE.read_bytes()}


def lees(doel: str, inhoud: bytes, **argumenten: Any) -> None:
    """Eén invoer door een importer; alleen een geldig model of KostprijsFout, binnen tijd en geheugen."""
    from kostprijs import lees_model
    from kostprijs.excel import lees_werkboek
    from kostprijs.onderzoek.inlezen import lees_opgave

    pad = _MAP / ("fuzz.yaml" if doel == "yaml" else "fuzz.xlsx")
    pad.write_bytes(inhoud)
    LAATSTE.update(doel=doel, pad=pad, argumenten=argumenten)
    lezer = {"inlezen": lees_opgave, "lees-excel": lees_werkboek, "yaml": lees_model}[doel]
    al_aan = tracemalloc.is_tracing()  # de lange run laat tracemalloc aan: start/stop per invoer lekt geheugen
    if al_aan:
        tracemalloc.reset_peak()
    else:
        tracemalloc.start()
    basis = tracemalloc.get_traced_memory()[0]
    begin = time.perf_counter()
    try:
        lezer(pad)
    except InvoerFout as e:
        assert e.meldingen and all(m.plaats and m.tekst for m in e.meldingen), e.meldingen
    except KostprijsFout:
        pass
    finally:
        duur, piek = time.perf_counter() - begin, tracemalloc.get_traced_memory()[1] - basis
        if not al_aan:
            tracemalloc.stop()
        STATISTIEK["gelezen"][doel] = STATISTIEK["gelezen"].get(doel, 0) + 1
        STATISTIEK["langste"] = max(STATISTIEK["langste"], (duur, doel))
        STATISTIEK["piek"] = max(STATISTIEK["piek"], (piek, doel))
    assert duur < MAX_TIJD, f"{doel}: {duur:.1f} s"
    assert piek < MAX_GEHEUGEN, f"{doel}: {piek / 2**20:.0f} MB"


def _bytes(data: bytes, wijzigingen: list[tuple[int, int]], afkappen: int) -> bytes:
    uit = bytearray(data)
    for plek, waarde in wijzigingen:
        uit[plek % len(uit)] = waarde
    return bytes(uit[: len(uit) - afkappen % 64]) if afkappen else bytes(uit)


def _xml(data: bytes, onderdeel: str, bewerkingen: list[tuple[str, int, int, bytes]]) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zuit:
        for info in zin.infolist():
            inhoud = zin.read(info)
            if info.filename == onderdeel:
                for soort, plek, lengte, woord in bewerkingen:
                    i = plek % (len(inhoud) + 1)
                    if soort == "invoegen":
                        inhoud = inhoud[:i] + woord + inhoud[i:]
                    elif soort == "weg":
                        inhoud = inhoud[:i] + inhoud[i + lengte:]
                    else:
                        inhoud = inhoud[:i] + inhoud[i:i + lengte] * 2 + inhoud[i + lengte:]
            zuit.writestr(info.filename, inhoud)
    return uit.getvalue()


def _yaml(tekst: str, bewerkingen: list[tuple[str, int, int, str]]) -> str:
    for soort, plek, lengte, woord in bewerkingen:
        i = plek % (len(tekst) + 1)
        if soort == "invoegen":
            tekst = tekst[:i] + woord + tekst[i:]
        elif soort == "weg":
            tekst = tekst[:i] + tekst[i + lengte:]
        else:
            tekst = tekst[:i] + tekst[i:i + lengte] * 2 + tekst[i + lengte:]
    return tekst


BYTEWIJZIGINGEN = st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=8)
XMLBEWERKINGEN = st.lists(st.tuples(st.sampled_from(["invoegen", "weg", "dubbel"]), st.integers(0, 10**6),
                                    st.integers(1, 400), st.sampled_from(WOORDEN_XML) | st.binary(max_size=20)),
                          min_size=1, max_size=4)
YAMLBEWERKINGEN = st.lists(st.tuples(st.sampled_from(["invoegen", "weg", "dubbel"]), st.integers(0, 10**5),
                                     st.integers(1, 200), st.sampled_from(WOORDEN_YAML) | st.text(max_size=12)),
                           min_size=1, max_size=5)


@INSTELLINGEN
@given(BYTEWIJZIGINGEN, st.integers(0, 200))
def test_fuzz_inlezen_bytes(wijzigingen: list[tuple[int, int]], afkappen: int) -> None:
    lees("inlezen", _bytes(zaden()["inlezen"], wijzigingen, afkappen), wijzigingen=wijzigingen, afkappen=afkappen)


@INSTELLINGEN
@given(st.sampled_from(TEMPLATE_DELEN), XMLBEWERKINGEN)
@example("xl/worksheets/sheet4.xml", [("invoegen", 10**6, 1, b'<mergeCells count="1"><mergeCell/></mergeCells>')])
@example("xl/worksheets/sheet4.xml", [("invoegen", 2000, 1, b"<v>" + b"9" * 400 + b"</v>")])
def test_fuzz_inlezen_xml(onderdeel: str, bewerkingen: list[tuple[str, int, int, bytes]]) -> None:
    lees("inlezen", _xml(zaden()["inlezen"], onderdeel, bewerkingen), onderdeel=onderdeel, bewerkingen=bewerkingen)


@INSTELLINGEN
@given(BYTEWIJZIGINGEN, st.integers(0, 200))
def test_fuzz_lees_excel_bytes(wijzigingen: list[tuple[int, int]], afkappen: int) -> None:
    lees("lees-excel", _bytes(zaden()["lees-excel"], wijzigingen, afkappen), wijzigingen=wijzigingen,
         afkappen=afkappen)


@INSTELLINGEN
@given(st.sampled_from(WERKBOEK_DELEN), XMLBEWERKINGEN)
def test_fuzz_lees_excel_xml(onderdeel: str, bewerkingen: list[tuple[str, int, int, bytes]]) -> None:
    lees("lees-excel", _xml(zaden()["lees-excel"], onderdeel, bewerkingen), onderdeel=onderdeel,
         bewerkingen=bewerkingen)


@INSTELLINGEN
@given(YAMLBEWERKINGEN)
@example([("invoegen", 0, 1, "extra: " + "[" * 3000 + "\n")])
@example([("invoegen", 22945, 23, "\U00052fd7\U000d1f2b\U000ce47c"), ("dubbel", 17325, 22, "%YAML 1.1\n"),
          ("dubbel", 24931, 40, "\U00046bac\U0002734e\u10ae\U0003a88a\U000b629c\u85bb\U00054a47"),
          ("invoegen", 94609, 85, "\u2028"), ("weg", 19488, 160, "\U00058ff3\U000ff80d\U000d3eff\U000d1017")])
def test_fuzz_yaml_tekst(bewerkingen: list[tuple[str, int, int, str]]) -> None:
    lees("yaml", _yaml(zaden()["yaml"].decode(), bewerkingen).encode("utf-8", "surrogatepass"),
         bewerkingen=bewerkingen)


@INSTELLINGEN
@given(BYTEWIJZIGINGEN, st.integers(0, 200))
def test_fuzz_yaml_bytes(wijzigingen: list[tuple[int, int]], afkappen: int) -> None:
    lees("yaml", _bytes(zaden()["yaml"], wijzigingen, afkappen), wijzigingen=wijzigingen, afkappen=afkappen)


DOELEN = (test_fuzz_inlezen_bytes, test_fuzz_inlezen_xml, test_fuzz_lees_excel_bytes, test_fuzz_lees_excel_xml,
          test_fuzz_yaml_tekst, test_fuzz_yaml_bytes)
"""Alle fuzzdoelen (voor ``scripts/fuzz_invoer.py``)."""
