"""PNG-grafieken (matplotlib, optionele extra ``plot``): tarief tegen bezetting, verdelingen, aanloop."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from kostprijs.scenario.uitvoer import bewaar_figuur, matplotlib_pyplot

if TYPE_CHECKING:
    import pandas as pd


def lijn(df: pd.DataFrame, x: str, y: str, pad: str | Path, titel: str, xlabel: str, ylabel: str,
         groep: str | None = None) -> None:
    """Lijngrafiek van ``y`` tegen ``x`` (per ``groep`` een lijn)."""
    plt = matplotlib_pyplot()
    fig, ax = plt.subplots(figsize=(7, 4))
    delen = df.groupby(groep, sort=False) if groep else [("", df)]
    for label, deel in delen:
        ax.plot(deel[x], deel[y], marker="o", label=str(label) if groep else None)
    ax.set_title(titel)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(alpha=0.3)
    if groep:
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    bewaar_figuur(fig, pad)
    plt.close(fig)


def verdelingen(resultaten: Mapping[str, NDArray[np.float64]], pad: str | Path, titel: str) -> None:
    """Boxplot van het jaarresultaat (of de betaling) per financieringsvorm."""
    plt = matplotlib_pyplot()
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(resultaten) + 1.5))
    namen = list(resultaten)[::-1]  # eerste regel bovenaan
    ax.boxplot([resultaten[n] for n in namen], orientation="horizontal", whis=(5, 95), showfliers=False)
    ax.set_yticks(range(1, len(namen) + 1), namen, fontsize=7)
    ax.axvline(0, color="grey", lw=0.8)
    ax.set_title(titel)
    ax.set_xlabel("EUR per jaar (box: P25-P75, snorren: P5-P95)")
    bewaar_figuur(fig, pad)
    plt.close(fig)


def tornado(df: pd.DataFrame, pad: str | Path) -> None:
    """Tornadodiagram: tariefeffect van elke invoer een stap omlaag en omhoog (grootste bovenaan)."""
    plt = matplotlib_pyplot()
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(df) + 1.5))
    y = np.arange(len(df))[::-1]
    ax.barh(y, df["effect_laag"], color="#4a7ab5", label="stap omlaag")
    ax.barh(y, df["effect_hoog"], color="#d9822b", label="stap omhoog")
    ax.set_yticks(y, list(df["invoer"]), fontsize=8)
    ax.axvline(0, color="grey", lw=0.8)
    ax.set_xlabel("verschil in tarief per bezet etmaal (EUR)")
    ax.set_title("Gevoeligheid van het tarief")
    ax.legend(fontsize=7)
    bewaar_figuur(fig, pad)
    plt.close(fig)
