/**
 * ReDoS audit: every regular expression in `packages/*\/src/**\/*.ts` (tests
 * excluded) must stay linear on hostile input.
 *
 * The TypeScript compiler API finds every regular-expression literal and every
 * `new RegExp(...)` / `RegExp(...)` call. A call whose pattern (and flags) fold
 * to a constant string — string literals, templates and `+` over such values,
 * `const` bindings of them (followed across imports) and `literal.source` — is
 * checked like a literal; any other call is reported as "dynamic" (its pattern
 * is only known at run time). `s.match("…")`, `s.matchAll("…")` and
 * `s.search("…")` with a constant string argument are checked too. Each static pattern is checked with `recheck`
 * (native agent when its platform binary is installed, otherwise its Java or
 * pure-JS backend), with a per-pattern time limit; nothing is written to disk
 * and nothing goes over the network.
 *
 * Usage: `npx tsx scripts/regex-audit.ts [--json] [--timeout=MS]`
 * Prints a table of findings; exits 1 when a pattern is vulnerable.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { check, type Diagnostics } from "recheck";
import ts from "typescript";

/** Where a static pattern came from. */
export type RegexOrigin = "literal" | "constructor" | "string-method";

/** String methods that compile a string argument into a RegExp. */
const STRING_TO_REGEX_METHODS = new Set(["match", "matchAll", "search"]);

/** A regular expression whose pattern and flags are known at compile time. */
export interface RegexSite {
  /** Path relative to the audited root, with `/` separators. */
  file: string;
  /** 1-based line of the literal or of the `RegExp` call. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The pattern as the RegExp engine sees it (the literal's body or the folded string). */
  pattern: string;
  flags: string;
  origin: RegexOrigin;
}

/** A `RegExp(...)` call whose pattern could not be folded to a constant. */
export interface DynamicRegexSite {
  file: string;
  line: number;
  column: number;
  /** Source text of the call (shortened). */
  expression: string;
}

/** Outcome of checking one static pattern. */
export interface RegexFinding extends RegexSite {
  status: "safe" | "vulnerable" | "unknown";
  /** Which recheck algorithm decided ("automaton" or "fuzz"), when known. */
  checker?: string | undefined;
  /** Complexity summary, e.g. "linear", "2nd degree polynomial", "exponential". */
  complexity?: string | undefined;
  /** Attack string as a short JS expression, e.g. `'a'.repeat(31) + '\x00'` (vulnerable only). */
  attack?: string | undefined;
  /** Why the check was inconclusive (unknown only): timeout, unsupported syntax, … */
  error?: string | undefined;
}

/** Result of {@link auditRegexes}. */
export interface RegexAudit {
  root: string;
  /** Number of source files scanned. */
  files: number;
  /** One entry per static regex site, in file/line order. */
  findings: RegexFinding[];
  /** `RegExp(...)` calls whose pattern is not statically known. */
  dynamic: DynamicRegexSite[];
}

/** Options of {@link auditRegexes} and {@link checkPattern}. */
export interface AuditOptions {
  /** recheck time limit per pattern in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Patterns checked at the same time (default 2). */
  concurrency?: number;
}

/** Result of {@link checkPattern}, without the site information. */
export type PatternVerdict = Pick<RegexFinding, "status" | "checker" | "complexity" | "attack" | "error">;

/** Lists `packages/*\/src/**\/*.ts` under `root`, without tests, sorted. */
export function listSourceFiles(root: string): string[] {
  const out: string[] = [];
  const packages = join(root, "packages");
  let names: string[] = [];
  try {
    names = readdirSync(packages).sort();
  } catch {
    return out;
  }
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name === "node_modules" || name.startsWith(".")) continue;
      const full = join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts")) out.push(full);
    }
  };
  for (const name of names) {
    const src = join(packages, name, "src");
    try {
      if (statSync(src).isDirectory()) walk(src);
    } catch {
      // package without src/
    }
  }
  return out;
}

/** Splits the text of a regex literal token (`/body/flags`) into pattern and flags. */
function splitLiteral(text: string): { pattern: string; flags: string } {
  const close = text.lastIndexOf("/");
  return { pattern: text.slice(1, close), flags: text.slice(close + 1) };
}

function isRegExpCallee(expr: ts.Expression): boolean {
  if (ts.isIdentifier(expr)) return expr.text === "RegExp";
  return (
    ts.isPropertyAccessExpression(expr) &&
    expr.name.text === "RegExp" &&
    ts.isIdentifier(expr.expression) &&
    (expr.expression.text === "globalThis" || expr.expression.text === "window" || expr.expression.text === "self")
  );
}

/**
 * Folds an expression to a constant string when it is built only from string
 * literals, templates, `+`, `const` bindings (across imports) and `regexLiteral.source`.
 * Returns `undefined` when the value depends on anything else.
 */
