/** @jest-environment jsdom */
import "./setup";
import { Providers } from "./providers";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { anyConfirmedMapping } from "../../src/app/mapping";
import { runQuota } from "../../src/app/quota";
import { loadStatement } from "../../src/app/statement";
import type { RecognizedSheet } from "../../src/app/recognize";
import { LOG_SHEET } from "../../src/domain/log";
import { RecognizePanel } from "../../src/taskpane/components/RecognizePanel";
import { STRINGS, type Lang } from "../../src/taskpane/i18n";
import { MemoryWorkbook } from "./memoryPort";

/** The panel as App holds it: the results live above it. */
function Harness(props: { port: MemoryWorkbook }) {
  const [results, setResults] = useState<RecognizedSheet[] | null>(null);
  return <RecognizePanel port={props.port} results={results} onResults={setResults} />;
}

function renderPanel(book: MemoryWorkbook, lang: Lang = "vi") {
  return render(
    <Providers lang={lang}>
      <Harness port={book} />
    </Providers>,
  );
}

/** A staff roster whose header words the detector cannot read, beside a contribution list it can. */
function book(): MemoryWorkbook {
  const b = new MemoryWorkbook();
  b.addUserSheet({
    name: "Nhân sự",
    rows: [
      ["BẢNG KÊ NHÂN SỰ"],
      [],
      ["Cột 1", "Cột 2", "Cột 3", "Cột 4"],
      ["Nguyễn Văn An", "UBND xã", "Công chức", "5tr"],
      ["Lê Thị Bình", "UBND xã", "Nhân viên", "4,2 triệu"],
    ],
  });
  b.addUserSheet({
    name: "DS ủng hộ",
    rows: [
      ["STT", "Họ và tên", "Đơn vị", "Số tiền", "Ngày công"],
      [1, "Nguyễn Văn An", "UBND xã", "450.000", null],
    ],
  });
  return b;
}

const card = (sheet: string) => screen.getAllByTestId("sheet-result").find((el) => el.getAttribute("data-sheet") === sheet)!;
const fieldSelect = (root: HTMLElement, field: string) => within(root).getAllByTestId("mapping-field").find((el) => el.getAttribute("data-field") === field) as HTMLSelectElement;

async function recognized(): Promise<void> {
  fireEvent.click(screen.getByTestId("recognize-run"));
  await screen.findAllByTestId("sheet-result");
  await waitFor(() => expect((screen.getByTestId("recognize-run") as HTMLButtonElement).disabled).toBe(false));
}

