/** One workbook, one sheet per hamlet: a household typed on two sheets, one receipt book shared by two collectors. */
import { validateWorkbook } from "../../src/app/validate";
import { MemoryWorkbook } from "../taskpane/memoryPort";

function workbook(): MemoryWorkbook {
  const book = new MemoryWorkbook();
  book.addUserSheet({
    name: "Thon 1",
    rows: [
      ["DANH SÁCH ỦNG HỘ THÔN 1"],
      ["STT", "Họ và tên", "Số tiền (đồng)", "Ngày nộp", "Số phiếu thu"],
      [1, "Hộ ông Nguyễn Văn An", 500000, "05/06/2024", "PT001"],
      [2, "Hộ bà Trần Thị Bình", 300000, "06/06/2024", "PT002"],
    ],
  });
  book.addUserSheet({
    name: "Thon 2",
    rows: [
      ["DANH SÁCH ỦNG HỘ THÔN 2"],
      ["STT", "Họ và tên", "Số tiền (đồng)", "Số phiếu thu", "Ngày nộp"],
      [1, "Hộ ông Lê Văn Cường", 200000, "PT002", "07/06/2024"],
      [2, "Hộ ông Phạm Văn Dũng", 400000, "PT003", "07/06/2024"],
    ],
  });
  book.addUserSheet({
    name: "Nop muon",
    rows: [
      ["STT", "Họ và tên", "Số tiền (đồng)", "Ngày nộp", "Số phiếu thu"],
      [1, "Hộ ông Nguyễn Văn An", 500000, "05/06/2024", "PT001"],
    ],
  });
  return book;
}

describe("validate on a workbook of one sheet per hamlet", () => {
  it("warns of a receipt used on two sheets for two donors, and of a row typed again on a later sheet", async () => {
    const result = await validateWorkbook(workbook());
    const repeats = result.diagnostics.filter((d) => d.code === "receipt-reused" || d.code === "duplicate-row");
    expect(repeats.map((d) => d.message)).toEqual([
      'Trang "Thon 2", ô D3: số phiếu thu "PT002" đã dùng cho "Hộ bà Trần Thị Bình" ở dòng 4 của trang "Thon 1".',
      'Trang "Nop muon", ô B2: dòng trùng hoàn toàn với dòng 3 của trang "Thon 1" ("Hộ ông Nguyễn Văn An"): có thể gõ hai lần.',
    ]);
    expect(result.counts.warning).toBe(2);
    expect(result.contributions).toHaveLength(5);
  });
});
