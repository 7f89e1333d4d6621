import * as z from "zod";
import type { Message } from "./schema/index.js";
import { createMessage } from "./pipeline/create-message.js";

/**
 * Metadata of one document as found in a manifest entry, sidecar, front
 * matter or record. Unknown keys are kept (passed on as `meta`).
 */
export const DocumentMetadata = z
  .looseObject({
    id: z.union([z.string(), z.number()]).optional(),
    seq: z.number().int().optional(),
    title: z.string().optional(),
    publishedAt: z.union([z.string(), z.number(), z.date()]).optional(),
    outlet: z.string().optional(),
    url: z.string().optional(),
    authors: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .meta({ id: "DocumentMetadata", description: "Metadata given for a document (manifest, sidecar, front matter, record)." });

/** Metadata given for a document. */
export type DocumentMetadata = z.infer<typeof DocumentMetadata>;

/** A `manifest.json` beside the files: `{documents: [{file, publishedAt, outlet, url, …}]}`. */
export const Manifest = z
  .looseObject({
    description: z.string().optional(),
    documents: z.array(DocumentMetadata.extend({ file: z.string() })),
  })
  .meta({ id: "Manifest", description: "A corpus manifest listing per-file metadata." });

/** A corpus manifest. */
export type Manifest = z.infer<typeof Manifest>;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
const valid = (y: number, m: number, d: number): boolean => {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/**
 * Normalise a publication date to ISO: `YYYY-MM-DD`, or a full ISO
 * date-time when a time is given. Accepts ISO forms, `2024/05/15`,
 * `May 15, 2024`, `15 May 2024`, Unix seconds/milliseconds and `Date`s.
 *
 * @param value - The raw value.
 * @returns The ISO string, or null when it cannot be read unambiguously.
 * @example
 * ```ts
 * normalizeDate("May 15, 2024"); // "2024-05-15"
 * ```
 */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    const ms = value < 1e11 ? value * 1000 : value;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  if (typeof value !== "string") return null;
  const s = value.trim();
  if (s.length === 0 || s.length > 64) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!) ? s : null;
  m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?$/.exec(s);
  if (m) {
    if (!valid(+m[1]!, +m[2]!, +m[3]!)) return null;
    // 00:00–23:59:59 (a leap second :60 allowed); offsets up to ±23:59
    if (+m[4]! > 23 || +m[5]! > 59 || (m[6] !== undefined && +m[6] > 60)) return null;
    if (m[8] !== undefined && (+m[8] > 23 || +m[9]! > 59)) return null;
    return s.replace(" ", "T");
  }
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!) ? `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}` : null;
  m = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s);
  if (m) {
    const mo = MONTHS[m[1]!.slice(0, m[1]!.toLowerCase() === "sept" ? 4 : 3).toLowerCase()];
    return mo && valid(+m[3]!, mo, +m[2]!) ? `${m[3]}-${pad(mo)}-${pad(+m[2]!)}` : null;
  }
  m = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(s);
  if (m) {
    const mo = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    return mo && valid(+m[3]!, mo, +m[1]!) ? `${m[3]}-${pad(mo)}-${pad(+m[1]!)}` : null;
  }
  if (/^\d{9,13}$/.test(s)) return normalizeDate(Number(s));
  // RFC 2822 dates from feeds: `Wed, 15 May 2024 10:00:00 GMT`.
  if (/^[A-Za-z]{3}, \d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}(?::\d{2})? (?:GMT|UTC|[+-]\d{4})$/.test(s)) {
    const d = new Date(s);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  return null;
}

const KNOWN_FIELDS = ["id", "seq", "title", "publishedAt", "outlet", "url", "authors"] as const;

/** Where a piece of metadata comes from, for messages that name file, entry and field. */
export interface MetadataOrigin {
  /** File the metadata was read from (`manifest.json`, `a.meta.json`, `a.md`). */
  file: string;
  /** The entry inside it, e.g. `entry 3 (a.txt)` for a manifest or `front matter`; omitted for a whole-file sidecar. */
  entry?: string;
}

/** Result of {@link validateMetadata}. */
export interface ValidatedMetadata {
  /** The metadata with invalid fields removed and `null` fields dropped (null = unknown). */
  data: Record<string, unknown>;
  /** One `invalid-metadata` / `invalid-date` warning per rejected field. */
  messages: Message[];
}

const describeOrigin = (origin: MetadataOrigin): string => (origin.entry ? `${origin.file} ${origin.entry}` : origin.file);

/**
 * Validate one source of metadata (a manifest entry, a sidecar, a front
 * matter block) on its own, field by field: `null` or a missing field means
 * unknown; a field of the wrong type, or a publication date that cannot be
 * read, is dropped with a warning naming the file, the entry, the field and
 * the reason, and every other field still applies. An unreadable date is
 * kept as `publishedAtRaw`.
 *
 * @param raw - The metadata object as read.
 * @param origin - File and entry, for messages.
 * @returns The usable fields and one message per rejected field.
 * @example
 * ```ts
 * validateMetadata({ file: "a.txt", publishedAt: null, outlet: 3 }, { file: "manifest.json", entry: "entry 0 (a.txt)" });
 * // data: { file: "a.txt" }; one warning: field `outlet` … expected string
 * ```
 */
