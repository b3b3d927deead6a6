import { detectEncoding, toUnicode } from "../../../src/domain/text/legacy";

/**
 * Each case says why the detector decides as it does. "valid" means the word is a well-formed
 * Vietnamese syllable; a legacy reading wins on its own only with more valid words than the text
 * as it is.
 */
describe("legacy text is recognised and converted", () => {
  test.each([
    // as it is: no word valid (Ô after uy, ¨, §). TCVN3: 3 of 3. VNI: Ô→Ơ gives "NguyƠn", ¨ and § are
    // not VNI bytes at all.
    ["NguyÔn V¨n §øc", "tcvn3", "Nguyễn Văn Đức"],
    // as it is: eã, aê, Ñö are no Vietnamese. VNI: 3 of 3. TCVN3: ã=ó "Nguyeón", invalid.
    ["Nguyeãn Vaên Ñöùc", "vni", "Nguyễn Văn Đức"],
    // one legacy character in ASCII letters: µ is no letter Vietnamese has; TCVN3 µ=à.
    ["Hµ", "tcvn3", "Hà"],
    ["Lª Minh", "tcvn3", "Lê Minh"],
    // soft hyphen (byte AD, ư) is invisible in Excel but still there.
    ["Tr\u00adêng", "tcvn3", "Trường"],
    // a hamlet: « is TCVN3 ô; the number is no word.
    ["Th«n 3", "tcvn3", "Thôn 3"],
    // a note with acronyms: NTM stays invalid in every reading, the other words decide (4 vs 2).
    ["Nép tiÒn ñng hé NTM", "tcvn3", "Nộp tiền ủng hộ NTM"],
    ["CK qua NH ngµy 5/3", "tcvn3", "CK qua NH ngày 5/3"],
    // VNI with ambiguous single bytes: ò is ị, ô is ơ; "Hoøa" (oø = ò) is invalid as it is.
    ["Nguyeãn Thò Hoøa", "vni", "Nguyễn Thị Hòa"],
    ["Chaâu", "vni", "Châu"],
    // VNI capitals use the capital marks.
    ["NGUYEÃN VAÊN ÑÖÙC", "vni", "NGUYỄN VĂN ĐỨC"],
    // TCVN3 typed in capitals: toned letters are lower-case bytes; words with two or more capitals
    // and no other lower-case letter get them back.
    ["NGUYÔN V¡N §øC", "tcvn3", "NGUYỄN VĂN ĐỨC"],
    ["TR¦êNG TH¢N", "tcvn3", "TRƯỜNG THÂN"],
  ])("%s is %s", (text, encoding, unicode) => {
    expect(detectEncoding(text).encoding).toBe(encoding);
    expect(toUnicode(text)).toEqual({ text: unicode, encoding, changed: true, signal: "text" });
  });

  test("a title-case TCVN3 word keeps its lower-case toned letter: only one capital", () => {
    // "Hµ" has one capital: it could be Hà or HÀ, and Hà is what a name needs.
    expect(toUnicode("Hµ").text).toBe("Hà");
  });

  test("raw C1 code points in legacy text are accepted and drawn as cp1252", () => {
    expect(toUnicode("NguyÔn\u0096V¨n").text).toBe("Nguyễn–Văn");
    expect(toUnicode("NguyÔn–V¨n").text).toBe("Nguyễn–Văn");
  });
});

