/**
 * Every Vietnamese syllable the legacy tables can express, built independently of the rule under
 * test: every onset × every vowel cluster × every coda × every tone on every vowel, kept where
 * isVietnameseSyllable says yes. The candidate space deliberately over-generates (ce, quo, tóan,
 * bàt, xoong); the rule's own tests pin down which of those it must refuse.
 */
import { isVietnameseSyllable } from "../../../src/domain/text/syllable";

const ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"];
const CLUSTERS = [
  ..."aăâeêioôơuưy",
  ...["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "iê", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi"],
  ...["ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "ya"],
  ...["iêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu"],
];
const CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
const TONE_MARKS = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

function withToneAt(cluster: string, at: number, mark: string): string {
  return [...cluster].map((v, i) => (i === at ? (v + mark).normalize("NFC") : v)).join("");
}

function candidates(): Set<string> {
  const out = new Set<string>();
  for (const onset of ONSETS)
    for (const cluster of CLUSTERS)
      for (const coda of CODAS)
        for (let at = 0; at < cluster.length; at++)
          for (const mark of TONE_MARKS) out.add(onset + withToneAt(cluster, at, mark) + coda);
  return out;
}

let cached: string[] | null = null;

/** All valid syllables in lower case, NFC, sorted. */
export function allSyllables(): string[] {
  cached ??= [...candidates()].filter(isVietnameseSyllable).sort();
  return cached;
}

export function candidateCount(): number {
  return candidates().size;
}

export function titleCase(s: string): string {
  return s.replace(/(^|\s)(\S)/gu, (_m, space: string, first: string) => space + first.toUpperCase());
}
