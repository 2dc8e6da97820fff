#!/usr/bin/env node
// Browser checks of a generated Broadsheet site, in headless Chromium (playwright-core, no downloaded browsers).
//
//   node tools/browser/check.mjs --site target/public --base http://127.0.0.1:8765/ [--screenshots target/screenshots]
//                                [--only picture,embed]   (only these pages of the list below, for a quick look)
//
// The site must have been generated for --base (-Dsite.baseUrl=...): this script serves --site there itself, on
// 127.0.0.1, and opens the home page, an article, a part of a series, a tag page, the tag index, a section, an author
// and a series page with their indexes, a standalone page (content/pages/), the archive and the search page at
// 360, 390 and 1280 px, light and dark (prefers-color-scheme). On each it checks: no console errors or page errors,
// no failed requests (a missing /favicon.ico is only a note), no request to any other host (none resolves; each
// is reported), no horizontal scrolling or content cut off at the side, no text drawn over other text, and axe-core
// finds nothing serious or critical (nor a heading-order, alt, label, lang or contrast problem of any impact). The search page must find an
// article by one of its words, typed and from ?q=, and work as a plain form without JavaScript. The skip link
// must be the first Tab stop and visibly focused. Every page checked and every article must also fit 360 px.
// Layout shift: the browser's own layout-shift entries (PerformanceObserver, buffered) after load and again after
// scrolling to the bottom (lazy images load then) add up to at most 0.01 on every page; the values are printed per
// page. Pictures and embeds: an article with a figure and one with a click-to-load video are among the pages; the
// video's page requests nothing from another host until a click on its link, which puts a youtube-nocookie.com
// player in its place (that request is answered by the script, never by the internet).
// Screenshots go to --screenshots. Prints one line per failure and "N passed, M failed"; exits 1 on any failure.
//
// Chromium: $CHROMIUM, else /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome.

import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// ------------------------------------------------------------------------------------------------ options
function options(argv) {
  const opts = { site: 'target/public', base: null, screenshots: 'target/screenshots', only: null };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split(/=(.*)/s);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (key === '--site') opts.site = value();
    else if (key === '--base') opts.base = value();
    else if (key === '--screenshots') opts.screenshots = value();
    else if (key === '--only') opts.only = value().split(',').filter(Boolean);
    else if (key === '--help' || key === '-h') {
      console.log('usage: check.mjs --site DIR --base http://127.0.0.1:PORT/[path/] [--screenshots DIR] [--only NAME,...]');
      process.exit(0);
    } else {
      console.error(`check.mjs: unknown argument ${argv[i]}`);
      process.exit(2);
    }
  }
  if (!opts.base) {
    console.error('check.mjs: --base is required: the base URL the site was generated for (http://127.0.0.1:PORT/)');
    process.exit(2);
  }
  const base = new URL(opts.base);
  if (base.protocol !== 'http:' || !['127.0.0.1', 'localhost'].includes(base.hostname) || !base.port) {
    console.error(`check.mjs: --base must be http://127.0.0.1:PORT/..., not ${opts.base}`);
    process.exit(2);
  }
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  opts.base = base;
  opts.site = resolve(opts.site);
  if (!existsSync(join(opts.site, 'index.html'))) {
    console.error(`check.mjs: no index.html in ${opts.site}; generate the site first`);
    process.exit(2);
  }
  return opts;
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    console.error('check.mjs: no Chromium found (apt-get install -y chromium, or set CHROMIUM=/path/to/chrome)');
    process.exit(2);
  }
  return found;
}

// ------------------------------------------------------------------------------------------------ server
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif',
  '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2',
};

/** How long the server holds back each picture (milliseconds). */
const IMAGE_DELAY_MS = 250;

/**
 * Chromium starts a lazy picture 1250-2500 px before it scrolls into view, so from a fast server it is always there
 * before the reader is; with no margin it starts when it comes into view and arrives IMAGE_DELAY_MS later, as on a
 * slow connection, which is when a picture without a reserved box moves the text.
 */
const LAZY_MARGIN_ZERO = '--blink-settings=' + ['Unknown', 'Offline', 'Slow2G', '2G', '3G', '4G']
  .map((network) => `lazyLoadingImageMarginPx${network}=0`).join(',');

