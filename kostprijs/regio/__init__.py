"""Regio en inkoop: meerdere woningen, tarieftreden, capaciteit en leegstand gedeeld tussen gemeenten.

>>> from kostprijs.regio import lees_regio, analyseer  # doctest: +SKIP
>>> uitkomst = analyseer(lees_regio("examples/regio-twee-woningen.yaml"))  # doctest: +SKIP
"""

from __future__ import annotations

from kostprijs.regio.analyse import RegioUitkomst, analyseer
from kostprijs.regio.lezen import GelezenRegio, lees_regio

__all__ = ["GelezenRegio", "RegioUitkomst", "analyseer", "lees_regio"]
