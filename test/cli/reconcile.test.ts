import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { openXlsx, sampleWorkbook, saveXlsx } from "../../src/app/files";
import { STATEMENT_SHEET } from "../../src/app/sample";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }).then((code) => ({ code, out: out.join("\n"), err: err.join("\n") }));
}

const dir = mkdtempSync(path.join(tmpdir(), "chungsuc-reconcile-"));

describe("chung-suc reconcile", () => {
  it("prints the DESIGN.md JSON for a workbook and a statement file, and writes Đối chiếu with --out", async () => {
    const { book, campaign } = await sampleWorkbook({ statementLines: 50 });
    const bookFile = path.join(dir, "so.xlsx");
    writeFileSync(bookFile, await saveXlsx(book));
    const statementBook = XlsxWorkbook.empty();
    await statementBook.addUserSheet(campaign.sheets.find((s) => s.name === STATEMENT_SHEET)!);
    const statementFile = path.join(dir, "saoke.xlsx");
    writeFileSync(statementFile, await saveXlsx(statementBook));
    const outFile = path.join(dir, "ketqua.xlsx");

    const r = await run(["reconcile", bookFile, "--statement", statementFile, "--json", "--out", outFile]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.lines).toHaveLength(campaign.statement.length);
    for (const l of doc.lines) {
      expect(Object.keys(l)).toEqual(expect.arrayContaining(["row", "status", "contributionRows", "score", "reason"]));
      const truth = campaign.statement.find((t) => t.row === l.row)!;
      expect(truth).toBeDefined();
      if (l.status === "matched") expect(l.contributionRows).toEqual(truth.pays);
    }
    expect(doc.contributions[0]).toEqual(expect.objectContaining({ row: expect.any(Number), status: expect.any(String), lineRows: expect.any(Array) }));
    expect(doc.summary.matched).toBeGreaterThan(0);
    const written = await openXlsx(readFileSync(outFile));
    expect((await written.listSheets()).map((s) => s.name)).toEqual(expect.arrayContaining(["Đối chiếu", "Nhật ký"]));
  });

  it("reads the statement sheet of the workbook itself when no file is given, in words", async () => {
    const { book } = await sampleWorkbook();
    const bookFile = path.join(dir, "so2.xlsx");
    writeFileSync(bookFile, await saveXlsx(book));
    const r = await run(["reconcile", bookFile]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Khớp: \d+/);
    expect(r.out).toMatch(/Số dư: đầu kỳ \+ ghi có − ghi nợ = cuối kỳ/);
  });

  it("exits 2 with a Vietnamese sentence on a missing statement file", async () => {
    const { book } = await sampleWorkbook();
    const bookFile = path.join(dir, "so3.xlsx");
    writeFileSync(bookFile, await saveXlsx(book));
    const r = await run(["reconcile", bookFile, "--statement", path.join(dir, "khong-co.xlsx"), "--json"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/Không mở được tệp sao kê/);
  });
});
