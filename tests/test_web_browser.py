"""Browsertests van de webapplicatie in een echte headless Chromium (Debian-pakket ``chromium``, geen
browserdownload), via Playwright. De server draait zoals een gebruiker hem start: ``kostprijs web``.

Elke test legt elk verzoek van de browser vast; geen enkel verzoek mag naar een andere server gaan.
Ontbreekt Chromium, dan FAALT de test; alleen lokaal (niet in CI) mag ``KOSTPRIJS_ZONDER_CHROMIUM=1``
de tests overslaan.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REFERENTIE

pytest.importorskip("starlette")
sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str | None:
    """Het pad van de Chromium van het systeem."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """``kostprijs web`` op een vrije poort van deze machine."""
    poort = _vrije_poort()
    proces = subprocess.Popen([sys.executable, "-m", "kostprijs", "web", "--port", str(poort)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    adres = f"http://127.0.0.1:{poort}"
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(f"{adres}/api/gezond", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.05)
        else:
            pytest.fail("kostprijs web startte niet")
        yield adres
    finally:
        proces.terminate()
        proces.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    pad = chromium()
    if pad is None:
        if os.environ.get("KOSTPRIJS_ZONDER_CHROMIUM") == "1" and not os.environ.get("CI"):
            pytest.skip("Chromium ontbreekt en KOSTPRIJS_ZONDER_CHROMIUM=1 (alleen lokaal)")
        pytest.fail("Chromium ontbreekt: installeer het Debian-pakket chromium (lokaal overslaan: "
                    "KOSTPRIJS_ZONDER_CHROMIUM=1)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=pad, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def pagina(browser: Any, server: str) -> Iterator[Any]:
    """Een nieuwe pagina met lege opslag; na de test: geen verzoek naar een andere server, geen JS-fout."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True,
                                  base_url=server + "/")
    p = context.new_page()
    verzoeken: list[str] = []
    fouten: list[str] = []
    p.on("request", lambda r: verzoeken.append(r.url))
    p.on("pageerror", lambda e: fouten.append(str(e)))
    p.on("console", lambda m: fouten.append(m.text) if m.type == "error" else None)
    yield p
    context.close()
    buiten = [u for u in verzoeken if not (u.startswith(server + "/") or u.startswith(("blob:", "data:")))]
    assert verzoeken and not buiten, f"verzoeken naar een andere server: {buiten}"
    assert not fouten, fouten


def _tarief(p: Any) -> str:
    return str(p.locator(".tarief .bedrag").inner_text()).removeprefix("EUR ").strip()


def _nieuwe_woning(p: Any) -> None:
    p.goto("./")
    p.get_by_role("button", name="Maak het model").click()
    p.wait_for_url("**/model")
    p.locator(".tarief .bedrag").wait_for()


def _veld(p: Any, sleutel: str) -> Any:
    return p.locator(f'[data-sleutel="{sleutel}"]')


def _wacht_op_ander_tarief(p: Any, oud: str) -> str:
    p.wait_for_function("oud => { const e = document.querySelector('.tarief .bedrag'); "
                        "return e && !e.textContent.includes(oud) && "
                        "document.getElementById('resultaat').getAttribute('aria-busy') === 'false'; }", arg=oud)
    return _tarief(p)


def test_nieuwe_woning_en_bezetting(pagina: Any) -> None:
    """Een woning uit de startvragen toont haar tarief; een andere bezetting geeft een ander tarief."""
    _nieuwe_woning(pagina)
    assert _tarief(pagina) == "668,66"
    assert pagina.locator('[data-herkomst-voor="productiviteit.verlofuren"]').inner_text() == "register"
    assert "cao_jeugdzorg" in pagina.locator('[data-herkomst-voor="productiviteit.verlofuren"]').get_attribute("title")
    assert pagina.locator('[data-herkomst-voor="bezettingsgraad"]').inner_text() == "suggestie"
    _veld(pagina, "bezettingsgraad").fill("0.8")
    assert _wacht_op_ander_tarief(pagina, "668,66") == "746,75"
    assert pagina.locator('[data-herkomst-voor="bezettingsgraad"]').inner_text() == "eigen"


