/** @jest-environment jsdom */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { generateCampaign, CONTRIBUTION_SHEET, type SampleCampaign } from "../../src/app/sample";
import { formatMoney } from "../../src/app/text";
import { validateWorkbook } from "../../src/app/validate";
import { LOG_SHEET } from "../../src/domain/log";
import type { CellValue } from "../../src/domain/sheet/types";
import { App } from "../../src/taskpane/App";
import { columnIndex, columnLetter, parseHeaderRows } from "../../src/taskpane/columns";
import { detailOf, PAGE_SIZE } from "../../src/taskpane/components/DiagnosticList";
import type { Host } from "../../src/taskpane/host";
import { STRINGS, type Lang } from "../../src/taskpane/i18n";
import { memoryBookOf, MemoryWorkbook } from "./memoryPort";

let campaign: SampleCampaign;
beforeAll(() => {
  campaign = generateCampaign({ householdsPerHamlet: 6, staffPerUnit: 4 });
});

afterEach(() => window.localStorage.clear());

function sampleBook(): MemoryWorkbook {
  return memoryBookOf(campaign.sheets);
}

const SMALL = "Góp quỹ";

/**
 * A small list typed loosely: its header ("Góp tiền", "Quy ra công", "Ở thôn") is only
 * weakly recognised, so the check is unsure of its columns; one row has money but no name, one
 * amount is typed as text.
 */
function smallBook(): MemoryWorkbook {
  const book = new MemoryWorkbook();
  book.addUserSheet({
    name: SMALL,
    rows: [
      ["DANH SÁCH GÓP QUỸ ĐỢT 3"],
      [],
      ["Họ và tên", "Góp tiền", "Quy ra công", "Ở thôn"],
      ["Nguyễn Văn An", "200.000", 1, "Đông Hà"],
      ["Hộ Trần Thị Bình", 300000, null, "Đông Hà"],
      ["", 100000, null, "Bắc Sơn"],
      ["Hộ Lê Văn Cường", 150000, 0.5, "Bắc Sơn"],
    ],
  });
  return book;
}

function text(el: Element | null): string {
  return el?.textContent ?? "";
}

function renderApp(host: Host, lang: Lang = "vi") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} lang={lang} />
    </FluentProvider>,
  );
}

function webHost(book: MemoryWorkbook): Host {
  return { kind: "web", files: { open: async () => book, sample: async () => book, save: async () => new Uint8Array([80, 75, 3, 4]) } };
}

function excelHost(book: MemoryWorkbook): Host {
  return { kind: "excel", workbook: async () => book };
}

function logSteps(book: MemoryWorkbook): string[] {
  return book.sheets.has(LOG_SHEET) ? book.rows(LOG_SHEET).slice(1).map((r) => String(r[2])) : [];
}

/** Opens the workbook (the web page's "Dùng sổ mẫu", or Excel's connection), goes to Kiểm tra. */
async function openValidate(host: Host): Promise<void> {
  if (host.kind === "web") {
    fireEvent.click(screen.getByTestId("use-sample"));
    await screen.findByTestId("file-name");
  }
  fireEvent.click(screen.getByTestId("step-validate"));
  await waitFor(() => expect((screen.getByTestId("validate-run") as HTMLButtonElement).disabled).toBe(false));
}

async function runCheck(): Promise<void> {
  fireEvent.click(screen.getByTestId("validate-run"));
  await screen.findByTestId("validate-summary");
  await waitFor(() => expect((screen.getByTestId("validate-run") as HTMLButtonElement).disabled).toBe(false));
}

function items(): HTMLElement[] {
  return screen.queryAllByTestId("diagnostic");
}

function counts() {
  return {
    error: Number(text(screen.getByTestId("count-error"))),
    warning: Number(text(screen.getByTestId("count-warning"))),
    fixed: Number(text(screen.getByTestId("count-fixed"))),
  };
}

