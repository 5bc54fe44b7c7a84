"""Het gelezen register op schijf bewaren, zodat een opdracht de YAML-bestanden niet elke keer parseert.

Het lezen en valideren van de parameterbestanden (ruamel.yaml met regelnummers, pydantic) kost een
paar honderd milliseconden; een opdracht als ``kostprijs bereken`` heeft er maar een paar nodig. Daarom
bewaart kostprijs het gevalideerde register als JSON in de cachemap van de gebruiker:

* de sleutel is een SHA-256 over de inhoud van elk bestand (met relatief pad), de versie van kostprijs en
  de versie van dit formaat: verandert één byte in één bestand, dan hoort er een andere sleutel bij en
  wordt de map opnieuw gelezen en gevalideerd. Dat geldt voor de meegeleverde map en voor de eigen map
  van een regio;
* de map is ``KOSTPRIJS_CACHE`` als die omgevingsvariabele is gezet (leeg: geen cache), anders de
  cachemap van het besturingssysteem via ``platformdirs`` (Linux ``$XDG_CACHE_HOME/kostprijs`` of
  ``~/.cache/kostprijs``, Windows ``%LOCALAPPDATA%\\kostprijs\\Cache``, macOS ``~/Library/Caches/kostprijs``);
* schrijven gaat atomair (tijdelijk bestand, dan vervangen); een map die niet beschrijfbaar is, een
  kapot of onleesbaar cachebestand of een bestand van een ander formaat wordt stil overgeslagen: dan
  wordt het register gewoon uit de YAML-bestanden gelezen. De cache verandert nooit een uitkomst;
* de map blijft klein: een gebruikt bestand krijgt een nieuw tijdstip, en bij elk nieuw bestand blijven de
  :data:`BEWAREN` laatst gebruikte staan (een regio die haar map vaak wijzigt, laat zo geen spoor van oude
  versies achter); een tijdelijk bestand van een afgebroken schrijfactie ouder dan een uur gaat ook weg.

Het cachebestand bevat alleen gegevens (JSON), geen code: wie het kan wijzigen, kan er niets mee
uitvoeren. De waarden erin zijn bij het schrijven al door het schema gevalideerd; bij het lezen worden
ze zonder nieuwe validatie opgebouwd (``model_construct``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kostprijs._versie import __version__

FORMAAT = 1
"""Versie van het formaat van het cachebestand; verhoog bij elke wijziging van de vorm hieronder."""

BEWAREN = 16
"""Zoveel cachebestanden blijven staan (de laatst gebruikte): de meegeleverde map en een handvol regio's of
versies, elk zo'n 40 kB."""

WEES_NA = 3600.0
"""Een tijdelijk bestand (``.register-*.tmp``) ouder dan dit is van een afgebroken schrijfactie. [s]"""

Inhoud = list[dict[str, Any]]
"""Per bestand: ``bron`` (naam in meldingen), ``voorvoegsel`` (naam van de parameters),
``laatst_gecontroleerd`` (ISO-datum) en ``parameters`` (naam -> parameter als JSON)."""


def cachemap() -> Path | None:
    """De map voor het register op schijf, of ``None`` als de cache uit staat (``KOSTPRIJS_CACHE=``)."""
    eigen = os.environ.get("KOSTPRIJS_CACHE")
    if eigen is not None:
        return Path(eigen) if eigen.strip() else None
    import platformdirs

    return Path(platformdirs.user_cache_dir("kostprijs", appauthor=False))


def sleutel(basis: Path, herkomst: str) -> tuple[str, list[Path]]:
    """SHA-256 over versie, herkomst en (relatief pad, inhoud) van elk ``*.yaml`` onder ``basis``."""
    h = hashlib.sha256(f"kostprijs {__version__} formaat {FORMAAT} {herkomst}\n".encode())
    paden = sorted(basis.rglob("*.yaml"))
    for pad in paden:
        inhoud = pad.read_bytes()
        h.update(f"{pad.relative_to(basis).as_posix()}\0{len(inhoud)}\0".encode())
        h.update(inhoud)
    return h.hexdigest(), paden


def lees(naam: str) -> Inhoud | None:
    """De inhoud van cachebestand ``naam``, of ``None`` als het er niet (goed) is."""
    map_ = cachemap()
    if map_ is None:
        return None
    try:
        data = json.loads((map_ / naam).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("formaat") != FORMAAT or not isinstance(data.get("bestanden"), list):
        return None
    with contextlib.suppress(OSError):
        os.utime(map_ / naam)  # gebruikt: blijft staan bij het opruimen
    bestanden: Inhoud = data["bestanden"]
    return bestanden


def schrijf(naam: str, bestanden: Inhoud) -> None:
    """Bewaar ``bestanden`` atomair als ``naam`` in de cachemap; lukt dat niet, dan stil niets."""
    map_ = cachemap()
    if map_ is None:
        return
    tijdelijk: str | None = None
    try:
        map_.mkdir(parents=True, exist_ok=True)
        import tempfile  # alleen bij schrijven (houdt het starten licht)

        fd, tijdelijk = tempfile.mkstemp(prefix=".register-", suffix=".tmp", dir=map_)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"formaat": FORMAAT, "bestanden": bestanden}, f, ensure_ascii=False, separators=(",", ":"))
        os.replace(tijdelijk, map_ / naam)
        tijdelijk = None
        ruim_op(map_)
    except OSError:
        pass
    finally:
        if tijdelijk is not None:
            Path(tijdelijk).unlink(missing_ok=True)


def ruim_op(map_: Path, bewaren: int = BEWAREN, nu: float | None = None) -> list[Path]:
    """Verwijder alle cachebestanden op de ``bewaren`` laatst gebruikte na, en tijdelijke bestanden ouder dan
    :data:`WEES_NA`; geeft wat weg is. Alleen bestanden met de namen van deze cache; fouten worden stil
    overgeslagen (een ander proces kan hetzelfde doen)."""
    import time

    nu = time.time() if nu is None else nu
    weg: list[Path] = []

    def tijd(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    cache = sorted(map_.glob("register-*.json"), key=tijd, reverse=True)
    wees = [p for p in map_.glob(".register-*.tmp") if nu - tijd(p) > WEES_NA]
    for p in [*cache[bewaren:], *wees]:
        try:
            p.unlink()
            weg.append(p)
        except OSError:
            pass
    return weg


def gecached(basis: Path, herkomst: str, lees_yaml: Callable[[list[Path]], Inhoud]) -> Inhoud:
    """De inhoud van de map ``basis``: uit de cache als de bestanden niet veranderd zijn, anders via
    ``lees_yaml`` (lezen en valideren) en dan bewaard voor de volgende keer."""
    code, paden = sleutel(basis, herkomst)
    naam = f"register-{code}.json"
    uit = lees(naam)
    if uit is None:
        uit = lees_yaml(paden)
        schrijf(naam, uit)
    return uit


def als_datum(tekst: str | None) -> dt.date | None:
    """Een ISO-datum uit de cache terug als ``date``."""
    return None if tekst is None else dt.date.fromisoformat(tekst)
