"""De referentiecasus docs/referentiecasus.md, figuur voor figuur.

De verwachte getallen hieronder zijn overgenomen uit dat casusbestand (met de hand berekend in
``docs/referentiecasus.md#uitkomsten``), niet uit kostprijs: geld op de cent, uren en fte op 4 decimalen.
"""

from __future__ import annotations

import pytest

from kostprijs import KwvModel, bereken

# (figuur, verwacht, decimalen) - uit docs/referentiecasus.md, "Uitkomsten" (met de hand berekend)
VERWACHT = [
    ("roosteruren_per_jaar", 11054.2857, 4),
    ("contracturen_per_fte", 1877.1429, 4),
    ("netto_uren_per_fte", 1401.9571, 4),
    ("fte.groepsleiding", 7.8849, 4),
    ("kosten_per_fte.groepsleiding", 67338.18, 2),
    ("kosten_per_fte.gedragswetenschapper", 90737.40, 2),
    ("kosten_per_fte.teamleider", 81663.66, 2),
    ("personeelskosten_per_jaar", 560897.86, 2),
    ("clientkosten_per_jaar", 42048.00, 2),
    ("huisvesting_per_jaar", 49100.00, 2),
    ("overhead_per_jaar", 200981.95, 2),
    ("kostprijs_per_jaar", 853027.82, 2),
    ("risico_per_jaar", 25590.83, 2),
    ("tariefbudget_per_jaar", 878618.65, 2),
    ("tarief_per_bezet_etmaal", 668.66, 2),
    ("bezette_etmalen", 1314, 4),
    # ``docs/referentiecasus.md#uitkomsten``: opbouw kosten per fte
    ("werkgeverslasten_per_fte.groepsleiding", 13985.62, 2),
    ("overige_personeelskosten_per_fte.groepsleiding", 1553.96, 2),
    ("bruto_per_fte.gedragswetenschapper", 69798.00, 2),
    ("werkgeverslasten_per_fte.teamleider", 16960.91, 2),
    # ``docs/referentiecasus.md#uitkomsten``: regels per jaar en per bezet etmaal
    ("personeelskosten.groepsleiding", 530954.52, 2),
    ("personeelskosten.gedragswetenschapper", 13610.61, 2),
    ("personeelskosten.teamleider", 16332.73, 2),
    ("personeel_per_bezet_etmaal", 426.86, 2),
    ("huisvesting_per_bezet_etmaal", 37.37, 2),
    ("overhead_per_bezet_etmaal", 152.95, 2),
    ("kostprijs_per_bezet_etmaal", 649.18, 2),
    ("risico_per_bezet_etmaal", 19.48, 2),
    # ``docs/referentiecasus.md#uitkomsten``: AMvB-indeling (coördinatoren onder b)
    ("amvb_a_per_bezet_etmaal", 404.07, 2),
    ("amvb_b_per_bezet_etmaal", 54.79, 2),
    ("amvb_c_per_bezet_etmaal", 190.32, 2),
    ("amvb_d_per_bezet_etmaal", 0.00, 2),
    # case: beschikbaarheidsfinanciering; ``docs/referentiecasus.md#uitkomsten``
    ("vast_per_jaar", 820872.73, 2),
    ("vast_per_plaats_per_jaar", 205218.18, 2),
    ("variabel_per_bezet_etmaal", 43.95, 2),
]


@pytest.mark.parametrize(("sleutel", "verwacht", "decimalen"), VERWACHT, ids=[v[0] for v in VERWACHT])
def test_figuur(referentie_model: KwvModel, sleutel: str, verwacht: float, decimalen: int) -> None:
    r = bereken(referentie_model)
    assert r.figuur(sleutel).afgerond == pytest.approx(verwacht, abs=10 ** -(decimalen + 2))
    assert round(r.waarde(sleutel), decimalen) == pytest.approx(verwacht, abs=0.6 * 10**-decimalen)


def test_kopgetal_en_productiviteit(referentie_model: KwvModel) -> None:
    r = bereken(referentie_model)
    assert r.tarief_per_bezet_etmaal == 668.66
    assert round(100 * r.waarde("productiviteit"), 2) == 74.69


# case: "Tariff per occupied day when only the occupancy changes"
BEZETTINGSRIJ = {0.80: 746.75, 0.85: 705.41, 0.90: 668.66, 0.95: 635.78, 1.00: 606.19}


@pytest.mark.parametrize(("bezetting", "tarief"), sorted(BEZETTINGSRIJ.items()))
def test_bezettingsrij(referentie_model: KwvModel, bezetting: float, tarief: float) -> None:
    model = referentie_model.model_copy(update={"bezettingsgraad": bezetting})
    assert bereken(model).tarief_per_bezet_etmaal == tarief


def test_vast_plus_variabel_betaalt_hetzelfde_bij_normbezetting(referentie_model: KwvModel) -> None:
    r = bereken(referentie_model)
    d = r.waarde("bezette_etmalen")
    opbrengst = r.waarde("vast_per_jaar") + r.waarde("variabel_per_bezet_etmaal") * d
    assert opbrengst == pytest.approx(r.waarde("tariefbudget_per_jaar"), rel=1e-12)
    # ``docs/referentiecasus.md#uitkomsten``: (820.872,73 + 43,95 x 1.314) / 1.314 = 668,66 (met afgeronde delen)
    assert round((820872.73 + 43.95 * 1314) / 1314, 2) == r.tarief_per_bezet_etmaal


def test_afgeleide_varianten_uit_methode(referentie_model: KwvModel) -> None:
    """``docs/referentiecasus.md#uitkomsten``: wakende nacht 8,9263 fte / 741,95; licht rooster 5,2070 fte / 480,19."""
    rooster = referentie_model.rooster
    diensten = list(rooster.diensten)
    nacht = diensten[3].model_copy(update={"soort": "wakker"})
    wakend = referentie_model.model_copy(
        update={"rooster": rooster.model_copy(update={"diensten": [*diensten[:3], nacht]})}
    )
    r = bereken(wakend)
    assert r.figuur("fte.groepsleiding").afgerond == 8.9263
    assert r.tarief_per_bezet_etmaal == 741.95
    dag = diensten[0].model_copy(update={"begin": "07:00", "eind": "23:00"})
    licht = referentie_model.model_copy(
        update={"rooster": rooster.model_copy(update={"diensten": [dag, diensten[3]]})}
    )
    r = bereken(licht)
    assert r.figuur("fte.groepsleiding").afgerond == 5.2070
    assert r.tarief_per_bezet_etmaal == 480.19
