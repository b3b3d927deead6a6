/** @jest-environment jsdom */
import "./setup";
import { Providers } from "./providers";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { generateCampaign, STATEMENT_SHEET } from "../../src/app/sample";
import { IMPORTED_STATEMENT_SHEET, type StatementRead } from "../../src/app/statement";
import { formatMoney } from "../../src/app/text";
import { LOG_SHEET } from "../../src/domain/log";
import { StatementImport } from "../../src/taskpane/components/StatementImport";
import { STRINGS, type Lang } from "../../src/taskpane/i18n";
import { renderStatement, statementLines, toCsv } from "../fixtures/statements";
import { memoryBookOf, MemoryWorkbook } from "./memoryPort";

function renderImport(book: MemoryWorkbook, options: { host?: "excel" | "web"; lang?: Lang; onRead?: (r: StatementRead) => void } = {}) {
  const sheets = [...book.sheets.entries()].filter(([, s]) => !s.owned).map(([name]) => name);
  return render(
    <Providers lang={options.lang ?? "vi"}>
      <StatementImport host={options.host ?? "excel"} port={book} sheets={sheets} onRead={options.onRead} />
    </Providers>,
  );
}

async function settled(): Promise<void> {
  await waitFor(() => expect((screen.getByTestId("statement-read") as HTMLButtonElement).disabled).toBe(false));
}

const truth = statementLines(3, 25);

describe("Sao kê (statement import) in the task pane", () => {
  test("finds the workbook's statement sheet and shows what was read", async () => {
    const campaign = generateCampaign({ householdsPerHamlet: 4, staffPerUnit: 3 });
    const book = memoryBookOf(campaign.sheets);
    const reads: StatementRead[] = [];
    renderImport(book, { onRead: (r) => reads.push(r) });
    fireEvent.click(screen.getByTestId("statement-read"));
    const result = await screen.findByTestId("statement-result");
    await settled();
    expect(result.getAttribute("data-layout")).toBe("agribank");
    expect(Number(result.getAttribute("data-lines"))).toBe(campaign.statement.length);
    expect(screen.getByTestId("statement-sheet-name").textContent).toBe(STATEMENT_SHEET);
    expect(screen.getByTestId("statement-account").textContent).toContain("8502215000001");
    const credit = campaign.statement.reduce((s, l) => s + l.credit, 0);
    expect(within(screen.getByTestId("statement-credit")).getByText(formatMoney(credit))).toBeTruthy();
    expect(screen.getByTestId("statement-check").getAttribute("data-ok")).toBe("true");
    expect(screen.queryAllByTestId("diagnostic")).toHaveLength(0);
    expect(reads).toHaveLength(1);
    expect(reads[0].lines).toHaveLength(campaign.statement.length);
  });

  test("opens a bank's CSV file, copies it into Sao kê (nhập), flags a balance break and selects its cell", async () => {
    const book = new MemoryWorkbook();
    const r = renderStatement("vcb-cashup", truth, { balanceTypoAt: 4 });
    renderImport(book, { host: "excel" });
    const file = new File([toCsv(r.doc) as BlobPart], "VCB_saoke.csv", { type: "text/csv" });
    fireEvent.change(screen.getByTestId("statement-file"), { target: { files: [file] } });
    const result = await screen.findByTestId("statement-result");
    await settled();
    expect(result.getAttribute("data-layout")).toBe("vcb-cashup");
    expect(Number(result.getAttribute("data-lines"))).toBe(truth.length);
    expect(book.sheets.get(IMPORTED_STATEMENT_SHEET)?.owned).toBe(true);
    expect(screen.getByTestId("statement-sheet-name").textContent).toBe(IMPORTED_STATEMENT_SHEET);
    expect(screen.getByTestId("statement-check").getAttribute("data-ok")).toBe("false");
    const items = screen.getAllByTestId("diagnostic");
    expect(items).toHaveLength(1);
    fireEvent.click(items[0]);
    expect(book.selects).toEqual([{ sheet: IMPORTED_STATEMENT_SHEET, address: `E${r.rows[4]}` }]);
    expect(book.rows(LOG_SHEET).slice(1).map((row) => row[2])).toEqual(["Nhập sao kê"]);
  });

  test("a true .xls file gets the sentence asking for .xlsx", async () => {
    const book = new MemoryWorkbook();
    renderImport(book);
    const file = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) as BlobPart], "saoke.xls");
    fireEvent.change(screen.getByTestId("statement-file"), { target: { files: [file] } });
    await waitFor(() => expect(document.body.textContent).toMatch(/lưu thành .*\.xlsx|Save As/i));
    expect(screen.queryByTestId("statement-result")).toBeNull();
  });

  test("an unknown (treasury) table: the columns are confirmed once and remembered in Cấu hình", async () => {
    const r = renderStatement("kbnn", truth);
    const book = memoryBookOf([r.doc]);
    renderImport(book, { host: "web" });
    fireEvent.click(screen.getByTestId("statement-read"));
    const result = await screen.findByTestId("statement-result");
    await settled();
    expect(result.getAttribute("data-layout")).toBe("generic");
    const card = screen.getByTestId("mapping-card");
    const fields = within(card)
      .getAllByTestId("mapping-field")
      .map((el) => el.getAttribute("data-field"));
    expect(fields).toEqual(expect.arrayContaining(["date", "description", "credit", "amount", "debitAccount", "creditAccount"]));
    expect(fields).not.toContain("name");
    // The guess took Số tiền (I) as a credit column; the person says it is the signed amount.
    const select = (field: string) => within(card).getAllByTestId("mapping-field").find((el) => el.getAttribute("data-field") === field) as HTMLSelectElement;
    expect(select("credit").value).toBe("I");
    fireEvent.change(select("credit"), { target: { value: "" } });
    expect(screen.getByTestId("mapping-problem").textContent).toBe(STRINGS.vi.stNeedMoney);
    fireEvent.change(select("amount"), { target: { value: "I" } });
    fireEvent.click(within(card).getByTestId("mapping-save"));
    await screen.findByTestId("statement-saved");
    await settled();
    expect(screen.getByTestId("statement-result").getAttribute("data-layout")).toBe("mapped");
    expect(screen.queryByTestId("mapping-card")).toBeNull();
    const remembered = book.rows("Cấu hình").find((row) => row[0] === `mapping:${r.doc.name}`);
    expect(JSON.parse(String(remembered?.[1]))).toMatchObject({ kind: "statement", headerRows: [7], mapping: { amount: "I", date: "E", description: "C" } });
  });

  test("speaks English when asked", async () => {
    const campaign = generateCampaign({ householdsPerHamlet: 2, staffPerUnit: 2 });
    renderImport(memoryBookOf(campaign.sheets), { lang: "en" });
    expect(screen.getByTestId("statement-read").textContent).toBe("Read statement");
    fireEvent.click(screen.getByTestId("statement-read"));
    await screen.findByTestId("statement-result");
    expect(screen.getByTestId("statement-check").textContent).toContain("Balances agree");
  });
});
