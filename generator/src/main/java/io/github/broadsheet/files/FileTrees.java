package io.github.broadsheet.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Deletes a folder with everything in it, the one way the engine does it: a symbolic link inside is deleted as a
 * link, never what it points to; a file that cannot be deleted does not stop the rest, and the first failure is
 * thrown at the end; a missing folder is no failure. Each path is deleted by an action the caller may give, so the
 * site writer can route deletions through its own file operations (where tests make steps fail) and the deploy
 * goal can make git's read-only object files writable first.
 */
public final class FileTrees {

    /** Deletes one file or empty folder. */
    @FunctionalInterface
    public interface Deletion {
        void delete(Path path) throws IOException;
    }

    private FileTrees() {
    }

    /** Deletes {@code root} and everything in it with {@link Files#delete}. */
    public static void delete(Path root) throws IOException {
        delete(root, Files::delete);
    }

    /** Deletes {@code root} and everything in it, each file and folder with {@code deletion}. */
    public static void delete(Path root, Deletion deletion) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        IOException[] first = new IOException[1];
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                remove(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!(e instanceof NoSuchFileException) && first[0] == null) {
                    first[0] = e;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null && first[0] == null) {
                    first[0] = e;
                }
                remove(dir);
                return FileVisitResult.CONTINUE;
            }

            private void remove(Path path) {
                try {
                    deletion.delete(path);
                } catch (NoSuchFileException e) {
                    // Gone already.
                } catch (IOException e) {
                    if (first[0] == null) {
                        first[0] = e;
                    }
                }
            }
        });
        if (first[0] != null) {
            throw first[0];
        }
    }
}
