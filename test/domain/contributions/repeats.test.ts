/** Repeats across a workbook's lists: a household typed on two hamlets' sheets, one receipt book shared by two collectors. */
import { repeatsAcrossLists, sameRow, type ListedContributions } from "../../../src/domain/contributions/repeats";
import type { Contribution } from "../../../src/domain/contributions/types";

function contribution(sheet: string, row: number, name: string, amount: number, receipt = "", date: string | null = "2024-06-05"): Contribution {
  return { sheet, row, name, unit: "Thôn 1", kind: "household", channel: "cash", amount, days: 0, inKindDescription: "", inKindValue: 0, landArea: 0, date, receipt, note: "", purpose: "", section: "" };
}

function list(sheet: string, rows: Contribution[], receiptColumn: string | null = "F"): ListedContributions {
  return { sheet, contributions: rows, nameColumn: "B", receiptColumn };
}

describe("repeatsAcrossLists", () => {
  it("tells a row typed again on another sheet on the later sheet's name cell, naming the earlier sheet and row", () => {
    const found = repeatsAcrossLists([
      list("Thôn 1", [contribution("Thôn 1", 5, "Nguyễn Văn An", 500000, "PT01"), contribution("Thôn 1", 6, "Trần Thị Bình", 300000, "PT02")]),
      list("Thôn 2", [contribution("Thôn 2", 4, "Lê Văn Cường", 200000, "PT03"), contribution("Thôn 2", 9, "NGUYỄN VĂN AN", 500000, "pt01")]),
    ]);
    expect(found).toEqual([
      {
        sheet: "Thôn 2",
        cell: "B9",
        row: 9,
        column: "B",
        severity: "warning",
        code: "duplicate-row",
        message: 'Trang "Thôn 2", ô B9: dòng trùng hoàn toàn với dòng 5 của trang "Thôn 1" ("Nguyễn Văn An"): có thể gõ hai lần.',
        fix: undefined,
      },
    ]);
  });

  it("tells one receipt number written for two donors on two sheets, on the later receipt cell", () => {
    const found = repeatsAcrossLists([
      list("Thôn 1", [contribution("Thôn 1", 5, "Nguyễn Văn An", 500000, "PT01")]),
      list("Thôn 2", [contribution("Thôn 2", 7, "Lê Văn Cường", 200000, "PT 01")], "E"),
    ]);
    expect(found.map((d) => [d.sheet, d.cell, d.code, d.message])).toEqual([
      ["Thôn 2", "E7", "receipt-reused", 'Trang "Thôn 2", ô E7: số phiếu thu "PT 01" đã dùng cho "Nguyễn Văn An" ở dòng 5 của trang "Thôn 1".'],
    ]);
  });

  it("leaves repeats within one list to that list's own check, and one donor's receipt on two sheets alone", () => {
    expect(
      repeatsAcrossLists([
        list("Thôn 1", [contribution("Thôn 1", 5, "Nguyễn Văn An", 500000, "PT01"), contribution("Thôn 1", 6, "Nguyễn Văn An", 500000, "PT01"), contribution("Thôn 1", 7, "Trần Thị Bình", 100000, "PT01")]),
        list("Thôn 2", [contribution("Thôn 2", 3, "Nguyen Van An", 100000, "PT01")]),
      ]),
    ).toEqual([]);
  });

  it("does not take rows of one name and amount on other days, or another amount, for repeats", () => {
    expect(
      repeatsAcrossLists([
        list("Tháng 5", [contribution("Tháng 5", 5, "Nguyễn Văn An", 500000, "", "2024-05-05")]),
        list("Tháng 6", [contribution("Tháng 6", 5, "Nguyễn Văn An", 500000, "", "2024-06-05"), contribution("Tháng 6", 6, "Nguyễn Văn An", 400000, "", "2024-05-05")]),
      ]),
    ).toEqual([]);
  });

  it("takes two hamlets' namesakes without a receipt for two people, and a receipt typed on both for one payment", () => {
    const an = (sheet: string, unit: string, receipt: string) => ({ ...contribution(sheet, 5, "Nguyễn Văn An", 500000, receipt), unit });
    expect(repeatsAcrossLists([list("Thôn 1", [an("Thôn 1", "Thôn 1", "")]), list("Thôn 2", [an("Thôn 2", "Thôn 2", "")])])).toEqual([]);
    expect(repeatsAcrossLists([list("Thôn 1", [an("Thôn 1", "Thôn 1", "PT01")]), list("Nộp muộn", [an("Nộp muộn", "Nộp muộn", "PT01")])]).map((d) => d.code)).toEqual(["duplicate-row"]);
    expect(repeatsAcrossLists([list("Thôn 1", [an("Thôn 1", "Thôn 1", "")]), list("Nộp muộn", [an("Nộp muộn", "", "")])]).map((d) => d.code)).toEqual(["duplicate-row"]);
  });

  it("compares no receipts of a list that keeps none, and one list against nothing", () => {
    const a = list("Thôn 1", [contribution("Thôn 1", 5, "Nguyễn Văn An", 500000, "PT01")]);
    expect(repeatsAcrossLists([a, list("Thôn 2", [contribution("Thôn 2", 7, "Lê Văn Cường", 200000, "PT01")], null)])).toEqual([]);
    expect(repeatsAcrossLists([a])).toEqual([]);
  });

  it("sameRow ignores case in names, units and receipts, and nothing else", () => {
    const a = contribution("A", 1, "Nguyễn Văn An", 500000, "PT01");
    expect(sameRow(a, { ...a, name: "NGUYỄN VĂN AN", unit: "THÔN 1", receipt: "pt01" })).toBe(true);
    expect(sameRow(a, { ...a, days: 1 })).toBe(false);
    expect(sameRow(a, { ...a, date: null })).toBe(false);
  });
});
