/**
 * A small curated list of well-known armed and militant organisations, as
 * written in running text (case-sensitive, spelling variants listed). The
 * lower-case Arabic article ("al-Qaeda", "al Qaeda") hides these names from
 * capitalisation features, so the tagger misses them.
 */
export const ARMED_GROUPS: readonly string[] = [
  "al-Qaeda", "al-Qaida", "al Qaeda", "al Qaida", "Al-Qaeda", "Al-Qaida", "Al Qaeda", "Al Qaida",
  "al-Qaeda in the Islamic Maghreb", "al-Shabaab", "al-Shabab", "Al-Shabaab", "Al-Shabab", "al-Nusra Front", "Nusra Front",
  "Boko Haram", "Hezbollah", "Hizbollah", "Hamas", "Islamic State", "ISIS", "ISIL", "Daesh", "JNIM", "ISWAP",
  "Islamic State West Africa Province", "Islamic State in the Greater Sahara", "Wagner Group",
];

/**
 * Spellings and names of one armed group that resolve to one entity: normalised key (lower
 * case, hyphens as spaces) → canonical key. Transliterations ("al-Qaida" / "al-Qaeda") and
 * other names of the same group ("ISIS", "ISIL", "Daesh" → "Islamic State").
 */
export const ARMED_GROUP_KEYS: ReadonlyMap<string, string> = new Map([
  ["al qaida", "al qaeda"],
  ["al shabab", "al shabaab"],
  ["hizbollah", "hezbollah"],
  ["hizballah", "hezbollah"],
  ["isis", "islamic state"],
  ["isil", "islamic state"],
  ["daesh", "islamic state"],
  ["nusra front", "al nusra front"],
]);
