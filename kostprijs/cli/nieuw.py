"""``kostprijs nieuw WONING.yaml``: een kort model met commentaar voor een nieuwe woning.

Het model noemt alleen wat eigen is aan de woning; alles wat het register op 1 januari van het jaar kent
(CAO-uren, verlof, feestdagen, telfactoren, vakantietoeslag, ORT-banden) laat het weg, zodat
``kostprijs bereken`` het invult met parameter, datum, status en bron. Met opties voor wat per woning
verschilt: plaatsen, wakende of slapende nacht, huur of eigen pand, overheadconventie en jaar.
``--excel`` begint in een werkboek in plaats van YAML.

De getallen die het register niet kent, zijn de waarden van de referentiecasus (``docs/referentiecasus.md``)
en staan als aanname [A] in het commentaar: voorbeelden, geen normen. Voor het schrijven rekent de opdracht
het model door; een model dat niet rekent, wordt niet geschreven.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from kostprijs.cli._model import voeg_toe, waarschuw
from kostprijs.cli._parser import geheel_getal

Nacht = Literal["slapend", "wakend"]
Pand = Literal["huur", "eigendom"]
OverheadKeuze = Literal["aandeel", "opslag", "bedrag"]

OVERHEAD_CONVENTIE = {"aandeel": "aandeel_totaal", "opslag": "opslag_direct", "bedrag": "bedrag"}


@dataclass(frozen=True)
class Keuze:
    """Wat per woning verschilt; de rest komt uit het register of uit de referentiecasus [A]."""

    naam: str
    plaatsen: int = 4
    nacht: Nacht = "slapend"
    pand: Pand = "huur"
    overhead: OverheadKeuze = "aandeel"
    jaar: int = 2026


def _rooster(k: Keuze) -> str:
    if k.nacht == "slapend":
        nacht = ('    - {naam: slaapdienst, begin: "23:00", eind: "07:00", personeel: 1, dagen: alle, soort: slaap}'
                 "\n      # slaapdienst: telt voor de helft (telfactor uit het register, CAO Jeugdzorg 8.3)")
    else:
        nacht = ('    - {naam: wakende nacht, begin: "23:00", eind: "07:00", personeel: 1, dagen: alle, soort: wakker}'
                 "\n      # wakende nacht: elk uur telt; de ORT volgt uit de roostertijden (zie ort_tabel)")
    return f"""rooster:                        # het rooster van de referentiecasus [A]: pas het aan uw woning aan
  diensten:
    - {{naam: vroeg, begin: "07:00", eind: "15:00", personeel: 1, dagen: alle, soort: wakker}}
    - {{naam: laat, begin: "15:00", eind: "23:00", personeel: 2, dagen: alle, soort: wakker}}
    - {{naam: weekend midden, begin: "10:00", eind: "18:00", personeel: 1, dagen: weekend, soort: wakker}}
{nacht}
"""


def _ort(k: Keuze) -> tuple[str, str]:
    """(ORT van de groepsleiding, blok ort_tabel)."""
    if k.nacht == "slapend":
        return "{methode: percentage, percentage: 0.07}", ""
    blok = """
ort_tabel:                      # banden (werkdag 06-07 en 19-22, nacht 22-06) en deler: uit het register
  maximum_uurloon: 24.50        # [A] uurloon van schaal 5, periodiek 11 (CAO Jeugdzorg 8.1): uit uw salaristabel
  doorbetaling_bij_afwezigheid: true   # ORT ook over verlof en verzuim
  # ORT op zaterdag, zondag en feestdagen staat niet in het register: voeg zo nodig 'banden' toe
"""
    return "{methode: tabel}", blok


def _huisvesting(k: Keuze) -> str:
    if k.pand == "huur":
        pand = "  huur_per_jaar: 30000           # [A]"
    else:
        pand = """  eigendom:                     # kapitaallasten: afschrijving + rente [A]
    investering: 650000
    afschrijvingstermijn_jaren: 40
    rentepercentage: 0.035
    restwaarde: 100000
    rente_over: gemiddeld_vermogen"""
    return f"""huisvesting:                    # bedragen per jaar [A]
{pand}
  energie_en_water: 6000
  onderhoud_en_schoonmaak: 4000
  inventaris:
    {{investering: 30000, afschrijvingstermijn_jaren: 5, rentepercentage: 0.04, rente_over: gemiddeld_vermogen}}
  verzekeringen_en_belastingen: 1500
  overig: 1000
