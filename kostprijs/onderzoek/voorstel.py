"""Normatief tariefvoorstel uit de spreiding en de eigen normen van de regio, met afleiding.

Per directe component kiest de regio een statistiek (standaard de mediaan). Vaste componenten
(personeel, inhuur, huisvesting) worden per plaatsdag (capaciteitsdag) vergeleken en gedeeld door de
normbezetting, zodat de lage bezetting van één aanbieder niet in het tarief doorwerkt
(``docs/methode.md#vast-en-variabel``); cliëntkosten bewegen met de bezetting en gaan per bezet etmaal.
Overhead komt niet uit de spreiding maar uit de norm van de regio, als aandeel van de integrale
kosten over de regiogrondslag: ``overhead = grondslag x s/(1-s)`` (:mod:`kostprijs.core.overhead`).
Alleen het eindtarief wordt afgerond (centen, rekenkundig, :func:`kostprijs.core.afronding.rond_af`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from kostprijs.core.afronding import rond_af
from kostprijs.core.conventies import opslag_uit_aandeel
from kostprijs.notatie import nl_getal
from kostprijs.onderzoek.definities import COMPONENTEN, GRONDSLAG, REGIO, VASTE_COMPONENTEN, Regiodefinities
from kostprijs.onderzoek.statistiek import Spreiding

STATISTIEKEN = ("gemiddelde", "mediaan", "gewogen_plaatsen", "gewogen_etmalen", "q1", "q3")
DIRECTE_COMPONENTEN = tuple(c for c in COMPONENTEN if c != "overhead")


_nl = nl_getal


@dataclass(frozen=True)
class Normen:
    """Eigen normen van de regio voor het voorstel (geen bron: een keuze van de regio)."""

    bezettingsgraad: float
    overhead_aandeel: float
    statistiek: dict[str, str] = field(default_factory=lambda: dict.fromkeys(DIRECTE_COMPONENTEN, "mediaan"))

    def __post_init__(self) -> None:
        from kostprijs.errors import InvoerFout, Melding

        fouten = []
        if not 0 < self.bezettingsgraad <= 1:
            fouten.append(Melding("--normbezetting", f"{self.bezettingsgraad:g} ligt niet in (0, 1]; bijv. 0.9"))
        if not 0 <= self.overhead_aandeel < 1:
            fouten.append(Melding("--overheadnorm", f"{self.overhead_aandeel:g} ligt niet in [0, 1); bijv. 0.2"))
        for comp, stat in self.statistiek.items():
            if comp not in DIRECTE_COMPONENTEN or stat not in STATISTIEKEN:
                fouten.append(Melding("--statistiek", f"'{comp}={stat}' kan niet; componenten: "
                                      f"{', '.join(DIRECTE_COMPONENTEN)}; statistieken: {', '.join(STATISTIEKEN)}"))
        if fouten:
            raise InvoerFout(fouten)


@dataclass(frozen=True)
class Voorstelregel:
    """Eén regel van de afleiding. [EUR/bezet etmaal]"""

    component: str
    maat: str
    statistiek: str
    waarde: float
    formule: str
    per_bezet_etmaal: float


@dataclass(frozen=True)
class Voorstel:
    """Het normatieve tarief met de volledige afleiding."""

    regels: tuple[Voorstelregel, ...]
    direct: float
    overhead: float
    tarief: float
    tarief_afgerond: float
    normen: Normen

    def als_dict(self) -> dict[str, object]:
        """Voor JSON."""
        return asdict(self)


def maak_voorstel(spreidingen: dict[str, Spreiding], normen: Normen,
                  regio: Regiodefinities = REGIO) -> Voorstel | str:
    """Stel het tarief voor; ``spreidingen`` per ``'component/maat'``. Geeft een reden als het niet kan."""
    regels = []
    for comp in DIRECTE_COMPONENTEN:
        stat = normen.statistiek.get(comp, "mediaan")
        vast = comp in VASTE_COMPONENTEN
        maat = "per_plaatsdag" if vast else "per_bezet_etmaal"
        s = spreidingen[f"{comp}/{maat}"]
        waarde = getattr(s, stat)
        if waarde is None:
            return f"geen voorstel: de groep voor {comp} heeft te weinig aanbieders (n = {s.n})"
        if vast:
            per_etmaal = waarde / normen.bezettingsgraad
            formule = (f"{stat} {_nl(waarde)} per plaatsdag / normbezetting "
                       f"{_nl(100 * normen.bezettingsgraad, 1)}% = {_nl(per_etmaal)}")
        else:
            per_etmaal = waarde
            formule = f"{stat} {_nl(waarde)} per bezet etmaal (beweegt mee met de bezetting)"
        regels.append(Voorstelregel(comp, maat, stat, waarde, formule, per_etmaal))
    direct = sum(r.per_bezet_etmaal for r in regels)
    grondslag = sum(r.per_bezet_etmaal for r in regels if r.component in GRONDSLAG[regio.overhead_grondslag])
    opslag = float(opslag_uit_aandeel(normen.overhead_aandeel))
    overhead = grondslag * opslag
    regels.append(Voorstelregel(
        "overhead", "norm", "norm", normen.overhead_aandeel,
        f"grondslag {_nl(grondslag)} x s/(1-s) met s = {_nl(100 * normen.overhead_aandeel, 1)}% "
        f"(opslag {_nl(100 * opslag, 2)}%) = {_nl(overhead)}", overhead))
    tarief = direct + overhead
    return Voorstel(tuple(regels), direct, overhead, tarief, rond_af(tarief), normen)
