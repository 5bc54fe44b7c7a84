"""Salaristabellen van de gebruiker: bruto maandsalaris per schaal en trede, gedateerd en met bron.

De CAO-bedragen (bijv. CAO Jeugdzorg bijlage 7) worden niet meegeleverd: ze zijn niet in de bronnen
gevonden (``docs/parameters.md#wat-ontbreekt``). Een aanbieder of regio laadt daarom zelf een tabel, uit YAML
of CSV, in hetzelfde gedateerde formaat als de meegeleverde parameters, en verwijst in het model met
``schaal`` en ``trede`` in plaats van een ``maandsalaris``.

YAML::

    naam: CAO Jeugdzorg 2024-2025 bijlage 7
    eenheid: EUR/maand              # bruto maandsalaris bij 1 fte
    tabellen:
      - geldig_vanaf: 2025-03-01
        status: bron                # bron | afgeleid (met afleiding) | derden
        bronnen: [{titel: "Salaristabellen Cao Jeugdzorg 2024-2025", url: "https://..."}]
        schalen:
          8: {0: 3050.00, 1: 3140.00, 2: 3230.00}

CSV (``,`` of ``;``; bij ``;`` mag een decimale komma)::

    geldig_vanaf;schaal;trede;maandsalaris;status;bron_titel;bron_url
    2025-03-01;8;0;3050,00;bron;Salaristabellen Cao Jeugdzorg 2024-2025;https://...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator

from kostprijs.errors import InvoerFout, Melding
from kostprijs.parameters.schema import Status
from kostprijs.units import EurPerMaand, Naam
from kostprijs.validatie import Basis, fout

Schaal = Annotated[str, Field(min_length=1, max_length=20)] | Annotated[int, Field(ge=0, le=200)]
"""Een schaal: een getal (8) of een naam ("FWG 45", "8A")."""


class TabelBron(Basis):
    """Bron van een tabel: een titel en (als die er is) een adres."""

    titel: Naam
    url: Annotated[str, Field(pattern=r"^https?://\S+$", max_length=500)] | None = None


class TabelVersie(Basis):
    """De tabel die vanaf één datum geldt."""

    geldig_vanaf: dt.date
    status: Status
    bronnen: list[TabelBron] = Field(min_length=1)
    afleiding: Naam | None = None
    schalen: dict[str, dict[Annotated[int, Field(ge=0, le=100)], EurPerMaand]] = Field(min_length=1)

    @field_validator("schalen", mode="before")
    @classmethod
    def _sleutels(cls, v: Any) -> Any:
        """YAML-sleutels komen als tekst binnen; schaal blijft tekst, een trede van cijfers wordt een getal."""
        if not isinstance(v, dict):
            return v
        uit: dict[str, Any] = {}
        for schaal, treden in v.items():
            if isinstance(treden, dict):
                treden = {int(t) if isinstance(t, str) and t.isdigit() else t: b for t, b in treden.items()}
            uit[str(schaal)] = treden
        return uit

    @model_validator(mode="after")
    def _samenhang(self) -> TabelVersie:
        if (self.status == "afgeleid") != (self.afleiding is not None):
            raise fout("geef 'afleiding' precies als de status 'afgeleid' is", "afleiding")
        for schaal, treden in self.schalen.items():
            if not treden:
                raise fout(f"schaal {schaal} heeft geen treden", "schalen", schaal)
        return self


class SalarisTabel(Basis):
    """Een gedateerde salaristabel: per geldigheidsdatum de bedragen per schaal en trede."""

    naam: Naam
    eenheid: Literal["EUR/maand"] = Field(description="Bruto maandsalaris bij 1 fte.")
    tabellen: list[TabelVersie] = Field(min_length=1)

    @field_validator("tabellen")
    @classmethod
    def _volgorde(cls, v: list[TabelVersie]) -> list[TabelVersie]:
        for i in range(1, len(v)):
            if v[i].geldig_vanaf <= v[i - 1].geldig_vanaf:
                raise fout("zet de tabellen op volgorde van 'geldig_vanaf', elke datum één keer", i, "geldig_vanaf")
        return v

    def versie(self, datum: dt.date) -> TabelVersie | None:
        """De tabel die op ``datum`` geldt (de laatste met ``geldig_vanaf <= datum``)."""
        geldend = [t for t in self.tabellen if t.geldig_vanaf <= datum]
        return geldend[-1] if geldend else None

    def probleem(self, schaal: str | int, trede: int, datum: dt.date) -> str | None:
        """Waarom (schaal, trede) op ``datum`` niet in de tabel staat, of ``None`` als het wel kan."""
        t = self.versie(datum)
        if t is None:
            eerste = self.tabellen[0].geldig_vanaf.isoformat()
            return (f"salaristabel '{self.naam}' heeft geen tabel die op {datum.isoformat()} geldt (de eerste "
                    f"geldt vanaf {eerste}); voeg een tabel met een eerdere 'geldig_vanaf' toe of kies een "
                    f"andere peildatum")
        treden = t.schalen.get(str(schaal))
        if treden is None:
            return (f"schaal {schaal} staat niet in salaristabel '{self.naam}' (geldig vanaf "
                    f"{t.geldig_vanaf.isoformat()}); wel: {', '.join(t.schalen)}")
        if trede not in treden:
            return (f"trede {trede} staat niet in schaal {schaal} van salaristabel '{self.naam}'; wel: "
                    f"{', '.join(str(x) for x in sorted(treden))}")
        return None

    def maandsalaris(self, schaal: str | int, trede: int, datum: dt.date) -> float:
        """Bruto maandsalaris voor ``schaal`` en ``trede`` op ``datum``. [EUR/maand]"""
        reden = self.probleem(schaal, trede, datum)
        if reden is not None:
            raise InvoerFout([Melding("salaristabel", reden)])
        versie = self.versie(datum)
        assert versie is not None
        return float(versie.schalen[str(schaal)][trede])


def lees_salaristabel(pad: str | Path) -> SalarisTabel:
    """Lees een salaristabel uit YAML (``.yaml``/``.yml``) of CSV (``.csv``).

    Raises
    ------
    InvoerFout
        Met bestand, regel en (bij CSV) kolom van elk probleem.
    """
    from kostprijs.io.bestanden import lees_tekst

    p = Path(pad)
    tekst = lees_tekst(p, MAX_BYTES, encoding="utf-8-sig")
    if p.suffix.lower() == ".csv":
        return _uit_csv(tekst, p.name, p.stem)
    if p.suffix.lower() not in (".yaml", ".yml"):
        raise InvoerFout([Melding(str(p), "een salaristabel is een .yaml-, .yml- of .csv-bestand")], str(p))
    from kostprijs.io.yaml_invoer import lees_yaml, valideer

    data, omzetter = lees_yaml(tekst, p.name)
    return valideer(data, SalarisTabel, p.name, omzetter)


MAX_BYTES = 1_000_000
"""Grootste salaristabel (YAML of CSV). [byte]"""
MAX_VELD = 500
"""Langste veld in een CSV-regel. [tekens]"""
_KOLOMMEN = ("geldig_vanaf", "schaal", "trede", "maandsalaris", "status", "bron_titel")


def _uit_csv(tekst: str, bron: str, naam: str) -> SalarisTabel:
    import csv

    regels = tekst.splitlines()
    if not regels:
        raise InvoerFout([Melding(bron, "het CSV-bestand is leeg")], bron)
    scheiding = ";" if regels[0].count(";") > regels[0].count(",") else ","
    lezer = csv.DictReader(regels, delimiter=scheiding)
    rijen: list[dict[str | Any, str | Any]] = []
    try:
        kop = [k.strip() for k in (lezer.fieldnames or [])]
        rijen.extend(lezer)
    except csv.Error:
        regel = len(rijen) + 2 if lezer.fieldnames is not None else 1
        raise InvoerFout([Melding(f"{bron}, regel {regel}", "geen geldige CSV-regel (een veld is te lang of de "
                                  "aanhalingstekens kloppen niet)")], bron) from None
    ontbrekend = [k for k in _KOLOMMEN if k not in kop]
    onbekend = [k for k in kop if k not in (*_KOLOMMEN, "bron_url", "afleiding")]
    if ontbrekend or onbekend:
        tekst_fout = (f"kolommen ontbreken: {', '.join(ontbrekend)}" if ontbrekend else "") + (
            f"{'; ' if ontbrekend else ''}onbekende kolommen: {', '.join(onbekend)}" if onbekend else "")
        verwacht = f"verwacht: {', '.join(_KOLOMMEN)} (en eventueel bron_url, afleiding)"
        raise InvoerFout([Melding(f"{bron}, regel 1", f"{tekst_fout}; {verwacht}")], bron)
    versies: dict[str, dict[str, Any]] = {}
    meldingen: list[Melding] = []
    for nr, rij in enumerate(rijen, start=2):
        r = {k.strip(): (v or "").strip() for k, v in rij.items() if k is not None}
        lang = [k for k, v in r.items() if len(v) > MAX_VELD]
        if lang:
            meldingen.append(Melding(f"{bron}, regel {nr}, kolom {lang[0]}", f"het veld is langer dan {MAX_VELD} "
                                                                             "tekens"))
            continue

        def plaats(kolom: str, nr: int = nr) -> str:
            return f"{bron}, regel {nr}, kolom {kolom}"

        try:
            datum = dt.date.fromisoformat(r["geldig_vanaf"])
        except ValueError:
            meldingen.append(Melding(plaats("geldig_vanaf"), f"'{r['geldig_vanaf']}' is geen datum JJJJ-MM-DD"))
            continue
        getal = r["maandsalaris"].replace(",", ".") if scheiding == ";" else r["maandsalaris"]
        try:
            bedrag, trede = float(getal), int(r["trede"])
        except ValueError:
            meldingen.append(Melding(plaats("maandsalaris/trede"),
                                     f"verwacht een bedrag en een hele trede, gevonden '{r['maandsalaris']}' en "
                                     f"'{r['trede']}'"))
            continue
        bronnen = [{"titel": r["bron_titel"], **({"url": r["bron_url"]} if r.get("bron_url") else {})}]
        v = versies.setdefault(r["geldig_vanaf"], {"geldig_vanaf": datum, "status": r["status"],
                                                   "bronnen": bronnen, "schalen": {}})
        if r.get("afleiding"):
            v["afleiding"] = r["afleiding"]
        if v["status"] != r["status"] or v["bronnen"] != bronnen:
            meldingen.append(Melding(plaats("status"), "status en bron moeten binnen één geldig_vanaf gelijk zijn"))
        treden = v["schalen"].setdefault(r["schaal"], {})
        if trede in treden:
            meldingen.append(Melding(plaats("trede"), f"schaal {r['schaal']} trede {trede} staat er twee keer in"))
        treden[trede] = bedrag
    if meldingen:
        raise InvoerFout(meldingen, bron)
    data = {"naam": naam, "eenheid": "EUR/maand", "tabellen": [versies[k] for k in sorted(versies)]}
    from kostprijs.io.yaml_invoer import valideer

    return valideer(data, SalarisTabel, bron)


def laad_verwijzing(data: Any, map_model: Path, plaats: Callable[[tuple[str, ...]], str]) -> Any:
    """Vervang ``salaristabel: pad`` in ruwe modeldata door de inhoud van dat bestand.

    Het pad is relatief aan de map van het model. De tabel wordt eerst zelf gevalideerd (met regels uit
    het tabelbestand); daarna staat ze als gewone waarden in het model.
    """
    if not isinstance(data, dict) or not isinstance(data.get("salaristabel"), str):
        return data
    pad = Path(data["salaristabel"])
    pad = pad if pad.is_absolute() else map_model / pad
    if not pad.is_file():
        raise InvoerFout([Melding(plaats(("salaristabel",)),
                                  f"salaristabel '{data['salaristabel']}' niet gevonden (gezocht als {pad}); "
                                  f"het pad is relatief aan de map van het model")])
    tabel = lees_salaristabel(pad)
    return {**data, "salaristabel": tabel.model_dump()}
