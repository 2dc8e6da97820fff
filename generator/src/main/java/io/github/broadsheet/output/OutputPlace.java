package io.github.broadsheet.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where a build puts a site and its temporary folders. {@code output} is the path as configured; {@code target}
 * the folder the files go into, which is the output itself or, when the output is a symbolic link, the folder it
 * points to (the link stays as it is); {@code home} the folder beside the output that holds the lock, the staging
 * folders ({@code .public.staging-*}) and, during a swap, the old site ({@code .public.old-*}). An in-place commit
 * keeps its undo folder inside the target ({@code .broadsheet-commit-*}), on the output's own file system, where a
 * rename is atomic even when the output is a mount point.
 */
record OutputPlace(Path output, Path target, Path home, String name, boolean linked) {

    /** Prefix of the in-place commit's undo folder inside the target. */
    static final String WORK_PREFIX = ".broadsheet-commit-";
    /** Prefix of the temporary file of {@link SiteWriter#replaceFile} inside the target. */
    static final String REPLACE_PREFIX = ".broadsheet-replace-";

    /** The place of an output path that {@link OutputGuard#shape} accepted. */
    static OutputPlace of(Path output) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        boolean linked = Files.isSymbolicLink(out);
        Path target = linked ? out.toRealPath() : out;
        return new OutputPlace(out, target, out.getParent(), out.getFileName().toString(), linked);
    }

    /** A new name for a build's staging folder, old folder or undo folder. */
    static String token() {
        return UUID.randomUUID().toString().substring(0, 13).replace("-", "");
    }

    Path lockFile() {
        return home.resolve("." + name + ".lock");
    }

    Path staging(String token) {
        return home.resolve(stagingPrefix() + token);
    }

    Path old(String token) {
        return home.resolve(oldPrefix() + token);
    }

    Path work(String token) {
        return target.resolve(WORK_PREFIX + token);
    }

    String stagingPrefix() {
        return "." + name + ".staging-";
    }

    String oldPrefix() {
        return "." + name + ".old-";
    }

    /** Whether the target folder exists (as a folder). */
    boolean exists() {
        return Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
    }
}
