package io.github.broadsheet.incremental;

import io.github.broadsheet.digest.ContentHash;
import io.github.broadsheet.markdown.RenderedMarkdown;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The build cache in {@code target/}: rendered Markdown by content hash, so a rebuild after editing one article
 * renders one body instead of all. The file starts with a signature of everything that changes renderings
 * (format version, renderer options); a file with another signature, or one that cannot be read to the end, is
 * ignored and reported as a debug note, never trusted.
 */
public final class BuildCache {

    private static final String FILE = "markdown.bin";
    private static final int MAX_STRING = 256 * 1024 * 1024;

    private final Path directory;
    private final String signature;

    /**
     * @param directory where the cache lives, e.g. {@code target/broadsheet-cache}
     * @param signature what the cached renderings depend on; a different one makes the cache stale
     */
    public BuildCache(Path directory, String signature) {
        this.directory = directory;
        this.signature = "broadsheet-markdown-cache/3 " + signature;
    }

    /** The cache of the last successful build, or an empty one (with a note saying why). */
    public StoredMarkdown load(Consumer<String> notes) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new StoredMarkdown();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!signature.equals(readString(in))) {
                notes.accept("build cache " + file + " was written by another version or with other options; ignored");
                return new StoredMarkdown();
            }
            int count = in.readInt();
            Map<ByteBuffer, RenderedMarkdown> entries = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                byte[] key = new byte[ContentHash.BYTES];
                in.readFully(key);
                String html = readString(in);
                String text = readString(in);
                String first = readString(in);
                int words = in.readInt();
                int headingCount = in.readInt();
                List<RenderedMarkdown.Heading> headings = new ArrayList<>(headingCount);
                for (int h = 0; h < headingCount; h++) {
                    headings.add(new RenderedMarkdown.Heading(in.readInt(), readString(in), readString(in)));
                }
                entries.put(ByteBuffer.wrap(key), new RenderedMarkdown(html, text, first, words, headings));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new StoredMarkdown(entries);
        } catch (IOException | RuntimeException e) {
            notes.accept("build cache " + file + " is unreadable (" + e + "); ignored");
            return new StoredMarkdown();
        }
    }

    /** Keeps what this build used, for the next build. */
    public void save(StoredMarkdown cache) throws IOException {
        writeReplacing(directory.resolve(FILE), out -> {
            writeString(out, signature);
            Map<ByteBuffer, RenderedMarkdown> entries = cache.used();
            out.writeInt(entries.size());
            for (Map.Entry<ByteBuffer, RenderedMarkdown> entry : entries.entrySet()) {
                out.write(entry.getKey().array());
                RenderedMarkdown value = entry.getValue();
                writeString(out, value.html());
                writeString(out, value.text());
                writeString(out, value.firstParagraph());
                out.writeInt(value.wordCount());
                out.writeInt(value.headings().size());
                for (RenderedMarkdown.Heading heading : value.headings()) {
                    out.writeInt(heading.level());
                    writeString(out, heading.id());
                    writeString(out, heading.text());
                }
            }
        });
    }

    /** What a cache file holds, written into its stream. */
    interface Content {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /**
     * Writes a file of the cache (this one, the last-build record) into a temporary file renamed over it, so that
     * a crash never leaves half a file.
     */
    static void writeReplacing(Path file, Content content) throws IOException {
        Path directory = file.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                content.writeTo(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING) {
            throw new EOFException("implausible string length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
