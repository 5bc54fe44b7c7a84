"""Het lichaam van een verzoek lezen, met een grens, en Nederlandse foutantwoorden.

Een lichaam boven :data:`MAX_LICHAAM` krijgt 413 zonder dat de rest gelezen wordt: staat de lengte in
``Content-Length``, dan wordt er niets gelezen; bij ``chunked`` stopt het lezen bij het eerste stuk
voorbij de grens. Het soort invoer volgt uit ``Content-Type`` (YAML, JSON of een werkboek).
"""

from __future__ import annotations

from typing import Any, Literal

from starlette.requests import Request
from starlette.responses import JSONResponse

from kostprijs.errors import InvoerFout
from kostprijs.notatie import nl_getal
from kostprijs.web.invoer import Probleem, problemen

MAX_LICHAAM = 2**20
"""Grootste lichaam van een verzoek: 1 MiB. [bytes]"""

Soort = Literal["yaml", "json", "xlsx"]
SOORTEN: dict[str, Soort] = {
    "application/yaml": "yaml", "application/x-yaml": "yaml", "text/yaml": "yaml", "text/x-yaml": "yaml",
    "application/json": "json",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class Weigering(Exception):
    """Een verzoek dat niet verwerkt wordt: HTTP-status en Nederlandse meldingen."""

    def __init__(self, status: int, tekst: str, plaats: str = "") -> None:
        super().__init__(tekst)
        self.status, self.probleem = status, Probleem(plaats, "", None, tekst)


async def lees_lichaam(verzoek: Request, grens: int = MAX_LICHAAM) -> bytes:
    """Lees het lichaam tot ``grens`` bytes; daarboven :class:`Weigering` 413 zonder de rest te lezen."""
    te_groot = Weigering(413, f"het verzoek is groter dan {nl_getal(grens / 2**20, 0)} MiB "
                         f"({nl_getal(grens, 0)} bytes); kleinere modellen en werkboeken passen ruim")
    lengte = verzoek.headers.get("content-length")
    if lengte is not None:
        if not lengte.isdigit():
            raise Weigering(400, "de kop Content-Length is geen getal")
        if int(lengte) > grens:
            raise te_groot
    buf = bytearray()
    async for stuk in verzoek.stream():
        buf += stuk
        if len(buf) > grens:
            raise te_groot
    return bytes(buf)


def soort(verzoek: Request, toegestaan: tuple[Soort, ...]) -> Soort:
    """Het soort invoer uit ``Content-Type``; een ander type geeft 415 met wat wel kan."""
    type_ = verzoek.headers.get("content-type", "").split(";")[0].strip().lower()
    gevonden = SOORTEN.get(type_)
    if gevonden is None or gevonden not in toegestaan:
        namen = {"yaml": "application/yaml", "json": "application/json", "xlsx": XLSX}
        wel = " of ".join(namen[s] for s in toegestaan)
        raise Weigering(415, f"Content-Type '{type_ or '(geen)'}' wordt niet gelezen; stuur {wel}")
    return gevonden


def als_tekst(inhoud: bytes) -> str:
    """UTF-8-tekst uit het lichaam (een BOM mag); anders 422."""
    try:
        return inhoud.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Weigering(422, "het lichaam is geen UTF-8-tekst") from None


def fouten_antwoord(status: int, lijst: list[Probleem], meer: dict[str, Any] | None = None) -> JSONResponse:
    """``{"fouten": [{plaats, pad, regel, tekst}, ...]}`` met de gegeven status."""
    koppen = {"connection": "close"} if status == 413 else None
    return JSONResponse({"fouten": [p.als_dict() for p in lijst], **(meer or {})}, status_code=status,
                        headers=koppen)


def invoerfout_antwoord(fout: InvoerFout, meer: dict[str, Any] | None = None) -> JSONResponse:
    """422 met elk probleem van een :class:`InvoerFout`."""
    return fouten_antwoord(422, problemen(fout), meer)


def weigering_antwoord(w: Weigering) -> JSONResponse:
    """Het antwoord bij een :class:`Weigering`."""
    return fouten_antwoord(w.status, [w.probleem])
