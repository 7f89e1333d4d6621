import { formatTimelineDate } from "../dates/format-date.js";
import type { TimelineEntry } from "../schema.js";

/** Inline Markdown text on one line: inline syntax, raw HTML and a leading block marker are escaped. */
function escapeMd(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/[\\`*_[\]|<>~&]/g, "\\$&")
    .replace(/^(\s*)([#+=>-]|\d+[.)])/, (_, space: string, mark: string) => `${space}${mark.replace(/[#+=>.)-]/, "\\$&")}`);
}

/** A Markdown code span of untrusted text (a document id): one line, a fence longer than any backtick run inside. */
function codeMd(s: string): string {
  const flat = s.replace(/\s+/g, " ");
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Render a timeline as Markdown: one bullet per entry with its date as a
 * person reads it ("Sunday afternoon, 19 May 2024", "week of 6 May 2024";
 * "about …" with the possible range when it rests on an inferred publication
 * date) and its TIMEX3 value, title, flags and every source (`docId` and offsets).
 *
 * @param timeline - Entries from {@link buildTimeline}.
 * @param options - `title` of the document heading.
 * @returns Markdown text.
 */
export function timelineToMarkdown(timeline: readonly TimelineEntry[], options: { title?: string } = {}): string {
  const lines: string[] = [`# ${escapeMd(options.title ?? "Timeline")}`, ""];
  for (const e of timeline) {
    const flags = e.flags?.length ? ` _(${escapeMd(e.flags.join(", "))}${e.alternativeDates?.length ? `: also ${escapeMd(e.alternativeDates.join(", "))}` : ""})_` : "";
    const planned = e.modality === "planned" ? " _(planned)_" : "";
    const range = e.inferred ? ` (between ${escapeMd(e.earliest ?? "an unknown day")} and ${escapeMd(e.latest ?? "an unknown day")})` : "";
    lines.push(`- **${escapeMd(formatTimelineDate(e.date, { inferred: e.inferred === true }))}**${range} ${codeMd(e.date.value)}: ${escapeMd(e.title)}${planned}${flags}`);
    for (const s of e.sources) lines.push(`  - source ${codeMd(s.docId)} [${s.start}, ${s.end})`);
  }
  return `${lines.join("\n")}\n`;
}

/** A TimelineJS3 date object. */
export interface TimelineJSDate {
  /** Year. */
  year: number;
  /** Month 1–12. */
  month?: number;
  /** Day. */
  day?: number;
  /** Hour. */
  hour?: number;
  /** Minute. */
  minute?: number;
  /** Display text. */
  display_date?: string;
}

/** A TimelineJS3 document (`{events: [...]}`). */
export interface TimelineJSDocument {
  /** Slides. */
  events: {
    unique_id: string;
    start_date: TimelineJSDate;
    end_date?: TimelineJSDate;
    text: { headline: string; text: string };
    group?: string;
  }[];
}

function tjsDate(iso: string, display: string): TimelineJSDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return { year: 0, display_date: display };
  const d: TimelineJSDate = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), display_date: display };
  if (m[4]) {
    d.hour = Number(m[4]);
    d.minute = Number(m[5]);
  }
  return d;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * Convert a timeline to TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).
 * Month- and coarser dates get an end date covering their interval.
 *
 * @param timeline - Entries from {@link buildTimeline}.
 * @returns A TimelineJS3 document object (serialise with `JSON.stringify`).
 */
export function timelineToTimelineJS(timeline: readonly TimelineEntry[]): TimelineJSDocument {
  return {
    events: timeline.map((e) => {
      const ev: TimelineJSDocument["events"][number] = {
        unique_id: e.id,
        start_date: tjsDate(e.date.start, e.date.value),
        text: {
          headline: escapeHtml(e.title),
          text: e.sources.map((s) => `${escapeHtml(s.docId)} [${s.start}, ${s.end})`).join("<br>") + (e.flags?.length ? `<br><em>${escapeHtml(e.flags.join(", "))}</em>` : ""),
        },
      };
      if (e.date.granularity !== "day" && e.date.granularity !== "time" && e.date.granularity !== "part-of-day") {
        // exclusive end → the last day inside the interval
        const end = new Date(Date.parse(`${e.date.end.slice(0, 10)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        ev.end_date = tjsDate(end, e.date.value);
      }
      if (e.eventClass) ev.group = e.eventClass;
      return ev;
    }),
  };
}

function icsEscape(s: string): string {
  // Line breaks become \n; other control characters are not allowed in TEXT values (RFC 5545 3.3.11).
  return s
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ");
}

/** UTF-8 length of one code point. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 folding: lines of at most 75 octets of UTF-8, continuation lines
 * starting with a space, cut only between code points (never inside an emoji's
 * surrogate pair or a multi-byte character).
 */
function fold(line: string): string {
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = 75;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const n = utf8Length(cp);
    if (octets + n > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = 74; // the leading space of a continuation line is one octet
    }
    octets += n;
    i += width;
  }
  parts.push(line.slice(start));
  return parts.join("\r\n ");
}

/**
 * iCalendar (RFC 5545) of the scheduled and future-dated entries (meetings,
 * deadlines): entries whose modality is `planned` or whose tense is
 * `future`. Day and coarser dates become all-day events spanning their
 * interval; times become floating local times.
 *
 * @param timeline - Entries from {@link buildTimeline}.
 * @param options - `prodId` and a `stamp` (`YYYYMMDDTHHMMSSZ`) for DTSTAMP; the default stamp derives from the first entry so output is deterministic.
 * @returns The `.ics` text (CRLF line ends).
 */
export function timelineToICalendar(timeline: readonly TimelineEntry[], options: { prodId?: string; stamp?: string } = {}): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${options.prodId ?? "-//newsparse//timeline//EN"}`, "CALSCALE:GREGORIAN"];
  const future = timeline.filter((e) => e.modality === "planned" || e.tense === "future");
  for (const e of future) {
    const stamp = options.stamp ?? `${e.date.start.slice(0, 10).replace(/-/g, "")}T000000Z`;
    lines.push("BEGIN:VEVENT", fold(`UID:${icsEscape(`${e.id}-${e.date.value}`)}@newsparse`), `DTSTAMP:${stamp}`);
    if (e.date.granularity === "time" || e.date.granularity === "part-of-day") {
      lines.push(`DTSTART:${e.date.start.replace(/[-:]/g, "")}00`, `DTEND:${e.date.end.replace(/[-:]/g, "")}00`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${e.date.start.slice(0, 10).replace(/-/g, "")}`, `DTEND;VALUE=DATE:${e.date.end.slice(0, 10).replace(/-/g, "")}`);
    }
    lines.push(fold(`SUMMARY:${icsEscape(e.title)}`));
    lines.push(fold(`DESCRIPTION:${icsEscape(`${e.date.value}; sources: ${e.sources.map((s) => `${s.docId} [${s.start}, ${s.end})`).join("; ")}`)}`));
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.join("\r\n")}\r\n`;
}