export function validateMetadata(raw: unknown, origin: MetadataOrigin): ValidatedMetadata {
  const messages: Message[] = [];
  const where = describeOrigin(origin);
  const warn = (ruleId: string, reason: string) => messages.push(createMessage(reason, { severity: "warning", ruleId, source: "corpus-loader", file: origin.file }));
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    warn("invalid-metadata", `${where} ignored: expected an object of fields, got ${raw === null ? "null" : Array.isArray(raw) ? "an array" : typeof raw}.`);
    return { data: {}, messages };
  }
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null && (KNOWN_FIELDS as readonly string[]).includes(key)) continue;
    data[key] = value;
  }
  for (const key of KNOWN_FIELDS) {
    if (!(key in data)) continue;
    const checked = (DocumentMetadata.shape[key] as z.ZodType).safeParse(data[key]);
    if (!checked.success) {
      warn("invalid-metadata", `${where}: field \`${key}\` ignored: ${checked.error.issues[0]?.message ?? "invalid"} (got ${JSON.stringify(data[key])?.slice(0, 60) ?? typeof data[key]}).`);
      delete data[key];
    }
  }
  const date = data.publishedAt;
  if (date !== undefined && date !== "" && normalizeDate(date) === null) {
    warn("invalid-date", `${where}: field \`publishedAt\` ignored: cannot read ${JSON.stringify(String(date))} as a date; kept as meta.publishedAtRaw.`);
    delete data.publishedAt;
    data.publishedAtRaw = date;
  }
  return { data, messages };
}

/** Metadata ready for `parseDocument`, plus any messages about it. */
export interface ResolvedMetadata {
  /** Id from the metadata, if any. */
  id?: string;
  /** Sequence number, if any. */
  seq?: number;
  /** Title, if any. */
  title?: string;
  /** Normalised date, or null. */
  publishedAt: string | null;
  /** Outlet, if any. */
  outlet?: string;
  /** URL, if any. */
  url?: string;
  /** Authors, if any. */
  authors?: string[];
  /** Remaining keys. */
  meta: Record<string, unknown>;
  /** Problems (invalid fields, unparseable date). */
  messages: Message[];
}

/**
 * Validate raw metadata with {@link DocumentMetadata} and normalise it.
 * Invalid fields are dropped with a warning, never thrown.
 *
 * @param raw - Merged metadata object (manifest, sidecar, front matter…).
 * @param where - File or record locator for messages.
 * @returns Resolved metadata and messages.
 */
export function resolveMetadata(raw: Record<string, unknown>, where?: string): ResolvedMetadata {
  const messages: Message[] = [];
  const loc = where ? { file: where } : {};
  // null means unknown, never an error
  let data: Record<string, unknown> = Object.fromEntries(Object.entries(raw).filter(([k, v]) => !(v === null && (KNOWN_FIELDS as readonly string[]).includes(k))));
  const parsed = DocumentMetadata.safeParse(data);
  if (!parsed.success) {
    data = { ...data };
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (typeof key === "string") {
        messages.push(createMessage(`Metadata field \`${key}\` ignored: ${issue.message}${where ? ` (${where})` : ""}.`, {
          severity: "warning",
          ruleId: "invalid-metadata",
          source: "corpus-loader",
          ...loc,
        }));
        delete data[key];
      }
    }
  }
  const { id, seq, title, publishedAt, outlet, url, authors, file: _file, ...rest } = data as DocumentMetadata & { file?: unknown };
  let date: string | null = null;
  if (publishedAt !== undefined && publishedAt !== null && publishedAt !== "") {
    date = normalizeDate(publishedAt);
    if (date === null) {
      messages.push(createMessage(`Cannot read publication date ${JSON.stringify(String(publishedAt))}${where ? ` (${where})` : ""}; kept as meta.publishedAtRaw.`, {
        severity: "warning",
        ruleId: "invalid-date",
        source: "corpus-loader",
        ...loc,
      }));
      rest.publishedAtRaw = publishedAt;
    }
  }
  const out: ResolvedMetadata = { publishedAt: date, meta: rest, messages };
  if (id !== undefined && String(id).length > 0) out.id = String(id);
  if (seq !== undefined) out.seq = seq;
  if (title) out.title = title;
  if (outlet) out.outlet = outlet;
  if (url) out.url = url;
  if (authors !== undefined) out.authors = (Array.isArray(authors) ? authors : authors.slice(0, 2000).split(/\s{0,3}(?:,|;| and )\s{0,3}/)).filter((a) => a.length > 0);
  return out;
}
