"""LibreOffice headless als tweede rekenmachine: werkboeken volledig herberekenen en omzetten.

Een gewone ``soffice --convert-to xlsx`` herberekent een XlsxWriter-bestand níet: LibreOffice vertrouwt
de opgeslagen waarden. Daarom draait LibreOffice hier met een wegwerpprofiel waarin
``OOXMLRecalcMode = 0`` ("altijd herberekenen") staat (``docs/werkboek.md#zelfde-formules-als-python``).
Gebruikt door de tests (pariteit Python = werkboek) en door ``scripts/render_werkboek.py`` (PDF).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from kostprijs.errors import KostprijsFout

_PROFIEL = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
<value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse">\
<value>0</value></prop></item>
</oor:items>
"""


def soffice() -> str | None:
    """Pad naar ``soffice`` (of ``libreoffice``), of None als LibreOffice ontbreekt."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def maak_profiel(map_: Path) -> Path:
    """Schrijf een wegwerpprofiel dat bij elk openen alle formules herberekent; geeft de profielmap."""
    gebruiker = map_ / "user"
    gebruiker.mkdir(parents=True, exist_ok=True)
    (gebruiker / "registrymodifications.xcu").write_text(_PROFIEL, encoding="utf-8")
    return map_


def converteer(
    bestanden: Sequence[Path], uitmap: Path, formaat: str = "xlsx", tijdslimiet: float = 900.0
) -> list[Path]:
    """Open ``bestanden`` in LibreOffice (volledige herberekening) en sla ze op als ``formaat``.

    Eén aanroep van LibreOffice voor alle bestanden. Geeft de paden van de uitvoer in dezelfde
    volgorde; een ontbrekend uitvoerbestand of een fout van LibreOffice geeft :class:`KostprijsFout`.
    """
    programma = soffice()
    if programma is None:
        raise KostprijsFout("LibreOffice (soffice) is niet geïnstalleerd")
    uitmap.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kostprijs-lo-") as tmp:
        profiel = maak_profiel(Path(tmp) / "profiel")
        opdracht = [
            programma, f"-env:UserInstallation={profiel.as_uri()}", "--headless", "--norestore",
            "--nolockcheck", "--convert-to", formaat, "--outdir", str(uitmap), *map(str, bestanden),
        ]
        proces = subprocess.run(opdracht, capture_output=True, text=True, timeout=tijdslimiet, check=False)
    uit = [uitmap / (Path(b).stem + "." + formaat.split(":")[0]) for b in bestanden]
    ontbreekt = [p.name for p in uit if not p.exists()]
    if proces.returncode != 0 or ontbreekt:
        raise KostprijsFout(
            f"LibreOffice gaf code {proces.returncode}; ontbrekende uitvoer: {ontbreekt[:5]}\n"
            f"{proces.stdout[-2000:]}\n{proces.stderr[-2000:]}"
        )
    return uit
