import fc from "fast-check";
import { classifyLine, readDateCell, readStatement, statementLayout } from "../../../src/domain/reconcile/statement";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { STATEMENT_TABLE } from "../../../src/domain/sheet/tableSpecs";
import { gridOf } from "../../fixtures/grid";
import { ACCOUNT, EXPECTED_LAYOUT, FIXTURE_LAYOUTS, renderStatement, statementLines, TREASURY_ACCOUNT, type FixtureLayout, type RenderedStatement, type TrueLine } from "../../fixtures/statements";

/** What a layout carries of each line: not every bank has a reference or a running balance. */
function expectedLines(r: RenderedStatement, truth: TrueLine[]) {
  let balance = r.opening;
  return truth.map((l, i) => {
    balance += l.credit - l.debit;
    return {
      sheet: r.doc.name,
      row: r.rows[i],
      date: l.date,
      reference: r.layout === "bidv" ? "" : r.layout === "vietinbank-efast" ? String(i + 1) : l.reference,
      description: l.description,
      credit: l.credit,
      debit: l.debit,
      balance: r.balanceColumn ? balance : null,
      class: l.class,
    };
  });
}

function read(r: RenderedStatement) {
  return readStatement(gridOf(r.doc), { confirmed: r.mapping });
}

const truth = statementLines(7, 60);

describe.each(FIXTURE_LAYOUTS)("layout %s", (layout: FixtureLayout) => {
  it.each([",", ".", "number"] as const)("reads back every line exactly, amounts %s", (amounts) => {
    const r = renderStatement(layout, truth, { amounts });
    const reading = read(r)!;
    expect(reading.lines).toEqual(expectedLines(r, truth));
    expect(reading.diagnostics).toEqual([]);
    expect(reading.check.ok).toBe(layout === "vcb-simple" ? null : true);
    if (layout !== "vcb-simple") {
      expect(reading.check.opening).toBe(r.opening);
      expect(reading.check.closing).toBe(r.closing);
    }
  });

  it("never takes totals, opening, closing or footer rows for lines", () => {
    const r = renderStatement(layout, truth);
    const reading = read(r)!;
    const rows = new Set(reading.lines.map((l) => l.row));
    for (const row of r.nonLineRows) expect(rows.has(row)).toBe(false);
    expect(reading.lines).toHaveLength(truth.length);
    expect(reading.skippedRows.map((s) => s.row)).toEqual(expect.arrayContaining(r.nonLineRows));
  });

  it(`is recognized as ${EXPECTED_LAYOUT[layout]}`, () => {
    const r = renderStatement(layout, truth);
    const grid = gridOf(r.doc);
    expect(statementLayout(grid, detectHeaderRows(grid, STATEMENT_TABLE)!)).toBe(EXPECTED_LAYOUT[layout]);
  });

  it("reads the account number of the header block", () => {
    const reading = read(renderStatement(layout, truth))!;
    if (layout === "vcb-simple" || layout === "bidv" || layout === "vcb-cashup" || layout === "vietinbank-efast" || layout === "agribank") expect(reading.header.account).toBe(ACCOUNT);
    else expect(reading.header.account).toBe(TREASURY_ACCOUNT);
  });
});

