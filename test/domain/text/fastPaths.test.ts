/**
 * The column converter scores text word by word from a word cache, puts converted cells together
 * word by word, and skips the words of cells that cannot be legacy views. These properties check
 * that none of that changes a result: each is compared with the whole-text computation it
 * replaced (written out here as the oracle) or with the same computation without cache.
 */
import fc from "fast-check";
import { isCommonSyllable } from "../../../src/domain/text/commonSyllables";
import {
  analyzeText,
  composed,
  convertColumn,
  columnConversions,
  detectColumnEncoding,
  isPlainUnicode,
  convertColumnWith,
  decodeTcvn3,
  decodeVni,
  detectEncoding,
  encodeTcvn3,
  encodeVni,
  isCapitalWord,
  isTcvn3Shaped,
  isVniShaped,
  renderWords,
  restoreLostCapitals,
  toUnicode,
  wordFacts,
  wordFactsCacheSize,
  type Analysis,
  type LegacyEncoding,
} from "../../../src/domain/text/legacy";
import { TCVN3_ENTRIES } from "../../../src/domain/text/legacyTables";
import { fitsCp1252, isAscii, wordsOf } from "../../../src/domain/text/scan";
import { isVietnameseSyllable } from "../../../src/domain/text/syllable";
import { allSyllables, titleCase } from "./syllableSet";

// ---------------------------------------------------------------------------------------------
// The oracle: the whole-text computations as they were before the word cache.

function oracleAnalysis(nfc: string): Analysis {
  const words = wordsOf(nfc);
  const valid = words.map(isVietnameseSyllable);
  const common = words.map((w, i) => valid[i] && isCommonSyllable(w));
  const count = (flags: boolean[]) => flags.filter(Boolean).length;
  const readAs = (decode: (w: string) => string) => {
    let [v, c, changedValid, changed] = [0, 0, 0, false];
    words.forEach((word, i) => {
      const decoded = decode(word);
      if (decoded === word) {
        v += valid[i] ? 1 : 0;
        c += common[i] ? 1 : 0;
        return;
      }
      changed = true;
      if (!isVietnameseSyllable(decoded)) return;
      v++;
      changedValid++;
      c += isCommonSyllable(decoded) ? 1 : 0;
    });
    return changed ? { valid: v, common: c, changedValid } : null;
  };
  const legacyPossible = !isAscii(nfc) && fitsCp1252(nfc);
  return {
    nfc,
    ascii: isAscii(nfc),
    wordCount: words.length,
    validAsIs: count(valid),
    commonAsIs: count(common),
    tcvn3: legacyPossible && isTcvn3Shaped(nfc) ? readAs((w) => decodeTcvn3(w)) : null,
    vni: legacyPossible && isVniShaped(nfc) ? readAs(decodeVni) : null,
  };
}

/** TCVN3 words typed in capitals get their lower-case toned letters back in capitals. */
function oracleRenderTcvn3(view: string): string {
  const decoded = decodeTcvn3(view);
  let out = "";
  let start = 0;
  for (let i = 0; i <= view.length; i++) {
    if (i < view.length && wordsOf(view[i]).length === 1) continue;
    const word = decoded.slice(start, i);
    out += isCapitalWord(view, start, i) ? word.toUpperCase() : word;
    if (i < view.length) out += decoded[i];
    start = i + 1;
  }
  return out;
}

/** The views of ă â ê ô ơ ư đ, TCVN3's untoned lower-case letters. */
const TCVN3_PLAIN_LOWER = new Set(
  TCVN3_ENTRIES.filter((e) => !/[\u0300\u0301\u0303\u0309\u0323]/.test(e.unicode.normalize("NFD")))
    .filter((e) => e.unicode !== e.unicode.toUpperCase())
    .flatMap((e) => e.views.map((v) => v.charCodeAt(0))),
);
/** Every TCVN3 view character: one of them (ý) is also its own Unicode letter. */
const TCVN3_VIEWS = new Set(TCVN3_ENTRIES.flatMap((e) => e.views.map((v) => v.charCodeAt(0))));

