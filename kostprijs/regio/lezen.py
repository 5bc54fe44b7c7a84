"""Leest een regiobestand (YAML) met de modellen van zijn woningen; elke fout noemt YAML-pad en regel.

Een woning verwijst naar een modelbestand, relatief aan de map van het regiobestand (dat model wordt
gelezen als door ``kostprijs bereken``, met zijn eigen regelnummers), of bevat het model als blok (dan
noemen de meldingen het pad en de regel in het regiobestand).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import Bronregels, KwvModel
from kostprijs.io.meldingen import alle_veldnamen, vertaal
from kostprijs.io.model_invoer import _parametermap, lees_model
from kostprijs.io.yaml_invoer import MAX_BYTES, lees_yaml, valideer
from kostprijs.regio.invoer import Regio
from kostprijs.salaristabel import laad_verwijzing

IN_HET_BESTAND = "(in het regiobestand)"


@dataclass(frozen=True)
class GelezenRegio:
    """De gevalideerde regio met het model van elke woning (in de volgorde van ``woningen``)."""

    regio: Regio
    modellen: tuple[KwvModel, ...]
    bron: str

    def model_tekst(self, i: int) -> str:
        """Het model van woning ``i`` zoals in het regiobestand geschreven (pad of 'in het regiobestand')."""
        m = self.regio.woningen[i].model
        return m if isinstance(m, str) else IN_HET_BESTAND


def _tekst(p: Path) -> str:
    try:
        if p.stat().st_size > MAX_BYTES:
            raise InvoerFout([Melding(str(p), f"het bestand is groter dan {MAX_BYTES // 1000} kB")], str(p))
        return p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvoerFout([Melding(str(p), "bestand niet gevonden")], str(p)) from None
    except UnicodeDecodeError:
        raise InvoerFout([Melding(str(p), "het bestand is geen UTF-8-tekst")], str(p)) from None
    except IsADirectoryError:
        raise InvoerFout([Melding(str(p), "dit is een map, geen YAML-bestand")], str(p)) from None


def lees_regio(pad: str | Path) -> GelezenRegio:
    """Lees en valideer een regiobestand en de modellen van zijn woningen.

    Raises
    ------
    InvoerFout
        Met alle problemen; elke melding noemt het bestand, het YAML-pad en de regel.
    """
    p = Path(pad)
    bron = p.name
    data, om = lees_yaml(_tekst(p), bron)
    regio = valideer(data, Regio, bron, om)
    modellen = []
    for i, w in enumerate(regio.woningen):
        if isinstance(w.model, str):
            doel = Path(w.model) if Path(w.model).is_absolute() else p.parent / w.model
            if not doel.is_file():
                raise InvoerFout([Melding(om.plaats(bron, ("woningen", i, "model")),
                                          f"modelbestand '{w.model}' niet gevonden (gezocht als {doel}); het pad "
                                          "is relatief aan de map van het regiobestand")], bron)
            modellen.append(lees_model(doel))
        else:
            modellen.append(_inline(data["woningen"][i]["model"], ("woningen", i, "model"), om, bron, p.parent))
    return GelezenRegio(regio, tuple(modellen), bron)


def _inline(ruw: Any, pad: tuple[str | int, ...], om: Any, bron: str, map_: Path) -> KwvModel:
    """Een model als blok in het regiobestand; meldingen met het volledige pad en de regel."""

    def plaats(sub: tuple[Any, ...]) -> str:
        return str(om.plaats(bron, (*pad, *sub)))

    ruw = _parametermap(laad_verwijzing(ruw, map_, plaats), map_)
    try:
        model = KwvModel.model_validate(ruw)
    except ValidationError as e:
        raise InvoerFout(vertaal(e, ruw, plaats, alle_veldnamen(KwvModel)), bron) from None
    n = len(pad)
    regels = {k[n:]: r for k, r in om.regels.items() if k[:n] == pad}
    return model.met_bronregels(_Voorvoegsel(bron, regels, pad))


class _Voorvoegsel(Bronregels):
    """Bronregels van een model als blok: het pad in de meldingen begint bij de woning in het regiobestand."""

    def __init__(self, bron: str, regels: dict[Any, int], voor: tuple[str | int, ...]) -> None:
        super().__init__(bron, regels)
        self.voor = voor

    def plaats(self, pad: Any) -> str:
        from kostprijs.io.meldingen import pad_tekst

        tekst = super().plaats(pad)
        return f"{pad_tekst(self.voor)}.{tekst}" if pad else tekst
