"""Welke bestanden in een onderzoeksmap gelezen worden, en welke bij naam geweigerd.

Gelezen worden gewone bestanden op ``.xlsx``, ``.xlsm`` of ``.xls`` (niet recursief). Een
snelkoppeling (symlink), map, pijp (FIFO), apparaat of socket met zo'n naam wordt niet geopend en niet
stil overgeslagen, maar bij naam geweigerd. Excel-vergrendelbestanden (``~$...``) en verborgen
bestanden (``.``) worden overgeslagen. Meer dan :data:`MAX_BESTANDEN` werkmappen: het onderzoek stopt
vóór het lezen, zonder de hele map in het geheugen te nemen.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kostprijs.errors import InvoerFout, Melding
from kostprijs.io.tekstregels import toon_naam

MAX_BESTANDEN = 1000
"""Meeste werkmappen in één onderzoek (ongeveer 0,1 s per bestand: een kleine twee minuten)."""
EXTENSIES = (".xlsx", ".xlsm", ".xls")


def _reden(st: os.stat_result) -> str | None:
    if stat.S_ISLNK(st.st_mode):
        return ("dit is een snelkoppeling (symlink) en is niet geopend; kopieer het bestand zelf in de map "
                "(een koppeling kan naar een ander bestand wijzen dan u denkt)")
    if stat.S_ISDIR(st.st_mode):
        return "dit is een map, geen werkmap"
    if not stat.S_ISREG(st.st_mode):
        return "dit is geen gewoon bestand (maar een pijp, apparaat of socket) en is niet geopend"
    return None


def bestanden_in(map_: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """(te lezen paden, gesorteerd; geweigerd als (getoonde naam, reden)) in ``map_``."""
    paden: list[Path] = []
    geweigerd: list[tuple[str, str]] = []
    with os.scandir(map_) as inhoud:
        for item in inhoud:
            if not item.name.lower().endswith(EXTENSIES) or item.name.startswith(("~$", ".")):
                continue
            reden = _reden(item.stat(follow_symlinks=False))
            if reden:
                geweigerd.append((toon_naam(item.name), reden))
            else:
                paden.append(Path(item.path))
            if len(paden) + len(geweigerd) > MAX_BESTANDEN:
                raise InvoerFout([Melding(str(map_), f"meer dan {MAX_BESTANDEN} werkmappen in de map; verdeel ze "
                                                     f"over meer onderzoeken (hoogstens {MAX_BESTANDEN} per keer)")])
    return sorted(paden), sorted(geweigerd)
