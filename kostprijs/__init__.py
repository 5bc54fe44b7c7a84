"""kostprijs: reële tarieven voor kleinschalige woonvoorzieningen jeugdhulp (KWV).

Publieke API (vlak, zie ``__all__``)::

    from kostprijs import lees_model, bereken
    resultaat = bereken(lees_model("examples/kwv-4-plaatsen.yaml"))
    resultaat.tarief_per_bezet_etmaal      # 668.66
    print(resultaat.uitleg("fte.groepsleiding"))

``import kostprijs`` laadt alleen de versie: elke naam hieronder wordt pas bij het eerste gebruik
geïmporteerd (module-``__getattr__``, PEP 562). Zo start de opdrachtregel snel en laadt ``import
kostprijs`` geen numpy, pydantic, pandas, Excel- of plotbibliotheken.
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
"""Publieke naam -> module waar ze staat (geladen bij het eerste gebruik)."""

__all__ = ["Figuur", "InvoerFout", "KostprijsFout", "KwvModel", "Melding", "RekenFout", "Resultaat", "__version__",
           "bereken", "lees_model", "lees_model_tekst"]


def __getattr__(naam: str) -> Any:
    """Laad een publieke naam bij het eerste gebruik en bewaar haar in de module (daarna geen kosten)."""
    module = _WAAR.get(naam)
    if module is None:
        raise AttributeError(f"module 'kostprijs' heeft geen attribuut '{naam}'")
    waarde = getattr(importlib.import_module(module), naam)
    globals()[naam] = waarde
    return waarde


def __dir__() -> list[str]:
    return sorted({*globals(), *_WAAR})
