"""De regio als leesbare Nederlandse tekst met tabellen; labels van de woningfiguren uit de tabel van figuren."""

from __future__ import annotations

from kostprijs.core.afronding import rond_af
from kostprijs.keuzes import CONVENTIES
from kostprijs.notatie import nl_getal, nl_procent
from kostprijs.regio.analyse import RegioUitkomst

VERGELIJK: tuple[str, ...] = (
    "tarief_per_bezet_etmaal", "tarief_per_plaats_per_jaar", "vast_per_jaar", "variabel_per_bezet_etmaal",
    "amvb_a_per_bezet_etmaal", "amvb_b_per_bezet_etmaal", "amvb_c_per_bezet_etmaal", "amvb_d_per_bezet_etmaal",
    "amvb_buiten_risico_per_bezet_etmaal",
)
"""Figuren in de vergelijking van de woningen (labels uit :data:`kostprijs.figuren.TABEL`)."""


def _tabel(kop: list[str], rijen: list[list[str]]) -> str:
    from kostprijs.cli.weergave import tabel

    return tabel(kop, rijen)


def _geld(x: float) -> str:
    return nl_getal(rond_af(x))


def woningen_tekst(u: RegioUitkomst) -> str:
    """De woningen naast elkaar: figuren, conventies en tarieftreden."""
    eerste = u.woningen[0].resultaat
    rijen = [[eerste.figuur(k).omschrijving, *(nl_getal(w.resultaat.figuur(k).afgerond) for w in u.woningen)]
             for k in VERGELIJK]
    verschil = [k for k in eerste.conventies if len({w.resultaat.conventies.get(k, "") for w in u.woningen}) > 1]
    if verschil:
        rijen.append([])
        rijen += [[f"conventie: {CONVENTIES.get(k, k).lower()}",
                   *(w.resultaat.conventies.get(k, "")[:40] for w in u.woningen)] for k in verschil]
    delen = [_tabel(["", *(f"{w.naam} (x{w.aantal})" for w in u.woningen)], rijen)]
    gelijk = [k for k in eerste.conventies if k not in verschil]
    if gelijk:
        delen.append("Conventies gelijk bij alle woningen: " + "; ".join(
            f"{k.replace('_', ' ')}: {eerste.conventies[k]}" for k in gelijk))
    for w in u.woningen:
        if w.treden:
            t = [[x.naam, "" if x.aandeel is None else nl_procent(x.aandeel, 0),
                  nl_getal(x.resultaat.tarief_per_bezet_etmaal)] for x in w.treden]
            g = w.gemengd_tarief
            if g is not None:
                t.append(["gemengd (verwachte mix)", "100%", _geld(g)])
            delen += ["", f"Tarief per zorgintensiteit: {w.naam}", _tabel(["niveau", "mix", "tarief"], t)]
    return "\n".join(delen)


