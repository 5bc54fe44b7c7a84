"""``kostprijs web``: start de webapplicatie (standaard alleen op deze machine, poort 8000)."""

from __future__ import annotations

import argparse
from typing import Any

from kostprijs.errors import InvoerFout, Melding


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``web`` toe."""
    p = sub.add_parser("web", help="start de webapplicatie (pagina's en API, zie docs/web.md)",
                       description="Start de webapplicatie van kostprijs. De server bewaart geen modellen of "
                                   "gegevens; wat een gebruiker invult, blijft in zijn browser.")
    p.add_argument("--host", default="127.0.0.1",
                   help="adres om op te luisteren (standaard 127.0.0.1: alleen deze machine; 0.0.0.0 achter de "
                        "eigen login van de regio)")
    p.add_argument("--port", type=int, default=8000, help="poort (standaard 8000)")
    p.add_argument("--workers", type=int, default=1, help="aantal werkprocessen (standaard 1)")
    p.add_argument("--parameters", metavar="MAP",
                   help="eigen parametermap van de regio voor alle berekeningen (gaat voor de meegeleverde)")
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``web`` uit: uvicorn met de app-fabriek (ook met meer workers)."""
    import os
    from pathlib import Path

    try:
        import uvicorn
    except ImportError:
        raise InvoerFout([Melding("web", "de webapplicatie heeft de extra 'web' nodig: pip install "
                                  "'kostprijs[web]'")]) from None
    if not 1 <= args.port <= 65535:
        raise InvoerFout([Melding("--port", f"{args.port} is geen poort; kies 1 tot 65535")])
    if not 1 <= args.workers <= 64:
        raise InvoerFout([Melding("--workers", f"{args.workers} workers kan niet; kies 1 tot 64")])
    if args.parameters:
        if not Path(args.parameters).is_dir():
            raise InvoerFout([Melding("--parameters", f"de map '{args.parameters}' bestaat niet of is geen map")])
        from kostprijs.web.app import OMGEVING

        os.environ[OMGEVING] = str(Path(args.parameters).resolve())
        from kostprijs.parameters import register_met_regio

        register_met_regio(os.environ[OMGEVING])  # fouten in de map nu melden, niet bij het eerste verzoek
    print(f"kostprijs web: http://{args.host}:{args.port}/ (stoppen met Ctrl+C)", flush=True)
    uvicorn.run("kostprijs.web.app:maak_app", factory=True, host=args.host, port=args.port, workers=args.workers,
                log_level="warning", server_header=False, proxy_headers=True)
    return 0