describe("Unicode, NFD, ASCII and foreign text is never altered", () => {
  test.each([
    // characters outside Windows-1252 (ễ ă Đ ị ộ) cannot come from legacy bytes.
    ["Nguyễn Văn Đức", "unicode"],
    ["Hà Nội", "unicode"],
    ["Lê Thị Ánh", "unicode"],
    // all in cp1252, all valid as they are: no legacy reading can have more valid words.
    // TCVN3 reads "Lê Minh" as "Lờ Minh", also valid: a tie keeps the text.
    ["Lê Minh", "unicode"],
    ["Tô Lâm", "unicode"],
    // à is a letter TCVN3 never writes (byte E0 is not in its table), and after H it is no VNI mark.
    ["Lê Minh Hà", "unicode"],
    ["Thôn 3", "unicode"],
    ["Hòa", "unicode"],
    // a number with đ: đ is outside cp1252.
    ["450.000đ", "unicode"],
    // foreign names: no reading makes any word Vietnamese (Josộ, Mỹller, Zoở, ỉrsted, Franỗois).
    ["José Müller", "unicode"],
    ["Zoë", "unicode"],
    ["Ørsted", "unicode"],
    ["François", "unicode"],
    ["Müller GmbH", "unicode"],
    ["Muñoz", "unicode"],
    // plain ASCII has no byte any legacy encoding changes.
    ["Tran Van B", "ascii"],
    ["ABC Co., Ltd", "ascii"],
    ["Thon 3", "ascii"],
    ["", "ascii"],
    ["12345", "ascii"],
  ])("%s", (text, encoding) => {
    expect(detectEncoding(text).encoding).toBe(encoding);
    expect(toUnicode(text)).toMatchObject({ text, encoding, changed: false });
  });

  test("NFD Vietnamese is composed to NFC", () => {
    const nfd = "Nguyễn Văn Đức".normalize("NFD");
    expect(toUnicode(nfd)).toMatchObject({ text: "Nguyễn Văn Đức", encoding: "nfd", changed: true });
  });

  test("a tie is reported as ambiguous so that a column can settle it", () => {
    // "Hé" (TCVN3 for Hộ) is valid as it is: it stays, but TCVN3 is a real alternative.
    const he = detectEncoding("Hé");
    expect([he.encoding, he.ambiguous]).toEqual(["unicode", ["tcvn3"]]);
    // "Thò" is VNI for the common "Thị", and TCVN3 for "Thũ"; "thò" itself is no common word,
    // so neither reading is rarer than the text.
    expect(detectEncoding("Thò").ambiguous).toEqual(["tcvn3", "vni"]);
  });

  test("a word both legacy encodings read is a tie between them", () => {
    // ö is TCVN3 ử and VNI ư: "cöa" reads "cửa" or "cưa", both valid, neither valid as it is.
    // "cửa" is the common word, so TCVN3 wins alone; a VNI column would settle it the other way.
    const d = detectEncoding("cöa");
    expect([d.encoding, d.ambiguous]).toEqual(["tcvn3", ["vni"]]);
    expect(toUnicode("cöa").text).toBe("cửa");
  });

  test("a tie whose legacy reading is rarer than the text is no ambiguity", () => {
    // "Lê" is a common family name; its TCVN3 reading "Lờ" is not.
    expect(detectEncoding("Lê Minh").ambiguous).toEqual([]);
  });

  test("scores are the share of valid words in each reading", () => {
    const d = detectEncoding("NguyÔn V¨n §øc");
    expect(d.scores).toEqual({ asIs: 0, tcvn3: 1, vni: null });
    expect(d.score).toBe(1);
    expect(detectEncoding("Nguyễn Văn Đức").scores).toEqual({ asIs: 1, tcvn3: null, vni: null });
  });
});

describe("a legacy font is the strongest signal", () => {
  test("it settles a tie the text alone leaves as it is", () => {
    // as it is "Lê" is valid, TCVN3 "Lờ" too: with .VnTime the cell is TCVN3.
    expect(toUnicode("Lê", { font: ".VnTime" })).toEqual({ text: "Lờ", encoding: "tcvn3", changed: true, signal: "font" });
    // as it is "Thò" is valid, VNI "Thị" too: with VNI-Times the cell is VNI.
    expect(toUnicode("Thò", { font: "VNI-Times" }).text).toBe("Thị");
  });

  test("a capital font decodes every letter as a capital", () => {
    expect(toUnicode("nguyÔn v¨n ®øc", { font: ".VnTimeH" })).toMatchObject({ text: "NGUYỄN VĂN ĐỨC", encoding: "tcvn3" });
    expect(detectEncoding("nguyÔn v¨n ®øc", { font: ".VnArialH" }).capitals).toBe(true);
  });

  test("it cannot make a foreign or Unicode name legacy", () => {
    // TCVN3 reads "Josộ Mỹller": no word becomes Vietnamese, so nothing supports the font.
    expect(toUnicode("José Müller", { font: ".VnTime" }).text).toBe("José Müller");
    // ễ is outside cp1252: Unicode typed into a .VnTime cell.
    expect(toUnicode("Nguyễn Văn Đức", { font: ".VnTime" }).text).toBe("Nguyễn Văn Đức");
    expect(toUnicode("Tran Van B", { font: "VNI-Times" }).text).toBe("Tran Van B");
  });

  test("it never overrules a reading with more valid words", () => {
    // VNI text in a .VnTime cell: TCVN3 reads "Nguyeón Vaõn", VNI reads all three words.
    expect(toUnicode("Nguyeãn Vaên Ñöùc", { font: ".VnTime" }).text).toBe("Nguyễn Văn Đức");
  });

  test("an ordinary font changes nothing", () => {
    expect(toUnicode("Lê", { font: "Times New Roman" }).text).toBe("Lê");
  });
});

describe("an encoding hint settles ties like a column does", () => {
  test("it converts a tie whose legacy reading is no rarer", () => {
    // "Hé" as it is is valid but rare; TCVN3 "Hộ" is a common word.
    expect(toUnicode("Hé", { encodingHint: "tcvn3" })).toMatchObject({ text: "Hộ", signal: "hint" });
  });

  test("it keeps a common word whose legacy reading is rare", () => {
    // "Xã" (commune) would be TCVN3 "Xó"; "Thôn" would be "Thụn".
    expect(toUnicode("Xã", { encodingHint: "tcvn3" }).text).toBe("Xã");
    expect(toUnicode("Thôn 3", { encodingHint: "tcvn3" }).text).toBe("Thôn 3");
  });

  test("it cannot beat the text's own evidence", () => {
    expect(toUnicode("José Müller", { encodingHint: "tcvn3" }).text).toBe("José Müller");
    expect(toUnicode("Nguyeãn", { encodingHint: "tcvn3" }).text).toBe("Nguyễn");
  });
});
