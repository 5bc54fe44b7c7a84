"""Invoer en uitvoer aan de randen: YAML lezen, later Excel schrijven en lezen."""
