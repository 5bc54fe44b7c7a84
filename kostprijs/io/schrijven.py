"""Atomair schrijven: de ene helper waar elke uitvoer van kostprijs doorheen gaat.

Elk uitvoerbestand wordt eerst als tijdelijk bestand in dezelfde map geschreven
(``.NAAM.kostprijs-tmp.PID.XXXX.tmp``), dan met ``fsync`` naar de schijf gebracht en met één
``os.replace`` op zijn plaats gezet. Gaat er iets mis (map bestaat niet, alleen-lezen map, schijf vol,
het doel is een map), dan volgt een :class:`SchrijfFout` met een Nederlandse melding, blijft het doel
zoals het was en blijft er geen tijdelijk bestand achter.

Een opdracht die meer bestanden schrijft, zet die in één :func:`alles_of_niets`-blok: alle tijdelijke
bestanden worden eerst volledig geschreven en pas daarna samen op hun plaats gezet; mislukt er één,
dan wordt er geen enkel doel gewijzigd.

Een tijdelijk bestand van een proces dat werd afgebroken (``kill -9``, stroomuitval) ruimt de
volgende schrijfactie naar hetzelfde doel op: het proces-id in de naam leeft niet meer, of het
bestand is ouder dan :data:`MAX_LEEFTIJD`.
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import gc
import glob
import os
import stat
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from kostprijs.errors import KostprijsFout

MERK = ".kostprijs-tmp."
"""Herkenbaar deel van de naam van elk tijdelijk bestand: ``.DOEL`` + MERK + ``PID.XXXX.tmp``."""
MAX_LEEFTIJD = 24 * 3600
"""Een tijdelijk bestand dat ouder is dan dit, is altijd een overblijfsel. [s]"""

_REDENEN = {
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte (quota) is op",
    errno.EFBIG: "het bestand wordt te groot voor dit bestandssysteem",
    errno.EACCES: "geen schrijfrechten (alleen-lezen map, of het bestand is open in een ander programma)",
    errno.EPERM: "geen schrijfrechten (alleen-lezen map, of het bestand is open in een ander programma)",
    errno.EROFS: "de map staat op een alleen-lezen schijf",
    errno.EISDIR: "het doel is een map",
    errno.ENOENT: "de map bestaat niet (meer)",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.ENAMETOOLONG: "de bestandsnaam is te lang",
}

_actief: contextvars.ContextVar[Bundel | None] = contextvars.ContextVar("kostprijs_schrijfbundel", default=None)


class SchrijfFout(KostprijsFout):
    """Een uitvoerbestand kon niet (volledig) geschreven worden; het doel is ongewijzigd."""


def reden(fout: BaseException) -> str | None:
    """De Nederlandse reden bij een ``OSError`` in ``fout`` (ook ingepakt door een bibliotheek), of ``None``."""
    gezien: set[int] = set()
    kandidaten: list[BaseException | object] = [fout]
    while kandidaten:
        e = kandidaten.pop()
        if not isinstance(e, BaseException) or id(e) in gezien:
            continue
        gezien.add(id(e))
        if isinstance(e, OSError):
            return _REDENEN.get(e.errno or 0) or (e.strerror or "onbekende schrijffout")
        kandidaten += [e.__cause__, *e.args]  # bibliotheken pakken een OSError in (XlsxWriter: FileCreateError)
    return None


def controleer_doel(doel: str | os.PathLike[str]) -> Path:
    """Controleer vóór het werk of ``doel`` te schrijven is; geeft het pad of een :class:`SchrijfFout`."""
    pad = Path(doel)
    map_ = pad.parent

    def fout(reden: str) -> SchrijfFout:
        return SchrijfFout(f"{pad} is niet geschreven: {reden}. Er is niets gewijzigd")

    if pad.name in ("", ".", ".."):
        raise fout("dit is geen bestandsnaam")
    if not map_.exists():
        raise fout(f"de map bestaat niet ({map_}); maak haar eerst aan")
    if not map_.is_dir():
        raise fout(f"{map_} is geen map")
    try:
        st = os.stat(pad)
    except FileNotFoundError:
        return pad
    except OSError as e:
        raise fout(reden(e) or "onbekende fout") from None
    if stat.S_ISDIR(st.st_mode):
        raise fout("het doel is een map; geef een bestandsnaam")
    if not stat.S_ISREG(st.st_mode):
        raise fout("het doel is geen gewoon bestand (maar een apparaat, pijp of socket)")
    return pad


def _leeft(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) beëindigt op Windows het proces: alleen de leeftijd telt daar
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def ruim_op(doel: str | os.PathLike[str]) -> list[Path]:
    """Verwijder tijdelijke bestanden van ``doel`` die een afgebroken proces achterliet; geeft ze terug."""
    pad = Path(doel)
    weg = []
    for naam in glob.glob(glob.escape(str(pad.parent / f".{pad.name}{MERK}")) + "*.tmp"):
        kandidaat = Path(naam)
        pid_tekst = kandidaat.name[len(pad.name) + 1 + len(MERK):].split(".", 1)[0]
        try:
            oud = time.time() - kandidaat.lstat().st_mtime > MAX_LEEFTIJD
        except OSError:
            continue
        pid = int(pid_tekst) if pid_tekst.isdigit() else -1
        if pid == os.getpid() and not oud:
            continue
        if oud or pid < 0 or not _leeft(pid):
            with contextlib.suppress(OSError):
                kandidaat.unlink()
                weg.append(kandidaat)
    return weg


class Bundel:
    """Eén of meer uitvoerbestanden die samen (alles of niets) op hun plaats komen."""

    def __init__(self) -> None:
        self.delen: list[tuple[Path, Path]] = []

    def pad(self, doel: str | os.PathLike[str]) -> Path:
        """Een nieuw tijdelijk pad naast ``doel``; het doel komt pas bij het afsluiten van de bundel."""
        pad = controleer_doel(doel)
        if any(os.path.abspath(d) == os.path.abspath(pad) for d, _ in self.delen):
            raise SchrijfFout(f"{pad} is niet geschreven: het wordt twee keer als uitvoer gebruikt; kies "
                              "verschillende bestanden")
        ruim_op(pad)
        try:
            fd, naam = tempfile.mkstemp(dir=pad.parent, prefix=f".{pad.name}{MERK}{os.getpid()}.", suffix=".tmp")
        except OSError as e:
            raise SchrijfFout(f"{pad} is niet geschreven: {reden(e)}. Er is niets gewijzigd") from None
        os.close(fd)
        self.delen.append((pad, Path(naam)))
        return Path(naam)

    def __enter__(self) -> Bundel:
        return self

    def __exit__(self, soort: type[BaseException] | None, fout: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if fout is not None:
                oorzaak = reden(fout) if not isinstance(fout, KostprijsFout) else None
                if oorzaak is not None:
                    _ruim_resten_op(fout)
                    raise SchrijfFout(self._tekst(oorzaak)) from None
                return
            try:
                self._zet_neer()
            except OSError as e:
                raise SchrijfFout(self._tekst(reden(e) or "onbekende schrijffout")) from None
        finally:
            for _, tmp in self.delen:
                with contextlib.suppress(OSError):
                    tmp.unlink()

    def _tekst(self, oorzaak: str) -> str:
        doelen = ", ".join(str(d) for d, _ in self.delen) or "de uitvoer"
        if len(self.delen) > 1:
            return f"{doelen} zijn niet geschreven: {oorzaak}. Geen van de bestanden is gewijzigd"
        return f"{doelen} is niet geschreven: {oorzaak}. Een bestaand bestand is ongewijzigd"

    def _zet_neer(self) -> None:
        masker = os.umask(0)
        os.umask(masker)
        for _, tmp in self.delen:
            os.chmod(tmp, 0o666 & ~masker)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
        _vervang_samen(self.delen)
        for map_ in {d.parent for d, _ in self.delen}:
            _fsync_map(map_)


def _ruim_resten_op(fout: BaseException) -> None:
    """Laat open bestanden van een schrijvende bibliotheek nu en stil los.

    XlsxWriter laat bij een volle schijf een open ``ZipFile`` achter in zijn frames; die zou later bij het
    opruimen opnieuw falen en Python zou dan een traceback ("Exception ignored in ...") tonen.
    """
    oud = sys.unraisablehook

    def stil(resten: Any) -> None:
        if not isinstance(resten.exc_value, OSError):
            oud(resten)

    sys.unraisablehook = stil
    try:
        gezien: set[int] = set()
        kandidaten: list[object] = [fout]
        while kandidaten:
            e = kandidaten.pop()
            if isinstance(e, BaseException) and id(e) not in gezien:
                gezien.add(id(e))
                traceback.clear_frames(e.__traceback__)  # ook de frames van de ingepakte OSError
                kandidaten += [e.__cause__, e.__context__, *e.args]
        gc.collect()
    finally:
        sys.unraisablehook = oud


def _vervang_samen(delen: list[tuple[Path, Path]]) -> None:
    """``os.replace`` voor elk deel; mislukt er één, dan worden de eerdere teruggezet."""
    gedaan: list[tuple[Path, Path | None]] = []
    try:
        for doel, tmp in delen:
            reserve = None
            if len(delen) > 1 and doel.exists():
                reserve = tmp.with_name(tmp.name[:-4] + ".oud.tmp")
                os.link(doel, reserve)
            os.replace(tmp, doel)
            gedaan.append((doel, reserve))
    except OSError:
        for doel, reserve in reversed(gedaan):
            with contextlib.suppress(OSError):
                if reserve is not None:
                    os.replace(reserve, doel)
                else:
                    doel.unlink()
        raise
    finally:
        for _, reserve in gedaan:
            if reserve is not None:
                with contextlib.suppress(OSError):
                    reserve.unlink()


def _fsync_map(map_: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(map_, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def alles_of_niets() -> Iterator[Bundel]:
    """Alle :func:`atomair`-schrijfacties in dit blok komen samen op hun plaats, of geen enkele."""
    buiten = _actief.get()
    if buiten is not None:
        yield buiten
        return
    with Bundel() as bundel:
        token = _actief.set(bundel)
        try:
            yield bundel
        finally:
            _actief.reset(token)


@contextlib.contextmanager
def atomair(doel: str | os.PathLike[str]) -> Iterator[Path]:
    """Geef een tijdelijk pad; na het blok staat de inhoud in één stap op ``doel`` (of niets gewijzigd)."""
    with alles_of_niets() as bundel:
        yield bundel.pad(doel)


def schrijf_met(doel: str | os.PathLike[str], schrijver: Callable[[Path], object]) -> Path:
    """Roep ``schrijver(tijdelijk_pad)`` aan en zet het resultaat atomair op ``doel``; geeft ``doel``."""
    with atomair(doel) as tmp:
        schrijver(tmp)
    return Path(doel)


def schrijf_tekst(doel: str | os.PathLike[str], tekst: str, newline: str | None = None) -> Path:
    """Schrijf tekst (UTF-8) atomair naar ``doel``."""
    with atomair(doel) as tmp, open(tmp, "w", encoding="utf-8", newline=newline) as fh:
        fh.write(tekst)
    return Path(doel)
