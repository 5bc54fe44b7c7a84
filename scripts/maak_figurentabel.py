"""Schrijf ``docs/figuren.md``: de tabel van figuren, gegenereerd uit ``kostprijs.figuren.TABEL``.

Draaien: ``.venv/bin/python scripts/maak_figurentabel.py``. ``tests/test_figuren.py`` faalt als het
bestand achterloopt op de tabel.
"""

from __future__ import annotations

from pathlib import Path

from kostprijs.figuren import markdown

DOEL = Path(__file__).resolve().parents[1] / "docs" / "figuren.md"

if __name__ == "__main__":
    DOEL.write_text(markdown(), encoding="utf-8")
    print(f"geschreven: {DOEL}")
