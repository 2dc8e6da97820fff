import groovy.json.JsonSlurper
import org.jsoup.Jsoup
import org.jsoup.parser.Parser

// A newsroom configured in the POM: sections under /desks/ in the configured order, tags under /topics/, author
// pages from content/authors, pages from content/pages, a series, a correction, menus, time zone, copyright and a
// news sitemap.
def site = new File(basedir, 'target/public')
def page = { String path -> Jsoup.parse(new File(site, path + (path.endsWith('/') || path.isEmpty() ? 'index.html' : '')), 'UTF-8') }

def home = page('')
// Header: the sections in the configured order (Culture, World, then the others alphabetically), then the page.
assert home.select('.masthead-nav a')*.text() == ['Culture', 'World', 'Business', 'About the Courier']
assert home.select('.masthead-nav a')*.attr('href') == ['/desks/culture/', '/desks/world/', '/desks/business/', '/about/']
// The featured story leads; the section blocks follow the configured order.
assert home.select('.lead-story .lead-title a')*.text() == ['Line 4 after its first day']
assert home.select('.front-section h2')*.text().findAll { it in ['Culture', 'World', 'Business'] } == home.select('.front-section h2')*.text()
// Footer: every page, the feed, the configured link and the copyright line.
def footer = home.select('footer').first()
assert footer.select('a')*.attr('href').containsAll(['/about/', '/legal/imprint/', '/feed.xml', 'mailto:tips@example.org'])
assert footer.text().contains('© 2026 Riverside Courier Ltd')

// Sections and tags at their configured paths, named as configured.
def world = page('desks/world/')
assert world.select('h1').text() == 'World'
assert world.select('.card-title a')*.text() == ['Line 4 after its first day', 'Tram line 4 opens', 'Tram line 4 is planned']
assert page('desks/').select('h1').text() == 'Desks'
assert page('topics/trams/').select('h1').text() == 'trams'
assert new File(site, 'desks/world/feed.xml').isFile()
assert !new File(site, 'sections').exists() && !new File(site, 'tags').exists()

// Authors: a page with role, bio and articles; bylines link there.
def jana = page('authors/jana-novak/')
assert jana.select('h1').text() == 'Jana Novak'
assert jana.select('.profile-role').text() == 'Transport correspondent'
assert jana.select('.profile-bio strong').text() == 'trams'
assert jana.select('.card-title a').size() == 3
def opens = page('articles/line-4-opens/')
assert opens.select('.byline .author a')*.attr('href') == ['/authors/jana-novak/', '/authors/piet-de-vries/']
assert page('articles/budget/').select('.byline .author a')*.text() == ['Piet de Vries']

// The article page: kicker linked to the section, standfirst, time in Europe/Berlin with the update beside it,
// series navigation and the correction, also in JSON-LD.
assert opens.select('.kicker a').attr('href') == '/desks/world/'
assert opens.select('.standfirst').text() == 'The first tram left the depot at half past eight.'
def dateline = opens.select('.article-header .dateline').text()
assert dateline.contains('8:30') && dateline.contains('Updated') && dateline.contains('4:00 PM') : dateline
assert opens.select('.series-part').text() == 'Part 2 of 3'
assert opens.select('.series-previous').attr('href') == '/articles/line-4-planned/'
assert opens.select('.series-next').attr('href') == '/articles/line-4-first-day/'
assert opens.select('.corrections li').text().contains('An earlier version gave the wrong depot.')
def ld = new JsonSlurper().parseText(opens.select('script[type=application/ld+json]').html())
assert ld.articleSection == 'World'
assert ld.author*.url == ['https://example.org/authors/jana-novak/', 'https://example.org/authors/piet-de-vries/']
assert ld.correction*.text == ['An earlier version gave the wrong depot.']
assert ld.dateModified.startsWith('2026-03-04T16:00')
assert page('series/tram-line-4/').select('.card-title a')*.text() == ['Tram line 4 is planned', 'Tram line 4 opens', 'Line 4 after its first day']

// Pages: at their URLs and in the sitemap, in no list or feed.
assert page('about/').select('h1').text() == 'About the Courier'
assert page('legal/imprint/').select('h1').text() == 'Imprint'
def sitemap = new File(site, 'sitemap.xml').getText('UTF-8')
assert sitemap.contains('<loc>https://example.org/about/</loc>') && sitemap.contains('<loc>https://example.org/legal/imprint/</loc>')
assert !new File(site, 'feed.xml').getText('UTF-8').contains('About the Courier')
assert !home.select('main').text().contains('About the Courier')

// The news sitemap: the two articles of the 48 hours before <now>, named in robots.txt.
def news = Jsoup.parse(new File(site, 'news-sitemap.xml').getText('UTF-8'), '', Parser.xmlParser())
assert news.select('url > loc')*.text() == ['https://example.org/articles/line-4-first-day/', 'https://example.org/articles/line-4-opens/']
assert news.select('news|publication > news|name')*.text().unique() == ['The Riverside Courier']
assert news.select('news|language')*.text().unique() == ['en']
assert new File(site, 'robots.txt').getText('UTF-8').contains('Sitemap: https://example.org/news-sitemap.xml')
return true
