// Printed by `npm start` before the dev server: how to load the add-in into Excel.
console.log(`
AI Service ROI add-in: development server on https://localhost:3000/

Sideload into Excel on the web (any OS, needs a Microsoft 365 account):
  1. Open a workbook at https://excel.cloud.microsoft (or office.com), Home > Add-ins > More add-ins.
  2. My add-ins > Upload My Add-in > choose manifest.xml from this folder.
  3. Home tab > "Business case" opens the task pane; type =ROI. in a cell for the functions.

Sideload into Excel on Windows:   share a folder holding manifest.xml, add it as a Trusted Add-in
  Catalog (File > Options > Trust Center > Trusted Add-in Catalogs), restart Excel, then
  Home > Add-ins > Shared Folder.
Sideload into Excel on Mac:       copy manifest.xml to
  ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.
(Desktop sideloading cannot be done from Linux; use Excel on the web.)

Office only loads add-ins from trusted https: run once, after turning usage data off,
  npx office-addin-usage-data off && npx office-addin-dev-certs install
Without it the server uses a self-signed certificate your browser must accept first
(open https://localhost:3000/taskpane.html and accept it).
Press Ctrl+C to stop.
`);
