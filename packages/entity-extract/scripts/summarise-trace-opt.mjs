// Optimising compilations and deoptimisations by function, from a `--trace-opt --trace-deopt-verbose` log.
//
//   node --trace-opt --trace-deopt-verbose --import tsx --conditions=@newsparse/source \
//     packages/entity-extract/scripts/profile.ts 2 full > /tmp/trace.txt
//   node packages/entity-extract/scripts/summarise-trace-opt.mjs /tmp/trace.txt [top] [from-marker]
//
// Prints, per function (name and V8 SharedFunctionInfo address), how many TurboFan compilations
// finished and their summed time as V8 reports it ("took a, b, c ms": wall time, so it grows with
// machine load), then the deoptimisations with their reason and source position. With a third
// argument, only the log after the first line containing that text counts (for example a line the
// script prints when its timed pass starts).
import { readFileSync } from "node:fs";

const [file, topArg, marker] = process.argv.slice(2);
if (!file) {
  console.error("usage: summarise-trace-opt.mjs <trace.txt> [top] [from-marker]");
  process.exit(1);
}
let lines = readFileSync(file, "utf8").split("\n");
if (marker) {
  const at = lines.findIndex((l) => l.includes(marker));
  if (at >= 0) lines = lines.slice(at);
}
const top = Number(topArg ?? 30);
const time = new Map();
const count = new Map();
const names = new Map();
const deopts = new Map();
let compiles = 0;
let deoptCount = 0;
let total = 0;
let pending = null;
for (const line of lines) {
  const done = /(?:completed compiling|aborted optimizing) \S+ <JSFunction (\S*) ?\(sfi = (\w+)\)>.*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
  if (done) {
    const key = done[2];
    const ms = Number(done[3]) + Number(done[4]) + Number(done[5]);
    total += ms;
    compiles++;
    time.set(key, (time.get(key) ?? 0) + ms);
    count.set(key, (count.get(key) ?? 0) + 1);
    if (done[1]) names.set(key, done[1]);
    continue;
  }
  const bail = /reason: ([^)]*)\): begin. deoptimizing \S+ <JSFunction (\S*) ?\(sfi = (\w+)\)>/.exec(line);
  if (bail) {
    deoptCount++;
    pending = { key: bail[3], reason: bail[1] };
    if (bail[2]) names.set(bail[3], bail[2]);
    if (!deopts.has(bail[3])) deopts.set(bail[3], []);
    deopts.get(bail[3]).push(bail[1]);
    continue;
  }
  const at = /deoptimize at <([^>]*)>/.exec(line);
  if (at && pending) {
    const list = deopts.get(pending.key);
    list[list.length - 1] = `${pending.reason} at ${at[1].split("/").slice(-2).join("/")}`;
    pending = null;
  }
}
console.log(`${compiles} optimising compilations (${total.toFixed(0)} ms as reported), ${deoptCount} deoptimisations`);
const keys = new Set([...time.keys(), ...deopts.keys()]);
const rows = [...keys].sort((a, b) => (time.get(b) ?? 0) - (time.get(a) ?? 0)).slice(0, top);
for (const key of rows) {
  console.log(`${(time.get(key) ?? 0).toFixed(0).padStart(7)} ms ${String(count.get(key) ?? 0).padStart(2)}x  ${names.get(key) ?? "(anonymous)"} ${key}`);
  for (const d of deopts.get(key) ?? []) console.log(`             deopt: ${d}`);
}
