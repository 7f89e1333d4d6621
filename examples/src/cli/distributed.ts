/**
 * `pnpm analyze distributed produce|work|reduce|status|retry|clean …`: the
 * pipeline across machines on BullMQ and Redis. See docs/guides/distributed.md.
 *
 * - `produce PATH --run NAME`: load the corpus, queue one job per document.
 * - `work --run NAME [--threads N] [--exit-when-done]`: run per-document stages (any number, any machine).
 * - `reduce --run NAME [--format md|json|ndjson] [--out FILE]`: wait for the run, then the cross-document stages.
 * - `status --run NAME`, `retry --run NAME` (failed jobs), `clean --run NAME` (delete the run from Redis).
 *
 * Every command takes `--redis redis://HOST:PORT` (default `$NEWSPARSE_REDIS_URL`, else redis://127.0.0.1:6390).
 */
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { Queue } from "bullmq";
import { compareCorpusOrder, type Document } from "@newsparse/corpus-loader";
import type { DocumentResult } from "../pipeline/document-stage.js";
import { writeAnalysisNdjson } from "../pipeline/analyze-stream.js";
import { createNdjsonWriter } from "../pipeline/ndjson-writer.js";
import { reduceCorpus } from "../pipeline/reduce-corpus.js";
import { produceRun } from "../pipeline/distributed/produce-run.js";
import { workRun } from "../pipeline/distributed/work-run.js";
import { collectRun, runStatus } from "../pipeline/distributed/reduce-run.js";
import { assertRedisReachable, DEFAULT_REDIS_URL, redisConnection } from "../pipeline/distributed/redis-connection.js";
import { checkRunName, corpusKey, queueName } from "../pipeline/distributed/run-keys.js";
import { loaderOnlyMessages } from "../pipeline/loader-messages.js";
import { writeJsonStream } from "../output/write-json-stream.js";
import { followParent, relaunch, shouldRelaunch } from "./relaunch.js";
import { renderMarkdownLines } from "../render-markdown.js";

/** Write a string with back-pressure. */
async function writeText(text: string, stream: NodeJS.WritableStream): Promise<void> {
  if (!stream.write(text)) await new Promise((resolve) => stream.once("drain", resolve));
}

const usage = `usage: pnpm analyze distributed produce PATH --run NAME [--redis URL]
       pnpm analyze distributed work --run NAME [--redis URL] [--threads N] [--lock-ms MS] [--exit-when-done]
       pnpm analyze distributed reduce --run NAME [--redis URL] [--format md|json|ndjson] [--out FILE]
       pnpm analyze distributed status|retry|clean --run NAME [--redis URL]`;

interface Options {
  command: string;
  path?: string;
  run?: string;
  redis: string;
  threads?: number;
  lockMs?: number;
  exitWhenDone: boolean;
  format: "md" | "json" | "ndjson";
  out?: string;
}

function parse(argv: readonly string[]): Options | string {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h") return usage;
  if (!["produce", "work", "reduce", "status", "retry", "clean"].includes(command)) return `unknown distributed command "${command}"\n${usage}`;
  const options: Options = { command, redis: process.env.NEWSPARSE_REDIS_URL || DEFAULT_REDIS_URL, exitWhenDone: false, format: "md" };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag === "--exit-when-done") {
      options.exitWhenDone = true;
      continue;
    }
    if (["--run", "--redis", "--threads", "--lock-ms", "--format", "--out"].includes(flag)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value === "") return `${flag} needs a value\n${usage}`;
      if (flag === "--run") options.run = value;
      else if (flag === "--redis") options.redis = value;
      else if (flag === "--out") options.out = value;
      else if (flag === "--format") {
        if (value !== "md" && value !== "json" && value !== "ndjson") return `--format must be md, json or ndjson, not "${value}"`;
        options.format = value;
      } else {
        if (!/^\d{1,7}$/.test(value) || Number(value) < 1) return `${flag} must be a positive whole number, not "${value}"`;
        if (flag === "--threads") options.threads = Number(value);
        else options.lockMs = Number(value);
      }
    } else if (arg.startsWith("-")) return `unknown option ${arg}\n${usage}`;
    else if (command === "produce" && options.path === undefined) options.path = arg;
    else return `unexpected argument "${arg}"\n${usage}`;
  }
  if (!options.run) return `--run NAME is required (the same name on the producer, the workers and the reducer)\n${usage}`;
  const bad = checkRunName(options.run);
  if (bad) return bad;
  if (command === "produce" && !options.path) return `produce needs the PATH of the corpus\n${usage}`;
  return options;
}