/** Serves `root` under `basePath` like a static host: folders give index.html, misses give 404.html with 404. */
function serve(root, base) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, base);
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = null;
    if (path.startsWith(base.pathname)) {
      const candidate = resolve(root, '.' + sep + path.slice(base.pathname.length));
      if (candidate === root || candidate.startsWith(root + sep)) {
        if (existsSync(candidate) && statSync(candidate).isDirectory()) {
          if (!path.endsWith('/')) {
            res.writeHead(301, { Location: url.pathname + '/' + url.search }).end();
            return;
          }
          file = join(candidate, 'index.html');
        } else {
          file = candidate;
        }
      }
    }
    if (file && existsSync(file) && statSync(file).isFile()) {
      const type = TYPES[extname(file).toLowerCase()] || 'application/octet-stream';
      const send = () => {
        res.writeHead(200, { 'Content-Type': type });
        createReadStream(file).pipe(res);
      };
      // Pictures arrive late, as over a real network: a picture whose box has no size until it arrives then moves
      // the text the reader already sees, and the layout-shift check notices (from localhost it would come first).
      if (type.startsWith('image/')) setTimeout(send, IMAGE_DELAY_MS);
      else send();
    } else {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(Number(base.port), base.hostname, () => ok(server));
  });
}

// ------------------------------------------------------------------------------------------------ results
let passed = 0;
let failed = 0;
const failures = [];

function check(name, ok, detail = '') {
  if (ok) {
    passed++;
  } else {
    failed++;
    const line = `FAIL ${name}${detail ? ': ' + detail : ''}`;
    failures.push(line);
    console.log(line);
  }
  return ok;
}

// axe rules that fail the check whatever impact axe gives them (the rest fail when serious or critical).
const ALWAYS_FAIL = new Set([
  'heading-order', 'image-alt', 'input-image-alt', 'svg-img-alt', 'role-img-alt', 'label', 'label-title-only',
  'select-name', 'button-name', 'link-name', 'html-has-lang', 'html-lang-valid', 'valid-lang', 'color-contrast',
  'document-title', 'landmark-one-main', 'page-has-heading-one', 'bypass', 'duplicate-id-aria', 'list', 'listitem',
]);

// ------------------------------------------------------------------------------------------------ pages
/** Site paths of the pages to check, found in the generated files. */
function pagesOf(site) {
  const index = readFileSync(join(site, 'index.html'), 'utf8');
  const articleDirs = existsSync(join(site, 'articles')) ? readdirSync(join(site, 'articles')).sort() : [];
  const articles = articleDirs.filter((d) => existsSync(join(site, 'articles', d, 'index.html')));
  // Prefer an article with an image and a table, then one with an image: the most layout to get wrong.
  const body = (d) => readFileSync(join(site, 'articles', d, 'index.html'), 'utf8');
  const article = articles.find((d) => /<img\b/.test(body(d)) && /<table\b/.test(body(d)))
    || articles.find((d) => /<img\b/.test(body(d))) || articles[0];
  // The tag with the most articles (the longest page).
  const tag = termDirs(site, 'tags').sort((a, b) => cards(site, 'tags', b) - cards(site, 'tags', a) || a.localeCompare(b))[0];
  if (!/<main\b/.test(index)) throw new Error('index.html has no <main>');
  const pages = [{ name: 'home', path: '' }];
  if (article) pages.push({ name: 'article', path: `articles/${article}/` });
  // A part of a series with both a previous and a next part (else any part): series navigation, corrections.
  const inSeries = articles.filter((d) => /class="series-nav"/.test(body(d)));
  const seriesArticle = inSeries.find((d) => /class="series-previous"/.test(body(d)) && /class="series-next"/.test(body(d)))
    || inSeries[0];
  if (seriesArticle && seriesArticle !== article) pages.push({ name: 'series-article', path: `articles/${seriesArticle}/` });
  // Pictures and embeds: the article with the most figures in its body (titled images, galleries, videos), and one
  // with a click-to-load video (the same article on the sample site: then one page, checked as both).
  const figures = (d) => (body(d).match(/<figure\b/g) || []).length;
  const picture = articles.filter((d) => figures(d) > 0).sort((a, b) => figures(b) - figures(a) || a.localeCompare(b))[0];
  const embed = articles.find((d) => /class="embed-load"/.test(body(d)));
  if (picture && picture !== article) {
    pages.push({ name: picture === embed ? 'picture-embed' : 'picture', path: `articles/${picture}/`, embed: picture === embed });
  }
  if (embed && embed !== picture) pages.push({ name: 'embed', path: `articles/${embed}/`, embed: true });
  if (tag) pages.push({ name: 'tag', path: `tags/${tag}/` });
  pages.push({ name: 'tags', path: 'tags/' });
  // The newsroom's pages at their default paths: the fullest section and author page, a series, and the indexes.
  const fullest = (dir) => termDirs(site, dir).sort((a, b) => cards(site, dir, b) - cards(site, dir, a) || a.localeCompare(b))[0];
  for (const [name, dir] of [['section', 'sections'], ['author', 'authors'], ['series', 'series']]) {
    const term = fullest(dir);
    if (term) pages.push({ name, path: `${dir}/${term}/` }, { name: `${dir}-index`, path: `${dir}/` });
  }
  // A standalone page of content/pages/: a top-level folder whose page is a schema.org WebPage.
  const standalone = readdirSync(site).sort().find((d) => existsSync(join(site, d, 'index.html'))
    && /"@type":"WebPage"/.test(readFileSync(join(site, d, 'index.html'), 'utf8')));
  if (standalone) pages.push({ name: 'page', path: `${standalone}/` });
  pages.push({ name: 'archive', path: 'archive/' }, { name: 'search', path: 'search/' });
  return { pages, articles: articles.map((d) => `articles/${d}/`), embed: embed ? `articles/${embed}/` : null };
}

