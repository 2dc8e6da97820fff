import io.github.broadsheet.Generator
import io.github.broadsheet.config.SiteConfig
import java.nio.file.Files
import java.nio.file.Path

// The previous site, built by the engine itself, with a file someone else put there; its every byte is noted
// (before.txt) before the folder is made immutable.
def base = basedir.toPath()
def site = base.resolve('target/public')
new Generator().build(SiteConfig.builder(base).outputDirectory(Path.of('target/public')).build())
Files.writeString(site.resolve('CNAME'), 'news.example.org')
def lines = []
Files.walk(site).sorted().forEach { p ->
    def name = site.relativize(p).toString()
    lines << (Files.isDirectory(p) ? "${name}/" : "${name} ${Files.readAllBytes(p).encodeBase64()} ${Files.getLastModifiedTime(p).toMillis()}")
}
Files.write(base.resolve('before.txt'), lines)
def process = ['chattr', '+i', site.toString()].execute()
process.waitForProcessOutput(System.out, System.err)
assert process.exitValue() == 0
return true