"""


def _overhead(k: Keuze) -> str:
    if k.overhead == "aandeel":
        return "overhead:\n  percentage: 0.25              # [A] overhead is 25% van (grondslag + overhead)\n"
    if k.overhead == "opslag":
        return "overhead:\n  percentage: 0.30              # [A] opslag van 30% op de grondslag\n"
    return ("overhead:\n  bedrag_per_jaar: 200000       # [A] een vast bedrag per jaar (de referentiecasus komt op "
            "200.981,95)\n")


def model_tekst(k: Keuze) -> str:
    """Het korte model als YAML-tekst met commentaar."""
    from kostprijs._versie import __version__

    dagen = 366 if calendar.isleap(k.jaar) else 365
    ort, ort_tabel = _ort(k)
    grondslag = "[personeel, clientkosten]"
    return f"""# Model van een nieuwe woning, geschreven door `kostprijs nieuw` (kostprijs {__version__}).
# Alles wat het register op 1 januari {k.jaar} kent (contracturen, verlof, feestdagen, uren per feestdag,
# telfactoren, vakantietoeslag, ORT-banden) staat hier niet: `kostprijs bereken` vult het in en noemt bij
# elke waarde de parameter, de ingangsdatum, de status en de bron. Een eigen waarde gaat altijd voor.
# [A] = voorbeeldwaarde uit de referentiecasus (docs/referentiecasus.md): een aanname, geen norm.
# Vervang die door de cijfers van uw woning. Elk veld: docs/referentie/velden.md.
naam: {k.naam}
jaar: {k.jaar}
plaatsen: {k.plaatsen}
bezettingsgraad: 0.90           # [A] normbezetting als fractie (0.90 = 90%)
dagen_per_jaar: {dagen}

conventies:                     # definities die de uitkomst veranderen; ze staan in elke uitvoer
  weken_per_jaar: "365/7"
  overhead_conventie: {OVERHEAD_CONVENTIE[k.overhead]}
  overhead_grondslag: {grondslag}
  risico_grondslag: kostprijs
  afronding: rekenkundig_centen
  bezettingsbasis: capaciteit

parameters:
  aanvaard: [afgeleid]          # register-waarden die zijn afgeleid (bijv. 7,2 uur per feestdag = 36 / 5)

{_rooster(k)}
productiviteit:                 # contracturen, verlof, feestdagen: uit het register
  verzuimpercentage: 0.075      # [A] fractie van de contracturen
  scholingsuren: 36             # [A] uur per fte per jaar
  overleguren: 48               # [A] uur per fte per jaar

loonkosten:                     # vakantietoeslag en het minimum: uit het register
  eindejaarsuitkering: 0.0833   # [A] CAO Jeugdzorg 7.2; het percentage staat niet in het register
  werkgeverslasten: 0.27        # [A] of een opbouw uit premies: {{methode: opbouw}}
  overige_personeelskosten: 0.03   # [A]

functies:                       # bruto maandsalaris bij 1 fte [A]; of schaal + trede uit een eigen salaristabel
  # ORT van de groepsleiding: {"vast deel van het salaris [A]" if k.nacht == "slapend" else "uit het rooster"}
  - {{naam: groepsleiding, soort: groep, maandsalaris: 3500, amvb: a, ort: {ort}}}
  - {{naam: gedragswetenschapper, soort: vast, fte: 0.15, maandsalaris: 5000, amvb: b}}
  - {{naam: teamleider, soort: vast, fte: 0.20, maandsalaris: 4500, amvb: b}}
{ort_tabel}
clientkosten:
  per_bezet_etmaal: {{voeding_en_leefgeld: 27.00, activiteiten_en_vervoer: 5.00}}   # [A] euro per bezet etmaal

