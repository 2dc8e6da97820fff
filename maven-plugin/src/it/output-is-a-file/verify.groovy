import java.nio.file.Files

def pom = basedir.toPath().resolve('pom.xml')
assert Files.isRegularFile(pom) : 'pom.xml is no longer a file'
assert Arrays.equals(Files.readAllBytes(pom), Files.readAllBytes(basedir.toPath().resolve('pom.xml.before')))
assert Files.isSymbolicLink(basedir.toPath().resolve('site.html'))

def log = new File(basedir, 'build.log').text
def failures = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
assert failures.size() == 3 : failures.join('\n')
assert failures[0].contains("refusing output directory ${pom}: it is a file, not a folder; nothing was written")
assert failures[1].contains("refusing output directory ${pom.resolve('public')}: it lies below ${pom}, which is a file")
assert failures[2].contains("refusing output directory ${basedir.toPath().resolve('site.html')}: it is a symbolic link to the file ${pom.toRealPath()}")
assert !log.contains('failed unexpectedly') && !log.contains('UncheckedIOException') && !log.contains('\tat ')

// Nothing was written: no target folder, no staging folder, no site.
def entries = basedir.list().toList().sort()
assert !entries.contains('target') && !entries.any { it.startsWith('.pom') || it.startsWith('.site') } : "the project holds ${entries}"
return true
