"""Kostprijsonderzoek: uitvraagsjabloon, veilig inlezen, herrekening, spreiding en normtarief.

Stappen (zie ``docs/onderzoek.md``)::

    kostprijs sjabloon UIT.xlsx                 # het versiegebonden uitvraagsjabloon
    kostprijs inlezen BESTAND.xlsx              # één ingevuld sjabloon controleren
    kostprijs onderzoek MAP/ --uit RAPPORT.xlsx # alle sjablonen in een map: spreiding en voorstel

Dit pakket laadt openpyxl, XlsxWriter en pandas pas in de functies die ze gebruiken, zodat
``import kostprijs`` licht blijft. Elk ingelezen bestand is onbetrouwbaar
(``docs/onderzoek.md``).
"""
