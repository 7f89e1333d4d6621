/**
 * A string of its own. A word or phrase cut from a document (`slice`, a regular-expression match, `toLowerCase` of an
 * already lower-case word) is, from 13 characters on, a view into the whole document text in V8, and keeps that text
 * in memory as long as it is held. A cross-document stage that holds words, titles or timex texts of every document
 * of a corpus (while a streaming run keeps the texts themselves on disk) holds copies instead: joined to a space, the
 * copy is a new string, and the space cut off again leaves at most a view of that short copy.
 *
 * @param s - A string.
 * @returns An equal string that holds no document text.
 */
export function ownString(s: string): string {
  return (" " + s).slice(1);
}
