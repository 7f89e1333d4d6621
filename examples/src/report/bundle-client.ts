import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

/** The report page's script and style sheet, ready to inline. */
export interface ClientAssets {
  /** The bundled, minified script (an IIFE), with the bundled libraries' licence notices. */
  script: string;
  /** The style sheet. */
  style: string;
  /** Bundled npm packages as `name@version (licence)`. */
  libraries: string[];
}

let cached: ClientAssets | undefined;

/**
 * Bundle the report's browser script (`client/main.ts` with d3-scale,
 * d3-axis, d3-selection and d3-zoom) with esbuild into one minified IIFE, and
 * read its style sheet. Built once per process.
 *
 * @returns Script and style to inline into a report.
 */
export function clientAssets(): ClientAssets {
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  const result = buildSync({
    entryPoints: [join(here, "client/main.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["chrome109", "firefox115", "safari16"],
    minify: true,
    write: false,
    metafile: true,
    legalComments: "none",
    logLevel: "silent",
  });
  const packages = new Map<string, string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = input.replace(/\\/g, "/");
    const at = path.lastIndexOf("node_modules/");
    if (at < 0) continue;
    const name = /^(?:@[^/]+\/)?[^/]+/.exec(path.slice(at + "node_modules/".length))?.[0];
    if (!name || packages.has(name)) continue;
    packages.set(name, resolve(process.cwd(), path.slice(0, at + "node_modules/".length + name.length)));
  }
  const notices: string[] = [];
  const libraries: string[] = [];
  for (const [name, directory] of [...packages].sort()) {
    const manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { version: string; license?: string };
    libraries.push(`${name}@${manifest.version} (${manifest.license ?? "see package"})`);
    let licence = "";
    for (const file of ["LICENSE", "LICENSE.md", "LICENSE.txt", "license"]) {
      try {
        licence = readFileSync(join(directory, file), "utf8").trim();
        break;
      } catch {
        // try the next name
      }
    }
    notices.push(`${name}@${manifest.version} (${manifest.license ?? "?"})\n${licence}`);
  }
  const code = result.outputFiles[0]!.text;
  // a literal `</script` or `<!--` would end or confuse the inline <script>; esbuild escapes them in strings, so this is a guard
  if (/<\/script|<!--/i.test(code)) throw new Error("report: bundled script contains </script or <!--");
  const header = `/*! newsparse report. Bundled libraries and their licences:\n\n${notices.join("\n\n").replace(/\*\//g, "* /")}\n*/\n`;
  cached = { script: header + code, style: readFileSync(join(here, "client/style.css"), "utf8"), libraries };
  return cached;
}
