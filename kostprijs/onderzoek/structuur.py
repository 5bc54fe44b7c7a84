"""Bladstructuur uit de zip, begrensd en met defusedxml: welke bladen, welke staat, samengevoegde
cellen, verborgen rijen en kolommen, en de ruwe XML van de gelezen cellen.

openpyxl kent in ``read_only``-modus geen ``merged_cells`` en geen rij-eigenschappen
(``docs/onderzoek.md``, ``docs/grenzen.md``); deze scan leest ze stroomsgewijs, na de voorcontrole. Hij
zoekt ook alles waardoor wat openpyxl leest kan afwijken van wat Excel toont (:attr:`Bladinfo.problemen`):

- een rij of cel die twee keer in het bestand staat, of rijen die niet oplopen (openpyxl neemt de
  laatste of slaat ze over; Excel toont iets anders of herstelt het bestand);
- een rij of cel zonder geldig nummer, of een cel die niet in haar rij hoort;
- een ruwe getalwaarde die Python accepteert maar een spreadsheet niet (``450_000``, ``٤``, spaties,
  ``1E999`` mag wel: dat is een getal, het wordt later als niet-eindig geweigerd);
- rijen van hoogte 0 en kolommen van breedte 0 tellen als verborgen, net als ``hidden="1"``;
- een blad waarvan alle rijen of kolommen standaard onzichtbaar zijn;
- een samenvoeging zonder geldig bereik.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_CEL = re.compile(r"^([A-Z]{1,3})([0-9]{1,7})$")
_RIJNUMMER = re.compile(r"^[0-9]{1,7}$")
_GETAL = re.compile(r"^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[Ee][-+]?[0-9]{1,4})?$")
_GRAMMATICA = {"n": _GETAL, "s": re.compile(r"^[0-9]{1,9}$"), "b": re.compile(r"^[01]$")}
CELTYPEN = frozenset({"n", "s", "b", "e", "str", "inlineStr", "d"})
MIN_HOOGTE = 3.0
"""Een rij lager dan dit toont geen tekst; ze telt als verborgen. [punt]"""
MIN_BREEDTE = 0.5
"""Een kolom smaller dan dit toont geen tekst; ze telt als verborgen. [tekenbreedte]"""
MAX_SAMENVOEGINGEN = 1000
MAX_GETALTEKST = 40
"""Langste ruwe getalwaarde (Excel schrijft hoogstens 17 cijfers plus teken, punt en exponent). [tekens]"""


@dataclass
class Bladinfo:
    """Structuur van één tabblad."""

    naam: str
    pad: str
    staat: str = "visible"
    samengevoegd: list[str] = field(default_factory=list)
    verborgen_rijen: set[int] = field(default_factory=set)
    verborgen_kolommen: set[int] = field(default_factory=set)
    problemen: list[tuple[str, str]] = field(default_factory=list)
    """(plaats, tekst): wat Excel anders toont dan openpyxl leest; plaats is ``Blad!Cel`` of het blad."""
    cellen: int = 0


class TeVeelCellen(Exception):
    """Het blad heeft meer cellen dan de aanroeper wil verwerken."""


def _lokaal(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def bladen(zf: zipfile.ZipFile) -> list[Bladinfo]:
    """Alle tabbladen met hun pad in de zip en hun zichtbaarheid (``visible``/``hidden``/``veryHidden``)."""
    from defusedxml import ElementTree

    relaties = {}
    rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    for r in rels:
        doel = r.get("Target", "")
        relaties[r.get("Id")] = doel.lstrip("/") if doel.startswith("/") else posixpath.normpath(f"xl/{doel}")
    werkmap = ElementTree.fromstring(zf.read("xl/workbook.xml"))
    uit = []
    for el in werkmap.iter():
        if _lokaal(el.tag) == "sheet":
            uit.append(Bladinfo(el.get("name", ""), relaties.get(el.get(_R), ""), el.get("state", "visible")))
    return uit


def dubbele_namen(infos: list[Bladinfo]) -> list[tuple[str, str]]:
    """Tabbladnamen die (zonder verschil in hoofdletters) meer dan eens voorkomen: (naam, tekst)."""
    gezien: dict[str, Bladinfo] = {}
    uit = []
    for info in infos:
        sleutel = info.naam.casefold()
        if sleutel in gezien:
            eerste = gezien[sleutel]
            uit.append((info.naam, f"er zijn twee tabbladen met de naam '{eerste.naam}' ({eerste.staat}) en "
                                   f"'{info.naam}' ({info.staat}); tabbladnamen moeten uniek zijn, ook zonder "
                                   "verschil in hoofdletters. Verwijder het extra tabblad"))
        else:
            gezien[sleutel] = info
    return uit


def _getal(tekst: str | None) -> float | None:
    try:
        return float(tekst) if tekst is not None and _GETAL.match(tekst) else None
    except ValueError:
        return None


class _Scan:
    """Toestand van één stroomsgewijze bladscan."""

    def __init__(self, info: Bladinfo, max_rij: int, max_kol: int, max_cellen: int | None) -> None:
        self.info, self.max_rij, self.max_kol, self.max_cellen = info, max_rij, max_kol, max_cellen
        self.rij = 0
        self.in_rij: set[str] = set()
        self.cel: tuple[str, str] | None = None

    def probleem(self, plaats: str, tekst: str) -> None:
        if len(self.info.problemen) < 50:
            self.info.problemen.append((f"{self.info.naam}!{plaats}" if plaats else self.info.naam, tekst))

    def start(self, tag: str, a: dict[str, str]) -> None:
        if tag == "row":
            self._rij(a)
        elif tag == "c":
            self._c(a)
        elif tag == "col":
            self._kolommen(a)
        elif tag == "sheetFormatPr":
            self._standaard(a)
        elif tag == "mergeCell":
            self._samenvoeging(a.get("ref", ""))

    def _rij(self, a: dict[str, str]) -> None:
        r = a.get("r", "")
        if not _RIJNUMMER.match(r):
            self.probleem("", f"een rij zonder geldig rijnummer (na rij {self.rij}); sla het bestand opnieuw op "
                              "in Excel")
            return
        n = int(r)
        if n <= self.rij:
            self.probleem(f"A{n}", f"rij {n} staat twee keer in het bestand of niet op volgorde (na rij "
                                   f"{self.rij}); wat Excel toont is niet zeker. Sla het bestand opnieuw op in Excel")
        self.rij, self.in_rij = max(n, self.rij), set()
        hoogte = _getal(a.get("ht"))
        if a.get("hidden") in ("1", "true") or (hoogte is not None and hoogte < MIN_HOOGTE):
            self.info.verborgen_rijen.add(n)

    def _c(self, a: dict[str, str]) -> None:
        self.info.cellen += 1
        if self.max_cellen is not None and self.info.cellen > self.max_cellen:
            raise TeVeelCellen
        ref = a.get("r", "")
        m = _CEL.match(ref)
        if not m or int(m.group(2)) != self.rij:
            self.probleem(ref if m else "", f"een cel zonder geldige verwijzing of buiten haar rij ({ref or 'leeg'} in "
                                            f"rij {self.rij}); sla het bestand opnieuw op in Excel")
            self.cel = None
            return
        if ref in self.in_rij:
            self.probleem(ref, "deze cel staat twee keer in het bestand; wat Excel toont is niet zeker. Sla het "
                               "bestand opnieuw op in Excel")
        self.in_rij.add(ref)
        soort = a.get("t", "n")
        if soort not in CELTYPEN:
            self.probleem(ref, f"onbekend celtype '{soort[:10]}'")
        self.cel = (ref, soort) if self.rij <= self.max_rij and _kolom(m.group(1)) <= self.max_kol else None

    def waarde(self, tekst: str | None) -> None:
        if self.cel is None:
            return
        ref, soort = self.cel
        grammatica = _GRAMMATICA.get(soort)
        ruw = tekst or ""  # een lege <v/> (formule zonder opgeslagen uitkomst) is leeg, ook voor Excel
        if ruw and grammatica is not None and (len(ruw) > MAX_GETALTEKST or not grammatica.match(ruw)):
            self.probleem(ref, f"de opgeslagen waarde '{ruw[:20]}' is geen getal zoals Excel het opslaat (te lang, "
                               "of met _, spaties of niet-Latijnse cijfers); typ de waarde opnieuw in Excel")

    def _kolommen(self, a: dict[str, str]) -> None:
        van, tot = a.get("min", ""), a.get("max", "")
        if not (_RIJNUMMER.match(van) and _RIJNUMMER.match(tot)):
            return
        breedte = _getal(a.get("width"))
        if a.get("hidden") in ("1", "true") or (breedte is not None and breedte < MIN_BREEDTE):
            self.info.verborgen_kolommen.update(range(int(van), min(int(tot), 64) + 1))

    def _standaard(self, a: dict[str, str]) -> None:
        hoogte, breedte = _getal(a.get("defaultRowHeight")), _getal(a.get("defaultColWidth"))
        if a.get("zeroHeight") in ("1", "true") or (hoogte is not None and hoogte < MIN_HOOGTE):
            self.probleem("", "de rijen van dit tabblad zijn standaard verborgen (rijhoogte 0); zet de "
                              "standaardrijhoogte terug")
        if breedte is not None and breedte < MIN_BREEDTE:
            self.probleem("", "de kolommen van dit tabblad zijn standaard verborgen (breedte 0); zet de "
                              "standaardbreedte terug")

    def _samenvoeging(self, ref: str) -> None:
        from openpyxl.utils.cell import range_boundaries

        try:
            geldig = None not in range_boundaries(ref)
        except (ValueError, TypeError):
            geldig = False
        if not geldig:
            self.probleem("", f"een samenvoeging van cellen zonder geldig bereik ('{ref[:20]}'); sla het bestand "
                              "opnieuw op in Excel")
        elif len(self.info.samengevoegd) < MAX_SAMENVOEGINGEN:
            self.info.samengevoegd.append(ref)


def _kolom(letters: str) -> int:
    n = 0
    for c in letters:
        n = 26 * n + ord(c) - 64
    return n


def scan_blad(zf: zipfile.ZipFile, info: Bladinfo, max_rij: int = 60, max_kol: int = 6,
              max_cellen: int | None = None) -> None:
    """Vul ``info`` aan (stroomsgewijs). De ruwe waarden worden gecontroleerd in rij 1..``max_rij`` en kolom
    1..``max_kol`` (wat gelezen wordt); met ``max_cellen`` volgt :class:`TeVeelCellen` bij meer cellen."""
    from defusedxml import ElementTree

    scan = _Scan(info, max_rij, max_kol, max_cellen)
    with zf.open(info.pad) as f:
        for gebeurtenis, el in ElementTree.iterparse(f, events=("start", "end")):
            tag = _lokaal(el.tag)
            if gebeurtenis == "start":
                scan.start(tag, dict(el.attrib))
            else:
                if tag == "v":
                    scan.waarde(el.text)
                elif tag == "c":
                    scan.cel = None
                el.clear()
