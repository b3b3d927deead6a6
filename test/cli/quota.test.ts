import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openXlsx, sampleWorkbook, saveXlsx } from "../../src/app/files";
import { computeWorkbookQuotas, QUOTA_SHEET, quotaJson } from "../../src/app/quota";
import { SETTINGS_SHEET_NAME } from "../../src/app/settings";
import type { SampleCampaign } from "../../src/app/sample";
import { main } from "../../src/cli/main";
import { quotaTruth, reportFigures } from "../fixtures/quotaTruth";

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }).then((code) => ({ code, out: out.join("\n"), err: err.join("\n") }));
}

const dir = mkdtempSync(path.join(tmpdir(), "chungsuc-quota-"));
let file: string;
let campaign: SampleCampaign;

beforeAll(async () => {
  const sample = await sampleWorkbook();
  campaign = sample.campaign;
  file = path.join(dir, "so-mau.xlsx");
  writeFileSync(file, await saveXlsx(sample.book));
});

describe("chung-suc quota", () => {
  it("--json prints one JSON document whose figures are the truth's and the domain's", async () => {
    const r = await run(["quota", file, "--json"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const doc = JSON.parse(r.out) as ReturnType<typeof quotaJson>;
    const truth = quotaTruth(campaign);
    expect(reportFigures(doc)).toEqual({ people: truth.people, staffUnits: truth.staffUnits });
    const domain = await computeWorkbookQuotas(await openXlsx(readFileSync(file)));
    expect(doc).toEqual(JSON.parse(JSON.stringify(quotaJson(domain))));
    for (const u of doc.units) expect(u).toEqual(expect.objectContaining({ unit: expect.any(String), contributedAmount: expect.any(Number) }));
    expect(doc.totals.contributedAmount).toBe(truth.contributedTotal);
  });

  it("prints a Vietnamese summary; --out writes the workbook with Định mức", async () => {
    const out = path.join(dir, "dinh-muc.xlsx");
    const r = await run(["quota", file, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("THEO ĐƠN VỊ");
    expect(r.out).toContain(campaign.quotaCases.noneTookPart);
    expect(r.out).toContain("Không ai tham gia");
    expect(r.out).toContain("CẦN XÁC NHẬN");
    expect(r.out).toContain(campaign.quotaCases.notInRoster!.name);
    const book = await openXlsx(readFileSync(out));
    const sheets = await book.listSheets();
    expect(sheets.find((s) => s.name === QUOTA_SHEET)?.owned).toBe(true);
    const grid = await book.readSheet(QUOTA_SHEET);
    const truth = quotaTruth(campaign);
    const names = grid.values.map((row) => row[1]);
    for (const u of truth.staffUnits) {
      const row = grid.values[names.indexOf(u.unit)];
      expect(row.slice(2, 7)).toEqual([u.headcount, u.participants, u.participationRate, u.expectedDays, u.expectedAmount]);
      expect(row[9]).toBe(u.contributedAmount);
    }
  });

  it("a bad Cấu hình value: exit 2 and a message naming the cell", async () => {
    const book = await openXlsx(readFileSync(file));
    const grid = await book.readSheet(SETTINGS_SHEET_NAME);
    const row = grid.values.findIndex((r) => r[0] === "participationThreshold") + grid.origin.row;
    await book.updateCells(SETTINGS_SHEET_NAME, [{ row, col: 2, value: "ba phần tư" }]);
    const bad = path.join(dir, "bad-settings.xlsx");
    writeFileSync(bad, await saveXlsx(book));
    const r = await run(["quota", bad, "--json"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(`ô B${row} (participationThreshold)`);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
