"""De hoofdstukken van het formulier in de volgorde van de handreiking, uit de ruwe modelgegevens.

Woning en conventies, rooster, functies, productiviteit, loonkosten, cliëntkosten, huisvesting,
overhead en risico, indexering. Wat er te zien is hangt af van het model (huur of eigendom, ORT uit het
rooster, werkgeverslasten van onderop); zo'n keuze is een :class:`Knop` met een actie
(:mod:`kostprijs.web.acties`).
"""

from __future__ import annotations

from typing import Any

from kostprijs.inputs import WEEKDAGEN
from kostprijs.web.formulier import JANEE, Blok, Invoer, Knop, Tabel, _bij, invoer

DAGEN = tuple((d, d) for d in WEEKDAGEN)


def secties(data: Any) -> list[Blok]:
    """Alle blokken van het formulier voor deze (mogelijk nog ongeldige) gegevens."""
    d = data if isinstance(data, dict) else {}
    return [_woning(d), _rooster(d), _functies(d), _productiviteit(d), _loonkosten(d), _clientkosten(d),
            _huisvesting(d), _overhead(d), _indexering(d)]


def _woning(d: dict[str, Any]) -> Blok:
    c = ("conventies",)
    return Blok("woning", "Woning en conventies", (
        invoer(d, ("naam",)),
        invoer(d, ("jaar",)),
        invoer(d, ("peildatum",), "datum", "Peildatum (leeg: 1 januari van het jaar)", "JJJJ-MM-DD", leeg_mag=True),
        invoer(d, ("plaatsen",)),
        invoer(d, ("bezettingsgraad",)),
        invoer(d, ("dagen_per_jaar",)),
        invoer(d, (*c, "weken_per_jaar")),
        invoer(d, (*c, "overhead_conventie"), actie="overheadconventie"),
        invoer(d, (*c, "overhead_grondslag"), "vinkjes", "Overheadgrondslag", "",
               keuzes=("personeel", "clientkosten", "huisvesting")),
        invoer(d, (*c, "risico_grondslag")),
        invoer(d, (*c, "afronding")),
        invoer(d, (*c, "bezettingsbasis")),
        invoer(d, ("parameters", "aanvaard"), "vinkjes", "Registerwaarden zonder waarschuwing", "",
               keuzes=("afgeleid", "derden")),
    ))


def _rooster(d: dict[str, Any]) -> Blok:
    pad = ("rooster", "diensten")
    diensten = _bij(d, pad)
    rijen = []
    for i in range(len(diensten) if isinstance(diensten, list) else 0):
        p = (*pad, i)
        rijen.append((
            invoer(d, (*p, "naam")), invoer(d, (*p, "begin")), invoer(d, (*p, "eind")),
            invoer(d, (*p, "personeel")),
            invoer(d, (*p, "dagen"), "dagen", "Dagen", "", keuzes=WEEKDAGEN),
            invoer(d, (*p, "soort")), invoer(d, (*p, "post"), "tekst"),
        ))
    t = ("rooster", "telfactoren")
    return Blok("rooster", "Rooster", (
        Tabel(pad, "Diensten", ("Dienst", "Begin", "Eind", "Medewerkers", "Dagen", "Soort", "Post"), tuple(rijen),
              "Dienst toevoegen"),
        invoer(d, (*t, "wakker")), invoer(d, (*t, "slaap")), invoer(d, (*t, "waak")),
    ), "Een slaapdienst telt voor de telfactor (CAO Jeugdzorg 8.3); een wakende nacht is soort 'wakker'.")


