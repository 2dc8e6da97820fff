import org.jsoup.Jsoup

def site = new File(basedir, 'target/public')
def page = { String path -> Jsoup.parse(new File(site, path + (path.endsWith('/') || path.isEmpty() ? 'index.html' : '')), 'UTF-8') }

// One page per published article, none for the draft.
['tram-line-opens', 'tram-line-delayed', 'chip-plant'].each {
    assert new File(site, "articles/${it}/index.html").isFile() : "missing article page ${it}"
}
assert !new File(site, 'articles/draft/index.html').exists()

// The front page leads with the newest story and lists the next beside it, two per page, with links that carry
// the base path; older pages are grids of cards.
def index = page('')
assert index.select('.lead-story h2 a')*.text() == ['Tram line 4 opens after a three-month delay']
assert index.select('.lead-story h2 a').first().attr('href') == '/news/articles/tram-line-opens/'
assert index.select('.top-stories .story-title a')*.text() == ['Chip plant confirmed for Ostfeld']
assert page('page/2/').select('main article h2 a')*.text() == ['Signalling fault delays tram line 4']
assert index.title() == 'My Newsroom'

// A POM that sets no menus gets the default ones (Maven injects an empty list for an unset list parameter).
assert index.select('.masthead-nav a')*.text() == ['Archive', 'Search']
assert index.select('.footer-menu a')*.text() == ['Feed']

// The article page shows its tags (after the text) and links them to their tag pages.
def article = page('articles/tram-line-opens/')
assert article.select('h1').text() == 'Tram line 4 opens after a three-month delay'
assert article.select('article.article .tag-list a')*.attr('href') == ['/news/tags/trams/', '/news/tags/transport/', '/news/tags/city-council/']

// A tag page lists its articles newest first.
def trams = page('tags/trams/')
assert trams.select('main article h2 a')*.text() == ['Tram line 4 opens after a three-month delay', 'Signalling fault delays tram line 4']

// The related list of the opening article holds the other tram story, not the chip plant.
def related = article.select('.related .card-title a')*.text()
assert related.contains('Signalling fault delays tram line 4') : "related: ${related}"
assert !related.contains('Chip plant confirmed for Ostfeld') : "related: ${related}"

// One summary line in the log.
def log = new File(basedir, 'build.log').text
assert log =~ /Broadsheet: 3 articles, \d+ pages/
return true