const log = (line: string) => process.stderr.write(`analyze distributed: ${line}\n`);

/**
 * Run a `distributed` subcommand.
 *
 * @param argv - Arguments after `distributed`.
 * @returns The exit code.
 */
export async function distributedMain(argv: readonly string[]): Promise<number> {
  const options = parse(argv);
  if (typeof options === "string") {
    process.stderr.write(`${options}\n`);
    return options === usage ? 0 : 2;
  }
  const run = options.run!;
  switch (options.command) {
    case "produce": {
      const manifest = await produceRun(options.path!, { redis: options.redis, run, onProgress: (n) => n % 1000 === 0 && log(`queued ${n} documents`) });
      log(manifest.alreadyQueued ? `run ${run} was already queued (${manifest.total} documents); nothing added` : `queued ${manifest.total} documents for run ${run}`);
      return manifest.total > 0 ? 0 : 1;
    }
    case "work": {
      const worker = await workRun({
        redis: options.redis,
        run,
        threads: options.threads,
        lockMs: options.lockMs,
        exitWhenDone: options.exitWhenDone,
        onJob: (event, id, detail) => log(`${event} job ${id}${detail ? `: ${detail}` : ""}`),
      });
      const stop = () => void worker.stop();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      log(`worker ready on run ${run} (pid ${process.pid})`);
      await worker.done;
      log("worker stopped");
      return 0;
    }
    case "reduce": {
      // streaming: glibc must return the large arrays the cross-document stages free (see relaunch.ts)
      if (options.format === "ndjson" && shouldRelaunch()) return relaunch();
      followParent();
      let last = "";
      const collected = await collectRun({
        redis: options.redis,
        run,
        onStatus: (s) => {
          const line = s.total === null ? `waiting for the producer (${s.completed} done so far)` : `${s.completed}/${s.total} documents analysed, ${s.active} running, ${s.waiting} waiting, ${s.failed} failed`;
          if (line !== last) log(line);
          last = line;
        },
      });
      try {
        const stream = options.out ? createWriteStream(options.out) : process.stdout;
        if (options.format === "ndjson") {
          const end = await writeAnalysisNdjson(collected.documents, createNdjsonWriter(stream), { loaderMessages: () => collected.messages, onStage: (stage) => log(`${stage}…`) });
          log(`wrote ${end.documents} documents, ${end.entities} entities, ${end.claims} claims, ${end.timelineEntries} timeline entries`);
        } else {
          const kept: { key: Document; index: number; result: DocumentResult }[] = [];
          for await (const { document, result } of collected.documents) kept.push({ key: document, index: kept.length, result });
          kept.sort(compareCorpusOrder);
          const analysis = reduceCorpus(
            kept.map((k) => k.key),
            kept.map((k) => k.result),
            { onStage: (stage) => log(`${stage}…`) },
          );
          const onDocuments = new Set(kept.flatMap((k) => (k.key.messages ?? []).map((m) => JSON.stringify(m))));
          analysis.messages = [...loaderOnlyMessages(collected.messages, onDocuments), ...analysis.messages];
          // streamed: the JSON of a large corpus is longer than the longest string V8 can build
          if (options.format === "json") await writeJsonStream(analysis, stream).then(() => writeText("\n", stream));
          else await writeText(renderMarkdownLines(analysis).join("\n"), stream);
        }
        if (options.out) {
          stream.end();
          await finished(stream);
        }
        log(`reduced run ${run}${options.out ? `, wrote ${options.out}` : ""}`);
        return 0;
      } finally {
        await collected.close();
      }
    }
    default: {
      await assertRedisReachable(options.redis);
      const queue = new Queue(queueName(run), { connection: redisConnection(options.redis) });
      try {
        if (options.command === "status") {
          const s = await runStatus(queue, run);
          process.stdout.write(`${JSON.stringify({ run, ...s })}\n`);
        } else if (options.command === "retry") {
          const failed = await queue.getFailed();
          for (const job of failed) await job.retry();
          log(`retried ${failed.length} failed jobs`);
        } else {
          await queue.obliterate({ force: true });
          await (await queue.client).del(corpusKey(run));
          log(`deleted run ${run}`);
        }
      } finally {
        await queue.close();
      }
      return 0;
    }
  }
}
