/** @jest-environment jsdom */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { runDisclose } from "../../src/app/disclose";
import { generateCampaign, type SampleCampaign } from "../../src/app/sample";
import { formatMoney } from "../../src/app/text";
import { LOG_SHEET } from "../../src/domain/log";
import { App } from "../../src/taskpane/App";
import type { Host } from "../../src/taskpane/host";
import { memoryBookOf, MemoryWorkbook } from "./memoryPort";

let campaign: SampleCampaign;
beforeAll(() => {
  campaign = generateCampaign({ householdsPerHamlet: 4, staffPerUnit: 3 });
});
afterEach(() => window.localStorage.clear());

function renderApp(host: Host) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} lang="vi" />
    </FluentProvider>,
  );
}

async function openDisclose(host: Host): Promise<void> {
  if (host.kind === "web") {
    fireEvent.click(screen.getByTestId("use-sample"));
    await screen.findByTestId("file-name");
  }
  fireEvent.click(screen.getByTestId("step-disclose"));
  await waitFor(() => expect((screen.getByTestId("disclose-run") as HTMLButtonElement).disabled).toBe(false));
}

function settingValue(book: MemoryWorkbook, key: string): unknown {
  return book.rows("Cấu hình").find((r) => r[0] === key)?.[1];
}

describe.each(["web", "excel"] as const)("Công khai panel (%s)", (kind) => {
  it("writes the three sheets with the chosen scope, shows the figures, remembers the choice", async () => {
    const book = memoryBookOf(campaign.sheets);
    const host: Host = kind === "web" ? { kind: "web", files: { open: async () => book, sample: async () => book, save: async () => new Uint8Array([80, 75, 3, 4]) } } : { kind: "excel", workbook: async () => book };
    renderApp(host);
    await openDisclose(host);
    fireEvent.change(screen.getByTestId("disclose-scope"), { target: { value: "received" } });
    fireEvent.change(screen.getByTestId("disclose-minLand"), { target: { value: "150" } });
    fireEvent.click(screen.getByTestId("disclose-run"));
    await screen.findByTestId("disclose-summary", {}, { timeout: 30_000 });

    const expected = await runDisclose(memoryBookOf(campaign.sheets), { options: { scope: "received" }, thresholds: { minLand: 150 } });
    expect(screen.getByTestId("disclose-lines").textContent).toBe(String(expected.disclosure.totals.count));
    expect(screen.getByTestId("disclose-total").textContent).toBe(formatMoney(expected.disclosure.totals.totalValue));
    expect(screen.getByTestId("disclose-pledge-count").textContent).toBe(String(expected.disclosure.pledges.length));
    expect(Number(screen.getByTestId("disclose-pledge-count").textContent)).toBeGreaterThan(0);
    for (const sheet of ["Công khai", "Báo cáo", "Khen thưởng"]) expect(book.sheets.has(sheet)).toBe(true);
    expect(settingValue(book, "disclose.scope")).toBe("received");
    expect(settingValue(book, "commend.minLand")).toBe("150");
    expect(book.rows(LOG_SHEET).some((r) => String(r[2]).startsWith("Công khai"))).toBe(true);
    if (kind === "excel") expect(screen.getByTestId("disclose-open")).toBeTruthy();
    else expect(screen.getByTestId("disclose-done").textContent).toMatch(/Tải sổ kết quả/);
  }, 60_000);

  it("opens with the choices remembered in Cấu hình", async () => {
    const book = memoryBookOf(campaign.sheets);
    await runDisclose(book, { options: { grouping: "unit", sort: "value" } });
    const host: Host = kind === "web" ? { kind: "web", files: { open: async () => book, sample: async () => book, save: async () => new Uint8Array([80, 75, 3, 4]) } } : { kind: "excel", workbook: async () => book };
    renderApp(host);
    await openDisclose(host);
    await waitFor(() => expect((screen.getByTestId("disclose-grouping") as HTMLSelectElement).value).toBe("unit"));
    expect((screen.getByTestId("disclose-sort") as HTMLSelectElement).value).toBe("value");
  }, 60_000);
});