function foldString(node: ts.Expression, checker: ts.TypeChecker, depth = 0): string | undefined {
  if (depth > 32) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
    return foldString(node.expression, checker, depth + 1);
  }
  if (ts.isTemplateExpression(node)) {
    let s = node.head.text;
    for (const span of node.templateSpans) {
      const v = foldString(span.expression, checker, depth + 1);
      if (v === undefined) return undefined;
      s += v + span.literal.text;
    }
    return s;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const l = foldString(node.left, checker, depth + 1);
    const r = l === undefined ? undefined : foldString(node.right, checker, depth + 1);
    return l === undefined || r === undefined ? undefined : l + r;
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === "source") {
    const target = resolveConstInitializer(node.expression, checker, depth);
    if (target && target.kind === ts.SyntaxKind.RegularExpressionLiteral) return splitLiteral(target.getText()).pattern;
    return undefined;
  }
  if (ts.isIdentifier(node)) {
    const init = resolveConstInitializer(node, checker, depth);
    return init ? foldString(init, checker, depth + 1) : undefined;
  }
  return undefined;
}

/** The initializer of the `const` an identifier refers to (following imports), if any. */
function resolveConstInitializer(node: ts.Expression, checker: ts.TypeChecker, depth: number): ts.Expression | undefined {
  if (ts.isRegularExpressionLiteral(node)) return node;
  if (!ts.isIdentifier(node) || depth > 32) return undefined;
  let symbol = checker.getSymbolAtLocation(node);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer) return undefined;
  const list = decl.parent;
  if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Const)) return undefined;
  let init: ts.Expression = decl.initializer;
  while (ts.isParenthesizedExpression(init) || ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression;
  return init;
}

