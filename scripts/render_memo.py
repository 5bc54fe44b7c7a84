"""Zet de notitie van de uitgewerkte regiovraag als PNG voor de documentatie (docs/regio/memo-N.png).

Draaien: ``.venv/bin/python scripts/render_memo.py`` (vraagt het pakket ``typst``; extra ``memo`` of ``dev``).
Typst zet de PNG's zelf: geen LibreOffice, poppler of ander extern programma nodig.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kostprijs.regio import analyseer, lees_regio  # noqa: E402
from kostprijs.regio.memo import zet  # noqa: E402


def main() -> None:
    uit = ROOT / "docs" / "regio"
    uit.mkdir(exist_ok=True)
    for oud in uit.glob("memo-*.png"):
        oud.unlink()
    u = analyseer(lees_regio(ROOT / "examples" / "regio-zes-gemeenten.yaml"))
    zet(u, "png", str(uit / "memo-{p}.png"), ppi=80)
    for p in sorted(uit.glob("memo-*.png")):
        print(p.relative_to(ROOT))


if __name__ == "__main__":
    main()
