#!/usr/bin/env node
// Builds data/cameo/event-codes.tsv from the shared CAMEO reference files.
//
// Usage (from anywhere):
//   node scripts/cameo/build-cameo.mjs [SHARED_CAMEO_DIR] [--out DIR] [--check]
//
//   SHARED_CAMEO_DIR  folder holding eventcodes.tsv, codes.json, goldstein.json and
//                     cameo-to-plover-2021.txt (default: ../shared/data/cameo relative to the
//                     repository root)
//   --out DIR         where event-codes.tsv is written (default: data/cameo in the repository)
//   --check           write nothing; exit 1 when the file on disk differs from what would be
//                     generated (for CI)
//
// The output is deterministic (no timestamps) so re-running it gives no diff unless the sources
// changed. Every disagreement between the sources is printed; the run fails (exit 1) only when a
// check that the output depends on fails (a code without a Goldstein value, a missing code, …).

import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// The CAMEO manual 1.1b3 prints the code of "Conduct suicide, car, or other non-military bombing,
// not specified below" as 1883 (its parent is given as 188, which does not exist, and its children
// are 1831-1834); codes.json and goldstein.json inherited the misprint. GDELT's lookup has 183.
const KNOWN_MISPRINTED_CODES = new Map([['1883', '183']]);

// CAMEO defines the quad class by the root code alone (verbal/material × cooperation/conflict).
function quadClassOfRoot(root) {
  const r = Number(root);
  if (r >= 1 && r <= 5) return 1;
  if (r >= 6 && r <= 8) return 2;
  if (r >= 9 && r <= 13) return 3;
  if (r >= 14 && r <= 20) return 4;
  return null;
}

function parseArgs(argv) {
  const args = { shared: null, out: null, check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') args.check = true;
    else if (a === '--out') args.out = argv[++i];
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else if (args.shared === null) args.shared = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  args.shared = path.resolve(args.shared ?? path.join(repoRoot, '..', 'shared', 'data', 'cameo'));
  args.out = path.resolve(args.out ?? path.join(repoRoot, 'data', 'cameo'));
  return args;
}

const readText = (file) => readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
const collapse = (s) => s.replace(/\s+/g, ' ').trim();

// GDELT's lookup: code<TAB>description. One known line has a second record glued onto the
// description ("…engagement106:[-5.0] Demand withdrawal"); such glued records are split off so
// their code is not lost.
function readGdeltLookup(file, report) {
  const codes = new Map();
  const lines = readText(file).split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const [code, rawName = ''] = line.split('\t');
    if (!/^\d{2,4}$/.test(code)) { report.error(`eventcodes.tsv line ${i + 1}: bad code "${code}"`); continue; }
    const glued = /^(.*?)(\d{2,4}):\[(-?\d+(?:\.\d+)?)\]\s*(.*)$/.exec(rawName);
    if (glued) {
      codes.set(code, collapse(glued[1]));
      codes.set(glued[2], collapse(glued[4]));
      report.note(`eventcodes.tsv line ${i + 1}: record ${glued[2]} ("${collapse(glued[4])}", Goldstein ${glued[3]}) was glued to ${code}'s description; split off`);
    } else {
      codes.set(code, collapse(rawName));
    }
  }
  return codes;
}

function canonicalCode(code, report, file) {
  const fixed = KNOWN_MISPRINTED_CODES.get(code);
  if (fixed === undefined) return code;
  report.note(`${file}: code ${code} is the manual's misprint of ${fixed}; read as ${fixed}`);
  return fixed;
}

function readManualCodes(file, report) {
  const raw = JSON.parse(readText(file));
  const codes = new Map();
  for (const [key, value] of Object.entries(raw)) {
    const code = canonicalCode(key, report, 'codes.json');
    // The misprint carried into the parent too (1883 -> "188"); a code's parent is its code
    // without the last digit, or the root for a three-digit code.
    const entry = code === key ? value : { ...value, parent: code.slice(0, code.length === 4 ? 3 : 2) };
    codes.set(code, entry);
  }
  return codes;
}

function readGoldstein(file, report) {
  const raw = JSON.parse(readText(file));
  const values = new Map();
  for (const [key, value] of Object.entries(raw)) values.set(canonicalCode(key, report, 'goldstein.json'), value);
  return values;
}

