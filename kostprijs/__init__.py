"""kostprijs: reële tarieven voor kleinschalige woonvoorzieningen jeugdhulp (KWV).

Publieke API (vlak, zie ``__all__``)::

    from kostprijs import lees_model, bereken
    resultaat = bereken(lees_model("examples/kwv-4-plaatsen.yaml"))
    resultaat.tarief_per_bezet_etmaal      # 668.66
    print(resultaat.uitleg("fte.groepsleiding"))

``import kostprijs`` laadt niets zwaars: de namen hieronder worden pas bij het eerste gebruik geladen
(PEP 562), zodat ``kostprijs --help`` de invoermodellen, pandas en de Excel-bibliotheken niet laadt.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kostprijs._versie import __version__

if TYPE_CHECKING:
    from kostprijs.errors import InvoerFout, KostprijsFout, Melding, RekenFout
    from kostprijs.inputs import KwvModel
    from kostprijs.io.model_invoer import lees_model, lees_model_tekst
    from kostprijs.model import bereken
    from kostprijs.results import Figuur, Resultaat

_WAAR: dict[str, str] = {
    "Figuur": "kostprijs.results",
    "InvoerFout": "kostprijs.errors",
    "KostprijsFout": "kostprijs.errors",
    "KwvModel": "kostprijs.inputs",
    "Melding": "kostprijs.errors",
    "RekenFout": "kostprijs.errors",
    "Resultaat": "kostprijs.results",
    "bereken": "kostprijs.model",
    "lees_model": "kostprijs.io.model_invoer",
    "lees_model_tekst": "kostprijs.io.model_invoer",
}

__all__ = [
    "Figuur",
    "InvoerFout",
    "KostprijsFout",
    "KwvModel",
    "Melding",
    "RekenFout",
    "Resultaat",
    "__version__",
    "bereken",
    "lees_model",
    "lees_model_tekst",
]


def __getattr__(naam: str) -> Any:
    """Laad een publieke naam bij het eerste gebruik (PEP 562)."""
    if naam in _WAAR:
        waarde = getattr(importlib.import_module(_WAAR[naam]), naam)
        globals()[naam] = waarde
        return waarde
    raise AttributeError(f"module 'kostprijs' heeft geen attribuut '{naam}'")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
