package io.github.broadsheet.fork;

import io.github.broadsheet.digest.Sha256;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The class-data archive of the build JVM: the generator's classes parsed, verified and laid out once, then mapped
 * into every later build, which saves a good part of a short build's start. JDK 25 and later make an AOT cache
 * ({@code -XX:AOTCacheOutput} on the first build, {@code -XX:AOTCache} after it), JDK 17 to 24 a dynamic AppCDS
 * archive ({@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}). The file's name holds a hash of
 * the JDK, the JVM options and the classpath (each jar's path, size and time), so a plugin upgrade or another JDK
 * makes a new archive and the old ones are deleted. An archive the JVM cannot use (stale, damaged, foreign) is
 * ignored by the JVM itself, which then starts without it; {@link ForkedGenerator} also deletes it and builds again
 * without an archive when a build that used one did not even start.
 */
final class ClassArchive {

    private static final String PREFIX = "broadsheet-classes-";

    private final Path directory;
    private final Path target;
    private final boolean aotCache;
    private final Consumer<String> debug;

    private ClassArchive(Path directory, Path target, boolean aotCache, Consumer<String> debug) {
        this.directory = directory;
        this.target = target;
        this.aotCache = aotCache;
        this.debug = debug;
    }

    /** The archive for this JDK, options and classpath in {@code directory}; none for a JDK before 17 or unknown. */
    static Optional<ClassArchive> of(Path directory, JavaRuntime jdk, List<String> jvmArgs,
                                               List<Path> classpath, Consumer<String> debug) {
        if (jdk.feature() < 17) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder();
        key.append(jdk.executable().toAbsolutePath()).append('\n').append(jdk.version()).append('\n');
        jvmArgs.forEach(arg -> key.append(arg).append('\n'));
        for (Path entry : classpath) {
            key.append(entry.toAbsolutePath()).append('\t');
            try {
                key.append(Files.size(entry)).append('\t').append(Files.getLastModifiedTime(entry).toMillis());
            } catch (IOException e) {
                key.append('-');
            }
            key.append('\n');
        }
        boolean aot = jdk.feature() >= 25;
        String name = PREFIX + jdk.feature() + "-" + Sha256.hex(key.toString(), 16) + (aot ? ".aot" : ".jsa");
        return Optional.of(new ClassArchive(directory, directory.resolve(name), aot, debug));
    }

    Path file() {
        return target;
    }

    /** The archive is there to be used (else this build makes it). */
    boolean ready() {
        try {
            return Files.isRegularFile(target) && Files.size(target) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The JVM options that use the archive. */
    List<String> useOptions() {
        return List.of((aotCache ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + target);
    }

    /**
     * A file the JVM writes a new archive to when it exits; {@link #keep} moves it into place, so that builds
     * running side by side never map a half-written archive.
     */
    Path pendingFile() {
        // In the temporary folder, so that a build that fails leaves nothing in the project.
        return Path.of(System.getProperty("java.io.tmpdir"))
                .resolve(PREFIX + "pending-" + UUID.randomUUID() + (aotCache ? ".aot" : ".jsa"));
    }

    /** The JVM options that write a new archive to {@code pending}. */
    List<String> createOptions(Path pending) {
        return List.of((aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + pending);
    }

    /**
     * Moves a new archive into place (creating the folder) and deletes the archives of other JDKs and classpaths.
     */
    void keep(Path pending) {
        try {
            if (!Files.isRegularFile(pending) || Files.size(pending) == 0) {
                debug.accept("the build JVM wrote no class-data archive; the next build tries again");
                Files.deleteIfExists(pending);
                return;
            }
            Files.createDirectories(directory);
            try {
                Files.move(pending, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Another file system: copied beside the target first, so the target appears whole.
                Path copy = directory.resolve(PREFIX + "pending-" + UUID.randomUUID());
                Files.copy(pending, copy);
                Files.delete(pending);
                Files.move(copy, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            debug.accept("class-data archive written: " + target);
            try (DirectoryStream<Path> old = Files.newDirectoryStream(directory, PREFIX + "*")) {
                for (Path file : old) {
                    if (!file.equals(target) && !file.getFileName().toString().startsWith(PREFIX + "pending-")) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (IOException e) {
            debug.accept("cannot keep the class-data archive " + target + ": " + e);
            discard(pending);
        }
    }

    /** Deletes a file of this archive quietly: an archive is only ever a speed-up. */
    void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            debug.accept("cannot delete " + file + ": " + e);
        }
    }
}
