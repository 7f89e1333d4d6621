/**
 * Hostile ids, titles and text in the timeline exports: nothing from the
 * corpus may open a Markdown heading, list or raw HTML, break an iCalendar
 * property onto a new line, or be cut inside a character by line folding.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type TimelineEntry, timelineToICalendar, timelineToMarkdown, timelineToTimelineJS, timexInterval } from "../src/index.js";

const HOSTILE = "x\n# Injected\n<script>alert(1)</script>`code`|cell|\r\n- item\u2028* star";
const entry = (title: string, docId: string, extra: Partial<TimelineEntry> = {}): TimelineEntry => ({
  id: "t-1",
  date: timexInterval("2024-08-05")!,
  title,
  sources: [{ docId, start: 0, end: 10 }],
  modality: "planned",
  ...extra,
});

describe("timelineToMarkdown with hostile ids and titles", () => {
  it("keeps every entry on its own lines: no injected heading, list item or raw HTML", () => {
    const md = timelineToMarkdown([entry(HOSTILE, HOSTILE, { flags: [HOSTILE] })], { title: HOSTILE });
    const lines = md.split("\n");
    expect(lines.filter((l) => l.startsWith("#"))).toHaveLength(1); // the document heading only
    expect(lines.filter((l) => /^\s*[-*] /.test(l))).toHaveLength(2); // the entry and its source
    // every < outside code spans escaped (a code span is literal text)
    expect(lines.filter((l) => !l.includes("- source ")).join("\n")).not.toMatch(/(^|[^\\])</);
    expect(lines.find((l) => l.includes("source"))).toMatch(/^ {2}- source (`+)[^`].*[^`]\1 \[0, 10\)$/);
  });
});

describe("timelineToICalendar with hostile titles", () => {
  it("folds at 75 octets between code points, never inside an emoji", () => {
    // multi-byte characters, emoji (surrogate pairs) and ZWJ sequences, where UTF-16 units and octets differ
    const unit = fc.oneof(fc.constantFrom("a", " ", ",", ";", "é", "漢", "🎉", "👩‍👩‍👧", "\n"), fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, minLength: 30, maxLength: 120 }), (title) => {
        const ics = timelineToICalendar([entry(title, HOSTILE)], { stamp: "20240101T000000Z" });
        const lines = ics.split("\r\n");
        for (const line of lines) {
          expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
          expect(line).not.toMatch(/[\ud800-\udbff]$/); // no line ends in half an emoji
          expect(line).not.toMatch(/^ ?[\udc00-\udfff]/);
          expect(line).not.toMatch(/[\r\n]/);
        }
        // unfolding gives back the escaped summary
        const unfolded = ics.replace(/\r\n /g, "");
        const summary = unfolded.split("\r\n").find((l) => l.startsWith("SUMMARY:"))!;
        expect(summary.includes("\n")).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("cuts 60 emoji in whole characters", () => {
    const ics = timelineToICalendar([entry("🎉".repeat(60), "d1")], { stamp: "20240101T000000Z" });
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(`SUMMARY:${"🎉".repeat(60)}\r\n`);
    for (const line of ics.split("\r\n")) expect(line).not.toMatch(/[\ud800-\udbff]$/);
  });

  it("keeps a line break in an id inside its property", () => {
    const ics = timelineToICalendar([entry("Talks", "d1", { id: "t\nBEGIN:VEVENT" })], { stamp: "20240101T000000Z" });
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
  });
});

describe("timelineToTimelineJS with hostile text", () => {
  it("escapes HTML in headlines and sources", () => {
    const doc = timelineToTimelineJS([entry(`${HOSTILE}'"`, HOSTILE)]);
    const event = doc.events[0]!;
    expect(event.text.headline).not.toMatch(/[<>"']/);
    expect(event.text.text.replace(/<br>/g, "")).not.toMatch(/[<>"']/);
  });
});
