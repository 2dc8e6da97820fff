// Every old post URL of the hugo fixture is a page or redirect of the built site; no leftover markup outside code.
int found = io.github.broadsheet.maven.ImportedSite.check(basedir, 'hugo')
assert found >= 20 : "only ${found} old URLs checked"

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Broadsheet: Imported from ') : 'no import report in the log'
assert log.contains('Broadsheet: Files: 0 written, ') : 'the second import wrote files'
assert log.contains('Broadsheet: the whole report is in target/import-report.txt')
assert new File(basedir, 'target/import-report.txt').isFile()
assert log =~ /Broadsheet: \d+ articles, \d+ pages/ : 'site:generate did not build'
return true
