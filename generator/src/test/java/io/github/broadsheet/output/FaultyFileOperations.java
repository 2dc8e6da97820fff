package io.github.broadsheet.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real file system with one step made to fail: the Nth operation only (a step that fails: a full disk, a
 * permission, a busy file), or every operation from the Nth on (a kill -9: nothing runs after it, and the
 * operating system releases the dead process's locks). It can also play a mount point: the output folder then
 * cannot be renamed ("Device or resource busy") and nothing can be renamed or hard-linked across its edge
 * ("Invalid cross-device link"), as with a Docker or CI bind mount.
 */
final class FaultyFileOperations implements FileOperations {

    private final FileOperations real = FileOperations.SYSTEM;
    private final int failAt;
    private final boolean kill;
    private final AtomicInteger steps = new AtomicInteger();
    private final List<OutputLock> locks = new CopyOnWriteArrayList<>();
    private volatile String failed;
    private Path mountPoint;
    private Path immovable;

    private FaultyFileOperations(int failAt, boolean kill) {
        this.failAt = failAt;
        this.kill = kill;
    }

    /** Every step works. */
    static FaultyFileOperations working() {
        return new FaultyFileOperations(0, false);
    }

    /** Step {@code n} fails; the others work. */
    static FaultyFileOperations failingAt(int n) {
        return new FaultyFileOperations(n, false);
    }

    /** The process dies before step {@code n}: it and every later step fail. */
    static FaultyFileOperations killedAt(int n) {
        return new FaultyFileOperations(n, true);
    }

    /** The folder is a mount point: it cannot be renamed, and renames and hard links cannot cross its edge. */
    FaultyFileOperations mountPoint(Path folder) {
        this.mountPoint = folder;
        return this;
    }

    /** The folder cannot be renamed ("Operation not permitted"), as an immutable one; the rest works. */
    FaultyFileOperations immovable(Path folder) {
        this.immovable = folder;
        return this;
    }

    /** The step that failed first, or {@code null} when every step ran. */
    String failed() {
        return failed;
    }

    int steps() {
        return steps.get();
    }

    private void step(String operation, Path path) throws IOException {
        int n = steps.incrementAndGet();
        if (failAt > 0 && (kill ? n >= failAt : n == failAt)) {
            synchronized (this) {
                if (failed == null) {
                    failed = "step " + n + ": " + operation + " " + path;
                    if (kill) {
                        for (OutputLock lock : locks) {
                            lock.release();
                        }
                    }
                }
            }
            throw new FileSystemException(path.toString(), null, "injected failure of step " + n + " (" + operation + ")");
        }
    }

    private boolean crossesMount(Path a, Path b) {
        return mountPoint != null && a.startsWith(mountPoint) != b.startsWith(mountPoint);
    }

    @Override
    public void createDirectory(Path dir) throws IOException {
        step("createDirectory", dir);
        real.createDirectory(dir);
    }

    @Override
    public void createDirectories(Path dir) throws IOException {
        step("createDirectories", dir);
        real.createDirectories(dir);
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
        step("write", file);
        real.write(file, bytes);
    }

    @Override
    public void copy(Path source, Path target) throws IOException {
        step("copy", target);
        real.copy(source, target);
    }

    @Override
    public void copyExactly(Path source, Path target) throws IOException {
        step("copyExactly", target);
        real.copyExactly(source, target);
    }

    @Override
    public void link(Path link, Path existing) throws IOException {
        step("link", link);
        if (crossesMount(link, existing)) {
            throw new FileSystemException(link.toString(), existing.toString(), "Invalid cross-device link");
        }
        real.link(link, existing);
    }

    @Override
    public void rename(Path source, Path target) throws IOException {
        step("rename", source);
        if (source.equals(mountPoint)) {
            throw new FileSystemException(source.toString(), target.toString(), "Device or resource busy");
        }
        if (source.equals(immovable)) {
            throw new FileSystemException(source.toString(), target.toString(), "Operation not permitted");
        }
        if (crossesMount(source, target)) {
            throw new AtomicMoveNotSupportedException(source.toString(), target.toString(), "Invalid cross-device link");
        }
        real.rename(source, target);
    }

    @Override
    public void delete(Path path) throws IOException {
        step("delete", path);
        real.delete(path);
    }

    @Override
    public void setModifiedTime(Path file, FileTime time) throws IOException {
        step("setModifiedTime", file);
        real.setModifiedTime(file, time);
    }

    @Override
    public void copyMode(Path from, Path to) throws IOException {
        step("copyMode", to);
        real.copyMode(from, to);
    }

    @Override
    public OutputLock lock(Path file) throws IOException {
        step("lock", file);
        OutputLock lock = real.lock(file);
        locks.add(lock);
        return lock;
    }
}
