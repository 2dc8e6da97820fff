/*
 * Broadsheet search: finds articles in search-index.json (written by the generator next to index.html), in the
 * browser, with no server and no other host. No dependencies; plain ES2018, loaded with <script defer>.
 *
 * The page (search.ftlh) is a normal GET form, q=...; this script reads ?q= on load, searches as you type, and keeps
 * ?q= in the address so results can be linked and survive reload/back. The index is fetched once, on first use.
 *
 * Ranking: every query word must match a word of the article (a whole word, or the start of one: "tram" finds
 * "trams"), ignoring case and accents ("koln" finds "Köln"). Per query word the best field counts: title over tags
 * over summary over the body's distinctive terms, whole words over prefixes, plus a little for each other field it
 * is also in (never enough to reach the next tier); an article's score is the sum over the query's words, plus a
 * bonus when the whole query appears in the title. Ties keep the index's order, newest first.
 *
 * The pure parts (fold, words, prepare, search) are exported for tests under Node (tools/browser/test/).
 */
(function () {
  'use strict';

  /** Points per query word, by where it matched; tiers keep title/tag hits above summary/term hits. */
  var WEIGHTS = {
    title: 10, titlePrefix: 8,
    tag: 7, tagPrefix: 6,
    summary: 3, summaryPrefix: 2,
    terms: 2, termsPrefix: 1
  };
  var OTHER_FIELD_BONUS = 0.25;
  var PHRASE_BONUS = 5;
  var PAGE = 50;

  // Letters that are not a base letter plus combining marks, so NFD does not unfold them.
  var SPECIAL = { 'ß': 'ss', 'ẞ': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ħ': 'h', 'ŧ': 't' };
  var SPECIAL_RE = /[ßẞæœøłđðþıħŧ]/g;
  var MARKS_RE = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var WORD_RE = /[\p{L}\p{N}]+/gu;

  /** Lower case, accents and other marks removed: "Köln" and "KOLN" both give "koln". */
  function fold(text) {
    return String(text).toLowerCase().normalize('NFD').replace(MARKS_RE, '')
      .replace(SPECIAL_RE, function (c) { return SPECIAL[c]; }).normalize('NFC');
  }

  /** The folded words of a text, in order ("l'économie, 2024" gives ["l", "economie", "2024"]). */
  function words(text) {
    return fold(text).match(WORD_RE) || [];
  }

  /**
   * Turns the parsed search-index.json into a searchable list: per article its fields as folded words, plus what
   * results show. `base` is the URL the index was fetched from; article URLs in the index are relative to it.
   */
  function prepare(index, base) {
    var tagNames = index.g || [];
    return (index.a || []).map(function (a, position) {
      var tags = (a.g || []).map(function (i) { return tagNames[i]; }).filter(function (t) { return t != null; });
      return {
        position: position,
        title: a.t || '',
        url: base ? new URL(a.u || '', base).href : (a.u || ''),
        date: a.d || '',
        summary: a.s || '',
        tags: tags,
        foldedTitle: words(a.t || '').join(' '),
        fields: {
          title: words(a.t || ''),
          tag: words(tags.join(' ')),
          summary: words(a.s || ''),
          terms: words(a.k || '')
        }
      };
    });
  }

  /** Best points for one query word in one field: a whole word, else the start of a word, else 0. */
  function fieldScore(fieldWords, q, field) {
    var prefix = false;
    for (var i = 0; i < fieldWords.length; i++) {
      var w = fieldWords[i];
      if (w === q) return WEIGHTS[field];
      if (!prefix && w.length > q.length && w.lastIndexOf(q, 0) === 0) prefix = true;
    }
    return prefix ? WEIGHTS[field + 'Prefix'] : 0;
  }

  var FIELDS = ['title', 'tag', 'summary', 'terms'];

  /** The articles matching every word of `query`, best first; each result is {article, score}. */
  function search(articles, query) {
    var qs = words(query);
    // The same word twice counts once.
    qs = qs.filter(function (q, i) { return qs.indexOf(q) === i; });
    if (qs.length === 0) return [];
    var phrase = qs.join(' ');
    var results = [];
    for (var a = 0; a < articles.length; a++) {
      var article = articles[a];
      var total = 0;
      for (var k = 0; k < qs.length; k++) {
        var best = 0;
        var fields = 0;
        for (var f = 0; f < FIELDS.length; f++) {
          var s = fieldScore(article.fields[FIELDS[f]], qs[k], FIELDS[f]);
          if (s > 0) fields++;
          if (s > best) best = s;
        }
        if (best === 0) { total = 0; break; }
        // A word found in several fields is more about the article; the bonus never lifts a word to a higher tier.
        total += best + OTHER_FIELD_BONUS * (fields - 1);
      }
      if (total > 0) {
        if (qs.length > 1 && article.foldedTitle.indexOf(phrase) >= 0) total += PHRASE_BONUS;
        results.push({ article: article, score: total });
      }
    }
    results.sort(function (x, y) { return y.score - x.score || x.article.position - y.article.position; });
    return results;
  }

  var api = { fold: fold, words: words, prepare: prepare, search: search, WEIGHTS: WEIGHTS };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  }
  if (typeof document === 'undefined') {
    return;
  }

  // ---------------------------------------------------------------------------------------------- the page
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-query');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!form || !input || !status || !list) return;

  var indexUrl = new URL(form.getAttribute('data-index') || 'search-index.json', document.baseURI);
  var lang = document.documentElement.lang || undefined;
  var dateFormat;
  try {
    dateFormat = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  } catch (e) {
    dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  }
  var loading = null;
  var articles = null;
  var shown = 0;
  var current = [];
  var timer = 0;

  function load() {
    if (!loading) {
      // Same origin only: the index is part of this site, and the search must work without any other host.
      loading = indexUrl.origin !== location.origin
        ? Promise.reject(new Error('search index on another host'))
        : fetch(indexUrl.href, { credentials: 'same-origin' }).then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return response.json();
        }).then(function (index) {
          articles = prepare(index, indexUrl.href);
          return articles;
        });
      loading.catch(function () {
        loading = null;  // try again on the next search
      });
    }
    return loading;
  }

  function el(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function formatDate(iso) {
    var date = new Date(iso + 'T00:00:00Z');
    return isNaN(date.getTime()) ? iso : dateFormat.format(date);
  }

  function item(article) {
    var li = el('li', 'search-result');
    var h = el('h2', 'search-result-title');
    var a = el('a', null, article.title);
    a.href = article.url;
    h.appendChild(a);
    li.appendChild(h);
    var meta = el('p', 'byline');
    var time = el('time', null, formatDate(article.date));
    time.setAttribute('datetime', article.date);
    meta.appendChild(time);
    if (article.tags.length) meta.appendChild(el('span', 'search-result-tags', article.tags.join(', ')));
    li.appendChild(meta);
    if (article.summary) li.appendChild(el('p', 'search-result-summary', article.summary));
    return li;
  }

  function showMore() {
    var fragment = document.createDocumentFragment();
    var end = Math.min(current.length, shown + PAGE);
    for (; shown < end; shown++) fragment.appendChild(item(current[shown].article));
    list.appendChild(fragment);
    var more = document.getElementById('search-more');
    if (shown < current.length) {
      if (!more) {
        more = el('button', 'search-more', null);
        more.id = 'search-more';
        more.type = 'button';
        more.addEventListener('click', function () {
          var first = shown;
          showMore();
          var link = list.children[first] && list.children[first].querySelector('a');
          if (link) link.focus();
        });
        list.parentNode.insertBefore(more, list.nextSibling);
      }
      more.textContent = 'Show more results (' + (current.length - shown) + ' left)';
    } else if (more) {
      more.parentNode.removeChild(more);
    }
  }

  function render(query, results) {
    current = results;
    shown = 0;
    list.textContent = '';
    var more = document.getElementById('search-more');
    if (more) more.parentNode.removeChild(more);
    if (!words(query).length) {
      status.textContent = '';
      return;
    }
    var n = results.length;
    status.textContent = n === 0
      ? 'No articles match “' + query.trim() + '”.'
      : (n === 1 ? '1 article matches' : n.toLocaleString(lang) + ' articles match') + ' “' + query.trim() + '”.';
    showMore();
  }

  function run(query) {
    if (!words(query).length) {
      render(query, []);
      return;
    }
    if (!articles) status.textContent = 'Loading the search index…';
    load().then(function (all) {
      if (input.value === query) render(query, search(all, query));
    }, function () {
      status.textContent = 'The search index could not be loaded. Try again, or browse the archive.';
    });
  }

  function remember(query) {
    var url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query); else url.searchParams.delete('q');
    if (url.href !== location.href) history.replaceState(null, '', url.href);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    remember(input.value);
    run(input.value);
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      remember(input.value);
      run(input.value);
    }, 150);
  });
  input.addEventListener('focus', function () { load().catch(function () {}); }, { once: true });

  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
