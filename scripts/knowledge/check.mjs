#!/usr/bin/env node
// Checks the knowledge files under data/knowledge/ (countries, cities, organizations, media,
// agents, groups and the two overlays): the TSV shape (one cell per column, no tab inside a cell, no
// empty '|' value), codes (three upper-case letters, unique), cross-references (every city's
// country exists), numbers that parse, and values from the closed lists each README column names.
// Names shared by two entries are reported as warnings, not errors: some are real ambiguities.
// Usage: node scripts/knowledge/check.mjs   (exit code 1 when an error is found)
import fs from 'node:fs';
import path from 'node:path';
import { readTsv, splitCell, knowledgeDir } from './tsv.mjs';

// An embedded file past this size would slow every start of the library for little gain.
const MAX_FILE_BYTES = 1_000_000;

const errors = [];
const warnings = [];
let checks = 0;
const fail = (file, row, message) => errors.push(`${file}:${row?._line ?? '-'}: ${message}`);
function expect(condition, file, row, message) {
  checks++;
  if (!condition) fail(file, row, message);
}

const CODE = /^[A-Z]{3}$/;
const ACTOR_CODE = /^([A-Z]{3})+$/;
const REGION_CODES = new Set(['AFR', 'ASA', 'BLK', 'CRB', 'CAU', 'CFR', 'CAS', 'CEU', 'EIN', 'EAF', 'EEU', 'EUR',
  'LAM', 'MEA', 'MDT', 'NAF', 'NMR', 'PGS', 'SCN', 'SAM', 'SAS', 'SEA', 'SAF', 'WAF', 'WST']);

function load(file, requiredColumns) {
  const full = path.join(knowledgeDir, file);
  if (!fs.existsSync(full)) { fail(file, null, 'file missing'); return []; }
  const size = fs.statSync(full).size;
  expect(size < MAX_FILE_BYTES, file, null, `file is ${size} bytes, over ${MAX_FILE_BYTES}`);
  const firstLine = fs.readFileSync(full, 'utf8').split('\n')[0];
  expect(firstLine.startsWith('#'), file, null, 'first line should be a comment naming the source');
  const { header, rows } = readTsv(full);
  for (const column of requiredColumns) expect(header.includes(column), file, null, `column ${column} missing`);
  for (const row of rows) {
    expect(row._cellCount === header.length, file, row, `${row._cellCount} cells for ${header.length} columns (tab inside a cell?)`);
    for (const column of header) {
      const cell = row[column];
      expect(!/\|\s*\||^\||\|$/.test(cell), file, row, `empty value in list cell ${column}`);
      expect(!/[\u0000-\u001f]/.test(cell), file, row, `control character in ${column}`);
    }
  }
  return rows;
}

function unique(file, rows, keyOf, what) {
  const seen = new Map();
  for (const row of rows) {
    const key = keyOf(row);
    checks++;
    if (seen.has(key)) fail(file, row, `duplicate ${what} "${key}" (first on line ${seen.get(key)})`);
    else seen.set(key, row._line);
  }
}

function sharedNames(file, rows, idOf, columns) {
  const owners = new Map();
  for (const row of rows)
    for (const column of columns)
      for (const value of column === 'name' ? [row.name] : splitCell(row[column])) {
        const set = owners.get(value) ?? new Set();
        set.add(idOf(row));
        owners.set(value, set);
      }
  const shared = [...owners].filter(([, ids]) => ids.size > 1);
  for (const [value, ids] of shared) warnings.push(`${file}: "${value}" names ${[...ids].join(', ')}`);
  return shared.length;
}

const isNumber = s => s !== '' && Number.isFinite(Number(s));
const isInteger = s => /^\d+$/.test(s);

// countries.tsv
const countries = load('countries.tsv', ['code', 'iso2', 'name', 'aliases', 'adjectives', 'demonyms', 'capital',
  'metonyms', 'military_metonyms', 'region']);
const codes = new Set(countries.map(c => c.code));
for (const c of countries) {
  expect(CODE.test(c.code), 'countries.tsv', c, `code "${c.code}" is not three upper-case letters`);
  expect(/^[A-Z]{2}$/.test(c.iso2), 'countries.tsv', c, `iso2 "${c.iso2}" is not two upper-case letters`);
  expect(c.name !== '', 'countries.tsv', c, 'name empty');
  expect(c.sovereign === '' || codes.has(c.sovereign), 'countries.tsv', c, `unknown sovereign ${c.sovereign}`);
  expect(['', 'Africa', 'Americas', 'Asia', 'Europe', 'Oceania'].includes(c.region), 'countries.tsv', c, `region ${c.region}`);
}
unique('countries.tsv', countries, c => c.code, 'code');
unique('countries.tsv', countries, c => c.iso2, 'iso2');
const countryShared = sharedNames('countries.tsv', countries, c => c.code, ['name', 'aliases', 'adjectives', 'demonyms', 'metonyms']);