describe("step Kiểm tra", () => {
  test("Kiểm tra shows the summary and the diagnostics by severity, with the check's counts", async () => {
    const book = sampleBook();
    const expected = await validateWorkbook(book);
    expect(expected.counts.fixed).toBeGreaterThan(0);
    renderApp(webHost(book));
    await openValidate(webHost(book));
    await runCheck();

    expect(counts()).toEqual(expected.counts);
    expect(text(screen.getByTestId("stat-rows"))).toBe(String(expected.rows));
    expect(text(screen.getByTestId("stat-contributions"))).toBe(String(expected.contributions.length));
    expect(text(screen.getByTestId("stat-total"))).toBe(formatMoney(expected.contributions.reduce((n, c) => n + c.amount, 0)));
    expect(screen.getAllByTestId("list-card").map((c) => c.getAttribute("data-sheet"))).toEqual(expected.lists.map((l) => l.sheet));
    expect(logSteps(book)).toEqual(["Kiểm tra danh sách ủng hộ"]);

    // Errors come first; the group shown first is the first one with something in it.
    const tabs = within(screen.getByTestId("severity-tabs")).getAllByRole("tab");
    expect(tabs.map((t) => t.getAttribute("data-testid"))).toEqual(["severity-error", "severity-warning", "severity-fixed"]);
    const first = (["error", "warning", "fixed"] as const).find((s) => expected.counts[s] > 0)!;
    expect(screen.getByTestId(`severity-${first}`).getAttribute("aria-selected")).toBe("true");

    for (const severity of ["error", "warning", "fixed"] as const) {
      fireEvent.click(screen.getByTestId(`severity-${severity}`));
      const want = expected.diagnostics.filter((d) => d.severity === severity);
      const got = items();
      expect(got.map((i) => `${i.getAttribute("data-sheet")}!${i.getAttribute("data-cell")} ${i.getAttribute("data-code")}`)).toEqual(
        want.slice(0, PAGE_SIZE).map((d) => `${d.sheet}!${d.cell} ${d.code}`),
      );
      got.forEach((item, i) => {
        expect(text(within(item).getByTestId("diagnostic-cell"))).toBe(want[i].cell);
        expect(text(within(item).getByTestId("diagnostic-message"))).toBe(detailOf(want[i]));
        expect(item.getAttribute("title")).toBe(want[i].message);
      });
      if (!want.length) expect(screen.getByTestId("group-empty")).toBeTruthy();
    }
  });

  test("a diagnostic, clicked or reached with the keyboard, selects its cell in Excel", async () => {
    const book = smallBook();
    const host = excelHost(book);
    renderApp(host);
    await openValidate(host);
    await runCheck();
    expect(counts()).toEqual({ error: 1, warning: 2, fixed: 1 });
    // The one error is shown first: the row with money but no name.
    const [error] = items();
    expect(error.getAttribute("data-cell")).toBe("A6");
    expect(text(error)).toContain("không có tên người ủng hộ");
    fireEvent.click(error);
    expect(book.selects).toEqual([{ sheet: SMALL, address: "A6" }]);
    await waitFor(() => expect(items()[0].getAttribute("aria-current")).toBe("true"));

    fireEvent.click(screen.getByTestId("severity-warning"));
    const warnings = items();
    expect(warnings.map((w) => w.getAttribute("data-cell"))).toEqual(["A3", "A4"]);
    warnings[0].focus();
    fireEvent.keyDown(warnings[0], { key: "ArrowDown" });
    expect(book.selects.at(-1)).toEqual({ sheet: SMALL, address: "A4" });
    expect(document.activeElement).toBe(items()[1]);
    await waitFor(() => expect(items()[1].getAttribute("aria-current")).toBe("true"));
    expect(items()[0].getAttribute("aria-current")).toBeNull();
    expect(screen.queryByTestId("error")).toBeNull();
  });

  test("on the web page a diagnostic cannot select a cell: it is marked in the list instead", async () => {
    const book = smallBook();
    book.canShow = false;
    const host = webHost(book);
    renderApp(host);
    await openValidate(host);
    await runCheck();
    fireEvent.click(items()[0]);
    expect(book.selects).toEqual([{ sheet: SMALL, address: "A6" }]);
    await waitFor(() => expect(items()[0].getAttribute("aria-current")).toBe("true"));
    expect(screen.queryByTestId("error")).toBeNull();
    expect(text(screen.getByTestId("check-results"))).not.toContain(STRINGS.vi.resultsAboutExcel);
  });

  test("Áp dụng sửa asks first, and only once confirmed copies the sheet and writes the fixes", async () => {
    const book = sampleBook();
    const before = await validateWorkbook(book);
    const fixes = before.diagnostics.filter((d) => d.severity === "fixed" && d.fix && d.sheet === CONTRIBUTION_SHEET);
    const typed = book.rows(CONTRIBUTION_SHEET).map((r) => [...r]);
    const host = excelHost(book);
    renderApp(host);
    await openValidate(host);
    await runCheck();
    fireEvent.click(screen.getByTestId("severity-fixed"));

    // The dialog says what will happen; cancelling changes nothing.
    fireEvent.click(screen.getByTestId("apply-fixes"));
    const dialog = await screen.findByTestId("apply-dialog");
    expect(text(within(dialog).getByTestId("apply-dialog-cells"))).toContain(`${fixes.length} ô sẽ được sửa trong trang "${CONTRIBUTION_SHEET}"`);
    expect(text(within(dialog).getByTestId("apply-dialog-backup"))).toContain("bản gốc của trang được chép sang một trang mới");
    expect(text(within(dialog).getByTestId("apply-dialog-backup"))).toMatch(/\(gốc \d\d-\d\d \d\dh\d\d\)/);
    fireEvent.click(within(dialog).getByTestId("apply-cancel"));
    await waitFor(() => expect(screen.queryByTestId("apply-dialog")).toBeNull());
    expect(book.updates).toEqual([]);
    expect([...book.sheets.keys()].some((n) => n.includes("(gốc"))).toBe(false);

    fireEvent.click(screen.getByTestId("apply-fixes"));
    fireEvent.click(within(await screen.findByTestId("apply-dialog")).getByTestId("apply-confirm"));
    const notice = await screen.findByTestId("validate-notice");
    const backup = [...book.sheets.keys()].find((n) => n.startsWith(`${CONTRIBUTION_SHEET} (gốc `))!;
    expect(backup).toBeDefined();
    expect(text(notice)).toContain(`Đã sửa ${fixes.length} ô trong trang "${CONTRIBUTION_SHEET}". Bản gốc ở trang "${backup}".`);
    expect((await book.listSheets()).find((s) => s.name === backup)?.owned).toBe(true);

    // The copy is the sheet as typed; the user's sheet changed in the fixed cells only.
    const copy = book.rows(backup);
    typed.forEach((row, r) => row.forEach((v, c) => expect(copy[r]?.[c] ?? null).toEqual(v ?? null)));
    expect(book.updates).toHaveLength(1);
    expect(book.updates[0].sheet).toBe(CONTRIBUTION_SHEET);
    expect(book.updates[0].updates.map((u) => `${columnLetter(u.col)}${u.row}=${String(u.value)}`)).toEqual(fixes.map((d) => `${d.cell}=${String(d.fix!.value)}`));
    const changed = new Set(fixes.map((d) => d.cell));
    const now = book.rows(CONTRIBUTION_SHEET);
    typed.forEach((row, r) =>
      row.forEach((v, c) => {
        if (!changed.has(`${columnLetter(c + 1)}${r + 1}`)) expect(now[r][c]).toEqual(v);
      }),
    );
    for (const c of campaign.contributions.filter((x) => x.sheet === CONTRIBUTION_SHEET)) expect(book.cell(CONTRIBUTION_SHEET, `B${c.row}`)).toBe(c.name);
    const date = fixes.find((d) => d.code === "date-notation");
    if (date) expect(book.format(CONTRIBUTION_SHEET, date.cell)).toBe(date.fix!.numberFormat);
    expect(logSteps(book)).toContain("Áp dụng sửa vào trang của người dùng");

    // The list is read again: what was fixed is no longer a finding.
    await waitFor(() => expect(Number(text(screen.getByTestId("count-fixed")))).toBe(before.counts.fixed - fixes.length));
    expect(screen.queryByTestId("apply-fixes")).toBeNull();

    // Inside Excel the notice leads to the copy.
    fireEvent.click(screen.getByTestId("validate-open-sheet"));
    expect(book.selects.at(-1)).toEqual({ sheet: backup, address: "A1" });
  });

  test("an unsure reading opens “Xác nhận cột”; saving it remembers the columns and checks again", async () => {
    const book = smallBook();
    const host = webHost(book);
    renderApp(host);
    await openValidate(host);
    await runCheck();
    const card = screen.getByTestId("mapping-card");
    expect(card.getAttribute("data-mode")).toBe("unsure");
    expect(text(card)).toContain("Xác nhận cột");
    expect((within(card).getByTestId("mapping-header-rows") as HTMLInputElement).value).toBe("3");
    const select = (field: string) => within(card).getAllByTestId("mapping-field").find((s) => s.getAttribute("data-field") === field) as HTMLSelectElement;
    expect([select("name").value, select("amount").value, select("days").value, select("unit").value, select("date").value]).toEqual(["A", "B", "C", "D", ""]);
    // Letters up to the sheet's width, labelled with the header typed there.
    await waitFor(() => expect([...select("amount").options].map((o) => o.textContent)).toEqual(["—", "A · Họ và tên", "B · Góp tiền", "C · Quy ra công", "D · Ở thôn"]));

    // What cannot be saved says why.
    fireEvent.change(select("name"), { target: { value: "" } });
    expect(text(within(card).getByTestId("mapping-problem"))).toContain("Họ và tên");
    expect((within(card).getByTestId("mapping-save") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(select("name"), { target: { value: "B" } });
    expect(text(within(card).getByTestId("mapping-problem"))).toContain("Cột B");
    fireEvent.change(select("name"), { target: { value: "A" } });
    fireEvent.change(within(card).getByTestId("mapping-header-rows"), { target: { value: "3–5" } });
    expect(text(within(card).getByTestId("mapping-problem"))).toContain("dòng tiêu đề");
    fireEvent.change(within(card).getByTestId("mapping-header-rows"), { target: { value: "3" } });

    // The person says "Quy ra công" is not labour days worked: no column for it.
    fireEvent.change(select("days"), { target: { value: "" } });
    expect(within(card).queryByTestId("mapping-problem")).toBeNull();
    fireEvent.click(within(card).getByTestId("mapping-save"));
    expect(text(await screen.findByTestId("validate-notice"))).toContain(`Đã lưu cách ghép cột cho trang "${SMALL}"`);
    // Remembered in the visible Cấu hình sheet, where a person can see and change it.
    const remembered = book.rows("Cấu hình").find((r) => r[0] === `mapping:${SMALL}`);
    expect(JSON.parse(String(remembered?.[1]))).toEqual({ headerRows: [3], mapping: { name: "A", amount: "B", unit: "D" } });
    expect(logSteps(book)).toEqual(["Kiểm tra danh sách ủng hộ", "Xác nhận cột", "Kiểm tra danh sách ủng hộ"]);

    // Read as confirmed: nothing unsure any more, the card closes, the list says so.
    await waitFor(() => expect(screen.queryByTestId("mapping-card")).toBeNull());
    expect(screen.getByTestId("mapping-confirmed")).toBeTruthy();
    expect(screen.getByTestId("list-card").getAttribute("data-unsure")).toBe("false");
    expect(counts()).toEqual({ error: 1, warning: 1, fixed: 1 });

    // Any list's columns can be corrected on request.
    fireEvent.click(screen.getByTestId("edit-mapping"));
    const edit = screen.getByTestId("mapping-card");
    expect(edit.getAttribute("data-mode")).toBe("edit");
    fireEvent.click(within(edit).getByTestId("mapping-cancel"));
    expect(screen.queryByTestId("mapping-card")).toBeNull();
  });

  test("no contribution list: the app's message, and the columns can be named by hand", async () => {
    const book = new MemoryWorkbook();
    book.addUserSheet({ name: "Sổ tay", rows: [["Ghi chép"], ["Người", "Góp"], ["Nguyễn Văn An", 100000]] });
    const host = webHost(book);
    renderApp(host);
    await openValidate(host);
    fireEvent.click(screen.getByTestId("validate-run"));
    const message = await screen.findByTestId("validate-none-message");
    expect(text(message)).toContain("Không tìm thấy danh sách ủng hộ nào");
    expect(screen.queryByTestId("error")).toBeNull();
    expect(screen.queryByTestId("validate-summary")).toBeNull();

    const card = screen.getByTestId("mapping-card");
    expect(card.getAttribute("data-mode")).toBe("manual");
    fireEvent.change(within(card).getByTestId("mapping-header-rows"), { target: { value: "2" } });
    const select = (field: string) => within(card).getAllByTestId("mapping-field").find((s) => s.getAttribute("data-field") === field) as HTMLSelectElement;
    await waitFor(() => expect([...select("name").options].map((o) => o.value)).toEqual(["", "A", "B"]));
    fireEvent.change(select("name"), { target: { value: "A" } });
    fireEvent.change(select("amount"), { target: { value: "B" } });
    fireEvent.click(within(card).getByTestId("mapping-save"));
    await screen.findByTestId("validate-summary");
    expect(text(screen.getByTestId("stat-contributions"))).toBe("1");
    expect(text(screen.getByTestId("stat-total"))).toBe("100.000");
    expect(screen.queryByTestId("validate-none")).toBeNull();
  });

  test("a list pasted as lines of text is checked and normalized: no columns to map, its sources in column A", async () => {
    const book = new MemoryWorkbook();
    book.addUserSheet({
      name: "Zalo",
      rows: [["Danh sách ủng hộ thôn Nà Pài năm 2024"], ["1. Nguyễn Văn An - 500.000đ"], ["2. Trần Thị Bình: 300k"], ["3) Lê Văn Cường ck 1tr"], ["Tổng: 1.800.000đ"]],
    });
    const host = webHost(book);
    renderApp(host);
    await openValidate(host);
    await runCheck();
    const card = screen.getByTestId("list-card");
    expect(text(card)).toContain("Không có dòng tiêu đề · đọc từng dòng văn bản · 3 khoản");
    expect(screen.queryByTestId("edit-mapping")).toBeNull();
    expect(screen.queryByTestId("mapping-card")).toBeNull();
    expect(text(screen.getByTestId("stat-total"))).toBe("1.800.000");
    fireEvent.click(screen.getByTestId("normalize-run"));
    await screen.findByTestId("validate-notice");
    const rows = book.rows("Chuẩn hóa").slice(1, 4);
    expect(rows.map((r) => [r[1], r[4], r[15]])).toEqual([
      ["Nguyễn Văn An", null, "Zalo!A2"],
      ["Trần Thị Bình", null, "Zalo!A3"],
      ["Lê Văn Cường", "Chuyển khoản", "Zalo!A4"],
    ]);
  });

  test("a workbook error shows its Vietnamese message in the error bar", async () => {
    const book = smallBook();
    const host = webHost(book);
    renderApp(host);
    await openValidate(host);
    book.failures.readSheet = new Error('Không đọc được trang "Góp quỹ". (Cannot read the sheet.)');
    fireEvent.click(screen.getByTestId("validate-run"));
    expect(text(await screen.findByTestId("error-message"))).toContain('Không đọc được trang "Góp quỹ"');
    expect(screen.queryByTestId("validate-summary")).toBeNull();
  });

  test("Chuẩn hóa writes the Chuẩn hóa sheet and notes it in Nhật ký", async () => {
    const book = sampleBook();
    const expected = await validateWorkbook(book);
    const host = excelHost(book);
    renderApp(host);
    await openValidate(host);
    fireEvent.click(screen.getByTestId("normalize-run"));
    expect(text(await screen.findByTestId("validate-notice"))).toContain(`Đã ghi trang Chuẩn hóa: ${expected.contributions.length} khoản đóng góp`);
    expect(book.sheets.has("Chuẩn hóa")).toBe(true);
    expect((await book.listSheets()).find((s) => s.name === "Chuẩn hóa")?.owned).toBe(true);
    // One row per contribution, under the header, above the totals.
    const names = book.rows("Chuẩn hóa").slice(1, expected.contributions.length + 1).map((r) => r[1]);
    expect(names).toEqual(expected.contributions.map((c) => c.name));
    expect(logSteps(book)).toEqual(["Chuẩn hóa danh sách ủng hộ"]);
    expect(counts()).toEqual(expected.counts);
    fireEvent.click(screen.getByTestId("validate-open-sheet"));
    expect(book.selects.at(-1)).toEqual({ sheet: "Chuẩn hóa", address: "A1" });
  });

  test("one sheet can be checked on its own", async () => {
    const book = smallBook();
    book.addUserSheet({ name: "Khác", rows: [["Họ và tên", "Số tiền"], ["Phạm Văn Dũng", 50000]] });
    const host = webHost(book);
    renderApp(host);
    await openValidate(host);
    fireEvent.click(screen.getByTestId("validate-sheet"));
    fireEvent.click(await screen.findByRole("option", { name: "Khác" }));
    await runCheck();
    expect(screen.getAllByTestId("list-card").map((c) => c.getAttribute("data-sheet"))).toEqual(["Khác"]);
    expect(text(screen.getByTestId("stat-total"))).toBe("50.000");
  });

  test("a long group draws a page at a time; the filter narrows it", async () => {
    const rows: CellValue[][] = [["Họ và tên", "Số tiền", "Ngày nộp"]];
    for (let i = 0; i < PAGE_SIZE + 250; i++) rows.push([`Hộ Nguyễn Văn ${i + 1}`, `${(i % 9) + 1}00.000`, null]);
    const book = new MemoryWorkbook();
    book.addUserSheet({ name: "DS", rows });
    const host = webHost(book);
    renderApp(host);
    await openValidate(host);
    await runCheck();
    fireEvent.click(screen.getByTestId("severity-fixed"));
    expect(Number(text(screen.getByTestId("count-fixed")))).toBe(PAGE_SIZE + 250);
    expect(items()).toHaveLength(PAGE_SIZE);
    expect(text(screen.getByTestId("diagnostics-shown"))).toBe(`Đang hiện ${PAGE_SIZE} / ${PAGE_SIZE + 250} mục`);
    fireEvent.click(screen.getByTestId("diagnostics-more"));
    expect(items()).toHaveLength(PAGE_SIZE * 2);
    fireEvent.click(screen.getByTestId("diagnostics-more"));
    expect(items()).toHaveLength(PAGE_SIZE + 250);
    expect(screen.queryByTestId("diagnostics-more")).toBeNull();

    // Without diacritics, by cell or by words of the message.
    const filter = screen.getByTestId("diagnostic-filter");
    expect(filter.tagName).toBe("INPUT");
    fireEvent.change(filter, { target: { value: "B12" } });
    expect(items().map((i) => i.getAttribute("data-cell"))).toEqual(["B12", "B120", "B121", "B122", "B123", "B124", "B125", "B126", "B127", "B128", "B129"]);
    fireEvent.change(filter, { target: { value: "so tien 900.000" } });
    expect(items().length).toBe(rows.slice(1).filter((r) => r[1] === "900.000").length);
    fireEvent.change(filter, { target: { value: "không có" } });
    expect(screen.getByTestId("group-no-match")).toBeTruthy();
  });

  test("the panel follows the language switch", async () => {
    const book = smallBook();
    const host = webHost(book);
    renderApp(host);
    await openValidate(host);
    await runCheck();
    expect(text(screen.getByTestId("severity-fixed"))).toContain("Đã chuẩn hóa");
    fireEvent.click(screen.getByTestId("lang-en"));
    expect(text(screen.getByTestId("severity-fixed"))).toContain("Normalised");
    expect(text(screen.getByTestId("validate-run"))).toBe("Check");
    expect(text(screen.getByTestId("mapping-card"))).toContain("Confirm the columns");
  });
});

describe("column helpers", () => {
  test("letters and numbers", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
    expect(["A", "z", "AA", "AAA", "", "A1"].map(columnIndex)).toEqual([1, 26, 27, 703, 0, 0]);
  });

  test("header rows", () => {
    expect(parseHeaderRows("7")).toEqual([7]);
    expect(parseHeaderRows(" 7–8 ")).toEqual([7, 8]);
    expect(parseHeaderRows("7-8")).toEqual([7, 8]);
    expect(parseHeaderRows("7,8")).toEqual([7, 8]);
    expect(parseHeaderRows("7-7")).toEqual([7]);
    expect(parseHeaderRows("7-9")).toBeNull();
    expect(parseHeaderRows("0")).toBeNull();
    expect(parseHeaderRows("")).toBeNull();
  });
});