function oracleRestoreLostCapitals(view: string, decoded: string): string {
  const viewWords = view.split(" ");
  const words = decoded.split(" ");
  if (viewWords.length !== words.length) return decoded;
  const lost = (i: number) => {
    const d = words[i].charAt(0);
    const typedAsItself = d === viewWords[i].charAt(0) && !TCVN3_VIEWS.has(viewWords[i].charCodeAt(0));
    return d !== "" && !typedAsItself && d !== d.toUpperCase() && !TCVN3_PLAIN_LOWER.has(viewWords[i].charCodeAt(0));
  };
  const known = words.map((w, i) => (w && !lost(i) && w.charAt(0).toLowerCase() !== w.charAt(0).toUpperCase() ? w.charAt(0) : ""));
  const typedLower = known.every((c) => c === "" || c !== c.toUpperCase());
  return words.map((w, i) => (typedLower || lost(i) ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(" ");
}

// ---------------------------------------------------------------------------------------------
// Generated cells: syllables in every case and encoding, among separators and stray characters.

const syllable = fc.constantFrom(...allSyllables());
const cased = fc.tuple(syllable, fc.constantFrom("lower", "title", "upper")).map(([s, c]) =>
  c === "title" ? titleCase(s) : c === "upper" ? s.toUpperCase() : s,
);
const typed = fc.tuple(cased, fc.constantFrom("unicode", "nfd", "tcvn3", "vni")).map(([s, e]) =>
  e === "tcvn3" ? encodeTcvn3(s) : e === "vni" ? encodeVni(s) : e === "nfd" ? s.normalize("NFD") : s,
);
/** Latin-1 letters and legacy bytes, cp1252 symbols, raw C1, characters no legacy view has, marks. */
const STRAY = [..."aeouyAEOUYàáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝäëïöüçñßÿ", ..."µ¨§«ª¬®¸¹ºÞøåÆÐð–—€™…“”", "\u0096", "\u0085", "\u00ad"];
const ODD = ["ễ", "ă", "ơ", "đ", "Ω", "中", "\u0301", "\u0323", "\u212a", "\u2000", "ǅ", "ŉ", "ß"];
const stray = fc.string({ unit: fc.constantFrom(...STRAY, ...ODD), minLength: 1, maxLength: 4 });
const piece = fc.oneof(
  { weight: 6, arbitrary: typed },
  { weight: 1, arbitrary: stray },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const separator = fc.constantFrom(" ", " ", " ", "  ", "-", ", ", " 3 ", ".", "/", "\u00a0", "–", "\u0096", "(", "");
const cell = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 5 }), fc.array(separator, { minLength: 5, maxLength: 5 }))
  .map(([pieces, seps]) => pieces.map((p, i) => (i === 0 ? p : seps[i] + p)).join(""));

const RUNS = { numRuns: 3000 };
/** Every word's facts worked out anew: no cache. */
const afresh = (text: string, start: number, end: number) => wordFacts(text.slice(start, end));

describe("word-by-word scoring gives the whole-text scores", () => {
  test("cached, uncached and the whole-text oracle agree on generated cells", () => {
    fc.assert(
      fc.property(cell, (text) => {
        const nfc = text.normalize("NFC");
        const expected = oracleAnalysis(nfc);
        expect(analyzeText(nfc, afresh)).toEqual(expected);
        // Twice: the first call may fill the cache, the second reads it.
        expect(analyzeText(nfc)).toEqual(expected);
        expect(analyzeText(nfc)).toEqual(expected);
      }),
      RUNS,
    );
  });

  test("detection is the same with a cold and a warm cache", () => {
    fc.assert(
      fc.property(cell, (text) => {
        const first = detectEncoding(text);
        expect(detectEncoding(text)).toEqual(first);
        expect(toUnicode(text)).toEqual(toUnicode(text));
      }),
      { numRuns: 500 },
    );
  });

  test("the cache stays bounded", () => {
    for (let i = 0; i < 120_000; i++) analyzeText(`x${i.toString(36)}`);
    expect(wordFactsCacheSize()).toBeLessThanOrEqual(100_000);
    expect(analyzeText("NguyÔn V¨n §øc")).toEqual(oracleAnalysis("NguyÔn V¨n §øc"));
  });
});

describe("a converted cell put together word by word is the whole text decoded", () => {
  test.each<LegacyEncoding>(["tcvn3", "vni"])("%s", (encoding) => {
    fc.assert(
      fc.property(cell, (text) => {
        const nfc = text.normalize("NFC");
        expect(renderWords(nfc, encoding)).toBe(encoding === "tcvn3" ? oracleRenderTcvn3(nfc) : decodeVni(nfc));
      }),
      RUNS,
    );
  });

  test("name columns restore lost capitals as before", () => {
    fc.assert(
      fc.property(cell, (text) => {
        const decoded = renderWords(text.normalize("NFC"), "tcvn3");
        expect(restoreLostCapitals(text, decoded)).toBe(oracleRestoreLostCapitals(text, decoded));
        const lower = text.toLowerCase();
        expect(restoreLostCapitals(lower, decodeTcvn3(lower))).toBe(oracleRestoreLostCapitals(lower, decodeTcvn3(lower)));
      }),
      RUNS,
    );
  });
});

