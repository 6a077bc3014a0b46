#!/usr/bin/env node
// Builds data/knowledge/countries.tsv: every country and territory with its CAMEO country code
// (= ISO 3166-1 alpha-3, except Kosovo, see KOSOVO_CODE), names, adjectives, demonyms, capital,
// metonyms and UN geoscheme region.
//
// Reads:  the npm package world-countries (ODbL-1.0, Mohammed Le Doze, github.com/mledoze/countries),
//         installed into a temporary folder outside the repo, or taken from --modules DIR
//         (a node_modules folder that holds it); and data/knowledge/country-overlay.tsv
//         (Parley's curated additions for news use, merged over the package's values).
// Writes: data/knowledge/countries.tsv (the output keeps the package's ODbL licence: it is named
//         in the file's header).
// Usage:  node scripts/knowledge/build-countries.mjs [--modules DIR]
// Re-running it is safe: the output is rebuilt from the two inputs, sorted by code.
import path from 'node:path';
import { createRequire } from 'node:module';
import { readTsv, writeTsv, splitCell, joinCell, mergeCell, foldToAscii, isLatin, knowledgeDir, npmModules }
  from './tsv.mjs';

// Pinned so that a re-run reproduces the committed file.
const PACKAGE = 'world-countries@5.1.0';

// ISO 3166 has no code for Kosovo (world-countries uses "UNK", the EU and IMF "XKX"). The
// PETRARCH/Phoenix dictionaries code it KSV (the World Bank's code), so events coded by Parley
// stay comparable with those coders' output.
const KOSOVO_CODE = 'KSV';
const CODE_EXCEPTIONS = { UNK: KOSOVO_CODE };

// world-countries groups some states differently from the UN M49 geoscheme ("Central Europe",
// "Southeast Europe", Mexico in "North America"); these are the UN M49 sub-regions.
const M49_SUBREGION = {
  AUT: 'Western Europe', CZE: 'Eastern Europe', HUN: 'Eastern Europe', POL: 'Eastern Europe',
  SVK: 'Eastern Europe', SVN: 'Southern Europe', ALB: 'Southern Europe', BIH: 'Southern Europe',
  HRV: 'Southern Europe', MKD: 'Southern Europe', MNE: 'Southern Europe', SRB: 'Southern Europe',
  KSV: 'Southern Europe', BGR: 'Eastern Europe', ROU: 'Eastern Europe', BMU: 'Northern America',
  CAN: 'Northern America', GRL: 'Northern America', SPM: 'Northern America', USA: 'Northern America',
  MEX: 'Central America', UMI: 'Micronesia', SSD: 'Eastern Africa',
};

// Official-name variants from the package's altSpellings are kept only when they read as English
// prose ("Republic of Korea"); native forms (Deutschland, Island, Mann) would match ordinary
// English words or never occur in English news.
const ENGLISH_FORM = /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Union|Islands|Democratic|People's|Territory|Federal|Duchy|Sultanate|Emirate|Confederation|Co-operative|Plurinational|Bolivarian|Islamic|Collectivity|Department|Bailiwick)\b/;

function englishAltSpellings(country) {
  return (country.altSpellings ?? []).filter(s =>
    s.length > 3 && isLatin(s) && !s.includes(', ') && !s.includes('(') && ENGLISH_FORM.test(s)
      && !/[^\x20-\x7e]/.test(foldToAscii(s) ?? 'x') && /^[A-Z]/.test(s));
}

/** The value and, when it has diacritics, its ASCII spelling as news wires write it. */
const withAscii = values => values.flatMap(v => {
  const folded = foldToAscii(v);
  return folded && folded !== v ? [v, folded] : [v];
});

// Demonym nouns default to the adjective and its plural; adjectives in -ish/-ch/-sh (British,
// French, Dutch) are not nouns and need the overlay (Briton, Frenchman).
const INVARIANT = /(ese|ss|ais|ois|Malagasy|Motswana|Ni-Vanuatu|I-Kiribati|Burkinabe|Manx|Thai)$/;
function demonymsFrom(adjectives) {
  const result = [];
  for (const adj of adjectives) {
    if (INVARIANT.test(adj)) result.push(adj);
    else if (/(ish|ch|sh)$/.test(adj) || adj.includes('.') || /^[A-Z]{2,}$/.test(adj)) continue;
    else result.push(adj, adj + 's');
  }
  return result;
}

/**
 * A list cell of the overlay either replaces the generated list (when it has plain values) or
 * only removes values from it ("-X" entries alone).
 */
function replaceOrRemove(generated, overlayCell) {
  const values = splitCell(overlayCell);
  return values.some(v => !v.startsWith('-')) ? mergeCell([], overlayCell) : mergeCell(generated, overlayCell);
}

function main() {
  const { dir, cleanup } = npmModules(process.argv, [PACKAGE]);
  try {
    const require = createRequire(path.join(dir, 'noop.js'));
    const countries = require('world-countries');
    const overlayRows = readTsv(path.join(knowledgeDir, 'country-overlay.tsv')).rows;
    const overlay = new Map(overlayRows.map(r => [r.code, r]));
    const rows = countries.map(c => buildRow(c, overlay.get(CODE_EXCEPTIONS[c.cca3] ?? c.cca3) ?? {}));
    dropSovereignForms(rows);
    const known = new Set(rows.map(r => r.code));
    for (const code of overlay.keys())
      if (!known.has(code)) throw new Error(`country-overlay.tsv: unknown code ${code}`);
    rows.sort((a, b) => a.code.localeCompare(b.code));
    writeTsv(path.join(knowledgeDir, 'countries.tsv'), HEADER_COMMENTS, COLUMNS, rows);
    console.log(`countries.tsv: ${rows.length} rows`);
  } finally {
    cleanup();
  }
}

