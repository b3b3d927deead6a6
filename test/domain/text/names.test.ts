import fc from "fast-check";
import { compareNames, nameTokensForSearch, parseName } from "../../../src/domain/text/names";
import { foldText } from "../../../src/domain/text/fold";

describe("parseName", () => {
  test.each([
    ["Nguyễn Văn Đức", null, "Nguyễn", ["Văn"], "Đức"],
    ["Bà Nguyễn Thị Lan", "Bà", "Nguyễn", ["Thị"], "Lan"],
    ["Hộ ông Trần Văn Bình", "Hộ ông", "Trần", ["Văn"], "Bình"],
    ["Hộ ông/bà: Lê Văn C", "Hộ ông bà", "Lê", ["Văn"], "C"],
    ["Gia đình bà Phạm Thị Hoa", "Gia đình bà", "Phạm", ["Thị"], "Hoa"],
    ["GĐ Đỗ Minh", "GĐ", "Đỗ", [], "Minh"],
    ["Cụ Hoàng Văn Tư", "Cụ", "Hoàng", ["Văn"], "Tư"],
    ["Thầy Vũ Đình Long", "Thầy", "Vũ", ["Đình"], "Long"],
    ["Chị Lan", "Chị", null, [], "Lan"],
    ["Nguyễn Thị Minh Khai", null, "Nguyễn", ["Thị", "Minh"], "Khai"],
    // folded forms, as banks and old lists write them
    ["ONG NGUYEN VAN A", "ONG", "NGUYEN", ["VAN"], "A"],
    ["ba Tran Thi B", "ba", "Tran", ["Thi"], "B"],
    ["HO ONG LE VAN C", "HO ONG", "LE", ["VAN"], "C"],
    // Hồ, Cù and Chu are family names: with diacritics they are no prefix, without only
    // unmistakable forms count
    ["Hồ Văn A", null, "Hồ", ["Văn"], "A"],
    ["HO VAN A", null, "HO", ["VAN"], "A"],
    ["Cù Thị Hậu", null, "Cù", ["Thị"], "Hậu"],
    ["Chu Văn An", null, "Chu", ["Văn"], "An"],
    ["CHU VAN AN", null, "CHU", ["VAN"], "AN"],
    // a prefix alone is the name itself
    ["Ông", null, null, [], "Ông"],
    // initials keep their dot
    ["N.V. An", null, "N.", ["V."], "An"],
  ])("%s", (raw, prefix, family, middle, given) => {
    expect(parseName(raw)).toMatchObject({ prefix, family, middle, given });
  });

  test("spaces and NFD do not matter", () => {
    expect(parseName("  Nguyễn   Văn\tĐức ".normalize("NFD")).words).toEqual(["Nguyễn", "Văn", "Đức"]);
  });
});

