/**
 * Round trips over every syllable the legacy tables can express, and properties over generated
 * multi-word text, foreign names and Unicode Vietnamese.
 */
import fc from "fast-check";
import { isCommonSyllable } from "../../../src/domain/text/commonSyllables";
import {
  convertColumn,
  decodeTcvn3,
  decodeVni,
  detectEncoding,
  encodeTcvn3,
  encodeVni,
  type LegacyEncoding,
  toUnicode,
} from "../../../src/domain/text/legacy";
import { isVietnameseSyllable } from "../../../src/domain/text/syllable";
import { allSyllables, titleCase } from "./syllableSet";

const all = allSyllables();
const syllable = fc.constantFrom(...all);

interface Variant {
  readonly name: string;
  readonly encoding: LegacyEncoding;
  readonly font: string;
  readonly encode: (s: string) => string;
  readonly shape: (s: string) => string;
}

/** TCVN3 has no toned capitals, so its exact round trip is in lower case; VNI has every case. */
const VARIANTS: readonly Variant[] = [
  { name: "TCVN3 lower case", encoding: "tcvn3", font: ".VnTime", encode: encodeTcvn3, shape: (s) => s },
  { name: "VNI lower case", encoding: "vni", font: "VNI-Times", encode: encodeVni, shape: (s) => s },
  { name: "VNI title case", encoding: "vni", font: "VNI-Times", encode: encodeVni, shape: titleCase },
  { name: "VNI upper case", encoding: "vni", font: "VNI-Times", encode: encodeVni, shape: (s) => s.toUpperCase() },
];

const CONTEXT: Record<LegacyEncoding, string[]> = {
  tcvn3: ["Nguyễn Văn Đức", "Trần Thị Hồng", "Phạm Minh Tuấn"].map(encodeTcvn3),
  vni: ["Nguyễn Văn Đức", "Trần Thị Hồng", "Phạm Minh Tuấn"].map(encodeVni),
};

/** The word alone says which legacy encoding it is, with no tie to settle. */
function decisive(view: string, encoding: LegacyEncoding): boolean {
  const d = detectEncoding(view);
  return d.encoding === encoding && d.ambiguous.length === 0;
}

describe.each(VARIANTS)("every syllable, $name", (variant) => {
  const cases = all.map((s) => {
    const text = variant.shape(s);
    return { text, view: variant.encode(text) };
  });

  // Each loop collects what breaks the rule and asserts once: a list says more than a first failure.
  test("with the cell's font: encode → detect → decode gives the syllable back", () => {
    const broken = cases.filter(({ text, view }) => {
      const out = toUnicode(view, { font: variant.font });
      return out.text !== text || (view !== text && out.encoding !== variant.encoding);
    });
    expect(broken).toEqual([]);
  });

  test("alone: decoded, unless the view reads as Vietnamese itself or the other legacy encoding ties", () => {
    const undecided = cases.filter(({ text, view }) => view !== text && detectEncoding(view).encoding !== variant.encoding);
    const broken = cases.filter(({ text, view }) => {
      const d = detectEncoding(view);
      const out = toUnicode(view).text;
      if (view === text || d.encoding === variant.encoding) return out !== text;
      // What keeps it: the view reads as a Vietnamese syllable as it is (TCVN3 "lê" for "lờ"),
      // or the other legacy encoding reads it as well and wins the tie (VNI "bö" is TCVN3 "bử").
      if (d.encoding === "unicode") return !isVietnameseSyllable(view) || out !== view;
      const other = d.encoding === "tcvn3" ? decodeTcvn3(view) : decodeVni(view);
      return !d.ambiguous.includes(variant.encoding) || !isVietnameseSyllable(other) || out.toLowerCase() !== other.toLowerCase();
    });
    expect(broken).toEqual([]);
    expect(undecided.length / cases.length).toBeLessThan(0.15);
  });

  test("in a column of its encoding: decoded unless the view is a common word and the syllable is not", () => {
    const broken = cases.filter(({ text, view }) => {
      const out = convertColumn([...CONTEXT[variant.encoding], view])[3].text;
      const keptAsCommonWord = isVietnameseSyllable(view) && isCommonSyllable(view) && !isCommonSyllable(text);
      return out !== (keptAsCommonWord ? view : text);
    });
    expect(broken).toEqual([]);
  });
});

