/**
 * Two hamlets' lists side by side on one sheet (probe 10, U15), whose columns a person confirmed
 * once in Cấu hình: the mapping names the left list's columns, and the list beside it is still read.
 */
import { confirmMapping } from "../../src/app/mapping";
import { validateWorkbook } from "../../src/app/validate";
import { MemoryWorkbook } from "../taskpane/memoryPort";

function workbook(): MemoryWorkbook {
  const book = new MemoryWorkbook();
  book.addUserSheet({
    name: "Nạo vét kênh",
    rows: [
      ["DANH SÁCH BÀ CON ỦNG HỘ NẠO VÉT KÊNH THỦY LỢI"],
      ["ẤP KINH 1", null, null, null, null, "ẤP KINH 2"],
      ["STT", "Tên", "Tiền", "Ký nhận", null, "STT", "Tên", "Tiền", "Ký nhận"],
      [1, "Danh Sơn", 300000, null, null, 1, "Huỳnh Văn Sáu", 500000],
      [2, "Thạch Thị Sa Rương", 200000, null, null, 2, "Lý Thị Hồng", "300 nghìn"],
      [3, "Nguyễn Văn Tốt", 500000],
      [null, "Cộng", 1000000, null, null, null, "Cộng", 900000],
    ],
  });
  return book;
}

describe("validate a sheet of lists side by side under a confirmed mapping", () => {
  it("reads the right-hand list's donors with the left list's confirmed columns, and checks its own Cộng", async () => {
    const book = workbook();
    await confirmMapping(book, "Nạo vét kênh", { headerRows: [3], mapping: { seq: "A", name: "B", amount: "C" } });
    const result = await validateWorkbook(book);
    expect(result.contributions.map((c) => [c.row, c.name, c.amount, c.unit])).toEqual([
      [4, "Danh Sơn", 300000, "ẤP KINH 1"],
      [5, "Thạch Thị Sa Rương", 200000, "ẤP KINH 1"],
      [6, "Nguyễn Văn Tốt", 500000, "ẤP KINH 1"],
      [4, "Huỳnh Văn Sáu", 500000, "ẤP KINH 2"],
      [5, "Lý Thị Hồng", 300000, "ẤP KINH 2"],
    ]);
    expect(result.rows).toBe(5);
    // The right list's Cộng is checked against its own rows, on its own cell.
    expect(result.diagnostics.filter((d) => d.code === "subtotal-mismatch").map((d) => d.message)).toEqual([
      'Trang "Nạo vét kênh", ô H7: dòng Cộng ghi 900.000 đ nhưng các dòng của mục cộng lại 800.000 đ (chênh 100.000 đ).',
    ]);
    // The list keeps the mapping the person confirmed.
    expect(result.lists).toEqual([{ sheet: "Nạo vét kênh", headerRows: [3], unsure: false, nameColumn: "B", mapping: { seq: "A", name: "B", amount: "C" } }]);
  });
});
