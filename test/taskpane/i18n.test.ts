import { fieldName } from "../../src/taskpane/i18n";
import { TABLE_KINDS } from "../../src/app/mapping";

describe("the names of the columns a person maps", () => {
  it("exist in Vietnamese and in English for every field of every table", () => {
    const unnamed = TABLE_KINDS.flatMap((t) => t.fields.flatMap(({ field }) => (["vi", "en"] as const).filter((lang) => fieldName(lang, field, t.kind) === field).map((lang) => `${t.kind}.${field} (${lang})`)));
    expect(unnamed).toEqual([]);
  });
});
