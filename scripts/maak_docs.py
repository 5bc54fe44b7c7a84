"""Schrijf de gegenereerde pagina's van de documentatie: figuren, velden van het model en opdrachten.

Draaien: ``.venv/bin/python scripts/maak_docs.py``. De tests (``tests/test_referentie.py``,
``tests/test_figuren.py``) falen als een pagina achterloopt op de code.
"""

from __future__ import annotations

from pathlib import Path

from kostprijs.figuren import markdown
from kostprijs.referentie import opdrachtentabel, veldreferentie

DOCS = Path(__file__).resolve().parents[1] / "docs"
PAGINAS = {
    DOCS / "figuren.md": markdown,
    DOCS / "referentie" / "velden.md": veldreferentie,
    DOCS / "referentie" / "opdrachten.md": opdrachtentabel,
}

if __name__ == "__main__":
    for doel, maak in PAGINAS.items():
        doel.parent.mkdir(parents=True, exist_ok=True)
        doel.write_text(maak(), encoding="utf-8")
        print(f"geschreven: {doel}")
