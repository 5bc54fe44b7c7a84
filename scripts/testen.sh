#!/usr/bin/env bash
# Zet alles klaar en draai alle tests: de tweede opdracht uit de README, en wat .ci/run aanroept.
#
#   bash scripts/testen.sh                  # systeempakketten, .venv met '.[dev]', dan python -m pytest
#   bash scripts/testen.sh tests/test_cli.py -x   # argumenten gaan door naar pytest
#   bash scripts/testen.sh --alleen-systeem # alleen de systeempakketten controleren (en installeren)
#
# De tests hebben programma's nodig die pip niet levert: LibreOffice (soffice: rekent elk werkboek na),
# poppler (pdftoppm: werkboekpagina's als plaatje) en, zodra er webtests zijn, Chromium. Ontbreekt er
# één, dan installeert dit script het Debian-pakket als het als root draait en apt-get er is; anders
# zegt het precies welke opdracht u moet geven en stopt het (exitcode 1). Tests worden nooit overgeslagen.
set -euo pipefail
cd "${BASH_SOURCE[0]%/*}/.."

PYTHON="${PYTHON:-python3}"

# programma -> Debian-pakket; een regel erbij als de tests iets nieuws nodig hebben
NODIG=("soffice:libreoffice-calc-nogui" "pdftoppm:poppler-utils")
if compgen -G "tests/test_web*.py" >/dev/null || [ -d tests/web ]; then
  NODIG+=("chromium:chromium")
fi

ontbrekend() {
  local paar
  for paar in "${NODIG[@]}"; do
    command -v "${paar%%:*}" >/dev/null 2>&1 || printf '%s\n' "${paar#*:}"
  done
  "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1 || printf '%s\n' "python3-venv"
}

installeer() {  # installeer de genoemde Debian-pakketten, of zeg precies hoe
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "== systeempakketten installeren: $* =="
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  else
    {
      echo "kostprijs: de tests hebben deze Debian-pakketten nodig: $*"
      echo "installeer ze als beheerder en draai dit script opnieuw:"
      echo "  sudo apt-get install --no-install-recommends $*"
    } >&2
    exit 1
  fi
}

mapfile -t MIST < <(ontbrekend)
if [ "${#MIST[@]}" -gt 0 ]; then
  installeer "${MIST[@]}"
  mapfile -t MIST < <(ontbrekend)
  if [ "${#MIST[@]}" -gt 0 ]; then
    echo "kostprijs: na de installatie ontbreekt nog: ${MIST[*]} (staat het programma in PATH?)" >&2
    exit 1
  fi
fi
if [ "${1:-}" = "--alleen-systeem" ]; then
  echo "systeempakketten: in orde"
  exit 0
fi

if [ ! -x .venv/bin/python ]; then
  rm -rf .venv
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[dev]'
echo "== tests =="
exec .venv/bin/python -m pytest "$@"
