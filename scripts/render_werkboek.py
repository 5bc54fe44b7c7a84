"""Maak de afbeeldingen van de werkboeken voor de documentatie: werkboek -> PDF (LibreOffice) -> PNG.

Gebruik: ``.venv/bin/python scripts/render_werkboek.py`` (vanuit de hoofdmap). Schrijft drie werkboeken,
laat LibreOffice ze herberekenen en afdrukken zoals ze zijn ingesteld (A4, één pagina breed, kop- en
voettekst) en zet elke pagina met ``pdftoppm`` (poppler-utils) om naar een PNG in ``docs/werkboek/``:

- ``tarief-NN.png``: het tariefwerkboek van de referentiecasus;
- ``sjabloon-NN.png``: het uitvraagsjabloon, vooraf ingevuld met de referentiecasus als begroting
  (``kostprijs sjabloon --uit-model``);
- ``rapport-NN.png``: het rapport van een synthetisch onderzoek (8 aanbieders, 4 ook met een begroting).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HOOFDMAP = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HOOFDMAP))

from kostprijs import bereken, lees_model  # noqa: E402
from kostprijs.excel import schrijf_werkboek  # noqa: E402
from kostprijs.excel.libreoffice import converteer  # noqa: E402
from kostprijs.onderzoek.rapport import schrijf_rapport  # noqa: E402
from kostprijs.onderzoek.sjabloon import schrijf_sjabloon  # noqa: E402
from kostprijs.onderzoek.studie import onderzoek  # noqa: E402
from kostprijs.onderzoek.uit_model import vooraf_uit_model  # noqa: E402
from kostprijs.onderzoek.voorstel import Normen  # noqa: E402

MODEL = HOOFDMAP / "examples" / "kwv-4-plaatsen.yaml"
UIT = HOOFDMAP / "docs" / "werkboek"
RESOLUTIE = 60  # dpi: leesbaar op het scherm, klein in git


def _synthetisch() -> object:
    spec = importlib.util.spec_from_file_location("maak_synthetische_studie",
                                                  HOOFDMAP / "scripts" / "maak_synthetische_studie.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def werkboeken(map_: Path) -> list[Path]:
    """Schrijf het tariefwerkboek, het vooraf ingevulde sjabloon en het rapport in ``map_``."""
    model = lees_model(MODEL)
    schrijf_werkboek(model, map_ / "tarief.xlsx")
    schrijf_sjabloon(map_ / "sjabloon.xlsx", vooraf=vooraf_uit_model(model, bereken(model)),
                     naam=f"Uitvraag: {model.naam}")
    studie = map_ / "studie"
    _synthetisch().maak_studie(studie, aantal=8, zaad=12, begroting=4)  # type: ignore[attr-defined]
    schrijf_rapport(onderzoek(studie, Normen(0.9, 0.2), anoniem=True), map_ / "rapport.xlsx")
    return [map_ / "tarief.xlsx", map_ / "sjabloon.xlsx", map_ / "rapport.xlsx"]


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm ontbreekt: installeer poppler-utils", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="kostprijs-render-") as tmp:
        pdfs = converteer(werkboeken(Path(tmp)), Path(tmp) / "pdf", formaat="pdf")
        UIT.mkdir(parents=True, exist_ok=True)
        for oud in UIT.glob("*.png"):
            oud.unlink()
        for pdf in pdfs:
            subprocess.run(["pdftoppm", "-png", "-r", str(RESOLUTIE), str(pdf), str(UIT / pdf.stem)], check=True)
    paginas = sorted(UIT.glob("*.png"))
    for p in paginas:
        print(p.relative_to(HOOFDMAP))
    return 0 if paginas else 1


if __name__ == "__main__":
    raise SystemExit(main())
