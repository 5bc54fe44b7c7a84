"""Drie soorten invoer op Uitgangspunten: vast (uit het register), suggestie en eigen waarde.

Naar het voorbeeld van de rekentools van VNG en Berenschot (vaste gegevens, suggesties en open gegevens):

- **vast**: de waarde komt uit een primaire bron in het register (CAO, premies, PFZW), de kalender of een
  salaristabel, of is een definitie (een wakker uur telt helemaal). Wijzig haar alleen met een reden;
- **suggestie**: het register kent de waarde alleen afgeleid of uit een secundaire bron, of het model
  liet een veld met een standaard van kostprijs weg (bijvoorbeeld overige uren 0). Controleer haar;
- **eigen**: de gebruiker gaf de waarde zelf op (in het model of in een vrije regel).

De herkomst komt van de oplosstap (:class:`kostprijs.oplossen.Herkomst`); of een veld in het model stond,
zegt pydantic (``model_fields_set``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel

from kostprijs.oplossen import Herkomst

SoortWaarde = Literal["vast", "suggestie", "eigen"]

TEKST: dict[SoortWaarde, str] = {"vast": "vast (register)", "suggestie": "suggestie", "eigen": "eigen waarde"}
"""Wat in de kolom Soort en in de opmerking bij de cel staat."""

UITLEG: dict[SoortWaarde, str] = {
    "vast": "Vast: komt uit een primaire bron in het register (CAO, premies, pensioen), de kalender of een "
            "salaristabel. Wijzig deze waarde alleen met een reden; kostprijs lees-excel maakt er dan een eigen "
            "waarde van.",
    "suggestie": "Suggestie: een waarde die kostprijs voorstelt (afgeleid of uit een secundaire bron, of een "
                 "standaard). Controleer haar en vervang haar door uw eigen waarde als die afwijkt.",
    "eigen": "Eigen waarde: door u opgegeven. Een lege vrije regel telt niet mee.",
}
"""Uitleg van elke soort, voor de handleiding op het eerste tabblad."""

STATUS: dict[str, str] = {"bron": "uit de bron", "afgeleid": "afgeleid uit de bron",
                          "derden": "alleen in een secundaire bron gezien"}


def soort_waarde(herkomst: Herkomst | None, expliciet: bool) -> SoortWaarde:
    """De soort van een invoerwaarde uit haar herkomst en of het model het veld zelf noemde."""
    if herkomst is not None and herkomst.soort != "eigen":
        if herkomst.soort in ("register", "regio") and herkomst.status not in (None, "bron"):
            return "suggestie"
        return "vast"
    if herkomst is None and not expliciet:
        return "suggestie"
    return "eigen"


def expliciet(model: BaseModel, pad: tuple[str | int, ...]) -> bool:
    """Of het veld op ``pad`` in het model zelf stond (``True`` voor alles wat geen modelveld is)."""
    plek: Any = model
    for i, deel in enumerate(pad):
        laatste = i == len(pad) - 1
        if isinstance(deel, int):
            if not isinstance(plek, list) or deel >= len(plek):
                return True
            plek = plek[deel]
            continue
        if not isinstance(plek, BaseModel) or deel not in type(plek).model_fields:
            return True
        if laatste:
            return deel in plek.model_fields_set
        plek = getattr(plek, deel)
    return True


def datum(d: dt.date | None) -> str:
    """Een datum zoals een Nederlandse lezer hem schrijft: ``1-7-2024``."""
    return f"{d.day}-{d.month}-{d.year}" if d is not None else "onbekend"


def herkomst_tekst(h: Herkomst, beschrijving: str = "") -> str:
    """De herkomst van een waarde in gewone woorden (zonder parameternamen)."""
    if h.soort in ("register", "regio"):
        wie = "het register van de regio" if h.soort == "regio" else "het register"
        bron = "; ".join(t for t, _ in h.bronnen[:2])
        wat = f" ({beschrijving})" if beschrijving else ""
        return (f"Uit {wie}{wat}, geldig vanaf {datum(h.geldig_vanaf)}, "
                f"{STATUS.get(h.status or '', h.status or '')}" + (f"; bron: {bron}" if bron else "") + ".")
    if h.soort == "eigen":
        return "Eigen waarde uit het model."
    tekst = h.toelichting or h.soort
    return tekst[0].upper() + tekst[1:] + ("" if tekst.endswith(".") else ".")