/** The folders of `dir` that hold a term page (dir/<term>/index.html), sorted. */
function termDirs(site, dir) {
  return existsSync(join(site, dir))
    ? readdirSync(join(site, dir)).filter((d) => existsSync(join(site, dir, d, 'index.html'))).sort() : [];
}

/** The number of article cards on the first page of a term. */
function cards(site, dir, term) {
  return (readFileSync(join(site, dir, term, 'index.html'), 'utf8').match(/class="card"/g) || []).length;
}

/**
 * A browser context that records console errors, failed requests and requests to other hosts. Requests are not
 * intercepted (interception changes what Chromium fetches: it then skips the favicon, for one); other hosts are
 * unreachable because the browser resolves no host name but the server's (see launch()).
 */
async function openContext(browser, base, contextOptions) {
  const context = await browser.newContext({ ...contextOptions, serviceWorkers: 'block' });
  const log = { errors: [], failedRequests: [], foreign: [] };
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== base.origin) log.foreign.push(url.href);
  });
  context.on('page', (page) => watch(page, log));
  return { context, log };
}

/**
 * Chromium asks for /favicon.ico at the host's root when a page declares no icon. That request is not the site's
 * own, and with a base path it is not even on the site, so a missing one is reported as a note, not a failure.
 */
const isFavicon = (url) => {
  try {
    return new URL(url).pathname === '/favicon.ico';
  } catch {
    return false;
  }
};
const notes = new Set();

function watch(page, log) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const url = msg.location() && msg.location().url;
      if (url && isFavicon(url)) {
        notes.add('the browser asked for /favicon.ico, which is missing: declare an icon with <link rel="icon">');
        return;
      }
      log.errors.push(`console: ${msg.text()}${url ? ` (${url})` : ''}`);
    }
  });
  page.on('pageerror', (error) => log.errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText || '';
    // Chromium cancels a page's icon request when the test navigates on quickly; a missing icon shows as a 404.
    const abortedIcon = reason === 'net::ERR_ABORTED' && /\/favicon(\.[0-9a-f]{8})?\.(ico|svg)$/.test(new URL(request.url()).pathname);
    if (!log.foreign.includes(request.url()) && !isFavicon(request.url()) && !abortedIcon) {
      log.failedRequests.push(`${request.url()} (${reason})`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isFavicon(response.url())) {
      log.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
    }
  });
}

function drain(log) {
  const copy = { errors: log.errors.splice(0), failedRequests: log.failedRequests.splice(0), foreign: log.foreign.splice(0) };
  return copy;
}

