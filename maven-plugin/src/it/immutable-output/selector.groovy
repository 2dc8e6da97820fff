// chattr +i needs root (CAP_LINUX_IMMUTABLE) and a file system that has the flag (ext4, xfs, btrfs).
def probe = new File(basedir, 'immutable-probe')
probe.mkdirs()
def run = { List<String> command ->
    try {
        def process = command.execute()
        process.waitForProcessOutput(new StringBuilder(), new StringBuilder())
        return process.exitValue() == 0
    } catch (IOException e) {
        return false
    }
}
boolean can = run(['chattr', '+i', probe.path]) && !new File(probe, 'x').with {
    try { it.createNewFile() } catch (IOException e) { false }
}
run(['chattr', '-i', probe.path])
probe.deleteDir()
if (!can) {
    println "immutable-output: skipped, 'chattr +i' is not possible here (needs root and ext4/xfs)"
}
return can
