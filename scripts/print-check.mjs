// Prints a workbook with LibreOffice, as an office would, and turns the first page of each
// Chung Sức document (Công khai, Báo cáo, Khen thưởng) into a PNG to look at.
//   node scripts/print-check.mjs [IN.xlsx] [OUTDIR]
// Without IN, builds the sample first (dist/cli.js demo, then disclose). Needs soffice
// (libreoffice-calc) and poppler-utils (pdfinfo, pdftotext, pdftoppm). The workbook is printed
// as written (no re-saving, which could change its formats); each document's first page is
// found by its title.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, copyFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.resolve(process.argv[3] ?? path.join(root, "print-check"));
mkdirSync(outDir, { recursive: true });
const DOCUMENTS = [
  { slug: "cong-khai", title: "BẢNG CÔNG KHAI" },
  { slug: "bao-cao", title: "Kết quả cuộc vận động" },
  { slug: "khen-thuong", title: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" },
];

let input = process.argv[2] && path.resolve(process.argv[2]);
if (!input) {
  const cli = path.join(root, "dist", "cli.js");
  if (!existsSync(cli)) execFileSync("node", [path.join(root, "scripts", "build-cli.mjs")], { stdio: "inherit" });
  const demo = path.join(outDir, "demo.xlsx");
  input = path.join(outDir, "disclose.xlsx");
  execFileSync("node", [cli, "demo", "--out", demo], { stdio: ["ignore", "ignore", "ignore"] });
  execFileSync("node", [cli, "disclose", demo, "--out", input], { stdio: "inherit" });
}

const copy = path.join(outDir, "print.xlsx");
if (path.resolve(input) !== copy) copyFileSync(input, copy);
execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", outDir, copy], { stdio: ["ignore", "ignore", "ignore"], timeout: 300_000 });
const pdf = copy.replace(/\.xlsx$/, ".pdf");
const pages = Number(/Pages:\s*(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1] ?? 0);
const texts = Array.from({ length: pages }, (_, i) => execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"]).toString());
for (const d of DOCUMENTS) {
  const first = texts.findIndex((t) => t.includes(d.title));
  if (first < 0) {
    console.error(`${d.slug}: không thấy "${d.title}" trong ${pdf}`);
    process.exitCode = 1;
    continue;
  }
  const page = first + 1;
  let last = page;
  while (last < pages && !DOCUMENTS.some((o) => texts[last].includes(o.title)) && /Trang \d+\/\d+/.test(texts[last]) && !/Trang 1\//.test(texts[last])) last++;
  const info = execFileSync("pdfinfo", ["-f", String(page), "-l", String(page), pdf]).toString();
  const size = new RegExp(`Page\\s+${page} size:\\s*(.*)`).exec(info)?.[1] ?? "?";
  const png = path.join(outDir, d.slug);
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", String(page), "-l", String(page), "-singlefile", pdf, png]);
  console.log(`${d.slug}: trang ${page}–${last} của ${path.basename(pdf)}, khổ ${size}; trang đầu: ${png}.png`);
}
