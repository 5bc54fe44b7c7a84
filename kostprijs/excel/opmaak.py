"""Opmaak van het werkboek: kleuren (legenda), Nederlandse getalnotaties en celstijlen.

Getalnotaties staan in Amerikaanse notatie; Excel en LibreOffice tonen ze in de landinstelling van de
gebruiker (``docs/werkboek.md``): ``[$€-413] #,##0.00`` wordt ``€ 1.234,56``.
"""

from __future__ import annotations

from typing import Any

KLEUR_INVOER = "#FFF2CC"  # geel: invoer, vrij te wijzigen
KLEUR_AFGELEID = "#E2EFDA"  # groen: afgeleid, formule op de invoer
KLEUR_VAST = "#E7E6E6"  # grijs: vaste gegevens (door Python berekend of geen invoer)
KLEUR_GERAPPORTEERD = "#C6E0B4"  # donkergroen: gerapporteerd, afgerond op centen
KLEUR_KOP = "#1F4E78"

NOTATIES: dict[str, str] = {
    "geld": "[$€-413] #,##0.00",
    "getal": "#,##0.00",
    "uren": "#,##0.00",
    "fte": "0.0000",
    "procent": "0.00%",
    "geheel": "0",
    "tijd": "hh:mm",
    "vlag": "0",
    "tekst": "@",
    "etmalen": "#,##0.00",
}

SOORTEN = ("invoer", "afgeleid", "vast", "gerapporteerd")


class Opmaak:
    """Alle celstijlen van één XlsxWriter-werkboek, gemaakt bij het openen van het werkboek."""

    def __init__(self, wb: Any) -> None:
        self._wb = wb
        self._cache: dict[tuple[str, str], Any] = {}
        basis = {"font_name": "Calibri", "font_size": 10, "valign": "top"}
        self.titel = wb.add_format({**basis, "bold": True, "font_size": 14, "font_color": KLEUR_KOP})
        self.ondertitel = wb.add_format({**basis, "italic": True, "font_color": "#595959"})
        self.kop = wb.add_format({**basis, "bold": True, "font_color": "#FFFFFF", "bg_color": KLEUR_KOP})
        self.kolomkop = wb.add_format({**basis, "bold": True, "bottom": 1, "text_wrap": True})
        self.label = wb.add_format({**basis})
        self.label_vet = wb.add_format({**basis, "bold": True})
        self.uitleg = wb.add_format({**basis, "font_color": "#595959", "text_wrap": True})
        self.toelichting = wb.add_format({**basis, "font_color": "#595959"})
        self.tekst = wb.add_format({**basis, "quote_prefix": True})
        self._basis = basis

    def cel(self, soort: str, notatie: str) -> Any:
        """Stijl voor een waardecel: ``soort`` uit :data:`SOORTEN`, ``notatie`` uit :data:`NOTATIES`."""
        sleutel = (soort, notatie)
        if sleutel not in self._cache:
            kleur = {"invoer": KLEUR_INVOER, "afgeleid": KLEUR_AFGELEID, "vast": KLEUR_VAST,
                     "gerapporteerd": KLEUR_GERAPPORTEERD}[soort]
            eigen: dict[str, Any] = {**self._basis, "bg_color": kleur, "num_format": NOTATIES[notatie],
                                     "border": 1, "border_color": "#BFBFBF"}
            if soort == "invoer":
                eigen["locked"] = False
            if soort == "gerapporteerd":
                eigen["bold"] = True
            if notatie == "tekst":
                eigen["quote_prefix"] = True
            self._cache[sleutel] = self._wb.add_format(eigen)
        return self._cache[sleutel]
