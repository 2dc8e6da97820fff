package io.github.broadsheet.output;

import io.github.broadsheet.files.FileTrees;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * Every change the site writer makes on disk goes through this small interface, one call per step, so that a test
 * can make any single step fail (or every step from one on, as a kill would) and check what is left behind. The
 * real implementation, {@link #SYSTEM}, is {@link java.nio.file.Files}. Reading is not part of it: a step that
 * cannot read fails like one that cannot write, and nothing read can damage the previous site.
 */
interface FileOperations {

    /** The file system itself, through {@link java.nio.file.Files}. */
    FileOperations SYSTEM = new SystemFileOperations();

    /** Creates one folder, with the mode the user's umask gives; fails when something is there. */
    void createDirectory(Path dir) throws IOException;

    /** Creates a folder and its missing parents, with the mode the user's umask gives. */
    void createDirectories(Path dir) throws IOException;

    /** Creates or truncates a file, with the mode the user's umask gives, and writes the bytes. */
    void write(Path file, byte[] bytes) throws IOException;

    /**
     * Copies a file's bytes (from disk or a theme jar) into a new file with the mode the user's umask gives, not the
     * source's, replacing a file at the target.
     */
    void copy(Path source, Path target) throws IOException;

    /**
     * Copies a file as it is, with its modification time and mode (a symbolic link as a link); the fallback where
     * a hard link cannot be made. Fails when the target exists.
     */
    void copyExactly(Path source, Path target) throws IOException;

    /** Makes {@code link} a second name of the file {@code existing} (a hard link). */
    void link(Path link, Path existing) throws IOException;

    /**
     * Renames in one atomic step, replacing a file at the target; throws
     * {@link java.nio.file.AtomicMoveNotSupportedException} when the two are on different file systems.
     */
    void rename(Path source, Path target) throws IOException;

    /** Deletes a file or an empty folder. */
    void delete(Path path) throws IOException;

    /** Sets a file's modification time. */
    void setModifiedTime(Path file, FileTime time) throws IOException;

    /** Gives a folder the permission bits (and, where allowed, the group) of another one. */
    void copyMode(Path from, Path to) throws IOException;

    /**
     * Waits for and takes the exclusive lock of this file, creating it; closing the returned lock deletes the
     * file and releases the lock.
     */
    OutputLock lock(Path file) throws IOException;

    /** A second name for the file (its bytes, time and mode unchanged): a hard link, or a copy where none can be made. */
    default void linkOrCopy(Path link, Path existing) throws IOException {
        try {
            link(link, existing);
        } catch (IOException e) {
            copyExactly(existing, link);
        }
    }

    /**
     * Deletes a folder with everything in it (a symbolic link inside as a link, never what it points to), each
     * file and folder through {@link #delete}. Goes on past a file that cannot be deleted and throws the first
     * failure at the end; a missing folder is no failure ({@link FileTrees}).
     */
    default void deleteTree(Path root) throws IOException {
        FileTrees.delete(root, this::delete);
    }
}