// cities.tsv
const cities = load('cities.tsv', ['name', 'aliases', 'country', 'lat', 'lon', 'population', 'capital']);
for (const c of cities) {
  expect(c.name !== '', 'cities.tsv', c, 'name empty');
  expect(codes.has(c.country), 'cities.tsv', c, `country "${c.country}" not in countries.tsv`);
  expect(isNumber(c.lat) && Math.abs(Number(c.lat)) <= 90, 'cities.tsv', c, `lat "${c.lat}"`);
  expect(isNumber(c.lon) && Math.abs(Number(c.lon)) <= 180, 'cities.tsv', c, `lon "${c.lon}"`);
  expect(c.population === '' || isInteger(c.population), 'cities.tsv', c, `population "${c.population}"`);
  expect(['yes', 'no', 'seat'].includes(c.capital), 'cities.tsv', c, `capital "${c.capital}"`);
  expect(['city', 'venue', 'site', 'region'].includes(c.kind), 'cities.tsv', c, `kind "${c.kind}"`);
  expect(c.geonames_id === '' || isInteger(c.geonames_id), 'cities.tsv', c, `geonames_id "${c.geonames_id}"`);
}
unique('cities.tsv', cities, c => `${c.country} ${c.name}`, 'name in one country');
const withCapital = new Set(cities.filter(c => c.capital === 'yes').map(c => c.country));
for (const c of countries.filter(c => !c.sovereign && c.capital && !withCapital.has(c.code)))
  warnings.push(`cities.tsv: no capital row for ${c.code} (${c.capital})`);

// organizations.tsv
const orgs = load('organizations.tsv', ['code', 'name', 'aliases', 'kind', 'member_scope']);
for (const o of orgs) {
  expect(ACTOR_CODE.test(o.code) && /^(IGO|NGO|NGM)/.test(o.code), 'organizations.tsv', o, `code "${o.code}"`);
  expect(['igo', 'organ', 'agency', 'court', 'mission', 'forum', 'ngo'].includes(o.kind), 'organizations.tsv', o, `kind "${o.kind}"`);
  for (const scope of splitCell(o.member_scope))
    expect(scope === 'global' || REGION_CODES.has(scope) || codes.has(scope), 'organizations.tsv', o, `member_scope "${scope}"`);
  expect(['phoenix', 'cameo-manual', 'parley'].includes(o.code_source), 'organizations.tsv', o, `code_source "${o.code_source}"`);
}
unique('organizations.tsv', orgs, o => o.name, 'name');
const orgShared = sharedNames('organizations.tsv', orgs, o => o.name, ['name', 'aliases']);

// media.tsv
const media = load('media.tsv', ['code', 'name', 'aliases', 'country', 'state_owned']);
for (const m of media) {
  expect(ACTOR_CODE.test(m.code) && m.code.startsWith(m.country), 'media.tsv', m, `code "${m.code}" for country ${m.country}`);
  expect(codes.has(m.country), 'media.tsv', m, `country "${m.country}" not in countries.tsv`);
  expect(['yes', 'no', 'public'].includes(m.state_owned), 'media.tsv', m, `state_owned "${m.state_owned}"`);
  expect(['agency', 'newspaper', 'broadcaster', 'online', 'press office'].includes(m.kind), 'media.tsv', m, `kind "${m.kind}"`);
}
unique('media.tsv', media, m => m.name, 'name');
const mediaShared = sharedNames('media.tsv', media, m => m.name, ['name', 'aliases']);

// agents.tsv
const agents = load('agents.tsv', ['word', 'plural', 'code', 'note']);
for (const a of agents) {
  expect(a.word !== '' && a.word === a.word.trim(), 'agents.tsv', a, 'word empty or padded');
  expect(ACTOR_CODE.test(a.code), 'agents.tsv', a, `code "${a.code}"`);
  expect(['phoenix', 'parley'].includes(a.source), 'agents.tsv', a, `source "${a.source}"`);
}
unique('agents.tsv', agents, a => a.word.toLowerCase(), 'word');

// groups.tsv
const groups = load('groups.tsv', ['name', 'adjectives', 'demonyms', 'country', 'code', 'kind']);
for (const g of groups) {
  expect(codes.has(g.country), 'groups.tsv', g, `unknown country ${g.country}`);
  expect(['ethnic', 'religious', 'settlers'].includes(g.kind), 'groups.tsv', g, `kind "${g.kind}"`);
}
unique('groups.tsv', groups, g => g.name, 'name');

// overlays
const countryOverlay = load('country-overlay.tsv', ['code']);
for (const o of countryOverlay) expect(codes.has(o.code), 'country-overlay.tsv', o, `unknown code ${o.code}`);
const placesOverlay = load('places-overlay.tsv', ['name', 'country', 'lat', 'lon']);
for (const p of placesOverlay) {
  expect(codes.has(p.country), 'places-overlay.tsv', p, `unknown country ${p.country}`);
  expect((p.lat === '') === (p.lon === ''), 'places-overlay.tsv', p, 'lat and lon go together');
  if (p.lat) expect(isNumber(p.lat) && isNumber(p.lon), 'places-overlay.tsv', p, 'lat/lon do not parse');
}

const counts = { countries, cities, organizations: orgs, media, agents, groups, 'country-overlay': countryOverlay, 'places-overlay': placesOverlay };
for (const [name, rows] of Object.entries(counts)) console.log(`${name}.tsv: ${rows.length} rows`);
console.log(`names shared by two entries (warnings): countries ${countryShared}, organizations ${orgShared}, media ${mediaShared}, other ${warnings.length - countryShared - orgShared - mediaShared}`);
if (process.argv.includes('--verbose')) for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`error: ${e}`);
console.log(`knowledge checks: ${checks - errors.length} passed, ${errors.length} failed`);
process.exit(errors.length ? 1 : 0);
