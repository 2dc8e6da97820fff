def git = { File dir, List<String> args ->
    def process = (['git'] + args).execute(null, dir)
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0 : "git ${args}: ${err}"
    return out.toString()
}
def remote = new File(basedir, 'remote.git')

// Two deploys of the same site: one commit, naming the project's commit.
assert git(remote, ['rev-list', '--count', 'gh-pages']).trim() == '1'
def head = git(basedir, ['rev-parse', '--short', 'HEAD']).trim()
assert git(remote, ['log', '-1', '--format=%s', 'gh-pages']).trim() == "Publish site built from ${head}"

// The branch holds the site as built, plus .nojekyll and CNAME, without Broadsheet's manifest.
def files = git(remote, ['ls-tree', '-r', '--name-only', 'gh-pages']).readLines()
assert files.containsAll(['index.html', '.nojekyll', 'CNAME', 'articles/tram-line-opens/index.html', 'tags/trams/index.html'])
assert !files.contains('.broadsheet-manifest')
assert git(remote, ['show', 'gh-pages:CNAME']) == 'news.example.org\n'
assert git(remote, ['show', 'gh-pages:index.html']) == new File(basedir, 'target/public/index.html').getText('UTF-8')

def log = new File(basedir, 'build.log').text
assert log.count('Broadsheet: published ') == 1
assert log =~ /Broadsheet: nothing changed since the last deploy to branch gh-pages of \S*remote\.git; nothing was committed or pushed/

// The project's repository is as it was: same files, same branches; the scratch repository is gone.
assert git(basedir, ['status', '--porcelain', '--untracked-files=all']) + git(basedir, ['for-each-ref']) ==
        new File(basedir, 'status-before.out').text
assert !new File(basedir, 'target/broadsheet-deploy').exists()
return true