def test_dienst_toevoegen(pagina: Any) -> None:
    _nieuwe_woning(pagina)
    pagina.get_by_role("button", name="Dienst toevoegen").click()
    _veld(pagina, "rooster.diensten[4].begin").wait_for()
    assert "verplicht veld ontbreekt" in pagina.locator('[data-melding-voor="rooster.diensten[4].begin"]').inner_text()
    _veld(pagina, "rooster.diensten[4].begin").fill("19:00")
    _veld(pagina, "rooster.diensten[4].eind").fill("23:00")
    nieuw = _wacht_op_ander_tarief(pagina, "668,66")
    assert float(nieuw.replace(".", "").replace(",", ".")) > 668.66


def test_yaml_openen_en_hint_bij_85(pagina: Any) -> None:
    pagina.goto("./")
    pagina.locator("#bestand").set_input_files(str(REFERENTIE))
    pagina.wait_for_url("**/model")
    pagina.locator(".tarief .bedrag").wait_for()
    assert _tarief(pagina) == "668,66"
    _veld(pagina, "bezettingsgraad").fill("85")
    melding = pagina.locator('[data-melding-voor="bezettingsgraad"] .fout')
    melding.wait_for()
    assert "85 mag niet" in melding.inner_text() and "bedoelt u 0.85" in melding.inner_text()
    assert _veld(pagina, "bezettingsgraad").get_attribute("aria-invalid") == "true"


def test_werkboek_downloaden(pagina: Any, tmp_path: Path) -> None:
    import openpyxl

    pagina.goto("./")
    pagina.locator("#bestand").set_input_files(str(REFERENTIE))
    pagina.locator(".tarief .bedrag").wait_for()
    pagina.get_by_role("tab", name="Downloads").click()
    with pagina.expect_download() as info:
        pagina.get_by_role("button", name="Werkboek (.xlsx)").click()
    doel = tmp_path / info.value.suggested_filename
    info.value.save_as(doel)
    wb = openpyxl.load_workbook(doel, data_only=True)
    [(blad, cel)] = list(wb.defined_names["tarief_per_bezet_etmaal"].destinations)
    assert round(wb[blad][cel.replace("$", "")].value, 2) == 668.66


def test_uitleg_en_financiering(pagina: Any) -> None:
    _nieuwe_woning(pagina)
    pagina.locator('.tarief [data-uitleg="tarief_per_bezet_etmaal"]').click()
    pagina.locator("#uitleg dt", has_text="Formule").wait_for()
    assert "bezette etmalen" in pagina.locator("#uitleg").inner_text()
    pagina.get_by_role("tab", name="Financiering en aanloop").click()
    pagina.locator("#sc-runs").fill("2000")
    pagina.get_by_role("button", name="Vergelijk financieringsvormen en aanloop").click()
    pagina.locator("#bezetting-uitkomst svg").nth(1).wait_for()
    assert "beschikbaarheid" in pagina.locator("#bezetting-uitkomst").inner_text()


def test_labels_toetsenbord_en_telefoon(pagina: Any) -> None:
    """Elk invoerveld heeft een label; Tab bereikt de velden; op 390 px breed geen horizontale scroll."""
    _nieuwe_woning(pagina)
    zonder = pagina.evaluate("""() => Array.from(document.querySelectorAll('input, select, button'))
        .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
        .map(e => e.outerHTML.slice(0, 80))""")
    assert zonder == []
    pagina.locator("#formulier input").first.focus()
    pagina.keyboard.press("Tab")
    assert pagina.evaluate("document.activeElement.closest('#formulier') !== null")
    for breedte in (1280, 390):
        pagina.set_viewport_size({"width": breedte, "height": 800})
        for pad in ("./", "model"):
            pagina.goto(pad)
            pagina.wait_for_load_state("networkidle")
            assert pagina.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), (breedte, pad)
