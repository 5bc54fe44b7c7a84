"""Werkboeken voor mensen, met LibreOffice als tweede rekenmachine en als printer.

- vrije regels: een ingevulde dienst en functie en een leeggemaakte functie in een geschreven werkboek,
  herberekend door LibreOffice en teruggelezen, geven het tarief dat Python voor het gewijzigde model geeft;
- het normatieve voorstel als model en als werkboek geeft de bedragen van het voorstel op de cent;
- afdrukken: LibreOffice maakt van elk werkboek een PDF; het sjabloon hoogstens twee pagina's per tabblad,
  het Voorstel van het rapport op één pagina, grafieken heel; de pagina's staan als PNG in de documentatie.

Alle werkboeken gaan in twee aanroepen van LibreOffice (herberekenen en afdrukken): samen ruim 30 seconden.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kostprijs import KwvModel, bereken, lees_model
from kostprijs.core.afronding import rond_af
from kostprijs.excel import lees_werkboek, schrijf_werkboek
from kostprijs.excel.blad import Register
from kostprijs.keuzes import label
from kostprijs.onderzoek.normmodel import normmodel, normmodel_yaml
from kostprijs.onderzoek.rapport import schrijf_rapport
from kostprijs.onderzoek.sjabloon import schrijf_sjabloon
from kostprijs.onderzoek.studie import Studie, onderzoek
from kostprijs.onderzoek.voorstel import Normen, Voorstel
from tests.conftest import REFERENTIE, ROOT
from tests.test_excel_libreoffice import _figuren_kloppen, _verschillen
from tests.test_onderzoek_inlezen import script

NORMEN = Normen(bezettingsgraad=0.9, overhead_aandeel=0.2)
RISICO = 0.03


def _rc(reg: Register, naam: str) -> tuple[str, str]:
    blad, cel = reg.namen[naam].split("!")
    return blad.strip("'"), cel.replace("$", "")


def _vrije_regels(pad: Path, reg: Register) -> KwvModel:
    """Vul in het werkboek dienst 5 en functie 4 in en maak functie 3 (teamleider) leeg; geeft het model dat
    dat had moeten opleveren (onafhankelijk opgebouwd uit het YAML-model)."""
    wb = openpyxl.load_workbook(pad)
    invullen: dict[str, Any] = {
        "dienst_5_naam": "avond extra", "dienst_5_begin": 18 / 24, "dienst_5_eind": 22 / 24,
        "dienst_5_personeel": 1, **{f"dienst_5_{d}": 1 for d in ("ma", "di", "wo", "do", "vr")},
        "dienst_5_soort": label("dienst_soort", "wakker"),
        "functie_4_naam": "nachtwacht", "functie_4_soort": label("functie_soort", "vast"),
        "functie_4_amvb": label("amvb", "b"), "functie_4_maandsalaris": 3200, "functie_4_fte": 0.3,
        "functie_4_ort_methode": label("ort_methode", "geen"),
    }
    legen = [n for n in reg.invoer if n.startswith("functie_3_")]
    for naam in (*invullen, *legen):
        blad, cel = _rc(reg, naam)
        wb[blad][cel].value = invullen.get(naam)
    wb.save(pad)
    d = lees_model(REFERENTIE).model_dump()
    d["rooster"]["diensten"].append({"naam": "avond extra", "begin": "18:00", "eind": "22:00", "personeel": 1,
                                     "dagen": "werkdagen", "soort": "wakker"})
    d["functies"] = [d["functies"][0], d["functies"][1],
                     {"naam": "nachtwacht", "soort": "vast", "amvb": "b", "maandsalaris": 3200, "fte": 0.3}]
    return KwvModel.model_validate(d)


@pytest.fixture(scope="module")
def studie(tmp_path_factory: pytest.TempPathFactory) -> Studie:
    map_ = tmp_path_factory.mktemp("studie")
    script("maak_synthetische_studie").maak_studie(map_, aantal=8, zaad=12, begroting=4)
    return onderzoek(map_, NORMEN)


@pytest.fixture(scope="module")
def gerekend(tmp_path_factory: pytest.TempPathFactory, libreoffice: Any, studie: Studie) -> dict[str, Any]:
    """Alle werkboeken, in één aanroep herberekend en in één aanroep als PDF afgedrukt."""
    map_ = tmp_path_factory.mktemp("mensen")
    uit: dict[str, Any] = {}
    vrij = map_ / "vrije_regels.xlsx"
    reg = schrijf_werkboek(lees_model(REFERENTIE), vrij)
    uit["vrij_model"] = _vrije_regels(vrij, reg)
    uit["vrij_register"] = reg
    norm = normmodel(studie.hoofddeel, studie.regio, RISICO, {"methode": "per_component", "loonindex": 0.035,
                                                            "prijsindex": 0.02})
    (map_ / "norm.yaml").write_text(normmodel_yaml(norm, studie.hoofddeel), encoding="utf-8")
    uit["norm"], uit["norm_yaml"] = norm, map_ / "norm.yaml"
    uit["norm_register"] = schrijf_werkboek(norm, map_ / "norm.xlsx")
    uit["vrij"], uit["norm_xlsx"] = libreoffice([vrij, map_ / "norm.xlsx"], map_ / "herberekend")
    schrijf_werkboek(lees_model(REFERENTIE), map_ / "tarief.xlsx")
    schrijf_sjabloon(map_ / "sjabloon.xlsx")
    schrijf_rapport(studie, map_ / "rapport.xlsx")
    pdfs = libreoffice([map_ / "tarief.xlsx", map_ / "sjabloon.xlsx", map_ / "rapport.xlsx"], map_ / "pdf", "pdf")
    uit.update(zip(("tarief_pdf", "sjabloon_pdf", "rapport_pdf"), pdfs, strict=True))
    return uit


def test_vrije_regels_ingevuld_herberekend_en_teruggelezen(gerekend: dict[str, Any]) -> None:
    verwacht: KwvModel = gerekend["vrij_model"]
    reg: Register = gerekend["vrij_register"]
    wv = openpyxl.load_workbook(gerekend["vrij"], data_only=True)
    blad, cel = _rc(reg, "tarief_per_bezet_etmaal_afgerond")
    tarief_libreoffice = wv[blad][cel].value
    res = bereken(verwacht)
    assert tarief_libreoffice == res.tarief_per_bezet_etmaal != bereken(lees_model(REFERENTIE)).tarief_per_bezet_etmaal
    blad, cel = _rc(reg, "tarief_per_bezet_etmaal")
    assert wv[blad][cel].value == pytest.approx(res.waarde("tarief_per_bezet_etmaal"), rel=1e-12)
    terug = lees_werkboek(gerekend["vrij"])
    assert terug == verwacht
    assert bereken(terug).tarief_per_bezet_etmaal == tarief_libreoffice


def test_normmodel_en_werkboek_geven_het_voorstel_op_de_cent(gerekend: dict[str, Any], studie: Studie) -> None:
    v = studie.hoofddeel.voorstel
    assert isinstance(v, Voorstel)
    regel = {r.component: r.per_bezet_etmaal for r in v.regels}
    for model in (gerekend["norm"], lees_model(gerekend["norm_yaml"])):
        res = bereken(model)
        assert rond_af(res.waarde("personeel_per_bezet_etmaal")) == rond_af(regel["personeel"] + regel["inhuur"])
        for component in ("clientkosten", "huisvesting", "overhead"):
            assert rond_af(res.waarde(f"{component}_per_bezet_etmaal")) == rond_af(regel[component]), component
        assert rond_af(res.waarde("kostprijs_per_bezet_etmaal")) == v.tarief_afgerond
        # de rest van de opbouw: risico op de kostprijs, indexering (AMvB d) en de AMvB-indeling a-d
        assert res.waarde("risico_opslag") == RISICO and res.waarde("amvb_d_per_bezet_etmaal") > 0
        amvb = sum(res.waarde(f"amvb_{e}_per_bezet_etmaal") for e in "abcd")
        assert amvb + res.waarde("amvb_buiten_risico_per_bezet_etmaal") == pytest.approx(
            res.waarde("tarief_per_bezet_etmaal"), rel=1e-12)
    reg: Register = gerekend["norm_register"]
    assert _verschillen(reg, gerekend["norm_xlsx"]) == []
    _figuren_kloppen(reg, gerekend["norm"])
    wv = openpyxl.load_workbook(gerekend["norm_xlsx"], data_only=True)
    blad, cel = reg.figuren["kostprijs_per_bezet_etmaal"].split("!")
    assert rond_af(wv[blad][cel].value) == v.tarief_afgerond


def paginas(pdf: Path) -> list[str]:
    """De tekst van elke pagina van een PDF (poppler: pdftotext)."""
    aantal = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                                              text=True, check=True).stdout).group(1))  # type: ignore[union-attr]
    return [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout for i in range(1, aantal + 1)]


def per_blad(pdf: Path) -> Counter[str]:
    """Pagina's per tabblad: de voettekst van elke pagina begint met de naam van het tabblad."""
    tellen: Counter[str] = Counter()
    for tekst in paginas(pdf):
        voet = [r for r in tekst.splitlines() if re.search(r"pagina \d+ van \d+", r)][-1]
        tellen[voet.split("pagina")[0].strip()] += 1
    return tellen


