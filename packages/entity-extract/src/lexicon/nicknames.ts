import { NICKNAME_GROUPS } from "./nicknames-data.js";

let formsOf: Map<string, Set<string>> | undefined;

/**
 * Given name → the formal names it may stand for (itself included), from the curated data file
 * `nicknames-data.ts`: "jim" → {jim, james}, "james" → {james}, "alex" → {alex, alexander,
 * alexandra, alexandros}. Lower case.
 *
 * @returns The map, built on first use.
 */
export function getNicknames(): Map<string, Set<string>> {
  if (formsOf) return formsOf;
  formsOf = new Map();
  for (const line of NICKNAME_GROUPS.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const formal = line.slice(0, colon).trim();
    for (const short of line.slice(colon + 1).split(",")) {
      const s = short.trim();
      if (!s) continue;
      let set = formsOf.get(s);
      if (!set) formsOf.set(s, (set = new Set([s])));
      set.add(formal);
    }
  }
  return formsOf;
}

/**
 * Whether one given name is a known short form of the other (or both are short forms of one formal
 * name: "Bill" / "Will").
 *
 * @param a - Lower-cased given name.
 * @param b - Lower-cased given name.
 * @returns True for a nickname pair.
 */
export function isNicknamePair(a: string, b: string): boolean {
  if (a === b) return true;
  const map = getNicknames();
  const fa = map.get(a);
  const fb = map.get(b);
  if (fa?.has(b) || fb?.has(a)) return true;
  if (fa && fb) for (const f of fa) if (f !== a && fb.has(f)) return true;
  return false;
}
