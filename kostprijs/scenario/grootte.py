"""Tarief tegen woninggrootte (1-8 plaatsen) bij een roosterregel: waar wordt klein onbetaalbaar?

Een roosterregel zegt per dienst hoeveel medewerkers er vanaf een aantal plaatsen staan (bijv. de
late dienst met 1 medewerker tot 3 plaatsen en 2 vanaf 4). Elk apart rooster wordt één keer als
model gevalideerd en doorgerekend; de plaatsen worden daarover gebroadcast.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import Field, model_validator

from kostprijs.core.keten import opbouw
from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import KwvModel
from kostprijs.oplossen import Waarschuwing, los_op
from kostprijs.scenario.basis import model_met
from kostprijs.scenario.invoer import maak
from kostprijs.units import Naam, PositieveFractie
from kostprijs.validatie import Basis, fout

if TYPE_CHECKING:
    import pandas as pd


class RegelStap(Basis):
    """Vanaf ``vanaf_plaatsen`` staan er ``personeel`` medewerkers in ``dienst`` (0 = dienst vervalt)."""

    dienst: Naam
    vanaf_plaatsen: int = Field(ge=1, le=50)
    personeel: int = Field(ge=0, le=20)


class Roosterregel(Basis):
    """Bezetting van diensten als functie van het aantal plaatsen."""

    stappen: list[RegelStap] = Field(min_length=1, max_length=200)

    @model_validator(mode="after")
    def _uniek(self) -> Roosterregel:
        gezien: set[tuple[str, int]] = set()
        for i, s in enumerate(self.stappen):
            if (s.dienst, s.vanaf_plaatsen) in gezien:
                raise fout(f"dienst '{s.dienst}' heeft twee stappen vanaf {s.vanaf_plaatsen} plaatsen", "stappen", i)
            gezien.add((s.dienst, s.vanaf_plaatsen))
        return self


class Grootte(Basis):
    """Invoer van :func:`tarief_naar_grootte`."""

    plaatsen: list[int] = Field(min_length=1, max_length=50)
    bezettingsgraad: PositieveFractie | None = None
    maximum_tarief: float | None = Field(default=None, gt=0, le=100_000)

    @model_validator(mode="after")
    def _plaatsen(self) -> Grootte:
        if any(not 1 <= p <= 50 for p in self.plaatsen):
            raise fout("plaatsen liggen tussen 1 en 50", "plaatsen")
        return self


def rooster_voor(model: KwvModel, regel: Roosterregel | None, plaatsen: int) -> KwvModel:
    """Het model met het rooster volgens ``regel`` bij ``plaatsen`` plaatsen (opnieuw gevalideerd)."""
    if regel is None:
        return model_met(model, plaatsen=plaatsen)
    namen = {d.naam for d in model.rooster.diensten}
    fout_namen = sorted({s.dienst for s in regel.stappen} - namen)
    if fout_namen:
        raise InvoerFout([Melding("roosterregel", f"dienst '{n}' staat niet in het rooster; kies uit "
                                  f"{', '.join(sorted(namen))}") for n in fout_namen])
    diensten = []
    for d in model.rooster.diensten:
        geldig = [s for s in regel.stappen if s.dienst == d.naam and s.vanaf_plaatsen <= plaatsen]
        personeel = max(geldig, key=lambda s: s.vanaf_plaatsen).personeel if geldig else d.personeel
        if personeel > 0:
            diensten.append({**d.model_dump(), "personeel": personeel})
    if not diensten:
        raise InvoerFout([Melding("roosterregel", f"bij {plaatsen} plaatsen blijft er geen dienst over")])
    rooster = {**model.rooster.model_dump(), "diensten": diensten}
    return model_met(model, f"roosterregel bij {plaatsen} plaatsen", plaatsen=plaatsen, rooster=rooster)


def tarief_naar_grootte(model: KwvModel, plaatsen: Sequence[int] = tuple(range(1, 9)),
                        regel: Roosterregel | None = None, bezettingsgraad: float | None = None,
                        maximum_tarief: float | None = None) -> pd.DataFrame:
    """Tarief per bezet etmaal en per plaats per jaar voor elke woninggrootte.

    Zonder regel blijft het rooster gelijk (een vast 24-uursteam): het tarief daalt dan ongeveer als
    1/plaatsen; ``df.attrs["waarschuwingen"]`` zegt dat dan. ``betaalbaar`` vergelijkt met
    ``maximum_tarief`` (bijv. het regionale tarief).
    """
    import pandas as pd

    g = maak(Grootte, {"plaatsen": [int(p) for p in plaatsen], "bezettingsgraad": bezettingsgraad,
                       "maximum_tarief": maximum_tarief}, "grootte")
    rijen = []
    groepen: dict[str, tuple[KwvModel, list[int]]] = {}
    for p in g.plaatsen:
        variant = rooster_voor(model, regel, p)
        sleutel = variant.rooster.model_dump_json()
        groepen.setdefault(sleutel, (variant, []))[1].append(p)
    for variant, lijst in groepen.values():
        o = los_op(variant)
        wijziging: dict[str, Any] = {"plaatsen": np.asarray(lijst, dtype=float)}
        if g.bezettingsgraad is not None:
            wijziging["bezettingsgraad"] = g.bezettingsgraad
        ob = opbouw(dataclasses.replace(o.kern, **wijziging))
        fte = float(np.sum(ob.functies.fte))
        for i, p in enumerate(lijst):
            rijen.append({"plaatsen": p, "fte_totaal": fte, "personeel": float(ob.personeel),
                          "tariefbudget": float(ob.tariefbudget[i]),
                          "tarief_per_bezet_etmaal": float(ob.tarief_per_bezet_etmaal[i]),
                          "tarief_per_plaats_per_jaar": float(ob.tarief_per_plaats_per_jaar[i])})
    df = pd.DataFrame(rijen).sort_values("plaatsen").reset_index(drop=True)
    if g.maximum_tarief is not None:
        df["betaalbaar"] = df["tarief_per_bezet_etmaal"] <= g.maximum_tarief
    df.attrs["waarschuwingen"] = [] if regel is not None else [Waarschuwing(
        "grootte_zonder_roosterregel", "roosterregel",
        "zonder roosterregel blijft het rooster bij elke grootte gelijk: een woning met 1 plaats krijgt dan "
        "hetzelfde team als een woning met 8. Geef een roosterregel (--regel DIENST:VANAF:PERSONEEL) voor een "
        "eerlijke vergelijking").als_dict()]
    return df
