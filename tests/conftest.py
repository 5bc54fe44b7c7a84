"""Gedeelde fixtures: paden naar voorbeelden en de gedeelde referentiemap."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VOORBEELDEN = ROOT / "examples"
REFERENTIE = VOORBEELDEN / "kwv-4-plaatsen.yaml"


def pytest_configure(config: pytest.Config) -> None:
    """Het register op schijf (kostprijs.parameters.cache) in een eigen map per testrun, niet in die van de
    gebruiker; ook subprocessen (CLI-tests) erven deze map."""
    import os
    import tempfile

    if "KOSTPRIJS_CACHE" not in os.environ:
        os.environ["KOSTPRIJS_CACHE"] = tempfile.mkdtemp(prefix="kostprijs-cache-")


@pytest.fixture
def referentie_model():  # type: ignore[no-untyped-def]
    from kostprijs import lees_model

    return lees_model(REFERENTIE)


@pytest.fixture(scope="session")
def libreoffice():  # type: ignore[no-untyped-def]
    """Herberekent werkboeken in LibreOffice headless (wegwerpprofiel, volledige herberekening).

    Geeft ``converteer(bestanden, uitmap) -> paden`` uit :mod:`kostprijs.excel.libreoffice`. Ontbreekt
    LibreOffice, dan FAALT de test; alleen lokaal (niet in CI) mag ``KOSTPRIJS_ZONDER_LIBREOFFICE=1``
    de test overslaan.
    """
    import os

    from kostprijs.excel.libreoffice import converteer, soffice

    if soffice() is None:
        if os.environ.get("KOSTPRIJS_ZONDER_LIBREOFFICE") == "1" and not os.environ.get("CI"):
            pytest.skip("LibreOffice ontbreekt en KOSTPRIJS_ZONDER_LIBREOFFICE=1 (alleen lokaal)")
        pytest.fail("LibreOffice (soffice) ontbreekt: installeer libreoffice-calc-nogui "
                    "(lokaal overslaan: KOSTPRIJS_ZONDER_LIBREOFFICE=1)")
    return converteer
