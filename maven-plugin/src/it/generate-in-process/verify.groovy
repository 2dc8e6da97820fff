import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
// The first build made the site and said so in one line.
def page = new File(basedir, 'target/public/articles/hello/index.html')
assert Jsoup.parse(page, 'UTF-8').select('h1').text() == 'Hello from the JVM of Maven'
// The second build failed: the problem is printed once, with its file, and Maven's failure message only counts it;
// the first site is left as it was.
assert log.count('broken/articles/link.md') == 1 : log
assert log.contains('The site was not built: 1 error (listed above)')
assert !log.contains('\tat ') : 'no stack trace'
assert page.isFile()
// No build JVM was started: it would have left its class-data archive folder.
assert !new File(basedir, 'target/broadsheet-jvm').exists()
return true
