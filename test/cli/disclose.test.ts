import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { openXlsx, sampleWorkbook, saveXlsx } from "../../src/app/files";
import { runDisclose } from "../../src/app/disclose";
import { moneyInWordsLine } from "../../src/domain/money";
import { writeFileSync } from "node:fs";

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }).then((code) => ({ code, out: out.join("\n"), err: err.join("\n") }));
}

const dir = mkdtempSync(path.join(tmpdir(), "chungsuc-disclose-"));

describe("chung-suc disclose", () => {
  let input: string;
  beforeAll(async () => {
    input = path.join(dir, "mau.xlsx");
    const { book } = await sampleWorkbook();
    writeFileSync(input, await saveXlsx(book));
  });

  it("writes Công khai, Báo cáo and Khen thưởng, the same sheets the app writes, and leaves the input alone", async () => {
    const out = path.join(dir, "congkhai.xlsx");
    const before = readFileSync(input);
    const r = await run(["disclose", input, "--out", out, "--date", "2024-07-15", "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.sheets).toEqual(["Công khai", "Báo cáo", "Khen thưởng"]);
    expect(readFileSync(input).equals(before)).toBe(true);
    const written = await openXlsx(readFileSync(out));
    const { book } = await sampleWorkbook();
    const direct = await runDisclose(book, { dateIso: "2024-07-15" });
    expect(doc.totals).toEqual(direct.disclosure.totals);
    for (const name of ["Công khai", "Báo cáo", "Khen thưởng"]) expect((await written.readSheet(name)).values).toEqual((await book.readSheet(name)).values);
    const values = (await written.readSheet("Công khai")).values;
    const total = values.findIndex((row) => row[1] === "TỔNG CỘNG");
    expect(values[total][9]).toBe(direct.disclosure.totals.totalValue);
    expect(values[total + 1][0]).toBe(moneyInWordsLine(direct.disclosure.totals.totalValue));
  });

  it("takes the choices as flags and refuses a bad one with exit 2", async () => {
    const out = path.join(dir, "received.xlsx");
    const r = await run(["disclose", input, "--out", out, "--scope", "received", "--sort", "name", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).options).toMatchObject({ scope: "received", sort: "name" });
    expect(JSON.parse(r.out).pledges.count).toBeGreaterThan(0);
    const bad = await run(["disclose", input, "--out", out, "--scope", "tất cả"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--scope");
    const badDate = await run(["disclose", input, "--out", out, "--date", "31/02/2024"]);
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain("--date");
    const vnDate = await run(["disclose", input, "--out", out, "--date", "15/07/2024"]);
    expect(vnDate.code).toBe(0);
    const values = (await (await openXlsx(readFileSync(out))).readSheet("Công khai")).values;
    expect(values[2]).toContain("Điềm Mặc, ngày 15 tháng 7 năm 2024");
  });

  it("without --out or with an unreadable file, exit 2 and a Vietnamese message", async () => {
    expect((await run(["disclose", input])).code).toBe(2);
    const missing = await run(["disclose", path.join(dir, "none.xlsx"), "--out", path.join(dir, "x.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Không mở được");
  });
});
