"""Foutklassen van kostprijs.

Alle fouten erven van :class:`KostprijsFout` (een ``ValueError``), zodat een aanroeper één klasse kan
afvangen. De CLI zet elke :class:`KostprijsFout` om in Nederlandse meldingen en exitcode 2, nooit in
een traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Melding:
    """Eén probleem in de invoer: waar het zit en wat er mis is.

    ``plaats`` is een YAML-pad met regelnummer (``rooster.diensten[2].eind (regel 31)``) of een
    cel (``Uitgangspunten!C12``); ``tekst`` is de Nederlandse uitleg met wat wél mag.
    """

    plaats: str
    tekst: str

    def __str__(self) -> str:
        return f"{self.plaats}: {self.tekst}" if self.plaats else self.tekst


class KostprijsFout(ValueError):
    """Basisklasse voor alle fouten van kostprijs."""


class InvoerFout(KostprijsFout):
    """Ongeldige invoer; draagt alle gevonden problemen tegelijk."""

    def __init__(self, meldingen: list[Melding], bron: str = "") -> None:
        self.meldingen = list(meldingen)
        self.bron = bron
        kop = f"Ongeldige invoer in {bron}" if bron else "Ongeldige invoer"
        regels = "\n".join(f"  - {m}" for m in self.meldingen)
        aantal = len(self.meldingen)
        super().__init__(f"{kop} ({aantal} {'probleem' if aantal == 1 else 'problemen'}):\n{regels}")


class RekenFout(KostprijsFout):
    """Een berekening kan met deze waarden niet (bijvoorbeeld deling door nul bezette etmalen)."""
