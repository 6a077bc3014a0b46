#!/usr/bin/env node
// Checks data/knowledge/people.tsv: shape, dates, codes, aliases and overlapping terms.
// Usage: node scripts/knowledge/check-people.mjs [path/to/people.tsv] [--gaps DAYS]
// Exit code 0 when there are no errors; warnings and the gap report never fail the check.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HEADER = ['person_id', 'name', 'aliases', 'country', 'code', 'role', 'title', 'start', 'end', 'gender'];
const ROLES = new Set(['head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister',
  'envoy', 'secretary_general', 'other']);
// Only these offices have a single holder at a time; envoys and `other` posts may be many.
const EXCLUSIVE_ROLES = new Set(['head_of_state', 'head_of_government', 'foreign_minister',
  'defence_minister', 'secretary_general']);
// Bare given names or surnames that news shares between several people in this file.
const FORBIDDEN_ALIASES = new Set(['Kim', 'Lee', 'Park', 'Li', 'Wang', 'Zhang', 'Singh', 'Khan',
  'Ali', 'Mohammed', 'Muhammad', 'Abdullah']);
// Coverage starts in 2000; gaps are only meaningful from then on.
const COVERAGE_START = '2000-01-01';

const args = process.argv.slice(2);
const gapsIndex = args.indexOf('--gaps');
const gapDays = gapsIndex >= 0 ? Number(args[gapsIndex + 1]) : null;
const positional = args.filter((a, i) => !a.startsWith('--') && (gapsIndex < 0 || i !== gapsIndex + 1));
const here = path.dirname(fileURLToPath(import.meta.url));
const file = positional[0] ?? path.resolve(here, '../../data/knowledge/people.tsv');

const errors = [];
const warnings = [];
const error = (line, msg) => errors.push(`line ${line}: ${msg}`);
const warn = (line, msg) => warnings.push(`line ${line}: ${msg}`);

// Partial dates (YYYY, YYYY-MM) stand for their first day when ordering terms, so a handover
// within one month reads as touching, not overlapping; `latest` is used only for start <= end.
function parseDate(text) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  const daysIn = mo === null ? 31 : new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d !== null && (d < 1 || d > daysIn)) return null;
  const pad = (n) => String(n).padStart(2, '0');
  const earliest = `${y}-${pad(mo ?? 1)}-${pad(d ?? 1)}`;
  const latest = `${y}-${pad(mo ?? 12)}-${pad(d ?? (mo === null ? 31 : daysIn))}`;
  return { earliest, latest };
}

const lines = fs.readFileSync(file, 'utf8').split('\n');
if (lines.at(-1) === '') lines.pop();
const rows = [];
const allowedOverlaps = new Set();
let headerSeen = false;
lines.forEach((text, i) => {
  const n = i + 1;
  if (text.startsWith('#')) {
    const ok = /^#\s*overlap-ok:\s*(\S+)\s+(\S+)/.exec(text);
    if (ok) allowedOverlaps.add([ok[1], ok[2]].sort().join(' '));
    return;
  }
  if (text.trim() === '') { warn(n, 'blank line'); return; }
  const cols = text.split('\t');
  if (!headerSeen) {
    headerSeen = true;
    if (cols.join('\t') !== HEADER.join('\t')) error(n, `header must be: ${HEADER.join(' ')}`);
    return;
  }
  if (cols.length !== HEADER.length) { error(n, `${cols.length} columns, expected ${HEADER.length}`); return; }
  const r = Object.fromEntries(HEADER.map((h, k) => [h, cols[k]]));
  r.line = n;
  for (const h of HEADER) if (r[h] !== r[h].trim()) error(n, `${h} has surrounding spaces`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.person_id)) error(n, `bad person_id "${r.person_id}"`);
  if (!r.name) error(n, 'empty name');
  if (!/^[A-Z]{3}$/.test(r.country)) error(n, `country "${r.country}" is not 3 uppercase letters`);
  if (!/^([A-Z]{3})+$/.test(r.code)) error(n, `code "${r.code}" is not a CAMEO code (3-letter groups)`);
  else if (!r.code.startsWith(r.country) && !(r.country === 'IGO' && r.code.startsWith('IGO'))
    && r.role !== 'other') warn(n, `code ${r.code} does not start with country ${r.country}`);
  if (!ROLES.has(r.role)) error(n, `unknown role "${r.role}"`);
  if (!r.title) error(n, 'empty title');
  if (!['m', 'f'].includes(r.gender)) error(n, `gender "${r.gender}" is not m or f`);
  r.s = parseDate(r.start);
  if (!r.s) error(n, `bad start date "${r.start}"`);
  r.e = r.end === '' ? null : parseDate(r.end);
  if (r.end !== '' && !r.e) error(n, `bad end date "${r.end}"`);
  if (r.s && r.e && r.s.earliest > r.e.latest) error(n, `start ${r.start} after end ${r.end}`);
  const aliases = r.aliases === '' ? [] : r.aliases.split('|');
  const seenHere = new Set();
  for (const a of aliases) {
    if (a.trim() === '' || a !== a.trim()) error(n, `empty or padded alias in "${r.aliases}"`);
    if (a === r.name) warn(n, `alias repeats the name "${a}"`);
    if (seenHere.has(a)) warn(n, `duplicate alias "${a}"`);
    if (FORBIDDEN_ALIASES.has(a)) error(n, `alias "${a}" is ambiguous in news`);
    seenHere.add(a);
  }
  r.aliasList = aliases;
  rows.push(r);
});
if (!headerSeen) error(1, 'no header line');