describe("skipping normalize and the words of Unicode cells changes no column", () => {
  test("composed is NFC", () => {
    fc.assert(
      fc.property(cell, (text) => expect(composed(text)).toBe(text.normalize("NFC"))),
      RUNS,
    );
  });

  test("below U+0300 and in U+1E00–1EFF every pair of characters is already NFC", () => {
    const kept = [...Array.from({ length: 0x300 }, (_, c) => c), ...Array.from({ length: 0x100 }, (_, i) => 0x1e00 + i)];
    const changed: string[] = [];
    for (const a of kept) {
      for (let b = 0x1e00; b <= 0x1eff; b++) {
        for (const pair of [String.fromCharCode(a, b), String.fromCharCode(b, a)]) {
          if (pair.normalize("NFC") !== pair) changed.push(pair);
        }
      }
    }
    expect(changed).toEqual([]);
  });

  test("a cell the column reads as it is without a lookup has no legacy reading, whatever its font", () => {
    fc.assert(
      fc.property(cell, (text) => {
        const analysis = oracleAnalysis(text.normalize("NFC"));
        if (isAscii(text)) expect([analysis.tcvn3, analysis.vni]).toEqual([null, null]);
        if (isPlainUnicode(text)) {
          expect(text.normalize("NFC")).toBe(text);
          expect(analysis).toMatchObject({ ascii: false, tcvn3: null, vni: null });
        }
      }),
      RUNS,
    );
    const names = ["Nguyễn Văn Đức", "Trần Thị Hồng", "Phạm Minh Tuấn", encodeTcvn3("Lê Văn Hùng")];
    expect(detectColumnEncoding(names, { fonts: [".VnTime", null, null, null] }).decided).toEqual({ tcvn3: 1, vni: 0, unicode: 3 });
  });

  const MAJORITY = ["Nguyễn Văn Đức", "Trần Thị Hồng", "Phạm Minh Tuấn", "Lê Văn Hùng"];
  const fonts = fc.constantFrom<string | null>(null, null, ".VnTime", ".VnTimeH", "VNI-Times", "Arial");
  /**
   * A column's cells and options. Some columns get a legacy majority, so that the column verdict
   * settles cells too.
   */
  const column = fc
    .tuple(fc.array(fc.tuple(fc.option(cell, { nil: null }), fonts), { minLength: 1, maxLength: 12 }), fc.boolean(), fc.constantFrom<LegacyEncoding | null>(null, "tcvn3", "vni"))
    .map(([rows, nameColumn, fill]) => {
      const extra = fill === null ? [] : MAJORITY.map(fill === "tcvn3" ? encodeTcvn3 : encodeVni);
      const cells = [...rows.map(([c]) => c), ...extra];
      return { cells, options: { fonts: [...rows.map(([, f]) => f), ...extra.map(() => null)], nameColumn } };
    });
  const everyWordAfresh = (text: string) => analyzeText(text.normalize("NFC"), afresh);

  test("convertColumn equals the conversion with every word of every cell scored afresh", () => {
    fc.assert(
      fc.property(column, ({ cells, options }) => {
        expect(convertColumn(cells, options)).toEqual(convertColumnWith(cells, options, everyWordAfresh));
      }),
      { numRuns: 1500 },
    );
  });

  test("columnConversions holds each distinct change once, and each cell points at its own", () => {
    fc.assert(
      fc.property(column, ({ cells, options }) => {
        const { conversions, at } = columnConversions(cells, options);
        expect(at).toHaveLength(cells.length);
        convertColumn(cells, options).forEach((converted, i) => {
          if (converted.changed) expect(conversions[at[i]]).toEqual(converted);
          else expect(at[i]).toBe(-1);
        });
        // Fonts asked cell by cell (a grid's rows) convert the same, and are asked only of cells
        // that a legacy reading fits: plain ASCII and plain Unicode never are.
        const asked: number[] = [];
        const fontOf = (i: number) => (asked.push(i), options.fonts[i]);
        expect(columnConversions(cells, { nameColumn: options.nameColumn, fontOf })).toEqual({ conversions, at });
        for (const i of asked) expect(isAscii(cells[i] as string) || isPlainUnicode(cells[i] as string)).toBe(false);
      }),
      { numRuns: 500 },
    );
    const decomposed = columnConversions(["Nguyễn Văn Đức".normalize("NFD"), "Trần Thị Hồng", null]);
    expect(decomposed.conversions).toEqual([expect.objectContaining({ text: "Nguyễn Văn Đức", encoding: "nfd", changed: true })]);
    expect([...decomposed.at]).toEqual([0, -1, -1]);
    const tcvn3 = encodeTcvn3("Hộ ông Lê Văn Tám");
    const { conversions, at } = columnConversions([tcvn3, "Trần Thị Hồng", tcvn3, null, tcvn3]);
    expect(conversions).toHaveLength(1);
    expect([...at]).toEqual([0, -1, 0, -1, 0]);
  });

  test("a one-cell column converts as toUnicode does", () => {
    fc.assert(
      fc.property(cell, (text) => {
        const [converted] = convertColumn([text]);
        const single = toUnicode(text);
        expect(converted).toEqual({ text: single.text, encoding: single.encoding, changed: single.changed, signal: single.signal });
      }),
      RUNS,
    );
  });
});
