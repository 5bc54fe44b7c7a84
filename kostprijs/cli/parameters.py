"""``kostprijs parameters [--datum D]``: de meegeleverde parameters met waarde, eenheid, datum, status en bron."""

from __future__ import annotations

import argparse
from typing import Any


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``parameters`` toe."""
    p = sub.add_parser("parameters", description="Toon de meegeleverde gedateerde parameters (CAO, premies, pensioen, "
                                   "indexcijfers) met eenheid, ingangsdatum, status en bron.")
    p.add_argument("--datum", metavar="JJJJ-MM-DD",
                   help="toon de waarde die op deze datum geldt (standaard: de laatst bekende waarde)")
    p.add_argument("--naam", metavar="BEGIN", default="",
                   help="alleen parameters waarvan de naam zo begint, bijv. vng of cao_jeugdzorg.ort")
    p.add_argument("--bronnen", action="store_true", help="toon per parameter ook titel en adres van de bronnen")
    p.add_argument("--ontbrekend", action="store_true",
                   help="toon wat een model op --datum zelf moet opgeven: velden die het register dan niet kent "
                        "(of alleen met status afgeleid/derden) en velden die nooit in het register staan")
    p.add_argument("--parameters", metavar="MAP", help="eigen parametermap van de regio over de meegeleverde")
    p.set_defaults(uitvoeren=uitvoeren)


def _waarde_tekst(waarde: Any, eenheid: str) -> str:
    from kostprijs.cli.weergave import nl_getal

    if isinstance(waarde, list):
        return f"{len(waarde)} feestdagen"
    if eenheid == "/1":
        return nl_getal(100 * float(waarde), 3).rstrip("0").rstrip(",") + "%"
    if isinstance(waarde, int):
        return str(waarde)
    return nl_getal(float(waarde), 2)


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``parameters`` uit."""
    from kostprijs.cli.weergave import tabel
    from kostprijs.errors import InvoerFout, Melding
    from kostprijs.parameters import ParameterFout, als_datum, register, register_met_regio
    from kostprijs.parameters.schema import STATUS_TEKST

    try:
        datum = als_datum(args.datum) if args.datum is not None else None
    except ParameterFout as e:
        raise InvoerFout([Melding("--datum", str(e))]) from None
    reg = register_met_regio(args.parameters) if args.parameters else register()
    if args.ontbrekend:
        if datum is None:
            raise InvoerFout([Melding("--ontbrekend", "geef ook --datum (de peildatum van het model)")])
        print(ontbrekend_tekst(reg, datum))
        return 0
    rijen, bronregels = [], []
    for naam, p, w, bestand in reg.overzicht(datum):
        if not naam.startswith(args.naam):
            continue
        if w is None:
            status = "ontbreekt" if p.ontbreekt else "geen waarde op deze datum"
            rijen.append([naam, "-", p.eenheid, "-", STATUS_TEKST.get(status, status), bestand])
            continue
        tot = f" t/m {w.geldig_tot.isoformat()}" if w.geldig_tot else ""
        geldig = ("stap op " if p.soort == "stap" else "") + w.geldig_vanaf.isoformat() + tot
        rijen.append([naam, _waarde_tekst(w.waarde, p.eenheid), p.eenheid, geldig,
                      STATUS_TEKST[w.status], w.bronnen[0].url])
        if args.bronnen:
            bronregels.append(f"{naam}:")
            bronregels.extend(f"  - {b.titel} <{b.url}>" for b in w.bronnen)
            if isinstance(w.waarde, list):
                bronregels.append(f"  waarde: {', '.join(w.waarde)}")
            if w.afleiding:
                bronregels.append(f"  afleiding: {w.afleiding}")
    if not rijen:
        raise InvoerFout([Melding("--naam", f"geen parameter begint met '{args.naam}'")])
    kop = "op " + datum.isoformat() if datum else "laatst bekende waarden"
    print(f"Parameters ({kop}); status: bron = gelezen in de bron, afgeleid = berekend [I], "
          "derden = secundaire bron, niet gevonden = zelf opgeven")
    print(tabel(["naam", "waarde", "eenheid", "geldig", "status", "bron"], rijen,
                [False, True, False, False, False, False]))
    if bronregels:
        print("\n" + "\n".join(bronregels))
    return 0


def ontbrekend_tekst(reg: Any, datum: Any) -> str:
    """Wat een model met deze peildatum zelf moet opgeven, als Nederlandse tabellen."""
    import textwrap

    from kostprijs.cli.weergave import tabel
    from kostprijs.oplossen import ontbrekend, verplichte_velden

    lijst = ontbrekend(reg, datum)
    delen = [f"Op {datum.isoformat()} kent het register deze waarden niet (ontbreekt: zelf opgeven), of alleen als "
             "afgeleide of secundaire waarde (gebruikt met een waarschuwing, tenzij het model de status aanvaardt met "
             "parameters: {aanvaard: [afgeleid, derden]}):", ""]
    delen.append(tabel(["veld", "wat"], [[v, w] for v, w, _ in lijst], [False, False]) if lijst else "(niets)")
    for veld, _, uitleg in lijst:
        delen.append(textwrap.fill(f"{veld}: {uitleg}", 110, initial_indent="  ", subsequent_indent="    "))
    delen += ["", "Velden die nooit in het register staan (eigen keuzes en gegevens van de woning):",
              "\n".join(f"  {v}" for v in verplichte_velden())]
    return "\n".join(delen)