@pytest.fixture(scope="module", autouse=True)
def _poppler() -> None:
    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        pytest.fail("poppler-utils (pdftotext, pdfinfo) ontbreekt")


def test_sjabloon_hoogstens_twee_paginas_per_tabblad(gerekend: dict[str, Any]) -> None:
    tellen = per_blad(gerekend["sjabloon_pdf"])
    assert set(tellen) == {"Instructie", "Definities", "Aanbieder", "Locatie 1", "Locatie 2", "Locatie 3"}
    assert max(tellen.values()) <= 2, tellen
    kop = paginas(gerekend["sjabloon_pdf"])[0].splitlines()[0]
    assert "gegevensuitvraag" in kop and "kostprijs-sjabloon-kwv v2" in kop


def test_rapport_voorstel_op_een_pagina_en_grafieken_heel(gerekend: dict[str, Any]) -> None:
    tellen = per_blad(gerekend["rapport_pdf"])
    assert tellen["Voorstel"] == 1
    grafiekbladen = [b for b in tellen if b.startswith(("Grafieken", "Kostprijs aanbieders"))]
    assert len(grafiekbladen) == 4, tellen  # spreiding en kostprijs, voor realisatie en begroting
    assert all(tellen[b] == 1 for b in grafiekbladen), tellen
    voorstel = next(t for t in paginas(gerekend["rapport_pdf"]) if "Normatief tariefvoorstel" in t)
    assert "Realisatie" in voorstel and "Begroting" in voorstel and "Tarief afgerond" in voorstel