/** Collects every static regex and every dynamic `RegExp(...)` call under `root`. */
export function collectRegexes(root: string): { files: number; sites: RegexSite[]; dynamic: DynamicRegexSite[] } {
  const absRoot = resolve(root);
  const files = listSourceFiles(absRoot);
  const program = ts.createProgram({
    rootNames: files,
    options: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      customConditions: ["@newsparse/source"],
      noEmit: true,
      skipLibCheck: true,
      noLib: true,
      types: [],
    },
  });
  const checker = program.getTypeChecker();
  const sites: RegexSite[] = [];
  const dynamic: DynamicRegexSite[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const rel = relative(absRoot, file).split(sep).join("/");
    const where = (node: ts.Node) => {
      const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      return { file: rel, line: line + 1, column: character + 1 };
    };
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        sites.push({ ...where(node), ...splitLiteral(node.getText(sf)), origin: "literal" });
      } else if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        STRING_TO_REGEX_METHODS.has(node.expression.name.text) &&
        node.arguments.length >= 1 &&
        !ts.isRegularExpressionLiteral(node.arguments[0]!)
      ) {
        // `s.match("…")`, `s.matchAll("…")`, `s.search("…")` compile a string argument to a RegExp.
        const pattern = foldString(node.arguments[0]!, checker);
        if (pattern !== undefined) sites.push({ ...where(node), pattern, flags: node.expression.name.text === "matchAll" ? "g" : "", origin: "string-method" });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
        const [patternArg, flagsArg] = node.arguments ?? [];
        if (patternArg && ts.isRegularExpressionLiteral(patternArg) && !flagsArg) {
          // `new RegExp(/x/)`: the literal itself is collected below.
        } else {
          const pattern = patternArg ? foldString(patternArg, checker) : "(?:)";
          const flags = flagsArg ? foldString(flagsArg, checker) : "";
          if (patternArg && ts.isRegularExpressionLiteral(patternArg) && flags !== undefined) {
            // `new RegExp(/x/, "g")`: same pattern as the literal, which is collected below.
          } else if (pattern !== undefined && flags !== undefined) {
            sites.push({ ...where(node), pattern, flags, origin: "constructor" });
          } else {
            const text = node.getText(sf).replace(/\s+/g, " ");
            dynamic.push({ ...where(node), expression: text.length > 120 ? `${text.slice(0, 117)}...` : text });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { files: files.length, sites, dynamic };
}

function summarize(d: Diagnostics): PatternVerdict {
  switch (d.status) {
    case "safe":
      return { status: "safe", checker: d.checker, complexity: d.complexity.summary };
    case "vulnerable":
      return { status: "vulnerable", checker: d.checker, complexity: d.complexity.summary, attack: d.attack.pattern };
    default:
      return {
        status: "unknown",
        checker: d.checker,
        error: "message" in d.error ? `${d.error.kind}: ${d.error.message}` : d.error.kind,
      };
  }
}

/**
 * Checks one pattern with recheck.
 * @param pattern - RegExp source, e.g. `"(a+)+$"`.
 * @param flags - RegExp flags, e.g. `"g"`.
 * @param options - per-pattern time limit.
 * @returns the verdict: `safe`, `vulnerable` (with complexity and attack string) or `unknown`.
 * @example await checkPattern("(a+)+$", "") // → { status: "vulnerable", complexity: "exponential", ... }
 */
export async function checkPattern(pattern: string, flags: string, options: AuditOptions = {}): Promise<PatternVerdict> {
  try {
    return summarize(await check(pattern, flags, { timeout: options.timeoutMs ?? 10_000, randomSeed: 0 }));
  } catch (err) {
    return { status: "unknown", error: `checker failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * Audits every regular expression of `packages/*\/src/**\/*.ts` under `root`.
 * @param root - repository root.
 * @param options - per-pattern time limit and concurrency.
 * @returns static findings (each with its recheck verdict) and dynamic call sites.
 * @example const { findings } = await auditRegexes("."); findings.filter((f) => f.status === "vulnerable")
 */
export async function auditRegexes(root: string, options: AuditOptions = {}): Promise<RegexAudit> {
  const { files, sites, dynamic } = collectRegexes(root);
  const unique = new Map<string, { pattern: string; flags: string }>();
  for (const s of sites) unique.set(JSON.stringify([s.pattern, s.flags]), { pattern: s.pattern, flags: s.flags });
  const verdicts = new Map<string, PatternVerdict>();
  const queue = [...unique.entries()];
  const workers = Array.from({ length: Math.max(1, options.concurrency ?? 2) }, async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const [key, { pattern, flags }] = item;
      verdicts.set(key, await checkPattern(pattern, flags, options));
    }
  });
  await Promise.all(workers);
  const findings = sites.map((s): RegexFinding => {
    const v = verdicts.get(JSON.stringify([s.pattern, s.flags])) ?? { status: "unknown", error: "not checked" };
    return { ...s, ...v };
  });
  return { root: resolve(root), files, findings, dynamic };
}

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

/** One line describing a finding: `file:line /pattern/flags — status (complexity) attack: …`. */
export function describeFinding(f: RegexFinding): string {
  const detail =
    f.status === "vulnerable"
      ? `${f.complexity ?? "?"}; attack: ${shorten(f.attack ?? "?", 160)}`
      : f.status === "unknown"
        ? (f.error ?? "unknown")
        : (f.complexity ?? "");
  return `${f.file}:${f.line} /${shorten(f.pattern, 200)}/${f.flags} — ${f.status.toUpperCase()} (${detail})`;
}

/** Human-readable report: counts, then vulnerable, unknown, dynamic and (with `all`) safe sites. */
export function formatAudit(audit: RegexAudit, all = false): string {
  const by = (status: RegexFinding["status"]) => audit.findings.filter((f) => f.status === status);
  const vulnerable = by("vulnerable");
  const unknown = by("unknown");
  const safe = by("safe");
  const lines = [
    `regex audit: ${audit.files} files, ${audit.findings.length} static regexes (${safe.length} safe, ${vulnerable.length} vulnerable, ${unknown.length} unknown), ${audit.dynamic.length} dynamic RegExp calls`,
  ];
  const table = (title: string, rows: string[][]) => {
    if (!rows.length) return;
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
    lines.push("", title);
    for (const r of rows) lines.push(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join("  ").trimEnd());
  };
  const head = ["location", "status", "complexity", "pattern", "attack / error"];
  const row = (f: RegexFinding) => [
    `${f.file}:${f.line}`,
    f.status,
    f.complexity ?? "",
    `/${shorten(f.pattern, 80)}/${f.flags}`,
    shorten(f.attack ?? f.error ?? "", 80),
  ];
  table("VULNERABLE / UNKNOWN", [...vulnerable, ...unknown].length ? [head, ...[...vulnerable, ...unknown].map(row)] : []);
  table(
    "DYNAMIC (pattern known only at run time; review by hand)",
    audit.dynamic.length ? [["location", "call"], ...audit.dynamic.map((d) => [`${d.file}:${d.line}`, d.expression])] : [],
  );
  if (all) table("SAFE", safe.length ? [head, ...safe.map(row)] : []);
  return lines.join("\n");
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const args = process.argv.slice(2);
  const timeoutArg = args.find((a) => a.startsWith("--timeout="));
  const options: AuditOptions = timeoutArg ? { timeoutMs: Number(timeoutArg.slice("--timeout=".length)) } : {};
  const started = Date.now();
  const audit = await auditRegexes(resolve(import.meta.dirname, ".."), options);
  if (args.includes("--json")) console.log(JSON.stringify(audit, null, 2));
  else {
    console.log(formatAudit(audit, args.includes("--all")));
    console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  if (audit.findings.some((f) => f.status === "vulnerable")) process.exitCode = 1;
}
