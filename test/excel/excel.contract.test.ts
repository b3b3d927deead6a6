/** The WorkbookPort contract, run on the Office.js adapter over the fake Excel. */
import { contractCases } from "../../src/workbook/contract";
import { fakeHarness } from "./harness";

describe("ExcelWorkbook meets the WorkbookPort contract", () => {
  const harness = fakeHarness();
  test.each(contractCases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    await c.run(harness);
  });
});

describe("ExcelWorkbook meets the contract when every write is chunked row by row", () => {
  // A budget of 2 cells forces one sync per row on the contract's small sheets: the chunked
  // path must give the same workbook as the single-sync path.
  const harness = fakeHarness({ adapter: { chunkCells: 2 } });
  test.each(contractCases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    await c.run(harness);
  });
});