describe("Nhận diện bảng: confirming a sheet's kind and columns", () => {
  test("an unreadable roster: pick Danh sách cán bộ, choose the columns, save; shown confirmed and stored in Cấu hình", async () => {
    const b = book();
    renderPanel(b);
    await recognized();

    // The list it can read is closed, with a button to correct it.
    const list = card("DS ủng hộ");
    expect(list.getAttribute("data-kind")).toBe("contributions");
    expect(within(list).queryByTestId("sheet-mapping-editor")).toBeNull();
    expect(within(list).getByTestId("sheet-confirm").textContent).toBe(STRINGS.vi.correctColumns);

    // The roster is not recognised: its card opens by itself, asking for the kind first.
    const roster = card("Nhân sự");
    expect(roster.getAttribute("data-kind")).toBe("");
    expect(roster.getAttribute("data-confirmed")).toBe("false");
    const kindSelect = within(roster).getByTestId("sheet-kind-select") as HTMLSelectElement;
    expect(kindSelect.value).toBe("");
    expect([...kindSelect.options].filter((o) => o.value).map((o) => o.textContent)).toEqual([
      "Danh sách ủng hộ",
      "Danh sách cán bộ",
      "Danh sách hộ gia đình",
      "Điểm danh hoạt động",
      "Sao kê tài khoản",
      "Danh mục công trình",
    ]);
    expect(within(roster).queryByTestId("mapping-card")).toBeNull();

    fireEvent.change(kindSelect, { target: { value: "roster" } });
    const mappingCard = within(roster).getByTestId("mapping-card");
    expect(mappingCard.getAttribute("data-mode")).toBe("manual");
    expect(within(mappingCard).getAllByTestId("mapping-field").map((el) => el.getAttribute("data-field"))).toEqual(["seq", "name", "unit", "position", "income"]);
    // The header row must be given, and the required columns chosen.
    expect(within(mappingCard).getByTestId("mapping-problem").textContent).toBe(STRINGS.vi.badHeaderRows);
    expect((within(mappingCard).getByTestId("mapping-save") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(mappingCard).getByTestId("mapping-header-rows"), { target: { value: "3" } });
    // The sheet's own header cells name the columns on offer.
    await waitFor(() => expect([...fieldSelect(mappingCard, "name").options].map((o) => o.textContent)).toContain("A · Cột 1"));
    fireEvent.change(fieldSelect(mappingCard, "name"), { target: { value: "A" } });
    fireEvent.change(fieldSelect(mappingCard, "unit"), { target: { value: "B" } });
    fireEvent.change(fieldSelect(mappingCard, "position"), { target: { value: "C" } });
    expect(within(mappingCard).getByTestId("mapping-problem").textContent).toBe(STRINGS.vi.needColumn("Thu nhập/tháng"));
    fireEvent.change(fieldSelect(mappingCard, "income"), { target: { value: "D" } });
    expect(within(mappingCard).queryByTestId("mapping-problem")).toBeNull();
    fireEvent.click(within(mappingCard).getByTestId("mapping-save"));

    await waitFor(() => expect(card("Nhân sự").getAttribute("data-confirmed")).toBe("true"));
    const after = card("Nhân sự");
    expect(after.getAttribute("data-kind")).toBe("roster");
    expect(within(after).getByTestId("sheet-kind").textContent).toBe("Danh sách cán bộ");
    expect(within(after).getByTestId("sheet-confirmed").textContent).toBe("cột đã xác nhận");
    expect(within(after).queryByTestId("needs-confirm")).toBeNull();
    expect(within(after).queryByTestId("sheet-mapping-editor")).toBeNull();
    expect(within(after).getByTestId("sheet-header-rows").textContent).toContain("Tiêu đề ở dòng 3");
    expect(within(after).getByTestId("sheet-mapping").textContent).toContain("DThu nhập/tháng");
    expect(within(after).getByTestId("sheet-mapping-saved").textContent).toBe(STRINGS.vi.sheetMappingSaved("Nhân sự", "Danh sách cán bộ"));
    expect(screen.getByTestId("recognize-summary").textContent).toContain("nhận diện được 2 bảng");

    // Remembered in Cấu hình with its kind; the confirmation is in Nhật ký.
    const stored = b.rows("Cấu hình").find((row) => row[0] === "mapping:Nhân sự");
    expect(JSON.parse(String(stored?.[1]))).toEqual({ kind: "roster", headerRows: [3], mapping: { name: "A", unit: "B", position: "C", income: "D" } });
    expect(b.rows(LOG_SHEET).map((r) => r[2])).toEqual(expect.arrayContaining(["Nhận diện bảng", "Xác nhận cột"]));

    // Định mức reads the people of the sheet so confirmed.
    const quota = await runQuota(b);
    expect(quota.people.map((p) => [p.name, p.income])).toEqual([
      ["Nguyễn Văn An", 5_000_000],
      ["Lê Thị Bình", 4_200_000],
    ]);

    // Running the step again reads the sheet as confirmed.
    await recognized();
    expect(card("Nhân sự").getAttribute("data-confirmed")).toBe("true");
    expect(within(card("Nhân sự")).getByTestId("sheet-confirmed")).toBeTruthy();
  });

  test("a recognised list corrected to another kind: the button opens the editor with the detected kind, a new kind starts from no columns", async () => {
    const b = book();
    renderPanel(b, "en");
    await recognized();
    const list = card("DS ủng hộ");
    fireEvent.click(within(list).getByTestId("sheet-confirm"));
    const kindSelect = within(list).getByTestId("sheet-kind-select") as HTMLSelectElement;
    expect(kindSelect.value).toBe("contributions");
    expect(within(list).getByTestId("mapping-card").getAttribute("data-mode")).toBe("edit");
    await waitFor(() => expect(fieldSelect(list, "name").value).toBe("B"));
    fireEvent.change(kindSelect, { target: { value: "works" } });
    const works = within(list).getByTestId("mapping-card");
    expect(fieldSelect(works, "name").value).toBe("");
    expect(within(works).getAllByTestId("mapping-field").map((el) => el.getAttribute("data-field"))).toContain("requested");
    expect(within(works).getByTestId("mapping-problem").textContent).toBe(STRINGS.en.needColumn("Work"));
    // Cancel leaves it as it was: nothing stored.
    fireEvent.click(within(works).getByTestId("mapping-cancel"));
    expect(within(list).queryByTestId("sheet-mapping-editor")).toBeNull();
    expect(await anyConfirmedMapping(b, "DS ủng hộ")).toBeNull();
  });

  test("an unsure statement opens with its kind and columns read so far; with a credit column chosen it is stored as a statement and read by Sao kê", async () => {
    const b = new MemoryWorkbook();
    b.addUserSheet({
      name: "Sao ke",
      rows: [
        ["Ngày giao dịch", "Diễn giải", "Số dư", "Khoản vào"],
        ["01/04/2024", "UNG HO NTM NGUYEN VAN AN", 600_000, 500_000],
        ["02/04/2024", "UNG HO NTM LE THI BINH", 900_000, 300_000],
      ],
    });
    renderPanel(b);
    await recognized();
    const sheet = card("Sao ke");
    expect(sheet.getAttribute("data-kind")).toBe("statement");
    expect(within(sheet).getByTestId("needs-confirm")).toBeTruthy();
    expect((within(sheet).getByTestId("sheet-kind-select") as HTMLSelectElement).value).toBe("statement");
    const mappingCard = within(sheet).getByTestId("mapping-card");
    expect(mappingCard.getAttribute("data-mode")).toBe("unsure");
    expect((within(mappingCard).getByTestId("mapping-header-rows") as HTMLInputElement).value).toBe("1");
    await waitFor(() => expect(fieldSelect(mappingCard, "description").value).toBe("B"));
    expect(within(mappingCard).getByTestId("mapping-problem").textContent).toBe(STRINGS.vi.stNeedMoney);
    fireEvent.change(fieldSelect(mappingCard, "credit"), { target: { value: "D" } });
    fireEvent.click(within(mappingCard).getByTestId("mapping-save"));
    await waitFor(() => expect(card("Sao ke").getAttribute("data-confirmed")).toBe("true"));
    expect(await anyConfirmedMapping(b, "Sao ke")).toMatchObject({ kind: "statement", headerRows: [1], mapping: { date: "A", description: "B", balance: "C", credit: "D" } });
    const read = await loadStatement(b, { sheet: "Sao ke" });
    expect(read.lines.map((l) => l.credit)).toEqual([500_000, 300_000]);
  });
});
