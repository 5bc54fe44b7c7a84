"""Een invoerbestand veilig lezen: alleen gewone bestanden, begrensd in grootte, als UTF-8-tekst.

Een pijp (FIFO) of apparaat wordt nooit geopend (lezen zou blijven wachten of eindeloos doorgaan);
een map, een ontbrekend, te groot of niet-UTF-8-bestand geeft een Nederlandse :class:`InvoerFout`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kostprijs.errors import InvoerFout, Melding
from kostprijs.io.tekstregels import toon_naam


def soort_probleem(pad: str | os.PathLike[str]) -> str | None:
    """Waarom ``pad`` geen gewoon, leesbaar bestand is, of ``None`` (volgt snelkoppelingen)."""
    try:
        st = os.stat(pad)
    except FileNotFoundError:
        return "bestand niet gevonden"
    except OSError as e:
        return f"het bestand kan niet worden gelezen ({e.strerror})"
    if stat.S_ISDIR(st.st_mode):
        return "dit is een map, geen bestand"
    if not stat.S_ISREG(st.st_mode):
        return "dit is geen gewoon bestand (maar een pijp, apparaat of socket) en wordt niet geopend"
    return None


def lees_tekst(pad: str | os.PathLike[str], max_bytes: int, encoding: str = "utf-8") -> str:
    """De inhoud van ``pad`` als tekst; weigert wat geen gewoon bestand is of groter dan ``max_bytes``."""
    p = Path(pad)
    naam = toon_naam(str(p))

    def fout(tekst: str) -> InvoerFout:
        return InvoerFout([Melding(naam, tekst)], naam)

    probleem = soort_probleem(p)
    if probleem:
        raise fout(probleem)
    try:
        with open(p, "rb") as fh:
            inhoud = fh.read(max_bytes + 1)
    except OSError as e:
        raise fout(f"het bestand kan niet worden gelezen ({e.strerror})") from None
    if len(inhoud) > max_bytes:
        raise fout(f"het bestand is groter dan {max_bytes // 1000} kB")
    try:
        return inhoud.decode(encoding)
    except UnicodeDecodeError:
        raise fout("het bestand is geen UTF-8-tekst") from None
