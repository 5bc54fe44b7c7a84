"""Resultaat van een tariefopbouw: bevroren, getypeerd en uitlegbaar.

Elk getal is een :class:`Figuur` met eenheid, formule in woorden, de Excel-formule, de bron van de
regel en de waarden die erin gingen; dat alles komt uit de ene tabel :data:`kostprijs.figuren.TABEL`.
Het resultaat draagt ook de volledige opbouw (:class:`kostprijs.core.keten.Opbouw`) met elke
tussenwaarde, de herkomst van elke waarde uit het register en de waarschuwingen. Alleen de weergave
rondt af, via :mod:`kostprijs.core.afronding`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kostprijs.core.afronding import rond_af
from kostprijs.core.keten import KernInvoer, Opbouw
from kostprijs.figuren import Groep, Kostengedrag
from kostprijs.notatie import nl_getal
from kostprijs.oplossen import Herkomst, Structuur, Waarschuwing
from kostprijs.suggesties import bedoelt_u

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Figuur:
    """Eén uitkomst met haar herkomst: waarde, eenheid, formule (woorden en Excel) en invoer."""

    sleutel: str
    omschrijving: str
    waarde: float
    eenheid: str
    formule: str
    """De formule in woorden."""
    excel: str | None
    """De Excel-formule zoals in het werkboek (zonder ``=``), of ``None`` voor een vaste waarde."""
    invoer: dict[str, float]
    """De waarden die erin gingen, op sleutel (een figuur of ``invoer.<veld>``)."""
    groep: Groep
    geld: bool
    kostengedrag: Kostengedrag | None = None
    """Bij kostenregels: vast (los van de bezetting) of variabel (met de bezette etmalen)."""
    bron: str = ""
    """Bron van de rekenregel (CAO-artikel, besluit, paragraaf van docs/methode.md)."""
    invoer_labels: dict[str, str] = field(default_factory=dict)
    herkomst: tuple[str, ...] = ()
    """Waar de invoerwaarden vandaan komen (register, kalender, eigen waarde), in woorden."""

    @property
    def afgerond(self) -> float:
        """Gerapporteerde waarde: geld op centen (rekenkundig), overige grootheden op 4 decimalen."""
        return rond_af(self.waarde, 2 if self.geld else 4)

    def uitleg(self) -> str:
        """De figuur in woorden: waarde, formule, ingaande waarden en hun herkomst."""
        regels = [
            f"{self.omschrijving} ({self.sleutel})",
            f"  waarde : {_waarde_met_eenheid(self)}",
            f"  formule: {self.formule}",
        ]
        if self.invoer:
            regels.append("  invoer :")
            labels = {k: self.invoer_labels.get(k, k) for k in self.invoer}
            breedte = max(len(t) for t in labels.values())
            for k, v in self.invoer.items():
                regels.append(f"    {labels[k].ljust(breedte)} = {_nl(v, 6)}")
        for h in self.herkomst:
            regels.append(f"  herkomst: {h}")
        if self.bron:
            regels.append(f"  bron   : {self.bron}")
        return "\n".join(regels)

    def als_dict(self) -> dict[str, Any]:
        """Voor JSON: alle velden plus de afgeronde waarde."""
        return {"sleutel": self.sleutel, "omschrijving": self.omschrijving, "waarde": self.waarde,
                "afgerond": self.afgerond, "eenheid": self.eenheid, "formule": self.formule, "excel": self.excel,
                "invoer": self.invoer, "groep": self.groep, "geld": self.geld, "kostengedrag": self.kostengedrag,
                "bron": self.bron}


def _waarde_met_eenheid(f: Figuur) -> str:
    """``74,69%`` voor een percentage, anders het afgeronde getal met de eenheid."""
    if f.eenheid == "%":
        return nl_getal(100 * f.waarde, 2) + "%"
    return f"{_nl(f.afgerond, 2 if f.geld else 4)} {f.eenheid}"


def _nl(x: float, decimalen: int) -> str:
    """Getal in Nederlandse notatie: 1.234,56; bij 6 decimalen zonder nullen aan het eind."""
    tekst = nl_getal(x, decimalen)
    return tekst.rstrip("0").rstrip(",") if decimalen == 6 else tekst


@dataclass(frozen=True)
class Bezettingspunt:
    """Eén punt van de bezettingstabel (tabblad Bezetting): de vaste kosten blijven gelijk."""

    bezettingsgraad: float
    bezette_etmalen: float
    tariefbudget: float
    tarief_per_bezet_etmaal: float
    leegstand_per_bezet_etmaal: float


@dataclass(frozen=True)
class Resultaat:
    """Tariefopbouw van één KWV. ``figuren`` bevat elk getal met zijn uitleg (zie :meth:`uitleg`)."""

    naam: str
    jaar: int
    plaatsen: int
    bezettingsgraad: float
    conventies: dict[str, str]
    figuren: dict[str, Figuur]
    kostprijs_versie: str
    herkomst: tuple[Herkomst, ...] = ()
    """Elke waarde die uit het register, de kalender of een salaristabel komt, en elke eigen waarde
    voor een veld dat het register kent."""
    waarschuwingen: tuple[Waarschuwing, ...] = ()
    opbouw: Opbouw | None = field(default=None, repr=False, compare=False)
    kern: KernInvoer | None = field(default=None, repr=False, compare=False)
    structuur: Structuur | None = field(default=None, repr=False, compare=False)
    bezettingsrij: tuple[Bezettingspunt, ...] = field(default=(), repr=False)

    def figuur(self, sleutel: str) -> Figuur:
        """De figuur met deze sleutel; een onbekende sleutel geeft een fout met de mogelijke sleutels."""
        try:
            return self.figuren[sleutel]
        except KeyError:
            bijna = bedoelt_u(sleutel, self.figuren, n=3)
            hint = f" Bedoelt u: {', '.join(bijna)}?" if bijna else ""
            raise KeyError(
                f"Onbekende figuur '{sleutel}'.{hint} Alle sleutels: `kostprijs bereken MODEL --figuren`."
            ) from None

    def waarde(self, sleutel: str) -> float:
        """Onafgeronde waarde van een figuur (float64)."""
        return self.figuur(sleutel).waarde

    def uitleg(self, sleutel: str) -> str:
        """Uitleg van één figuur: formule in woorden, ingaande waarden en hun herkomst."""
        return self.figuur(sleutel).uitleg()

    @property
    def tarief_per_bezet_etmaal(self) -> float:
        """Het tarief per bezet etmaal, rekenkundig afgerond op centen. [EUR/bezet etmaal]"""
        return self.figuur("tarief_per_bezet_etmaal").afgerond

    @property
    def roosteruren_per_jaar(self) -> float:
        """Betaalde roosteruren per jaar (onafgerond). [uur/jaar]"""
        return self.waarde("roosteruren_per_jaar")

    @property
    def netto_uren_per_fte(self) -> float:
        """Netto inzetbare uren per fte (onafgerond). [uur/jaar]"""
        return self.waarde("netto_uren_per_fte")

    @property
    def productiviteit(self) -> float:
        """Netto uren / contracturen. [/1]"""
        return self.waarde("productiviteit")

    @property
    def kostprijs_per_jaar(self) -> float:
        """Kostprijs vóór indexering en risico (onafgerond). [EUR/jaar]"""
        return self.waarde("kostprijs_per_jaar")

    @property
    def tariefbudget_per_jaar(self) -> float:
        """Tariefbudget: geïndexeerde kostprijs plus risico en marge (onafgerond). [EUR/jaar]"""
        return self.waarde("tariefbudget_per_jaar")

    @property
    def functies(self) -> dict[str, tuple[float, float]]:
        """Per functie (sleuteldeel van de naam): (fte, kosten per fte [EUR/jaar]), onafgerond."""
        assert self.opbouw is not None and self.structuur is not None
        f = self.opbouw.functies
        return {self.structuur.functie_sleutel(i): (float(f.fte[..., i]), float(f.kosten_per_fte[..., i]))
                for i in range(len(self.structuur.functies))}

    def to_frame(self) -> pd.DataFrame:
        """Alle figuren als pandas DataFrame (pandas wordt pas hier geladen)."""
        import pandas as pd

        rijen = [{"sleutel": f.sleutel, "groep": f.groep, "omschrijving": f.omschrijving, "waarde": f.waarde,
                  "afgerond": f.afgerond, "eenheid": f.eenheid, "kostengedrag": f.kostengedrag, "formule": f.formule}
                 for f in self.figuren.values()]
        return pd.DataFrame(rijen).set_index("sleutel")

    def to_dict(self) -> dict[str, Any]:
        """JSON-geschikte vorm: conventies, kopgetallen (afgerond), figuren, herkomst en waarschuwingen."""
        return {
            "naam": self.naam, "jaar": self.jaar, "plaatsen": self.plaatsen, "bezettingsgraad": self.bezettingsgraad,
            "kostprijs_versie": self.kostprijs_versie, "conventies": self.conventies,
            "tarief_per_bezet_etmaal": self.tarief_per_bezet_etmaal,
            "figuren": {k: f.als_dict() for k, f in self.figuren.items()},
            "herkomst": [h.als_dict() for h in self.herkomst],
            "waarschuwingen": [w.als_dict() for w in self.waarschuwingen],
        }

    def to_json(self, indent: int | None = 2) -> str:
        """:meth:`to_dict` als JSON-tekst; een niet-eindig getal geeft een fout die het veld noemt."""
        from kostprijs.io.json_uitvoer import json_tekst

        return json_tekst(self.to_dict(), indent)
