// Runs Mozilla Readability (with jsdom) over the article-extraction benchmark on one thread, the
// way bench/extraction.sh compares it with Parley: all pages are read and decompressed first, then
// a warm-up pass writes the outputs and the timed passes measure parsing plus extraction only.
//   node extract.mjs BENCHMARK_DIR OUT_DIR [RUNS]
// Writes OUT_DIR/output.json (the benchmark's reference-output shape) and OUT_DIR/timing.json.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [benchmarkDir, outDir, runsArg] = process.argv.slice(2);
if (!benchmarkDir || !outDir) {
  console.error("usage: node extract.mjs BENCHMARK_DIR OUT_DIR [RUNS]");
  process.exit(2);
}

const runs = Number(runsArg ?? 3);
const truth = JSON.parse(readFileSync(join(benchmarkDir, "ground-truth.json"), "utf8"));
const pages = Object.entries(truth).map(([id, entry]) => ({
  id,
  url: entry.url,
  html: gunzipSync(readFileSync(join(benchmarkDir, "html", `${id}.html.gz`))).toString("utf8"),
}));
const bytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.html, "utf8"), 0);

// Pages log CSS and script complaints through jsdom's console; they are noise here.
const quiet = new VirtualConsole();

function extract(page) {
  let dom;
  try {
    dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    return article?.textContent ?? "";
  } catch {
    // A page Readability or jsdom cannot handle counts as an empty extraction, as in the benchmark.
    return "";
  } finally {
    dom?.window.close();
  }
}

function pass() {
  const start = performance.now();
  const output = {};
  for (const page of pages) {
    output[page.id] = { articleBody: extract(page) };
  }
  return { output, seconds: (performance.now() - start) / 1000 };
}

const warmUp = pass();
const times = [];
for (let run = 0; run < runs; run++) {
  times.push(pass().seconds);
}
times.sort((a, b) => a - b);
const seconds = times.length > 0 ? times[Math.floor(times.length / 2)] : warmUp.seconds;

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "output.json"), JSON.stringify({ version: "readability-0.6.0+jsdom-26.1.0", output: warmUp.output }));
writeFileSync(join(outDir, "timing.json"), JSON.stringify({ pages: pages.length, bytes, seconds, runs: times }));
console.log(`Readability.js: ${pages.length} pages, ${(bytes / 1e6).toFixed(1)} MB, median ${seconds.toFixed(2)} s: ` +
  `${(pages.length / seconds).toFixed(1)} pages/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (runs: ${times.map((t) => t.toFixed(2)).join(", ")})`);
