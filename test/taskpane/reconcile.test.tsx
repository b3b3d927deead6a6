/** @jest-environment jsdom */
import "./setup";
import { Providers } from "./providers";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { generateCampaign } from "../../src/app/sample";
import { loadDecisions } from "../../src/app/reconcile";
import { LOG_SHEET } from "../../src/domain/log";
import { ReconcilePanel } from "../../src/taskpane/components/ReconcilePanel";
import { memoryBookOf, type MemoryWorkbook } from "./memoryPort";

function renderPanel(book: MemoryWorkbook) {
  const sheets = [...book.sheets.entries()].filter(([, s]) => !s.owned).map(([name]) => name);
  return render(
    <Providers lang="vi">
      <ReconcilePanel host="excel" port={book} sheets={sheets} />
    </Providers>,
  );
}

async function idle() {
  await waitFor(() => expect((screen.getByTestId("reconcile-run") as HTMLButtonElement).disabled).toBe(false));
}

describe("Đối chiếu panel", () => {
  test("runs the reconciliation, shows totals, and accepts, rejects, links and undoes from the keyboard", async () => {
    const campaign = generateCampaign({ householdsPerHamlet: 4, staffPerUnit: 3, statementLines: 30 });
    const book = memoryBookOf(campaign.sheets);
    renderPanel(book);
    fireEvent.click(screen.getByTestId("reconcile-run"));
    await screen.findByTestId("reconcile-totals");
    await idle();
    expect(book.sheets.get("Đối chiếu")?.owned).toBe(true);
    expect(screen.getByTestId("reconcile-balance").textContent).toMatch(/đầu kỳ \+ ghi có − ghi nợ = cuối kỳ/);
    expect(screen.getByTestId("reconcile-review").textContent).toMatch(/A hoặc Enter: chấp nhận/);

    const list = screen.getByTestId("reconcile-list");
    const options = () => screen.getAllByRole("option");
    const selectedRow = () => Number(options().find((o) => o.getAttribute("aria-selected") === "true")!.id.replace("rc-", ""));
    // The first proposal is the cash deposit (suggested, a group); accept it with A.
    const first = selectedRow();
    list.focus();
    fireEvent.keyDown(list, { key: "a" });
    await waitFor(() => expect(screen.getByText(/Đã ghi quyết định "Chấp nhận" cho dòng/)).toBeTruthy());
    await idle();
    let decisions = await loadDecisions(book);
    expect(decisions.map((d) => [d.row, d.action])).toEqual([[first, "accept"]]);

    // Move down and reject with R.
    fireEvent.keyDown(list, { key: "ArrowDown" });
    const second = selectedRow();
    expect(second).not.toBe(first);
    fireEvent.keyDown(list, { key: "r" });
    await waitFor(() => expect(screen.getByText(new RegExp(`"Từ chối" cho dòng ${second}`))).toBeTruthy());
    await idle();

    // Link the selected line by hand with L, typing a contribution row.
    const row = campaign.contributions.find((c) => c.channel === "transfer")!.row;
    fireEvent.keyDown(screen.getByTestId("reconcile-list"), { key: "l" });
    const input = (await screen.findByTestId("reconcile-link-input")).querySelector("input") ?? screen.getByTestId("reconcile-link-input");
    fireEvent.change(input, { target: { value: String(row) } });
    const third = selectedRow();
    fireEvent.keyDown(input, { key: "Enter" });
    await waitFor(() => expect(screen.getByText(new RegExp(`"Gắn tay" cho dòng ${third}`))).toBeTruthy());
    await idle();
    decisions = await loadDecisions(book);
    expect(decisions.find((d) => d.row === third)).toMatchObject({ action: "link", contributionKeys: [`DS ủng hộ!${row}`] });

    // Undo the rejection: select it and press U; the other decisions stay.
    const rejected = options().findIndex((o) => o.id === `rc-${second}`);
    fireEvent.click(options()[rejected]);
    fireEvent.keyDown(screen.getByTestId("reconcile-list"), { key: "u" });
    await waitFor(() => expect(screen.getByText(new RegExp(`bỏ quyết định ở dòng ${second}`, "i"))).toBeTruthy());
    await idle();
    decisions = await loadDecisions(book);
    expect(decisions.map((d) => d.row).sort()).toEqual([first, third].sort());
    const log = book.rows(LOG_SHEET).map((r) => String(r[2]));
    expect(log.filter((s) => s === "Duyệt đối chiếu")).toHaveLength(4);
  }, 120000);
});
