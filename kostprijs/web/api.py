"""De API: gezondheid, rekenen (dezelfde JSON als ``kostprijs bereken --json``), model lezen, downloads.

Elke route is een pure functie van het verzoek: de server bewaart geen model en geen gegevens van een
aanbieder. Rekenen gebeurt in een thread (Starlette ``run_in_threadpool``), zodat één zware berekening
de andere verzoeken niet ophoudt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kostprijs._versie import __version__
from kostprijs.errors import InvoerFout, KostprijsFout, Melding
from kostprijs.inputs import KwvModel
from kostprijs.model import bereken
from kostprijs.parameters import Register, register_met_regio
from kostprijs.results import Resultaat
from kostprijs.web import downloads
from kostprijs.web.invoer import (
    Probleem,
    als_json,
    lees_json,
    model_uit_data,
    model_uit_werkboek,
    model_uit_yaml,
    ruwe_yaml,
)
from kostprijs.web.verzoek import (
    XLSX,
    Soort,
    Weigering,
    als_tekst,
    fouten_antwoord,
    invoerfout_antwoord,
    lees_lichaam,
    soort,
    weigering_antwoord,
)


@dataclass(frozen=True)
class Instellingen:
    """Wat de beheerder bij het starten kiest; geen gegevens van gebruikers."""

    parametermap: Path | None = None
    """Eigen parametermap van de regio (``kostprijs web --parameters MAP``); gaat voor de meegeleverde."""

    def register(self) -> Register:
        """Het register: het meegeleverde, met de map van de regio erover (gecachet)."""
        return register_met_regio(self.parametermap)


def instellingen(verzoek: Request) -> Instellingen:
    """De instellingen van de app (in ``app.state``)."""
    gevonden: Instellingen = verzoek.app.state.instellingen
    return gevonden


def reken(model: KwvModel, inst: Instellingen) -> Resultaat:
    """:func:`kostprijs.bereken` met het register van de server."""
    return bereken(model, inst.register())


async def lees_model(verzoek: Request, toegestaan: tuple[Soort, ...] = ("yaml", "json")) -> KwvModel:
    """Het model uit het lichaam (YAML, JSON of werkboek); fouten als :class:`InvoerFout`/:class:`Weigering`."""
    s = soort(verzoek, toegestaan)
    inhoud = await lees_lichaam(verzoek)
    if s == "xlsx":
        return await run_in_threadpool(model_uit_werkboek, inhoud)
    tekst = als_tekst(inhoud)
    if s == "yaml":
        return await run_in_threadpool(model_uit_yaml, tekst)
    return await run_in_threadpool(lambda: model_uit_data(lees_json(tekst), "model.json"))


def _streng(verzoek: Request, resultaat: Resultaat) -> None:
    """``?streng=1``: waarschuwingen worden fouten, zoals ``kostprijs bereken --streng``."""
    if verzoek.query_params.get("streng") in ("1", "ja", "true") and resultaat.waarschuwingen:
        raise InvoerFout([Melding(w.plaats, f"{w.tekst} (waarschuwing {w.code}; streng)")
                          for w in resultaat.waarschuwingen])


def _foutantwoord(e: Weigering | KostprijsFout, ruw: Any = None) -> Response:
    """Het antwoord bij een weigering van het verzoek (grootte, soort), een ongeldig model (422 met de
    meldingen en, als het te lezen was, het ruwe model) of een andere fout van kostprijs (422)."""
    if isinstance(e, Weigering):
        return weigering_antwoord(e)
    if isinstance(e, InvoerFout):
        return invoerfout_antwoord(e, {"model": ruw} if isinstance(ruw, dict) else None)
    return fouten_antwoord(422, [Probleem("", "", None, str(e))])


async def gezond(verzoek: Request) -> Response:
    """``GET /api/gezond``: 200 zolang de server draait."""
    return JSONResponse({"status": "ok", "versie": __version__})


async def api_bereken(verzoek: Request) -> Response:
    """``POST /api/bereken``: de JSON van ``kostprijs bereken --json``; ongeldig model: 422."""
    try:
        model = await lees_model(verzoek)
        resultaat = await run_in_threadpool(reken, model, instellingen(verzoek))
        _streng(verzoek, resultaat)
        tekst = await run_in_threadpool(resultaat.to_json)
    except (Weigering, KostprijsFout) as e:
        return _foutantwoord(e)
    return Response(tekst, media_type="application/json")


async def api_model(verzoek: Request) -> Response:
    """``POST /api/model``: een model (YAML, JSON of werkboek) gelezen en gecontroleerd, als JSON.

    200: ``{"model": ...}``. 422: ``{"fouten": [...]}``, bij YAML of JSON die wel te lezen is ook
    ``"model"`` met de ruwe waarden, zodat de pagina het formulier met de fouten erbij kan openen.
    """
    ruw: Any = None
    try:
        s = soort(verzoek, ("yaml", "json", "xlsx"))
        if s != "xlsx":
            inhoud = await lees_lichaam(verzoek)
            tekst = als_tekst(inhoud)
            ruw = await run_in_threadpool(ruwe_yaml if s == "yaml" else lees_json, tekst)
            if s == "yaml":
                model = await run_in_threadpool(model_uit_yaml, tekst)
            else:
                model = await run_in_threadpool(model_uit_data, ruw, "model.json")
        else:
            model = await lees_model(verzoek, ("xlsx",))
    except (Weigering, KostprijsFout) as e:
        return _foutantwoord(e, ruw)
    return JSONResponse({"model": als_json(model.model_dump(mode="python", exclude_unset=True))})


async def api_yaml(verzoek: Request) -> Response:
    """``POST /api/yaml``: het (gecontroleerde) model als YAML-bestand."""
    try:
        model = await lees_model(verzoek)
    except (Weigering, KostprijsFout) as e:
        return _foutantwoord(e)
    tekst = await run_in_threadpool(downloads.model_yaml, model)
    return Response(tekst, media_type="application/yaml; charset=utf-8",
                    headers=downloads.bijlage(model.naam, "yaml"))


async def api_werkboek(verzoek: Request) -> Response:
    """``POST /api/werkboek``: het werkboek (``.xlsx``) met live formules en de waarden van Python."""
    try:
        model = await lees_model(verzoek)
        resultaat = await run_in_threadpool(reken, model, instellingen(verzoek))
        inhoud = await run_in_threadpool(downloads.werkboek, model, resultaat)
    except (Weigering, KostprijsFout) as e:
        return _foutantwoord(e)
    return Response(inhoud, media_type=XLSX, headers=downloads.bijlage(model.naam, "xlsx"))


ROUTES = [
    Route("/api/gezond", gezond, methods=["GET"]),
    Route("/api/bereken", api_bereken, methods=["POST"]),
    Route("/api/model", api_model, methods=["POST"]),
    Route("/api/yaml", api_yaml, methods=["POST"]),
    Route("/api/werkboek", api_werkboek, methods=["POST"]),
]
