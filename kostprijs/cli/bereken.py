"""``kostprijs bereken MODEL.yaml``: de tariefopbouw als Nederlandse tabel, als JSON of als uitleg."""

from __future__ import annotations

import argparse
from typing import Any

from kostprijs.cli._model import lees, voeg_toe, waarschuw
from kostprijs.cli._opties import geef_json, uit_pad, voeg_json_toe, voeg_uit_toe
from kostprijs.cli.weergave import nl_eenheid, nl_getal, nl_procent, tabel


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``bereken`` toe."""
    p = sub.add_parser("bereken", description="Bereken de tariefopbouw van één kleinschalige woonvoorziening.")
    p.add_argument("model", metavar="MODEL.yaml", help="het invoermodel (begin met 'kostprijs nieuw'; zie examples/)")
    voeg_json_toe(p, "het volledige resultaat")
    p.add_argument("--uitleg", metavar="FIGUUR", action="append", default=[],
                   help="leg één figuur uit (formule en invoer), bijv. tarief_per_bezet_etmaal")
    p.add_argument("--figuren", action="store_true", help="toon alle figuren met hun sleutel")
    voeg_uit_toe(p, {".xlsx": "ook het werkboek met live formules, zie docs/werkboek.md"}, oud={"--excel": ".xlsx"})
    voeg_toe(p)
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``bereken`` uit."""
    from kostprijs import bereken
    from kostprijs.errors import InvoerFout, Melding

    model = lees(args)
    resultaat = bereken(model)
    waarschuw(resultaat.waarschuwingen, args)
    werkboek = uit_pad(args, ".xlsx")
    if werkboek:
        import sys

        from kostprijs.excel import schrijf_werkboek

        schrijf_werkboek(model, werkboek, resultaat)
        print(f"werkboek geschreven: {werkboek}", file=sys.stderr)
    if args.uitleg:
        teksten = []
        for sleutel in args.uitleg:
            try:
                teksten.append(resultaat.uitleg(sleutel))
            except KeyError as e:
                raise InvoerFout([Melding("--uitleg", str(e.args[0]))]) from None
        print("\n\n".join(teksten))
    elif args.json:
        geef_json(args, resultaat.to_json())
    elif args.figuren:
        rijen = [[f.sleutel, f.omschrijving, nl_eenheid(f.waarde, f.eenheid), f.eenheid]
                 for f in resultaat.figuren.values()]
        print(tabel(["sleutel", "omschrijving", "waarde", "eenheid"], rijen, [False, False, True, False]))
    else:
        print(opbouw_tekst(resultaat))
    return 0


def opbouw_tekst(r: Any) -> str:
    """De tariefopbouw als leesbare Nederlandse tekst met tabellen; labels uit de tabel van figuren."""
    w = r.figuur

    def bedrag(sleutel: str) -> str:
        return nl_getal(w(sleutel).afgerond)

    def rij(jaar: str, dag: str) -> list[str]:
        return [w(jaar).omschrijving, bedrag(jaar), bedrag(dag)]

    def regels(sleutels: list[str]) -> list[list[str]]:
        return [[w(k).omschrijving, nl_eenheid(w(k).waarde, w(k).eenheid)] for k in sleutels]

    s = r.structuur
    functies = [[naam, nl_eenheid(w(f"fte.{s.functie_sleutel(i)}").waarde, "fte"),
                 bedrag(f"kosten_per_fte.{s.functie_sleutel(i)}"),
                 bedrag(f"personeelskosten_totaal.{s.functie_sleutel(i)}")] for i, naam in enumerate(s.functies)]
    delen = [
        f"Tariefopbouw {r.naam} ({r.jaar}) - kostprijs {r.kostprijs_versie}",
        f"{r.plaatsen} plaatsen, bezettingsgraad {nl_procent(r.bezettingsgraad)}, "
        f"{nl_eenheid(w('bezette_etmalen').waarde, w('bezette_etmalen').eenheid)} bezette etmalen per jaar",
        "",
        "Formatie",
        tabel(["", "waarde"], regels(["roosteruren_per_jaar", "contracturen_per_fte", "netto_uren_per_fte",
                                      "productiviteit"])),
        "",
        tabel(["functie", "fte", "kosten per fte", "kosten per jaar"], functies),
        "",
        "Kosten",
        tabel(["component", "per jaar", "per bezet etmaal"], [
            rij("personeelskosten_per_jaar", "personeel_per_bezet_etmaal"),
            rij("clientkosten_per_jaar", "clientkosten_per_bezet_etmaal"),
            rij("huisvesting_per_jaar", "huisvesting_per_bezet_etmaal"),
            rij("overhead_per_jaar", "overhead_per_bezet_etmaal"), [],
            rij("kostprijs_per_jaar", "kostprijs_per_bezet_etmaal"),
            rij("indexering_per_jaar", "indexering_per_bezet_etmaal"),
            rij("risico_per_jaar", "risico_per_bezet_etmaal"), [],
            rij("tariefbudget_per_jaar", "tarief_per_bezet_etmaal"),
        ]),
        "",
        "AMvB-indeling (Besluit Jeugdwet art. 2.3), per bezet etmaal",
        tabel(["element", "bedrag"], [
            *regels([f"amvb_{e}_per_bezet_etmaal" for e in "abcd"]),
            *regels(["amvb_buiten_risico_per_bezet_etmaal"]), [],
            *regels(["tarief_per_bezet_etmaal", "amvb_waarvan_leegstand_per_bezet_etmaal"]),
        ]),
        "",
        "Beschikbaarheidsfinanciering met dezelfde opbrengst bij de normbezetting",
        tabel(["", "bedrag"], regels(["vast_per_jaar", "vast_per_plaats_per_jaar", "variabel_per_bezet_etmaal"])),
        "",
        "Conventies",
        tabel(["", ""], [[k, v] for k, v in r.conventies.items()], [False, False]),
        *_uit_register(r),
        "",
        f"Tarief per bezet etmaal: EUR {nl_getal(r.tarief_per_bezet_etmaal)}"
        f"  (per plaats per maand EUR {bedrag('tarief_per_plaats_per_maand')})",
    ]
    return "\n".join(delen)


def _uit_register(r: Any) -> list[str]:
    """De waarden die het model weglaat en die uit het register, de kalender of een salaristabel komen."""
    regels = [h for h in r.herkomst if h.soort != "eigen"]
    if not regels:
        return []
    return ["", "Uit het register (het model laat deze waarden weg)",
            tabel(["veld", "waarde", "herkomst"], [[h.veld, _waarde(h.waarde), _herkomst(h)] for h in regels],
                  [False, True, False])]


def _waarde(w: Any) -> str:
    if isinstance(w, float):
        return nl_getal(w, 4).rstrip("0").rstrip(",")
    return f"{len(str(w).split(', '))} namen" if ", " in str(w) else str(w)


def _herkomst(h: Any) -> str:
    if h.soort in ("register", "regio"):
        wie = "regio" if h.soort == "regio" else "register"
        return f"{wie}: {h.parameter}, vanaf {h.geldig_vanaf.isoformat()}, {h.status}, {h.bestand}"
    return str(h.toelichting).split(" (")[0]
