import { tokenAt } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import type { Claim, Speaker } from "../schema.js";
import { genderOf, type Gender } from "../speaker-gender.js";

/** A person mention a `he` / `she` may refer to: where it is and its entity. */
export interface PersonMention {
  start: number;
  end: number;
  text: string;
  entity: Entity;
}

/**
 * The person mentions of one document (from entity-extract), in text order, without those inside a quotation: a name
 * quoted is not who is speaking (`“Trump is wrong,” he said`).
 *
 * @param docId - Document id.
 * @param entities - Entities given to the extractor.
 * @param claims - The document's claims (their quotes are left out).
 * @returns Mentions sorted by start.
 */
export function personMentions(docId: string, entities: readonly Entity[], claims: readonly Claim[]): PersonMention[] {
  // quotations by start, each with the furthest end so far, for a binary search per mention
  const quotes = claims.filter((c) => c.kind === "quote").map((c) => [c.start, c.end] as const).sort((a, b) => a[0] - b[0]);
  const reach: number[] = [];
  for (const [, e] of quotes) reach.push(Math.max(e, reach[reach.length - 1] ?? 0));
  const inQuote = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid]![0] <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! >= end;
  };
  const out: PersonMention[] = [];
  for (const entity of entities) {
    if (entity.type !== "PERSON") continue;
    for (const m of entity.mentions) {
      if (m.docId !== docId || inQuote(m.start, m.end)) continue;
      out.push({ start: m.start, end: m.end, text: m.text, entity });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** How many person mentions back a pronoun looks. */
const LOOK_BACK = 40;

/**
 * The latest person mention before `at` (and after `after`) that `he` / `she` can refer to: its name's gender is the
 * pronoun's, or unknown when `needGender` is false.
 *
 * @param mentions - Person mentions in text order.
 * @param at - Offset of the pronoun.
 * @param after - Only mentions starting after this offset.
 * @param want - The pronoun's gender.
 * @param needGender - Require a name whose gender is known.
 * @returns The mention, or null.
 */
export function latestPerson(mentions: readonly PersonMention[], at: number, after: number, want: Gender, needGender: boolean): PersonMention | null {
  // the first mention starting at or after the pronoun (the same lower bound as a token look-up)
  const lo = tokenAt(mentions, at);
  for (let i = lo - 1; i >= 0 && i >= lo - LOOK_BACK; i--) {
    const m = mentions[i]!;
    if (m.start <= after) return null;
    const g = genderOf(m.entity.name) ?? genderOf(m.text);
    if (g ? g === want : !needGender) return m;
  }
  return null;
}

/** A speaker root for a person mention. */
export function speakerOfMention(m: PersonMention): Speaker {
  return { text: m.text, anonymous: false, kind: "person", start: m.start, end: m.end, entityId: m.entity.id };
}
