"""HTTP-tests van de webapplicatie: elke route, elke status (200, 404, 405, 413, 415, 422), de
beveiligingskoppen, escapen, en dezelfde JSON als ``kostprijs bereken --json`` voor elk voorbeeld."""

from __future__ import annotations

import asyncio
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient

from kostprijs.cli import main
from kostprijs.web.app import maak_app
from kostprijs.web.beveiliging import CSP
from kostprijs.web.verzoek import MAX_LICHAAM, XLSX
from tests.conftest import REFERENTIE, VOORBEELDEN

YAML = {"content-type": "application/yaml"}
VOORBEELDBESTANDEN = sorted(VOORBEELDEN.glob("kwv-*.yaml"))  # woningmodellen; regio-*.yaml zijn regiobestanden


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(maak_app())


def _koppen_goed(r: Any) -> None:
    assert r.headers["content-security-policy"] == CSP
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert "unsafe-inline" not in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "set-cookie" not in r.headers


def _referentie() -> dict[str, Any]:
    from kostprijs.web.invoer import ruwe_yaml

    data: dict[str, Any] = ruwe_yaml(REFERENTIE.read_text(encoding="utf-8"))
    return data


def _cli_json(pad: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["bereken", str(pad), "--json"]) == 0
    uit: dict[str, Any] = json.loads(capsys.readouterr().out)
    return uit


def _zonder_bestand(d: dict[str, Any], naam: str) -> dict[str, Any]:
    """Velden die een bestand noemen mogen verschillen (de plaats van een waarschuwing, het parameterbestand)."""
    tekst = json.dumps(d, ensure_ascii=False).replace(f"({naam}, regel", "(BESTAND, regel")
    tekst = tekst.replace("(model.yaml, regel", "(BESTAND, regel")
    return dict(json.loads(tekst))


# ---- API ------------------------------------------------------------------------------------------


def test_gezond(client: TestClient) -> None:
    r = client.get("/api/gezond")
    assert r.status_code == 200 and r.json()["status"] == "ok"
    _koppen_goed(r)
    assert r.headers["cache-control"] == "no-store"


