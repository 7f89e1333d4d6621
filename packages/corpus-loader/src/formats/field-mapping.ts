/**
 * Which record fields hold a document's id, text and metadata. Each entry is
 * a field name or a list of candidates tried in order; dotted paths
 * (`meta.date`) reach into nested objects.
 */
export interface FieldMapping {
  /** Id field(s). */
  id?: string | readonly string[];
  /** Text field(s); records without text are reported and skipped. */
  text?: string | readonly string[];
  /** Title field(s). */
  title?: string | readonly string[];
  /** Publication date field(s). */
  date?: string | readonly string[];
  /** Outlet field(s). */
  outlet?: string | readonly string[];
  /** URL field(s). */
  url?: string | readonly string[];
  /** Authors field(s): a string or a list of strings. */
  authors?: string | readonly string[];
}

/** The default candidates for each field. */
export const DEFAULT_FIELD_MAPPING: Required<{ [K in keyof FieldMapping]: readonly string[] }> = {
  id: ["id", "docId", "doc_id", "uuid", "guid"],
  text: ["text", "body", "content", "article", "maintext", "story"],
  title: ["title", "headline", "heading"],
  date: ["publishedAt", "published_at", "date", "published", "pubDate", "date_publish", "datePublished", "time"],
  outlet: ["outlet", "source", "publisher", "site", "source_domain", "domain"],
  url: ["url", "link", "href", "uri"],
  authors: ["authors", "author", "byline", "creator"],
};

function get(record: Record<string, unknown>, path: string): unknown {
  if (path in record) return record[path];
  let cur: unknown = record;
  for (const part of path.split(".")) {
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** A record mapped to text plus the metadata keys corpus-loader understands. */
export interface MappedRecord {
  /** The text, or null when no text field was found. */
  text: string | null;
  /** Metadata in `DocumentMetadata` form (`id`, `title`, `publishedAt`, …) plus other fields. */
  metadata: Record<string, unknown>;
}

/**
 * Map one record through a field mapping.
 *
 * @param record - A JSON object, CSV row, or front-matter object.
 * @param mapping - Overrides of {@link DEFAULT_FIELD_MAPPING}.
 * @returns Text and metadata.
 * @example
 * ```ts
 * mapRecord({ headline: "H", body: "Text." }, {}).metadata.title; // "H"
 * ```
 */
export function mapRecord(record: Record<string, unknown>, mapping: FieldMapping = {}): MappedRecord {
  const used = new Set<string>();
  const pick = (key: keyof FieldMapping): unknown => {
    const given = mapping[key];
    const candidates = given === undefined ? DEFAULT_FIELD_MAPPING[key] : typeof given === "string" ? [given] : given;
    for (const c of candidates) {
      const v = get(record, c);
      if (v !== undefined && v !== null && v !== "") {
        used.add(c.split(".")[0]!);
        return v;
      }
    }
    return undefined;
  };
  const text = pick("text");
  const metadata: Record<string, unknown> = {};
  const set = (key: string, v: unknown): void => {
    if (v !== undefined) metadata[key] = v;
  };
  set("id", pick("id"));
  set("title", pick("title"));
  set("publishedAt", pick("date"));
  set("outlet", pick("outlet"));
  set("url", pick("url"));
  const authors = pick("authors");
  if (Array.isArray(authors)) set("authors", authors.map((a) => (typeof a === "string" ? a : typeof a === "object" && a && "name" in a ? String((a as { name: unknown }).name) : String(a))));
  else set("authors", authors);
  for (const [k, v] of Object.entries(record)) if (!used.has(k) && !(k in metadata)) metadata[k] = v;
  return { text: typeof text === "string" ? text : text === undefined ? null : String(text), metadata };
}