{_huisvesting(k)}
{_overhead(k)}
risico_opslag: 0.03             # [A] opslag voor risico en marge op de kostprijs
"""


def registreer(sub: Any) -> None:
    """Voeg de subopdracht ``nieuw`` toe."""
    p = sub.add_parser("nieuw", description="Schrijf een kort model met commentaar voor een nieuwe woning. Wat het "
                       "register kent, blijft weg; de rest zijn voorbeeldwaarden [A] uit de referentiecasus om te "
                       "vervangen. Het model wordt eerst doorgerekend.")
    p.add_argument("model", metavar="WONING.yaml",
                   help="het nieuwe model (met --excel: het werkboek krijgt dezelfde naam op .xlsx)")
    p.add_argument("--naam", metavar="TEKST", help="naam van de woning (standaard: de bestandsnaam)")
    p.add_argument("--plaatsen", type=geheel_getal, default=4, metavar="AANTAL",
                   help="aantal plaatsen, 1 tot 50 (standaard 4)")
    p.add_argument("--nacht", choices=["slapend", "wakend"], default="slapend",
                   help="slapende nacht (slaapdienst, standaard) of wakende nacht (wakkere dienst, ORT uit het "
                        "rooster)")
    p.add_argument("--huisvesting", choices=["huur", "eigendom"], default="huur",
                   help="huur (standaard) of een eigen pand (afschrijving en rente)")
    p.add_argument("--overhead", choices=list(OVERHEAD_CONVENTIE), default="aandeel",
                   help="aandeel: deel van het totaal (standaard); opslag: opslag op de directe kosten; "
                        "bedrag: vast bedrag per jaar")
    p.add_argument("--jaar", type=geheel_getal, metavar="JJJJ",
                   help="modeljaar; het register levert de waarden op 1 januari (standaard dit jaar)")
    p.add_argument("--excel", action="store_true", help="begin in een werkboek (.xlsx) in plaats van YAML")
    p.add_argument("--overschrijf", action="store_true", help="overschrijf een bestaand bestand")
    voeg_toe(p)
    p.set_defaults(uitvoeren=uitvoeren)


def _doel(args: argparse.Namespace) -> Path:
    from kostprijs.errors import InvoerFout, Melding

    pad = Path(args.model)
    if args.excel:
        pad = pad.with_suffix(".xlsx")
    elif pad.suffix.lower() not in (".yaml", ".yml"):
        raise InvoerFout([Melding("WONING.yaml", f"'{args.model}' eindigt niet op .yaml (of gebruik --excel)")])
    if pad.is_file() and not args.overschrijf:  # een map meldt de schrijver ("is een map")
        raise InvoerFout([Melding("WONING.yaml", f"'{pad}' bestaat al; kies een andere naam of geef --overschrijf")])
    return pad


def uitvoeren(args: argparse.Namespace) -> int:
    """Voer ``nieuw`` uit: stel het model op, reken het door en schrijf YAML of werkboek."""
    from kostprijs.cli._model import met_parametermap
    from kostprijs.errors import InvoerFout, Melding
    from kostprijs.io.model_invoer import lees_model_tekst
    from kostprijs.model import bereken
    from kostprijs.notatie import nl_getal

    if not 1 <= args.plaatsen <= 50:
        raise InvoerFout([Melding("--plaatsen", f"{args.plaatsen} mag niet; kies 1 tot 50 plaatsen")])
    if args.jaar is None:
        args.jaar = dt.date.today().year
    if not 2000 <= args.jaar <= 2100:
        raise InvoerFout([Melding("--jaar", f"{args.jaar} mag niet; kies een jaar van 2000 tot 2100")])
    doel = _doel(args)
    keuze = Keuze(naam=args.naam or Path(args.model).stem, plaatsen=args.plaatsen, nacht=args.nacht,
                  pand=args.huisvesting, overhead=args.overhead, jaar=args.jaar)
    tekst = model_tekst(keuze)
    try:
        model = met_parametermap(lees_model_tekst(tekst, doel.name, doel.parent), args.parameters)
        resultaat = bereken(model)
    except InvoerFout as e:
        hint = [Melding("--jaar", f"het register kent voor {args.jaar} niet alles wat dit model nodig heeft; zie "
                        f"`kostprijs parameters --ontbrekend --datum {args.jaar}-01-01`")]
        register = any("register" in m.tekst for m in e.meldingen)
        raise InvoerFout([*e.meldingen, *(hint if register else [])], "het nieuwe model") from None
    waarschuw(resultaat.waarschuwingen, args)
    if args.excel:
        from kostprijs.excel import schrijf_werkboek

        schrijf_werkboek(model, str(doel), resultaat)
    else:
        from kostprijs.io.schrijven import schrijf_tekst

        schrijf_tekst(doel, tekst)
    print(f"geschreven: {doel} ({'werkboek' if args.excel else 'model'}; tarief met de voorbeeldwaarden: EUR "
          f"{nl_getal(resultaat.tarief_per_bezet_etmaal)} per bezet etmaal)")
    volgende = (f"kostprijs lees-excel {doel}" if args.excel else f"kostprijs bereken {doel}")
    print(f"vervang de waarden met [A] door die van uw woning en reken: {volgende}", file=sys.stderr)
    return 0
