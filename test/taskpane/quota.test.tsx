/** @jest-environment jsdom */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { computeWorkbookQuotas, QUOTA_SHEET } from "../../src/app/quota";
import { generateCampaign, type SampleCampaign } from "../../src/app/sample";
import { ensureSettingsSheet, SETTINGS_SHEET_NAME } from "../../src/app/settings";
import { formatMoney } from "../../src/app/text";
import { LOG_SHEET } from "../../src/domain/log";
import { chartUnits } from "../../src/domain/quota";
import { App } from "../../src/taskpane/App";
import type { Host } from "../../src/taskpane/host";
import { quotaTruth } from "../fixtures/quotaTruth";
import { memoryBookOf, type MemoryWorkbook } from "./memoryPort";

let campaign: SampleCampaign;
beforeAll(() => {
  campaign = generateCampaign();
});

async function sampleBook(): Promise<MemoryWorkbook> {
  const book = memoryBookOf(campaign.sheets);
  await ensureSettingsSheet(book, campaign.settings);
  return book;
}

function webHost(book: MemoryWorkbook): Host {
  return { kind: "web", files: { open: async () => book, sample: async () => book, save: async () => new Uint8Array([80, 75, 3, 4]) } };
}

function text(el: Element | null): string {
  return el?.textContent ?? "";
}

async function openQuota(book: MemoryWorkbook): Promise<void> {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={webHost(book)} lang="vi" />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByTestId("use-sample"));
  await screen.findByTestId("file-name");
  fireEvent.click(screen.getByTestId("step-quota"));
  await waitFor(() => expect((screen.getByTestId("quota-run") as HTMLButtonElement).disabled).toBe(false));
}

async function runQuotaStep(): Promise<void> {
  fireEvent.click(screen.getByTestId("quota-run"));
  await screen.findByTestId("quota-notice");
  await waitFor(() => expect((screen.getByTestId("quota-run") as HTMLButtonElement).disabled).toBe(false));
}

const percent = (r: number) => `${(Math.round(r * 1000) / 10).toString().replace(".", ",")}%`;

describe("step Định mức", () => {
  test("shows the totals, every unit's figures, the flags and the chart, and writes Định mức and Nhật ký", async () => {
    const book = await sampleBook();
    const expected = await computeWorkbookQuotas(await sampleBook());
    const truth = quotaTruth(campaign);
    await openQuota(book);
    await runQuotaStep();

    expect(text(screen.getByTestId("quota-people"))).toBe(String(truth.people.length));
    expect(text(screen.getByTestId("quota-contributed"))).toBe(formatMoney(truth.contributedTotal));
    expect(text(screen.getByTestId("quota-expected"))).toBe(formatMoney(expected.totals.expectedAmount));
    const units = screen.getAllByTestId("quota-unit");
    expect(units.map((u) => u.getAttribute("data-unit"))).toEqual(expected.units.map((u) => u.unit));
    for (const u of truth.staffUnits) {
      const el = units.find((x) => x.getAttribute("data-unit") === u.unit)!;
      expect(text(within(el).getByTestId("unit-amounts"))).toBe(`${formatMoney(u.contributedAmount)} / ${formatMoney(u.expectedAmount)} đ`);
      expect(text(within(el).getByTestId("unit-rate"))).toBe(percent(u.participationRate));
    }
    const flags = screen.getAllByTestId("quota-flag").map(text);
    expect(flags).toContain(`${campaign.quotaCases.noneTookPart}: tỷ lệ tham gia 0%, dưới mức tối thiểu`);
    expect(flags.some((f) => f.startsWith(`Năm ${campaign.year}: 3 hoạt động`))).toBe(true);
    expect(screen.getAllByTestId("quota-unlisted").map(text)[0]).toContain(campaign.quotaCases.notInRoster!.name);

    // The chart: one bar per unit and series, with the sheet's figures.
    const bars = screen.getAllByTestId("chart-bar");
    const shown = chartUnits(expected);
    expect(bars).toHaveLength(shown.length * 2);
    const value = (category: string, series: string) => Number(bars.find((b) => b.getAttribute("data-category") === category && b.getAttribute("data-series") === series)!.getAttribute("data-value"));
    for (const u of shown) {
      expect(value(u.unit, "Định mức (đồng)")).toBe(u.expectedAmount);
      expect(value(u.unit, "Đã đóng góp (đồng)")).toBe(u.contributedAmount);
    }

    expect(book.sheets.has(QUOTA_SHEET)).toBe(true);
    expect(book.rows(LOG_SHEET).slice(1).map((r) => r[2])).toContain("Định mức ngày công");
  });

  test("a name that matches two people is asked; the choice is kept and the figures follow it", async () => {
    const book = await sampleBook();
    await openQuota(book);
    await runQuotaStep();
    const question = screen.getByTestId("ambiguous-match");
    const id = question.getAttribute("data-id")!;
    expect(id).toBe(quotaTruth(campaign).ambiguous[0].id);
    const options = within(question).getAllByTestId("ambiguous-option");
    expect(options.length).toBe(3); // two namesakes and "not on the roster"
    const confirm = within(question).getByTestId("ambiguous-confirm") as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    const chosen = options[1].getAttribute("data-option")!;
    fireEvent.click(options[1]);
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByTestId("ambiguous-match")).toBeNull());
    const truth = quotaTruth(campaign, { [id]: Number(chosen.split("!")[1]) });
    const unit = truth.staffUnits.find((u) => u.unit === campaign.quotaCases.namesake!.unit)!;
    const el = screen.getAllByTestId("quota-unit").find((x) => x.getAttribute("data-unit") === unit.unit)!;
    expect(text(within(el).getByTestId("unit-amounts"))).toBe(`${formatMoney(unit.contributedAmount)} / ${formatMoney(unit.expectedAmount)} đ`);
    expect(book.rows(SETTINGS_SHEET_NAME).some((r) => r[0] === `quota.match:${id}` && r[1] === chosen)).toBe(true);
  });

  test("a bad Cấu hình value shows the Vietnamese message naming its cell", async () => {
    const book = await sampleBook();
    const row = book.rows(SETTINGS_SHEET_NAME).findIndex((r) => r[0] === "tier.1.minIncome") + 1;
    await book.updateCells(SETTINGS_SHEET_NAME, [{ row, col: 2, value: "khoảng năm triệu" }]);
    await openQuota(book);
    fireEvent.click(screen.getByTestId("quota-run"));
    const message = await screen.findByTestId("error-message");
    expect(text(message)).toContain(`Trang "Cấu hình", ô B${row} (tier.1.minIncome)`);
    expect(book.sheets.has(QUOTA_SHEET)).toBe(false);
  });
});
