// Unit tests of the theme's search script (themes/default/static/js/search.js): folding, matching, ranking.
// Run: node --test tools/browser/test/search.test.mjs   (no dependencies, no browser)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { fold, words, prepare, search } = require('../../../themes/default/static/js/search.js');

// Shaped like search-index.json: tags by position, URLs relative to the index, newest first.
const INDEX = {
  v: 1,
  g: ['transport', 'Köln', 'city council', 'Weather'],
  a: [
    { t: 'Heatwave: river at record low', u: 'articles/heatwave/', d: '2026-07-20', g: [3],
      s: 'Barges stop as the Rhine drops near Köln.', k: 'barges pegel shipping drought' },
    { t: 'Tram line 4 opens', u: 'articles/tram-line-4-opens/', d: '2026-06-10', g: [0],
      s: 'The first tram left at five in the morning.', k: 'depot overhead ostfeld' },
    { t: 'Council budget passes', u: 'articles/budget/', d: '2026-05-01', g: [2],
      s: 'Money for trams and schools.', k: 'treasurer deficit kindergartens' },
    { t: 'Kölner Dom reopens', u: 'articles/dom/', d: '2026-04-01', g: [1],
      s: 'Scaffolding comes down after ten years.', k: 'cathedral scaffolding' },
    { t: 'Transport strike', u: 'articles/strike/', d: '2026-03-01', g: [0],
      s: 'No trams on Monday.', k: 'union wages tram depot' },
  ],
};
const ARTICLES = prepare(INDEX, 'https://example.org/news/search-index.json');
const titles = (query) => search(ARTICLES, query).map((r) => r.article.title);

test('fold removes case and accents, including letters NFD cannot split', () => {
  assert.equal(fold('Köln'), 'koln');
  assert.equal(fold('KÖLN'), 'koln');
  assert.equal(fold('Ko\u0308ln'), 'koln');  // combining diaeresis
  assert.equal(fold('Łódź Straße Ørsted İstanbul Crème Brûlée'), 'lodz strasse orsted istanbul creme brulee');
  assert.deepEqual(words("L'économie, 2024 — São-Paulo!"), ['l', 'economie', '2024', 'sao', 'paulo']);
  assert.deepEqual(words('  '), []);
});

test('prepare resolves URLs against the index and tag positions to names', () => {
  assert.equal(ARTICLES[1].url, 'https://example.org/news/articles/tram-line-4-opens/');
  assert.deepEqual(ARTICLES[0].tags, ['Weather']);
  assert.equal(ARTICLES[0].date, '2026-07-20');
});

test('every query word must match', () => {
  assert.deepEqual(titles('tram depot'), ['Tram line 4 opens', 'Transport strike']);
  assert.deepEqual(titles('tram zeppelin'), []);
  assert.deepEqual(titles(''), []);
  assert.deepEqual(titles(' ,; '), []);
});

test('title and tag matches rank above summary and term matches', () => {
  // "tram": title word in "Tram line 4 opens"; summary/terms elsewhere (prefix "trams" in the budget summary).
  const ranked = titles('tram');
  assert.equal(ranked[0], 'Tram line 4 opens');
  assert.ok(ranked.indexOf('Transport strike') > 0);
  // Tag "transport" on the strike and the tram opening; the title match beats the tag match.
  assert.deepEqual(titles('transport'), ['Transport strike', 'Tram line 4 opens']);
  // "Weather" only as a tag still finds the heatwave.
  assert.deepEqual(titles('weather'), ['Heatwave: river at record low']);
  // A term of the body only.
  assert.deepEqual(titles('kindergartens'), ['Council budget passes']);
});

test('case and accents do not matter, in the query or in the index', () => {
  assert.deepEqual(titles('KOLN'), ['Kölner Dom reopens', 'Heatwave: river at record low']);
  assert.deepEqual(titles('köln'), titles('koln'));
  assert.deepEqual(titles('KÖLNER dom'), ['Kölner Dom reopens']);
});

test('a word matches the start of a longer word, below a whole-word match', () => {
  assert.deepEqual(titles('scaffold'), ['Kölner Dom reopens']);
  const tram = search(ARTICLES, 'tram');
  const budget = tram.find((r) => r.article.title === 'Council budget passes');
  assert.ok(budget, 'prefix "tram" finds "trams" in the summary');
  assert.ok(budget.score < tram[0].score);
  // Not the middle of a word.
  assert.deepEqual(titles('ram'), []);
});

test('ties keep the index order (newest first) and the whole phrase in a title gets a bonus', () => {
  assert.deepEqual(titles('depot'), ['Tram line 4 opens', 'Transport strike']);
  const [first] = search(ARTICLES, 'line 4');
  assert.equal(first.article.title, 'Tram line 4 opens');
  assert.ok(search(ARTICLES, 'tram line')[0].score > search(ARTICLES, 'line tram')[0].score);
});

test('repeating a word does not change the ranking', () => {
  assert.deepEqual(titles('tram tram'), titles('tram'));
});

test('a word in several fields ranks above the same word in one, but never above a higher tier', () => {
  const index = {
    g: ['trams'],
    a: [
      { t: 'Tram fares rise', u: 'a/', d: '2026-02-01', g: [], s: 'Prices.', k: '' },
      { t: 'Tram depot opens', u: 'b/', d: '2026-01-01', g: [0], s: 'A new tram depot.', k: 'tram' },
      { t: 'Budget', u: 'c/', d: '2025-12-01', g: [0], s: 'Money for the tram.', k: 'tram' },
    ],
  };
  const found = search(prepare(index, 'https://example.org/'), 'tram').map((r) => r.article.title);
  assert.deepEqual(found, ['Tram depot opens', 'Tram fares rise', 'Budget']);
  const scores = search(prepare(index, 'https://example.org/'), 'tram').map((r) => r.score);
  assert.ok(scores[2] < 10, 'tag prefix + summary + terms stays below a title word');
});
