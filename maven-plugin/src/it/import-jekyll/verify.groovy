// Every old post URL of the jekyll fixture is a page or redirect of the built site, no leftover markup outside code,
// the import report in the log, a second import that wrote nothing (see ImportedSite).
io.github.broadsheet.maven.ImportedSite.check(basedir, 'jekyll')
return true
