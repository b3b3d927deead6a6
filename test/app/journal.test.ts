/** Nhật ký is append-only: every step adds a row, and no step ever changes an earlier row. */
import fc from "fast-check";
import { allocateWorkbook } from "../../src/app/allocate";
import { approveAllocation } from "../../src/app/approve";
import { sampleWorkbook } from "../../src/app/files";
import { appendLog, readLog } from "../../src/app/journal";
import { checkWorkbook, normalizeWorkbook } from "../../src/app/validate";
import { LOG_HEADER, LOG_SHEET } from "../../src/domain/log";
import type { CellValue } from "../../src/domain/sheet/types";
import type { WorkbookPort } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { FakeExcel } from "../excel/fakeExcel";
import { portOver } from "../excel/harness";

async function rows(port: WorkbookPort): Promise<CellValue[][]> {
  return (await port.readSheet(LOG_SHEET)).values;
}

const entry = fc.record({
  time: fc.date({ min: new Date("2024-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
  user: fc.option(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ""), { nil: null }),
  step: fc.constantFrom("Kiểm tra danh sách ủng hộ", "Phân bổ kinh phí cho công trình", "Phê duyệt phân bổ", "=SUM(A1)"),
  counts: fc.string({ maxLength: 20 }),
  dataHash: fc.array(fc.constantFrom(..."0123456789abcdef"), { minLength: 64, maxLength: 64 }).map((a) => a.join("")),
});

describe.each([
  ["ExcelJS", () => XlsxWorkbook.empty() as WorkbookPort],
  ["Office.js (fake Excel)", () => portOver(new FakeExcel([{ name: "Trang 1", rows: [["x"]] }]))],
])("Nhật ký on %s", (_name, open) => {
  test("appending never changes an earlier row (random sequences of entries)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 6 }), async (entries) => {
        const port = open();
        let before: CellValue[][] = [];
        for (const e of entries) {
          await appendLog(port, e);
          const after = await rows(port);
          expect(after.length).toBe(before.length + (before.length === 0 ? 2 : 1));
          expect(after.slice(0, before.length)).toEqual(before);
          before = after;
        }
        expect(before[0]).toEqual(LOG_HEADER);
        const read = await readLog(port);
        expect(read.map((r) => r.step)).toEqual(entries.map((e) => e.step));
        expect(read.map((r) => r.dataHash)).toEqual(entries.map((e) => e.dataHash));
      }),
      { numRuns: 15 },
    );
  });
});

test("every step of a whole run appends its row (time, user, step, counts, hash) and keeps the earlier ones", async () => {
  const { book } = await sampleWorkbook();
  const ctx = { user: "Hà Thị Thu", now: () => new Date("2024-07-05T03:00:00Z") };
  const snapshots: CellValue[][][] = [];
  await checkWorkbook(book, {}, ctx);
  snapshots.push(await rows(book));
  await normalizeWorkbook(book, {}, ctx);
  snapshots.push(await rows(book));
  await allocateWorkbook(book, {}, ctx);
  snapshots.push(await rows(book));
  await approveAllocation(book, { approver: "Ma Đình Việt" }, ctx);
  snapshots.push(await rows(book));
  for (let i = 1; i < snapshots.length; i++) {
    expect(snapshots[i].length).toBeGreaterThan(snapshots[i - 1].length);
    expect(snapshots[i].slice(0, snapshots[i - 1].length)).toEqual(snapshots[i - 1]);
  }
  const log = await readLog(book);
  expect(log.map((e) => e.step)).toEqual(["Kiểm tra danh sách ủng hộ", "Chuẩn hóa danh sách ủng hộ", "Phân bổ kinh phí cho công trình", "Phê duyệt phân bổ"]);
  for (const e of log) {
    expect(e.time).toBe("2024-07-05T03:00:00.000Z");
    expect(e.user).toBe("Hà Thị Thu");
    expect(e.counts).not.toBe("");
    expect(e.dataHash).toMatch(/^[0-9a-f]{64}$/);
  }
});
