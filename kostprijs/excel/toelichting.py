"""Het eerste tabblad van het tariefwerkboek: een korte handleiding, het kopgetal, herkomst en conventies.

De handleiding zegt wat de gebruiker invult, wat de kleuren betekenen en welke waarden vast zijn (uit het
register), welke een suggestie en welke de eigen waarden van de gebruiker (:mod:`kostprijs.excel.soorten`).
Alle tekst is in gewone woorden: geen veldnamen of parameternamen van het programma.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kostprijs._versie import __version__
from kostprijs.excel import velden as v
from kostprijs.excel.blad import Blad
from kostprijs.excel.invoerblad import WERKGEVER, beschrijving_parameter
from kostprijs.excel.opmaak import (
    KLEUR_AFGELEID,
    KLEUR_GERAPPORTEERD,
    KLEUR_INVOER,
    KLEUR_INVOER_SUGGESTIE,
    KLEUR_INVOER_VAST,
    KLEUR_VAST,
)
from kostprijs.excel.soorten import UITLEG, herkomst_tekst
from kostprijs.figuren import INVOER
from kostprijs.inputs import KwvModel
from kostprijs.keuzes import CONVENTIES
from kostprijs.notatie import nl_getal
from kostprijs.results import Resultaat

TEKSTKOLOMMEN = (1, 2)
"""Tekst loopt over de kolommen B en C."""

_PREMIES = {"awf": "Premie Algemeen Werkloosheidsfonds", "aof": "Premie Arbeidsongeschiktheidsfonds",
            "kinderopvangtoeslag": "Opslag kinderopvangtoeslag", "whk": "Premie Werkhervattingskas",
            "zvw": "Werkgeversheffing Zorgverzekeringswet",
            "arbeidsongeschiktheid_werkgever": "Premie arbeidsongeschiktheid (werkgever)",
            "arbeidsongeschiktheid_franchise": "Franchise arbeidsongeschiktheid",
            "loonindex": "Loonindex", "prijsindex": "Prijsindex", "weging_loon": "Weging van de loonindex",
            "nacalculatie": "Nacalculatie"}


def _labels() -> dict[str, str]:
    uit: dict[str, str] = {}
    for s in (*v.SECTIES, v.ORT_SECTIE, v.OVERHEAD_SECTIE, v.RISICO_SECTIE):
        for veld in s.velden:
            uit[".".join((*s.pad, veld.sleutel))] = veld.label
    for _, kernveld in WERKGEVER:
        uit[f"loonkosten.werkgeverslasten.{kernveld}"] = INVOER[kernveld][0]
    return uit


LABELS = _labels()


def veldlabel(pad: str, functies: Sequence[str] = ()) -> str:
    """Het label van een YAML-pad zoals op Uitgangspunten: ``functies[0].maandsalaris`` -> ``Maandsalaris
    groepsleiding`` (``functies``: de namen van de functies van het model)."""
    if pad in LABELS:
        return LABELS[pad]
    if pad.startswith("ort_tabel.banden["):
        return f"ORT-band {int(pad.split('[')[1].split(']')[0]) + 1}"
    if pad.startswith("functies[") and pad.endswith(".maandsalaris"):
        i = int(pad.split("[")[1].split("]")[0])
        return f"Maandsalaris {functies[i]}" if i < len(functies) else "Maandsalaris"
    laatste = pad.rsplit(".", 1)[-1]
    return _PREMIES.get(laatste, laatste.replace("_", " ").capitalize())


def plaats(tekst: str, m: KwvModel) -> str:
    """De plaats van een waarschuwing in woorden: ``bezettingsgraad (m.yaml, regel 7)`` -> ``Normbezetting
    (m.yaml, regel 7)``."""
    pad, haakje, rest = tekst.partition(" (")
    if not pad or " " in pad:
        return leesbaar(tekst)
    return veldlabel(pad, [f.naam for f in m.functies]) + (f" ({rest}" if haakje else "")


def leesbaar(tekst: str) -> str:
    """Tekst voor een mens: zonder parameternamen en met spaties in plaats van liggende streepjes."""
    tekst = re.sub(r"\s*\((?:register, )?[a-z0-9_]+(?:\.[a-z0-9_]+)+\)", "", tekst)
    tekst = re.sub(r"\b[a-z0-9_]+(?:\.[a-z0-9_]+){2,}\b", "het register", tekst)
    return re.sub(r"(?<=[a-z])_(?=[a-z])", " ", tekst)


class _Schrijver:
    def __init__(self, b: Blad) -> None:
        self.b = b

    def rij(self, label: str, tekst: str, stijl: object = None) -> None:
        b = self.b
        b.label(b.rij, 0, label, b.op.label_vet)
        b.tekstvak(b.rij, TEKSTKOLOMMEN[0], TEKSTKOLOMMEN[1], tekst, stijl if stijl is not None else b.op.uitleg)
        b.rij += 1

    def kleur(self, naam: str, kleur: str, tekst: str) -> None:
        b = self.b
        b.ws.write_string(b.rij, 0, naam, b.wb.add_format({"bg_color": kleur, "border": 1, "font_size": 10,
                                                           "valign": "top", "text_wrap": True}))
        b.tekstvak(b.rij, TEKSTKOLOMMEN[0], TEKSTKOLOMMEN[1], tekst, b.op.uitleg)
        b.rij += 1


def schrijf_toelichting(b: Blad, m: KwvModel, res: Resultaat, diensten: int, functies: int, sha: str) -> None:
    """Schrijf het tabblad Toelichting (het werkboek bestaat dan al, op dit blad na); ``sha`` is de SHA-256
    van de invoer."""
    from kostprijs.core.afronding import rond_af

    s, ws, op = _Schrijver(b), b.ws, b.op
    b.kop("Kopgetal", 3)
    ws.write_string(b.rij, 0, "Voorziening", op.label_vet)
    b.tekst(b.rij, 1, m.naam, op.tekst)
    b.rij += 1
    ws.write_string(b.rij, 0, "Tarief per bezet etmaal", op.label_vet)
    b.formule(b.rij, 1, "tarief_per_bezet_etmaal_afgerond", rond_af(res.waarde("tarief_per_bezet_etmaal")), "geld",
              soort="gerapporteerd")
    ws.write_string(b.rij, 2, "EUR per bezet etmaal, afgerond op centen", op.label)
    b.rij += 1
    s.rij("Waarvoor", "De reële kostprijs en het tarief per bezet etmaal van een kleinschalige woonvoorziening, "
          "opgebouwd uit formatie, personeelskosten, cliëntkosten, huisvesting, overhead, indexering en risico, "
          "met de indeling van de AMvB reële prijzen Jeugdwet (elementen a tot en met d).")

    b.kop("Handleiding: zo werkt u met dit werkboek", 3)
    stappen = [
        ("1. Invullen", "Vul de gekleurde cellen op het tabblad Uitgangspunten in. Alleen die cellen zijn te "
                        "wijzigen; de andere tabbladen rekenen met formules mee. Een keuzelijst toont woorden: kies "
                        "uit de lijst. Typ percentages met het %-teken (85%), bedragen zonder €-teken en tijden als "
                        "uu:mm."),
        ("2. Soort waarde", "Elke invoercel heeft een soort: in de kleur en (bij losse gegevens) in de kolom Soort. "
                            "Een cel met een opmerking (rood driehoekje) kreeg haar waarde uit het register of als "
                            "suggestie: de opmerking noemt de bron. Een cel zonder opmerking is uw eigen waarde. "
                            + " ".join(UITLEG[k] for k in ("vast", "suggestie", "eigen"))),
        ("3. Diensten en functies", f"Uitgangspunten heeft regels voor {diensten} diensten en {functies} functies. "
                                    "Vul een vrije regel helemaal in voor een extra dienst of functie (kies de soort "
                                    "in de keuzelijst): het werkboek rekent hem direct mee. Maak een regel helemaal "
                                    "leeg om een dienst of functie te schrappen; een lege regel telt 0."),
        ("4. Terug naar een model", "Met kostprijs lees-excel BESTAND.xlsx leest u Uitgangspunten terug: elke cel "
                                    "wordt gecontroleerd en het tarief opnieuw uitgerekend; met --yaml MODEL.yaml "
                                    "bewaart u de invoer als model. Een waarde uit het register die u wijzigt, wordt "
                                    "dan een eigen waarde."),
        ("5. Afdrukken", "Elk tabblad past op A4, één pagina breed, met de naam van de woning, de datum en de "
                         "versie van kostprijs in de kop."),
        ("6. Beveiliging", "De tabbladen zijn beveiligd zonder wachtwoord, zodat u niet per ongeluk een formule "
                           "overschrijft. Dat is een hulp, geen beveiliging (Controleren, Blad opheffen)."),
    ]
    if m.ort_tabel is not None:
        stappen.append(("7. ORT uit het rooster", "De ORT-gewogen uren per dienst (grijs, tabblad Formatie) "
                        "rekent kostprijs uit de ORT-banden en de diensttijden. Wijzigt u die, of vult u een vrije "
                        "dienst in, reken dan opnieuw met kostprijs lees-excel."))
    for label, tekst in stappen:
        s.rij(label, tekst)

    b.kop("Kleuren", 3)
    for naam, kleur, tekst in (
        ("vast (register)", KLEUR_INVOER_VAST, UITLEG["vast"]),
        ("suggestie", KLEUR_INVOER_SUGGESTIE, UITLEG["suggestie"]),
        ("eigen waarde", KLEUR_INVOER, UITLEG["eigen"]),
        ("formule", KLEUR_AFGELEID, "Formule: rekent met de invoer mee. De waarde die kostprijs berekende staat "
                                    "er al in, ook voor programma's die niet zelf rekenen."),
        ("door kostprijs berekend", KLEUR_VAST, "Vaste gegevens die kostprijs berekende (bijvoorbeeld ORT-gewogen "
                                                "uren, indexcijfers en premies); geen invoer."),
        ("gerapporteerd", KLEUR_GERAPPORTEERD, "Gerapporteerd: afgerond op centen, een halve cent van nul af. Alle "
                                               "andere cellen rekenen onafgerond en tonen alleen minder decimalen."),
    ):
        s.kleur(naam, kleur, tekst)

    b.kop("Herkomst", 3)
    s.rij("Versie van kostprijs", __version__)
    ws.write_string(b.rij, 0, "Parameterjaar", op.label_vet)
    ws.write_number(b.rij, 1, m.jaar, b.op.cel("vast", "geheel"))
    b.rij += 1
    s.rij("Invoer (SHA-256)", sha)
    s.rij("Bron van de rekenregels", "De methodebeschrijving van kostprijs (docs/methode.md); CAO Jeugdzorg "
          "(werktijden, ORT, vakantietoeslag, eindejaarsuitkering); Besluit Jeugdwet art. 2.3 (AMvB reële prijzen, "
          "Stb. 2024, 69). De bron van elke invoer staat in de opmerking bij de cel op Uitgangspunten.")
    if res.waarschuwingen:
        b.kop("Waarschuwingen (controleer deze punten)", 3)
        for w in res.waarschuwingen:
            s.rij(w.code.replace("_", " ").capitalize(), f"{leesbaar(w.tekst)} ({plaats(w.plaats, m)})")
    b.kop("Conventies", 3)
    for k, tekst in res.conventies.items():
        s.rij(CONVENTIES.get(k, k.replace("_", " ").capitalize()), leesbaar(tekst))
    uit_register = [h for h in res.herkomst if h.soort != "eigen" and isinstance(h.waarde, float)]
    if uit_register:
        b.kop("Waarden uit het register, de kalender of een salaristabel", 3)
        for h in uit_register:
            waarde = nl_getal(float(h.waarde), 4).rstrip("0").rstrip(",")
            s.rij(veldlabel(h.veld, [f.naam for f in m.functies]),
                  f"{waarde}. " + leesbaar(herkomst_tekst(h, beschrijving_parameter(m, h.parameter))))
    s.rij("Tabbladen", "Toelichting, Uitgangspunten, Formatie, Personeelskosten, Huisvesting, Overhead, "
          "Tariefopbouw, Bezetting")

