/** @jest-environment jsdom */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { generateCampaign, CONTRIBUTION_SHEET, type SampleCampaign } from "../../src/app/sample";
import { notBuiltMessage, STEPS } from "../../src/app/steps";
import { LOG_SHEET } from "../../src/domain/log";
import { SheetMissingError } from "../../src/workbook/port";
import { App } from "../../src/taskpane/App";
import { normalizeRange } from "../../src/taskpane/components/ConvertPanel";
import { resultFileName, type Host, type WebFiles } from "../../src/taskpane/host";
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

function text(el: Element | null): string {
  return el?.textContent ?? "";
}

/** Not inside a hidden step panel (jsdom does no layout: this is what "visible" means here). */
function visible(el: Element): boolean {
  return !el.closest("[hidden]");
}

function disabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled || el.getAttribute("aria-disabled") === "true";
}

/** Web page: "Dùng sổ mẫu", then wait until the workbook is open. */
async function useSample(): Promise<void> {
  fireEvent.click(screen.getByTestId("use-sample"));
  await screen.findByTestId("file-name");
}

function renderApp(host: Host, lang: Lang = "vi") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} lang={lang} />
    </FluentProvider>,
  );
}

function webHost(book: MemoryWorkbook, overrides: Partial<WebFiles> = {}): Host {
  return {
    kind: "web",
    files: {
      open: async () => book,
      sample: async () => book,
      save: async () => new Uint8Array([80, 75, 3, 4]),
      ...overrides,
    },
  };
}

function excelHost(book: MemoryWorkbook): Host {
  return { kind: "excel", workbook: async () => book };
}

/** Rows of the contribution sheet typed in a legacy encoding (TCVN3, VNI) or NFD. */
function legacyNames() {
  return campaign.contributions.filter((c) => c.sheet === CONTRIBUTION_SHEET && c.encoding !== "unicode");
}

function nameColumn(): string {
  const rows = campaign.contributions.filter((c) => c.sheet === CONTRIBUTION_SHEET).map((c) => c.row);
  return `B${Math.min(...rows)}:B${Math.max(...rows)}`;
}

function logSteps(book: MemoryWorkbook): string[] {
  return book.sheets.has(LOG_SHEET) ? book.rows(LOG_SHEET).slice(1).map((r) => String(r[2])) : [];
}