/** Horizontal overflow: the page scrolls sideways, or something sticks out of the viewport on the left. */
async function overflow(page) {
  // Compared with the screen's width, not innerWidth: a mobile browser widens the layout viewport to fit content.
  return page.evaluate((screenWidth) => {
    const width = Math.min(window.innerWidth, screenWidth);
    const describe = (el) => {
      const box = el.getBoundingClientRect();
      const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
      return `${el.tagName.toLowerCase()}${cls} (${Math.round(box.left)}..${Math.round(box.right)})`;
    };
    // Tables and code blocks scroll inside themselves; hidden helpers are off-screen on purpose.
    const candidates = Array.from(document.querySelectorAll('body *'))
      .filter((el) => !el.closest('pre, table, .visually-hidden, .skip-link, script, style, noscript'))
      .filter((el) => { const box = el.getBoundingClientRect(); return box.width > 0 && box.height > 0; });
    const right = candidates.filter((el) => el.getBoundingClientRect().right > width + 0.5);
    const left = candidates.filter((el) => el.getBoundingClientRect().left < -0.5);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: width,
      ok: document.documentElement.scrollWidth <= width && right.length === 0 && left.length === 0,
      culprits: [...right, ...left].slice(0, 3).map(describe),
    };
  }, page.viewportSize().width);
}

/**
 * Text drawn over other text: two lines of text of different text nodes whose boxes intersect by more than a sliver
 * (a third of the smaller line's height: the lines of a tight headline touch, but do not cover each other).
 */
async function overlappingText(page) {
  return page.evaluate(() => {
    const lines = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let id = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode(), id++) {
      if (!node.textContent.trim()) continue;
      const el = node.parentElement;
      if (!el || el.closest('.visually-hidden, .skip-link, script, style, noscript, template')) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) {
        if (box.width >= 1 && box.height >= 1) {
          lines.push({ id, text: node.textContent.trim().slice(0, 40), l: box.left, r: box.right,
            t: box.top + window.scrollY, b: box.bottom + window.scrollY });
        }
      }
    }
    lines.sort((a, b) => a.t - b.t);
    const found = new Map();
    for (let i = 0; i < lines.length && found.size < 3; i++) {
      const a = lines[i];
      for (let j = i + 1; j < lines.length && lines[j].t < a.b; j++) {
        const c = lines[j];
        const pair = `${Math.min(a.id, c.id)}/${Math.max(a.id, c.id)}`;
        if (c.id === a.id || found.has(pair)) continue;
        const width = Math.min(a.r, c.r) - Math.max(a.l, c.l);
        const height = Math.min(a.b, c.b) - Math.max(a.t, c.t);
        if (width > 2 && height > Math.min(a.b - a.t, c.b - c.t) / 3) {
          found.set(pair, `"${a.text}" and "${c.text}" at y ${Math.round(a.t)}`);
        }
      }
    }
    return [...found.values()];
  });
}

function checkOverflow(label, result) {
  return check(`${label}: no horizontal scrolling or cut-off content`, result.ok,
    `scrollWidth ${result.scrollWidth}, screen ${result.innerWidth}; ${result.culprits.join(', ')}`);
}

async function runAxe(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      count: v.nodes.length,
    }));
  });
}

/** Cumulative layout shift a page may have: Google's "good" is 0.1; a page whose images all have a size has none. */
const CLS_LIMIT = 0.01;

/**
 * The page's cumulative layout shift, as the browser measures it: the sum of its layout-shift entries not caused by
 * the reader's input, after load and again after scrolling to the bottom step by step (lazy images load on the
 * way) and waiting for every image. `sources`: the elements that moved most. Leaves the page scrolled to the top.
 */
