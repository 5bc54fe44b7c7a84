"""Downloads van de pagina en de API: het model als YAML en het werkboek met live formules.

Het werkboek komt van :func:`kostprijs.excel.schrijf_werkboek` in een tijdelijke map die direct weer
weg is; de server bewaart niets.
"""

from __future__ import annotations

import io
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from kostprijs.inputs import KwvModel
from kostprijs.results import Resultaat

TIJDVELDEN = frozenset({"begin", "eind", "van", "tot"})


def model_yaml(model: KwvModel) -> str:
    """Het model als YAML die ``kostprijs bereken`` weer precies zo leest.

    Alleen wat de gebruiker gaf (``exclude_unset``): wat het register levert, blijft weg en komt bij het
    lezen weer uit het register. Kloktijden staan tussen aanhalingstekens, datums als JJJJ-MM-DD.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    def tijden(x: Any) -> Any:
        if isinstance(x, dict):
            return {k: DoubleQuotedScalarString(w) if k in TIJDVELDEN and isinstance(w, str) else tijden(w)
                    for k, w in x.items()}
        if isinstance(x, list | tuple):
            return [tijden(w) for w in x]
        return x

    y = YAML(typ="rt", pure=True)
    y.default_flow_style = False
    y.allow_unicode = True
    buf = io.StringIO()
    buf.write("# Model uit de webapplicatie van kostprijs; `kostprijs bereken` leest het.\n")
    y.dump(tijden(model.model_dump(mode="python", exclude_unset=True)), buf)
    return buf.getvalue()


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
