/**
 * The CLI has no interactive step: a sheet's kind and columns confirmed once in the task pane
 * (or the web page) are in the workbook's Cấu hình, and every verb reads the sheet that way.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { saveXlsx } from "../../src/app/files";
import { confirmSheetMapping } from "../../src/app/recognize";
import { main } from "../../src/cli/main";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }).then((code) => ({ code, out: out.join("\n"), err: err.join("\n") }));
}

const dir = mkdtempSync(path.join(tmpdir(), "chungsuc-cli-mapping-"));

async function rosterFile(confirm: boolean): Promise<string> {
  const book = XlsxWorkbook.empty();
  await book.addUserSheet({
    name: "Nhân sự",
    rows: [
      ["Cột 1", "Cột 2", "Cột 3", "Cột 4"],
      ["Nguyễn Văn An", "UBND xã", "Công chức", "5tr"],
      ["Lê Thị Bình", "UBND xã", "Nhân viên", "4,2 triệu"],
    ],
  });
  if (confirm) await confirmSheetMapping(book, "Nhân sự", "roster", { headerRows: [1], mapping: { name: "A", unit: "B", position: "C", income: "D" } });
  const file = path.join(dir, confirm ? "confirmed.xlsx" : "plain.xlsx");
  writeFileSync(file, await saveXlsx(book));
  return file;
}

describe("chung-suc CLI on a sheet whose columns were confirmed in the task pane", () => {
  it("inspect reports the sheet as confirmed, and quota reads its people", async () => {
    const plain = await rosterFile(false);
    const before = JSON.parse((await run(["inspect", plain, "--json"])).out) as { sheets: { sheet: string; kind: string | null; confirmed: boolean }[] };
    expect(before.sheets).toEqual([expect.objectContaining({ sheet: "Nhân sự", confirmed: false })]);
    expect(before.sheets[0].kind).not.toBe("roster");
    const none = await run(["quota", plain, "--json"]);
    expect(none.code).toBe(0);
    expect((JSON.parse(none.out) as { people: unknown[] }).people).toEqual([]);

    const file = await rosterFile(true);
    const json = await run(["inspect", file, "--json"]);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.out) as { sheets: { sheet: string; kind: string | null; confirmed: boolean; unsure: boolean }[] };
    expect(doc.sheets).toEqual([expect.objectContaining({ sheet: "Nhân sự", kind: "roster", confirmed: true, unsure: false })]);
    const text = await run(["inspect", file]);
    expect(text.out).toContain('"Nhân sự": Danh sách cán bộ, tiêu đề ở dòng 1');
    expect(text.out).toContain("(cột đã xác nhận)");

    const quota = await run(["quota", file, "--json"]);
    expect(quota.code).toBe(0);
    const q = JSON.parse(quota.out) as { people: { name: string; income: number }[] };
    expect(q.people.map((p) => [p.name, p.income])).toEqual([
      ["Nguyễn Văn An", 5_000_000],
      ["Lê Thị Bình", 4_200_000],
    ]);
  });
});
