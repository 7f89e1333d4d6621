import { createMessage, type Document, type Message } from "@newsparse/corpus-loader";
import { resolveEntities, resolveMentionRows, type Entity, type Mention } from "@newsparse/entity-extract";
import { entityLinkRefiner, groupClaims, type Claim, type ClaimContext } from "@newsparse/claims";
import { buildTimeline, indexEntityMentions, type Timex } from "@newsparse/timeline";
import { assembleAnalysis } from "../assemble-analysis.js";
import type { CorpusAnalysis } from "../corpus-analysis.js";
import { createCachedTagger } from "./cached-tagger.js";
import { packedRecordsOf } from "./packed-result.js";
import type { StringPool } from "./compact-result.js";
import { slimClaims } from "./slim-records.js";
import { MentionTable } from "./mention-table.js";
import { EntitySpans, entityOfRows, mentionRange } from "./resolved-rows.js";
import { piecewiseWritable } from "./entity-line.js";
import type { DocumentResult } from "./document-stage.js";

/** Options of {@link reduceCorpus}. */
export interface ReduceCorpusOptions {
  /** Called when a cross-document stage starts (a run that hands its lists over also reports sub-stages: `entities: resolution`, `entities: writing`, `timeline: <phase>`). */
  onStage?: (stage: string) => void;
  /** Seconds (wall clock) per cross-document stage, filled in when given. */
  timings?: Record<string, number>;
  /** CPU seconds of the process per cross-document stage (steadier than wall time on a busy machine), filled in when given. */
  cpuTimings?: Record<string, number>;
  /**
   * The caller hands `results` over: each per-document record is dropped from its result as soon as
   * the stages that read it are done (mentions after resolution, which sets their entity ids on the
   * mentions themselves rather than on copies; claims after speaker linking; timexes after the
   * timeline stage), which lowers a long run's peak memory. The results are left empty. Default false.
   */
  release?: boolean;
  /**
   * The run's string pool, when the per-document results share their strings through one (see
   * `recordsView`): a run that hands its entities over keeps the mention texts once, in its mention
   * table, and takes them out of the pool once the table is filled.
   */
  strings?: StringPool;
  /**
   * Hand a cross-document list over as soon as it is final (a streaming writer puts it on disk):
   * `entities` right after resolution, which then reads the mentions as columns (a
   * {@link MentionTable}, about 28 bytes a mention) rather than objects and builds each entity's
   * mentions only to hand it over (speaker linking and claim grouping then read slim copies of
   * the entities, positions and texts only, and the timeline a compact index of their mentions), `claims`
   * document by document as their speakers are linked (claim grouping then reads slim copies), `timexes`
   * document by document as the timeline tags them. A list
   * handed over is empty in the returned analysis.
   */
  handOver?: {
    /** Speaker-linked claims, in output order: called once per document (its claims), in document order. */
    claims?: (claims: readonly Claim[]) => void;
    /** Resolved entities, in output order: called once or more (entities with a few thousand mentions at a time), in order. */
    entities?: (entities: readonly Entity[]) => void;
    /**
     * An entity with more mentions than are handed over at a time, in its place among the `entities` calls: its
     * header (no mentions) and its mentions read a batch at a time (`from` inclusive, `to` exclusive), so it is never
     * built whole. Without it such an entity goes to `entities` alone, built whole.
     */
    largeEntity?: (header: Entity, count: number, mentions: (from: number, to: number) => Mention[]) => void;
    /** The timeline's timexes, in output order: called once per document (its timexes, possibly none) as it is tagged (`buildTimeline`'s `onTimexes`). */
    timexes?: (timexes: readonly Timex[]) => void;
  };
}

/** Mentions of the entities built and handed over at a time (an entity with more goes alone). */
const HAND_OVER_MENTIONS = 4096;

type Releasable = { -readonly [K in keyof DocumentResult]: DocumentResult[K] };

function timed<T>(options: ReduceCorpusOptions, stage: string, fn: () => T): T {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const { timings, cpuTimings } = options;
  if (timings) timings[stage] = (timings[stage] ?? 0) + (performance.now() - started) / 1000;
  if (cpuTimings) {
    const used = process.cpuUsage(cpu);
    cpuTimings[stage] = (cpuTimings[stage] ?? 0) + (used.user + used.system) / 1e6;
  }
  return value;
}

/**
 * The cross-document stages over per-document results: entity resolution,
 * speaker linking, claim grouping, reference dates and timeline merging. With
 * the results of {@link analyzeDocument} for `documents` (same order), the
 * output is identical to `analyzeCorpus(documents)`.
 *
 * @param documents - The documents, in corpus order.
 * @param results - One result per document, same order.
 * @param options - Progress hook and stage timings.
 * @returns The full analysis.
 */
