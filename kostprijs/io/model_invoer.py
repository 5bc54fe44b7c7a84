"""Leest een KWV-model uit YAML: regelnummers in elke melding, een salaristabel of parametermap als pad.

Het model wordt strikt gevalideerd (:class:`kostprijs.inputs.KwvModel`) en onthoudt waar elk veld in
het bestand staat (:class:`kostprijs.inputs.Bronregels`), zodat ook waarschuwingen en fouten bij het
oplossen (:mod:`kostprijs.oplossen`) het YAML-pad en de regel noemen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kostprijs.inputs import Bronregels, KwvModel
from kostprijs.io.bestanden import lees_tekst
from kostprijs.io.yaml_invoer import MAX_BYTES, lees_yaml, valideer
from kostprijs.salaristabel import laad_verwijzing


def _parametermap(data: Any, map_model: Path) -> Any:
    """Maak ``parameters.map`` absoluut (relatief aan de map van het model), zodat het model overal werkt."""
    if not isinstance(data, dict) or not isinstance(data.get("parameters"), dict):
        return data
    keuze = data["parameters"]
    if not isinstance(keuze.get("map"), str) or not keuze["map"].strip():
        return data
    pad = Path(keuze["map"])
    return {**data, "parameters": {**keuze, "map": str(pad if pad.is_absolute() else (map_model / pad).resolve())}}


def lees_model_tekst(tekst: str, bron: str = "<tekst>", map_model: Path | None = None) -> KwvModel:
    """Lees een KWV-model uit YAML-tekst. Fouten: :class:`kostprijs.InvoerFout` met alle problemen.

    ``salaristabel: pad`` en ``parameters.map`` in het model zijn relatief aan ``map_model`` (standaard
    de werkmap).
    """
    data, omzetter = lees_yaml(tekst, bron)
    basis = map_model or Path.cwd()
    data = laad_verwijzing(data, basis, lambda pad: omzetter.plaats(bron, pad))
    data = _parametermap(data, basis)
    model = valideer(data, KwvModel, bron, omzetter)
    return model.met_bronregels(Bronregels(bron, omzetter.regels))


def lees_model(pad: str | Path) -> KwvModel:
    """Lees een KWV-model uit een YAML-bestand.

    Raises
    ------
    InvoerFout
        Bij een onleesbaar bestand of ongeldige invoer; elke melding noemt YAML-pad en regel.
    """
    p = Path(pad)
    tekst = lees_tekst(p, MAX_BYTES)  # alleen een gewoon bestand (geen pijp of apparaat), begrensd, UTF-8
    return lees_model_tekst(tekst, p.name, p.parent)