describe("balance checks", () => {
  const withBalance: FixtureLayout[] = ["vcb-cashup", "vietinbank-efast", "bidv", "agribank"];

  it.each(withBalance)("%s: a balance cell typed wrong is flagged on its row only", (layout) => {
    const r = renderStatement(layout, truth, { balanceTypoAt: 10 });
    const reading = read(r)!;
    const breaks = reading.diagnostics.filter((d) => d.code === "statement-balance-break");
    expect(breaks.map((d) => d.cell)).toEqual([`${r.balanceColumn}${r.rows[10]}`]);
    expect(breaks[0].message).toContain(`Trang "${r.doc.name}", ô ${r.balanceColumn}${r.rows[10]}`);
    expect(reading.check.ok).toBe(false);
    expect(reading.lines).toHaveLength(truth.length);
  });

  it.each(withBalance)("%s: an amount shown wrong breaks its own row and the closing balance", (layout) => {
    const r = renderStatement(layout, truth, { amountTypoAt: 20 });
    const reading = read(r)!;
    expect(reading.check.breaks).toEqual([r.rows[20]]);
    expect(reading.diagnostics.filter((d) => d.code === "statement-closing")).toHaveLength(1);
  });

  it.each(withBalance)("%s: a missing line breaks the row after it", (layout) => {
    const r = renderStatement(layout, truth, { dropAt: 30 });
    const reading = read(r)!;
    expect(reading.check.breaks).toEqual([r.rows[31]]);
    expect(reading.lines).toHaveLength(truth.length - 1);
  });

  it("checks opening + credits − debits = closing without a balance column (treasury table)", () => {
    const at = truth.findIndex((l, i) => i > 2 && l.credit > 0);
    const r = renderStatement("kbnn", truth, { amountTypoAt: at });
    const reading = read(r)!;
    const closing = reading.diagnostics.filter((d) => d.code === "statement-closing");
    expect(closing).toHaveLength(1);
    expect(closing[0].message).toMatch(/lệch -90\.000/);
  });

  it("reads a statement listed newest first", () => {
    const r = renderStatement("agribank", truth);
    const header = r.doc.rows.slice(0, 7);
    const lines = r.rows.map((row) => r.doc.rows[(row as number) - 1]);
    const after = r.doc.rows.slice(7 + lines.length);
    const reading = readStatement(gridOf({ name: "X", rows: [...header, ...[...lines].reverse(), ...after] }))!;
    expect(reading.check.breaks).toEqual([]);
    expect(reading.check.ok).toBe(true);
  });
});

describe("an unknown table (treasury)", () => {
  it("is read with guessed columns and a request to confirm them", () => {
    const r = renderStatement("kbnn", truth);
    const reading = readStatement(gridOf(r.doc))!;
    expect(reading.layout).toBe("generic");
    expect(reading.needsMapping).toBe(true);
    expect(reading.diagnostics.map((d) => d.code)).toEqual(["statement-mapping"]);
    // Money goes in or out by where the account's own number stands (TK có / TK nợ).
    expect(reading.lines.map((l) => [l.credit, l.debit])).toEqual(truth.map((l) => [l.credit, l.debit]));
  });

  it("is read as confirmed once the columns are mapped", () => {
    const r = renderStatement("kbnn", truth);
    const reading = readStatement(gridOf(r.doc), { confirmed: r.mapping })!;
    expect(reading.layout).toBe("mapped");
    expect(reading.needsMapping).toBe(false);
  });

  it("says which required columns are missing", () => {
    const reading = readStatement(gridOf({ name: "T", rows: [["Ngày", "Ghi chú", "Số tiền"], ["01/09/2024", "x", "100.000"]] }));
    expect(reading?.needsMapping ?? true).toBe(true);
  });
});

describe("cells", () => {
  it("reads a date cell that also holds the document number", () => {
    expect(readDateCell("10/09/2024\n5078.51136")).toEqual({ iso: "2024-09-10", reference: "5078.51136" });
    expect(readDateCell("04/08/2026\n5389 - 82579")).toEqual({ iso: "2026-08-04", reference: "5389 - 82579" });
    expect(readDateCell("10/09/2024 01:03:56").iso).toBe("2024-09-10");
    expect(readDateCell("hôm qua").iso).toBeNull();
  });

  it("flags an unreadable date or amount on its cell, in Vietnamese", () => {
    const r = renderStatement("vcb-simple", truth.slice(0, 5));
    const rows = r.doc.rows.map((row) => [...row]);
    rows[(r.rows[1] as number) - 1][0] = "31/02/2024";
    rows[(r.rows[2] as number) - 1][3] = "12 củ";
    const reading = readStatement(gridOf({ ...r.doc, rows }))!;
    expect(reading.diagnostics.map((d) => [d.code, d.cell])).toEqual([
      ["statement-date", `A${r.rows[1]}`],
      ["statement-amount", `D${r.rows[2]}`],
    ]);
    expect(reading.diagnostics[0].message).toMatch(/^Trang "Sao kê", ô A\d+: không đọc được ngày giao dịch/);
  });

  it("reads a debit printed with a minus sign under Nợ as a debit", () => {
    const grid = gridOf({
      name: "S",
      rows: [["Ngày giao dịch", "Số tham chiếu", "Số tiền ghi nợ", "Số tiền ghi có", "Mô tả"], ["01/09/2024", "1", "-11.000", null, "PHI SMS"], ["01/09/2024", "2", null, "500,000", "B ung ho"]],
    });
    expect(readStatement(grid)!.lines.map((l) => [l.credit, l.debit])).toEqual([
      [0, 11_000],
      [500_000, 0],
    ]);
  });

  it("reads one signed amount column", () => {
    const grid = gridOf({
      name: "S",
      rows: [["Số dư đầu kỳ:", "1.000.000"], [], ["Ngày giao dịch", "Nội dung", "Số tiền giao dịch", "Số dư"], ["01/09/2024", "A ung ho", "+500.000", "1.500.000"], ["02/09/2024", "PHI SMS", "-11.000", "1.489.000"]],
    });
    const reading = readStatement(grid)!;
    expect(reading.lines.map((l) => [l.credit, l.debit, l.class])).toEqual([
      [500_000, 0, "credit"],
      [0, 11_000, "fee"],
    ]);
    expect(reading.check.ok).toBe(true);
  });
});

