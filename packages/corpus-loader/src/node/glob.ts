type Token = { kind: "lit"; ch: string } | { kind: "any1" } | { kind: "star" } | { kind: "globstar" };

function tokenize(pattern: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "*") {
      if (pattern[i + 1] === "*") {
        out.push({ kind: "globstar" });
        i++;
        if (pattern[i + 1] === "/") i++; // `**/` also matches zero directories
      } else out.push({ kind: "star" });
    } else if (ch === "?") out.push({ kind: "any1" });
    else out.push({ kind: "lit", ch });
  }
  return out;
}

/**
 * Match a path against a glob (`*` within a path segment, `**` across
 * segments, `?` one character). A pattern without `/` is matched against the
 * base name only. Dynamic programming over (pattern, path): O(pattern × path),
 * no backtracking.
 *
 * @param pattern - The glob, e.g. `**\/*.txt` or `*.meta.json`.
 * @param path - A `/`-separated relative path.
 * @returns Whether it matches.
 */
export function matchGlob(pattern: string, path: string): boolean {
  const subject = pattern.includes("/") ? path : path.slice(path.lastIndexOf("/") + 1);
  // Fast paths for the common shapes: a literal name, and `*.ext`.
  const stars = pattern.split("*").length - 1;
  if (stars === 0 && !pattern.includes("?")) return subject === pattern;
  if (stars === 1 && pattern.startsWith("*") && !pattern.includes("?") && !pattern.includes("/")) return subject.endsWith(pattern.slice(1));
  const tokens = tokenize(pattern);
  const m = tokens.length;
  // prev[j]: tokens[0..j) match subject[0..i)
  let prev = new Array<boolean>(m + 1).fill(false);
  prev[0] = true;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! && (tokens[j - 1]!.kind === "star" || tokens[j - 1]!.kind === "globstar");
  for (let i = 1; i <= subject.length; i++) {
    const c = subject[i - 1]!;
    const cur = new Array<boolean>(m + 1).fill(false);
    for (let j = 1; j <= m; j++) {
      const t = tokens[j - 1]!;
      if (t.kind === "lit") cur[j] = prev[j - 1]! && t.ch === c;
      else if (t.kind === "any1") cur[j] = prev[j - 1]! && c !== "/";
      else if (t.kind === "star") cur[j] = cur[j - 1]! || (prev[j]! && c !== "/");
      else cur[j] = cur[j - 1]! || prev[j]!;
    }
    prev = cur;
  }
  return prev[m]!;
}
