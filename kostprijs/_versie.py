"""Versie van het pakket (ook in elke uitvoer, zodat een tarief herleidbaar is)."""

__version__ = "0.1.0"