export function reduceCorpus(documents: readonly Document[], results: readonly DocumentResult[], options: ReduceCorpusOptions = {}): CorpusAnalysis {
  if (results.length !== documents.length) throw new Error(`internal error: ${results.length} results for ${documents.length} documents`);
  options.onStage?.("entities");
  const entityMessages: Message[] = [];
  const claimMessages: Message[] = [];
  const mentions: Mention[] = [];
  // handed over: the mentions as columns, not objects
  let table = options.handOver?.entities ? new MentionTable() : undefined;
  const seen = new Set<string>();
  for (let i = 0; i < documents.length; i++) {
    const document = documents[i]!;
    const result = results[i]!;
    if (result.docId !== document.id) throw new Error(`internal error: result ${i} is for ${result.docId}, not ${document.id}`);
    // the messages the single-pass extractors give for a repeated id, at the same place
    if (seen.has(document.id)) {
      entityMessages.push(createMessage(`Document id "${document.id}" appears more than once; its mentions share one id.`, { severity: "warning", ruleId: "duplicate-document-id", source: "@newsparse/entity-extract", docId: document.id }));
      claimMessages.push(createMessage(`Document id \`${document.id}\` appears more than once; claim ids may collide.`, { severity: "warning", ruleId: "duplicate-document-id", source: "@newsparse/claims", docId: document.id }));
    }
    seen.add(document.id);
    if (table) {
      table.addDocument(result.docId, result.mentions);
      if (options.release) (result as Releasable).mentions = [];
    } else for (const m of result.mentions) mentions.push(m);
    for (const m of result.entityMessages) entityMessages.push(m);
    for (const m of result.claimMessages) claimMessages.push(m);
  }
  const { handOver } = options;
  if (table && handOver?.entities) {
    // the table holds each distinct text once; the pool's entries for them would be a second index of them
    if (options.strings) for (const text of table.texts) options.strings.delete(text);
    const stage = resolveTable(table, options, { entities: handOver.entities, largeEntity: handOver.largeEntity }, entityMessages, claimMessages);
    table = undefined;
    return reduceClaimsAndTimeline(documents, results, options, stage);
  }
  // handed over: resolution sets each mention's entityId on the mention itself instead of copying it
  const resolved = timed(options, "resolution", () => resolveEntities(mentions, { inPlace: options.release === true }));
  const entities = resolved.entities;
  const resolutionMessages = resolved.messages;
  if (options.release) {
    // the entities hold the mentions (with entityId)
    mentions.length = 0;
    for (const result of results as Releasable[]) result.mentions = [];
  }
  return reduceClaimsAndTimeline(documents, results, options, { entities, forClaims: entities, participants: entities, entityMessages, resolutionMessages, claimMessages });
}

/**
 * Resolution over a mention table, for a run that hands its entities over: the entities are built
 * (mentions included) a few thousand mentions at a time, handed over and dropped; what the later
 * stages read (the mentions' documents, offsets and texts) is kept as {@link EntitySpans}.
 */
function resolveTable(table: MentionTable, options: ReduceCorpusOptions, handOver: HandOverEntities, entityMessages: Message[], claimMessages: Message[]): EntityStageOutput {
  table.seal();
  options.onStage?.("entities: resolution");
  const resolved = timed(options, "resolution", () => resolveMentionRows(table));
  options.onStage?.("entities: writing");
  // what the later stages read (16 bytes a mention): the claim stages' entities build their mentions
  // when read, the timeline's index is built after claim grouping
  const spans = new EntitySpans(table, resolved);
  const stage: EntityStageOutput = {
    entities: [],
    forClaims: spans.entities(),
    participants: [],
    spans,
    entityMessages,
    resolutionMessages: resolved.messages,
    claimMessages,
  };
  // a few thousand mentions at a time: the entities first mentioned early are the corpus's most
  // frequent (a country, a ministry), each with a mention in most documents
  const count = resolved.entities.length;
  const { from } = resolved;
  for (let e = 0; e < count; ) {
    const size = from[e + 1]! - from[e]!;
    const header = resolved.entities[e]!;
    if (size > HAND_OVER_MENTIONS && handOver.largeEntity && piecewiseWritable(header)) {
      const first = from[e]!;
      handOver.largeEntity(header, size, (a, b) => mentionRange(table, resolved, header.id, first + a, first + b));
      e++;
      continue;
    }
    const chunk: Entity[] = [];
    const start = from[e]!;
    for (; e < count && (chunk.length === 0 || (from[e + 1]! - start <= HAND_OVER_MENTIONS && chunk.length < 256)); e++) chunk.push(entityOfRows(table, resolved, e));
    handOver.entities(chunk);
  }
  return stage;
}

