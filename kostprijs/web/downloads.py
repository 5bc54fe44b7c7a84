"""Downloads van de pagina en de API: het model als YAML en het werkboek met live formules.

Het werkboek komt van :func:`kostprijs.excel.schrijf_werkboek` in een tijdelijke map die direct weer
weg is; de server bewaart niets.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from pathlib import Path

from kostprijs.inputs import KwvModel
from kostprijs.results import Resultaat


def model_yaml(model: KwvModel) -> str:
    """Het model als YAML die ``kostprijs bereken`` weer precies zo leest: alleen wat de gebruiker gaf
    (wat het register levert, komt bij het lezen weer uit het register)."""
    from kostprijs.io.model_uitvoer import model_yaml as yaml_tekst

    return yaml_tekst(model, "Model uit de webapplicatie van kostprijs; `kostprijs bereken` leest het.",
                      alleen_gegeven=True)


def werkboek(model: KwvModel, resultaat: Resultaat) -> bytes:
    """Het werkboek (``.xlsx``) van het model, met live formules en de waarden van Python erin."""
    from kostprijs.excel import schrijf_werkboek

    with tempfile.TemporaryDirectory(prefix="kostprijs-web-") as map_:
        pad = Path(map_) / "kwv.xlsx"
        schrijf_werkboek(model, pad, resultaat)
        return pad.read_bytes()


def bestandsnaam(naam: str, extensie: str) -> str:
    """Een veilige bestandsnaam uit de naam van de woning: ``kostprijs-kwv-de-horizon.xlsx``."""
    plat = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode("ascii").lower()
    stam = re.sub(r"[^a-z0-9]+", "-", plat).strip("-")[:60].strip("-")
    return f"kostprijs-{stam or 'model'}.{extensie}"


def bijlage(naam: str, extensie: str) -> dict[str, str]:
    """De kop ``Content-Disposition`` voor een download."""
    return {"content-disposition": f'attachment; filename="{bestandsnaam(naam, extensie)}"'}