def _functies(d: dict[str, Any]) -> Blok:
    pad = ("functies",)
    functies = _bij(d, pad)
    rijen: list[tuple[Invoer | Knop, ...]] = []
    tabel_nodig = False
    for i in range(len(functies) if isinstance(functies, list) else 0):
        p = (*pad, i)
        f = functies[i] if isinstance(functies[i], dict) else {}
        ort = f.get("ort") if isinstance(f.get("ort"), dict) else None
        methode = str(ort.get("methode", "")) if ort else "geen"
        tabel_nodig |= methode == "tabel"
        groep = f.get("soort") == "groep"
        rij: list[Invoer | Knop] = [
            invoer(d, (*p, "naam")),
            invoer(d, (*p, "soort"), actie="functiesoort"),
            invoer(d, (*p, "amvb")),
            invoer(d, (*p, "maandsalaris"), leeg_mag="schaal" in f),
            invoer(d, (*p, "aandeel_rooster")) if groep else invoer(d, (*p, "fte")),
            Knop("ort", "ORT", (("geen", "geen"), ("percentage", "percentage"), ("tabel", "uit het rooster")),
                 methode, p),
        ]
        if methode == "percentage":
            rij.append(invoer(d, (*p, "ort", "percentage"), label="ORT-percentage", eenheid="/1"))
        if groep:
            rij.append(Knop("inhuur", "Inhuur (PNIL)", JANEE, "ja" if isinstance(f.get("inhuur"), dict) else "nee", p))
            if isinstance(f.get("inhuur"), dict):
                rij += [invoer(d, (*p, "inhuur", "aandeel_roosteruren"), label="Aandeel inhuur", eenheid="/1"),
                        invoer(d, (*p, "inhuur", "uurtarief"), label="Uurtarief inhuur", eenheid="EUR/uur")]
        rijen.append(tuple(rij))
    delen: list[Invoer | Knop | Tabel] = [
        Tabel(pad, "Functies", ("Functie", "Soort", "AMvB", "Maandsalaris", "Fte of aandeel", "ORT", "Meer"),
              tuple(rijen), "Functie toevoegen")]
    if tabel_nodig or isinstance(d.get("ort_tabel"), dict):
        o = ("ort_tabel",)
        delen += [invoer(d, (*o, "maximum_uurloon")), invoer(d, (*o, "doorbetaling_bij_afwezigheid"), "janee",
                                                              keuzes=("ja", "nee")),
                  invoer(d, (*o, "uurloon_deler"), eenheid="deler")]
    return Blok("functies", "Functies en salarissen", tuple(delen),
                "Groepsfuncties dragen de roosteruren; vaste functies hebben een eigen fte. ORT uit het rooster "
                "gebruikt de ORT-banden uit het register (CAO Jeugdzorg 8.1).")


def _productiviteit(d: dict[str, Any]) -> Blok:
    p = ("productiviteit",)
    return Blok("productiviteit", "Productiviteit", tuple(invoer(d, (*p, v)) for v in (
        "contracturen_per_week", "verlofuren", "feestdagen_op_werkdag", "uren_per_feestdag", "verzuimpercentage",
        "scholingsuren", "overleguren", "overige_uren")), "Leeg laten: de waarde komt uit het register of de kalender.")


def _loonkosten(d: dict[str, Any]) -> Blok:
    p = ("loonkosten",)
    wg = _bij(d, (*p, "werkgeverslasten"))
    opbouw = isinstance(wg, dict)
    delen: list[Invoer | Knop | Tabel] = [
        invoer(d, (*p, "vakantietoeslag")), invoer(d, (*p, "vakantietoeslag_minimum_per_maand")),
        invoer(d, (*p, "eindejaarsuitkering")),
        Knop("werkgeverslasten", "Werkgeverslasten", (("percentage", "percentage"), ("opbouw", "van onderop")),
             "opbouw" if opbouw else "percentage"),
    ]
    if opbouw:
        w = (*p, "werkgeverslasten")
        delen += [invoer(d, (*w, "awf"), "keuze", "AWf-premie", keuzes=("laag", "hoog"), leeg_mag=True),
                  invoer(d, (*w, "aof"), "keuze", "Aof-premie", keuzes=("laag", "hoog"), leeg_mag=True),
                  invoer(d, (*w, "kinderopvangtoeslag"), "janee", "Opslag kinderopvangtoeslag", keuzes=("ja", "nee"),
                         leeg_mag=True),
                  invoer(d, (*w, "whk"), label="Whk-premie", eenheid="/1"),
                  invoer(d, (*w, "pensioen_werkgeversdeel"), label="Pensioen werkgeversdeel", eenheid="/1"),
                  invoer(d, (*w, "arbeidsongeschiktheid_werkgever"), label="AP/WIA-excedent werkgever",
                         eenheid="/1")]
    else:
        delen.append(invoer(d, (*p, "werkgeverslasten"), label="Werkgeverslasten"))
    delen.append(invoer(d, (*p, "overige_personeelskosten")))
    return Blok("loonkosten", "Loonkosten", tuple(delen))


