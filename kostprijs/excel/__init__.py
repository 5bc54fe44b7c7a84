"""Excel-werkboek van de tariefopbouw: schrijven (XlsxWriter) en de Uitgangspunten teruglezen (openpyxl).

``import kostprijs`` laadt dit pakket niet; XlsxWriter en openpyxl komen pas bij gebruik.

>>> from kostprijs import lees_model
>>> from kostprijs.excel import schrijf_werkboek, lees_werkboek  # doctest: +SKIP
>>> schrijf_werkboek(lees_model("examples/kwv-4-plaatsen.yaml"), "kwv.xlsx")  # doctest: +SKIP
"""

from __future__ import annotations

from kostprijs.excel.lezer import lees_werkboek
from kostprijs.excel.schrijver import schrijf_werkboek

__all__ = ["lees_werkboek", "schrijf_werkboek"]
