#!/usr/bin/env bash
# Installs, on a Debian machine, the system packages the tests need, skipping what is already
# there. Safe to run again. Needs root or sudo, and the Debian archive (apt) only.
set -euo pipefail

# The one list: a command the tests run, and the Debian package that provides it.
#   node, npm  - Node 20.9 or later runs the build and the tests
#   chromium   - browser end-to-end test of the task pane (driven by playwright-core)
#   soffice    - LibreOffice Calc, the second independent engine recalculating the .xlsx
#   pdftoppm   - poppler, turns LibreOffice's PDF of the Summary sheet into a PNG to look at
#   ssconvert  - Gnumeric, the third independent engine recalculating the .xlsx
REQUIRED=(
  "node:nodejs"
  "npm:npm"
  "chromium:chromium"
  "soffice:libreoffice-calc-nogui"
  "pdftoppm:poppler-utils"
  "ssconvert:gnumeric"
)
# Fonts for readable screenshots and PDFs; certificates for npm's https.
EXTRAS=(fonts-dejavu-core ca-certificates)

missing=()
for entry in "${REQUIRED[@]}"; do
  command -v "${entry%%:*}" >/dev/null 2>&1 || missing+=("${entry#*:}")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-machine: node, npm, chromium, soffice, pdftoppm and ssconvert are already installed"
else
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup-machine: installing ${missing[*]}"
  # wait for another apt run to finish instead of failing on its lock
  apt_options=(-o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)
  $sudo apt-get "${apt_options[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get "${apt_options[@]}" install -y -qq --no-install-recommends \
    "${missing[@]}" "${EXTRAS[@]}" >/dev/null
fi

# webpack-cli 7 needs Node 20.9 or later
if ! node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 20 || (major === 20 && minor >= 9) ? 0 : 1)'; then
  echo "setup-machine: Node $(node -v) is too old; Node 20.9 or later is needed (Debian 13 ships it;" >&2
  echo "  on Debian 12 install Node 20 or 22 from https://nodejs.org or your usual source, then run this again)." >&2
  exit 1
fi
