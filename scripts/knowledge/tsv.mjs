// Small helpers shared by the knowledge build and check scripts: reading and writing the
// project's TSV convention (comment lines start with '#', the first other line is the column
// header, '|' separates several values in one cell) and folding names to ASCII.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const knowledgeDir = path.join(repoRoot, 'data', 'knowledge');

/** Reads a TSV file into { header, rows } where each row is an object keyed by column name. */
export function readTsv(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').map(l => l.replace(/\r$/, ''));
  let header = null;
  const rows = [];
  lines.forEach((line, index) => {
    if (line.length === 0 || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (header === null) { header = cells; return; }
    const row = { _line: index + 1 };
    header.forEach((name, i) => { row[name] = (cells[i] ?? '').trim(); });
    row._cellCount = cells.length;
    rows.push(row);
  });
  return { header: header ?? [], rows };
}

/** Writes comment lines, a header and rows; refuses cells that would break the format. */
export function writeTsv(file, comments, header, rows) {
  const out = comments.map(c => (c.length ? `# ${c}` : '#'));
  out.push(header.join('\t'));
  for (const row of rows) {
    const cells = header.map(h => {
      const value = String(row[h] ?? '');
      if (/[\t\n\r]/.test(value)) throw new Error(`tab or newline in ${h}: ${JSON.stringify(value)}`);
      return value;
    });
    out.push(cells.join('\t'));
  }
  fs.writeFileSync(file, out.join('\n') + '\n');
}

export const splitCell = cell => (cell ?? '').split('|').map(s => s.trim()).filter(Boolean);

/** Joins values into one cell, dropping empties and case-sensitive duplicates, keeping order. */
export function joinCell(values) {
  const seen = new Set();
  const kept = [];
  for (const v of values) {
    const s = (v ?? '').trim();
    if (!s || seen.has(s)) continue;
    seen.add(s);
    kept.push(s);
  }
  return kept.join('|');
}

/**
 * Merges an overlay cell into generated values: plain values are put first (they are the
 * curated, preferred forms), values written "-X" remove X from the result.
 */
export function mergeCell(generated, overlayCell) {
  const overlay = splitCell(overlayCell);
  const removed = new Set(overlay.filter(v => v.startsWith('-')).map(v => v.slice(1)));
  const added = overlay.filter(v => !v.startsWith('-'));
  return [...added, ...generated].filter(v => !removed.has(v));
}

const specialFolds = { 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D',
  'ł': 'l', 'Ł': 'L', 'ı': 'i', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'ð': 'd', 'ʻ': "'", 'ʼ': "'",
  '’': "'", '‘': "'", 'ʿ': "'", 'ʾ': "'" };

/** Latin text without diacritics ("Bogotá" -> "Bogota"), or null when other scripts remain. */
export function foldToAscii(text) {
  const folded = [...text.normalize('NFD')].map(ch => specialFolds[ch] ?? ch).join('')
    .replace(/[\u0300-\u036f]/g, '');
  return /^[\x20-\x7e]*$/.test(folded) ? folded : null;
}

/** True when the text is written in Latin letters (with or without diacritics). */
export const isLatin = text => foldToAscii(text) !== null;

/**
 * Returns a node_modules folder that holds the given npm packages: the one passed with
 * --modules DIR, or a fresh temporary install (removed by the returned cleanup function).
 */
export function npmModules(argv, packages) {
  const at = argv.indexOf('--modules');
  if (at >= 0 && argv[at + 1]) return { dir: path.resolve(argv[at + 1]), cleanup: () => {} };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-knowledge-'));
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', tmp, ...packages],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  return { dir: path.join(tmp, 'node_modules'), cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}
