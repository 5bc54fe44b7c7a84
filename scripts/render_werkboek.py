"""Maak de afbeeldingen van het werkboek voor de documentatie: werkboek -> PDF (LibreOffice) -> PNG.

Gebruik: ``.venv/bin/python scripts/render_werkboek.py`` (vanuit de hoofdmap). Schrijft het werkboek van de
referentiecasus, laat LibreOffice het herberekenen en als PDF afdrukken (A4, zoals ingesteld in het
werkboek) en zet elke pagina met ``pdftoppm`` (poppler-utils) om naar ``docs/werkboek/pagina-NN.png``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HOOFDMAP = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HOOFDMAP))

from kostprijs import lees_model  # noqa: E402
from kostprijs.excel import schrijf_werkboek  # noqa: E402
from kostprijs.excel.libreoffice import converteer  # noqa: E402

MODEL = HOOFDMAP / "examples" / "kwv-4-plaatsen.yaml"
UIT = HOOFDMAP / "docs" / "werkboek"
RESOLUTIE = 70  # dpi: leesbaar op het scherm, klein in git


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm ontbreekt: installeer poppler-utils", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="kostprijs-render-") as tmp:
        werkboek = Path(tmp) / "kwv-4-plaatsen.xlsx"
        schrijf_werkboek(lees_model(MODEL), werkboek)
        pdf = converteer([werkboek], Path(tmp), formaat="pdf")[0]
        UIT.mkdir(parents=True, exist_ok=True)
        for oud in UIT.glob("pagina-*.png"):
            oud.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", str(RESOLUTIE), str(pdf), str(UIT / "pagina")], check=True)
    paginas = sorted(UIT.glob("pagina-*.png"))
    for p in paginas:
        print(p.relative_to(HOOFDMAP))
    return 0 if paginas else 1


if __name__ == "__main__":
    raise SystemExit(main())