describe("classifyLine", () => {
  const c = (description: string, credit: number, debit = 0) => classifyLine({ description, credit, debit });
  it("tells interest and fees from donors whose names look like them", () => {
    expect(c("LAI TIEN GUI KY HAN THANG 6", 12_345)).toBe("interest");
    expect(c("Lãi tiền gửi không kỳ hạn", 5_000)).toBe("interest");
    expect(c("LAI VAN SAM UNG HO NTM", 500_000)).toBe("credit");
    expect(c("PHI THI HOA UNG HO", 200_000)).toBe("credit");
    expect(c("PHI QUAN LY TAI KHOAN", 0, 11_000)).toBe("fee");
    expect(c("Phí chuyển tiền", 0, 5_500)).toBe("fee");
    expect(c("CHI TAM UNG KINH PHI DUONG THON 2", 0, 25_000_000)).toBe("debit");
    expect(c("RUT TIEN MAT", 0, 1_000_000)).toBe("debit");
  });
});

describe("property: any lines in any layout read back", () => {
  it("holds for random seeds, sizes, layouts and separators", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom(...FIXTURE_LAYOUTS), fc.constantFrom(",", ".", "number"), (seed, n, layout, amounts) => {
        const lines = statementLines(seed, n);
        const r = renderStatement(layout as FixtureLayout, lines, { amounts: amounts as "," | "." | "number" });
        const reading = read(r)!;
        expect(reading.lines).toEqual(expectedLines(r, lines));
        expect(reading.check.ok === false).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

describe("the sample campaign's statement in every layout", () => {
  it("reads back the sample's lines from each bank's layout", async () => {
    const { generateCampaign } = await import("../../../src/app/sample");
    const { trueLinesOfSample } = await import("../../fixtures/statements");
    const lines = trueLinesOfSample(generateCampaign({ householdsPerHamlet: 3, staffPerUnit: 2 }).statement);
    for (const layout of FIXTURE_LAYOUTS) {
      const r = renderStatement(layout, lines, { amounts: "." });
      expect(read(r)!.lines).toEqual(expectedLines(r, lines));
    }
  });
});

describe("header variants", () => {
  const layoutOf = (header: string[]) => {
    const row = header.map((_, i) => (i === 0 ? "01/09/2024" : i === 1 ? "x ung ho" : null));
    return readStatement(gridOf({ name: "S", rows: [header, row] }))?.layout;
  };
  it("recognizes each bank whatever the spacing or case of its headers", () => {
    expect(layoutOf(["Ngày hạch toán/Accounting date", "Mô tả giao dịch/ Transaction description", "Nợ/Debit", "Có/ Credit", "Số dư TK/Account balance"])).toBe("vietinbank-efast");
    expect(layoutOf(["NGÀY GIAO DỊCH", "SỐ THAM CHIẾU", "SỐ TIỀN GHI NỢ", "SỐ TIỀN GHI CÓ", "MÔ TẢ"])).toBe("vcb-simple");
    expect(layoutOf(["Ngày GD", "Số CT", "Nội dung", "Phát sinh Nợ", "Phát sinh Có", "Số dư"])).toBe("agribank");
    expect(layoutOf(["Ngay giao dich", "Noi dung", "Ghi no", "Ghi co", "So du"])).toBe("generic");
  });
});