def test_tariefwerkboek_elke_pagina_met_kop_en_de_grafiek_heel(gerekend: dict[str, Any]) -> None:
    teksten = paginas(gerekend["tarief_pdf"])
    for tekst in teksten:
        assert tekst.splitlines()[0].lstrip().startswith("KWV referentiecasus 4 plaatsen (2025)")
    tellen = per_blad(gerekend["tarief_pdf"])
    assert {"Toelichting", "Uitgangspunten", "Formatie", "Tariefopbouw", "Bezetting"} <= set(tellen)
    # de grafiek op Bezetting staat heel op één pagina: de titel en de labels van de x-as (50 tot 100) samen
    titel = [i for i, t in enumerate(teksten) if re.search(r"Tarief per bezet etmaal naar\s+(\S+\s+)*?"
                                                            r"bezettingsgraad", t)]
    as_ = [i for i, t in enumerate(teksten) if re.search(r"(?<![\d.,])50 52 54 [\d ]* 96 98 100(?![\d.,])", t)]
    assert len(titel) == 1 and as_ == titel, (titel, as_)


def test_de_paginas_staan_als_png_in_de_documentatie() -> None:
    docs = ROOT / "docs"
    tekst = (docs / "werkboek.md").read_text(encoding="utf-8") + (docs / "onderzoek.md").read_text(encoding="utf-8")
    for soort in ("tarief", "sjabloon", "rapport"):
        pngs = sorted((docs / "werkboek").glob(f"{soort}-*.png"))
        assert pngs, soort
        for png in pngs:
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            assert f"werkboek/{png.name}" in tekst, png.name
