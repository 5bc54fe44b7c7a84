"""Korte Nederlandse notitie (PDF, 2-4 pagina's) voor college of bestuur, gezet met Typst (PyPI-pakket ``typst``).

Waarom Typst: het pakket levert de zetmachine en de lettertypen als Python-wiel; er is geen extern programma
(LaTeX, een browser, LibreOffice) nodig, en hetzelfde sjabloon geeft ook PNG voor de documentatie. Het sjabloon
(``sjablonen/memo.typ``) rekent niets: alle tekst en getallen komen als JSON uit de :class:`RegioUitkomst`
(gebruikerstekst wordt zo nooit Typst-opmaak). De breedte van een staaf is alleen tekenwerk (waarde / maximum).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from kostprijs._versie import __version__
from kostprijs.core.afronding import rond_af
from kostprijs.errors import KostprijsFout
from kostprijs.notatie import nl_getal, nl_procent
from kostprijs.regio.analyse import RegioUitkomst
from kostprijs.regio.tekst import VERGELIJK


def _geld(x: float) -> str:
    return nl_getal(rond_af(x))


def _eur(x: float) -> str:
    return f"EUR {nl_getal(rond_af(x), 0)}"


def _hele(x: float) -> str:
    return nl_getal(rond_af(x), 0)


def gegevens(u: RegioUitkomst) -> dict[str, Any]:
    """Alle tekst en getallen van de notitie (JSON voor het sjabloon)."""
    r = u.gelezen.regio
    v = u.verdeling
    rijen = v.rijen()
    eerste = u.woningen[0].resultaat
    woningen: dict[str, Any] = {
        "kop": ["", *(f"{w.naam} (x{w.aantal})" for w in u.woningen)],
        "rijen": [[eerste.figuur(k).omschrijving, *(nl_getal(w.resultaat.figuur(k).afgerond) for w in u.woningen)]
                  for k in VERGELIJK[:4]],
        "uitlijning": ["left", *(["right"] * len(u.woningen))],
        "noot": "Elke kolom is de tariefopbouw van het eigen model (gelijk aan `kostprijs bereken`), in EUR.",
    }
    for w in u.woningen:
        if w.treden:
            woningen["rijen"] += [[f"tarief {t.naam} ({w.naam})",
                                   *(nl_getal(t.resultaat.tarief_per_bezet_etmaal) if x is w else ""
                                     for x in u.woningen)] for t in w.treden]
    kort = [f"De regio verwacht {_eur(u.totaal_per_jaar)} per jaar te betalen voor "
            f"{sum(w.aantal for w in r.woningen)} woningen onder de huidige financieringsvormen."]
    capaciteit = None
    grootte: list[dict[str, Any]] = []
    cap = u.capaciteit
    if cap is not None:
        g = cap.gekozen()
        if g is not None:
            kort.append(f"Goedkoopste capaciteit die hoogstens {nl_procent(cap.max_weigerkans, 0)} van de passende "
                        f"verwijzingen weigert: {g['woningen']} woningen van {g['plaatsen']} plaatsen (clusters van "
                        f"{g['cluster']}), {_eur(g['kosten_per_jaar'])} per jaar, {_geld(g['kosten_per_bezet_etmaal'])}"
                        " per bezet etmaal.")
        per_c: dict[int, dict[str, Any]] = {}
        for x in cap.rijen():
            if x["haalt_norm"] and (x["plaatsen"] not in per_c or x["kosten_per_jaar"] < per_c[x["plaatsen"]][
                    "kosten_per_jaar"]):
                per_c[x["plaatsen"]] = x
        capaciteit = {
            "tekst": f"Per woninggrootte de goedkoopste configuratie die de norm haalt (Erlang-verlies, "
                     f"{nl_getal(r.verwijzingen_per_jaar, 0)} verwijzingen per jaar, verblijf "
                     f"{nl_getal(r.vraag.verblijfsduur_dagen, 0)} dagen).",
            "kop": ["plaatsen", "woningen", "cluster", "weigerkans", "bezetting", "EUR per bezet etmaal",
                    "EUR per jaar"],
            "rijen": [[str(c), str(x["woningen"]), str(x["cluster"]), nl_procent(x["weigerkans"], 1),
                       nl_procent(x["bezettingsgraad"], 0), _geld(x["kosten_per_bezet_etmaal"]),
                       _hele(x["kosten_per_jaar"])] for c, x in sorted(per_c.items())],
            "uitlijning": ["right"] * 7,
        }
        hoogste = max((x["tarief_per_bezet_etmaal"] for x in u.grootte), default=1.0)
        grootte = [{"label": f"{x['plaatsen']} plaats{'en' if x['plaatsen'] > 1 else ''}",
                    "breedte": x["tarief_per_bezet_etmaal"] / hoogste, "waarde": _geld(x["tarief_per_bezet_etmaal"])}
                   for x in u.grootte]
    groot = max(rijen, key=lambda x: x["verwacht_gebruik"])
    kort.append(f"In een regionaal fonds (sleutel: {v.sleutel}) daalt de variantie van de jaarbetaling per gemeente "
                f"met {nl_procent(min(x['minder_variantie_in_fonds'] for x in rijen), 0)} tot "
                f"{nl_procent(max(x['minder_variantie_in_fonds'] for x in rijen), 0)}; voor {groot['naam']} ligt "
                f"de betaling dan tussen {_eur(groot['fonds']['p5'])} en {_eur(groot['fonds']['p95'])} in plaats van "
                f"{_eur(groot['alleen']['p5'])} en {_eur(groot['alleen']['p95'])}.")
    schaal = max(x["alleen"]["p95"] for x in rijen) or 1.0
    spreiding = [{"naam": x["naam"],
                  "alleen_van": x["alleen"]["p5"] / schaal, "alleen_breedte": (x["alleen"]["p95"] - x["alleen"]["p5"])
                  / schaal, "fonds_van": x["fonds"]["p5"] / schaal,
                  "fonds_breedte": (x["fonds"]["p95"] - x["fonds"]["p5"]) / schaal} for x in rijen]
    verdeling = {
        "tekst": f"Ieder voor zich betaalt elke gemeente naar haar eigen bezette dagen (dus ook de leegstand naar "
                 f"eigen gebruik); in het fonds haar vaste aandeel (sleutel: {v.sleutel}). Beide tellen op tot "
                 f"het regionale totaal. {v.runs} gesimuleerde jaren (seed {v.seed}).",
        "kop": ["gemeente", "aandeel", "ieder voor zich (EUR)", "P5 - P95", "fonds (EUR)", "P5 - P95",
                "minder variantie"],
        "rijen": [[x["naam"], nl_procent(x["aandeel"], 1), _hele(x["alleen"]["verwacht"]),
                   f"{_hele(x['alleen']['p5'])} - {_hele(x['alleen']['p95'])}", _hele(x["fonds"]["verwacht"]),
                   f"{_hele(x['fonds']['p5'])} - {_hele(x['fonds']['p95'])}",
                   nl_procent(x["minder_variantie_in_fonds"], 0)] for x in rijen],
        "uitlijning": ["left", *(["right"] * 6)],
    }
    begroting = None
    if u.begroting and r.begroting is not None:
        begroting = {
            "tekst": f"Tarief x verwachte bezette dagen van de woningen, geïndexeerd ({r.begroting.bron}), "
                     "verdeeld met de fondssleutel.",
            "kop": ["gemeente (EUR)", *(str(b.jaar) for b in u.begroting)],
            "rijen": [[g.naam, *(_hele(b.per_gemeente[i]) for b in u.begroting)] for i, g in enumerate(r.gemeenten)]
                     + [["regio", *(_hele(b.totaal) for b in u.begroting)]],
            "uitlijning": ["left", *(["right"] * len(u.begroting))],
        }
    aannames = [
        f"Vraag: {nl_getal(r.verwijzingen_per_jaar, 1)} passende verwijzingen per jaar als Poissonstroom, gemiddelde "
        f"verblijfsduur {nl_getal(r.vraag.verblijfsduur_dagen, 0)} dagen (exponentieel); loket "
        f"{r.vraag.loket.replace('_', ' ')}: een verwijzing die geen plek vindt, gaat verloren (Erlang-verlies).",
        f"Verwacht gebruik per gemeente uit '{r.verwacht_gebruik}'; elke opname komt onafhankelijk van de bezetting "
        "uit een gemeente.",
        "Tarieven uit de tariefopbouw van elk model (register op de peildatum); de conventies staan in het werkboek.",
        "Financieringsvormen per woning: " + "; ".join(
            f"{w.naam}: {_regel(w.financiering)}" for w in r.woningen) + ".",
        "Spreiding is een lage schatting: in werkelijkheid komen verwijzingen in golven en vertrekken jongeren niet "
        "altijd onafhankelijk.",
        *(str(w) for w in u.waarschuwingen),
    ]
    return {
        "titel": f"Notitie: kleinschalige woonvoorzieningen in {r.naam}",
        "ondertitel": f"Voor college en bestuur, {r.jaar}. Gemaakt met kostprijs {__version__} uit {u.gelezen.bron}.",
        "versie": __version__,
        "vraag": f"De {len(r.gemeenten)} gemeenten kopen specialistische jeugdhulp samen in. Hoeveel kleine "
                 "woningen van welke grootte heeft de regio nodig, wat kost dat, welke woning is betaalbaar, wie "
                 "betaalt de lege bedden en hoeveel rustiger is een gezamenlijk fonds dan iedere gemeente alleen?",
        "kort": kort, "woningen": woningen, "capaciteit": capaciteit, "grootte": grootte,
        "grootte_noot": "Tarief bij de normbezetting van het model, met de roosterregel van de regio.",
        "verdeling": verdeling, "spreiding": spreiding, "schaal": f"0 tot {_eur(schaal)}",
        "begroting": begroting, "aannames": aannames,
    }


def _regel(regel: Any) -> str:
    from kostprijs.scenario.financiering import naam

    return naam(regel)


def _sjabloon() -> Path:
    return Path(str(resources.files("kostprijs.regio") / "sjablonen" / "memo.typ"))


def zet(u: RegioUitkomst, formaat: str = "pdf", uit: str | None = None, ppi: float | None = None) -> bytes | None:
    """Zet de notitie met Typst: PDF (bytes) of PNG per pagina (``uit`` met ``{p}``)."""
    try:
        import typst
    except ImportError:
        raise KostprijsFout("de notitie (--pdf) vraagt het pakket 'typst': pip install 'kostprijs[memo]'") from None
    invoer = {"data": json.dumps(gegevens(u), ensure_ascii=False)}
    vorm: Any = formaat
    try:
        if uit is None:
            return typst.compile(str(_sjabloon()), format=vorm, ppi=ppi, sys_inputs=invoer)
        typst.compile(str(_sjabloon()), output=uit, format=vorm, ppi=ppi, sys_inputs=invoer)
    except typst.TypstError as e:  # pragma: no cover - sjabloonfout
        raise KostprijsFout(f"interne fout bij het zetten van de notitie: {e}") from None
    return None


def schrijf_memo(u: RegioUitkomst, pad: str | Path) -> None:
    """Schrijf de notitie als PDF, atomair (:func:`kostprijs.io.schrijven.atomair`: alles of niets)."""
    from kostprijs.io.schrijven import atomair

    pdf = zet(u, "pdf")
    assert pdf is not None
    with atomair(pad) as tmp:
        tmp.write_bytes(pdf)
