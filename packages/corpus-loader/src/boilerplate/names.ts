const ORG_WORDS = /\b(?:reuters|associated press|ap|afp|cnn|staff|writer|reporter|correspondent|editor|bureau|news|times|post|press|agency|updated|published)\b/i;
const NON_NAME_START = new Set(["the", "a", "an", "our", "his", "her", "their", "its", "this", "that", "staff"]);

/**
 * Split a byline fragment such as `Jane Doe, John Roe and Ann Poe | Reuters`
 * into person names, dropping outlet and role words.
 *
 * @param fragment - Text after `By`, or before `contributed to this report`.
 * @returns The names, in order.
 */
export function splitNames(fragment: string): string[] {
  const names: string[] = [];
  for (const raw of fragment.slice(0, 300).split(/,|;|\||\s+and\s+|\s+&\s+|\s+[-–—]\s+/)) {
    const name = raw.trim().replace(/^(?:and|by)\s+/i, "").replace(/[.\s]+$/, "");
    if (name.length < 2 || name.length > 60) continue;
    if (ORG_WORDS.test(name) || /\d/.test(name)) continue;
    const words = name.split(/\s+/);
    if (words.length > 5) continue;
    if (NON_NAME_START.has(words[0]!.toLowerCase())) continue;
    if (!words.every((w) => /^[\p{Lu}][\p{L}'’.-]{0,30}$/u.test(w) || /^(?:de|da|van|von|al|el|bin|la|le)$/.test(w))) continue;
    names.push(name);
  }
  return names;
}
