/**
 * A contribution as Chung Sức reads it from a list, and the diagnostics of reading it.
 * One zod schema is both the check and the type (shared/DESIGN.md, the `validate` JSON).
 */
import { z } from "zod";

export const KINDS = ["staff", "household", "enterprise", "organization", "individual"] as const;
export const CHANNELS = ["cash", "transfer"] as const;

export const ContributionSchema = z.object({
  sheet: z.string(),
  /** The sheet's own 1-based row number. */
  row: z.number().int().positive(),
  name: z.string().min(1),
  unit: z.string(),
  kind: z.enum(KINDS),
  channel: z.enum(CHANNELS).nullable(),
  /** Integer đồng, 0 where none. */
  amount: z.number().int().nonnegative(),
  /** Labour days worked, 0 where none; may be fractional. */
  days: z.number().nonnegative(),
  inKindDescription: z.string(),
  inKindValue: z.number().int().nonnegative(),
  /** m², 0 where none. */
  landArea: z.number().nonnegative(),
  /** ISO YYYY-MM-DD, or null where the list gives no date. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  receipt: z.string(),
  note: z.string(),
  /** What the money is for, as typed (Mục đích): may name a work. */
  purpose: z.string(),
  /** The section the row sits in ("I. CÁN BỘ, CÔNG CHỨC XÃ"), "" where none. */
  section: z.string(),
});

export type Contribution = z.infer<typeof ContributionSchema>;
export type Kind = Contribution["kind"];
export type Channel = NonNullable<Contribution["channel"]>;

export type Severity = "error" | "warning" | "fixed";

/**
 * Every diagnostic code, with its severity. Errors: the row cannot be used as it is. Warnings: a
 * person should look. Fixed: normalized automatically, shown for review.
 */
export const DIAGNOSTIC_CODES = {
  "missing-name": "error",
  "negative-amount": "error",
  "unreadable-amount": "error",
  "unreadable-days": "error",
  "unreadable-date": "error",
  "unreadable-land": "error",
  "no-value-column": "error",
  "not-multiple-of-1000": "warning",
  "date-outside-period": "warning",
  "duplicate-row": "warning",
  "receipt-reused": "warning",
  "kind-unknown": "warning",
  "subtotal-mismatch": "warning",
  "total-mismatch": "warning",
  "row-total-mismatch": "warning",
  "amount-columns-differ": "warning",
  "late-entry": "warning",
  "two-channels": "warning",
  "header-unsure": "warning",
  "second-list": "warning",
  "words-mismatch": "warning",
  "days-implausible": "warning",
  "note-not-paid": "warning",
  "date-incomplete": "warning",
  "lunar-date": "warning",
  "amount-unit-doubt": "warning",
  "cancelled-row": "warning",
  "days-marks-mismatch": "warning",
  "correction-row": "warning",
  "unit-summary": "warning",
  "summary-mismatch": "warning",
  "amount-in-name": "warning",
  "legacy-text": "fixed",
  "money-notation": "fixed",
  "money-unit": "fixed",
  "days-notation": "fixed",
  "days-from-marks": "fixed",
  "date-notation": "fixed",
  "land-notation": "fixed",
  "spacing": "fixed",
  "name-continued": "fixed",
  "unit-in-name": "fixed",
  "ditto": "fixed",
  "pasted-text": "fixed",
  "ledger-read": "fixed",
  "converted-amount": "fixed",
  "money-in-lieu": "fixed",
  "date-carried": "fixed",
  "other-funds": "fixed",
  "amount-in-several-units": "fixed",
  "name-lines": "fixed",
  "flat-rate": "fixed",
} as const satisfies Record<string, Severity>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export interface Diagnostic {
  sheet: string;
  /** A1 address of the cell ("D12"), or of the row's first cell where no one cell is at fault. */
  cell: string;
  row: number;
  /** Column letters ("D"). */
  column: string;
  severity: Severity;
  code: DiagnosticCode;
  /** One Vietnamese sentence naming the sheet and the cell. */
  message: string;
  /** For "fixed": the value (and number format) the cell holds once the fix is applied to it. */
  fix?: { value: string | number; numberFormat?: string };
}

/** What each row of the list turned out to be. */
export type RowRole = "title" | "header" | "data" | "section" | "subtotal" | "total" | "blank" | "footer";

/** A diagnostic on a cell of a sheet, worded as every message is: the sheet, the cell, then what was found. */
export function cellDiagnostic(sheet: string, column: string, row: number, code: DiagnosticCode, detail: string): Diagnostic {
  const cell = `${column}${row}`;
  return { sheet, cell, row, column, severity: DIAGNOSTIC_CODES[code], code, message: `Trang "${sheet}", ô ${cell}: ${detail}`, fix: undefined };
}
