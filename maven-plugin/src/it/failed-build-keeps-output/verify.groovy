import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
assert log.contains('broken/articles/broken.md:2: malformed YAML')

def site = new File(basedir, 'target/public')
def article = Jsoup.parse(new File(site, 'articles/kept/index.html'), 'UTF-8')
assert article.select('h1').text() == 'This page must survive'
assert new File(site, 'tags/kept/index.html').isFile()
// Nothing of the failed build (no staging folder) is left beside the output; the build cache may be there, and
// the build JVM's class-data archive, but no configuration file handed to the build JVM.
def beside = new File(basedir, 'target').list().toList().sort()
assert beside == ['broadsheet-cache', 'broadsheet-jvm', 'public'] : "target/ holds ${beside}"
def jvm = new File(basedir, 'target/broadsheet-jvm').list().toList()
assert jvm.every { it.startsWith('broadsheet-classes-1') || it.startsWith('broadsheet-classes-2') } : jvm
return true
