/**
 * Issue 5's figure: quotas for 50.000 people (10.000 staff in each of five units, their
 * contributions, household lists and attendance), engine only: reading the roster grid, matching
 * people by name, every figure, and the Định mức SheetDoc.
 */
import { generateCampaign } from "../src/app/sample";
import type { Contribution } from "../src/domain/contributions/types";
import { computeQuotas, DEFAULT_QUOTA_RULES, quotaSheet, readAttendance, readHouseholds, readRoster } from "../src/domain/quota";
import { detectTable } from "../src/domain/sheet/headers";
import { ALL_TABLES } from "../src/domain/sheet/tableSpecs";
import type { Grid, SheetDoc } from "../src/domain/sheet/types";

type Measure = <T>(step: string, items: number, fn: () => T | Promise<T>) => Promise<T>;

const gridOf = (doc: SheetDoc): Grid => ({ sheet: doc.name, origin: { row: 1, col: 1 }, values: doc.rows });

export async function runQuotaBenchmarks(measure: Measure): Promise<void> {
  const campaign = generateCampaign({ staffPerUnit: 10_000, householdsPerHamlet: 2_000, seed: 5 });
  const people = campaign.staff.filter((s) => s.inRoster).length;
  const roster = gridOf(campaign.sheets.find((s) => s.name === "DS cán bộ")!);
  const match = detectTable(roster, ALL_TABLES)!;
  const read = await measure("đọc danh sách cán bộ (định mức)", people, () => readRoster(roster, match));
  const households = gridOf(campaign.sheets.find((s) => s.name === "DS hộ gia đình")!);
  const attendance = gridOf(campaign.sheets.find((s) => s.name === "Điểm danh hoạt động")!);
  const hh = readHouseholds(households, detectTable(households, ALL_TABLES)!).items;
  const att = readAttendance(attendance, detectTable(attendance, ALL_TABLES)!, campaign.year).items;
  const contributions: Contribution[] = campaign.contributions.map((c) => ({ ...c, date: c.date, note: "", purpose: "", section: "" }));
  const result = await measure(`định mức ${people} người (ghép tên, tính)`, people, () =>
    computeQuotas({ rules: DEFAULT_QUOTA_RULES, roster: read.items, households: hh, attendance: att, contributions }),
  );
  await measure("dựng trang Định mức (SheetDoc)", result.people.length, () => quotaSheet(result));
}