// The package gives many territories their sovereign's adjective (Northern Mariana Islands:
// "American"); kept there, "American" would name two places, so territories lose such forms.
function dropSovereignForms(rows) {
  const stateForms = new Set(rows.filter(r => !r.sovereign).flatMap(r => [...splitCell(r.adjectives), ...splitCell(r.demonyms)]));
  for (const row of rows.filter(r => r.sovereign)) {
    row.adjectives = joinCell(splitCell(row.adjectives).filter(a => !stateForms.has(a)));
    row.demonyms = joinCell(splitCell(row.demonyms).filter(d => !stateForms.has(d)));
  }
}

function buildRow(c, o) {
  const code = CODE_EXCEPTIONS[c.cca3] ?? c.cca3;
  const name = o.name || foldKeepCommon(c.name.common);
  const independent = c.independent === true || ['KSV', 'PSE', 'TWN'].includes(code);
  const generatedAliases = withAscii([c.name.common, c.name.official, ...englishAltSpellings(c)]).filter(a => !a.includes('('));
  const aliases = mergeCell(withAscii(splitCell(o.aliases)), joinCell(generatedAliases)).filter(a => a !== name);
  // The package's "demonym" is an adjective for most countries but a noun for some ("Icelander").
  const packageForms = (c.demonyms?.eng?.m ?? '').split(/, | or /).map(s => s.trim()).filter(Boolean);
  const packageNouns = packageForms.filter(f => f.endsWith('er'));
  const adjectives = replaceOrRemove(packageForms.filter(f => !f.endsWith('er')), o.adjectives);
  const generatedDemonyms = [...demonymsFrom(adjectives), ...packageNouns.flatMap(n => [n, n + 's'])];
  const demonyms = replaceOrRemove(generatedDemonyms, o.demonyms);
  const capital = o.capital === '-' ? '' : (o.capital || (c.capital ?? [])[0] || '');
  const nameForms = new Set([name, ...aliases].map(s => s.toLowerCase()));
  const capitalMetonyms = independent && capital ? withAscii([capital]) : [];
  // The capital comes first: it is the metonym news uses most; the overlay adds other seats.
  const overlayMetonyms = splitCell(withAsciiCell(o.metonyms));
  const removedMetonyms = new Set(overlayMetonyms.filter(m => m.startsWith('-')).map(m => m.slice(1)));
  const metonyms = [...capitalMetonyms, ...overlayMetonyms.filter(m => !m.startsWith('-'))]
    .filter(m => !removedMetonyms.has(m) && !nameForms.has(m.toLowerCase()));
  return {
    code,
    iso2: c.cca2,
    name,
    aliases: joinCell(aliases),
    adjectives: joinCell(withAscii(adjectives)),
    demonyms: joinCell(withAscii(demonyms)),
    combining_forms: joinCell(splitCell(o.combining_forms)),
    capital,
    metonyms: joinCell(metonyms),
    military_metonyms: joinCell(splitCell(o.military_metonyms)),
    region: c.region === 'Antarctic' ? '' : c.region,
    subregion: M49_SUBREGION[code] ?? c.subregion ?? '',
    sovereign: o.sovereign ?? '',
  };
}

// Names keep their own spelling (Réunion, Curaçao); the ASCII form is listed among the aliases.
const foldKeepCommon = s => s;

/** An overlay cell with ASCII spellings added to its plain values (removals stay as written). */
const withAsciiCell = cell => joinCell(splitCell(cell).flatMap(v => (v.startsWith('-') ? [v] : withAscii([v]))));

const COLUMNS = ['code', 'iso2', 'name', 'aliases', 'adjectives', 'demonyms', 'combining_forms', 'capital',
  'metonyms', 'military_metonyms', 'region', 'subregion', 'sovereign'];

const HEADER_COMMENTS = [
  'Parley countries: every country and territory with its CAMEO country code.',
  'Sources: world-countries 5.1.0 by Mohammed Le Doze (github.com/mledoze/countries), licensed under the',
  'Open Database License (ODbL-1.0), for codes, names, official names, capitals, demonyms and regions;',
  "merged with Parley's curated country-overlay.tsv (news aliases, adjectives, demonyms, metonyms).",
  'This file is a derived database under the ODbL. Generated by scripts/knowledge/build-countries.mjs: edit the',
  'overlay and re-run the script rather than editing this file.',
  '',
  'code: CAMEO country code = ISO 3166-1 alpha-3, except Kosovo = KSV as in the PETRARCH/Phoenix dictionaries',
  '  (ISO has none; other data uses XKX or UNK). Timor-Leste is TLS (ISO); Phoenix uses the older TMP.',
  '  Phoenix codes some dependencies under their sovereign (USAPRI, GBRFLK, DNKGRL); here each territory',
  '  keeps its own ISO code and names its sovereign state in the last column. Historical states',
  '  (SUN, YUG, CSK, DDR, SCG) are not listed.',
  'aliases: other names of the country; adjectives: "American"; demonyms: nouns for its people (singular and',
  '  plural); combining_forms: prefixes of compounds ("Sino-"); metonyms: capitals and seats of government',
  '  that stand for the government in news ("the Kremlin"); military_metonyms: the same for the military.',
  '  A value starting with "the " needs the article; other names may be preceded by an optional "the".',
  'region / subregion: UN M49 geoscheme (world-countries values, corrected to M49 for Europe and the Americas).',
  'sovereign: code of the state a dependent territory belongs to; empty for states and disputed cases.',
];

main();
