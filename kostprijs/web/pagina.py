"""De pagina's (start, model) en hun delen: formulier, resultaat, uitleg, financiering en aanloop.

De pagina bewaart het model zelf (in de browser); elk verzoek stuurt het mee als JSON
(``{"model": ..., "suggesties": [...]}``) en krijgt HTML terug die de server met Jinja2 tekent
(automatisch escapen: een woning die ``<script>`` heet, is tekst). De tijd van het rekenen staat in de
kop ``Server-Timing`` (``reken;dur=...`` in milliseconden), voor de benchmark.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from kostprijs._versie import __version__
from kostprijs.errors import InvoerFout, KostprijsFout
from kostprijs.notatie import nl_procent
from kostprijs.web import acties, bezetting, weergave
from kostprijs.web.api import instellingen, reken
from kostprijs.web.formulier import Invoer, Tabel
from kostprijs.web.invoer import Probleem, lees_json, model_uit_data, ontleed, problemen
from kostprijs.web.secties import secties
from kostprijs.web.start import Startvragen, nieuw_model
from kostprijs.web.verzoek import Weigering, als_tekst, lees_lichaam, weigering_antwoord


@lru_cache(maxsize=1)
def omgeving() -> Environment:
    """De Jinja2-omgeving: sjablonen uit het pakket, altijd escapen."""
    return Environment(loader=PackageLoader("kostprijs.web", "templates"), autoescape=select_autoescape(default=True),
                       trim_blocks=True, lstrip_blocks=True)


def teken(sjabloon: str, **context: Any) -> str:
    """Een sjabloon met context (en de versie)."""
    return omgeving().get_template(sjabloon).render(versie=__version__, **context)


async def start(verzoek: Request) -> Response:
    """``GET /``: de startpagina."""
    return HTMLResponse(teken("start.html"))


async def model_pagina(verzoek: Request) -> Response:
    """``GET /model``: formulier en resultaat (gevuld door de pagina uit het model in de browser)."""
    return HTMLResponse(teken("model.html"))


async def _lichaam(verzoek: Request) -> dict[str, Any]:
    """Het JSON-lichaam van een deelverzoek (altijd een blok)."""
    gegevens = lees_json(als_tekst(await lees_lichaam(verzoek)), "verzoek")
    if not isinstance(gegevens, dict):
        raise Weigering(422, "verwacht een JSON-blok met 'model'")
    return gegevens


async def _behandel(verzoek: Request, werk: Callable[[dict[str, Any]], dict[str, Any]]) -> Response:
    """Lees het lichaam, doe het werk in een thread, en zet fouten om in 413/415/422 met meldingen."""
    try:
        gegevens = await _lichaam(verzoek)
    except Weigering as w:
        return weigering_antwoord(w)
    except InvoerFout as e:
        return JSONResponse({"fouten": [p.als_dict() for p in problemen(e)]}, status_code=422)
    begin = time.perf_counter()
    try:
        uit = await run_in_threadpool(werk, gegevens)
        status = 200
    except InvoerFout as e:
        uit, status = {"fouten": [p.als_dict() for p in problemen(e)]}, 422
    except KostprijsFout as e:
        uit, status = {"fouten": [Probleem("", "", None, str(e)).als_dict()]}, 422
    duur = (time.perf_counter() - begin) * 1000
    return JSONResponse(uit, status_code=status, headers={"server-timing": f"reken;dur={duur:.2f}"})


def _start(g: dict[str, Any]) -> dict[str, Any]:
    from kostprijs.scenario.invoer import maak

    antwoorden = g.get("antwoorden")
    vragen = maak(Startvragen, antwoorden if isinstance(antwoorden, dict) else {}, "start")
    model, suggesties = nieuw_model(vragen)
    return {"model": model, "suggesties": suggesties}


def _formulier(g: dict[str, Any]) -> dict[str, Any]:
    data = g.get("model") if isinstance(g.get("model"), dict) else {}
    if g.get("actie") is not None:
        data = acties.voer_uit(data, g["actie"])
    return {"model": data, "html": teken("_formulier.html", blokken=secties(data))}


def velden(data: Any) -> list[tuple[str, bool]]:
    """Elk veld van het formulier: (pad, heeft een waarde)."""
    uit = []
    for blok in secties(data):
        for deel in blok.delen:
            cellen = [c for r in deel.rijen for c in r] if isinstance(deel, Tabel) else [deel]
            uit += [(c.sleutel, c.waarde is not None) for c in cellen if isinstance(c, Invoer) and c.actie != "hernoem"]
    return uit


def _resultaat(verzoek: Request) -> Callable[[dict[str, Any]], dict[str, Any]]:
    inst = instellingen(verzoek)

    def werk(g: dict[str, Any]) -> dict[str, Any]:
        data = g.get("model")
        suggesties = {s for s in g.get("suggesties") or [] if isinstance(s, str)}
        try:
            model = model_uit_data(data)
            r = reken(model, inst)
        except InvoerFout as e:
            status = weergave.veldstatus(velden(data), suggesties, ())
            return {"tarief": None, "html": "", "fouten": [p.als_dict() for p in problemen(e)],
                    "waarschuwingen": [], "velden": {k: vars(v) for k, v in status.items()}}
        status = weergave.veldstatus(velden(data), suggesties, r.herkomst)
        html = teken("_resultaat.html", w=weergave.weergave(r), r=r, bezetting=nl_procent(r.bezettingsgraad, 1))
        return {"tarief": r.figuur("tarief_per_bezet_etmaal").afgerond, "html": html, "fouten": [],
                "waarschuwingen": [{**w.als_dict(), "pad": _pad(w.plaats)} for w in r.waarschuwingen],
                "velden": {k: vars(v) for k, v in status.items()}}

    return werk


def _pad(plaats: str) -> str:
    return ontleed(plaats)[0]


def _uitleg(verzoek: Request) -> Callable[[dict[str, Any]], dict[str, Any]]:
    inst = instellingen(verzoek)

    def werk(g: dict[str, Any]) -> dict[str, Any]:
        r = reken(model_uit_data(g.get("model")), inst)
        sleutel = g.get("sleutel")
        if not isinstance(sleutel, str) or sleutel not in r.figuren:
            raise Weigering(404, "onbekende figuur")
        return {"html": teken("_uitleg.html", u=weergave.uitleg(r.figuren[sleutel]))}

    return werk


def _bezetting(verzoek: Request) -> Callable[[dict[str, Any]], dict[str, Any]]:
    inst = instellingen(verzoek)

    def werk(g: dict[str, Any]) -> dict[str, Any]:
        model = model_uit_data(g.get("model"))
        reken(model, inst)  # dezelfde fouten als het resultaat, voordat de Monte Carlo begint
        return {"html": teken("_bezetting.html", **bezetting.vergelijking(model, g.get("scenario")))}

    return werk


async def fragment_start(verzoek: Request) -> Response:
    """``POST /fragment/start``: antwoorden -> ``{model, suggesties}``."""
    return await _behandel(verzoek, _start)


async def fragment_formulier(verzoek: Request) -> Response:
    """``POST /fragment/formulier``: ``{model, actie?}`` -> ``{model, html}``."""
    return await _behandel(verzoek, _formulier)


async def fragment_resultaat(verzoek: Request) -> Response:
    """``POST /fragment/resultaat``: ``{model, suggesties}`` -> tarief, HTML, fouten, waarschuwingen, herkomst."""
    return await _behandel(verzoek, _resultaat(verzoek))


async def fragment_uitleg(verzoek: Request) -> Response:
    """``POST /fragment/uitleg``: ``{model, sleutel}`` -> formule en invoer van één figuur."""
    try:
        return await _behandel(verzoek, _uitleg(verzoek))
    except Weigering as w:
        return weigering_antwoord(w)


async def fragment_bezetting(verzoek: Request) -> Response:
    """``POST /fragment/bezetting``: ``{model, scenario}`` -> financieringsvormen en aanloop met grafieken."""
    return await _behandel(verzoek, _bezetting(verzoek))


ROUTES = [
    Route("/", start, methods=["GET"]),
    Route("/model", model_pagina, methods=["GET"]),
    Route("/fragment/start", fragment_start, methods=["POST"]),
    Route("/fragment/formulier", fragment_formulier, methods=["POST"]),
    Route("/fragment/resultaat", fragment_resultaat, methods=["POST"]),
    Route("/fragment/uitleg", fragment_uitleg, methods=["POST"]),
    Route("/fragment/bezetting", fragment_bezetting, methods=["POST"]),
]
