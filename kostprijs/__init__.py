"""kostprijs: reële tarieven voor kleinschalige woonvoorzieningen jeugdhulp (KWV).

Publieke API (vlak, zie ``__all__``)::

    from kostprijs import lees_model, bereken
    resultaat = bereken(lees_model("examples/kwv-4-plaatsen.yaml"))
    resultaat.tarief_per_bezet_etmaal      # 668.66
    print(resultaat.uitleg("fte.groepsleiding"))

``import kostprijs`` laadt geen pandas, Excel- of plotbibliotheken; die komen pas bij gebruik.
"""

from kostprijs._versie import __version__
from kostprijs.errors import InvoerFout, KostprijsFout, Melding, RekenFout
from kostprijs.inputs import KwvModel
from kostprijs.io.model_invoer import lees_model, lees_model_tekst
from kostprijs.model import bereken
from kostprijs.results import Figuur, Resultaat

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
