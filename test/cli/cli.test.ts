import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { STEPS } from "../../src/app/steps";
import { main } from "../../src/cli/main";
import { openXlsx } from "../../src/app/files";

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }).then((code) => ({ code, out: out.join("\n"), err: err.join("\n") }));
}

const dir = mkdtempSync(path.join(tmpdir(), "chungsuc-cli-"));

describe("chung-suc CLI", () => {
  it("words prints each amount as the Bằng chữ line writes it", async () => {
    const r = await run(["words", "125400000", "1.005.000"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toEqual(["Một trăm hai mươi lăm triệu bốn trăm nghìn đồng", "Một triệu không trăm linh năm nghìn đồng"]);
  });

  it("words refuses what is not an amount with exit 2 and a Vietnamese reason", async () => {
    const r = await run(["words", "đã nộp"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"đã nộp"');
  });

  it("text converts legacy encodings and leaves Unicode and foreign names alone", async () => {
    const r = await run(["text", "NguyÔn V¨n §øc", "Nguyeãn Vaên Ñöùc", "Nguye\u0302\u0303n", "José Müller"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toEqual(["Nguyễn Văn Đức", "Nguyễn Văn Đức", "Nguyễn", "José Müller"]);
  });

  it("every step's verb is wired: on a missing file it says the file cannot be opened, not that it is not built", async () => {
    const verbs = STEPS.flatMap((s) => s.verbs);
    expect(verbs).toEqual(expect.arrayContaining(["quota", "reconcile", "disclose", "allocate"]));
    for (const verb of verbs) {
      const r = await run([verb, path.join(dir, "none.xlsx"), "--out", path.join(dir, "out.xlsx"), "--statement", path.join(dir, "none.csv")]);
      expect(r.code).toBe(2);
      expect(r.err).not.toContain("chưa được xây dựng");
      expect(r.err).toMatch(/Không mở được|Không đọc được|Không tìm thấy/);
      expect(r.out).toBe("");
    }
  });

  it("help lists each verb once, with every verb the steps wire", async () => {
    const r = await run(["help"]);
    expect(r.code).toBe(0);
    const listed = r.out.split("\n").map((line) => /^ {2}([a-z]+) /.exec(line)?.[1]).filter((v): v is string => v !== undefined);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(expect.arrayContaining([...STEPS.flatMap((s) => s.verbs), "demo", "inspect", "words", "text"]));
  });

  it("a file that is not a workbook gives a Vietnamese message, exit 2, no stack trace", async () => {
    const bad = path.join(dir, "bad.xlsx");
    writeFileSync(bad, "not a zip");
    const r = await run(["inspect", bad]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không đọc được/);
    expect(r.err).not.toMatch(/\n\s+at /);
    const missing = await run(["inspect", path.join(dir, "none.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Không mở được/);
  });

  it("demo writes the result workbook and inspect --json reads it back", async () => {
    const out = path.join(dir, "ketqua.xlsx");
    const r = await run(["demo", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Điềm Mặc");
    expect(r.out).toContain("Các bước đã chạy: Nhập liệu, Kiểm tra, Định mức, Đối chiếu, Công khai, Phân bổ, Phê duyệt.");
    expect(r.out).not.toContain("chưa xây dựng");
    const book = await openXlsx(readFileSync(out));
    const names = (await book.listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["DS ủng hộ", "DS cán bộ", "Sao kê", "Danh mục công trình", "Nhật ký"]));
    const inspect = await run(["inspect", out, "--json"]);
    expect(inspect.code).toBe(0);
    const doc = JSON.parse(inspect.out) as { sheets: { sheet: string; kind: string | null }[] };
    expect(doc.sheets.filter((s) => s.kind).map((s) => s.kind).sort()).toEqual(["attendance", "contributions", "households", "roster", "statement", "works"]);
  });

  it("validate prints the contract JSON and exits 1 when a list has errors, 0 when clean", async () => {
    const clean = path.join(dir, "clean.xlsx");
    await run(["demo", "--out", clean]);
    const ok = await run(["validate", clean, "--json"]);
    expect(ok.code).toBe(0);
    const doc = JSON.parse(ok.out);
    expect(doc.rows).toBeGreaterThan(50);
    expect(Object.keys(doc.contributions[0]).sort()).toEqual(
      expect.arrayContaining(["sheet", "row", "name", "unit", "kind", "channel", "amount", "days", "inKindDescription", "inKindValue", "landArea", "date", "receipt"]),
    );
    expect(Object.keys(doc.diagnostics[0])).toEqual(expect.arrayContaining(["cell", "code", "column", "message", "row", "severity", "sheet"]));

    const book = await openXlsx(readFileSync(clean));
    await book.updateCells("DS ủng hộ", [{ row: 10, col: 4, value: "đã nộp" }]);
    const broken = path.join(dir, "broken.xlsx");
    writeFileSync(broken, await (await import("../../src/app/files")).saveXlsx(book));
    const bad = await run(["validate", broken, "--sheet", "DS ủng hộ"]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('Trang "DS ủng hộ", ô D10');
    const none = await run(["validate", broken, "--sheet", "Không có"]);
    expect(none.code).toBe(2);
  });

  it("validate reads a list as another office keeps it: in thousands, columns numbered, cash and transfers apart", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Ủng hộ");
    const rows = [
      ["DANH SÁCH HỘ GIA ĐÌNH ĐÓNG GÓP"],
      [null, null, null, "Đơn vị tính: 1.000 đồng"],
      ["STT", "Họ và tên", "Thôn", "Tiền mặt", "Chuyển khoản"],
      [1, 2, 3, 4, 5],
      [1, "Nguyễn Văn An", "Thôn Đông", 500, null],
      [2, "Trần Thị Bình", "Thôn Đông", null, "1.500"],
      ["", "Cộng thôn Đông", "", 500, 1500],
    ];
    rows.forEach((r) => ws.addRow(r));
    const file = path.join(dir, "office.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await run(["validate", file, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { contributions: { row: number; kind: string; amount: number; channel: string }[]; diagnostics: { cell: string; code: string }[] };
    expect(doc.contributions.map((c) => [c.row, c.kind, c.amount, c.channel])).toEqual([
      [5, "household", 500000, "cash"],
      [6, "household", 1500000, "transfer"],
    ]);
    expect(doc.diagnostics.map((d) => `${d.cell} ${d.code}`).sort()).toEqual(["D3 money-unit", "E3 money-unit", "E6 money-notation"]);
  });

  it("validate and normalize read a table pasted with each row in one cell, naming the cells the user typed", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    const rows = [
      ["DANH SÁCH ỦNG HỘ NTM THÔN BẢN CÁI NĂM 2024"],
      [],
      ["STT\tHọ và tên\tThôn\tSố tiền\tNgày nộp"],
      ["1\tNguyễn Văn Hùng\tBản Cái\t500.000\t12/06/2024"],
      ["2\tLê Thị Hằng\tBản Cái\t300k\t12/06/2024"],
      ["3\tHoàng Văn Tú\tBản Cái\tba trăm\t13/06/2024"],
    ];
    rows.forEach((r) => ws.addRow(r));
    const file = path.join(dir, "pasted.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await run(["validate", file, "--sheet", "Sheet1", "--json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as { contributions: { row: number; name: string; amount: number; date: string }[]; diagnostics: { cell: string; code: string; fix?: unknown }[]; lists: { headerRows: number[]; nameColumn: string; readAs?: string }[] };
    expect(doc.contributions.map((c) => [c.row, c.name, c.amount, c.date])).toEqual([
      [4, "Nguyễn Văn Hùng", 500000, "2024-06-12"],
      [5, "Lê Thị Hằng", 300000, "2024-06-12"],
    ]);
    expect(doc.diagnostics.filter((d) => d.code !== "money-notation" && d.code !== "date-notation").map((d) => `${d.cell} ${d.code}`)).toEqual(["A3 pasted-text", "A6 unreadable-amount"]);
    expect(doc.diagnostics.some((d) => d.fix !== undefined)).toBe(false);
    expect(doc.lists).toEqual([expect.objectContaining({ headerRows: [3], nameColumn: "A", readAs: "cells" })]);
    const text = await run(["validate", file, "--sheet", "Sheet1"]);
    expect(text.out).toContain('"Sheet1" (tiêu đề dòng 3, tách từ các ô chép cả hàng)');
    expect(text.out).toContain('Trang "Sheet1", ô A6: Số tiền "ba trăm" không đọc được');

    const out = path.join(dir, "pasted-out.xlsx");
    expect((await run(["normalize", file, "--out", out])).code).toBe(1);
    const normalized = await (await openXlsx(readFileSync(out))).readSheet("Chuẩn hóa");
    expect(normalized.values.slice(1, 3).map((row) => row[15])).toEqual(["Sheet1!A4", "Sheet1!A5"]);
  });

  it("validate and normalize read two lists typed side by side, the right one's donors pointing to its own cells", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Hai ap");
    [
      ["DANH SÁCH BÀ CON ỦNG HỘ NẠO VÉT KÊNH"],
      ["ẤP KINH 1", null, null, null, null, "ẤP KINH 2"],
      ["STT", "Họ và tên", "Số tiền (đồng)", "Ký nhận", null, "STT", "Họ và tên", "Số tiền (đồng)", "Ký nhận"],
      [1, "Danh Sơn", 300000, null, null, 1, "Huỳnh Văn Sáu", 500000],
      [2, "Lê Văn Mến", 200000, null, null, 2, "Lý Thị Hồng", "3OO.000"],
      [3, "Trần Thị Út", 500000],
      [null, "Cộng", 1000000, null, null, null, "Cộng", 500000],
      [null, "TỔNG CỘNG HAI ẤP", 1500000],
    ].forEach((r) => ws.addRow(r));
    ws.mergeCells("A1:I1");
    ws.mergeCells("A2:D2");
    ws.mergeCells("F2:I2");
    const file = path.join(dir, "side-by-side.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await run(["validate", file, "--json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as { rows: number; contributions: { row: number; name: string; amount: number; unit: string }[]; diagnostics: { cell: string; code: string }[] };
    expect(doc.contributions.map((c) => [c.row, c.name, c.amount, c.unit])).toEqual([
      [4, "Danh Sơn", 300000, "ẤP KINH 1"],
      [5, "Lê Văn Mến", 200000, "ẤP KINH 1"],
      [6, "Trần Thị Út", 500000, "ẤP KINH 1"],
      [4, "Huỳnh Văn Sáu", 500000, "ẤP KINH 2"],
    ]);
    expect(doc.rows).toBe(5);
    expect(doc.diagnostics.filter((d) => d.code !== "kind-unknown").map((d) => `${d.cell} ${d.code}`)).toEqual(["H5 unreadable-amount"]);

    const out = path.join(dir, "side-by-side-out.xlsx");
    expect((await run(["normalize", file, "--out", out])).code).toBe(1);
    const normalized = await (await openXlsx(readFileSync(out))).readSheet("Chuẩn hóa");
    expect(normalized.values.slice(1, 5).map((row) => row[15])).toEqual(["'Hai ap'!B4", "'Hai ap'!B5", "'Hai ap'!B6", "'Hai ap'!G4"]);
  });

  it("a ledger of the fund's account is read for its receipts only when asked for, and otherwise named in the message", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ledger = wb.addWorksheet("Sổ 3388");
    [
      ["SỔ CHI TIẾT CÁC TÀI KHOẢN"],
      ["Tài khoản: 3388 - Các khoản thu hộ, giữ hộ"],
      ["Ngày hạch toán", "Số chứng từ", "Diễn giải", "TK Nợ", "TK Có", "Số tiền"],
      [new Date(Date.UTC(2024, 3, 2)), "PT0012", "Thu tiền ủng hộ NTM của ông Nguyễn Văn Hùng", "1111", "3388", 500000],
      [new Date(Date.UTC(2024, 4, 20)), "PC0035", "Chi mua xi măng làm đường", "3388", "1111", 12000000],
    ].forEach((r) => ledger.addRow(r));
    const cash = wb.addWorksheet("Sổ quỹ");
    [
      ["Tài khoản: 1111 - Tiền mặt"],
      ["Ngày hạch toán", "Số chứng từ", "Diễn giải", "TK Nợ", "TK Có", "Số tiền"],
      [new Date(Date.UTC(2024, 4, 20)), "PC0035", "Chi mua xi măng làm đường", "3388", "1111", 12000000],
    ].forEach((r) => cash.addRow(r));
    const file = path.join(dir, "ledger.xlsx");
    await wb.xlsx.writeFile(file);

    const all = await run(["validate", file]);
    expect(all.code).toBe(2);
    expect(all.err).toContain('Trang "Sổ 3388" là sổ kế toán chi tiết tài khoản: hãy kiểm tra riêng trang đó');
    expect(all.err).not.toContain("Sổ quỹ");
    const one = await run(["validate", file, "--sheet", "Sổ 3388", "--json"]);
    expect(one.code).toBe(0);
    const doc = JSON.parse(one.out) as { contributions: { row: number; name: string; amount: number; channel: string; receipt: string }[]; lists: { readAs?: string; nameColumn: string }[] };
    expect(doc.contributions.map((c) => [c.row, c.name, c.amount, c.channel, c.receipt])).toEqual([[4, "ông Nguyễn Văn Hùng", 500000, "cash", "PT0012"]]);
    expect(doc.lists).toEqual([expect.objectContaining({ readAs: "ledger", nameColumn: "C" })]);
    const none = await run(["validate", file, "--sheet", "Sổ quỹ"]);
    expect(none.code).toBe(2);
    // A cash book's credits are payments out, not receipts.
    expect(none.err).toContain('Trang "Sổ quỹ" là sổ kế toán chi tiết tài khoản 1111 (tiêu đề dòng 2: Diễn giải, TK Nợ, TK Có) mà không có dòng thu nào ghi Có một tài khoản quỹ (như 3388), không phải danh sách ủng hộ');
  });

  it("normalize writes the Chuẩn hóa sheet into the output workbook and leaves the input file alone", async () => {
    const input = path.join(dir, "in.xlsx");
    await run(["demo", "--out", input]);
    const before = readFileSync(input);
    const out = path.join(dir, "out.xlsx");
    const r = await run(["normalize", input, "--out", out, "--json"]);
    expect(r.code).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
    const book = await openXlsx(readFileSync(out));
    const grid = await book.readSheet("Chuẩn hóa");
    expect(grid.values[0].slice(0, 3)).toEqual(["STT", "Họ và tên", "Đơn vị / Thôn"]);
    expect(grid.values.length).toBe(JSON.parse(r.out).contributions.length + 4);
    expect((await run(["normalize", input])).code).toBe(2);
  });

  it("runs as `npx chung-suc` from the repository, as the README says", () => {
    const out = path.join(dir, "npx.xlsx");
    const stdout = execFileSync("npx", ["chung-suc", "demo", "--out", out], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(stdout).toContain(`Đã ghi sổ kết quả: ${out}`);
    const unknown = spawnSync("npx", ["chung-suc", "nope"], { encoding: "utf8" });
    expect(unknown.status).toBe(2);
  }, 60_000);
});
