"""Resultaat van een tariefopbouw: bevroren, getypeerd en uitlegbaar.

Elk getal is een :class:`Figuur` met eenheid, formule in woorden en de waarden die erin gingen. Alleen
de weergave rondt af, via :mod:`kostprijs.core.afronding`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

from kostprijs.core.afronding import rond_af
from kostprijs.notatie import nl_getal

if TYPE_CHECKING:
    import pandas as pd

Groep = Literal["uren", "formatie", "personeel", "kosten", "tarief", "amvb", "financiering"]
Kostengedrag = Literal["vast", "variabel"]


class Figuur(BaseModel):
    """Eén uitkomst met haar herkomst."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    sleutel: str
    omschrijving: str
    waarde: float
    eenheid: str
    formule: str
    invoer: dict[str, float]
    groep: Groep
    geld: bool
    kostengedrag: Kostengedrag | None = None
    """Bij kostenregels: vast (los van de bezetting) of variabel (met de bezette etmalen)."""

    @property
    def afgerond(self) -> float:
        """Gerapporteerde waarde: geld op centen (rekenkundig), overige grootheden op 4 decimalen."""
        return rond_af(self.waarde, 2 if self.geld else 4)

    def uitleg(self) -> str:
        """De figuur in woorden: waarde, formule en de ingaande waarden."""
        regels = [
            f"{self.omschrijving} ({self.sleutel})",
            f"  waarde : {_nl(self.afgerond, 2 if self.geld else 4)} {self.eenheid}",
            f"  formule: {self.formule}",
        ]
        if self.invoer:
            regels.append("  invoer :")
            breedte = max(len(k) for k in self.invoer)
            for k, v in self.invoer.items():
                regels.append(f"    {k.ljust(breedte)} = {_nl(v, 6)}")
        return "\n".join(regels)


def _nl(x: float, decimalen: int) -> str:
    """Getal in Nederlandse notatie: 1.234,56; bij 6 decimalen zonder nullen aan het eind."""
    tekst = nl_getal(x, decimalen)
    return tekst.rstrip("0").rstrip(",") if decimalen == 6 else tekst


class Resultaat(BaseModel):
    """Tariefopbouw van één KWV. ``figuren`` bevat elk getal met zijn uitleg (zie :meth:`uitleg`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    naam: str
    jaar: int
    plaatsen: int
    bezettingsgraad: float
    conventies: dict[str, str]
    figuren: dict[str, Figuur]
    kostprijs_versie: str

    def figuur(self, sleutel: str) -> Figuur:
        """De figuur met deze sleutel; een onbekende sleutel geeft een fout met de mogelijke sleutels."""
        try:
            return self.figuren[sleutel]
        except KeyError:
            import difflib

            bijna = difflib.get_close_matches(sleutel, self.figuren, n=3)
            hint = f" Bedoelt u: {', '.join(bijna)}?" if bijna else ""
            raise KeyError(
                f"Onbekende figuur '{sleutel}'.{hint} Alle sleutels: `kostprijs bereken MODEL --figuren`."
            ) from None

    def waarde(self, sleutel: str) -> float:
        """Onafgeronde waarde van een figuur (float64)."""
        return self.figuur(sleutel).waarde

    def uitleg(self, sleutel: str) -> str:
        """Uitleg van één figuur: formule in woorden en ingaande waarden."""
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
        """Per functie (sleuteldeel): (fte, kosten per fte [EUR/jaar]), onafgerond."""
        return {k.removeprefix("fte."): (f.waarde, self.waarde(k.replace("fte.", "kosten_per_fte.", 1)))
                for k, f in self.figuren.items() if k.startswith("fte.")}

    def to_frame(self) -> pd.DataFrame:
        """Alle figuren als pandas DataFrame (pandas wordt pas hier geladen)."""
        import pandas as pd

        rijen = [
            {
                "sleutel": f.sleutel,
                "groep": f.groep,
                "omschrijving": f.omschrijving,
                "waarde": f.waarde,
                "afgerond": f.afgerond,
                "eenheid": f.eenheid,
                "kostengedrag": f.kostengedrag,
                "formule": f.formule,
            }
            for f in self.figuren.values()
        ]
        return pd.DataFrame(rijen).set_index("sleutel")

    def to_dict(self) -> dict[str, Any]:
        """JSON-geschikte vorm: conventies, kopgetallen (afgerond) en alle figuren met uitleg."""
        uit = self.model_dump()
        uit["tarief_per_bezet_etmaal"] = self.tarief_per_bezet_etmaal
        for f in uit["figuren"].values():
            f["afgerond"] = self.figuren[f["sleutel"]].afgerond
        return uit

    def to_json(self, indent: int | None = 2) -> str:
        """:meth:`to_dict` als JSON-tekst."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)
