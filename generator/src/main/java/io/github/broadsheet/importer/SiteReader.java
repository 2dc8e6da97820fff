package io.github.broadsheet.importer;

import io.github.broadsheet.problem.BuildFailedException;
import java.io.IOException;
import java.util.List;

/**
 * Reads one kind of old site and converts it into Broadsheet documents, noting what it could not convert. It
 * reads the source only; {@link ContentWriter} writes.
 */
public interface SiteReader {

    /**
     * The documents of the site, sorted by their source so every run gives the same result.
     *
     * @throws BuildFailedException when the source is not a site of this kind at all (no {@code _posts/}, not a
     *                              WXR file), with a message that says what was expected
     */
    List<ImportedDocument> read(ImportRequest request, ImportNotes notes) throws BuildFailedException, IOException;
}