// PLOVER table lines: "CODE: EVENT, MODE, CONTEXT # description"; a line "NN: EVENT" without
// commas heads a section. Contexts may list several values separated by ";".
function readPloverTable(file, report) {
  const mapping = new Map();
  const lines = readText(file).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    if (/^~+$/.test(line)) break;
    const m = /^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$/.exec(line);
    if (!m) { report.warn(`cameo-to-plover line ${i + 1}: not understood: ${line}`); continue; }
    const [, code, body, description = ''] = m;
    if (!body.includes(',')) continue; // section heading
    const [event = '', mode = '', context = ''] = body.split(',').map(collapse);
    const entry = {
      event,
      mode,
      context: context.split(';').map(collapse).filter(Boolean).join(';'),
      description: collapse(description),
      line: i + 1,
    };
    const previous = mapping.get(code);
    if (previous) {
      const same = previous.event === entry.event && previous.mode === entry.mode && previous.context === entry.context;
      if (same) report.note(`cameo-to-plover: ${code} listed twice (lines ${previous.line}, ${entry.line}) with the same mapping`);
      else report.warn(`cameo-to-plover: ${code} listed twice with different mappings (lines ${previous.line}, ${entry.line}); keeping the first`);
      continue;
    }
    mapping.set(code, entry);
  }
  return mapping;
}