describe("task pane", () => {
  test("lists the steps in order, Nhập liệu first and selected", async () => {
    renderApp(webHost(sampleBook()));
    const tabs = within(screen.getByTestId("steps")).getAllByRole("tab");
    expect(tabs.map((t) => t.getAttribute("aria-label"))).toEqual(STEPS.map((s, i) => `${i + 1}. ${s.vi}${s.built ? "" : " (Chưa xây dựng)"}`));
    expect(tabs.map((t) => t.textContent)).toEqual(STEPS.map((s, i) => `${i + 1}${s.vi}`));
    expect(tabs[0].getAttribute("aria-selected")).toBe("true");
    expect(visible(screen.getByTestId("panel-input"))).toBe(true);
    expect(text(screen.getByTestId("product-name"))).toContain("Chung Sức");
  });

  test("a step that is not built says so and offers no enabled run button", async () => {
    renderApp(webHost(sampleBook()));
    for (const step of STEPS.filter((s) => !s.built)) {
      fireEvent.click(screen.getByTestId(`step-${step.id}`));
      const panel = screen.getByTestId(`panel-${step.id}`);
      expect(visible(panel)).toBe(true);
      expect(text(within(panel).getByTestId("not-built"))).toContain(notBuiltMessage(step));
      expect(disabled(within(panel).getByTestId(`run-${step.id}`))).toBe(true);
      const enabled = within(panel)
        .queryAllByRole("button")
        .filter((b) => !(b as HTMLButtonElement).disabled);
      expect(enabled).toEqual([]);
      expect(visible(screen.getByTestId("panel-input"))).toBe(false);
    }
  });

  test("arrow keys move between steps", () => {
    renderApp(webHost(sampleBook()));
    fireEvent.keyDown(screen.getByTestId("step-input"), { key: "ArrowRight" });
    expect(screen.getByTestId("step-validate").getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(screen.getByTestId("step-validate"), { key: "End" });
    expect(screen.getByTestId("step-approve").getAttribute("aria-selected")).toBe("true");
  });

  test("web page: the sample workbook, Nhận diện bảng, and a note in Nhật ký", async () => {
    const book = sampleBook();
    renderApp(webHost(book));
    expect(disabled(screen.getByTestId("recognize-run"))).toBe(true);
    fireEvent.click(screen.getByTestId("use-sample"));
    expect(text(await screen.findByTestId("file-name"))).toContain(STRINGS.vi.sampleName);

    fireEvent.click(screen.getByTestId("recognize-run"));
    const results = await screen.findAllByTestId("sheet-result");
    expect(results.map((r) => r.getAttribute("data-sheet"))).toEqual(campaign.sheets.map((s) => s.name));
    const contributions = results.find((r) => r.getAttribute("data-sheet") === CONTRIBUTION_SHEET)!;
    expect(text(within(contributions).getByTestId("sheet-kind"))).toContain("Danh sách ủng hộ");
    expect(text(within(contributions).getByTestId("sheet-header-rows"))).toMatch(/Tiêu đề ở dòng \d+/);
    expect(text(within(contributions).getByTestId("sheet-mapping"))).toContain("BHọ và tên");
    expect(text(screen.getByTestId("recognize-summary"))).toContain(`${campaign.sheets.length} trang tính`);
    expect(logSteps(book)).toEqual(["Nhận diện bảng"]);
    expect(screen.getByTestId("unsaved")).toBeTruthy();
  });

  test("a table to confirm carries the badge “cần xác nhận” and names the missing column", async () => {
    const book = new MemoryWorkbook();
    // A statement without its credit column: recognised, but a person must look.
    book.addUserSheet({ name: "Sao ke", rows: [["Ngày giao dịch", "Diễn giải", "Số dư"], ["01/04/2024", "UNG HO NTM", 100000]] });
    book.addUserSheet({ name: "Ghi chep", rows: [["Việc cần làm hôm nay"]] });
    renderApp(webHost(book));
    await useSample();
    fireEvent.click(screen.getByTestId("recognize-run"));
    const [statement, other] = await screen.findAllByTestId("sheet-result");
    expect(text(within(statement).getByTestId("sheet-kind"))).toBe("Sao kê tài khoản");
    expect(text(within(statement).getByTestId("needs-confirm"))).toBe("cần xác nhận");
    expect(text(within(statement).getByTestId("sheet-missing"))).toBe("Thiếu cột: Ghi có");
    expect(text(within(other).getByTestId("sheet-kind"))).toBe("Không nhận ra bảng");
    expect(within(other).queryByTestId("needs-confirm")).toBeNull();
  });

  test("inside Excel: the selection's conversion preview, Áp dụng, then Hoàn tác", async () => {
    const book = sampleBook();
    book.selected = { sheet: CONTRIBUTION_SHEET, address: nameColumn() };
    renderApp(excelHost(book));
    await waitFor(() => expect(disabled(screen.getByTestId("convert-preview"))).toBe(false));
    expect(screen.queryByTestId("file-bar")).toBeNull();

    fireEvent.click(screen.getByTestId("convert-preview"));
    const rows = await screen.findAllByTestId("change-row");
    const legacy = legacyNames();
    expect(rows.length).toBe(legacy.length);
    for (const c of legacy) {
      const row = rows.find((r) => r.getAttribute("data-address") === `B${c.row}`)!;
      expect(row).toBeDefined();
      expect(within(row).getByTestId("change-before").textContent).toBe(book.cell(CONTRIBUTION_SHEET, `B${c.row}`));
      expect(within(row).getByTestId("change-after").textContent).toBe(c.name);
    }
    const tcvn = legacy.find((c) => c.encoding === "tcvn3")!;
    expect(within(rows.find((r) => r.getAttribute("data-address") === `B${tcvn.row}`)!).getByText("TCVN3")).toBeTruthy();
    expect(text(screen.getByTestId("convert-summary"))).toContain(`${legacy.length} ô sẽ đổi trong ${CONTRIBUTION_SHEET}!${nameColumn()}`);

    const typed = book.cell(CONTRIBUTION_SHEET, `B${tcvn.row}`);
    fireEvent.click(screen.getByTestId("convert-apply"));
    expect(text(await screen.findByTestId("convert-notice"))).toContain(`Đã chuyển ${legacy.length} ô`);
    expect(book.cell(CONTRIBUTION_SHEET, `B${tcvn.row}`)).toBe(tcvn.name);
    expect(logSteps(book)).toContain("Chuyển mã sang Unicode");

    fireEvent.click(screen.getByTestId("convert-undo"));
    await waitFor(() => expect(text(screen.getByTestId("convert-notice"))).toContain(`Đã trả lại giá trị cũ cho ${legacy.length} ô`));
    expect(book.cell(CONTRIBUTION_SHEET, `B${tcvn.row}`)).toBe(typed);

    fireEvent.click(screen.getByTestId("convert-undo"));
    await waitFor(() => expect(text(screen.getByTestId("convert-notice"))).toContain("Chưa có lần chuyển mã nào để hoàn tác"));
    // Messages follow the language switch, those already shown included.
    fireEvent.click(screen.getByTestId("lang-en"));
    expect(text(screen.getByTestId("convert-notice"))).toBe("No conversion to undo.");
  });

  test("inside Excel with nothing selected: a hint, no change", async () => {
    const book = sampleBook();
    renderApp(excelHost(book));
    await waitFor(() => expect(disabled(screen.getByTestId("convert-preview"))).toBe(false));
    fireEvent.click(screen.getByTestId("convert-preview"));
    expect(text(await screen.findByTestId("convert-notice"))).toContain(STRINGS.vi.noSelection);
    expect(screen.queryByTestId("convert-plan")).toBeNull();
  });

  test("web page: the recognised name column fills the range, the preview converts it", async () => {
    const book = sampleBook();
    renderApp(webHost(book));
    await useSample();
    fireEvent.click(screen.getByTestId("recognize-run"));
    fireEvent.click(await screen.findByTestId("convert-suggestion"));
    expect((screen.getByTestId("convert-range") as HTMLInputElement).value).toEqual(expect.stringMatching(/^B\d+:B\d+$/));
    fireEvent.click(screen.getByRole("checkbox", { name: STRINGS.vi.nameColumns }));
    expect((screen.getByRole("checkbox", { name: STRINGS.vi.nameColumns }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId("convert-preview"));
    const rows = await screen.findAllByTestId("change-row");
    expect(rows.length).toBe(legacyNames().length);
  });

  test("web page: a typed range that is not one is refused before reading", async () => {
    const book = sampleBook();
    book.failures.readRange = new Error("must not be read");
    renderApp(webHost(book));
    await useSample();
    const range = screen.getByTestId("convert-range");
    fireEvent.change(range, { target: { value: "B8-B60" } });
    fireEvent.click(screen.getByTestId("convert-preview"));
    expect(text(await screen.findByTestId("convert-notice"))).toContain(STRINGS.vi.badRange);
    expect(screen.queryByTestId("error")).toBeNull();
  });

  test("an error from the workbook shows its Vietnamese message", async () => {
    const book = sampleBook();
    const error = new SheetMissingError("DS ủng hộ");
    book.failures.readSheet = error;
    renderApp(webHost(book));
    await useSample();
    fireEvent.click(screen.getByTestId("recognize-run"));
    expect(text(await screen.findByTestId("error-message"))).toContain(error.message);
    expect(text(screen.getByTestId("error"))).toContain("Lỗi");
    expect(screen.queryByTestId("sheet-result")).toBeNull();
    fireEvent.click(screen.getByTestId("error-dismiss"));
    expect(screen.queryByTestId("error")).toBeNull();
  });

  test("a file that cannot be read shows the app's message; a non-.xlsx is refused", async () => {
    const unreadable = 'Không đọc được "hong.xlsx" như một tệp Excel (.xlsx): bad zip. (Not a readable .xlsx file.)';
    renderApp(webHost(sampleBook(), { open: async () => Promise.reject(new Error(unreadable)) }));
    const input = screen.getByTestId("file-input");
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(["x"], "hong.xlsx")] } });
    });
    expect(text(await screen.findByTestId("error-message"))).toContain(unreadable);
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(["x"], "cu.xls")] } });
    });
    await waitFor(() => expect(text(screen.getByTestId("error-message"))).toContain("Excel 97–2003"));
    expect(screen.queryByTestId("file-name")).toBeNull();
  });

  test("web page: Tải sổ kết quả downloads <name>-chungsuc.xlsx", async () => {
    const book = sampleBook();
    const created: Blob[] = [];
    const clicks: string[] = [];
    URL.createObjectURL = (b: Blob) => {
      created.push(b);
      return "blob:test";
    };
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    try {
      renderApp(webHost(book));
      const input = screen.getByTestId("file-input");
      await act(async () => {
        fireEvent.change(input, { target: { files: [new File(["x"], "Danh sach ung ho.xlsx")] } });
      });
      expect(text(await screen.findByTestId("file-name"))).toContain("Danh sach ung ho.xlsx");
      fireEvent.click(screen.getByTestId("download"));
      await waitFor(() => expect(clicks).toEqual(["Danh sach ung ho-chungsuc.xlsx"]));
      expect(created[0].size).toBe(4);
    } finally {
      click.mockRestore();
    }
  });

  test("the language switch changes the labels", async () => {
    renderApp(webHost(sampleBook()));
    expect(text(screen.getByTestId("recognize-run"))).toContain("Nhận diện bảng");
    fireEvent.click(screen.getByTestId("lang-en"));
    expect(text(screen.getByTestId("recognize-run"))).toContain("Recognise tables");
    const tabs = within(screen.getByTestId("steps")).getAllByRole("tab");
    expect(tabs.map((t) => t.getAttribute("aria-label"))).toEqual(STEPS.map((s, i) => `${i + 1}. ${s.en}${s.built ? "" : " (Not built)"}`));
    expect(text(screen.getByTestId("panel-input").querySelector("h2"))).toBe("Input");
    expect(text(screen.getByTestId("use-sample"))).toContain("Use sample workbook");
    expect(document.documentElement.lang).toBe("en");
    expect(window.localStorage.getItem("chungsuc.lang")).toBe("en");
    fireEvent.click(screen.getByTestId("lang-vi"));
    expect(text(screen.getByTestId("use-sample"))).toContain("Dùng sổ mẫu");
  });

  test("the quick tools read an amount in words and convert a piece of text", () => {
    renderApp(webHost(sampleBook()));
    fireEvent.change(screen.getByTestId("words-input"), { target: { value: "1.250.000" } });
    expect(screen.getByTestId("words-output").textContent).toMatch(/^Một triệu hai trăm năm mươi nghìn đồng/);
    fireEvent.change(screen.getByTestId("text-input"), { target: { value: "NguyÔn V¨n An" } });
    expect(text(screen.getByTestId("text-output"))).toContain("Nguyễn Văn An");
  });
});

describe("helpers", () => {
  test("resultFileName", () => {
    expect(resultFileName("DS ung ho.xlsx")).toBe("DS ung ho-chungsuc.xlsx");
    expect(resultFileName("so-chungsuc.XLSX")).toBe("so-chungsuc.xlsx");
    expect(resultFileName(".xlsx")).toBe("so-chungsuc.xlsx");
  });

  test("normalizeRange", () => {
    expect(normalizeRange(" b8 : b60 ")).toBe("B8:B60");
    expect(normalizeRange("$C$3")).toBe("C3");
    expect(normalizeRange("B8-B60")).toBeNull();
    expect(normalizeRange("")).toBeNull();
  });
});
