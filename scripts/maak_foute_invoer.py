"""Schrijf het corpus foute YAML-invoer naar een map: ``python scripts/maak_foute_invoer.py UITMAP``.

Probeer daarna bijvoorbeeld ``kostprijs bereken UITMAP/percentage_als_heel_getal.yaml``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.foute_invoer import schrijf_corpus

if __name__ == "__main__":
    doel = Path(sys.argv[1] if len(sys.argv) > 1 else "uit/foute-invoer")
    for pad in schrijf_corpus(doel):
        print(pad)