def _namentabel(d: dict[str, Any], pad: tuple[str, ...], titel: str, eenheid: str, erbij: str) -> Tabel:
    blok = _bij(d, pad)
    rijen = tuple((Invoer((*pad, naam), "Post", "tekst", waarde=naam, actie="hernoem"),
                   invoer(d, (*pad, naam), "getal", "Bedrag", eenheid))
                  for naam in (blok if isinstance(blok, dict) else {}))
    return Tabel(pad, titel, ("Post", f"Bedrag [{eenheid}]"), rijen, erbij, namen=True)


def _clientkosten(d: dict[str, Any]) -> Blok:
    return Blok("clientkosten", "Cliëntkosten", (
        _namentabel(d, ("clientkosten", "per_bezet_etmaal"), "Per bezet etmaal", "EUR/bezet etmaal",
                    "Post per etmaal toevoegen"),
        _namentabel(d, ("clientkosten", "vast_per_jaar"), "Vast per jaar", "EUR/jaar", "Vaste post toevoegen"),
    ))


def _investering(d: dict[str, Any], pad: tuple[str, ...]) -> list[Invoer | Knop | Tabel]:
    return [invoer(d, (*pad, v)) for v in ("investering", "afschrijvingstermijn_jaren", "rentepercentage",
                                            "restwaarde", "rente_over")]


def _huisvesting(d: dict[str, Any]) -> Blok:
    p = ("huisvesting",)
    h = _bij(d, p)
    h = h if isinstance(h, dict) else {}
    eigendom = isinstance(h.get("eigendom"), dict)
    delen: list[Invoer | Knop | Tabel] = [Knop("pand", "Pand", (("huur", "huur"), ("eigendom", "eigendom")),
                                               "eigendom" if eigendom else "huur")]
    delen += _investering(d, (*p, "eigendom")) if eigendom else [invoer(d, (*p, "huur_per_jaar"))]
    delen += [invoer(d, (*p, v)) for v in ("energie_en_water", "onderhoud_en_schoonmaak",
                                           "verzekeringen_en_belastingen", "overig")]
    heeft = isinstance(h.get("inventaris"), dict)
    delen.append(Knop("inventaris", "Inventaris (afschrijving en rente)", JANEE, "ja" if heeft else "nee"))
    if heeft:
        delen += _investering(d, (*p, "inventaris"))
    return Blok("huisvesting", "Huisvesting", tuple(delen))


def _overhead(d: dict[str, Any]) -> Blok:
    bedrag = _bij(d, ("conventies", "overhead_conventie")) == "bedrag"
    veld = invoer(d, ("overhead", "bedrag_per_jaar"), label="Overheadbedrag") if bedrag else \
        invoer(d, ("overhead", "percentage"), label="Overheadpercentage")
    return Blok("overhead", "Overhead en risico", (veld, invoer(d, ("risico_opslag",))),
                "De overheadconventie (aandeel van het totaal, opslag of bedrag) staat bij Woning en conventies.")


def _indexering(d: dict[str, Any]) -> Blok:
    ix = d.get("indexering")
    if not isinstance(ix, dict):
        return Blok("indexering", "Indexering", (Knop("indexering", "Indexering naar het tariefjaar",
                                                      (("geen", "geen"), ("vng_gewogen", "VNG gewogen"),
                                                       ("per_component", "per component")), "geen"),))
    p = ("indexering",)
    eigen = "vng_jaar" not in ix
    delen: list[Invoer | Knop | Tabel] = [
        Knop("indexering", "Indexering naar het tariefjaar", (("geen", "geen"), ("vng_gewogen", "VNG gewogen"),
                                                              ("per_component", "per component")),
             str(ix.get("methode", "geen"))),
        Knop("indexbron", "Indexcijfers", (("vng", "VNG-cijfers uit het register"), ("eigen", "eigen cijfers")),
             "eigen" if eigen else "vng"),
    ]
    if eigen:
        delen += [invoer(d, (*p, "loonindex"), label="Loonindex", eenheid="/1"),
                  invoer(d, (*p, "prijsindex"), label="Prijsindex", eenheid="/1")]
        if ix.get("methode") == "vng_gewogen":
            delen.append(invoer(d, (*p, "weging_loon"), label="Weging loon", eenheid="/1"))
    else:
        delen.append(invoer(d, (*p, "vng_jaar"), "geheel", "VNG-jaar", "jaar"))
    delen.append(invoer(d, (*p, "nacalculatie"), "tekst", "Nacalculatie (fractie of 'vng')", "/1", leeg_mag=True))
    return Blok("indexering", "Indexering", tuple(delen), "AMvB-element d (methode.md, indexering).")
