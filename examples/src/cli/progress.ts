import { isAbsolute, resolve } from "node:path";
import cliProgress from "cli-progress";

/** Progress of `pnpm analyze`, as a bar on a terminal or plain lines otherwise. */
export interface Progress {
  /** Documents loaded so far (total when known; null while a folder is still being walked). */
  loaded(done: number, total: number | null | undefined): void;
  /** Loading has finished with this many documents. */
  loadedAll(count: number): void;
  /** A stage of the analysis starts (`index` of `count`). */
  stage(name: string, index: number, count: number): void;
  /** A plain message line (cleared bar first). */
  line(text: string): void;
  /** Stop the bar. */
  stop(): void;
  /** True when anything was printed. */
  readonly announced: boolean;
}

/**
 * Progress output on stderr: a cli-progress bar with counts, elapsed time and
 * time left when stderr is a terminal; plain `analyze: …` lines (every 100
 * documents and at each stage) when it is not, so logs stay readable.
 *
 * @param options - `tty` (default: `process.stderr.isTTY`), `quiet` below this many documents (default 5).
 * @returns The progress reporter.
 */
export function createProgress(options: { tty?: boolean; stream?: NodeJS.WriteStream } = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? stream.isTTY === true;
  let announced = false;
  let bar: cliProgress.SingleBar | null = null;
  let phase = "";
  const plain = (text: string) => {
    announced = true;
    stream.write(`analyze: ${text}\n`);
  };
  const open = (name: string, total: number, unit: string, known = true, label = name) => {
    if (bar && phase === name) return bar;
    bar?.stop();
    phase = name;
    announced = true;
    bar = new cliProgress.SingleBar(
      {
        stream,
        format: known
          ? `analyze {phase} [{bar}] {value}/{total} {unit} | {duration_formatted} elapsed | {eta_formatted} left`
          : `analyze {phase} {value} {unit} so far | {duration_formatted} elapsed`,
        barsize: 24,
        hideCursor: true,
        etaBuffer: 50,
        fps: 8,
        noTTYOutput: false,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { phase: label, unit });
    return bar;
  };
  return {
    loaded(done, total) {
      if ((total ?? done) <= 5) return;
      if (tty && total) open("loading", total, "documents").update(done);
      else if (tty) {
        const b = open("loading…", done, "documents", false);
        b.setTotal(done);
        b.update(done);
      } else if (done % 100 === 0 || done === total) plain(`loaded ${done}${total ? `/${total}` : ""} documents`);
    },
    loadedAll(count) {
      if (count <= 5) return;
      if (tty) {
        bar?.stop();
        bar = null;
        phase = "";
      } else if (count % 100 !== 0) plain(`loaded ${count} documents`);
    },
    stage(name, index, count) {
      if (tty) open("analysing", count, "stages", true, `analysing: ${name}`).update(index, { phase: `analysing: ${name}` });
      else plain(`${name}…`);
    },
    line(text) {
      bar?.stop();
      bar = null;
      plain(text);
    },
    stop() {
      bar?.stop();
      bar = null;
    },
    get announced() {
      return announced;
    },
  };
}

/**
 * Resolve a path given on the command line against the caller's working
 * directory: under `pnpm analyze` / `pnpm --dir REPO analyze` the process runs
 * in the repository, and the caller's directory is `INIT_CWD`.
 *
 * @param path - The path as given.
 * @param env - Environment (default `process.env`).
 * @returns An absolute path.
 */
export function resolveFromCaller(path: string, env: NodeJS.ProcessEnv = process.env): string {
  if (isAbsolute(path)) return path;
  const caller = env.npm_lifecycle_event === "analyze" && env.INIT_CWD ? env.INIT_CWD : process.cwd();
  return resolve(caller, path);
}
