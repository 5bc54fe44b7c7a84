"""``kostprijs bereken MODEL.yaml``: de tariefopbouw als Nederlandse tabel, als JSON of als uitleg."""

from __future__ import annotations

import argparse
from typing import Any

from kostprijs.cli.weergave import nl_getal, nl_procent, tabel


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``bereken`` toe."""
    p = sub.add_parser("bereken", help="bereken de tariefopbouw van één KWV uit een YAML-model",
                       description="Bereken de tariefopbouw van één kleinschalige woonvoorziening.")
    p.add_argument("model", metavar="MODEL.yaml", help="het invoermodel (zie examples/)")
    p.add_argument("--json", action="store_true", help="druk het volledige resultaat af als JSON")
    p.add_argument("--uitleg", metavar="FIGUUR", action="append", default=[],
                   help="leg één figuur uit (formule en invoer), bijv. tarief_per_bezet_etmaal")
    p.add_argument("--figuren", action="store_true", help="toon alle figuren met hun sleutel")
    p.add_argument("--excel", metavar="UIT.xlsx",
                   help="schrijf ook het werkboek met live formules (zie docs/werkboek.md)")
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``bereken`` uit."""
    from kostprijs import bereken, lees_model
    from kostprijs.errors import InvoerFout, Melding

    model = lees_model(args.model)
    resultaat = bereken(model)
    if args.excel:
        import sys

        from kostprijs.excel import schrijf_werkboek

        schrijf_werkboek(model, args.excel, resultaat)
        print(f"werkboek geschreven: {args.excel}", file=sys.stderr)
    if args.uitleg:
        teksten = []
        for sleutel in args.uitleg:
            try:
                teksten.append(resultaat.uitleg(sleutel))
            except KeyError as e:
                raise InvoerFout([Melding("--uitleg", str(e.args[0]))]) from None
        print("\n\n".join(teksten))
    elif args.json:
        from kostprijs.io.json_uitvoer import json_tekst

        print(json_tekst(resultaat.to_dict()))
    elif args.figuren:
        rijen = [[f.sleutel, f.omschrijving, nl_getal(f.afgerond, 2 if f.geld else 4), f.eenheid]
                 for f in resultaat.figuren.values()]
        print(tabel(["sleutel", "omschrijving", "waarde", "eenheid"], rijen, [False, False, True, False]))
    else:
        print(opbouw_tekst(resultaat))
    return 0


def opbouw_tekst(r: Any) -> str:
    """De tariefopbouw als leesbare Nederlandse tekst met tabellen."""
    w = r.figuur

    def rij(label: str, jaar: str, dag: str) -> list[str]:
        return [label, nl_getal(w(f"{jaar}_per_jaar").afgerond), nl_getal(w(f"{dag}_per_bezet_etmaal").afgerond)]

    delen = [
        f"Tariefopbouw {r.naam} ({r.jaar}) - kostprijs {r.kostprijs_versie}",
        f"{r.plaatsen} plaatsen, bezettingsgraad {nl_procent(r.bezettingsgraad)}, "
        f"{nl_getal(w('bezette_etmalen').waarde, 0)} bezette etmalen per jaar",
        "",
        "Formatie",
        tabel(["", "waarde"], [
            ["roosteruren per jaar", nl_getal(w("roosteruren_per_jaar").afgerond, 4)],
            ["contracturen per fte", nl_getal(w("contracturen_per_fte").afgerond, 4)],
            ["netto uren per fte", nl_getal(w("netto_uren_per_fte").afgerond, 4)],
            ["productiviteit", nl_procent(w("productiviteit").waarde)],
        ]),
        "",
        tabel(["functie", "fte", "kosten per fte", "kosten per jaar"], [
            [f.omschrijving.removeprefix("Formatie "), nl_getal(f.afgerond, 4),
             nl_getal(w(f.sleutel.replace("fte.", "kosten_per_fte.", 1)).afgerond),
             nl_getal(w(f.sleutel.replace("fte.", "personeelskosten.", 1)).afgerond)]
            for f in r.figuren.values() if f.sleutel.startswith("fte.")
        ]),
        "",
        "Kosten",
        tabel(["component", "per jaar", "per bezet etmaal"], [
            rij("personeel", "personeelskosten", "personeel"), rij("cliëntkosten", "clientkosten", "clientkosten"),
            rij("huisvesting", "huisvesting", "huisvesting"), rij("overhead", "overhead", "overhead"), [],
            rij("kostprijs", "kostprijs", "kostprijs"), rij("indexering", "indexering", "indexering"),
            rij("risico en marge", "risico", "risico"), [],
            rij("tariefbudget / tarief", "tariefbudget", "tarief"),
        ]),
        "",
        "AMvB-indeling (Besluit Jeugdwet art. 2.3), per bezet etmaal",
        tabel(["element", "bedrag"], [
            *[[w(f"amvb_{e}_per_bezet_etmaal").omschrijving, nl_getal(w(f"amvb_{e}_per_bezet_etmaal").afgerond)]
              for e in "abcd"],
            [w("amvb_buiten_risico_per_bezet_etmaal").omschrijving,
             nl_getal(w("amvb_buiten_risico_per_bezet_etmaal").afgerond)],
            [],
            ["totaal = tarief", nl_getal(w("tarief_per_bezet_etmaal").afgerond)],
            [w("amvb_waarvan_leegstand_per_bezet_etmaal").omschrijving,
             nl_getal(w("amvb_waarvan_leegstand_per_bezet_etmaal").afgerond)],
        ]),
        "",
        "Beschikbaarheidsfinanciering met dezelfde opbrengst bij de normbezetting",
        tabel(["", "bedrag"], [
            ["vast per jaar", nl_getal(w("vast_per_jaar").afgerond)],
            ["vast per plaats per jaar", nl_getal(w("vast_per_plaats_per_jaar").afgerond)],
            ["variabel per bezet etmaal", nl_getal(w("variabel_per_bezet_etmaal").afgerond)],
        ]),
        "",
        "Conventies",
        tabel(["", ""], [[k, v] for k, v in r.conventies.items()], [False, False]),
        "",
        f"Tarief per bezet etmaal: EUR {nl_getal(r.tarief_per_bezet_etmaal)}"
        f"  (per plaats per maand EUR {nl_getal(w('tarief_per_plaats_per_maand').afgerond)})",
    ]
    return "\n".join(delen)
