"""De rekenbladen: Formatie, Personeelskosten, Huisvesting, Overhead, Tariefopbouw en Bezetting.

Elk blad wordt geschreven uit de tabel van figuren (:data:`kostprijs.figuren.TABEL`): per rij het label,
de Excel-formule, de eenheid en de formule in woorden; als opgeslagen resultaat de waarde uit het
resultaat van Python (:class:`kostprijs.results.Resultaat`, met de volledige opbouw). Het werkboek rekent
zelf niets uit. Opeenvolgende rijen met dezelfde as (dienst, functie) worden één tabel.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from typing import Any

from kostprijs.core.keten import KernInvoer, Opbouw
from kostprijs.excel.blad import Blad, cel
from kostprijs.excel.vrije_regels import met_vrije_regels
from kostprijs.figuren import AFGEROND, BEZETTING, GERAPPORTEERD, TABEL, Cel, Rij, cellen, excel_formule, waarde_in
from kostprijs.oplossen import Structuur
from kostprijs.results import Resultaat


@dataclass
class Context:
    """Wat elk rekenblad nodig heeft: het resultaat, en invoer, vorm en opbouw met de vrije regels erbij."""

    res: Resultaat
    kern: KernInvoer
    s: Structuur
    opbouw: Opbouw

    @classmethod
    def van(cls, res: Resultaat, diensten: int, functies: int) -> Context:
        """De context van een werkboek met ``diensten`` en ``functies`` regels (zie :mod:`.vrije_regels`)."""
        assert res.kern is not None and res.structuur is not None
        return cls(res, *met_vrije_regels(res.kern, res.structuur, diensten, functies))

    def waarde(self, c: Cel) -> float:
        """De waarde van een cel uit de opbouw (van de kern, met de vrije regels)."""
        w = waarde_in(self.opbouw, self.kern, c.rij.waarde)
        return float(w[..., c.index] if c.index is not None else w)

    def figuur(self, c: Cel) -> str | None:
        """De figuursleutel als deze cel een figuur van het resultaat is."""
        return c.sleutel if c.sleutel in self.res.figuren else None


def notatie(eenheid: str) -> str:
    """Getalnotatie (:data:`kostprijs.excel.opmaak.NOTATIES`) bij een eenheid uit de tabel van figuren."""
    if eenheid.startswith("EUR"):
        return "geld"
    return {"fte": "fte", "%": "procent", "factor": "factor", "etmalen per jaar": "etmalen",
            "dagen per jaar": "geheel", "dagen per week": "geheel", "ja = 1, nee = 0": "geheel",
            "weken per jaar": "getal"}.get(eenheid, "uren")


def _schrijf(b: Blad, c: Context, cel_: Cel, rij: int, kol: int) -> None:
    formule = excel_formule(cel_, c.s)
    w = c.waarde(cel_)
    if formule is None:
        b.ws.write_number(rij, kol, w, b.op.cel("vast", notatie(cel_.rij.eenheid)))
        b.noem(cel_.naam, rij, kol)
        if c.figuur(cel_):
            b.reg.figuren[cel_.sleutel] = f"{b.naam}!{cel(rij, kol)}"
            b.reg.vast[f"{b.naam}!{cel(rij, kol)}"] = w
        return
    b.formule(rij, kol, formule, w, notatie(cel_.rij.eenheid), naam=cel_.naam, figuur=c.figuur(cel_))


def _regel(b: Blad, c: Context, cel_: Cel) -> None:
    """Een rij label | waarde | eenheid | formule in woorden."""
    b.label(b.rij, 0, cel_.label)
    _schrijf(b, c, cel_, b.rij, 1)
    b.label(b.rij, 2, cel_.rij.eenheid)
    b.tekstvak(b.rij, 3, 3, cel_.rij.woorden, b.op.toelichting)
    b.rij += 1


def _tabel(b: Blad, c: Context, rijen: list[Rij]) -> None:
    """Rijen met een as als één tabel: een regel per dienst of functie, een kolom per rij van de tabel."""
    per = rijen[0].per
    namen = c.s.diensten if per == "dienst" else c.s.functies
    kolommen = [[x for x in cellen(c.s, (r,), werkboek=True)] for r in rijen]
    kolommen = [k for k in kolommen if k]
    b.kop(rijen[0].kop or ("Per dienst" if per == "dienst" else "Per functie"), len(kolommen) + 1)
    b.koppen(["Dienst" if per == "dienst" else "Functie",
              *(f"{k[0].rij.label.replace(' {naam}', '').replace(' dienst', '')} ({k[0].rij.eenheid})"
                for k in kolommen)])
    for i, naam in enumerate(namen):
        if naam:
            b.tekst(b.rij, 0, naam)
        else:
            b.tekst(b.rij, 0, f"vrije regel {i + 1}", b.op.vrij)
        for j, k in enumerate(kolommen):
            _schrijf(b, c, k[i], b.rij, j + 1)
        b.rij += 1


def blad(b: Blad, c: Context, naam: str) -> None:
    """Schrijf alle rijen van de tabel met ``blad == naam``, in de volgorde van de tabel."""
    rijen = [r for r in TABEL if r.blad == naam]
    for per, groep in groupby(rijen, key=lambda r: r.per):
        lijst = list(groep)
        if per:
            _tabel(b, c, lijst)
            continue
        for r in lijst:
            if r.kop:
                b.kop(r.kop)
            for cel_ in cellen(c.s, (r,), werkboek=True):
                _regel(b, c, cel_)


GRAFIEK_LAATSTE_KOLOM = 15
"""De grafiek op Bezetting staat in de kolommen H tot en met P: die horen bij het afdrukbereik."""

VERWIJZINGEN: tuple[tuple[str, str], ...] = (
    ("Personeel (tabblad Personeelskosten)", "personeelskosten_per_jaar"),
    ("Huisvesting (tabblad Huisvesting)", "huisvesting_per_jaar"),
    ("Overhead (tabblad Overhead)", "overhead_per_jaar"),
)
"""Figuren van andere bladen die Tariefopbouw ter overzicht toont (een verwijzing, geen formule)."""


def tariefopbouw(b: Blad, c: Context) -> None:
    """Het blad Tariefopbouw: eerst de kostencomponenten van de andere bladen, dan de tabel, dan de kopgetallen."""
    b.kop("Componenten van de kostprijs (van de andere tabbladen)")
    for label, sleutel in VERWIJZINGEN:
        b.regel(label, f"verwijzing_{sleutel}", sleutel, c.res.waarde(sleutel), "geld", "EUR per jaar")
    blad(b, c, "Tariefopbouw")
    gerapporteerd(b, c)


def gerapporteerd(b: Blad, c: Context) -> None:
    """De kopgetallen afgerond op centen: de enige ROUND-cellen van het werkboek."""
    from kostprijs.core.afronding import rond_af

    b.kop("Gerapporteerd (rekenkundig afgerond op centen)")
    for sleutel in GERAPPORTEERD:
        f = c.res.figuur(sleutel)
        b.regel(f.omschrijving, f"{sleutel}_afgerond", AFGEROND.excel.format(naam=sleutel),  # type: ignore[union-attr]
                rond_af(f.waarde), "geld", f.eenheid, AFGEROND.woorden, soort="gerapporteerd")


def bezetting(b: Blad, c: Context) -> None:
    """Het blad Bezetting: tarief bij 50% tot 100% bezetting, live formules en een grafiek."""
    from kostprijs.core.afronding import rond_af

    koppen = ["Bezettingsgraad (%)", "Bezette etmalen (per jaar)", "Tariefbudget (EUR per jaar)",
              "Tarief (EUR per bezet etmaal)", "Tarief afgerond (EUR per bezet etmaal)",
              "Waarvan leegstand (EUR per bezet etmaal)"]
    b.kop("Tarief bij andere bezettingsgraden (vaste kosten blijven gelijk)", len(koppen))
    b.koppen(list(koppen))
    b.ws.repeat_rows(0, b.rij - 1)
    eerste = b.rij
    sj = {k: r.excel or "" for k, r in BEZETTING.items()}
    for punt in c.res.bezettingsrij:
        r = b.rij
        b.ws.write_number(r, 0, punt.bezettingsgraad, b.op.cel("vast", "procent"))
        etm, budget = cel(r, 1), cel(r, 2)
        b.formule(r, 1, sj["bezetting.etmalen"].format(b=cel(r, 0)), punt.bezette_etmalen, "etmalen")
        b.formule(r, 2, sj["bezetting.tariefbudget"].format(etm=etm), punt.tariefbudget, "geld")
        b.formule(r, 3, sj["bezetting.tarief"].format(budget=budget, etm=etm), punt.tarief_per_bezet_etmaal, "geld")
        b.formule(r, 4, (AFGEROND.excel or "").format(naam=cel(r, 3)), rond_af(punt.tarief_per_bezet_etmaal), "geld",
                  soort="gerapporteerd")
        b.formule(r, 5, sj["bezetting.leegstand"].format(etm=etm), punt.leegstand_per_bezet_etmaal, "geld")
        b.rij += 1
    laatste = b.rij - 1
    b.ws.conditional_format(eerste, 0, laatste, 5, {
        "type": "formula", "criteria": "=" + sj["bezetting.markering"].format(rij=eerste + 1),
        "format": b.wb.add_format({"bold": True, "font_color": "#C00000"})})
    _grafiek(b, eerste, laatste)


def _grafiek(b: Blad, eerste: int, laatste: int) -> None:
    g: Any = b.wb.add_chart({"type": "line"})
    g.add_series({
        "name": "Tarief per bezet etmaal",
        "categories": [b.naam, eerste, 0, laatste, 0],
        "values": [b.naam, eerste, 4, laatste, 4],
        "line": {"color": "#1F4E78", "width": 2.25},
    })
    g.set_title({"name": "Tarief per bezet etmaal naar bezettingsgraad"})
    g.set_x_axis({"name": "Bezettingsgraad", "num_format": "0%", "interval_unit": 5, "interval_tick": 5})
    g.set_y_axis({"name": "EUR per bezet etmaal", "num_format": "[$€-413] #,##0", "major_gridlines":
                  {"visible": True, "line": {"color": "#D9D9D9"}}})
    g.set_legend({"none": True})
    g.set_size({"width": 620, "height": 360})
    b.ws.insert_chart(3, 7, g)
