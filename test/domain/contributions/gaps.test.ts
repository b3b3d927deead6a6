/**
 * Gaps a review of the reader found: totals of the converted column of a list with gold or
 * foreign money, bảng chấm công with bare day numbers under a month, the commune's bodies as
 * organizations.
 */
import { readContributionList, type ContributionList } from "../../../src/domain/contributions/normalize";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue, Grid } from "../../../src/domain/sheet/types";

function read(grid: Grid): ContributionList {
  const match = detectHeaderRows(grid, CONTRIBUTION_TABLE);
  if (!match) throw new Error("no header");
  return readContributionList(grid, match, { campaignYear: 2024 });
}

const gridOf = (values: CellValue[][], merges: string[] = []): Grid => ({ sheet: "DS", origin: { row: 1, col: 1 }, values, merges });
const codesOf = (list: ContributionList) => list.diagnostics.filter((d) => d.code !== "kind-unknown").map((d) => `${d.cell} ${d.code}`);

describe("totals of a list with gold and foreign money, typed under Quy đổi thành tiền", () => {
  const header: CellValue[] = ["STT", "Họ và tên", "Nơi ở hiện nay", "Số tiền / hiện vật ủng hộ", "Quy đổi thành tiền (đồng)", "Ghi chú"];
  const rows: CellValue[][] = [
    [1, "Trần Văn Hai", "TP Hồ Chí Minh", 5000000, 5000000, null],
    [2, "Lâm Thị Kim", "Ấp Vĩnh Mẫu", "1 chỉ vàng 24K", 7800000, null],
    [3, "Huỳnh Văn Lộc", "Hoa Kỳ", "100 USD", 2540000, null],
  ];
  const converted = ["D3 converted-amount", "D4 converted-amount"];

  it("checks a Tổng cộng typed under the converted column against the rows' đồng, and tells a mismatch on that cell", () => {
    const wrong = read(gridOf([header, ...rows, [null, "Tổng cộng", null, null, 15000000, null]]));
    expect(wrong.roles[5]).toBe("total");
    expect(codesOf(wrong)).toEqual([...converted, "E5 total-mismatch"]);
    const said = wrong.diagnostics.find((d) => d.code === "total-mismatch")!;
    expect(said.message).toContain("15.000.000 đ");
    expect(said.message).toContain("15.340.000 đ");
    expect(codesOf(read(gridOf([header, ...rows, [null, "Tổng cộng", null, null, 15340000, null]])))).toEqual(converted);
  });

  it("checks a Cộng under the converted column against its section", () => {
    const list = read(
      gridOf([
        header,
        ["I", "Bà con trong nước"],
        rows[0],
        [null, "Cộng", null, null, 5000000, null],
        ["II", "Bà con ở nước ngoài"],
        rows[2],
        [null, "Cộng", null, null, 2450000, null],
        [null, "Tổng cộng", null, null, 7540000, null],
      ]),
    );
    expect(codesOf(list)).toEqual(["D6 converted-amount", "E7 subtotal-mismatch"]);
  });

  it("takes the converted total as the list's money where the money column's total sums its đồng only", () => {
    // SUM(D) skips "1 chỉ vàng" and "100 USD": 5.000.000 is the đồng typed, not a mismatch.
    const list = read(gridOf([header, ...rows, [null, "Tổng cộng", null, 5000000, 15340000, null]]));
    expect(codesOf(list)).toEqual(converted);
    const wrong = read(gridOf([header, ...rows, [null, "Tổng cộng", null, 5000000, 15300000, null]]));
    expect(codesOf(wrong)).toEqual([...converted, "E5 total-mismatch"]);
  });
});
