package io.github.broadsheet.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A folder's real location, and the test whether a path lies inside it once every symbolic link on the way to
 * it is followed. Articles, themes and templates are often someone else's files, and git stores symbolic links:
 * a link to {@code /etc/passwd}, {@code /proc/self/environ} (CI secrets) or {@code ~/.ssh/} must not pull that
 * file into the published site, while a link that stays inside the folder is harmless and may be followed. The
 * content scanner, the theme's static files and templates and the live server all ask this one question here.
 *
 * @param real the folder's real path (links followed, {@code ..} resolved); everything must stay inside it
 */
public record FolderBoundary(Path real) {

    /**
     * The boundary of {@code folder}. A folder that is itself a symbolic link is allowed: its target becomes the
     * boundary.
     *
     * @throws IOException when the folder does not exist or cannot be resolved
     */
    public static FolderBoundary of(Path folder) throws IOException {
        return new FolderBoundary(folder.toRealPath());
    }

    /**
     * Whether {@code path}, every link on its way followed, lies inside the folder.
     *
     * @throws IOException when the path cannot be resolved (a missing link target, a link loop)
     */
    public boolean contains(Path path) throws IOException {
        return path.toRealPath().startsWith(real);
    }
}
