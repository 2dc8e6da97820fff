def log = new File(basedir, 'build.log').text
assert log.contains('content/articles/bad-date.md:3: date \'the day after tomorrow\' is not a date')
assert log.contains('content/articles/no-title.md:1: missing title')
assert log.contains('The site was not built: 2 errors')
assert !new File(basedir, 'target/public').exists() : 'a failed first build must not leave a site behind'
// Each problem is printed once: in the error log, not again inside Maven's failure message.
assert log.count('content/articles/no-title.md:1: missing title') == 1 : log
assert log.contains('The site was not built: 2 errors (listed above)')
// The build ran in a forked JVM (the default) and its failure arrives without a stack trace.
assert !log.contains('\tat ') : 'no stack trace'
return true
