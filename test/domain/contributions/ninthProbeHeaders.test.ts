/**
 * Lists a ninth probe of unseen lists found misread: the same sub-heading under two groups (the
 * pledge and the money paid), a payer column headed "Người nộp" in a list collected by bank, and
 * the channel marked by ticks under "Hình thức nộp".
 */
import { detectHeaderRows, detectTable, mappingOf } from "../../../src/domain/sheet/headers";
import { ALL_TABLES, CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";
import { codesOf, gridOf, read } from "./smallLists";




describe("the same sub-heading under the pledge and under the money paid", () => {
  // As typed: the cells right of the last sub-heading are blank, not missing.
  const pledges: CellValue[][] = [
    [
      "STT",
      "Họ và tên",
      "Ấp",
      "Đăng ký",
      null,
      "Thực nộp",
      null,
      "Còn lại (đồng)",
      "Ghi chú",
    ],
    [
      null,
      null,
      null,
      "Số tiền (đồng)",
      "Ngày đăng ký",
      "Số tiền (đồng)",
      "Ngày nộp",
      null,
      null,
    ],
    [
      1,
      "Nguyễn Văn Sáu",
      "Ấp Trung Lương",
      1000000,
      45366,
      1000000,
      45366,
      0,
      null,
    ],
    [
      2,
      "Lê Thị Bảy",
      "Ấp Trung Lương",
      500000,
      45366,
      300000,
      45384,
      200000,
      null,
    ],
    [
      3,
      "Trần Văn Tư",
      "Ấp Trung Lương",
      2000000,
      45366,
      null,
      null,
      2000000,
      "Chưa nộp",
    ],
    [
      4,
      "Võ Văn Hùng",
      "Ấp Tân Hòa",
      null,
      null,
      300000,
      45387,
      -300000,
      "Không đăng ký",
    ],
    [5, "Huỳnh Văn Lực", "Ấp Bình Xuân", 300000, 45366, 300000, null, 0, null],
  ];
  const merges = [
    "A1:A2",
    "B1:B2",
    "C1:C2",
    "D1:E1",
    "F1:G1",
    "H1:H2",
    "I1:I2",
  ];

  it("reads both header rows: the pledge under Đăng ký, the money and its date under Thực nộp", () => {
    const match = detectHeaderRows(gridOf(pledges, merges), CONTRIBUTION_TABLE);
    expect(match!.headerRows).toEqual([1, 2]);
    expect(mappingOf(match!)).toMatchObject({
      name: "B",
      pledged: "D",
      amount: "F",
      date: "G",
      owed: "H",
      note: "I",
    });
  });

  it("counts the money paid on its payment date; a pledge not paid gives nothing, and the registration date is never the payment's", () => {
    const list = read(pledges, merges);
    expect(
      list.contributions.map((c) => [c.row, c.name, c.amount, c.date]),
    ).toEqual([
      [3, "Nguyễn Văn Sáu", 1000000, "2024-03-15"],
      [4, "Lê Thị Bảy", 300000, "2024-04-02"],
      [6, "Võ Văn Hùng", 300000, "2024-04-05"],
      [7, "Huỳnh Văn Lực", 300000, null],
    ]);
    expect(codesOf(list).filter((c) => c.includes("no-value-column"))).toEqual(
      [],
    );
  });
});

describe("a list collected by bank, with a payer column headed Người nộp", () => {
  const collected: CellValue[][] = [
    [
      "BẢNG KÊ CÁC KHOẢN THU ỦNG HỘ XÂY DỰNG NÔNG THÔN MỚI",
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [
      "STT",
      "Ngày giao dịch",
      "Mã giao dịch",
      "Người nộp",
      "Nội dung",
      "Hình thức",
      "Số tiền (đồng)",
    ],
    [
      1,
      "12/06/2024 09:15:32",
      "FT24164123456",
      "NGUYEN VAN AN",
      "NGUYEN VAN AN UNG HO NTM AP NHON LOC",
      "CK Agribank",
      "1,000,000",
    ],
    [
      2,
      "12/06/2024",
      "PT001",
      "Trần Thị Bé Ba",
      "Nộp tiền mặt tại UBND xã",
      "Tiền mặt",
      500000,
    ],
    [
      3,
      "20240614",
      "FT24165987654",
      "LE VAN TUAN",
      "LE VAN TUAN CHUYEN TIEN UNG HO",
      "CK Vietcombank",
      "500,000.00",
    ],
  ];

  it("is a contribution list, not a bank statement: Người nộp names who gave, Mã giao dịch the receipt", () => {
    const match = detectTable(gridOf(collected), ALL_TABLES);
    expect(match!.kind).toBe(CONTRIBUTION_TABLE.kind);
    expect(mappingOf(match!)).toMatchObject({
      date: "B",
      receipt: "C",
      name: "D",
      channel: "F",
      amount: "G",
    });
    // A bank's own statement stays one: no column of it names a payer.
    const statement = collected.map((row) =>
      row.filter((_, c) => c !== 3 && c !== 5),
    );
    expect(detectTable(gridOf(statement), ALL_TABLES)!.kind).toBe("statement");
  });

  it("reads every payment, its payer, channel and receipt", () => {
    const list = read(collected);
    expect(
      list.contributions.map((c) => [
        c.name,
        c.amount,
        c.date,
        c.channel,
        c.receipt,
      ]),
    ).toEqual([
      ["NGUYEN VAN AN", 1000000, "2024-06-12", "transfer", "FT24164123456"],
      ["Trần Thị Bé Ba", 500000, "2024-06-12", "cash", "PT001"],
      ["LE VAN TUAN", 500000, "2024-06-14", "transfer", "FT24165987654"],
    ]);
  });
});

describe("the channel ticked under Hình thức nộp, beside the money", () => {
  const ticked: CellValue[][] = [
    [
      "STT",
      "Họ và tên",
      "Thôn",
      "Số tiền (đồng)",
      "Hình thức nộp",
      null,
      "Ngày nộp",
      "Ghi chú",
    ],
    [null, null, null, null, "Tiền mặt", "Chuyển khoản"],
    [1, "Nguyễn Văn Tư", "Vinh Thạnh", 500000, "✓", null, null, null],
    [2, "Trần Thị Lệ", "Vinh Thạnh", 300000, null, "✔", null, null],
    [3, "Lê Văn Hai", "Vinh Thạnh", 1000000, "x", null, null, null],
    [4, "Phạm Thị Mười", "Vinh Thạnh", 200000, null, "X", null, null],
    [5, "Võ Văn Út", "Vinh Thạnh", 2000000, null, "√", null, null],
    [
      6,
      "Bùi Văn Sơn",
      "Vinh Thạnh",
      600000,
      "✓",
      "✓",
      null,
      "TM 100.000, CK 500.000",
    ],
    [7, "Trương Thị Nga", "Vinh Thạnh", 300000, null, null, null, null],
  ];
  const merges = [
    "A1:A2",
    "B1:B2",
    "C1:C2",
    "D1:D2",
    "E1:F1",
    "G1:G2",
    "H1:H2",
  ];

  it("maps Số tiền as the money and the ticked columns as marks of the channel", () => {
    const match = detectHeaderRows(gridOf(ticked, merges), CONTRIBUTION_TABLE);
    expect(mappingOf(match!)).toMatchObject({
      name: "B",
      amount: "D",
      cashMark: "E",
      transferMark: "F",
      date: "G",
    });
    expect(mappingOf(match!).transfer).toBeUndefined();
  });

  it("reads every row's money, the channel from its tick, none where both or neither are ticked, and warns where both are", () => {
    const list = read(ticked, merges);
    expect(list.contributions.map((c) => [c.row, c.amount, c.channel])).toEqual(
      [
        [3, 500000, "cash"],
        [4, 300000, "transfer"],
        [5, 1000000, "cash"],
        [6, 200000, "transfer"],
        [7, 2000000, "transfer"],
        [8, 600000, null],
        [9, 300000, null],
      ],
    );
    expect(codesOf(list)).toEqual(["F8 two-channels"]);
    expect(list.diagnostics.find((d) => d.cell === "F8")!.message).toContain(
      "cả Tiền mặt (ô E8) và Chuyển khoản (ô F8)",
    );
    // Figures under the same headings stay the money paid each way.
    const paid = ticked.slice(0, 2).concat([
      [1, "Nguyễn Văn Tư", "Vinh Thạnh", null, 500000, null, null, null],
      [2, "Trần Thị Lệ", "Vinh Thạnh", null, null, 300000, null, null],
    ]);
    paid[0] = [
      "STT",
      "Họ và tên",
      "Thôn",
      "Mã hộ",
      "Hình thức nộp",
      null,
      "Ngày nộp",
      "Ghi chú",
    ];
    expect(
      read(paid, merges).contributions.map((c) => [c.amount, c.channel]),
    ).toEqual([
      [500000, "cash"],
      [300000, "transfer"],
    ]);
  });
});
