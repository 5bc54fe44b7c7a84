"""Financieringsvormen en aanloop voor de pagina: dezelfde rekenwijze als ``kostprijs financiering`` en
``kostprijs aanloop`` (:mod:`kostprijs.scenario.financiering`, :mod:`kostprijs.scenario.aanloop`).

Het scenario komt uit een klein formulier (plaatsen, start, stabilisatie, gat, verblijf, Monte
Carlo-jaren) en wordt gevalideerd als :class:`kostprijs.scenario.invoer.Scenario`, zodat fouten dezelfde
Nederlandse meldingen geven als ``--scenario SCENARIO.yaml``. De regels zijn de standaardvergelijking van
de CLI (:data:`kostprijs.cli.financiering.STANDAARD_REGELS`).
"""

from __future__ import annotations

from typing import Any

from kostprijs.errors import InvoerFout, Melding
from kostprijs.inputs import KwvModel
from kostprijs.notatie import nl_getal, nl_procent
from kostprijs.web import grafiek

MAANDEN = 12


def _getal(tekst: Any, veld: str, geheel: bool = False) -> Any:
    """Tekst uit het formulier als getal (komma of punt); anders de tekst zelf (de validatie meldt het)."""
    if tekst is None or (isinstance(tekst, str) and not tekst.strip()):
        return None
    t = str(tekst).strip().replace(",", ".")
    try:
        getal = float(t)
    except ValueError:
        return tekst
    return int(getal) if geheel and getal.is_integer() else getal


def scenario(model: KwvModel, invoer: Any) -> Any:
    """Het :class:`Scenario` uit het formulier (wachtlijst; leeg = standaard)."""
    from kostprijs.scenario.invoer import Scenario, maak

    v = invoer if isinstance(invoer, dict) else {}
    start: Any = str(v.get("start") or "stationair").strip()
    if start != "stationair":
        start = _getal(start, "start", geheel=True)
    stabilisatie = _getal(v.get("stabilisatie"), "stabilisatie") or 0.0
    b: dict[str, Any] = {"plaatsen": _getal(v.get("plaatsen"), "plaatsen", True) or model.plaatsen,
                         "soort": "wachtlijst", "gat_dagen": _getal(v.get("gat"), "gat") or 45.0,
                         "verblijfsduur_dagen": _getal(v.get("verblijf"), "verblijf") or 365.0}
    plafond = start if isinstance(start, int) and isinstance(stabilisatie, float | int) and stabilisatie > 0 else None
    data = {"bezetting": b, "aanwezig_bij_start": start, "stabilisatie_dagen": stabilisatie, "plafond": plafond,
            "runs": _getal(v.get("runs"), "runs", True) or 20_000}
    return maak(Scenario, data, "scenario")


def vergelijking(model: KwvModel, invoer: Any) -> dict[str, Any]:
    """Tabel en grafieken van de financieringsvormen en de aanloop voor ``_bezetting.html``."""
    from kostprijs.cli.financiering import STANDAARD_REGELS
    from kostprijs.scenario import aanloop
    from kostprijs.scenario import financiering as fi

    sc = scenario(model, invoer)
    if sc.runs > 200_000:
        raise InvoerFout([Melding("scenario.runs", "hoogstens 200.000 Monte Carlo-jaren in de webapplicatie")])
    regels = fi.regels_uit(STANDAARD_REGELS)
    v = fi.vergelijk_volledig(model, sc, regels)
    df, a = v.tabel, v.tabel.attrs
    rijen = [{"regel": r["regel"], "betaling": nl_getal(float(r["betaling"]), 0),
              "sd_betaling": nl_getal(float(r["sd_betaling"]), 0), "resultaat": nl_getal(float(r["resultaat"]), 0),
              "p5": nl_getal(float(r["p5_resultaat"]), 0), "kans": nl_procent(float(r["kans_verlies"]), 1)}
             for r in df.to_dict("records")]
    staafjes = grafiek.staven(list(df["regel"]), list(df["resultaat"]), list(df["p5_resultaat"]),
                              list(df["p95_resultaat"]), "Jaarresultaat aanbieder per financieringsvorm",
                              "EUR per jaar", grafiek.euro)
    zonder_gat = [r for r in regels if getattr(r, "max_dagen_per_gat", None) is None]
    pad = aanloop.aanloop(model, zonder_gat, scenario=sc, maanden=MAANDEN)
    som = aanloop.samenvatting(pad)
    reeksen = [grafiek.Reeks(str(naam), list(g["maand"]), list(g["cumulatief"]))
               for naam, g in pad.groupby("regel", sort=False)]
    lijn = grafiek.lijnen(reeksen, "Aanloop: cumulatief resultaat per financieringsvorm", "maand", "EUR",
                          lambda x: nl_getal(x, 0), grafiek.euro)
    k = {"bezetting": nl_procent(a["bezetting_exact"], 1), "sd": nl_procent(a["sd_bezetting_exact"], 1),
         "bezetting_mc": nl_procent(a["bezetting_mc"], 1), "runs": nl_getal(a["runs"], 0), "seed": a["seed"],
         "stationair": nl_procent(a["stationaire_bezetting"], 1), "vast": nl_getal(a["vast_kosten"], 0),
         "variabel": nl_getal(a["variabel_kosten"], 2), "begroting": nl_getal(a["begroting"], 0)}
    aan = [{"regel": r["regel"], **{k: nl_getal(float(r[k]), 0) for k in ("opbrengst", "kosten", "resultaat",
                                                                           "startbedrag")}}
           for r in som.to_dict("records")]
    return {"k": k, "rijen": rijen, "financiering": staafjes, "aanloop": aan, "aanloopgrafiek": lijn,
            "maanden": MAANDEN}
