"""Vijandig corpus (``docs/onderzoek.md``): elk bestand apart geweigerd, met Nederlandse
meldingen die Blad!Cel (of bij zipproblemen het bestand) noemen, zonder crash, met begrensd geheugen;
het onderzoek gaat door met de geldige bestanden en somt de afgewezen op."""

from __future__ import annotations

import shutil
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from kostprijs.errors import InvoerFout
from kostprijs.onderzoek.inlezen import lees_opgave
from kostprijs.onderzoek.studie import onderzoek
from tests.test_onderzoek_inlezen import script

MAX_GEHEUGEN = 64 * 2**20
"""Grootste toegestane geheugenpiek (Python-toewijzingen, tracemalloc) bij het inlezen van één bestand."""
CATEGORIEEN_MINSTENS = 55


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Any]]:
    map_ = tmp_path_factory.mktemp("vijandig")
    return map_, script("maak_vijandige_bestanden").maak_corpus(map_)


def test_corpus_is_groot_en_gevarieerd(corpus: tuple[Path, list[Any]]) -> None:
    map_, gevallen = corpus
    assert len(gevallen) >= CATEGORIEEN_MINSTENS
    assert len({g.categorie for g in gevallen}) >= CATEGORIEEN_MINSTENS
    assert sorted(p.name for p in map_.iterdir()) == sorted(g.bestand for g in gevallen)


def test_elk_vijandig_bestand_geweigerd_met_plaats_en_begrensd_geheugen(corpus: tuple[Path, list[Any]]) -> None:
    map_, gevallen = corpus
    voor = sorted(p.name for p in map_.iterdir())
    for g in gevallen:
        tracemalloc.start()
        try:
            with pytest.raises(InvoerFout) as e:
                lees_opgave(map_ / g.bestand)
            piek = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        plaatsen = [m.plaats for m in e.value.meldingen]
        assert g.plaats in plaatsen, f"{g.bestand} ({g.categorie}): {plaatsen}"
        assert piek < MAX_GEHEUGEN, f"{g.bestand}: geheugenpiek {piek / 2**20:.0f} MB"
        tekst = str(e.value)
        assert tekst.startswith(f"Ongeldige invoer in {g.bestand}")
        for verboden in ("Traceback", "Error", "None", "\u202e"):
            assert verboden not in tekst, f"{g.bestand}: {tekst}"
    assert sorted(p.name for p in map_.iterdir()) == voor, "inlezen schrijft niets"


@pytest.mark.parametrize(("bestand", "woorden"), [
    ("zipbom.xlsx", "zipbom"), ("xml_bom.xlsx", "DTD"), ("xml_bom_utf16.xlsx", "DTD"),
    ("macro.xlsx", "macro"), ("macro_inhoudstype.xlsx", "macro"), ("externe_koppeling.xlsx", "koppeling"),
    ("versleuteld.xlsx", "wachtwoord"), ("oud_formaat.xlsx", ".xls"), ("afgekapt.xlsx", "onvolledig"),
    ("formule_met_vervalste_uitkomst.xlsx", "formule"), ("niet_eindig.xlsx", "eindige"),
    ("percentage_als_geheel.xlsx", "bedoelt u 8%"), ("samengevoegde_cellen.xlsx", "samengevoegde"),
    ("verborgen_rij.xlsx", "verborgen"), ("injectie_in_naam.xlsx", "formule"),
    ("verborgen_dubbel_tabblad.xlsx", "twee tabbladen"), ("getal_met_underscore.xlsx", "geen getal zoals Excel"),
    ("dubbele_rij.xlsx", "twee keer"), ("rij_hoogte_nul.xlsx", "verborgen"), ("excel_escape_in_naam.xlsx", "_x000B_"),
    ("onbekende_compressie.xlsx", "beschadigd"), ("notatie_duizendtallen.xlsx", "1.000"),
    ("geen_bezette_etmalen.xlsx", "geen enkele locatie"), ("macro_kleine_letters.xlsx", "macro"),
])
def test_meldingen_leggen_de_oorzaak_uit(corpus: tuple[Path, list[Any]], bestand: str, woorden: str) -> None:
    map_, _ = corpus
    with pytest.raises(InvoerFout) as e:
        lees_opgave(map_ / bestand)
    assert woorden in str(e.value)


def test_vervalste_uitkomst_wordt_nooit_gebruikt(corpus: tuple[Path, list[Any]]) -> None:
    map_, _ = corpus
    with pytest.raises(InvoerFout) as e:
        lees_opgave(map_ / "formule_met_vervalste_uitkomst.xlsx")
    assert "999" not in str(e.value)


def test_onderzoek_gaat_door_met_geldige_en_somt_afgewezen_op(corpus: tuple[Path, list[Any]],
                                                               tmp_path: Path) -> None:
    map_, gevallen = corpus
    script("maak_synthetische_studie").maak_studie(tmp_path, aantal=5, zaad=11)
    for g in gevallen:
        shutil.copy(map_ / g.bestand, tmp_path / f"x-{g.bestand}")
    studie = onderzoek(tmp_path)
    assert len(studie.aanbieders) == 5
    assert sorted(a.bestand for a in studie.afgewezen) == sorted(f"x-{g.bestand}" for g in gevallen)
    assert all(a.meldingen for a in studie.afgewezen)


def test_dubbele_aanbieder_telt_een_keer(tmp_path: Path) -> None:
    script("maak_synthetische_studie").maak_studie(tmp_path, aantal=3, zaad=5)
    shutil.copy(tmp_path / "aanbieder-001.xlsx", tmp_path / "aanbieder-001-kopie.xlsx")
    studie = onderzoek(tmp_path)
    assert len(studie.aanbieders) == 3
    assert [a.bestand for a in studie.afgewezen] == ["aanbieder-001.xlsx"] or \
        [a.bestand for a in studie.afgewezen] == ["aanbieder-001-kopie.xlsx"]
    assert "telt één keer" in studie.afgewezen[0].meldingen[0].tekst


def test_geen_enkel_geldig_bestand_geeft_invoerfout(corpus: tuple[Path, list[Any]]) -> None:
    map_, _ = corpus
    with pytest.raises(InvoerFout) as e:
        onderzoek(map_)
    assert "geen enkel geldig sjabloon" in str(e.value)


def test_breed_blad_binnen_de_grenzen_blijft_begrensd_in_geheugen(tmp_path: Path) -> None:
    """8 rijen (61-68) van 16.378 cellen (bijna 4 MB XML) ná de leesrijen: geldig, en het inlezen blijft klein.

    (Eerder stond hier acht keer rij 61; een dubbele rij wordt nu terecht geweigerd.)"""
    import re
    import zipfile

    from openpyxl.utils import get_column_letter

    script("maak_synthetische_studie").maak_studie(tmp_path / "s", aantal=1, zaad=3)
    bron, doel = tmp_path / "s" / "aanbieder-001.xlsx", tmp_path / "breed.xlsx"
    letters = [get_column_letter(k) for k in range(7, 16385)]
    rijen = "".join(f'<row r="{r}">' + "".join(f'<c r="{x}{r}"><v>{k}</v></c>' for k, x in enumerate(letters))
                    + "</row>" for r in range(61, 69))
    with zipfile.ZipFile(bron) as zin, zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED) as zuit:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet4.xml":
                data = re.sub(rb"</sheetData>", rijen.encode() + b"</sheetData>", data)
            zuit.writestr(info.filename, data)
    tracemalloc.start()
    try:
        opgave = lees_opgave(doel)
        piek = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert opgave.aanbieder.startswith("Zorgaanbieder")
    assert piek < MAX_GEHEUGEN
