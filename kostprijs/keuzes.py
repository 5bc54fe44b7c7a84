"""Nederlandse woorden voor elke keuze die een mens ziet: keuzelijsten, tabellen, werkboeken en rapporten.

Het model en de YAML kennen korte vaste waarden (``aandeel_totaal``, ``personeel_clientkosten``); een
inkoper of controller ziet overal de woorden uit deze ene tabel ("aandeel van het totaal", "personeel
en cliëntkosten"). Lezers van werkboeken zetten een gekozen woord met :func:`waarde` terug naar de vaste
waarde; de oude vaste waarde wordt ook nog aanvaard (werkboeken van vóór deze woorden).

Een woord bevat geen komma: Excel scheidt de woorden van een keuzelijst met komma's. Deze module laadt
niets zwaars: ``import kostprijs`` blijft licht.
"""

from __future__ import annotations

from collections.abc import Sequence

KEUZES: dict[str, dict[str, str]] = {
    "weken_per_jaar": {"365/7": "365 dagen / 7", "365.25/7": "365¼ dagen / 7", "52": "52 weken"},
    "overhead_conventie": {"aandeel_totaal": "aandeel van het totaal", "opslag_direct": "opslag op de grondslag",
                           "bedrag": "vast bedrag per jaar"},
    "risico_grondslag": {"kostprijs": "opslag op de kostprijs", "tarief": "aandeel van het tarief"},
    "afronding": {"rekenkundig_centen": "op centen (half van nul af)"},
    "bezettingsbasis": {"capaciteit": "alle plaatsen (capaciteit)"},
    "rente_over": {"gemiddeld_vermogen": "gemiddeld vermogen", "boekwaarde": "boekwaarde"},
    "dienst_soort": {"wakker": "wakker", "slaap": "slaapdienst", "waak": "waakdienst"},
    "functie_soort": {"groep": "uit het rooster", "vast": "vaste formatie"},
    "amvb": {"a": "a. beroepskrachten", "b": "b. overig cliëntgebonden"},
    "ort_methode": {"geen": "geen ORT", "percentage": "percentage", "tabel": "uit het rooster"},
    "ort_methode_zonder_tabel": {"geen": "geen ORT", "percentage": "percentage"},
    "janee": {"ja": "ja", "nee": "nee"},
    # het uitvraagsjabloon van het kostprijsonderzoek
    "soort_opgave": {"realisatie": "realisatie (werkelijke kosten)", "begroting": "begroting (nieuwe woning)",
                     "beide": "realisatie en begroting"},
    "verdeelsleutel": {"directe_kosten": "directe kosten", "omzet": "omzet", "fte": "fte", "plaatsen": "plaatsen",
                       "anders": "anders"},
    "bezettingsbasis_opgave": {"capaciteit": "capaciteit", "beschikbare_plaatsen": "beschikbare plaatsen"},
    "nachtdienst": {"wakend": "wakend", "slapend": "slapend", "geen": "geen nachtdienst"},
    "huisvesting_soort": {"huur": "huur", "eigendom": "eigendom"},
    "overhead_opgave": {"bedrag": "bedrag", "percentage": "percentage"},
    "overhead_conventie_opgave": {"aandeel_totaal": "aandeel van het totaal",
                                  "opslag_direct": "opslag op de grondslag"},
    "overhead_grondslag": {"personeel": "personeel", "personeel_clientkosten": "personeel en cliëntkosten",
                           "alle_directe_kosten": "alle directe kosten"},
}
"""Per keuzeveld: vaste waarde -> wat een mens ziet (en kiest)."""

CONVENTIES: dict[str, str] = {
    "weken_per_jaar": "Weken per jaar",
    "dagen_per_jaar": "Dagen per jaar",
    "overhead_conventie": "Overheadconventie",
    "overhead_grondslag": "Grondslag van de overhead",
    "risico_grondslag": "Grondslag risico en marge",
    "bezettingsbasis": "Bezettingsbasis",
    "afronding": "Afronding",
    "amvb_indeling": "AMvB-indeling",
    "indexering": "Indexering",
    "werkgeverslasten": "Werkgeverslasten",
    "parameters": "Parameters",
}
"""Namen van de conventies zoals een mens ze leest (de sleutels van ``Resultaat.conventies``)."""

COMPONENTEN: dict[str, str] = {
    "personeel": "personeel",
    "clientkosten": "cliëntkosten",
    "huisvesting": "huisvesting",
    "inhuur": "inhuur",
    "overhead": "overhead",
    "kostprijs": "kostprijs",
}
"""Kostencomponenten in woorden (grondslag van de overhead, kostencomponenten van het onderzoek)."""


def label(veld: str, waarde: str) -> str:
    """Wat een mens ziet voor ``waarde`` van keuzeveld ``veld``; een onbekende waarde blijft zichzelf."""
    return KEUZES[veld].get(waarde, waarde)


def labels(veld: str) -> tuple[str, ...]:
    """Alle woorden van een keuzelijst, in de volgorde van de tabel."""
    return tuple(KEUZES[veld].values())


def _schoon(tekst: str) -> str:
    return " ".join(tekst.replace("\u00a0", " ").split()).casefold()


def waarde(veld: str, gekozen: str) -> str | None:
    """De vaste waarde bij een gekozen woord (of bij de vaste waarde zelf); ``None`` als het geen keuze is.

    Hoofdletters en dubbele spaties tellen niet: ``"Aandeel van het totaal"`` -> ``"aandeel_totaal"``.
    """
    zoek = _schoon(gekozen)
    for vast, woorden in KEUZES[veld].items():
        if zoek in (_schoon(woorden), _schoon(vast)):
            return vast
    return None


def excel(veld: str, waarde_: str) -> str:
    """Het woord als tekst in een Excel-formule, met aanhalingstekens: ``"aandeel van het totaal"``."""
    return '"' + label(veld, waarde_).replace('"', '""') + '"'


def grondslag_tekst(componenten: Sequence[str]) -> str:
    """``["personeel", "clientkosten"]`` -> ``"personeel + cliëntkosten"``."""
    return " + ".join(COMPONENTEN.get(c, c) for c in componenten) or "-"