def capaciteit_tekst(u: RegioUitkomst) -> str:
    """De goedkoopste configuratie per aantal plaatsen en clustergrootte, en de keuze."""
    cap = u.capaciteit
    if cap is None:
        return ""
    r = u.gelezen.regio
    beste: dict[tuple[int, int], dict[str, float]] = {}
    for rij in cap.rijen():
        sleutel = (int(rij["plaatsen"]), int(rij["cluster"]))
        if rij["haalt_norm"] and (sleutel not in beste or rij["kosten_per_jaar"] < beste[sleutel]["kosten_per_jaar"]):
            beste[sleutel] = rij
    rijen = [[str(c), str(k), str(int(b["woningen"])), nl_procent(b["weigerkans"]), nl_procent(b["bezettingsgraad"]),
              nl_getal(b["leegstand_dagen"], 0), _geld(b["kosten_per_bezet_etmaal"]), _geld(b["kosten_per_jaar"])]
             for (c, k), b in sorted(beste.items())]
    g = cap.gekozen()
    keuze = ("geen configuratie haalt de norm; verhoog max_woningen of de weigerkans" if g is None else
             f"{g['woningen']} woningen van {g['plaatsen']} plaatsen, clusters van {g['cluster']}: weigerkans "
             f"{nl_procent(g['weigerkans'])}, bezetting {nl_procent(g['bezettingsgraad'])}, "
             f"EUR {_geld(g['kosten_per_bezet_etmaal'])} per bezet etmaal, EUR {_geld(g['kosten_per_jaar'])} per jaar")
    klein = [[str(x["plaatsen"]), _geld(x["tarief_per_bezet_etmaal"]), _geld(x["tarief_per_plaats_per_jaar"])]
             for x in u.grootte]
    return "\n".join([
        f"Capaciteit voor {nl_getal(r.verwijzingen_per_jaar, 1)} verwijzingen per jaar, verblijf "
        f"{nl_getal(r.vraag.verblijfsduur_dagen, 0)} dagen, loket {r.vraag.loket.replace('_', ' ')}; norm: "
        f"hoogstens {nl_procent(cap.max_weigerkans, 0)} geweigerd (Erlang-verlies)",
        _tabel(["plaatsen", "cluster", "woningen", "weigerkans", "bezetting", "leegstand (dagen)",
                "kosten/bezet etmaal", "kosten per jaar"], rijen),
        f"Goedkoopste: {keuze}",
        "",
        "Het kleine-woningeffect: tarief bij de normbezetting naar grootte",
        _tabel(["plaatsen", "tarief per bezet etmaal", "tarief per plaats per jaar"], klein),
    ])


def verdeling_tekst(u: RegioUitkomst) -> str:
    """Per gemeente: betaling ieder voor zich en in het fonds, met P5-P95 en de winst aan rust."""
    v = u.verdeling
    rijen = [[x["naam"], nl_procent(x["verwacht_gebruik"], 1), nl_procent(x["aandeel"], 1),
              _geld(x["alleen"]["verwacht"]), f"{_geld(x['alleen']['p5'])} - {_geld(x['alleen']['p95'])}",
              _geld(x["fonds"]["verwacht"]), f"{_geld(x['fonds']['p5'])} - {_geld(x['fonds']['p95'])}",
              nl_procent(x["minder_variantie_in_fonds"], 0)] for x in v.rijen()]
    return "\n".join([
        f"Wie betaalt de leegstand? Regio verwacht EUR {_geld(u.totaal_per_jaar)} per jaar "
        f"({v.runs} Monte Carlo-jaren, seed {v.seed}); fondssleutel: {v.sleutel}",
        _tabel(["gemeente", "gebruik", "aandeel", "ieder voor zich", "P5 - P95", "fonds", "P5 - P95",
                "minder variantie"], rijen),
    ])


def begroting_tekst(u: RegioUitkomst) -> str:
    """Meerjarenbegroting per gemeente (fondssleutel)."""
    if not u.begroting:
        return ""
    r = u.gelezen.regio
    assert r.begroting is not None
    kop = ["gemeente", *(str(b.jaar) for b in u.begroting)]
    rijen = [[g.naam, *(_geld(b.per_gemeente[i]) for b in u.begroting)] for i, g in enumerate(r.gemeenten)]
    rijen += [[], ["regio", *(_geld(b.totaal) for b in u.begroting)],
              ["index", *(nl_procent(b.index, 1) for b in u.begroting)]]
    return "\n".join([f"Meerjarenbegroting (tarief x verwachte bezette dagen; index: {r.begroting.bron})",
                      _tabel(kop, rijen)])


def regio_tekst(u: RegioUitkomst) -> str:
    """Alles onder elkaar."""
    r = u.gelezen.regio
    delen = [f"Regio {r.naam} ({r.jaar}): {len(r.gemeenten)} gemeenten, {sum(w.aantal for w in r.woningen)} woningen",
             "", "Woningen naast elkaar (elk gelijk aan `kostprijs bereken` op het eigen model)", woningen_tekst(u)]
    for tekst in (capaciteit_tekst(u), verdeling_tekst(u), begroting_tekst(u)):
        if tekst:
            delen += ["", tekst]
    return "\n".join(delen)
