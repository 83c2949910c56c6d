#!/usr/bin/env bash
# A look at the generated workbook as a reader sees it: writes the seed case (or the inputs file
# given), lets LibreOffice recalculate and print it to PDF, and turns the Summary and Model pages
# into PNGs in test-artifacts/. Needs: soffice (libreoffice-calc-nogui) and pdftoppm (poppler-utils).
# Usage: scripts/render-summary-png.sh [INPUTS.json]
set -euo pipefail
cd "$(dirname "$0")/.."
inputs=${1:-examples/seed-case.json}
name=$(basename "$inputs" .json)
out=test-artifacts
mkdir -p "$out"
for tool in soffice pdftoppm pdftotext; do
  command -v "$tool" >/dev/null || { echo "render-summary-png: $tool not found (apt-get install -y libreoffice-calc-nogui poppler-utils)" >&2; exit 2; }
done

npm run --silent generate -- --inputs "$inputs" --out "$out/$name.xlsx" --force >/dev/null

# A private profile that recalculates on load: the file carries no cached values.
profile=$(mktemp -d /tmp/lo-profile.XXXXXX)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$profile/user"
cat > "$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
soffice -env:UserInstallation=file://"$profile" --headless --calc --convert-to pdf --outdir "$out" "$out/$name.xlsx" >/dev/null 2>&1 || true
[ -s "$out/$name.pdf" ] || { echo "render-summary-png: LibreOffice produced no PDF" >&2; exit 1; }

# The Summary's and the Model's pages, found by the sheet name that ends each page's footer.
pages=$(pdfinfo "$out/$name.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
rm -f "$out/$name"-summary-*.png "$out/$name"-model-*.png
for page in $(seq 1 "${pages:-1}"); do
  footer=$(pdftotext -f "$page" -l "$page" -layout "$out/$name.pdf" - | grep -v '^\s*$' | tail -n 1 || true)
  case "$footer" in
    *" Summary") sheet=summary ;;
    *" Model") sheet=model ;;
    *) continue ;;
  esac
  pdftoppm -png -r 80 -f "$page" -l "$page" "$out/$name.pdf" "$out/$name-$sheet-p$page"
done
ls "$out"/"$name"-*.png
