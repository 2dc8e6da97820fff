// The project becomes a git repository of its own (so the source commit is known and its state can be compared
// after the deploys), and remote.git the bare repository the site is published to.
def git = { File dir, List<String> args ->
    def process = (['git'] + args).execute(null, dir)
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0 : "git ${args}: ${err}"
    return out.toString()
}
new File(basedir, '.gitignore').text = 'target/\nremote.git/\nbuild.log\n*.out\n'
git(basedir, ['init', '-q'])
git(basedir, ['add', 'pom.xml', 'content', '.gitignore'])
git(basedir, ['-c', 'user.name=IT', '-c', 'user.email=it@example.org', 'commit', '-q', '-m', 'Project'])
// Uncommitted work that a deploy must leave alone.
new File(basedir, 'content/articles/notes.txt').text = 'not committed'
new File(basedir, 'status-before.out').text =
        git(basedir, ['status', '--porcelain', '--untracked-files=all']) + git(basedir, ['for-each-ref'])
def remote = new File(basedir, 'remote.git')
remote.mkdirs()
git(remote, ['init', '-q', '--bare'])
return true
