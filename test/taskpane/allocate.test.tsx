/** @jest-environment jsdom */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { allocateWorkbook, ALLOCATION_SHEET, DECISION_SHEET, planAllocation } from "../../src/app/allocate";
import { approveAllocation } from "../../src/app/approve";
import { generateCampaign, WORKS_SHEET, type SampleCampaign } from "../../src/app/sample";
import { ensureSettingsSheet } from "../../src/app/settings";
import { formatMoney } from "../../src/app/text";
import { LOG_SHEET } from "../../src/domain/log";
import { App } from "../../src/taskpane/App";
import type { Host } from "../../src/taskpane/host";
import { memoryBookOf, type MemoryWorkbook } from "./memoryPort";

let campaign: SampleCampaign;
beforeAll(() => {
  campaign = generateCampaign({ householdsPerHamlet: 6, staffPerUnit: 4 });
});
afterEach(() => window.localStorage.clear());
// Whole-pane renders with several full reads of the sample on a shared 2-core machine.
jest.setTimeout(120_000);

async function sampleBook(): Promise<MemoryWorkbook> {
  const book = memoryBookOf(campaign.sheets);
  await ensureSettingsSheet(book, campaign.settings);
  return book;
}

function renderApp(host: Host) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} lang="vi" />
    </FluentProvider>,
  );
}

const webHost = (book: MemoryWorkbook): Host => ({ kind: "web", files: { open: async () => book, sample: async () => book, save: async () => new Uint8Array([80, 75, 3, 4]) } });
const excelHost = (book: MemoryWorkbook): Host => ({ kind: "excel", workbook: async () => book });
const logSteps = (book: MemoryWorkbook) => (book.sheets.has(LOG_SHEET) ? book.rows(LOG_SHEET).slice(1).map((r) => String(r[2])) : []);

async function openStep(host: Host, step: "allocate" | "approve", button: string): Promise<void> {
  if (host.kind === "web") {
    fireEvent.click(screen.getByTestId("use-sample"));
    await screen.findByTestId("file-name");
  }
  fireEvent.click(screen.getByTestId(`step-${step}`));
  await waitFor(() => expect((screen.getByTestId(button) as HTMLButtonElement).disabled).toBe(false));
}

async function idle(button: string) {
  await waitFor(() => expect((screen.getByTestId(button) as HTMLButtonElement).disabled).toBe(false));
}

describe("step Phân bổ", () => {
  test("preview shows the table, the totals and writes nothing; then the sheets are written", async () => {
    const book = await sampleBook();
    const expected = await planAllocation(book);
    const host = webHost(book);
    renderApp(host);
    await openStep(host, "allocate", "allocate-preview");
    fireEvent.click(screen.getByTestId("allocate-preview"));
    const result = await screen.findByTestId("allocate-result");
    await idle("allocate-preview");
    expect(result.getAttribute("data-written")).toBe("no");
    const lines = within(result).getAllByTestId("allocate-line");
    expect(lines.map((l) => [l.getAttribute("data-code"), Number(l.getAttribute("data-allocated"))])).toEqual(expected.allocation.lines.map((l) => [l.work.code, l.allocated]));
    expect(screen.getByTestId("allocate-total").textContent).toBe(formatMoney(expected.allocation.allocated));
    expect(screen.getByTestId("allocate-unallocated").textContent).toBe(formatMoney(expected.allocation.unallocated));
    expect(screen.getByTestId("allocate-fund-total").textContent).toBe(formatMoney(expected.allocation.fund));
    expect(book.sheets.has(ALLOCATION_SHEET)).toBe(false);

    fireEvent.click(screen.getByTestId("allocate-run"));
    await screen.findByTestId("allocate-written");
    expect(book.sheets.has(ALLOCATION_SHEET)).toBe(true);
    expect(book.sheets.has(DECISION_SHEET)).toBe(true);
    expect(screen.getByTestId("allocate-approval-state").getAttribute("data-state")).toBe("draft");
    expect(logSteps(book)).toContain("Phân bổ kinh phí cho công trình");
  });

  test("the sharing method chosen is used and remembered in Cấu hình", async () => {
    const book = await sampleBook();
    const host = webHost(book);
    renderApp(host);
    await openStep(host, "allocate", "allocate-run");
    fireEvent.click(screen.getByTestId("allocate-method"));
    fireEvent.click(await screen.findByTestId("allocate-method-equal"));
    fireEvent.click(screen.getByTestId("allocate-run"));
    await waitFor(() => expect(screen.queryByTestId("allocate-written") ?? screen.queryByTestId("error-message")).toBeTruthy());
    expect(screen.queryByTestId("error-message")?.textContent ?? "").toBe("");
    await idle("allocate-run");
    const plan = await planAllocation(book);
    expect(plan.method).toBe("equal");
    const [a, b] = plan.allocation.lines;
    // Priority 1 split equally (each below its request).
    expect(a.allocated).toBe(b.allocated);
  });
});

describe("step Phê duyệt", () => {
  test("the name is confirmed, what is approved is reviewed first, then approval is recorded and shown", async () => {
    const book = await sampleBook();
    await allocateWorkbook(book);
    const host = excelHost(book);
    renderApp(host);
    await openStep(host, "approve", "approve-review");
    await waitFor(() => expect((screen.getByTestId("approve-name") as HTMLInputElement).value).toBe("Ma Đình Việt"));
    expect(screen.getByTestId("approval-state").getAttribute("data-state")).toBe("draft");
    expect((screen.getByTestId("approve-run") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId("approve-review"));
    await screen.findByTestId("approve-summary");
    await idle("approve-run");
    fireEvent.change(screen.getByTestId("approve-name"), { target: { value: "Ma Đình Việt " } });
    fireEvent.click(screen.getByTestId("approve-run"));
    await screen.findByTestId("approve-notice");
    expect(screen.getByTestId("approval-state").getAttribute("data-state")).toBe("approved");
    expect(screen.getByTestId("approval-state").textContent).toBe("Đã phê duyệt");
    expect(screen.getByTestId("approval-by").textContent).toContain("Ma Đình Việt");
    expect(logSteps(book)).toContain("Phê duyệt phân bổ");
  });

  test("opening the pane on a workbook changed after approval says so at once", async () => {
    const book = await sampleBook();
    await allocateWorkbook(book);
    await approveAllocation(book, { approver: "Ma Đình Việt" });
    const works = await book.readSheet(WORKS_SHEET);
    const row = works.values.findIndex((r) => r[0] === "CT01") + 1;
    await book.updateCells(WORKS_SHEET, [{ row, col: 7, value: 90_000_000 }]);
    const host = excelHost(book);
    renderApp(host);
    fireEvent.click(await screen.findByTestId("step-approve"));
    await waitFor(() => expect(screen.getByTestId("approval-state").getAttribute("data-state")).toBe("changed"));
    expect(screen.getByTestId("approval-state").textContent).toBe("Đã thay đổi sau phê duyệt");
    expect(screen.getByTestId("approval-changes").textContent).toContain("Danh mục công trình đã thay đổi");
    const status = book.rows(ALLOCATION_SHEET).flat().find((v) => typeof v === "string" && v.startsWith("Tình trạng:"));
    expect(status).toContain("ĐÃ THAY ĐỔI SAU PHÊ DUYỆT");
  });
});
