// Every old post URL of the wordpress fixture is a page or redirect of the built site, no leftover markup outside code,
// the import report in the log, a second import that wrote nothing (see ImportedSite).
io.github.broadsheet.maven.ImportedSite.check(basedir, 'wordpress')

def log = new File(basedir, 'build.log').getText('UTF-8')
// The files missing from the uploads folder: named by the import report and, as broken links, by the build.
def missing = ['2020/11/missing.jpg', '2021/07/concert.mp3', '2022/06/jazz.mp4']
def report = new File(basedir, 'target/import-report.txt').getText('UTF-8')
missing.each { assert report.contains("file https://riverside.example.com/wp-content/uploads/${it} is not in the uploads folder") }
def broken = log.readLines().findAll { it.contains('broken link') }
assert broken.size() == missing.size() : broken.join('\n')
missing.each { name -> assert broken.any { it.contains(name) } }
return true
