/**
 * Materials given per column, as a tenth probe found them: "Ủng hộ bằng vật liệu" merged over
 * "Cát (m3) | Đá (m3) | Xi măng (tấn) | Gạch (viên)", each cell a bare quantity.
 */
import { mappingOf, detectHeaderRows } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";
import { codesOf, gridOf, read } from "./smallLists";

describe("materials given in a column each, under one heading", () => {
  const header: CellValue[][] = [
    ["STT", "Họ và tên", "Xóm", "Ủng hộ bằng tiền (đồng)", "Ủng hộ bằng vật liệu", null, null, null, "Ngày ủng hộ"],
    [null, null, null, null, "Cát (m3)", "Đá (m3)", "Xi măng (tấn)", "Gạch (viên)", null],
  ];
  const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:H1", "I1:I2"];

  it("reads each row's quantities as its goods: material, quantity, the unit in the heading's brackets", () => {
    const list = read(
      [
        ...header,
        [1, "Trần Văn Phước", "Xóm 1", 500000, 3, null, null, null, null],
        [2, "Cơ sở gạch Tuynel Điện Bàn", "Xóm 2", 2000000, null, null, null, 5000, null],
        [3, "Phan Thị Thu", "Xóm 3", 300000, null, null, 0.5, null, null],
        [4, "Huỳnh Văn Nam", "Xóm 3", 700000, null, null, null, null, null],
      ],
      merges,
    );
    expect(list.contributions.map((c) => [c.name, c.amount, c.inKindDescription, c.inKindValue])).toEqual([
      ["Trần Văn Phước", 500000, "Cát 3 m3", 0],
      ["Cơ sở gạch Tuynel Điện Bàn", 2000000, "Gạch 5.000 viên", 0],
      ["Phan Thị Thu", 300000, "Xi măng 0,5 tấn", 0],
      ["Huỳnh Văn Nam", 700000, "", 0],
    ]);
    expect(codesOf(list)).toEqual([]);
  });

  it("takes a row giving materials only as a contribution, with no money and no value", () => {
    const list = read(
      [
        ...header,
        [1, "Lê Thị Hạnh", "Xóm 1", null, null, 2, null, null, null],
        [2, "Võ Văn Đông", "Xóm 2", null, 5, 5, null, null, null],
        [3, "Cửa hàng VLXD Hòa Phát", "Xóm 2", null, null, null, 2, null, null],
      ],
      merges,
    );
    expect(list.contributions.map((c) => [c.row, c.amount, c.inKindDescription, c.inKindValue])).toEqual([
      [3, 0, "Đá 2 m3", 0],
      [4, 0, "Cát 5 m3, Đá 5 m3", 0],
      [5, 0, "Xi măng 2 tấn", 0],
    ]);
    expect(codesOf(list)).toEqual([]);
  });

  it("reads quantities typed as text as typed, and a zero or a dash as nothing given", () => {
    const list = read(
      [
        ...header,
        [1, "Nguyễn Văn Lộc", "Xóm 1", null, "0,5", "-", 0, "5.000", null],
        [2, "Lê Văn Tư", "Xóm 1", null, "3 xe", null, null, null, null],
      ],
      merges,
    );
    expect(list.contributions.map((c) => [c.row, c.inKindDescription])).toEqual([
      [3, "Cát 0,5 m3, Gạch 5.000 viên"],
      [4, "Cát 3 xe"],
    ]);
  });

  it("keeps the header over both rows: the row of material names is not read as data", () => {
    const match = detectHeaderRows(gridOf([...header, [1, "Trần Văn Phước", "Xóm 1", 500000, 3, null, null, null, null]], merges), CONTRIBUTION_TABLE);
    expect(match!.headerRows).toEqual([1, 2]);
    expect(mappingOf(match!)).toMatchObject({ amount: "D", inKind: "E" });
  });

  it("prices the materials only where a value column gives it", () => {
    const list = read(
      [
        ["STT", "Họ và tên", "Vật liệu", null, "Giá trị hiện vật (đồng)"],
        [null, null, "Cát (m3)", "Xi măng (bao)", null],
        [1, "Đỗ Văn Hai", 4, 10, 2500000],
      ],
      ["A1:A2", "B1:B2", "C1:D1", "E1:E2"],
    );
    expect(list.contributions.map((c) => [c.amount, c.inKindDescription, c.inKindValue])).toEqual([[0, "Cát 4 m3, Xi măng 10 bao", 2500000]]);
  });
});

describe("materials under a goods heading typed without merging it", () => {
  it("takes the row of material names as the header's, and reads each column's quantities", () => {
    const list = read([
      ["STT", "Họ và tên", "Xóm", "Ủng hộ bằng tiền (đồng)", "Ủng hộ bằng vật liệu", null, null, null],
      [null, null, null, null, "Cát (m3)", "Đá (m3)", "Xi măng (tấn)", "Gạch (viên)"],
      [1, "Trần Văn Phước", "Xóm 1", 500000, 3, null, null, null],
      [2, "Lê Thị Hạnh", "Xóm 1", null, null, 2, null, null],
    ]);
    expect(list.roles[2]).toBe("header");
    expect(list.contributions.map((c) => [c.row, c.amount, c.inKindDescription])).toEqual([
      [3, 500000, "Cát 3 m3"],
      [4, 0, "Đá 2 m3"],
    ]);
    expect(codesOf(list)).toEqual([]);
  });
});
