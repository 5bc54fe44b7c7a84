"""Pure rekenkern van kostprijs: functies over floats en numpy-arrays, zonder I/O.

Elke functie werkt op een scalar of op arrays die samen broadcasten (één scenario of een miljoen).
Niets in dit pakket importeert pydantic, pandas, Excel-bibliotheken of het bestandssysteem; een test
(``tests/test_architectuur.py``) bewaakt dat.
"""
