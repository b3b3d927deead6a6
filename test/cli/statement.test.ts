import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IMPORTED_STATEMENT_SHEET } from "../../src/app/statement";
import { isStatementInputError, readStatementArgument, statementForCli, statementSummary } from "../../src/cli/statement";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { renderStatement, statementLines, toCsv } from "../fixtures/statements";

const dir = mkdtempSync(join(tmpdir(), "cs-statement-"));

describe("the CLI's statement helper", () => {
  it("imports --statement FILE into Sao kê (nhập) and summarizes it", async () => {
    const truth = statementLines(2, 12);
    const path = join(dir, "BIDV sao ke.csv");
    writeFileSync(path, toCsv(renderStatement("bidv", truth).doc));
    const book = XlsxWorkbook.empty();
    const read = await statementForCli(book, { statement: path });
    expect(read.sheet).toBe(IMPORTED_STATEMENT_SHEET);
    expect(read.lines).toHaveLength(12);
    expect(read.file?.name).toBe("BIDV sao ke.csv");
    expect(statementSummary(read)).toMatch(/^Sao kê "Sao kê \(nhập\)" \(BIDV, TK 0011004123456\): 12 dòng, \d+ khoản ghi có; số dư khớp\.$/);
  });

  it("says in Vietnamese when the file is missing or unreadable", async () => {
    await expect(readStatementArgument(true)).rejects.toThrow(/Thiếu tên tệp sao kê/);
    const missing = readStatementArgument(join(dir, "khong-co.csv"));
    await expect(missing).rejects.toThrow(/Không mở được tệp sao kê/);
    const biff = join(dir, "cu.xls");
    writeFileSync(biff, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const error = await statementForCli(XlsxWorkbook.empty(), { statement: biff }).catch((e: unknown) => e);
    expect(isStatementInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/\.xlsx/);
    expect(await readStatementArgument(undefined)).toBeNull();
  });
});
