/**
 * Rows that sum others without saying so in words: a household's row over its members' lines,
 * and a bare figure under a group of rows. Counting them as donors counts the money twice.
 */
/**
 * "- Phạm Văn Hưng", "+ Bùi Thị Thảo", "• Vũ Văn Dương": a line listed under another, as a
 * household's members are under its row. A dash before a figure or alone is no such mark.
 */
export function isMemberLine(name: string): boolean {
  const mark = name.charCodeAt(0);
  if (!MEMBER_MARKS.has(mark)) return false;
  const next = name.charAt(1);
  const first = next === " " ? name.trimStart().slice(1).trimStart().charAt(0) : next;
  return first !== "" && /\p{L}/u.test(first);
}

// "-", "–", "—", "+", "•", "·", "*", "∙", "◦"
const MEMBER_MARKS: ReadonlySet<number> = new Set([0x2d, 0x2013, 0x2014, 0x2b, 0x2022, 0xb7, 0x2a, 0x2219, 0x25e6]);

/** "Hộ ông Phạm Văn Long", "Hộ gia đình bà Mận", "HGĐ Vũ Văn Quảng", "Cộng hộ ông Long": a row that stands for a household. */
export function namesAHousehold(name: string): boolean {
  // Unfolded: "Hồ Bá Tuấn" folds as "Hộ bà Tuấn" does.
  return HOUSEHOLD_ROW.test(name.trim().normalize("NFC"));
}

const HOUSEHOLD_ROW = /^(?:cộng\s+)?(?:hộ(?:\s+gia\s+đình)?\s*[:.]?\s+\p{L}|hgđ(?!\p{L}))/iu;

/**
 * A household's row over the lines of its members (isMemberLine), each with what they gave: the
 * row sums them where its figure is theirs added up, or is blank, or it names a household (a
 * figure that then differs from the members' is a mismatch, not a second gift). Members with no
 * figure leave the household's own figure its gift: they only say who lives there.
 *
 * @param figure the household row's money, null where the row has none typed
 * @param members each member line's money, null where a member's cannot be read
 * @param named whether the row names a household (namesAHousehold)
 */
export function sumsItsMembers(figure: number | null, members: readonly (number | null)[], named: boolean): boolean {
  if (members.length === 0) return false;
  let sum = 0;
  let given = false;
  for (const m of members) {
    if (m === null) return named;
    sum += m;
    given ||= m !== 0;
  }
  if (!given) return false;
  return figure === null || figure === sum || named;
}

/**
 * A row with a figure and neither name nor number, where that figure is the money of the rows
 * since the last section or subtotal: the sheet's own subtotal, typed without its "Cộng". It
 * takes two rows or more, so that a donor whose name was left out, giving as much as the one
 * donor above, stays a row without a name.
 */
export function isUnlabelledSubtotal(figure: number, rowsSince: number, sumSince: number): boolean {
  return rowsSince >= 2 && figure !== 0 && figure === sumSince;
}
