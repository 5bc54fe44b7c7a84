"""Schermafbeeldingen van de webapplicatie voor docs/web.md (1280x800 en telefoonbreedte 390 px).

Start ``kostprijs web`` op een vrije poort van deze machine en drijft de Chromium van het systeem via
Playwright (geen browserdownload)::

    .venv/bin/python scripts/maak_webschermafbeeldingen.py [--uit docs/web]
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    from playwright.sync_api import sync_playwright

    p = argparse.ArgumentParser()
    p.add_argument("--uit", default=str(ROOT / "docs" / "web"))
    uit = Path(p.parse_args().uit)
    uit.mkdir(parents=True, exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "kostprijs", "web", "--port", str(poort)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    adres = f"http://127.0.0.1:{poort}/"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(adres + "api/gezond", timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        with sync_playwright() as pw:
            b = pw.chromium.launch(executable_path=shutil.which("chromium") or "chromium", args=ARGS)
            pg = b.new_page(viewport={"width": 1280, "height": 800}, base_url=adres)
            pg.goto("./")
            pg.screenshot(path=uit / "start.png")
            pg.get_by_role("button", name="Maak het model").click()
            pg.locator(".tarief .bedrag").wait_for()
            pg.screenshot(path=uit / "model.png")
            pg.locator('.tarief [data-uitleg="tarief_per_bezet_etmaal"]').click()
            pg.locator("#uitleg").wait_for()
            pg.locator("#uitleg").scroll_into_view_if_needed()
            pg.screenshot(path=uit / "uitleg.png")
            pg.locator('[data-sleutel="bezettingsgraad"]').fill("85")
            pg.locator('[data-melding-voor="bezettingsgraad"] .fout').wait_for()
            pg.locator('[data-sleutel="bezettingsgraad"]').scroll_into_view_if_needed()
            pg.screenshot(path=uit / "fout.png")
            pg.locator('[data-sleutel="bezettingsgraad"]').fill("0.9")
            pg.get_by_role("tab", name="Financiering en aanloop").click()
            pg.get_by_role("button", name="Vergelijk financieringsvormen en aanloop").click()
            pg.locator("#bezetting-uitkomst svg").nth(1).wait_for()
            pg.screenshot(path=uit / "financiering.png")
            pg.set_viewport_size({"width": 390, "height": 844})
            pg.goto("model")
            pg.locator(".tarief .bedrag").wait_for()
            pg.screenshot(path=uit / "telefoon.png")
            b.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"schermafbeeldingen in {uit}")


if __name__ == "__main__":
    main()
