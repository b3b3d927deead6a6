// Prints Chung Sức's documents (Công khai, Báo cáo, Khen thưởng) with LibreOffice, a sheet at a
// time, and turns page 1 of each into a PNG to look at:
//   node scripts/print-check.mjs [IN.xlsx] [OUTDIR]
// Without IN, builds the sample first (dist/cli.js demo, then disclose). Needs soffice
// (libreoffice-calc) and poppler-utils (pdfinfo, pdftoppm). Each document is copied into a
// workbook of its own (LibreOffice prints every sheet of a workbook, hidden ones too).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.resolve(process.argv[3] || path.join(root, "print-check"));
mkdirSync(outDir, { recursive: true });
const DOCUMENTS = [
  { sheet: "Công khai", slug: "cong-khai" },
  { sheet: "Báo cáo", slug: "bao-cao" },
  { sheet: "Khen thưởng", slug: "khen-thuong" },
];

let input = process.argv[2] ? path.resolve(process.argv[2]) : "";
if (!input) {
  const cli = path.join(root, "dist", "cli.js");
  if (!existsSync(cli)) execFileSync("node", [path.join(root, "scripts", "build-cli.mjs")], { stdio: "inherit" });
  const demo = path.join(outDir, "demo.xlsx");
  input = path.join(outDir, "disclose.xlsx");
  execFileSync("node", [cli, "demo", "--out", demo], { stdio: ["ignore", "ignore", "ignore"] });
  execFileSync("node", [cli, "disclose", demo, "--out", input], { stdio: "inherit" });
}

/**
 * ExcelJS's reader drops the "\" of escaped literals in number formats, so the money format
 * [>=1000000]#\.###\.##0;[>=1000]#\.##0;#,##0 comes back with bare dots (decimal points to
 * LibreOffice and Excel). Its conditional sections only ever hold literal dots: put the "\" back.
 */
function reescape(format) {
  if (!format || !/^\[>=\d+\]/.test(format)) return format;
  return format
    .split(";")
    .map((section) => (/^\[>=\d+\]/.test(section) ? section.replace(/(?<!\\)\./g, "\\.") : section))
    .join(";");
}

for (const d of DOCUMENTS) {
  // A workbook holding only this sheet: LibreOffice prints every sheet, hidden ones too.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(input);
  const ws = book.getWorksheet(d.sheet);
  if (!ws) {
    console.error(`${d.slug}: không có trang "${d.sheet}" trong ${input}`);
    process.exitCode = 1;
    continue;
  }
  for (const other of [...book.worksheets]) if (other.name !== d.sheet) book.removeWorksheet(other.id);
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
    const fixed = reescape(cell.numFmt);
    if (fixed !== cell.numFmt) cell.numFmt = fixed;
  }));
  const one = path.join(outDir, `${d.slug}.xlsx`);
  await book.xlsx.writeFile(one);
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", outDir, one], { stdio: ["ignore", "ignore", "ignore"], timeout: 300_000 });
  const pdf = one.replace(/\.xlsx$/, ".pdf");
  const info = execFileSync("pdfinfo", [pdf]).toString();
  const pages = /Pages:\s*(\d+)/.exec(info)?.[1] ?? "?";
  const size = /Page size:\s*(.*)/.exec(info)?.[1] ?? "?";
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, one.replace(/\.xlsx$/, "-page1")]);
  console.log(`${d.sheet}: ${pages} trang, khổ ${size}; trang 1: ${one.replace(/\.xlsx$/, "-page1.png")}`);
}