@pytest.mark.parametrize("pad", VOORBEELDBESTANDEN, ids=lambda p: p.name)
def test_bereken_zelfde_json_als_cli(client: TestClient, pad: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Acceptatie 3: de web-JSON is die van `kostprijs bereken --json` (alleen bestandsnamen verschillen)."""
    r = client.post("/api/bereken", content=pad.read_bytes(), headers=YAML)
    assert r.status_code == 200, r.text
    _koppen_goed(r)
    assert _zonder_bestand(r.json(), pad.name) == _zonder_bestand(_cli_json(pad, capsys), pad.name)


@pytest.mark.parametrize("pad", VOORBEELDBESTANDEN, ids=lambda p: p.name)
def test_pagina_rekent_als_cli(client: TestClient, pad: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Het model zoals de pagina het na openen bewaart (JSON) geeft elk getal van de CLI, tot op de cent."""
    model = client.post("/api/model", content=pad.read_bytes(), headers=YAML).json()["model"]
    cli = _cli_json(pad, capsys)
    web = client.post("/api/bereken", json=model).json()
    assert {k: f["afgerond"] for k, f in web["figuren"].items()} == \
           {k: f["afgerond"] for k, f in cli["figuren"].items()}
    pagina = client.post("/fragment/resultaat", json={"model": model, "suggesties": []}).json()
    assert pagina["tarief"] == cli["tarief_per_bezet_etmaal"]
    tekst = f"{cli['tarief_per_bezet_etmaal']:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    assert tekst in pagina["html"]


def test_bereken_json_lichaam(client: TestClient) -> None:
    r = client.post("/api/bereken", json={**_referentie(), "peildatum": "2025-01-01"})
    assert r.status_code == 200 and r.json()["tarief_per_bezet_etmaal"] == 668.66


def test_ongeldig_model_422_met_regel(client: TestClient) -> None:
    tekst = REFERENTIE.read_text(encoding="utf-8").replace("bezettingsgraad: 0.90", "bezettingsgraad: 85")
    r = client.post("/api/bereken", content=tekst.encode(), headers=YAML)
    assert r.status_code == 422
    _koppen_goed(r)
    [f] = r.json()["fouten"]
    regel = next(i for i, t in enumerate(tekst.splitlines(), start=1) if t.startswith("bezettingsgraad:"))
    assert f["pad"] == "bezettingsgraad" and f["regel"] == regel
    assert "bedoelt u 0.85" in f["tekst"] and f["plaats"].startswith("bezettingsgraad (")


def test_ongeldige_json_en_yaml(client: TestClient) -> None:
    r = client.post("/api/bereken", content=b'{"naam": ', headers={"content-type": "application/json"})
    assert r.status_code == 422 and "geen geldige JSON" in r.json()["fouten"][0]["tekst"]
    r = client.post("/api/bereken", content=b"naam: [", headers=YAML)
    assert r.status_code == 422 and "geen geldige YAML" in r.json()["fouten"][0]["tekst"]
    r = client.post("/api/bereken", content=b"\xff\xfe\x00", headers=YAML)
    assert r.status_code == 422 and "UTF-8" in r.json()["fouten"][0]["tekst"]
    r = client.post("/api/bereken", content=b"[" * 200_000, headers={"content-type": "application/json"})
    assert r.status_code == 422


def test_geen_bestanden_van_de_server(client: TestClient) -> None:
    """Een server leest geen salaristabel of parametermap die een gebruiker noemt."""
    r = client.post("/api/bereken", json={**_referentie(), "salaristabel": "/etc/passwd",
                                          "parameters": {"map": "/etc"}})
    assert r.status_code == 422
    paden = {f["pad"] for f in r.json()["fouten"]}
    assert paden == {"salaristabel", "parameters.map"}


def test_streng(client: TestClient) -> None:
    model = {**_referentie(), "bezettingsgraad": 1.0}
    assert client.post("/api/bereken", json=model).status_code == 200
    r = client.post("/api/bereken?streng=1", json=model)
    assert r.status_code == 422 and "bezetting_vol" in r.json()["fouten"][0]["tekst"]


def test_te_groot_413(client: TestClient) -> None:
    groot = b"#" * (MAX_LICHAAM + 1)
    r = client.post("/api/bereken", content=groot, headers=YAML)
    assert r.status_code == 413
    _koppen_goed(r)
    assert "groter dan 1 MiB" in r.json()["fouten"][0]["tekst"]

    def stukken() -> Any:  # zonder Content-Length (chunked)
        for _ in range(40):
            yield b"#" * 65536

    assert client.post("/api/bereken", content=stukken(), headers=YAML).status_code == 413
    assert client.post("/fragment/resultaat", content=groot,
                       headers={"content-type": "application/json"}).status_code == 413


def _asgi(app: Any, koppen: list[tuple[bytes, bytes]], stukken: list[bytes]) -> tuple[int, int]:
    """Stuur een verzoek rechtstreeks naar de ASGI-app; geeft (status, aantal gelezen stukken)."""
    gelezen = 0
    status = 0

    async def ontvang() -> dict[str, Any]:
        nonlocal gelezen
        gelezen += 1
        if gelezen > len(stukken):
            return {"type": "http.disconnect"}
        return {"type": "http.request", "body": stukken[gelezen - 1], "more_body": gelezen < len(stukken)}

    async def stuur(bericht: dict[str, Any]) -> None:
        nonlocal status
        if bericht["type"] == "http.response.start":
            status = bericht["status"]

    scope = {"type": "http", "method": "POST", "path": "/api/bereken", "headers": koppen, "query_string": b"",
             "http_version": "1.1", "scheme": "http", "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 1),
             "root_path": "", "raw_path": b"/api/bereken"}
    asyncio.run(app(scope, ontvang, stuur))
    return status, gelezen


def test_413_zonder_de_rest_te_lezen() -> None:
    app = maak_app()
    stukken = [b"#" * 65536] * 64  # 4 MiB
    status, gelezen = _asgi(app, [(b"content-type", b"application/yaml"),
                                  (b"content-length", str(64 * 65536).encode())], stukken)
    assert status == 413 and gelezen == 0
    status, gelezen = _asgi(app, [(b"content-type", b"application/yaml")], stukken)
    assert status == 413 and gelezen == MAX_LICHAAM // 65536 + 1


def test_ander_type_415(client: TestClient) -> None:
    r = client.post("/api/bereken", content=b"naam: x", headers={"content-type": "text/plain"})
    assert r.status_code == 415 and "application/yaml" in r.json()["fouten"][0]["tekst"]


def test_404_en_405(client: TestClient) -> None:
    r = client.get("/bestaat-niet")
    assert r.status_code == 404 and "bestaat niet" in r.json()["fouten"][0]["tekst"]
    _koppen_goed(r)
    r = client.get("/api/bereken")
    assert r.status_code == 405 and "GET" in r.json()["fouten"][0]["tekst"]


def test_model_lezen_yaml_json_werkboek(client: TestClient, tmp_path: Path) -> None:
    from kostprijs import lees_model
    from kostprijs.excel import schrijf_werkboek

    r = client.post("/api/model", content=REFERENTIE.read_bytes(), headers=YAML)
    assert r.status_code == 200 and r.json()["model"]["plaatsen"] == 4
    r = client.post("/api/model", json=r.json()["model"])
    assert r.status_code == 200
    schrijf_werkboek(lees_model(REFERENTIE), tmp_path / "kwv.xlsx")
    r = client.post("/api/model", content=(tmp_path / "kwv.xlsx").read_bytes(), headers={"content-type": XLSX})
    assert r.status_code == 200
    assert client.post("/api/bereken", json=r.json()["model"]).json()["tarief_per_bezet_etmaal"] == 668.66
    r = client.post("/api/model", content=b"PK\x03\x04 geen zip", headers={"content-type": XLSX})
    assert r.status_code == 422 and "zip" in r.json()["fouten"][0]["tekst"]
    fout = REFERENTIE.read_text(encoding="utf-8").replace("bezettingsgraad: 0.90", "bezettingsgraad: 85")
    r = client.post("/api/model", content=fout.encode(), headers=YAML)
    assert r.status_code == 422 and r.json()["model"]["bezettingsgraad"] == 85  # de pagina kan het toch openen


def test_yaml_download_leest_terug(client: TestClient) -> None:
    from kostprijs import bereken, lees_model_tekst

    r = client.post("/api/yaml", content=REFERENTIE.read_bytes(), headers=YAML)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/yaml")
    assert r.headers["content-disposition"] == 'attachment; filename="kostprijs-kwv-referentiecasus-4-plaatsen.yaml"'
    assert bereken(lees_model_tekst(r.text)).tarief_per_bezet_etmaal == 668.66
    assert client.post("/api/yaml", json={"naam": "x"}).status_code == 422


def test_werkboek_download(client: TestClient) -> None:
    import openpyxl

    r = client.post("/api/werkboek", content=REFERENTIE.read_bytes(), headers=YAML)
    assert r.status_code == 200 and r.headers["content-type"] == XLSX
    wb = openpyxl.load_workbook(io.BytesIO(r.content), data_only=True)
    [(blad, cel)] = list(wb.defined_names["tarief_per_bezet_etmaal"].destinations)
    assert round(wb[blad][cel.replace("$", "")].value, 2) == 668.66
    wb = openpyxl.load_workbook(io.BytesIO(r.content))
    assert isinstance(wb[blad][cel.replace("$", "")].value, str)  # een live formule
    assert wb[blad][cel.replace("$", "")].value.startswith("=")


def test_escapen_pagina_en_werkboek(client: TestClient) -> None:
    """Een woning die <script> of =HYPERLINK(...) heet, is tekst: in de pagina en in het werkboek."""
    import openpyxl

    for naam in ("<script>alert(1)</script>", '=HYPERLINK("http://example.com","klik")'):
        model = {**_referentie(), "naam": naam}
        html = client.post("/fragment/resultaat", json={"model": model}).json()["html"]
        assert "<script>" not in html
        assert (naam.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")) in html
        formulier = client.post("/fragment/formulier", json={"model": model}).json()["html"]
        assert "<script>" not in formulier
        r = client.post("/api/werkboek", json=model)
        wb = openpyxl.load_workbook(io.BytesIO(r.content))
        waarden = [c.value for ws in wb for rij in ws.iter_rows() for c in rij if c.value == naam]
        assert waarden, "de naam staat als tekst in het werkboek"
        assert not any(isinstance(c.value, str) and c.value.startswith("=HYPERLINK") and c.data_type == "f"
                       for ws in wb for rij in ws.iter_rows() for c in rij)


# ---- pagina's en delen ----------------------------------------------------------------------------


def test_paginas_zonder_inline_script_of_stijl(client: TestClient) -> None:
    for pad in ("/", "/model"):
        r = client.get(pad)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        _koppen_goed(r)
        assert not re.search(r"<script(?![^>]*\bsrc=)", r.text)
        assert not re.search(r"\sstyle=|\son[a-z]+=", r.text)
        assert "http://" not in r.text and "https://" not in r.text
        for bron in re.findall(r'(?:src|href)="(static/[^"?]+)', r.text):
            s = client.get("/" + bron)
            assert s.status_code == 200
            _koppen_goed(s)


def test_start(client: TestClient) -> None:
    r = client.post("/fragment/start", json={"antwoorden": {"plaatsen": 4, "nacht": "slaap", "pand": "huur",
                                                            "overhead": 0.25}})
    assert r.status_code == 200
    start = r.json()
    assert "bezettingsgraad" in start["suggesties"] and "plaatsen" not in start["suggesties"]
    assert client.post("/api/bereken", json=start["model"]).json()["tarief_per_bezet_etmaal"] == 668.66
    r = client.post("/fragment/start", json={"antwoorden": {"plaatsen": 0, "nacht": "x", "pand": "huur",
                                                            "overhead": 25}})
    assert r.status_code == 422
    paden = {f["pad"] for f in r.json()["fouten"]}
    assert paden == {"start.plaatsen", "start.nacht", "start.overhead"}


def test_formulier_acties(client: TestClient) -> None:
    model = _referentie()
    r = client.post("/fragment/formulier", json={"model": model})
    assert r.status_code == 200 and 'data-sleutel="rooster.diensten[3].eind"' in r.json()["html"]
    r = client.post("/fragment/formulier", json={"model": model, "actie": {"naam": "erbij",
                                                                             "pad": ["rooster", "diensten"]}})
    assert len(r.json()["model"]["rooster"]["diensten"]) == 5
    r = client.post("/fragment/formulier", json={"model": model, "actie": {"naam": "weg",
                                                                             "pad": ["rooster", "diensten", 2]}})
    assert [d["naam"] for d in r.json()["model"]["rooster"]["diensten"]] == ["vroeg", "laat", "nacht"]
    r = client.post("/fragment/formulier", json={"model": model, "actie": {"naam": "pand", "waarde": "eigendom"}})
    h = r.json()["model"]["huisvesting"]
    assert "huur_per_jaar" not in h and "eigendom" in h
    r = client.post("/fragment/formulier", json={"model": model, "actie": {"naam": "onbekend"}})
    assert r.status_code == 422


def test_resultaat_fouten_en_herkomst(client: TestClient) -> None:
    kort = client.post("/api/model", content=(VOORBEELDEN / "kwv-4-plaatsen-kort.yaml").read_bytes(),
                       headers=YAML).json()["model"]
    r = client.post("/fragment/resultaat", json={"model": kort, "suggesties": ["bezettingsgraad"]})
    assert r.status_code == 200 and r.headers["server-timing"].startswith("reken;dur=")
    v = r.json()["velden"]
    assert v["productiviteit.verlofuren"]["soort"] == "register" and v["productiviteit.verlofuren"]["waarde"] == "200"
    assert "cao_jeugdzorg" in v["productiviteit.verlofuren"]["titel"]
    assert v["bezettingsgraad"]["soort"] == "suggestie" and v["plaatsen"]["soort"] == "eigen"
    r = client.post("/fragment/resultaat", json={"model": {**kort, "bezettingsgraad": 85}})
    assert r.status_code == 200 and r.json()["tarief"] is None
    [f] = r.json()["fouten"]
    assert f["pad"] == "bezettingsgraad" and "bedoelt u 0.85" in f["tekst"]


def test_uitleg(client: TestClient) -> None:
    r = client.post("/fragment/uitleg", json={"model": _referentie(), "sleutel": "fte.groepsleiding"})
    assert r.status_code == 200 and "Formule" in r.json()["html"]
    assert client.post("/fragment/uitleg", json={"model": _referentie(), "sleutel": "x"}).status_code == 404


def test_bezetting_fragment(client: TestClient) -> None:
    r = client.post("/fragment/bezetting", json={"model": _referentie(),
                                                 "scenario": {"start": "2", "stabilisatie": "120", "gat": "30",
                                                              "runs": "2000"}})
    assert r.status_code == 200
    html = r.json()["html"]
    assert html.count("<svg") == 2 and "beschikbaarheid" in html and "startbedrag" in html
    r = client.post("/fragment/bezetting", json={"model": _referentie(), "scenario": {"runs": "10"}})
    assert r.status_code == 422 and r.json()["fouten"][0]["pad"] == "scenario.runs"


def test_dockerfile_bouwt_uit_de_repository() -> None:
    """De Dockerfile kopieert alleen wat bestaat en start de app-fabriek die er is (docker zelf draait hier niet)."""
    import importlib

    from tests.conftest import ROOT

    tekst = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    for regel in tekst.splitlines():
        if regel.startswith("COPY "):
            for bron in regel.split()[1:-1]:
                assert (ROOT / bron).exists(), bron
    assert "'.[web]'" in tekst and "web = [" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    module, functie = re.search(r'"--factory", "([\w.]+):(\w+)"', tekst).groups()  # type: ignore[union-attr]
    assert callable(getattr(importlib.import_module(module), functie))
