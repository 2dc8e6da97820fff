package io.github.broadsheet.incremental;

import io.github.broadsheet.digest.Sha256;
import io.github.broadsheet.problem.Problem;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What the last successful build read and wrote, kept in the build cache so that a build with nothing changed
 * can stop at once: the configuration (as text, "now" left out), the fingerprint of every input file, the span
 * of "now" within which the same articles are published, and size and time of every output file it wrote, plus
 * the figures and warnings of its report. The file starts with a format signature; anything that does not read
 * back completely is rejected with an {@link IOException}, never half trusted.
 *
 * @param config        the configuration that affects the output, as text
 * @param takenAt       when the input fingerprint was taken, nanoseconds since the epoch
 * @param inputs        the input files (content, templates, static files, themes, the tool itself)
 * @param lastShown     the latest date of a published article that is not after "now", or {@code null}
 * @param nextPublished the earliest article date after "now" (a future article), or {@code null}
 * @param outputs       every file of the output as written: path to size and modification time
 * @param articles      published articles
 * @param pageCount     HTML pages
 * @param pages         each page's {@link ModelDigest digest} and the static files it
 *                      linked through {@code assets.url}, by output path
 * @param warnings      the warnings of the build, repeated by a build that finds nothing changed
 */
public record LastBuild(String config, long takenAt, Map<String, FileFingerprints.Entry> inputs, Instant lastShown,
                        Instant nextPublished, Map<String, FileFingerprints.Entry> outputs, int articles, int pageCount,
                        Map<String, Page> pages, List<Problem> warnings) {

    /** A page of the last build: its model digest and the static files it linked through {@code assets.url}. */
    public record Page(String digest, List<String> assets) {

        public Page {
            assets = List.copyOf(assets);
        }
    }

    static final String SIGNATURE = "broadsheet-last-build/3";
    /**
     * The record's file in the cache folder: one per output folder, so that serving (into its own folder, with
     * drafts) and generating keep their records side by side.
     */
    public static Path file(Path cacheDirectory, Path output) {
        String hash = Sha256.hex(output.toAbsolutePath().normalize().toString(), 8);
        return cacheDirectory.resolve("last-build-" + hash + ".bin");
    }

    public LastBuild {
        inputs = Map.copyOf(inputs);
        outputs = Map.copyOf(outputs);
        pages = Map.copyOf(pages);
        warnings = List.copyOf(warnings);
    }

    /** Whether a build at {@code now} publishes the same articles (with the same "future" flags) as this one. */
    public boolean publishesSameArticles(Instant now) {
        return (lastShown == null || !lastShown.isAfter(now)) && (nextPublished == null || now.isBefore(nextPublished));
    }

    /** Whether every output file is still there with the size and time it was written with. */
    public boolean outputIntact(Path output) {
        return outputs.keySet().parallelStream().allMatch(path -> outputIntact(output, path));
    }

    /** Whether this output file is still there with the size and time it was written with. */
    public boolean outputIntact(Path output, String path) {
        FileFingerprints.Entry written = outputs.get(path);
        if (written == null) {
            return false;
        }
        try {
            FileFingerprints.Entry now = stat(output.resolve(path));
            return now != null && now.size() == written.size() && now.modified() == written.modified();
        } catch (IOException e) {
            return false;
        }
    }

    /** Size and time of the listed output files as they are now (no content hash: the times are exact). */
    public static Map<String, FileFingerprints.Entry> outputFiles(Path output, Iterable<String> paths)
            throws IOException {
        Map<String, FileFingerprints.Entry> files = new TreeMap<>();
        for (String path : paths) {
            FileFingerprints.Entry written = stat(output.resolve(path));
            if (written == null) {
                throw new IOException("not a regular file: " + path);
            }
            files.put(path, written);
        }
        return files;
    }

    /** Size and time of a regular file, without a content hash, or {@code null} when it is no regular file. */
    private static FileFingerprints.Entry stat(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return attrs.isRegularFile()
                ? new FileFingerprints.Entry(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS), new byte[0])
                : null;
    }

    public static LastBuild read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!SIGNATURE.equals(BuildCache.readString(in))) {
                throw new IOException("written by another version");
            }
            String config = BuildCache.readString(in);
            long takenAt = in.readLong();
            Map<String, FileFingerprints.Entry> inputs = readFiles(in);
            Instant lastShown = readInstant(in);
            Instant nextPublished = readInstant(in);
            Map<String, FileFingerprints.Entry> outputs = readFiles(in);
            int articles = in.readInt();
            int pageCount = in.readInt();
            int digestCount = in.readInt();
            Map<String, Page> pages = new HashMap<>(Math.max(16, digestCount * 2));
            for (int i = 0; i < digestCount; i++) {
                String path = BuildCache.readString(in);
                String digest = BuildCache.readString(in);
                int assetCount = in.readInt();
                List<String> assets = new ArrayList<>();
                for (int a = 0; a < assetCount; a++) {
                    assets.add(BuildCache.readString(in));
                }
                pages.put(path, new Page(digest, assets));
            }
            int warningCount = in.readInt();
            List<Problem> warnings = new ArrayList<>();
            for (int i = 0; i < warningCount; i++) {
                String path = BuildCache.readString(in);
                int line = in.readInt();
                warnings.add(Problem.warning(path.isEmpty() ? null : Path.of(path), line, BuildCache.readString(in)));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new LastBuild(config, takenAt, inputs, lastShown, nextPublished, outputs, articles, pageCount, pages,
                    warnings);
        } catch (RuntimeException e) {
            throw new IOException("unreadable: " + e, e);
        }
    }

    /** Written to a temporary file and renamed, so a crash never leaves half a record. */
    public void write(Path file) throws IOException {
        BuildCache.writeReplacing(file, out -> {
            BuildCache.writeString(out, SIGNATURE);
            BuildCache.writeString(out, config);
            out.writeLong(takenAt);
            writeFiles(out, inputs);
            writeInstant(out, lastShown);
            writeInstant(out, nextPublished);
            writeFiles(out, outputs);
            out.writeInt(articles);
            out.writeInt(pageCount);
            out.writeInt(pages.size());
            for (Map.Entry<String, Page> page : pages.entrySet()) {
                BuildCache.writeString(out, page.getKey());
                BuildCache.writeString(out, page.getValue().digest());
                out.writeInt(page.getValue().assets().size());
                for (String asset : page.getValue().assets()) {
                    BuildCache.writeString(out, asset);
                }
            }
            out.writeInt(warnings.size());
            for (Problem warning : warnings) {
                BuildCache.writeString(out, warning.file() == null ? "" : warning.file().toString());
                out.writeInt(warning.line());
                BuildCache.writeString(out, warning.message());
            }
        });
    }

    private static void writeFiles(DataOutputStream out, Map<String, FileFingerprints.Entry> files) throws IOException {
        out.writeInt(files.size());
        for (Map.Entry<String, FileFingerprints.Entry> file : new TreeMap<>(files).entrySet()) {
            BuildCache.writeString(out, file.getKey());
            out.writeLong(file.getValue().size());
            out.writeLong(file.getValue().modified());
            out.writeByte(file.getValue().hash().length);
            out.write(file.getValue().hash());
        }
    }

    private static Map<String, FileFingerprints.Entry> readFiles(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("negative count");
        }
        Map<String, FileFingerprints.Entry> files = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String key = BuildCache.readString(in);
            long size = in.readLong();
            long modified = in.readLong();
            byte[] hash = new byte[in.readUnsignedByte()];
            in.readFully(hash);
            files.put(key, new FileFingerprints.Entry(size, modified, hash));
        }
        return files;
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }
}
