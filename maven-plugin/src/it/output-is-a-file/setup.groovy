import java.nio.file.Files

// A link to pom.xml for the third build, and pom.xml's bytes to compare with afterwards.
Files.createSymbolicLink(basedir.toPath().resolve('site.html'), basedir.toPath().resolve('pom.xml'))
Files.copy(basedir.toPath().resolve('pom.xml'), basedir.toPath().resolve('pom.xml.before'))
return true