/** The entity part of {@link ReduceCorpusOptions.handOver}, `entities` given. */
type HandOverEntities = Required<Pick<NonNullable<ReduceCorpusOptions["handOver"]>, "entities">> & Pick<NonNullable<ReduceCorpusOptions["handOver"]>, "largeEntity">;

/** What the entity stage hands to the later stages. */
interface EntityStageOutput {
  /** The entities for the output (empty when handed over). */
  entities: Entity[];
  /** The entities as the claim stages read them. */
  forClaims: readonly Entity[];
  /** The entities, or their packed mention index, for the timeline. */
  participants: readonly Entity[] | ReturnType<typeof indexEntityMentions>;
  /** The resolved mentions' spans, when handed over: the timeline's index is built from them (instead of `participants`). */
  spans?: EntitySpans;
  entityMessages: Message[];
  resolutionMessages: Message[];
  claimMessages: Message[];
}

/** Speaker linking, claim grouping and the timeline, after resolution (see {@link reduceCorpus}). */
function reduceClaimsAndTimeline(documents: readonly Document[], results: readonly DocumentResult[], options: ReduceCorpusOptions, stage: EntityStageOutput): CorpusAnalysis {
  const { handOver } = options;
  const { entities, entityMessages, resolutionMessages, claimMessages } = stage;
  let forClaims = stage.forClaims;
  stage.forClaims = [];
  options.onStage?.("claims");
  // handed over: each document's claims go out as soon as their speakers are linked, and claim grouping
  // reads slim copies (it changes no claim), so the full claims are never all in memory at once
  const claims: Claim[] = [];
  let forGrouping: Claim[] = [];
  // the slim claims' id parts after `<docId>#`, shared
  const idTails: StringPool = new Map();
  timed(options, "speaker linking", () => {
    // a list of its own: speaker linking's index of every mention (kept per list) goes with it, before grouping
    const context = { entities: forClaims.slice() } as unknown as ClaimContext;
    for (const result of results as Releasable[]) {
      const linked = entityLinkRefiner.refine(context, result.claims);
      if (handOver?.claims) {
        for (const c of slimClaims(linked, idTails)) forGrouping.push(c);
        handOver.claims(linked);
      } else for (const c of linked) claims.push(c);
      if (options.release) result.claims = [];
    }
  });
  if (!handOver?.claims) forGrouping = claims;
  // handed over: claim grouping reads person entities only (their mentions, names, aliases), so the
  // other entities' slim copies (and speaker linking's index of every mention) go before it
  if (handOver?.entities && documents.length > 0) forClaims = forClaims.filter((e) => e.type === "PERSON");
  const grouping = timed(options, "claim grouping", () => groupClaims(forGrouping, { documents, entities: forClaims }));
  forGrouping = [];
  forClaims = [];
  const participants = stage.spans ? stage.spans.mentionIndex() : stage.participants;
  stage.spans = undefined;
  stage.participants = [];
  options.onStage?.("timeline");
  // the timexes the workers found, by text hash; read (unpacked) when the timeline asks for that text
  const cache = new Map<string, Releasable>();
  for (const result of results as Releasable[]) {
    // a packed result knows its text hash without unpacking its timexes
    const packed = packedRecordsOf(result);
    const hash = packed ? packed.tagged?.textHash : result.timexes?.textHash;
    if (hash !== undefined) cache.set(hash, result);
  }
  const tagger = createCachedTagger({ get: (hash) => cache.get(hash)?.timexes });
  // handed over (a streaming run, whose callers print each stage): the timeline's phases are stages too, as `entities: resolution` is
  const onPhase = handOver ? (phase: string) => options.onStage?.(`timeline: ${phase}`) : undefined;
  const timelineResult = timed(options, "timeline", () => buildTimeline(documents, { entities: participants, tagger, onPhase, onTimexes: handOver?.timexes }));
  cache.clear();
  if (options.release) {
    for (const result of results as Releasable[]) {
      // a packed result's timexes are an accessor: assigning releases them
      if (packedRecordsOf(result)) Reflect.set(result, "timexes", undefined);
      else delete result.timexes;
    }
  }
  return assembleAnalysis({
    documents,
    entities,
    claims,
    grouping,
    timeline: timelineResult,
    stageMessages: [entityMessages, resolutionMessages, claimMessages, grouping.messages, timelineResult.messages],
  });
}
