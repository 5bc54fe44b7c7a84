"""Kalender: Pasen en de feestdagen op een werkdag, tegen bekende data en een telling met de hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kostprijs.errors import KostprijsFout
from kostprijs.kalender import aantal_feestdagen_op_werkdag, feestdagen, feestdagen_op_werkdag, pasen

# Eerste Paasdag, uit gepubliceerde kalenders (onafhankelijk van het algoritme).
BEKENDE_PASEN = {
    1818: dt.date(1818, 3, 22),  # vroegst mogelijke datum
    1943: dt.date(1943, 4, 25),  # laatst mogelijke datum
    2000: dt.date(2000, 4, 23),
    2008: dt.date(2008, 3, 23),
    2011: dt.date(2011, 4, 24),
    2019: dt.date(2019, 4, 21),
    2024: dt.date(2024, 3, 31),
    2025: dt.date(2025, 4, 20),
    2026: dt.date(2026, 4, 5),
    2038: dt.date(2038, 4, 25),
    2285: dt.date(2285, 3, 22),
}


@pytest.mark.parametrize(("jaar", "verwacht"), BEKENDE_PASEN.items())
def test_pasen_bekende_data(jaar: int, verwacht: dt.date) -> None:
    assert pasen(jaar) == verwacht


def test_pasen_gelijk_aan_dateutil() -> None:
    easter = pytest.importorskip("dateutil.easter").easter
    for jaar in range(1583, 3000):
        assert pasen(jaar) == easter(jaar), jaar


@given(st.integers(1583, 4099))
def test_pasen_is_zondag_tussen_22_maart_en_25_april(jaar: int) -> None:
    p = pasen(jaar)
    assert p.weekday() == 6
    assert dt.date(jaar, 3, 22) <= p <= dt.date(jaar, 4, 25)


# Telling met de hand (CAO 9.7: nieuwjaar, 2e paasdag, koningsdag, 5 mei, hemelvaart, 2e pinksterdag,
# 1e en 2e kerstdag), weekdagen opgezocht in een kalender.
HANDTELLING = {
    2024: [  # Pasen 31 maart
        ("2024-01-01", "nieuwjaarsdag"),        # maandag
        ("2024-04-01", "tweede_paasdag"),       # maandag
        # koningsdag 27 april: zaterdag; bevrijdingsdag 5 mei: zondag
        ("2024-05-09", "hemelvaartsdag"),       # donderdag
        ("2024-05-20", "tweede_pinksterdag"),   # maandag
        ("2024-12-25", "eerste_kerstdag"),      # woensdag
        ("2024-12-26", "tweede_kerstdag"),      # donderdag
    ],
    2025: [  # Pasen 20 april
        ("2025-01-01", "nieuwjaarsdag"),        # woensdag
        ("2025-04-21", "tweede_paasdag"),       # maandag
        # koningsdag: 27 april is zondag, dus zaterdag 26 april
        ("2025-05-05", "bevrijdingsdag"),       # maandag
        ("2025-05-29", "hemelvaartsdag"),       # donderdag
        ("2025-06-09", "tweede_pinksterdag"),   # maandag
        ("2025-12-25", "eerste_kerstdag"),      # donderdag
        ("2025-12-26", "tweede_kerstdag"),      # vrijdag
    ],
    2026: [  # Pasen 5 april
        ("2026-01-01", "nieuwjaarsdag"),        # donderdag
        ("2026-04-06", "tweede_paasdag"),       # maandag
        ("2026-04-27", "koningsdag"),           # maandag
        ("2026-05-05", "bevrijdingsdag"),       # dinsdag
        ("2026-05-14", "hemelvaartsdag"),       # donderdag
        ("2026-05-25", "tweede_pinksterdag"),   # maandag
        ("2026-12-25", "eerste_kerstdag"),      # vrijdag
        # tweede kerstdag 26 december: zaterdag
    ],
}


@pytest.mark.parametrize("jaar", sorted(HANDTELLING))
def test_feestdagen_op_werkdag_tegen_handtelling(jaar: int) -> None:
    verwacht = [(dt.date.fromisoformat(d), n) for d, n in HANDTELLING[jaar]]
    assert feestdagen_op_werkdag(jaar) == verwacht
    assert aantal_feestdagen_op_werkdag(jaar) == len(verwacht)


def test_aantallen() -> None:
    assert [aantal_feestdagen_op_werkdag(j) for j in (2024, 2025, 2026)] == [6, 7, 7]


def test_koningsdag_op_zaterdag_als_27_april_zondag_is() -> None:
    assert dict((n, d) for d, n in feestdagen(2025))["koningsdag"] == dt.date(2025, 4, 26)
    assert dict((n, d) for d, n in feestdagen(2024))["koningsdag"] == dt.date(2024, 4, 27)


def test_eigen_lijst_en_onbekende_feestdag() -> None:
    assert aantal_feestdagen_op_werkdag(2025, ["goede_vrijdag", "eerste_paasdag"]) == 1
    with pytest.raises(KostprijsFout, match="onbekende feestdag"):
        feestdagen(2025, ["sinterklaas"])


@given(st.integers(2024, 2100))
def test_hoogstens_acht_en_altijd_hemelvaart_en_pinkstermaandag(jaar: int) -> None:
    namen = {n for _, n in feestdagen_op_werkdag(jaar)}
    assert len(namen) <= 8
    assert {"hemelvaartsdag", "tweede_pinksterdag", "tweede_paasdag"} <= namen


def test_model_met_kalender(tmp_path: Path) -> None:
    """``feestdagen_op_werkdag: kalender`` geeft in 2025 hetzelfde tarief als de ingetypte 7 (668,66)."""
    from kostprijs import bereken, lees_model_tekst

    ref = (Path(__file__).resolve().parents[1] / "examples" / "kwv-4-plaatsen.yaml").read_text(encoding="utf-8")
    assert "feestdagen_op_werkdag: 7" in ref
    r = bereken(lees_model_tekst(ref.replace("feestdagen_op_werkdag: 7", "feestdagen_op_werkdag: kalender")))
    assert r.tarief_per_bezet_etmaal == 668.66
    f = r.figuur("feestdagen_op_werkdag")
    uitleg = f.uitleg()
    assert f.waarde == 7 and "kalender 2025" in uitleg and "bevrijdingsdag 2025-05-05" in uitleg
    # 2024 (schrikkeljaar, 6 feestdagen op een werkdag): meer netto uren, dus minder fte dan met 7
    m24 = ref.replace("feestdagen_op_werkdag: 7", "feestdagen_op_werkdag: kalender") \
        .replace("jaar: 2025", "jaar: 2024")
    r24 = bereken(lees_model_tekst(m24))
    assert r24.figuur("feestdagen_op_werkdag").waarde == 6
    verschil = r24.waarde("netto_uren_per_fte") - r.waarde("netto_uren_per_fte")
    assert verschil == pytest.approx(7.2)  # één feestdag x 7,2 uur


def test_invoer_geeft_gebruikte_waarde_terug() -> None:
    from kostprijs import bereken, lees_model

    r = bereken(lees_model(Path(__file__).resolve().parents[1] / "examples" / "kwv-4-plaatsen.yaml"))
    f = r.figuur("feestdagen_op_werkdag")
    assert f.waarde == 7 and "feestdagen_op_werkdag = 7: eigen waarde uit het model" in f.uitleg()


def test_kalender_voor_de_cao_lijst_geeft_nette_fout() -> None:
    """De kalender wordt bij het oplossen opgezocht: fout met YAML-pad en regel, geen traceback."""
    from kostprijs import InvoerFout, bereken, lees_model_tekst

    ref = (Path(__file__).resolve().parents[1] / "examples" / "kwv-4-plaatsen.yaml").read_text(encoding="utf-8")
    tekst = ref.replace("feestdagen_op_werkdag: 7", "feestdagen_op_werkdag: kalender")
    tekst = tekst.replace("jaar: 2025", "jaar: 2023")
    with pytest.raises(InvoerFout) as e:
        bereken(lees_model_tekst(tekst, "m.yaml"))
    assert "productiviteit.feestdagen_op_werkdag (m.yaml, regel" in str(e.value)
    assert "vanaf 2024-01-01" in str(e.value) and "zelf op" in str(e.value)


def test_kalender_fout_in_model() -> None:
    from kostprijs import InvoerFout, lees_model_tekst

    ref = (Path(__file__).resolve().parents[1] / "examples" / "kwv-4-plaatsen.yaml").read_text(encoding="utf-8")
    with pytest.raises(InvoerFout) as e:
        lees_model_tekst(ref.replace("feestdagen_op_werkdag: 7", "feestdagen_op_werkdag: kalendr"), "m.yaml")
    assert "productiviteit.feestdagen_op_werkdag" in str(e.value) and "'kalender'" in str(e.value)


def test_doctests_kalender() -> None:
    import doctest

    import kostprijs.kalender

    assert doctest.testmod(kostprijs.kalender).failed == 0
