/**
 * What reconciliation works on and what it says, shared by the statement reader and the matcher.
 * The `reconcile` JSON of shared/DESIGN.md is built from these (fields may be added, not renamed).
 */
import { z } from "zod";

/** One line of an account statement (sao kê) as read from its sheet or file. */
export const StatementLineSchema = z.object({
  /** The statement sheet's name (or the file's single sheet). */
  sheet: z.string(),
  /** The statement sheet's own 1-based row number. */
  row: z.number().int().positive(),
  /** ISO YYYY-MM-DD; null where the date cell could not be read (a diagnostic says so). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Bank reference / document number ("" where none). */
  reference: z.string(),
  /** The description as the bank wrote it (upper case ASCII, wrappers and all). */
  description: z.string(),
  /** Integer đồng; 0 where none. */
  credit: z.number().int().nonnegative(),
  debit: z.number().int().nonnegative(),
  /** Running balance after the line, where the statement gives one. */
  balance: z.number().int().nullable(),
  /** What the line is (credit, interest, fee, debit), as the statement reader classified it. */
  class: z.enum(["credit", "interest", "fee", "debit"]).optional(),
});
export type StatementLine = z.infer<typeof StatementLineSchema>;

/** What a line is, before any donor is looked for. */
export type LineClass = "credit" | "interest" | "fee" | "debit";

export type MatchStatus = "matched" | "suggested" | "unmatched";

/** What the matcher proposes for one statement line. */
export interface LineResult {
  row: number;
  status: MatchStatus;
  class: LineClass;
  /** Contribution rows (the contribution sheet's own row numbers) this line pays for. */
  contributionRows: number[];
  /** Contribution sheet of those rows (one list may span sheets: "<sheet>!<row>" keys). */
  contributionKeys: string[];
  /** 0–1: how sure the proposal is. */
  score: number;
  /** One Vietnamese sentence: why this proposal (or why none). */
  reason: string;
  /** Kind of proposal: one transfer, a unit's batch, a cash deposit, an installment. */
  kind: "single" | "batch" | "cash-deposit" | "installment" | null;
  /** Credit minus the sum of the proposed contributions (a typo, a part payment). */
  difference: number;
  /** Other candidates a person may pick instead, best first. */
  alternatives: { contributionKeys: string[]; score: number; reason: string }[];
  /** The person's decision applied to this line, where there is one. */
  decision?: ReviewDecision["action"];
}

export interface ContributionResult {
  key: string;
  sheet: string;
  row: number;
  status: MatchStatus;
  /** Statement rows that pay for it. */
  lineRows: number[];
}

/** A person's decision on a line, stored in the workbook so re-runs keep it. */
export interface ReviewDecision {
  /** Statement sheet and row the decision is about. */
  sheet: string;
  row: number;
  action: "accept" | "reject" | "link";
  /** For "link" (and "accept" of a suggestion): the contributions the person tied it to. */
  contributionKeys: string[];
  user: string | null;
  time: string;
}
