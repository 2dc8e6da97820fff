import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
assert log.contains('broken/articles/broken.md:2: malformed YAML')

def site = new File(basedir, 'target/public')
def article = Jsoup.parse(new File(site, 'articles/kept/index.html'), 'UTF-8')
assert article.select('h1').text() == 'This page must survive'
assert new File(site, 'tags/kept/index.html').isFile()
// Nothing of the failed build (no staging folder) is left beside the output; the build cache may be there.
def beside = new File(basedir, 'target').list().toList().sort()
assert beside == ['broadsheet-cache', 'public'] : "target/ holds ${beside}"
return true
