import java.nio.file.Files

def base = basedir.toPath()
def site = base.resolve('target/public')
try {
    def lines = []
    Files.walk(site).sorted().forEach { p ->
        def name = site.relativize(p).toString()
        lines << (Files.isDirectory(p) ? "${name}/" : "${name} ${Files.readAllBytes(p).encodeBase64()} ${Files.getLastModifiedTime(p).toMillis()}")
    }
    def before = Files.readAllLines(base.resolve('before.txt'))
    def name = { String line -> line.split(' ')[0] }
    assert lines == before : "the previous site changed: gone or changed ${(before - lines).collect(name)}," +
            " new or changed ${(lines - before).collect(name)}"
    assert lines.any { it.startsWith('css/') } && lines.any { it.startsWith('CNAME ') }

    def log = new File(basedir, 'build.log').text
    def failure = log.readLines().findAll { it.contains('The site was not published') }
    assert failure.size() == 1 : log
    assert failure[0].startsWith('[ERROR] Failed to execute goal')
    assert failure[0].contains("cannot replace ${site} as a whole")
    assert failure[0].contains("the previous site in ${site} is unchanged.")
    assert !log.contains('failed unexpectedly') && !log.contains('UncheckedIOException') && !log.contains('\tat ')

    def beside = base.resolve('target').toFile().list().toList().sort()
    assert beside.contains('public') && !beside.any { it.startsWith('.public') } : "target/ holds ${beside}"
} finally {
    def process = ['chattr', '-i', site.toString()].execute()
    process.waitForProcessOutput(System.out, System.err)
}
return true
