"""Beveiligingskoppen op elk antwoord: geen inline script, niet in een frame, geen raden naar het type.

Een ASGI-middleware (geen afhankelijkheid van een framework): zij voegt de koppen toe aan elk antwoord,
ook aan foutantwoorden en statische bestanden. De pagina laadt alles van de eigen server
(``'self'``); er is geen inline script of stijl, dus ``'unsafe-inline'`` is nergens nodig. De server
zet geen cookies en niets hoeft in een cache buiten de browser: antwoorden met modelgegevens krijgen
``Cache-Control: no-store``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
KOPPEN: tuple[tuple[str, str], ...] = (
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=()"),
)
"""Koppen op elk antwoord (zie docs/web.md, Beveiliging)."""

Scope = MutableMapping[str, Any]
Bericht = MutableMapping[str, Any]
Ontvang = Callable[[], Awaitable[Bericht]]
Stuur = Callable[[Bericht], Awaitable[None]]
App = Callable[[Scope, Ontvang, Stuur], Awaitable[None]]


class Beveiligingskoppen:
    """ASGI-middleware: zet :data:`KOPPEN` op elk HTTP-antwoord; ``no-store`` tenzij statisch."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def __call__(self, scope: Scope, ontvang: Ontvang, stuur: Stuur) -> None:
        if scope["type"] != "http":
            await self.app(scope, ontvang, stuur)
            return
        statisch = str(scope.get("path", "")).startswith("/static/")

        async def met_koppen(bericht: Bericht) -> None:
            if bericht["type"] == "http.response.start":
                koppen = [(k, v) for k, v in bericht.get("headers", []) if k.lower() != b"set-cookie"]
                bestaand = {k.lower() for k, _ in koppen}
                koppen += [(k.encode(), v.encode()) for k, v in KOPPEN if k.encode() not in bestaand]
                if not statisch and b"cache-control" not in bestaand:
                    koppen.append((b"cache-control", b"no-store"))
                bericht["headers"] = koppen
            await stuur(bericht)

        await self.app(scope, ontvang, met_koppen)
