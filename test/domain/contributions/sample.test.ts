import { generateCampaign, CONTRIBUTION_SHEET } from "../../../src/app/sample";
import { readContributionList } from "../../../src/domain/contributions/normalize";
import { ContributionSchema } from "../../../src/domain/contributions/types";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import { gridOf } from "../../fixtures/grid";

function sampleGrid(seed: number) {
  const campaign = generateCampaign({ seed });
  return { grid: gridOf(campaign.sheets.find((s) => s.name === CONTRIBUTION_SHEET)!), campaign };
}

describe("readContributionList on the sample campaign", () => {
  for (const seed of [2024, 7, 99]) {
    it(`reads every contribution exactly as meant (seed ${seed})`, () => {
      const { grid, campaign } = sampleGrid(seed);
      const match = detectHeaderRows(grid, CONTRIBUTION_TABLE)!;
      const list = readContributionList(grid, match, { campaignYear: 2024, period: { from: "2024-04-01", to: "2024-12-31" } });
      const got = list.contributions.map((c) => ContributionSchema.parse(c));
      expect(got.map((c) => c.row)).toEqual(campaign.contributions.map((c) => c.row));
      for (const truth of campaign.contributions) {
        const c = got.find((x) => x.row === truth.row)!;
        expect({ name: c.name, unit: c.unit, kind: c.kind, channel: c.channel, amount: c.amount, days: c.days, inKindDescription: c.inKindDescription, inKindValue: c.inKindValue, landArea: c.landArea, date: c.date, receipt: c.receipt }).toEqual({
          name: truth.name,
          unit: truth.unit,
          kind: truth.kind,
          channel: truth.channel,
          amount: truth.amount,
          days: truth.days,
          inKindDescription: truth.inKindDescription,
          inKindValue: truth.inKindValue,
          landArea: truth.landArea,
          date: truth.date,
          receipt: truth.receipt,
        });
      }
      const problems = list.diagnostics.filter((d) => d.severity !== "fixed");
      const late = campaign.contributions[campaign.contributions.length - 1];
      expect(problems.map((d) => [d.code, d.row])).toEqual([["late-entry", late.row]]);
      const roles = Object.values(list.roles);
      expect(roles.filter((r) => r === "section").length).toBe(13);
      expect(roles.filter((r) => r === "subtotal").length).toBe(13);
      expect(roles.filter((r) => r === "total").length).toBe(1);
    });
  }
});
