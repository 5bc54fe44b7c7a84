"""De ASGI-app van ``kostprijs web``: pagina's, API, statische bestanden en beveiligingskoppen.

Starlette (klein, goed onderhouden, ASGI) met Jinja2-sjablonen en een beetje gewone JavaScript; alles
wat de pagina laadt staat in dit pakket (``static/``), de pagina vraagt niets bij een andere server.
Zonder toestand: elke worker achter een load balancer kan elk verzoek beantwoorden.

Starten: ``kostprijs web`` (CLI), of met uvicorn zelf en meer workers::

    KOSTPRIJS_PARAMETERS=/pad/naar/regio uvicorn --factory kostprijs.web.app:maak_app --workers 4
"""

from __future__ import annotations

import os
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from kostprijs.web import api, pagina
from kostprijs.web.beveiliging import Beveiligingskoppen
from kostprijs.web.invoer import Probleem
from kostprijs.web.verzoek import fouten_antwoord

STATISCH = Path(__file__).parent / "static"
OMGEVING = "KOSTPRIJS_PARAMETERS"
"""Omgevingsvariabele met de parametermap van de regio (voor workers die uvicorn zelf start)."""


async def _niet_gevonden(verzoek: Request, fout: Exception) -> Response:
    return fouten_antwoord(404, [Probleem("", "", None, f"{verzoek.url.path} bestaat niet")])


async def _methode(verzoek: Request, fout: Exception) -> Response:
    return fouten_antwoord(405, [Probleem("", "", None, f"{verzoek.method} kan niet op {verzoek.url.path}")])


async def _serverfout(verzoek: Request, fout: Exception) -> Response:
    return JSONResponse({"fouten": [Probleem("", "", None, "er ging iets mis op de server; probeer het opnieuw of "
                                             "meld het met de invoer").als_dict()]}, status_code=500)


def maak_app(parametermap: str | Path | None = None) -> Beveiligingskoppen:
    """De app; ``parametermap`` (of ``$KOSTPRIJS_PARAMETERS``) is de eigen parametermap van de regio."""
    gekozen = parametermap if parametermap is not None else os.environ.get(OMGEVING) or None
    app = Starlette(routes=[*api.ROUTES, *pagina.ROUTES, Mount("/static", StaticFiles(directory=STATISCH),
                                                               name="static")],
                    exception_handlers={404: _niet_gevonden, 405: _methode, 500: _serverfout})
    app.state.instellingen = api.Instellingen(Path(gekozen).resolve() if gekozen else None)
    return Beveiligingskoppen(app)
