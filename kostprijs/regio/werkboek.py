"""Het regiowerkboek: een blad per woning, een vergelijking en een regioblad met live formules.

Gebouwd met de bouwstenen van het tariefwerkboek (:class:`kostprijs.excel.blad.Blad`,
:class:`kostprijs.excel.opmaak.Opmaak`, het register van formulecellen voor de pariteitstest). Het blad van een
woning bevat haar figuren uit ``bereken`` als vaste waarden (met label en eenheid uit de tabel van figuren);
het volledige werkboek van één woning met de hele keten maakt ``kostprijs bereken MODEL --excel``. Vergelijking
en regio zijn formules op die bladen (:data:`kostprijs.figuren.REGIO`), met de waarde van Python erin.
"""

from __future__ import annotations

import re
from pathlib import Path

from kostprijs._versie import __version__
from kostprijs.excel.blad import Blad, Register, cel
from kostprijs.excel.opmaak import Opmaak
from kostprijs.excel.toelichting import leesbaar
from kostprijs.figuren import REGIO
from kostprijs.io.schrijven import atomair
from kostprijs.keuzes import CONVENTIES
from kostprijs.regio.analyse import RegioUitkomst
from kostprijs.regio.woningen import KERNFIGUREN

VERGELIJKING = "Vergelijking"
REGIOBLAD = "Regio"


def bladnaam(i: int, naam: str) -> str:
    """Bladnaam van woning ``i``: ``W1 naam`` zonder tekens die Excel weigert, hoogstens 31 tekens."""
    schoon = re.sub(r"[\[\]:*?/\\']", " ", naam).strip()
    return f"W{i + 1} {schoon}"[:31].rstrip()


def _f(sleutel: str, **delen: str) -> str:
    return REGIO[sleutel].excel.format(**delen)


def schrijf_regiowerkboek(u: RegioUitkomst, pad: str | Path) -> Register:
    """Schrijf het regiowerkboek atomair (:func:`kostprijs.io.schrijven.atomair`: alles of niets)."""
    with atomair(pad) as tmp:
        reg = _bouw(u, tmp)
    return reg


def _bouw(u: RegioUitkomst, pad: Path) -> Register:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(pad), {"strings_to_formulas": False, "strings_to_urls": False,
                                        "strings_to_numbers": False})
    try:
        op, reg = Opmaak(wb), Register()
        r = u.gelezen.regio
        kop = f"{r.naam} ({r.jaar}) - kostprijs {__version__}"
        vergelijking = Blad(wb, op, reg, VERGELIJKING, "Woningen naast elkaar", kop, [52, *[20.0] * len(u.woningen)])
        regio = Blad(wb, op, reg, REGIOBLAD, "Regio: begroting en verdeling over de gemeenten", kop,
                     [28, 18, 16, 16, 16, 16, 16, 16, 16], liggend=True)
        for i, w in enumerate(u.woningen):
            _woningblad(Blad(wb, op, reg, bladnaam(i, w.naam), w.naam, kop, [52, 18, 18, 50]), u, i)
        _vergelijking(vergelijking, u)
        _regioblad(regio, u)
        wb.set_properties({"title": f"Regio {r.naam}", "author": "kostprijs", "comments": f"kostprijs {__version__}"})
        wb.set_calc_mode("auto")
        wb.close()
    except BaseException:
        wb.fileclosed = True
        raise
    return reg


def _vast(b: Blad, label: str, naam: str, waarde: float, notatie: str, eenheid: str, uitleg: str = "",
          uitleg_tot: int = 3) -> None:
    """Een vaste waarde (grijs, door Python berekend) met een naam; label en uitleg afgebroken."""
    from kostprijs.excel.blad import eindig

    b.label(b.rij, 0, label)
    b.ws.write_number(b.rij, 1, eindig(waarde, naam), b.op.cel("vast", notatie))
    b.noem(naam, b.rij, 1)
    b.reg.vast[f"{b.naam}!{cel(b.rij, 1)}"] = waarde
    b.label(b.rij, 2, eenheid)
    if uitleg:
        b.tekstvak(b.rij, 3, uitleg_tot, leesbaar(uitleg), b.op.toelichting)
    b.rij += 1


def conventie(sleutel: str) -> str:
    """De naam van een conventie zoals een mens hem leest."""
    return CONVENTIES.get(sleutel, sleutel.replace("_", " ").capitalize())


