import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { glibcVersion, MMAP_THRESHOLD, NO_RELAUNCH, shouldRelaunch, streamingEnvironment } from "../src/cli/relaunch.js";

const root = resolve(import.meta.dirname, "../..");
const probe = join(import.meta.dirname, "fixtures/relaunch-probe.ts");
const onGlibc = glibcVersion() !== null;

describe("shouldRelaunch", () => {
  it("relaunches on glibc only when nobody has decided the threshold", () => {
    expect(shouldRelaunch({}, "2.36")).toBe(true);
    expect(shouldRelaunch({}, null)).toBe(false);
    expect(shouldRelaunch({ MALLOC_MMAP_THRESHOLD_: "65536" }, "2.36")).toBe(false);
    expect(shouldRelaunch({ [NO_RELAUNCH]: "1" }, "2.36")).toBe(false);
    expect(shouldRelaunch({ NEWSPARSE_RELAUNCHED: "1" }, "2.36")).toBe(false);
  });

  it("keeps a threshold the user set", () => {
    const env = { MALLOC_MMAP_THRESHOLD_: "65536", PATH: "/bin" };
    expect(streamingEnvironment(env)).toBe(env);
    expect(streamingEnvironment({ [NO_RELAUNCH]: "1" }).MALLOC_MMAP_THRESHOLD_).toBeUndefined();
  });
});

describe.skipIf(!onGlibc)("relaunch (glibc)", () => {
  it("starts the command again with the threshold and its arguments, and the second process ends with the first", async () => {
    const env = { ...process.env };
    delete env.MALLOC_MMAP_THRESHOLD_;
    delete env.NEWSPARSE_RELAUNCHED;
    delete env[NO_RELAUNCH];
    const parent = spawn(join(root, "node_modules/.bin/tsx"), [probe, "--format", "ndjson"], { env, stdio: ["ignore", "pipe", "pipe"] });
    const seen = await new Promise<{ pid: number; threshold: string | null; argv: string[] }>((done, fail) => {
      let out = "";
      parent.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        out += chunk;
        if (out.includes("\n")) done(JSON.parse(out.split("\n")[0]!));
      });
      parent.on("exit", (code) => fail(new Error(`the probe ended (${code}) before its second process spoke`)));
    });
    expect(seen.threshold).toBe(MMAP_THRESHOLD);
    expect(seen.argv).toEqual(["--format", "ndjson"]);
    expect(seen.pid).not.toBe(parent.pid);
    // tsx runs the probe in a child process of its own: that is the first process, the one to kill
    for (const pid of probePids(parent.pid!)) process.kill(pid, "SIGKILL");
    parent.kill("SIGKILL");
    let alive = true;
    for (let i = 0; i < 200 && alive; i++) {
      await new Promise((r) => setTimeout(r, 100));
      alive = existsSync(`/proc/${seen.pid}`) && !isZombie(seen.pid);
    }
    expect(alive, `process ${seen.pid} outlived the command that started it`).toBe(false);
  }, 60_000);
});

/** The processes whose parent is `pid` (from /proc). */
function probePids(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === pid) children.push(Number(entry));
  }
  return children;
}

/** Whether `pid` has ended but not been reaped yet. */
function isZombie(pid: number): boolean {
  return statFields(pid)?.[0] === "Z";
}

/** The fields of /proc/PID/stat after the command's name (state, parent, …), or `undefined` once it is gone. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}
