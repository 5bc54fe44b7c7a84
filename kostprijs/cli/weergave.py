"""Nederlandse tabelweergave voor de terminal (zonder extra afhankelijkheden)."""

from __future__ import annotations

from collections.abc import Sequence

from kostprijs.notatie import nl_eenheid, nl_getal, nl_procent

__all__ = ["nl_eenheid", "nl_getal", "nl_procent", "tabel"]


def tabel(kop: Sequence[str], rijen: Sequence[Sequence[str]], rechts: Sequence[bool] | None = None) -> str:
    """Eenvoudige uitgelijnde tabel; kolommen met ``rechts[i]`` worden rechts uitgelijnd."""
    rechts = rechts or [False] + [True] * (len(kop) - 1)
    breedtes = [max(len(str(r[i])) for r in [kop, *rijen] if r) for i in range(len(kop))]

    def regel(cellen: Sequence[str]) -> str:
        return "  ".join(c.rjust(b) if r else c.ljust(b) for c, b, r in zip(cellen, breedtes, rechts, strict=True))

    streep = "  ".join("-" * b for b in breedtes)
    return "\n".join([regel(kop), streep, *(regel(r) if r else streep for r in rijen)])