def _voorvoegsel(i: int) -> str:
    return f"w{i + 1}"


def _woningblad(b: Blad, u: RegioUitkomst, i: int) -> None:
    w = u.woningen[i]
    res = w.resultaat
    v = _voorvoegsel(i)
    b.kop(f"Tariefopbouw volgens model {w.model} (vaste waarden, berekend met kostprijs)", 4)
    for k in KERNFIGUREN:
        f = res.figuur(k)
        _vast(b, f.omschrijving, f"{v}_{k}", f.waarde, "geld" if f.geld else "getal", f.eenheid, f.formule)
    b.kop("In de regio", 4)
    _vast(b, "Aantal woningen van dit model", f"{v}_aantal", float(w.aantal), "geheel", "woningen")
    _vast(b, "Verwachte bezette dagen (alle woningen van dit model, Erlang)", f"{v}_verwachte_dagen",
          u.verwachte_dagen[i], "etmalen", "etmalen per jaar", "uit de regionale vraag en het deel van deze woningen")
    b.wb.define_name(f"{v}_tarief", f"={v}_tarief_per_bezet_etmaal")
    b.kop("Conventies", 4)
    for k, tekst in res.conventies.items():
        b.label(b.rij, 0, conventie(k))
        b.tekstvak(b.rij, 1, 3, leesbaar(tekst), b.op.uitleg)
        b.rij += 1
    b.sluit()


def _vergelijking(b: Blad, u: RegioUitkomst) -> None:
    ws, op = b.ws, b.op
    b.koppen(["", *(w.naam for w in u.woningen)])
    eerste = u.woningen[0].resultaat
    for k in KERNFIGUREN:
        f = eerste.figuur(k)
        b.label(b.rij, 0, f"{f.omschrijving} ({f.eenheid})" if f.eenheid else f.omschrijving)
        for i, w in enumerate(u.woningen):
            naam = f"{_voorvoegsel(i)}_{k}"
            b.formule(b.rij, i + 1, _f("verwijzing", naam=naam), w.resultaat.waarde(k), "geld" if f.geld else "getal")
        b.rij += 1
    rf = REGIO["jaarbedrag"]
    b.label(b.rij, 0, f"{rf.label} ({rf.eenheid})", op.label_vet)
    for i, w in enumerate(u.woningen):
        b.formule(b.rij, i + 1, _f("jaarbedrag", w=_voorvoegsel(i)),
                  w.resultaat.waarde("tarief_per_bezet_etmaal") * u.verwachte_dagen[i], "geld",
                  naam=f"{_voorvoegsel(i)}_jaarbedrag")
    b.rij += 2
    ws.write_string(b.rij, 0, "Conventies", op.label_vet)
    b.rij += 1
    for k in eerste.conventies:
        b.label(b.rij, 0, conventie(k))
        waarden = {w.resultaat.conventies.get(k, "") for w in u.woningen}
        for i, w in enumerate(u.woningen):
            b.label(b.rij, i + 1, leesbaar(w.resultaat.conventies.get(k, "")),
                    op.uitleg if len(waarden) == 1 else op.label_vet)
        b.rij += 1
    if u.waarschuwingen:
        b.rij += 1
        b.label(b.rij, 0, "Waarschuwingen (controleer deze punten)", op.label_vet)
        b.rij += 1
    for waarschuwing in u.waarschuwingen:
        b.tekstvak(b.rij, 0, len(u.woningen), leesbaar(str(waarschuwing)), op.uitleg)
        b.rij += 1
    b.sluit()


