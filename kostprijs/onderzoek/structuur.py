"""Bladstructuur uit de zip, begrensd en met defusedxml: welke bladen, welke staat, samengevoegde
cellen en verborgen rijen en kolommen.

openpyxl kent in ``read_only``-modus geen ``merged_cells`` en geen rij-eigenschappen
(``docs/onderzoek.md``); deze scan leest ze stroomsgewijs, na de voorcontrole.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass
class Bladinfo:
    """Structuur van één tabblad."""

    naam: str
    pad: str
    staat: str = "visible"
    samengevoegd: list[str] = field(default_factory=list)
    verborgen_rijen: set[int] = field(default_factory=set)
    verborgen_kolommen: set[int] = field(default_factory=set)


def _lokaal(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def bladen(zf: zipfile.ZipFile) -> list[Bladinfo]:
    """Alle tabbladen met hun pad in de zip en hun zichtbaarheid (``visible``/``hidden``/``veryHidden``)."""
    from defusedxml import ElementTree

    relaties = {}
    rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    for r in rels:
        doel = r.get("Target", "")
        relaties[r.get("Id")] = doel.lstrip("/") if doel.startswith("/") else posixpath.normpath(f"xl/{doel}")
    werkmap = ElementTree.fromstring(zf.read("xl/workbook.xml"))
    uit = []
    for el in werkmap.iter():
        if _lokaal(el.tag) == "sheet":
            uit.append(Bladinfo(el.get("name", ""), relaties.get(el.get(_R), ""), el.get("state", "visible")))
    return uit


def scan_blad(zf: zipfile.ZipFile, info: Bladinfo) -> None:
    """Vul samengevoegde bereiken en verborgen rijen en kolommen van ``info`` aan (stroomsgewijs)."""
    from defusedxml import ElementTree

    with zf.open(info.pad) as f:
        for gebeurtenis, el in ElementTree.iterparse(f, events=("start", "end")):
            tag = _lokaal(el.tag)
            if gebeurtenis == "start":
                if tag == "row" and el.get("hidden") in ("1", "true") and (el.get("r") or "").isdigit():
                    info.verborgen_rijen.add(int(el.get("r", "0")))
                elif tag == "col" and el.get("hidden") in ("1", "true"):
                    van, tot = int(el.get("min", "0")), int(el.get("max", "0"))
                    info.verborgen_kolommen.update(range(van, min(tot, 64) + 1))
                elif tag == "mergeCell" and len(info.samengevoegd) < 1000:
                    info.samengevoegd.append(el.get("ref", ""))
            else:
                el.clear()
