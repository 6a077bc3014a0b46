#!/usr/bin/env node
// Converts the PETRARCH CAMEO verb dictionary (CAMEO.2.0.txt, MIT licence, Open Event Data
// Alliance) into Parley's readable verb data:
//   data/events/petrarch-verbs.tsv     verb lemma, extra inflected forms, verb class, default code
//   data/events/petrarch-patterns.tsv  verb class, words after the verb, code
//   data/events/petrarch-synonyms.tsv  synonym set name, its words
// Only patterns whose constraints follow the verb are kept: Parley matches the words of the clause
// after its verb in order (gaps allowed); patterns constraining the subject are left out.
// Usage: node scripts/events/build-verb-patterns.mjs [path/to/CAMEO.2.0.txt]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = process.argv[2] ?? join(repo, '..', 'shared', 'data', 'petrarch', 'dictionaries', 'CAMEO.2.0.txt');
const lines = readFileSync(source, 'utf8').split(/\r?\n/);

const header = (what) => [
  `# ${what}`,
  '# Source: PETRARCH2 verb dictionary CAMEO.2.0.txt, github.com/openeventdata/petrarch2 @',
  '# 676801cd9cb2924bbbad09f86d15c9323e7097bf, MIT licence, Copyright (c) 2015 Open Event Data',
  '# Alliance; converted to this format by scripts/events/build-verb-patterns.mjs (do not edit:',
  '# add your own patterns to verb-patterns.tsv, which takes precedence).',
];

const synonyms = new Map();
const verbs = [];
const patterns = [];
let section = 'preamble';
let currentSet = null;
let block = null;

const stripComment = (line) => line.replace(/#.*$/, '').trim();
const codeOf = (text) => {
  const m = text.match(/\[([^\]]+)\]/);
  if (!m) return null;
  const code = m[1].split(':')[0].trim();
  return code === '---' ? '---' : /^\d{2,4}$/.test(code) ? code : null;
};
const word = (w) => w.toLowerCase().replace(/_$/, '');

for (const raw of lines) {
  if (raw.startsWith('####### SYNONYM SETS')) { section = 'synonyms'; continue; }
  if (raw.startsWith('####### VERB PATTERNS')) { section = 'verbs'; continue; }
  const line = stripComment(raw);
  if (!line) continue;
  if (section === 'synonyms') {
    if (line.startsWith('&')) { currentSet = line.slice(1).toLowerCase().replace(/_$/, ''); synonyms.set(currentSet, []); }
    else if (line.startsWith('+') && currentSet) synonyms.get(currentSet).push(word(line.slice(1)).replace(/_/g, ' '));
    continue;
  }
  if (section !== 'verbs') continue;
  const head = line.match(/^---\s+(\S+)\s+\[([^\]]*)\]\s+---/);
  if (head) {
    block = { name: head[1].toLowerCase(), code: codeOf(`[${head[2]}]`) };
    continue;
  }
  if (!block) continue;
  if (line.startsWith('-')) {
    const code = codeOf(line);
    if (!code) continue;
    const body = line.slice(1).replace(/\[[^\]]*\]/, '').trim();
    const star = body.split(/\s+/).indexOf('*');
    if (star < 0) continue;
    const tokens = body.split(/\s+/);
    const before = tokens.slice(0, star).filter((t) => !['$', '+', '%'].includes(t));
    if (before.length > 0) continue;
    const after = tokens.slice(star + 1)
      .map((t) => t.replace(/[(){}]/g, ''))
      .filter((t) => t && !['$', '+', '%', '^'].includes(t))
      .map((t) => (t.startsWith('&') ? '&' + t.slice(1).toLowerCase().replace(/_$/, '') : word(t).replace(/_/g, ' ')));
    if (after.length === 0) continue;
    // PETRARCH's &WEAPON set lumps rifles, bombs and missiles, so a 194 (artillery) read from it names no weapon: coded as
    // fighting (190), it takes the code of the weapon the clause names (data/events/weapon-nouns.tsv).
    const fought = code === '194' && after.includes('&weapon') ? '190' : code;
    patterns.push([block.name, after.join(' '), fought]);
    continue;
  }
  // A verb line: LEMMA [{FORMS}] [[code]]; a leading '+' marks a multi-word verb (ASK_FOR).
  const forms = (line.match(/\{([^}]*)\}/)?.[1] ?? '').split(/\s+/).filter(Boolean)
    .map((f) => word(f.replace(/^\+/, '')).replace(/_/g, ' '));
  const lemma = word(line.replace(/\{[^}]*\}/, '').replace(/\[[^\]]*\]/, '').trim().split(/\s+/)[0].replace(/^\+/, '')).replace(/_/g, ' ');
  if (!lemma) continue;
  // "ANGERED_BY" is a passive participle with its agent, no verb's base form: read as one, "Rioters angered by soaring prices
  // torched shops" would have "angered" as the rioters' verb.
  if (/^\S+ed by$/.test(lemma)) continue;
  verbs.push([lemma, forms.join('|'), block.name, codeOf(line) ?? block.code ?? '-']);
}

const write = (file, what, columns, rows) => {
  const text = [...header(what), columns.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
  writeFileSync(join(repo, 'data', 'events', file), text);
  console.error(`${file}: ${rows.length} rows`);
};
write('petrarch-verbs.tsv', 'Verbs of the PETRARCH dictionary: lemma, irregular forms, verb class, default CAMEO code (- none, --- no event).',
  ['verb', 'forms', 'class', 'code'], verbs);
write('petrarch-patterns.tsv', 'Verb patterns: the words that follow a verb of the class, in order, and the CAMEO code they give (--- no event).',
  ['class', 'pattern', 'code'], patterns);
write('petrarch-synonyms.tsv', 'Synonym sets referred to as &name in patterns.',
  ['set', 'words'], [...synonyms].map(([k, v]) => [k, v.join('|')]));