def _regioblad(b: Blad, u: RegioUitkomst) -> None:
    ws, op = b.ws, b.op
    r = u.gelezen.regio
    v = u.verdeling
    b.kop("Wie betaalt de leegstand? (Monte Carlo, door Python berekend)", 8)
    _vast(b, "Verwachte betaling van de regio per jaar", "regio_verwachte_betaling", u.totaal_per_jaar, "geld",
          "EUR per jaar", f"{v.runs} gesimuleerde jaren, startgetal {v.seed}; financieringsvorm per woning",
          uitleg_tot=8)
    b.rij += 1
    b.koppen(["gemeente", "verwacht gebruik", f"aandeel ({v.sleutel})", "fonds: verwacht", "fonds: P5",
              "fonds: P95", "ieder voor zich: verwacht", "ieder voor zich: P5", "ieder voor zich: P95"])
    eerste_rij = b.rij
    for i, x in enumerate(v.rijen()):
        b.tekst(b.rij, 0, x["naam"], op.label)
        ws.write_number(b.rij, 1, x["verwacht_gebruik"], op.cel("vast", "procent"))
        ws.write_number(b.rij, 2, x["aandeel"], op.cel("vast", "procent"))
        b.noem(f"gemeente_{i + 1}_aandeel", b.rij, 2)
        b.formule(b.rij, 3, _f("fonds_gemeente", aandeel=f"gemeente_{i + 1}_aandeel"),
                  x["aandeel"] * u.totaal_per_jaar, "geld")
        for k, w in enumerate((x["fonds"]["p5"], x["fonds"]["p95"], x["alleen"]["verwacht"], x["alleen"]["p5"],
                               x["alleen"]["p95"])):
            ws.write_number(b.rij, 4 + k, w, op.cel("vast", "geld"))
        b.rij += 1
    ws.write_string(b.rij, 0, REGIO["som_aandelen"].label, op.label_vet)
    b.formule(b.rij, 2, _f("som_aandelen", bereik=f"{cel(eerste_rij, 2)}:{cel(b.rij - 1, 2)}"),
              float(v.aandelen.sum()), "procent")
    b.rij += 1
    if u.begroting and r.begroting is not None:
        b.kop(f"Meerjarenbegroting (index: {r.begroting.bron})", 8)
        b.koppen(["", *("" for _ in u.begroting)])
        for j, jr in enumerate(u.begroting):  # jaartallen als getal, niet als tekst
            ws.write_number(b.rij - 1, j + 1, jr.jaar, op.kolomkop)
        b.label(b.rij, 0, "Indexcijfer van het jaar")
        index_rij = b.rij
        for j, jr in enumerate(u.begroting):
            ws.write_number(b.rij, j + 1, jr.index, op.cel("vast", "procent"))
        b.rij += 1
        b.label(b.rij, 0, "Regio (alle gemeenten)", op.label_vet)
        totaal_rij = b.rij
        bereik = f"{VERGELIJKING}!{_bereik_jaarbedragen(u)}"
        for j, jr in enumerate(u.begroting):
            formule = (_f("begroting_basisjaar", bereik=bereik) if j == 0 else
                       _f("begroting_jaar", vorig=cel(totaal_rij, j), index=cel(index_rij, j + 1)))
            b.formule(b.rij, j + 1, formule, jr.totaal, "geld")
        b.rij += 1
        for i, gm in enumerate(r.gemeenten):
            b.tekst(b.rij, 0, gm.naam, op.label)
            for j, jr in enumerate(u.begroting):
                b.formule(b.rij, j + 1, _f("begroting_gemeente", aandeel=f"gemeente_{i + 1}_aandeel",
                                           totaal=cel(totaal_rij, j + 1, absoluut=True)), jr.per_gemeente[i], "geld")
            b.rij += 1
    cap = u.capaciteit
    if cap is not None and (keuze := cap.gekozen()) is not None:
        b.kop(f"Capaciteit: goedkoopste configuratie met weigerkans <= {cap.max_weigerkans:.0%} (Erlang)", 8)
        for label, sleutel, notatie in (("woningen", "woningen", "geheel"), ("plaatsen per woning", "plaatsen",
                                         "geheel"), ("woningen per cluster", "cluster", "geheel"),
                                        ("weigerkans", "weigerkans", "procent"),
                                        ("bezettingsgraad", "bezettingsgraad", "procent"),
                                        ("kosten per bezet etmaal", "kosten_per_bezet_etmaal", "geld"),
                                        ("kosten per jaar", "kosten_per_jaar", "geld")):
            b.label(b.rij, 0, label)
            ws.write_number(b.rij, 1, float(keuze[sleutel]), op.cel("vast", notatie))
            b.rij += 1
    b.sluit()


def _bereik_jaarbedragen(u: RegioUitkomst) -> str:
    """Het bereik van de jaarbedragen op het blad Vergelijking (rij na de kernfiguren)."""
    rij = 3 + 1 + len(KERNFIGUREN)  # titel, ondertitel, lege rij, kolomkoppen, figuren
    return f"{cel(rij, 1, absoluut=True)}:{cel(rij, len(u.woningen), absoluut=True)}"
