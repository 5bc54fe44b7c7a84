"""Gedeelde fixtures: paden naar voorbeelden en de gedeelde referentiemap."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VOORBEELDEN = ROOT / "examples"
REFERENTIE = VOORBEELDEN / "kwv-4-plaatsen.yaml"


@pytest.fixture
def referentie_model():  # type: ignore[no-untyped-def]
    from kostprijs import lees_model

    return lees_model(REFERENTIE)
