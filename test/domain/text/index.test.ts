import * as text from "../../../src/domain/text";

test("the public API is re-exported from the folder", () => {
  const names = [
    "foldText", "isVietnameseSyllable", "syllableParts", "canonicalTonePlacement", "decodeTcvn3", "decodeVni",
    "encodeTcvn3", "encodeVni", "legacyFont", "detectEncoding", "toUnicode", "convertColumn", "detectColumnEncoding",
    "parseName", "compareNames", "nameTokensForSearch",
  ];
  for (const name of names) expect(typeof (text as Record<string, unknown>)[name]).toBe("function");
  expect(text.toUnicode("NguyÔn V¨n §øc").text).toBe("Nguyễn Văn Đức");
});