async function layoutShift(page) {
  const read = () => page.evaluate(() => new Promise((done) => {
    let total = 0;
    const moved = new Map();
    const add = (entries) => {
      for (const entry of entries) {
        if (entry.hadRecentInput) continue;
        total += entry.value;
        for (const source of entry.sources || []) {
          const el = source.node && source.node.nodeType === 1 ? source.node : source.node && source.node.parentElement;
          if (!el) continue;
          const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
          const key = `${el.tagName.toLowerCase()}${cls}`;
          moved.set(key, (moved.get(key) || 0) + entry.value);
        }
      }
    };
    // buffered: true hands over every entry since the navigation started, in a task queued by observe().
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
      add(observer.takeRecords());
      observer.disconnect();
      const sources = [...moved].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${v.toFixed(4)}`);
      done({ total, sources });
    }, 0)));
  }));
  const load = await read();
  // A screen at a time, as a reader scrolls: each stop waits for the pictures it shows (lazy ones start only now,
  // see LAZY_MARGIN_ZERO, and arrive IMAGE_DELAY_MS later), so a picture without a box moves the text in view.
  await page.evaluate(async () => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50)));
    const shown = () => Array.from(document.images).filter((img) => {
      const box = img.getBoundingClientRect();
      return box.bottom >= 0 && box.top <= window.innerHeight && getComputedStyle(img).display !== 'none';
    });
    const stop = async () => {
      await frame();
      for (let waited = 0; waited < 3000 && !shown().every((img) => img.complete); waited += 50) await frame();
      await frame();
    };
    const step = Math.max(200, Math.floor(window.innerHeight * 0.75));
    for (let y = 0; y < document.documentElement.scrollHeight - window.innerHeight; y += step) {
      window.scrollTo({ top: y, behavior: 'instant' });
      await stop();
    }
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
    await stop();
  });
  const imagesLoaded = await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete),
    null, { timeout: 10000 }).then(() => true, () => false);
  const after = await read();
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  return { load: load.total, total: after.total, sources: after.sources, imagesLoaded };
}

/**
 * The click-to-load video: before a click the page asks no other host for anything (not even with the poster
 * loaded, scrolled into view); a click on a.embed-load replaces it by an iframe of youtube-nocookie.com (or Vimeo),
 * whose request is answered here with a stand-in page, so the check never uses the internet, and comes only after
 * the click. The page itself stays where it is (the script prevents the link's navigation).
 */
async function embedChecks(browser, base, path, width, scheme, opts) {
  const label = `embed ${width}px ${scheme}`;
  const { context, log } = await openContext(browser, base, {
    viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme: scheme, deviceScaleFactor: 1,
    isMobile: width < 600, hasTouch: width < 600, locale: 'en-US',
  });
  const foreign = [];
  let clicked = false;
  // Only other hosts are intercepted: the site's own requests go to the server untouched.
  await context.route((url) => url.origin !== base.origin, (route) => {
    const url = route.request().url();
    foreign.push({ url, afterClick: clicked });
    const player = /^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//.test(url)
      && route.request().resourceType() === 'document';
    return player
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>player</title><body style="margin:0;height:100vh;background:#000;color:#fff;font:16px sans-serif;display:grid;place-items:center">video player (stand-in)</body>' })
      : route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const url = new URL(path, base).href;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const link = page.locator('figure.embed a.embed-load').first();
  await link.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete), null, { timeout: 10000 })
    .catch(() => {});
  await page.waitForTimeout(300);
  const before = foreign.filter((r) => !r.afterClick).map((r) => r.url);
  check(`${label}: no request to another host before the click`, before.length === 0 && log.foreign.length === 0,
    [...new Set([...before, ...log.foreign])].join('; '));
  check(`${label}: no player before the click`, await page.locator('figure.embed iframe').count() === 0);
  const box = await link.boundingBox();
  check(`${label}: the video's box is 16:9 and fits the screen`,
    box && Math.abs(box.width / box.height - 16 / 9) < 0.02 && box.x >= 0 && box.x + box.width <= width,
    JSON.stringify(box));
  const poster = page.locator('figure.embed a.embed-load img').first();
  if (await poster.count()) {
    const posterBox = await poster.boundingBox();
    check(`${label}: the poster fills the video's box`, !!box && !!posterBox
      && ['x', 'y', 'width', 'height'].every((k) => Math.abs(posterBox[k] - box[k]) < 1), JSON.stringify(posterBox));
  }
  await page.screenshot({ path: join(opts.screenshots, `embed-${width}-${scheme}.png`) });
  clicked = true;
  const requested = page.waitForRequest((r) => /youtube-nocookie\.com|player\.vimeo\.com/.test(r.url()), { timeout: 5000 })
    .then((r) => r.url(), () => null);
  const click = await link.click({ timeout: 5000 }).then(() => '', (error) => error.message.split('\n')[0]);
  check(`${label}: the video's link can be clicked`, click === '', click);
  const frame = page.locator('figure.embed iframe').first();
  const appeared = await frame.waitFor({ timeout: 5000 }).then(() => true, () => false);
  const src = appeared ? await frame.getAttribute('src') : null;
  check(`${label}: a click puts the player in place of the link`, appeared && await page.locator('figure.embed a.embed-load').count() === 0);
  check(`${label}: the player comes from youtube-nocookie.com`,
    !!src && new URL(src).protocol === 'https:' && new URL(src).hostname === 'www.youtube-nocookie.com'
      && new URL(src).pathname.startsWith('/embed/'), String(src));
  const title = appeared ? await frame.getAttribute('title') : null;
  check(`${label}: the player has a title`, !!title, String(title));
  const asked = await requested;
  check(`${label}: the player was requested, after the click`,
    !!asked && foreign.some((r) => r.afterClick && r.url === asked) && !foreign.some((r) => !r.afterClick), String(asked));
  check(`${label}: the page stays (no navigation to YouTube)`, page.url() === url, page.url());
  const playerBox = appeared ? await frame.boundingBox() : null;
  check(`${label}: the player fills the video's box`, !!box && !!playerBox
    && Math.abs(playerBox.width - box.width) < 1 && Math.abs(playerBox.height - box.height) < 1, JSON.stringify(playerBox));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(opts.screenshots, `embed-${width}-${scheme}-clicked.png`) });
  const seen = drain(log);
  const unexpected = seen.foreign.filter((u) => !foreign.some((r) => r.afterClick && r.url === u && /youtube-nocookie\.com\/embed\//.test(u)));
  check(`${label}: nothing else from other hosts, no console errors or failed requests`,
    unexpected.length + seen.errors.length + seen.failedRequests.length === 0,
    [...unexpected, ...seen.errors, ...seen.failedRequests].join('; '));
  await context.close();
}

// ------------------------------------------------------------------------------------------------ main
async function main() {
  const opts = options(process.argv.slice(2));
  const base = opts.base;
  const { pages: all, articles, embed } = pagesOf(opts.site);
  const pages = opts.only ? all.filter((p) => opts.only.some((name) => p.name === name || p.name.split('-').includes(name))) : all;
  if (pages.length === 0) {
    console.error(`check.mjs: --only ${opts.only.join(',')} names none of ${all.map((p) => p.name).join(', ')}`);
    process.exit(2);
  }
  mkdirSync(opts.screenshots, { recursive: true });
  const server = await serve(opts.site, base);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', LAZY_MARGIN_ZERO,
      // No other host can be reached, whatever the site links to: a test never uses the internet.
      `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${base.hostname}`, '--proxy-server=direct://',
      '--proxy-bypass-list=*'],
  });
  const moderate = new Map();
  const shifts = new Map();
  try {
    for (const width of [360, 390, 1280]) {
      for (const scheme of ['light', 'dark']) {
        const { context, log } = await openContext(browser, base, {
          viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme: scheme,
          deviceScaleFactor: 1, isMobile: width < 600, hasTouch: width < 600, locale: 'en-US',
        });
        const page = await context.newPage();
        for (const { name, path } of pages) {
          const label = `${name} ${width}px ${scheme}`;
          const url = new URL(path, base).href;
          const response = await page.goto(url, { waitUntil: 'load' });
          check(`${label}: loads`, response && response.status() === 200, `${url} gave ${response && response.status()}`);
          if (name === 'search') {
            await searchChecks(page, base, label, opts.site);
          }
          await page.waitForLoadState('networkidle');
          const shift = await layoutShift(page);
          if (!shifts.has(name)) shifts.set(name, []);
          shifts.get(name).push(`${width} ${scheme} ${shift.load.toFixed(4)}/${shift.total.toFixed(4)}`);
          check(`${label}: layout shift at most ${CLS_LIMIT}`, shift.total <= CLS_LIMIT && shift.imagesLoaded,
            `${shift.load.toFixed(4)} after load, ${shift.total.toFixed(4)} after scrolling to the bottom`
            + `${shift.imagesLoaded ? '' : ' (some images never loaded)'}; moved: ${shift.sources.join(', ')}`);
          checkOverflow(label, await overflow(page));
          const overlaps = await overlappingText(page);
          check(`${label}: no text over other text`, overlaps.length === 0, overlaps.join('; '));
          await page.screenshot({ path: join(opts.screenshots, `${name}-${width}-${scheme}.png`), fullPage: true });
          const violations = await runAxe(page);
          const failing = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALWAYS_FAIL.has(v.id));
          check(`${label}: axe`, failing.length === 0, failing
            .map((v) => `${v.id} (${v.impact}, ${v.count}x: ${v.help}; ${v.targets.join(' | ')})`).join('; '));
          for (const v of violations.filter((x) => !failing.includes(x))) moderate.set(`${v.id}: ${v.help}`, v.impact);
          const seen = drain(log);
          check(`${label}: no console errors`, seen.errors.length === 0, seen.errors.join('; '));
          check(`${label}: no failed requests`, seen.failedRequests.length === 0, seen.failedRequests.join('; '));
          check(`${label}: no requests to other hosts`, seen.foreign.length === 0, seen.foreign.join('; '));
        }
        if (width === 390 && scheme === 'light') await keyboardChecks(page, base);
        await context.close();
      }
    }
    if (embed && pages.some((p) => p.embed)) {
      for (const width of [360, 1280]) {
        for (const scheme of ['light', 'dark']) await embedChecks(browser, base, embed, width, scheme, opts);
      }
    }
    await narrowChecks(browser, base, pages, articles);
    await noScriptChecks(browser, base, opts);
  } finally {
    await browser.close();
    server.close();
  }
  // after load / after scrolling to the bottom, per width and colour scheme
  for (const [name, values] of shifts) console.log(`layout shift ${name}: ${values.join(', ')}`);
  for (const [rule, impact] of moderate) console.log(`note: axe ${impact || 'minor'}: ${rule}`);
  for (const note of notes) console.log(`note: ${note}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

/** A word that is in exactly one article's title or distinctive terms, and that article's URL. */
function probe(site, base) {
  const index = JSON.parse(readFileSync(join(site, 'search-index.json'), 'utf8'));
  const fold = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const articles = index.a || [];
  const text = (a) => fold([a.t, a.s, a.k, (a.g || []).map((g) => index.g[g]).join(' ')].join(' '));
  const haystacks = articles.map(text);
  for (const [i, a] of articles.entries()) {
    for (const word of (a.k || '').split(' ').concat(fold(a.t).split(/[^\p{L}\p{N}]+/u))) {
      if (word.length < 5 || /\d/.test(word)) continue;
      const w = fold(word);
      const re = new RegExp(`(^|[^\\p{L}\\p{N}])${w}`, 'u');
      if (haystacks.filter((h) => re.test(h)).length === 1) return { word, url: new URL(a.u, base).href, title: a.t, i };
    }
  }
  return null;
}

async function searchChecks(page, base, label, site) {
  const target = probe(site, base);
  if (!check(`${label}: search index has a word of exactly one article`, target !== null)) return;
  // Typed, in capitals, as a reader would: key by key, so the results pushing the footer down count as following
  // the reader's input (a layout shift with hadRecentInput), as they would for a reader (fill() sends no keys).
  await page.locator('#search-query').pressSequentially(target.word.toUpperCase());
  const first = page.locator('#search-results li a').first();
  try {
    await first.waitFor({ timeout: 5000 });
  } catch {
    // reported below
  }
  const links = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.href));
  check(`${label}: searching "${target.word.toUpperCase()}" finds "${target.title}"`, links[0] === target.url,
    `results: ${links.slice(0, 3).join(', ') || 'none'}`);
  check(`${label}: the query is kept in the address`,
    new URL(page.url()).searchParams.get('q') === target.word.toUpperCase(), page.url());
  const status = (await page.locator('#search-status').textContent()) || '';
  check(`${label}: search status says how many match`, /1 article/.test(status), status);
  if (label.includes('390px') && label.includes('light')) {
    // ?q= on load, with several words and an accent-free spelling.
    const words = target.title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/\s+/).slice(0, 3).join(' ');
    await page.goto(new URL(`search/?q=${encodeURIComponent(words)}`, base).href, { waitUntil: 'load' });
    await page.locator('#search-results li a').first().waitFor({ timeout: 5000 }).catch(() => {});
    const found = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.href));
    check(`${label}: ?q=${words} lists "${target.title}"`, found.includes(target.url), found.slice(0, 3).join(', '));
    check(`${label}: ?q= fills the search field`, (await page.inputValue('#search-query')) === words);
    // Nothing found.
    await page.fill('#search-query', 'zzzqxj');
    await page.waitForFunction(() => /No articles/.test(document.getElementById('search-status').textContent));
    check(`${label}: no results are shown for a word of no article`,
      (await page.locator('#search-results li').count()) === 0);
    await page.goto(new URL(`search/?q=${encodeURIComponent(words)}`, base).href, { waitUntil: 'load' });
    await page.locator('#search-results li a').first().waitFor({ timeout: 5000 }).catch(() => {});
  }
}

/** Tab reaches the skip link first, and it is visible then; focus is outlined. */
async function keyboardChecks(page, base) {
  await page.goto(base.href, { waitUntil: 'load' });
  await page.keyboard.press('Tab');
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      className: el.className, href: el.getAttribute('href'),
      visible: box.width > 1 && box.height > 1 && box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
  check('keyboard: the first Tab focuses the skip link', focus.className === 'skip-link' && /^#./.test(focus.href || ''),
    JSON.stringify(focus));
  check('keyboard: the focused skip link is visible and outlined', focus.visible && focus.outline, JSON.stringify(focus));
  await page.keyboard.press('Enter');
  const target = await page.evaluate(() => {
    const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    return { hash: location.hash, main: !!el && (el.tagName === 'MAIN' || !!el.closest('main')) };
  });
  check('keyboard: the skip link leads to the main content', target.main, JSON.stringify(target));
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return { tag: el.tagName, inMain: !!el.closest('main'), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
  });
  check('keyboard: after the skip link, Tab goes into the main content, with a visible outline',
    next.inMain && next.outline, JSON.stringify(next));
}

/** At 360 px, the narrowest common phone, in both schemes: every checked page and every article fits. */
async function narrowChecks(browser, base, pages, articles) {
  const { context, log } = await openContext(browser, base, {
    viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  for (const path of [...pages.map((p) => p.path), ...articles]) {
    await page.goto(new URL(path, base).href, { waitUntil: 'load' });
    // Lazy images start after load; leaving at once would cancel them (reported as failed requests).
    await page.waitForLoadState('networkidle');
    checkOverflow(`/${path} 360px`, await overflow(page));
  }
  const seen = drain(log);
  check('360px pages: no console errors, failed or foreign requests',
    seen.errors.length + seen.failedRequests.length + seen.foreign.length === 0,
    [...seen.errors, ...seen.failedRequests, ...seen.foreign].join('; '));
  await context.close();
}

/** Without JavaScript every page is readable and the search form still submits ?q=. */
async function noScriptChecks(browser, base, opts) {
  const { context, log } = await openContext(browser, base, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(new URL('search/', base).href, { waitUntil: 'load' });
  check('no JavaScript: the search page explains where else to look',
    await page.locator('noscript').count() > 0 && /archive/.test(await page.content()));
  await page.fill('#search-query', 'tram');
  await Promise.all([page.waitForURL(/[?&]q=tram/), page.press('#search-query', 'Enter')]);
  check('no JavaScript: the search form submits q', new URL(page.url()).searchParams.get('q') === 'tram', page.url());
  await page.screenshot({ path: join(opts.screenshots, 'search-390-light-nojs.png'), fullPage: true });
  await page.goto(base.href, { waitUntil: 'load' });
  check('no JavaScript: the home page lists articles', await page.locator('main article a').count() > 0);
  const seen = drain(log);
  check('no JavaScript: no failed or foreign requests', seen.failedRequests.length + seen.foreign.length === 0,
    [...seen.failedRequests, ...seen.foreign].join('; '));
  await context.close();
}

main().catch((error) => {
  console.error(error);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
