/** A workbook holding the detail lists and a summary of them by thôn (probe 10 U08): the fund is counted once. */
import { validateWorkbook } from "../../src/app/validate";
import { encodeTcvn3 } from "../../src/domain/text";
import { MemoryWorkbook } from "../taskpane/memoryPort";

function workbook(summaryAmountDongPhu: number): MemoryWorkbook {
  const book = new MemoryWorkbook();
  book.addUserSheet({
    name: "Tổng hợp",
    rows: [
      ["TỔNG HỢP KẾT QUẢ ỦNG HỘ THEO THÔN"],
      ["STT", "Tên thôn", "Tổng số hộ", "Số hộ tham gia", "Số tiền (đồng)", "Ngày công", "Tỷ lệ (%)"],
      [1, "Thôn Đồng Phú", 3, 3, summaryAmountDongPhu, 5, 100],
      [2, "Thôn Đồng Song", 4, 2, 700000, 3, 50],
      [null, "Cộng", 7, 5, summaryAmountDongPhu + 700000, 8],
    ],
  });
  book.addUserSheet({
    name: "Dong Phu",
    rows: [
      ["DANH SÁCH ỦNG HỘ THÔN ĐỒNG PHÚ"],
      ["STT", "Họ và tên", "Số tiền (đồng)", "Ngày công"],
      [1, "Nguyễn Văn An", 500000, 2],
      [2, "Trần Thị Bình", 300000, 1],
      [3, "Lê Văn Cường", 1000000, 2],
    ],
  });
  // Typed in TCVN3 (.VnTime), the hamlet without its word.
  book.addUserSheet({
    name: "Dong Song",
    rows: [
      ["STT", "Họ và tên", "Thôn", "Số tiền (đồng)", "Ngày công"],
      [1, encodeTcvn3("Phạm Văn Dũng"), encodeTcvn3("Đồng Song"), 400000, 2],
      [2, encodeTcvn3("Hoàng Thị Én"), encodeTcvn3("Đồng Song"), 300000, 1],
    ],
  });
  return book;
}

describe("validate on a workbook with the detail lists and a summary by thôn", () => {
  it("reads the detail lists only, and says once that the summary is one", async () => {
    const result = await validateWorkbook(workbook(1800000));
    expect(result.contributions.map((c) => `${c.sheet}!${c.row} ${c.name} ${c.amount}`)).toEqual([
      "Dong Phu!3 Nguyễn Văn An 500000",
      "Dong Phu!4 Trần Thị Bình 300000",
      "Dong Phu!5 Lê Văn Cường 1000000",
      "Dong Song!2 Phạm Văn Dũng 400000",
      "Dong Song!3 Hoàng Thị Én 300000",
    ]);
    const onSummary = result.diagnostics.filter((d) => d.sheet === "Tổng hợp");
    expect(onSummary.map((d) => `${d.cell} ${d.code}`)).toEqual(["B2 unit-summary"]);
    expect(result.diagnostics.filter((d) => d.severity !== "fixed" && d.code !== "kind-unknown").map((d) => d.code)).toEqual(["unit-summary"]);
  });

  it("warns on the summary's cell where a thôn's money differs from its people's", async () => {
    const result = await validateWorkbook(workbook(1850000));
    const mismatches = result.diagnostics.filter((d) => d.code === "summary-mismatch");
    expect(mismatches.map((d) => [d.sheet, d.cell, d.severity])).toEqual([["Tổng hợp", "E3", "warning"]]);
    expect(mismatches[0].message).toBe(
      'Trang "Tổng hợp", ô E3: số tiền của Thôn Đồng Phú trên bảng tổng hợp là 1.850.000 đ, danh sách chi tiết cộng 1.800.000 đ (lệch 50.000 đ); hãy đối chiếu lại.',
    );
    expect(result.contributions.reduce((s, c) => s + c.amount, 0)).toBe(2500000);
    expect(result.rows).toBe(5);
  });
});