// codes.json took names from the manual's PDF, which split "Threaten" and cut a few names short
// at a line break; GDELT's lookup has the full wording for those.
function chooseName(code, manualName, gdeltName, report) {
  // Double quotes become single quotes so that no TSV reader mistakes them for field quoting.
  let name = collapse(manualName ?? '').replace(/\bThreate n\b/g, 'Threaten').replace(/"/g, "'");
  if (name === '') {
    if (!gdeltName) return '';
    report.note(`${code}: no manual name; using GDELT's "${gdeltName}"`);
    return gdeltName;
  }
  const stem = name.replace(/[,\s]+$/, '');
  if (gdeltName && gdeltName.length > stem.length && gdeltName.startsWith(stem)) {
    report.note(`${code}: manual name "${manualName}" is cut short; using GDELT's "${gdeltName}"`);
    return gdeltName;
  }
  return name;
}

// Compares names loosely: wording that differs only in "not specified below", punctuation,
// case or spacing is the same name.
const looseName = (s) => s.toLowerCase()
  .replace(/not spec(ified)? below/g, '')
  .replace(/[^a-z0-9]+/g, ' ')
  .trim();

function formatGoldstein(value) {
  return (Math.round(value * 10) / 10).toFixed(1);
}

function build(args) {
  const notes = [];
  const warnings = [];
  const errors = [];
  const report = {
    note: (s) => notes.push(s),
    warn: (s) => warnings.push(s),
    error: (s) => errors.push(s),
  };

  const file = (name) => {
    const p = path.join(args.shared, name);
    if (!existsSync(p)) throw new Error(`missing source file ${p}`);
    return p;
  };
  const gdelt = readGdeltLookup(file('eventcodes.tsv'), report);
  const manual = readManualCodes(file('codes.json'), report);
  const goldstein = readGoldstein(file('goldstein.json'), report);
  const plover = readPloverTable(file('cameo-to-plover-2021.txt'), report);

  const allCodes = [...new Set([...gdelt.keys(), ...manual.keys()])].sort();
  for (const code of allCodes) {
    if (!gdelt.has(code)) report.note(`${code} ("${manual.get(code)?.name}") is in the manual (codes.json) but not in GDELT's lookup; included`);
    if (!manual.has(code)) report.warn(`${code} ("${gdelt.get(code)}") is in GDELT's lookup but not in codes.json`);
  }
  for (const code of plover.keys()) {
    if (!allCodes.includes(code)) report.warn(`cameo-to-plover maps ${code} ("${plover.get(code).description}"), which is in neither GDELT's lookup nor codes.json; not included`);
  }

  const rows = [];
  for (const code of allCodes) {
    const root = code.slice(0, 2);
    const entry = manual.get(code);
    const name = chooseName(code, entry?.name, gdelt.get(code), report);
    if (name === '') report.error(`${code}: no name`);

    const gdeltName = gdelt.get(code);
    if (gdeltName && entry && looseName(gdeltName) !== looseName(name)) {
      report.note(`${code}: GDELT's lookup calls it "${gdeltName}", the manual "${name}"; using the manual's`);
    }

    const quad = quadClassOfRoot(root);
    if (quad === null) report.error(`${code}: root ${root} is not a CAMEO root`);
    if (entry && entry.quad_class !== quad) report.warn(`${code}: codes.json gives quad class ${entry.quad_class}, CAMEO's root rule gives ${quad}; using the root rule`);
    if (entry?.parent && !code.startsWith(entry.parent)) report.warn(`${code}: codes.json gives parent ${entry.parent}`);
    if (code.length > 2 && !allCodes.includes(code.slice(0, code.length - 1)) && !allCodes.includes(root)) report.warn(`${code}: no parent code`);

    const g = goldstein.get(code);
    let goldsteinValue = '';
    if (!g || typeof g.value !== 'number' || !Number.isFinite(g.value)) report.error(`${code}: no Goldstein value`);
    else if (g.value < -10 || g.value > 10) report.error(`${code}: Goldstein value ${g.value} outside -10..10`);
    else {
      goldsteinValue = formatGoldstein(g.value);
      if (entry && looseName(g.description ?? '') !== looseName(entry.name ?? '')) report.warn(`${code}: goldstein.json describes it as "${g.description}", codes.json as "${entry.name}"`);
    }

    // A root has no row of its own in the PLOVER table; it takes the event category (not the
    // mode or context) of its "not specified below" code, e.g. 03 from 030.
    let p = plover.get(code);
    if (!p && code.length === 2 && plover.has(`${code}0`)) p = { event: plover.get(`${code}0`).event, mode: '', context: '' };

    rows.push({ code, root, name, goldstein: goldsteinValue, quad_class: quad ?? '', plover_event: p?.event ?? '', plover_mode: p?.mode ?? '', plover_context: p?.context ?? '' });
  }

  const unmapped = rows.filter((r) => r.plover_event === '').map((r) => r.code);
  if (unmapped.length) report.note(`no PLOVER mapping in the table for ${unmapped.length} codes: ${unmapped.join(' ')}`);

  const missingFromOutput = [...gdelt.keys()].filter((c) => !rows.some((r) => r.code === c));
  for (const c of missingFromOutput) report.error(`${c} from eventcodes.tsv is missing from the output`);

  return { rows, notes, warnings, errors };
}

const COLUMNS = ['code', 'root', 'name', 'goldstein', 'quad_class', 'plover_event', 'plover_mode', 'plover_context'];

function render(rows) {
  const header = [
    '# CAMEO event codes with Goldstein scores, quad classes and the CAMEO->PLOVER mapping.',
    '# Generated by scripts/cameo/build-cameo.mjs; edit the script or its sources, not this file.',
    '# Sources:',
    '#   - Codes and names: GDELT Project CAMEO event code lookup (CAMEO.eventcodes) and the CAMEO',
    '#     codebook, version 1.1b3 (P. A. Schrodt, Penn State, March 2012; the manual is licensed',
    '#     CC BY-NC-SA 3.0 - only code numbers and short names are taken from it), as packaged in',
    '#     github.com/RBozydar/py-gdelt @ 6d1becc2690cabedcf6f651567e77e5a5ad5838c (MIT).',
    '#   - Goldstein conflict-cooperation scores (-10..+10): the same GDELT/py-gdelt lookup data',
    '#     (after J. S. Goldstein, "A Conflict-Cooperation Scale for WEIS Events Data", 1992).',
    '#   - Quad class: CAMEO root rule (01-05 verbal cooperation = 1, 06-08 material cooperation = 2,',
    '#     09-13 verbal conflict = 3, 14-20 material conflict = 4).',
    '#   - PLOVER event, mode, context: CAMEO to PLOVER conversion table, PLOVER manual draft 0.8',
    '#     (P. A. Schrodt, 17 September 2021), github.com/openeventdata/PLOVER @',
    '#     5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f, licensed CC BY-SA 4.0; these three columns are',
    '#     an adaptation and are shared under CC BY-SA 4.0. Empty when the table gives none.',
    '# code: string with leading zeros ("036", "0254"); root: its two-digit root ("02").',
    '# plover_context may hold several values separated by ";".',
  ];
  const clean = (v) => String(v).replace(/[\t\n]/g, ' ');
  const lines = [...header, COLUMNS.join('\t'), ...rows.map((r) => COLUMNS.map((c) => clean(r[c])).join('\t'))];
  return lines.join('\n') + '\n';
}

function main() {
  let args;
  try { args = parseArgs(process.argv.slice(2)); } catch (e) { console.error(e.message); process.exit(2); }
  if (args.help) { console.log('node scripts/cameo/build-cameo.mjs [SHARED_CAMEO_DIR] [--out DIR] [--check]'); return; }

  let result;
  try { result = build(args); } catch (e) { console.error(`error: ${e.message}`); process.exit(1); }
  const { rows, notes, warnings, errors } = result;
  for (const n of notes) console.log(`note: ${n}`);
  for (const w of warnings) console.log(`warning: ${w}`);
  for (const e of errors) console.error(`error: ${e}`);

  const counts = [2, 3, 4].map((len) => rows.filter((r) => r.code.length === len).length);
  const mapped = rows.filter((r) => r.plover_event !== '').length;
  console.log(`${rows.length} codes (${counts[0]} roots, ${counts[1]} three-digit, ${counts[2]} four-digit), ${mapped} with a PLOVER event; ${warnings.length} warnings, ${errors.length} errors`);
  if (errors.length) process.exit(1);

  const text = render(rows);
  const target = path.join(args.out, 'event-codes.tsv');
  if (args.check) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (current !== text) { console.error(`${path.relative(process.cwd(), target)} is out of date; run the script`); process.exit(1); }
    console.log(`${path.relative(process.cwd(), target)} is up to date`);
    return;
  }
  mkdirSync(args.out, { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

main();