describe("multi-word text", () => {
  test.each(VARIANTS)("$name: one decisive word carries the whole cell", (variant) => {
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 2, maxLength: 5 }), (words) => {
        const shaped = words.map(variant.shape);
        fc.pre(shaped.some((w) => decisive(variant.encode(w), variant.encoding)));
        const text = shaped.join(" ");
        expect(toUnicode(variant.encode(text))).toMatchObject({ text, encoding: variant.encoding, changed: true });
      }),
      { numRuns: 500 },
    );
  });

  test("TCVN3 names in title case come back through a name column", () => {
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 2, maxLength: 4 }), (words) => {
        const name = titleCase(words.join(" "));
        fc.pre(name.split(" ").some((w) => decisive(encodeTcvn3(w), "tcvn3")));
        expect(convertColumn([encodeTcvn3(name)], { nameColumn: true })[0].text).toBe(name);
      }),
      { numRuns: 500 },
    );
  });

  test("TCVN3 in capitals comes back where each toned word has two letters TCVN3 can capitalize", () => {
    const capitalizable = (ch: string) => /[A-Z]/.test(ch) || encodeTcvn3(ch) !== encodeTcvn3(ch.toLowerCase());
    const losesNoCapital = (word: string) => decodeTcvn3(encodeTcvn3(word)) === word;
    const restorable = (word: string) => losesNoCapital(word) || [...word].filter(capitalizable).length >= 2;
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 1, maxLength: 4 }), (words) => {
        const upper = words.map((w) => w.toUpperCase());
        fc.pre(upper.every(restorable) && upper.some((w) => decisive(encodeTcvn3(w), "tcvn3")));
        const text = upper.join(" ");
        expect(toUnicode(encodeTcvn3(text)).text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe("Unicode Vietnamese is left as it is", () => {
  const casing = fc.constantFrom<(s: string) => string>((s) => s, titleCase, (s) => s.toUpperCase());
  const vietnamese = fc
    .tuple(fc.array(syllable, { minLength: 1, maxLength: 6 }), casing, fc.constantFrom("", " 3", ", 450.000đ", " - Thôn 2"))
    .map(([words, shape, tail]) => shape(words.join(" ")) + tail);

  test("toUnicode is the identity on NFC Vietnamese", () => {
    fc.assert(
      fc.property(vietnamese, (text) => {
        expect(toUnicode(text)).toMatchObject({ text, changed: false });
      }),
      { numRuns: 2000 },
    );
  });

  test("NFD Vietnamese comes out NFC", () => {
    fc.assert(
      fc.property(vietnamese, (text) => {
        expect(toUnicode(text.normalize("NFD")).text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  test("a column of Unicode Vietnamese is left as it is", () => {
    fc.assert(
      fc.property(fc.array(vietnamese, { minLength: 1, maxLength: 30 }), (cells) => {
        expect(convertColumn(cells, { nameColumn: true }).map((c) => c.text)).toEqual(cells);
      }),
      { numRuns: 200 },
    );
  });
});

describe("foreign names are left as they are", () => {
  const FOREIGN = [
    "José Müller", "Zoë", "Ørsted", "François", "Müller GmbH", "Björn Ängström", "Søren Kierkegaard",
    "Łukasz Żółć", "Dvořák", "Ștefan Ţiriac", "Göran Persson", "Núñez", "Muñoz García", "Éloïse Lefèvre",
    "Jürgen Klopp", "Åsa Öberg", "Żaneta", "Çağlar Söyüncü", "İlkay Gündoğan", "Renée Zellweger",
    "João Gonçalves", "Pérez", "Sánchez", "Hélène Ségara", "Ærø", "Þórður", "Straße", "Mañana S.A.",
  ];

  test.each(FOREIGN)("%s", (name) => {
    for (const font of [null, ".VnTime", ".VnTimeH", "VNI-Times"]) {
      expect(toUnicode(name, { font })).toMatchObject({ text: name, changed: false });
    }
  });

  test("a column of foreign names, even as a name column", () => {
    expect(convertColumn(FOREIGN, { nameColumn: true }).map((c) => c.text)).toEqual(FOREIGN);
  });

  const latinLetter = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿāăąćčďđēęěğīıłńňőœřśşšţťūůűźżž");
  const foreignWord = fc
    .array(latinLetter, { minLength: 3, maxLength: 10 })
    .map((letters) => letters.join(""))
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  const readsVietnamese = (w: string) => [w, decodeTcvn3(w), decodeVni(w)].some(isVietnameseSyllable);

  test("names no reading makes Vietnamese never change, whatever the font", () => {
    fc.assert(
      fc.property(fc.array(foreignWord, { minLength: 1, maxLength: 3 }), fc.constantFrom(null, ".VnTime", "VNI-Times"), (words, font) => {
        fc.pre(!words.some(readsVietnamese));
        const name = words.join(" ");
        expect(toUnicode(name, { font }).text).toBe(name);
      }),
      { numRuns: 2000 },
    );
  });

  test("text with a character outside Windows-1252 never changes, whatever the font", () => {
    const outside = fc.constantFrom(..."łőşčřžğıĂơưđạếộữỹ");
    fc.assert(
      fc.property(fc.array(foreignWord, { minLength: 1, maxLength: 3 }), outside, fc.constantFrom(null, ".VnTime", "VNI-Times"), (words, ch, font) => {
        const name = `${words.join(" ")}${ch}`;
        expect(toUnicode(name, { font }).text).toBe(name);
      }),
      { numRuns: 1000 },
    );
  });
});
