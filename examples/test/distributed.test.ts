import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisUnavailableError, redisConnection } from "../src/pipeline/distributed/redis-connection.js";

const root = resolve(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const cli = join(root, "examples/src/cli/analyze.ts");
const work = mkdtempSync(join(tmpdir(), "newsparse-distributed-"));
const exec = promisify(execFile);
const port = 6390;
const redis = `redis://127.0.0.1:${port}`;
const runName = `test-${process.pid}-${Date.now()}`;

/** scripts/redis.sh installs (apt) and starts redis-server; it says `redis: ready on PORT` or why not. */
const redisStatus = (() => {
  try {
    return execFileSync("bash", [join(root, "scripts/redis.sh")], { encoding: "utf8", env: { ...process.env, NEWSPARSE_REDIS_PORT: String(port) }, timeout: 240_000 }).trim();
  } catch (error) {
    return `redis: unavailable (${error instanceof Error ? error.message : String(error)})`;
  }
})();
const ready = redisStatus.includes(`ready on ${port}`);
if (!ready) process.stderr.write(`distributed tests skipped: ${redisStatus}\n`);

function analyze(args: string[]) {
  return exec(tsx, ["--conditions=@newsparse/source", cli, ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 2 ** 20 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

/** A worker process whose log lines are collected as they come. */
function startWorker(): { child: ChildProcess; log: string[]; exited: Promise<number | null> } {
  // node itself (not the tsx wrapper, which would leave its node child running when killed)
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=@newsparse/source", cli, "distributed", "work", "--run", runName, "--redis", redis, "--lock-ms", "3000", "--exit-when-done"], { cwd: root });
  const log: string[] = [];
  let buffered = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    log.push(...lines);
  });
  child.stdout!.resume();
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return { child, log, exited };
}

const jobsIn = (log: readonly string[], event: string) => new Set(log.flatMap((l) => (l.match(new RegExp(`${event} job (doc-\\d+)$`)) ?? []).slice(1)));

describe.skipIf(!ready)("analyze distributed on BullMQ with a real redis-server", () => {
  const corpus = join(work, "corpus");
  let local: string;

  beforeAll(async () => {
    // twelve long articles (three bundled articles each, varied), so each job lasts long enough to be killed in
    mkdirSync(corpus);
    const seeds = join(root, "examples/corpus/niger-2024");
    const texts = readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(seeds, f), "utf8"));
    for (let i = 0; i < 12; i++) {
      const body = [0, 1, 2].map((k) => texts[(i + k) % texts.length]!).join("\n\n");
      writeFileSync(join(corpus, `${String(i).padStart(3, "0")}_article${i}.txt`), `${body}\n\nUpdated ${i + 1} times since publication.\n`);
    }
    const result = await analyze([corpus, "--format", "json", "--workers", "0", "--out", join(work, "local.json")]);
    expect(result.code, result.stderr).toBe(0);
    local = readFileSync(join(work, "local.json"), "utf8");
  }, 300_000);

  afterAll(async () => {
    await analyze(["distributed", "clean", "--run", runName, "--redis", redis]);
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it("survives a worker killed mid-job: its job is retried and the output equals the local run, each document once", async () => {
    const produced = await analyze(["distributed", "produce", corpus, "--run", runName, "--redis", redis]);
    expect(produced.code, produced.stderr).toBe(0);
    expect(produced.stderr).toContain("queued 12 documents");
    // producing again adds nothing
    const again = await analyze(["distributed", "produce", corpus, "--run", runName, "--redis", redis]);
    expect(again.stderr).toContain("already queued (12 documents)");

    const a = startWorker();
    const b = startWorker();
    // kill A with SIGKILL as soon as it is inside a job (started, not finished). Not "its second job": on a loaded
    // machine A may start late and B take all but one of the jobs, and A would then finish before it is killed.
    await new Promise<void>((resolveWait, reject) => {
      const timer = setInterval(() => {
        const started = jobsIn(a.log, "started");
        const finished = jobsIn(a.log, "finished");
        if ([...started].some((id) => !finished.has(id))) {
          clearInterval(timer);
          a.child.kill("SIGKILL");
          resolveWait();
        }
      }, 5);
      a.exited.then(() => reject(new Error(`worker A stopped before it could be killed:\n${a.log.join("\n")}`)));
    });
    expect(await a.exited).toBeNull();
    const interrupted = [...jobsIn(a.log, "started")].filter((id) => !jobsIn(a.log, "finished").has(id));
    expect(interrupted.length, a.log.join("\n")).toBeGreaterThan(0);
    expect(await b.exited, b.log.join("\n")).toBe(0);
    // B took over what A was doing when it died
    for (const id of interrupted) expect(jobsIn(b.log, "finished").has(id), `${id} in\n${b.log.join("\n")}`).toBe(true);

    const status = await analyze(["distributed", "status", "--run", runName, "--redis", redis]);
    expect(JSON.parse(status.stdout)).toMatchObject({ total: 12, completed: 12, failed: 0, active: 0, waiting: 0 });

    const reduced = await analyze(["distributed", "reduce", "--run", runName, "--redis", redis, "--format", "json", "--out", join(work, "distributed.json")]);
    expect(reduced.code, reduced.stderr).toBe(0);
    const output = readFileSync(join(work, "distributed.json"), "utf8");
    expect(output).toBe(local);
    const ids = (JSON.parse(output) as { documents: { id: string }[] }).documents.map((d) => d.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  }, 600_000);
});

describe("analyze distributed without redis", () => {
  it("says clearly that Redis is unreachable and how to fix it", async () => {
    const result = await analyze(["distributed", "status", "--run", "x", "--redis", "redis://127.0.0.1:1"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1 \(.*ECONNREFUSED.*\); start one/);
  });

  it("reads host, port, database, credentials and TLS from a Redis URL", () => {
    expect(redisConnection("redis://10.0.0.5:6380/2")).toMatchObject({ host: "10.0.0.5", port: 6380, db: 2, maxRetriesPerRequest: null });
    expect(redisConnection("rediss://user:p%40ss@cache.example:6379")).toMatchObject({ username: "user", password: "p@ss", tls: {} });
    expect(redisConnection("redis://localhost")).toMatchObject({ host: "localhost", port: 6379, db: 0 });
    expect(() => redisConnection("http://example.org")).toThrow(RedisUnavailableError);
  });

  it("refuses a missing run name and a bad URL", async () => {
    expect((await analyze(["distributed", "work"])).stderr).toContain("--run NAME is required");
    const bad = await analyze(["distributed", "status", "--run", "x", "--redis", "http://example.org"]);
    expect(bad.stderr).toContain("is not a Redis URL");
  });
});
