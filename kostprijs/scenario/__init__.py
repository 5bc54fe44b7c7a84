"""Scenario's: rasters over de tariefopbouw, bezettingsmodellen, financieringsvormen en aanloop.

Deze laag kent de invoermodellen en de rekenkern; de modules laden pandas en matplotlib pas in de
functies die ze gebruiken.
"""
