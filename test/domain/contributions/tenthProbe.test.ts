/**
 * Rows a tenth probe of unseen lists found misread: a note glued to an amount or a date, names
 * led by bullets or emoji, and a cash book's correction line.
 */
import { parseDate } from "../../../src/domain/dates";
import { parseMoney } from "../../../src/domain/money";
import { codesOf, messageAt, read } from "./smallLists";

describe("a note glued to an amount or a date", () => {
  it("reads the amount before a per-unit note or a bracket with a count, the note set aside", () => {
    expect(parseMoney("350.000đ/hộ")).toMatchObject({ ok: true, amount: 350_000, note: expect.stringContaining("“/hộ”") });
    expect(parseMoney("1.200.000 (3 tháng)")).toMatchObject({ ok: true, amount: 1_200_000, note: expect.stringContaining("“(3 tháng)”") });
    // Not a note to set aside: labour days given beside the money, or an amount in brackets.
    expect(parseMoney("300.000 (2 ngày công)").ok).toBe(false);
    expect(parseMoney("(300.000)")).toMatchObject({ ok: true, amount: -300_000 });
  });

  it("refuses a note naming another amount, saying so rather than blaming a sign", () => {
    const p = parseMoney("500.000đ (đã nộp 300.000đ)");
    expect(p.ok).toBe(false);
    expect(p.ok ? "" : p.reason).toContain("số tiền khác");
  });

  it("reads a date ended by a full stop or followed by a note", () => {
    expect(parseDate("11/6/2024.", { campaignYear: 2024 })).toMatchObject({ ok: true, iso: "2024-06-11", note: expect.stringContaining("“.”") });
    expect(parseDate("5/6/2024 (nộp bổ sung)", { campaignYear: 2024 })).toMatchObject({ ok: true, iso: "2024-06-05" });
  });

  it("keeps the rows of a list, each with a fixed note saying what was set aside", () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền (đồng)", "Ngày nộp"],
      [1, "Nguyễn Văn Tâm", "350.000đ/hộ", "10/6/2024"],
      [2, "Lê Thị Hồng", "1.200.000 (3 tháng)", "11/6/2024."],
    ]);
    expect(list.contributions.map((c) => [c.name, c.amount, c.date])).toEqual([
      ["Nguyễn Văn Tâm", 350_000, "2024-06-10"],
      ["Lê Thị Hồng", 1_200_000, "2024-06-11"],
    ]);
    expect(codesOf(list)).toEqual(["C2 money-notation", "D2 date-notation", "C3 money-notation", "D3 date-notation"]);
    expect(messageAt(list, "C3")).toContain("(3 tháng)");
    expect(messageAt(list, "D3")).toContain("dấu “.” ở cuối");
  });
});

describe("names led by bullets or emoji", () => {
  it("leaves the marks out of the name, says so as fixed, and takes the kind from the name itself", () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền (đồng)"],
      [1, "• Gia đình ông Trần Văn Bình", 2000000],
      [2, "★ Hội đồng hương xã Hải Anh tại Hà Nội", 10000000],
      [3, "✅ Công ty TNHH Thủy sản Hải Hậu", 20000000],
      [4, "- Gia đình anh chị Lợi - Hằng", 1000000],
      [5, "Nguyễn Thị Lan 🌸", 500000],
      [6, "Cô Lê Thị Mai (GVCN)", 300000],
    ]);
    expect(list.contributions.map((c) => [c.name, c.kind])).toEqual([
      ["Gia đình ông Trần Văn Bình", "household"],
      ["Hội đồng hương xã Hải Anh tại Hà Nội", "organization"],
      ["Công ty TNHH Thủy sản Hải Hậu", "enterprise"],
      ["Gia đình anh chị Lợi - Hằng", "household"],
      ["Nguyễn Thị Lan", "individual"],
      ["Cô Lê Thị Mai (GVCN)", expect.any(String)],
    ]);
    expect(codesOf(list).filter((c) => c.endsWith("spacing"))).toEqual(["B2 spacing", "B3 spacing", "B4 spacing", "B5 spacing", "B6 spacing"]);
    expect(messageAt(list, "B4")).toContain('"✅ Công ty TNHH Thủy sản Hải Hậu" → "Công ty TNHH Thủy sản Hải Hậu"');
  });
});

describe("a cash book's correction lines", () => {
  const book = (amount: string, line: string) =>
    read([
      ["Ngày", "Số phiếu", "Họ tên người nộp", "Diễn giải", "Số tiền thu (đồng)"],
      ["06/05/2024", "PT005", "Nông Thị Hoa", "Ủng hộ làm đường", 200000],
      ["08/05/2024", "PT006", "Lý Văn Sinh", "Ủng hộ làm đường", 500000],
      ["20/05/2024", null, line, "Điều chỉnh", amount],
    ]);

  it("counts an increase as more money from the donor it names, warned as a correction of the receipt's row", () => {
    const list = book("+100.000", "Điều chỉnh tăng: Nông Thị Hoa nộp bổ sung (PT005 ghi thiếu)");
    expect(list.contributions.map((c) => [c.row, c.name, c.amount])).toEqual([
      [2, "Nông Thị Hoa", 200000],
      [3, "Lý Văn Sinh", 500000],
      [4, "Nông Thị Hoa", 100000],
    ]);
    expect(codesOf(list).filter((c) => !c.endsWith("notation"))).toEqual(["C4 correction-row"]);
    expect(messageAt(list, "C4")).toContain("phiếu PT005 ở dòng 2");
  });

  it.each(["-500.000", "500.000"])("counts nothing for a decrease typed %p, and names the row it corrects", (amount) => {
    const list = book(amount, "Điều chỉnh giảm (nhập trùng PT006)");
    expect(list.contributions.map((c) => c.row)).toEqual([2, 3]);
    expect(codesOf(list).filter((c) => !c.endsWith("notation"))).toEqual(["E4 negative-amount"]);
    expect(list.diagnostics.find((d) => d.code === "negative-amount")?.message).toContain("điều chỉnh giảm \"Điều chỉnh giảm (nhập trùng PT006)\" (số tiền \"" + amount + "\")");
    expect(list.diagnostics.find((d) => d.code === "negative-amount")?.message).toContain("phiếu PT006 ở dòng 3");
  });
});
