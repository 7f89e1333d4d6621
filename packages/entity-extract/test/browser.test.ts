/**
 * Browser smoke test: the packed package (with its workspace dependency) is installed into a scratch project,
 * bundled with Vite, served over HTTP and run in headless Chromium. The weights must arrive as one asset
 * (`model.bin`, fetched by `loadShippedModel()`), not inlined into the JavaScript. Skips when Chromium is missing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../..");
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p));
const work = mkdtempSync(join(tmpdir(), "newsparse-browser-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const page = `<!doctype html><html><body><pre id="out">pending</pre><script type="module" src="./main.js"></script></body></html>`;
const main = `import { extractEntities, loadShippedModel, ModelNotLoadedError } from "@newsparse/entity-extract";
const out = document.getElementById("out");
let before = "no error";
try { extractEntities("Halvorsen Energy agreed to buy Baltic Wind."); } catch (e) { before = ModelNotLoadedError.isInstance(e) ? "ModelNotLoadedError" : String(e); }
loadShippedModel().then(() => {
  const r = extractEntities("Analysts at Bernstein said Halvorsen Energy agreed to buy Baltic Wind.", { resolve: false });
  out.textContent = JSON.stringify({ before, mentions: r.mentions.map((m) => [m.text, m.type]) });
}, (e) => { out.textContent = "ERROR " + e.message; });
`;

describe.skipIf(!chromium)("in a browser (Vite bundle, headless Chromium)", () => {
  it("fetches model.bin once as an asset and tags after loadShippedModel(); before it, extraction throws ModelNotLoadedError", async () => {
    const tarballs: string[] = [];
    for (const name of ["corpus-loader", "entity-extract"]) {
      const dir = join(root, "packages", name);
      if (!existsSync(join(dir, "dist/index.js"))) run("pnpm", ["--filter", `@newsparse/${name}`, "run", "build"], root);
      tarballs.push(resolve(work, run("pnpm", ["pack", "--pack-destination", work], dir).trim().split("\n").pop()!.trim()));
    }
    const project = join(work, "app");
    run("mkdir", ["-p", project], work);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "browser-app", private: true, version: "1.0.0", type: "module" }));
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...tarballs, "zod@4.6.7"], project);
    writeFileSync(join(project, "index.html"), page);
    writeFileSync(join(project, "main.js"), main);
    writeFileSync(join(project, "vite.config.mjs"), `export default { logLevel: "warn", build: { outDir: "out", target: "es2022" } };\n`);
    run(join(root, "node_modules/.bin/vite"), ["build"], project);
    const assets = readdirSync(join(project, "out/assets"));
    const bins = assets.filter((f) => f.endsWith(".bin"));
    expect(bins).toHaveLength(1);
    const js = assets.filter((f) => f.endsWith(".js"));
    const jsBytes = js.reduce((a, f) => a + statSync(join(project, "out/assets", f)).size, 0);
    expect(jsBytes).toBeLessThan(statSync(join(project, "out/assets", bins[0]!)).size);

    const outDir = join(project, "out");
    const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".bin": "application/octet-stream" };
    const server = createServer((req, res) => {
      const file = join(outDir, req.url === "/" ? "index.html" : decodeURIComponent(req.url!.split("?")[0]!));
      if (!file.startsWith(outDir) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const port = (server.address() as { port: number }).port;
    try {
      const dom = await new Promise<string>((ok, fail) => {
        import("node:child_process").then(({ execFile }) =>
          execFile(chromium!, ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=30000", "--dump-dom", `http://127.0.0.1:${port}/`], { timeout: 90_000 }, (error, stdout) =>
            error ? fail(error) : ok(stdout),
          ),
        );
      });
      const text = /<pre id="out">([^<]*)<\/pre>/.exec(dom)?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, "&") ?? dom;
      const result = JSON.parse(text) as { before: string; mentions: [string, string][] };
      expect(result.before).toBe("ModelNotLoadedError");
      expect(result.mentions).toContainEqual(["Halvorsen Energy", "ORG"]);
      expect(result.mentions).toContainEqual(["Baltic Wind", "ORG"]);
    } finally {
      server.close();
    }
  }, 300_000);
});