// One person, one name and alias set, however many roles.
const persons = new Map();
for (const r of rows) {
  const p = persons.get(r.person_id);
  if (!p) { persons.set(r.person_id, r); continue; }
  if (p.name !== r.name || p.aliases !== r.aliases) {
    error(r.line, `${r.person_id}: name/aliases differ from line ${p.line}`);
  }
}

// A surface form listed for two people is resolved to the one whose offices lie nearest the document's
// date ("George Bush" in 1990 and in 2005), so it is ambiguous only when their listed years overlap;
// report those for review.
const spans = new Map();
for (const r of rows) {
  if (!r.s) continue;
  const end = r.e ? r.e.latest : '9999-12-31';
  const span = spans.get(r.person_id);
  spans.set(r.person_id, span
    ? [span[0] < r.s.earliest ? span[0] : r.s.earliest, span[1] > end ? span[1] : end]
    : [r.s.earliest, end]);
}
const sameYears = (a, b) => spans.has(a) && spans.has(b)
  && spans.get(a)[0] <= spans.get(b)[1] && spans.get(b)[0] <= spans.get(a)[1];
const owners = new Map();
for (const p of persons.values()) {
  for (const form of new Set([p.name, ...p.aliasList])) {
    const key = form.toLowerCase();
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key).add(p.person_id);
  }
}
for (const [form, ids] of owners) {
  const list = [...ids];
  if (list.some((a, i) => list.slice(i + 1).some((b) => sameYears(a, b)))) {
    warnings.push(`form "${form}" belongs to ${list.join(', ')}`);
  }
}

// Terms of one exclusive office must not overlap unless declared (suspensions, rival governments).
const groupKey = (r) => `${r.country === 'IGO' ? r.code : r.country} ${r.role}`;
const groups = new Map();
for (const r of rows) {
  if (!EXCLUSIVE_ROLES.has(r.role) || !r.s) continue;
  const k = groupKey(r);
  if (!groups.has(k)) groups.set(k, []);
  groups.get(k).push(r);
}
const FAR_FUTURE = '9999-12-31';
let declaredOverlaps = 0;
const usedDeclarations = new Set();
for (const [k, list] of groups) {
  list.sort((a, b) => a.s.earliest.localeCompare(b.s.earliest));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i], b = list[j];
      const aEnd = a.e ? a.e.earliest : FAR_FUTURE;
      if (b.s.earliest >= aEnd) continue;
      if (a.person_id === b.person_id) {
        error(b.line, `${k}: ${a.person_id} has overlapping terms (lines ${a.line}, ${b.line})`);
        continue;
      }
      const pair = [a.person_id, b.person_id].sort().join(' ');
      if (allowedOverlaps.has(pair)) { declaredOverlaps++; usedDeclarations.add(pair); continue; }
      error(b.line, `${k}: ${a.person_id} (${a.start}..${a.end || 'open'}, line ${a.line}) overlaps `
        + `${b.person_id} (${b.start}..${b.end || 'open'}, line ${b.line})`);
    }
  }
}
for (const pair of allowedOverlaps) {
  if (!usedDeclarations.has(pair)) warnings.push(`overlap-ok "${pair}" declares no actual overlap`);
}

const byCountry = new Map();
for (const r of rows) byCountry.set(r.country, (byCountry.get(r.country) ?? 0) + 1);
console.log(`${path.basename(file)}: ${rows.length} rows, ${persons.size} persons, `
  + `${byCountry.size} countries, ${declaredOverlaps} declared overlaps`);
console.log([...byCountry].sort().map(([c, n]) => `${c} ${n}`).join(', '));

if (gapDays !== null) {
  // Periods since 2000 with nobody in an exclusive office: either vacancies or missing rows.
  const dayMs = 86400000;
  for (const [k, list] of [...groups].sort()) {
    let coveredTo = COVERAGE_START;
    for (const r of list) {
      if (r.s.earliest > coveredTo) {
        const days = (Date.parse(r.s.earliest) - Date.parse(coveredTo)) / dayMs;
        if (days > gapDays) console.log(`gap ${k}: ${coveredTo} .. ${r.s.earliest} (${days} days)`);
      }
      const end = r.e ? r.e.earliest : FAR_FUTURE;
      if (end > coveredTo) coveredTo = end;
    }
    if (coveredTo !== FAR_FUTURE) console.log(`gap ${k}: nobody in office after ${coveredTo}`);
  }
}
for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`error: ${e}`);
console.log(`${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length ? 1 : 0);
