#!/usr/bin/env bash
# Installs the system packages the tests need on a fresh Debian machine: Chromium (browser
# end-to-end tests), LibreOffice Calc (the second independent formula engine) and poppler
# (PDF to PNG for the look at the Summary sheet). Skips what is already there.
set -euo pipefail
packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || packages+=(poppler-utils)
if [ ${#packages[@]} -eq 0 ]; then
  echo "setup-machine: chromium, soffice and pdftoppm are already installed"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup-machine: installing ${packages[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" fonts-dejavu-core >/dev/null
