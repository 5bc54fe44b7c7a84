"""Versie van het pakket (ook in elke uitvoer, zodat een tarief herleidbaar is)."""

__version__ = "0.2.0"
