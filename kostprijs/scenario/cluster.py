"""Cluster van woningen die personeel delen (bijv. één wakende nacht of achterwacht voor naburige huizen).

In een cluster van ``k`` woningen staat een gedeelde dienst met ``m`` medewerkers voor alle woningen
samen in plaats van ``n_s`` per woning; elke woning draagt dan ``m / k`` medewerkers in die dienst.
Roosteruren, fte, ORT, inhuur en overhead volgen daaruit in de keten van de kern; de aantallen
woningen gaan als één as door die keten (broadcasting). Omdat alles lineair is in het aantal
medewerkers, is dat hetzelfde als ``ΔP_s · m / (k · n_s)`` personeelskosten per woning.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from pydantic import Field, model_validator

from kostprijs.core.keten import opbouw
from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import KwvModel
from kostprijs.oplossen import los_op
from kostprijs.scenario import assen as sa
from kostprijs.scenario.invoer import maak
from kostprijs.units import Naam
from kostprijs.validatie import Basis, fout

if TYPE_CHECKING:
    import pandas as pd


class Cluster(Basis):
    """Invoer: welke diensten gedeeld worden, hoeveel woningen en hoeveel medewerkers de cluster inzet."""

    gedeelde_diensten: list[Naam] = Field(min_length=1, max_length=20)
    woningen: list[int] = Field(min_length=1, max_length=50)
    personeel_in_cluster: int = Field(default=1, ge=1, le=20,
                                      description="Medewerkers in de gedeelde dienst voor alle woningen samen.")

    @model_validator(mode="after")
    def _woningen(self) -> Cluster:
        if any(not 1 <= k <= 50 for k in self.woningen):
            raise fout("het aantal woningen in een cluster ligt tussen 1 en 50", "woningen")
        if len(set(self.gedeelde_diensten)) != len(self.gedeelde_diensten):
            raise fout("noem elke gedeelde dienst één keer", "gedeelde_diensten")
        return self


def cluster(model: KwvModel, gedeelde_diensten: Sequence[str], woningen: Sequence[int] = (1, 2, 3, 4),
            personeel_in_cluster: int = 1) -> pd.DataFrame:
    """Tarief per woning in een cluster van ``k`` woningen tegenover dezelfde woning zelfstandig."""
    import pandas as pd

    cl = maak(Cluster, {"gedeelde_diensten": list(gedeelde_diensten), "woningen": [int(k) for k in woningen],
                        "personeel_in_cluster": personeel_in_cluster}, "cluster")
    diensten = {d.naam: d for d in model.rooster.diensten}
    onbekend = [n for n in cl.gedeelde_diensten if n not in diensten]
    if onbekend:
        raise InvoerFout([Melding("cluster.gedeelde_diensten", f"dienst '{n}' staat niet in het rooster; kies uit "
                                  f"{', '.join(diensten)}") for n in onbekend])
    o = los_op(model)
    k = np.asarray(cl.woningen, dtype=float)
    kern = o.kern
    for naam in cl.gedeelde_diensten:
        kern = sa.zet(kern, sa.zoek(f"rooster.diensten.{naam}.personeel", o.structuur),
                      cl.personeel_in_cluster / k)
    if len(cl.gedeelde_diensten) == len(diensten):
        raise InvoerFout([Melding("cluster.gedeelde_diensten", "zonder de gedeelde diensten blijft er "
                                  "geen eigen dienst over")])
    los = opbouw(o.kern)
    samen = opbouw(kern)
    tarief_los = float(los.tarief_per_bezet_etmaal)
    return pd.DataFrame({
        "woningen": cl.woningen,
        "tarief_zelfstandig": tarief_los,
        "tarief_in_cluster": np.broadcast_to(samen.tarief_per_bezet_etmaal, k.shape),
        "besparing_per_woning_per_jaar": float(los.tariefbudget) - np.broadcast_to(samen.tariefbudget, k.shape),
        "besparing_fractie": 1 - np.broadcast_to(samen.tarief_per_bezet_etmaal, k.shape) / tarief_los,
    })
