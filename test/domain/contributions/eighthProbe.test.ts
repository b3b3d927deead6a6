/**
 * Lists an eighth probe of unseen lists found misread: gold and foreign money beside what it
 * came to in đồng, labour days typed per member of a household, a cash book dated once a day.
 */
import { readContributionList, type ContributionList } from "../../../src/domain/contributions/normalize";
import { namesForeignCurrency, namesMoneyNotDong } from "../../../src/domain/money/foreign";
import { detectHeaderRows, mappingOf } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";

function gridOf(values: CellValue[][], merges?: string[]) {
  return { sheet: "DS", origin: { row: 1, col: 1 }, values, ...(merges ? { merges } : {}) };
}

function read(values: CellValue[][], merges?: string[]): ContributionList {
  const grid = gridOf(values, merges);
  const match = detectHeaderRows(grid, CONTRIBUTION_TABLE);
  if (!match) throw new Error("no header");
  return readContributionList(grid, match, { campaignYear: 2024 });
}

const codesOf = (list: ContributionList) => list.diagnostics.filter((d) => d.code !== "kind-unknown").map((d) => `${d.cell} ${d.code}`);
const messageAt = (list: ContributionList, cell: string) => list.diagnostics.find((d) => d.cell === cell)?.message ?? "";

describe("gold and foreign money beside what it came to in đồng", () => {
  const header: CellValue[] = ["STT", "Họ và tên", "Nơi ở hiện nay", "Số tiền / hiện vật ủng hộ", "Quy đổi thành tiền (đồng)", "Ghi chú"];

  it("takes Quy đổi thành tiền beside money, with no labour days, as the đồng of that money, not as labour value", () => {
    const match = detectHeaderRows(gridOf([header, [1, "Trần Văn Hai", "TP HCM", 5000000, 5000000, null]]), CONTRIBUTION_TABLE);
    expect(mappingOf(match!)).toMatchObject({ amount: "D", converted: "E" });
    expect(mappingOf(match!).labourValue).toBeUndefined();
  });

  it("counts gold and foreign money at the converted figure, telling both cells; without one the row is an error saying where to type it", () => {
    const list = read([
      header,
      [1, "Trần Văn Hai", "TP Hồ Chí Minh", 5000000, 5000000, null],
      [2, "Lâm Thị Kim", "Ấp Vĩnh Mẫu", "1 chỉ vàng 24K", 7800000, "Quy đổi theo giá ngày nhận"],
      [3, "Huỳnh Văn Lộc", "Hoa Kỳ", "100 USD", 2540000, null],
      [4, "Nguyễn Thị Bích", "Úc", "200 AUD", null, "Chưa quy đổi"],
      [5, "Trương Văn Tám", "Đài Loan", "50 đô", "1.270.000", null],
      [6, "Tô Văn Bé", "Cà Mau", "1 triệu", 1000000, null],
    ]);
    expect(list.contributions.map((c) => [c.name, c.amount])).toEqual([
      ["Trần Văn Hai", 5000000],
      ["Lâm Thị Kim", 7800000],
      ["Huỳnh Văn Lộc", 2540000],
      ["Trương Văn Tám", 1270000],
      ["Tô Văn Bé", 1000000],
    ]);
    expect(codesOf(list)).toEqual(["D3 converted-amount", "D4 converted-amount", "D5 unreadable-amount", "E6 money-notation", "D6 converted-amount", "D7 money-notation"]);
    const gold = list.diagnostics.find((d) => d.cell === "D3")!;
    expect(gold.severity).toBe("fixed");
    expect(gold.fix).toBeUndefined();
    expect(gold.message).toContain('"1 chỉ vàng 24K" là vàng');
    expect(gold.message).toContain("ô E3");
    expect(gold.message).toContain("7.800.000 đ");
    expect(messageAt(list, "D5")).toContain('"200 AUD" là ngoại tệ, chưa quy ra đồng: hãy ghi số tiền quy đổi (đồng) vào ô E5');
  });

  it("says a foreign amount with no column to convert it into is not đồng", () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền"],
      [1, "Huỳnh Văn Lộc", "100 USD"],
      [2, "Tô Văn Bé", 500000],
    ]);
    expect(codesOf(list)).toEqual(["C2 unreadable-amount"]);
    expect(messageAt(list, "C2")).toContain('"100 USD" là ngoại tệ, không phải tiền đồng: hãy quy đổi ra đồng');
  });

  it("tells foreign money and gold from đồng and from words that only look alike", () => {
    expect(["100 USD", "50 đô", "$200", "200 AUD", "30 đô la", "1 chỉ vàng 24K", "2 lượng vàng", "1 chi vang"].filter((t) => !namesMoneyNotDong(t))).toEqual([]);
    expect(["500.000 đ", "do anh Ba nộp", "vắng nhà", "Nguyễn Văn Vang", "1 triệu"].filter(namesMoneyNotDong)).toEqual([]);
    expect(namesForeignCurrency("(aud)")).toBe(true);
    expect(namesForeignCurrency("(dong)")).toBe(false);
  });
});
