/**
 * Which recorded contributions count as money received, for the steps that may list or spend
 * only what arrived (Công khai "only what was received", Phân bổ "only what reconciliation
 * confirmed"). Keys are "<sheet>!<row>" of the contribution list.
 *
 * Until a statement has been reconciled in this workbook, only cash with a receipt number counts
 * as received: a transfer is known to have arrived only from the statement. Once the `Đối chiếu`
 * sheet exists, the transfers (and deposits) it matched, or a person accepted or linked, count too.
 */
import type { Contribution } from "../domain/contributions/types";
import { RECONCILE_SHEET, receivedKeysFromSheet } from "../domain/reconcile/sheet";
import type { WorkbookPort } from "../workbook/port";

export interface ReceivedMoney {
  /** A statement was reconciled: transfers count when the reconciliation matched them. */
  reconciled: boolean;
  keys: Set<string>;
}

export function contributionKey(c: Pick<Contribution, "sheet" | "row">): string {
  return `${c.sheet}!${c.row}`;
}

export async function receivedMoney(port: WorkbookPort, contributions: readonly Contribution[]): Promise<ReceivedMoney> {
  const keys = new Set(contributions.filter((c) => c.amount > 0 && c.channel === "cash" && c.receipt).map(contributionKey));
  const sheet = (await port.listSheets()).find((s) => s.name === RECONCILE_SHEET && s.owned);
  if (!sheet) return { reconciled: false, keys };
  const matched = receivedKeysFromSheet(await port.readSheet(RECONCILE_SHEET));
  if (!matched) return { reconciled: false, keys };
  const known = new Set(contributions.map(contributionKey));
  for (const k of matched) if (known.has(k)) keys.add(k);
  return { reconciled: true, keys };
}