describe("compareNames", () => {
  test.each([
    ["Nguyễn Văn Đức", "Nguyễn Văn Đức", "identical"],
    ["nguyễn  văn   đức", "NGUYỄN VĂN ĐỨC", "case and spaces"],
    ["Nguyễn Văn Đức".normalize("NFD"), "Nguyễn Văn Đức", "NFD and NFC"],
    ["Bà Nguyễn Thị Lan", "Nguyễn Thị Lan", "form of address"],
    ["Hộ ông Trần Văn Bình", "Ông Trần Văn Bình", "forms of address"],
    ["Lê Thị Thúy", "Lê Thị Thuý", "the two tone placements of one spelling"],
    ["Nguyễn Văn Hòa", "Nguyễn Văn Hoà", "the two tone placements of one spelling"],
  ])("%s = %s (%s)", (a, b) => {
    expect(compareNames(a, b)).toMatchObject({ verdict: "same", score: 1 });
  });

  test.each([
    ["Nguyễn Văn An", "Nguyễn An", 0.85, /Văn\/Thị/],
    ["Ng. Văn An", "Nguyễn Văn An", 0.75, /viết tắt/],
    ["N.V. An", "Nguyễn Văn An", 0.75, /viết tắt/],
    ["Hoàng Văn Nam", "Huỳnh Văn Nam", 0.85, /Hoàng\/Huỳnh/],
    ["Vũ Thị Lan", "Võ Thị Lan", 0.85, /Vũ\/Võ/],
    ["Trần Thị Thi", "Trần Thị Thy", 0.85, /i hay y/],
    ["Lê Thị Vi", "Lê Thị Vy", 0.85, /i hay y/],
    ["Lí Văn Tú", "Lý Văn Tú", 0.85, /i hay y/],
    ["NGUYEN VAN A", "Nguyễn Văn A", 0.85, /không dấu/],
    ["Nguyễn An", "Nguyễn Minh An", 0.65, /thiếu tên đệm/],
    ["An", "Nguyễn Văn An", 0.55, /chỉ khớp tên/],
  ])("%s ~ %s is a candidate", (a, b, atLeast, reason) => {
    const result = compareNames(a, b);
    expect(result.verdict).toBe("candidate");
    expect(result.score).toBeGreaterThanOrEqual(atLeast);
    expect(result.score).toBeLessThan(1);
    expect(result.reason).toMatch(new RegExp(reason.source, "i"));
  });

  test.each([
    ["Nguyễn Thị Hương", "Nguyễn Thị Hường"],
    ["Nguyễn Thị Hương", "Nguyễn Thị Hưởng"],
    ["Trần Văn Hải", "Trần Văn Hài"],
  ])("%s and %s fold alike but differ in diacritics: only a candidate, scored below other variants", (a, b) => {
    const result = compareNames(a, b);
    expect(result.verdict).toBe("candidate");
    expect(result.score).toBeLessThan(compareNames("Hoàng Văn Nam", "Huỳnh Văn Nam").score);
    expect(result.reason).toMatch(/khác dấu/);
  });

  test.each([
    ["Nguyễn Văn Hải", "Nguyễn Văn Hảo", /khác tên/],
    ["Nguyễn Văn An", "Trần Văn An", /khác họ/],
    ["Nguyễn Văn An", "Nguyễn Thị An", /Văn\/Thị/],
    ["Nguyễn Minh An", "Nguyễn Hữu An", /khác tên đệm/],
    ["Trần Huy", "Trần Hui", /khác tên/], // uy and ui are different rhymes, not an i/y spelling
    ["", "Nguyễn Văn An", /Thiếu tên/],
  ])("%s ≠ %s", (a, b, reason) => {
    const result = compareNames(a, b);
    expect(result.verdict).toBe("different");
    expect(result.score).toBeLessThan(0.5);
    expect(result.reason).toMatch(new RegExp(reason.source, "i"));
  });

  const nameWord = fc.constantFrom("Nguyễn", "Trần", "Lê", "Văn", "Thị", "Hương", "Hường", "An", "Ân", "Thúy", "Thuý", "Hoàng", "Huỳnh", "Vi", "Vy");
  const name = fc.array(nameWord, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));

  test("is symmetric, scores within 0..1, and 'same' means equal up to case, spaces, address and tone placement", () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const ab = compareNames(a, b);
        const ba = compareNames(b, a);
        expect([ba.verdict, ba.score]).toEqual([ab.verdict, ab.score]);
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
        if (ab.verdict === "same") expect(foldText(a)).toBe(foldText(b));
      }),
      { numRuns: 1000 },
    );
  });

  /** Words that fold alike: a name built from one member of each group, twice. */
  const FOLDED_ALIKE = [
    ["Hương", "Hường", "Hưởng"],
    ["An", "Ân", "Ấn"],
    ["Hải", "Hài", "Hai"],
    ["Lan", "Lân", "Lãn"],
    ["Thủy", "Thúy", "Thùy", "Thuý"],
  ];
  const twinNames = fc
    .array(fc.tuple(fc.nat(FOLDED_ALIKE.length - 1), fc.nat(3), fc.nat(3)), { minLength: 1, maxLength: 4 })
    .map((slots) => {
      const pick = (group: string[], i: number) => group[i % group.length];
      return [slots.map(([g, i]) => pick(FOLDED_ALIKE[g], i)).join(" "), slots.map(([g, , j]) => pick(FOLDED_ALIKE[g], j)).join(" ")];
    });

  test("names that differ in diacritics are never 'same'", () => {
    const onePlacement = (n: string) => n.replace(/Thuý/g, "Thúy");
    fc.assert(
      fc.property(twinNames, ([a, b]) => {
        fc.pre(onePlacement(a) !== onePlacement(b));
        expect(compareNames(a, b).verdict).not.toBe("same");
      }),
      { numRuns: 1000 },
    );
  });

  test("every name is the same as itself", () => {
    fc.assert(fc.property(name, (a) => expect(compareNames(a, a).verdict).toBe("same")));
  });
});

describe("nameTokensForSearch", () => {
  test.each([
    ["Bà Nguyễn Thị Lan", ["nguyen", "thi", "lan"]],
    ["Hộ ông Trần Văn Đức", ["tran", "van", "duc"]],
    ["N.V. An", ["n", "v", "an"]],
    ["NGUYEN VAN A", ["nguyen", "van", "a"]],
  ])("%s", (name, tokens) => expect(nameTokensForSearch(name)).toEqual(tokens));

  test("the tokens appear in order in a folded bank description", () => {
    const description = foldText("MBVCB.6987707712.858421.NGUYEN VAN A ung ho NTM.CT tu 0491000123 NGUYEN VAN A toi 9527");
    const needle = nameTokensForSearch("Ông Nguyễn Văn A").join(" ");
    expect(description.includes(` ${needle} `)).toBe(true);
  });
});
