"""Acties die de vorm van het model veranderen: een rij erbij of eraf, huur of eigendom, ORT-methode.

De pagina stuurt de ruwe modelgegevens en de actie; de server geeft de nieuwe gegevens terug en tekent
het formulier opnieuw. Een actie vult geen getallen in die de bronnen niet geven: een nieuwe rij of een
nieuw blok heeft lege verplichte velden, en het formulier zegt dan wat er nog moet.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from kostprijs.errors import InvoerFout, Melding
from kostprijs.io.meldingen import Pad, pad_tekst

Gegevens = dict[str, Any]


def _ouder(data: Gegevens, pad: Pad, maak: bool = True) -> Any:
    """Het blok of de lijst op ``pad`` (met ``maak``: lege blokken erbij waar ze ontbreken)."""
    huidig: Any = data
    for deel in pad:
        if isinstance(deel, int):
            if not isinstance(huidig, list) or not 0 <= deel < len(huidig):
                raise _fout(pad, "deze rij bestaat niet (meer)")
            huidig = huidig[deel]
        else:
            if not isinstance(huidig, dict):
                raise _fout(pad, "hier staat geen blok met sleutels")
            if deel not in huidig or huidig[deel] is None:
                if not maak:
                    return None
                huidig[deel] = {}
            huidig = huidig[deel]
    return huidig


def _fout(pad: Pad, tekst: str) -> InvoerFout:
    return InvoerFout([Melding(pad_tekst(pad), tekst)])


def _rij_erbij(data: Gegevens, pad: Pad, waarde: str) -> None:
    """Een lege rij achteraan: een dienst of functie, of een post met een nieuwe naam."""
    if pad in (("rooster", "diensten"), ("functies",)):
        ouder = _ouder(data, pad[:-1])
        lijst = ouder.get(pad[-1])
        if not isinstance(lijst, list):
            lijst = ouder[pad[-1]] = []
        if len(lijst) >= 100:
            raise _fout(pad, "hoogstens 100 rijen")
        nieuw = {"naam": f"dienst {len(lijst) + 1}", "dagen": "alle", "soort": "wakker", "personeel": 1} \
            if pad[0] == "rooster" else {"naam": f"functie {len(lijst) + 1}", "soort": "vast", "amvb": "b"}
        lijst.append(nieuw)
    elif pad in (("clientkosten", "per_bezet_etmaal"), ("clientkosten", "vast_per_jaar")):
        blok = _ouder(data, pad)
        nr = len(blok) + 1
        while f"post {nr}" in blok:
            nr += 1
        blok[f"post {nr}"] = None  # blijft staan (zie zonder_leeg); het bedrag vult de gebruiker in
    else:
        raise _fout(pad, "hier kan geen rij bij")


def _rij_weg(data: Gegevens, pad: Pad, waarde: str) -> None:
    """Rij ``pad[-1]`` uit de lijst of het blok op ``pad[:-1]``."""
    if len(pad) < 2:
        raise _fout(pad, "hier kan geen rij weg")
    ouder = _ouder(data, pad[:-1], maak=False)
    laatste = pad[-1]
    if isinstance(ouder, list) and isinstance(laatste, int) and 0 <= laatste < len(ouder):
        del ouder[laatste]
    elif isinstance(ouder, dict) and isinstance(laatste, str):
        ouder.pop(laatste, None)


def _hernoem(data: Gegevens, pad: Pad, waarde: str) -> None:
    """Een post met naam ``pad[-1]`` krijgt de naam ``waarde`` (volgorde blijft)."""
    blok = _ouder(data, pad[:-1], maak=False)
    oud, nieuw = pad[-1], waarde.strip()
    if not isinstance(blok, dict) or oud not in blok or nieuw == oud:
        return
    if not nieuw:
        raise _fout(pad, "een post heeft een naam nodig")
    if nieuw in blok:
        raise _fout(pad, f"de post '{nieuw}' bestaat al")
    items = [(nieuw if k == oud else k, v) for k, v in blok.items()]
    blok.clear()
    blok.update(items)


def _pand(data: Gegevens, pad: Pad, waarde: str) -> None:
    h = _ouder(data, ("huisvesting",))
    if waarde == "eigendom":
        h.pop("huur_per_jaar", None)
        h.setdefault("eigendom", {"rente_over": "gemiddeld_vermogen"})
    else:
        h.pop("eigendom", None)
        h.setdefault("huur_per_jaar", None)


def _inventaris(data: Gegevens, pad: Pad, waarde: str) -> None:
    h = _ouder(data, ("huisvesting",))
    if waarde == "ja":
        h.setdefault("inventaris", {"rente_over": "gemiddeld_vermogen"})
    else:
        h.pop("inventaris", None)


def _werkgeverslasten(data: Gegevens, pad: Pad, waarde: str) -> None:
    loon = _ouder(data, ("loonkosten",))
    loon["werkgeverslasten"] = {"methode": "opbouw"} if waarde == "opbouw" else None


def _ort(data: Gegevens, pad: Pad, waarde: str) -> None:
    functie = _ouder(data, pad)
    if waarde == "geen":
        functie.pop("ort", None)
    elif waarde == "tabel":
        functie["ort"] = {"methode": "tabel"}
        data.setdefault("ort_tabel", {})
    else:
        functie["ort"] = {"methode": "percentage", "percentage": None}


def _inhuur(data: Gegevens, pad: Pad, waarde: str) -> None:
    functie = _ouder(data, pad)
    if waarde == "ja":
        functie.setdefault("inhuur", {})
    else:
        functie.pop("inhuur", None)


def _functiesoort(data: Gegevens, pad: Pad, waarde: str) -> None:
    functie = _ouder(data, pad[:-1])
    functie["soort"] = waarde
    for veld in (("fte",) if waarde == "groep" else ("aandeel_rooster", "inhuur")):
        functie.pop(veld, None)


def _overheadconventie(data: Gegevens, pad: Pad, waarde: str) -> None:
    _ouder(data, ("conventies",))["overhead_conventie"] = waarde
    o = _ouder(data, ("overhead",))
    if waarde == "bedrag":
        o.pop("percentage", None)
    else:
        o.pop("bedrag_per_jaar", None)


def _indexering(data: Gegevens, pad: Pad, waarde: str) -> None:
    if waarde == "geen":
        data.pop("indexering", None)
        return
    bestaand = data.get("indexering")
    ix: dict[str, Any] = bestaand if isinstance(bestaand, dict) else {}
    ix["methode"] = waarde
    if "vng_jaar" not in ix and "loonindex" not in ix:
        ix["vng_jaar"] = data.get("jaar")
    if waarde != "vng_gewogen":
        ix.pop("weging_loon", None)
    data["indexering"] = ix


def _indexbron(data: Gegevens, pad: Pad, waarde: str) -> None:
    ix = _ouder(data, ("indexering",))
    if waarde == "vng":
        for veld in ("loonindex", "prijsindex", "weging_loon"):
            ix.pop(veld, None)
        ix["vng_jaar"] = data.get("jaar")
    else:
        ix.pop("vng_jaar", None)
        if ix.get("nacalculatie") == "vng":
            ix.pop("nacalculatie")
        ix.update({"loonindex": None, "prijsindex": None})


ACTIES: dict[str, Callable[[Gegevens, Pad, str], None]] = {
    "erbij": _rij_erbij, "weg": _rij_weg, "hernoem": _hernoem, "pand": _pand, "inventaris": _inventaris,
    "werkgeverslasten": _werkgeverslasten, "ort": _ort, "inhuur": _inhuur, "functiesoort": _functiesoort,
    "overheadconventie": _overheadconventie, "indexering": _indexering, "indexbron": _indexbron,
}


def voer_uit(data: Any, actie: Any) -> Gegevens:
    """Pas ``actie`` (``{"naam", "pad", "waarde"}``) toe op een kopie van ``data``; lege waarden vallen weg."""
    if not isinstance(data, dict):
        data = {}
    if not isinstance(actie, dict) or actie.get("naam") not in ACTIES:
        raise InvoerFout([Melding("actie", f"onbekende actie; kies uit {', '.join(ACTIES)}")])
    pad = actie.get("pad") or []
    if not isinstance(pad, list) or not all(isinstance(p, str | int) and not isinstance(p, bool) for p in pad):
        raise InvoerFout([Melding("actie.pad", "het pad moet een lijst namen en nummers zijn")])
    nieuw = copy.deepcopy(data)
    ACTIES[actie["naam"]](nieuw, tuple(pad), str(actie.get("waarde", "")))
    schoon: Gegevens = zonder_leeg(nieuw)
    return schoon


def zonder_leeg(x: Any, namen: bool = False) -> Any:
    """Haal ``None`` weg uit blokken (een leeg veld betekent: weggelaten); in de blokken met namen van de
    cliëntkosten blijft een post zonder bedrag staan, zodat zijn rij in het formulier blijft."""
    if isinstance(x, dict):
        return {k: zonder_leeg(v, k in ("per_bezet_etmaal", "vast_per_jaar")) for k, v in x.items()
                if v is not None or namen}
    if isinstance(x, list):
        return [zonder_leeg(v) for v in x]
    return x
