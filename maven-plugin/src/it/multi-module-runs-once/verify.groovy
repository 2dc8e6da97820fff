def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/public/articles/one/index.html').isFile()
assert !new File(basedir, 'module-a/target/public').exists() : 'the goal ran for the module too'
assert log.count('Broadsheet: 1 article, ') == 1 : log
assert !log.contains('SKIPPED') : 'a reactor summary of skipped modules was printed'
assert !log.contains('Reactor Summary') : log
return true
