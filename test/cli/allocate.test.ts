import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { openXlsx, sampleWorkbook, saveXlsx } from "../../src/app/files";

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }).then((code) => ({ code, out: out.join("\n"), err: err.join("\n") }));
}

const dir = mkdtempSync(path.join(tmpdir(), "chungsuc-allocate-"));

describe("chung-suc allocate", () => {
  let input = "";
  beforeAll(async () => {
    const { book } = await sampleWorkbook();
    input = path.join(dir, "mau.xlsx");
    writeFileSync(input, await saveXlsx(book));
  });

  it("--json prints the contract document only, and the output has both sheets", async () => {
    const out = path.join(dir, "phanbo.xlsx");
    const before = readFileSync(input);
    const r = await run(["allocate", input, "--out", out, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { items: { name: string; allocated: number; requested: number }[]; total: number; unallocated: number; fund: number };
    expect(doc.items.map((i) => i.name)).toEqual(["Bê tông hóa đường trục xóm Bản Piềng", "Kênh mương nội đồng xóm Đồng Tâm", "Sửa chữa nhà văn hóa xóm Khuôn Tát", "Điện chiếu sáng đường liên xóm"]);
    expect(doc.items.reduce((s, i) => s + i.allocated, 0)).toBe(doc.total);
    expect(doc.total + doc.unallocated).toBe(doc.fund);
    for (const i of doc.items) expect(i.allocated).toBeLessThanOrEqual(i.requested);
    expect(readFileSync(input).equals(before)).toBe(true);
    const book = await openXlsx(readFileSync(out));
    const names = (await book.listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Phân bổ", "Quyết định", "Nhật ký"]));
    expect((await book.readSheet("Phân bổ")).values[0][0]).toBe("Phụ lục");
  });

  it("takes the method and the fund on the command line, in Vietnamese or English", async () => {
    const out = path.join(dir, "deu.xlsx");
    const equal = await run(["allocate", input, "--out", out, "--json", "--method", "chia đều"]);
    expect(equal.code).toBe(0);
    expect(JSON.parse(equal.out).method).toBe("equal");
    const confirmed = await run(["allocate", input, "--out", out, "--json", "--fund=confirmed"]);
    expect(JSON.parse(confirmed.out).fundSource).toBe("confirmed");
    const text = await run(["allocate", input, "--out", out]);
    expect(text.out).toContain("Chưa phân bổ");
    expect(text.out).toContain("chưa phê duyệt");
  });

  it("exits 2 with a Vietnamese sentence: no --out, a bad method, no works list", async () => {
    expect((await run(["allocate", input])).code).toBe(2);
    const bad = await run(["allocate", input, "--out", path.join(dir, "x.xlsx"), "--method", "ngẫu nhiên"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("chia đều");
    const book = await openXlsx(readFileSync(input));
    const noWorks = await (async () => {
      const { XlsxWorkbook } = await import("../../src/xlsx/workbook");
      const b = XlsxWorkbook.empty();
      const g = await book.readSheet("DS ủng hộ");
      await b.addUserSheet({ name: "DS ủng hộ", rows: g.values });
      const p = path.join(dir, "noworks.xlsx");
      writeFileSync(p, await b.toBuffer());
      return run(["allocate", p, "--out", path.join(dir, "y.xlsx")]);
    })();
    expect(noWorks.code).toBe(2);
    expect(noWorks.err).toContain("Không tìm thấy danh mục công trình");
    expect(noWorks.err).not.toMatch(/\n\s+at /);
  });
});
