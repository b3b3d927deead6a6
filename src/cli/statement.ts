/**
 * What the `reconcile` verb needs of the statement: `--statement FILE` read into loadStatement.
 * The file is copied into the workbook's "Sao kê (nhập)" sheet (written with --out); without
 * --statement the workbook's own statement sheet is found by its headers. Errors are Vietnamese
 * sentences (StatementArgumentError, StatementFileError) for exit code 2, never a stack trace.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { StepContext } from "../app/context";
import { loadStatement, NoStatementError, StatementFileError, type StatementRead } from "../app/statement";
import type { WorkbookPort } from "../workbook/port";

export class StatementArgumentError extends Error {}

/** The bytes and name of --statement FILE, or a Vietnamese sentence saying why they cannot be had. */
export async function readStatementArgument(path: string | true | undefined): Promise<{ bytes: Uint8Array; name: string } | null> {
  if (path === undefined) return null;
  if (path === true || path === "") throw new StatementArgumentError("Thiếu tên tệp sao kê sau --statement. (Missing the statement file after --statement.)");
  try {
    return { bytes: new Uint8Array(await readFile(path)), name: basename(path) };
  } catch {
    throw new StatementArgumentError(`Không mở được tệp sao kê "${path}". (Cannot open the statement file.)`);
  }
}

/** The statement for the reconcile verb: --statement FILE imported into the workbook, else --sheet, else found. */
export async function statementForCli(port: WorkbookPort, flags: Record<string, string | true>, ctx: StepContext = {}): Promise<StatementRead> {
  const file = await readStatementArgument(flags.statement);
  if (file) return loadStatement(port, { file }, ctx);
  return loadStatement(port, typeof flags["statement-sheet"] === "string" ? { sheet: flags["statement-sheet"] } : {}, ctx);
}

/** Whether an error is one of the statement's own (a bad file, no statement): exit code 2 with its message. */
export function isStatementInputError(e: unknown): e is Error {
  return e instanceof StatementArgumentError || e instanceof StatementFileError || e instanceof NoStatementError;
}

/** One line of stderr about what was read. */
export function statementSummary(read: StatementRead): string {
  const balance = read.balance.ok === true ? "số dư khớp" : read.balance.ok === false ? `số dư lệch (${read.diagnostics.length} ghi chú)` : "không có số dư để đối chiếu";
  return `Sao kê "${read.sheet}" (${read.layoutLabel}${read.account ? `, TK ${read.account}` : ""}): ${read.lines.length} dòng, ${read.totals.credits} khoản ghi có; ${balance}.`;
}
