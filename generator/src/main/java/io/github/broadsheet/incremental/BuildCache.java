package io.github.broadsheet.incremental;

import io.github.broadsheet.digest.ContentHash;
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
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The build cache in {@code target/}: rendered Markdown by content hash, so a rebuild after editing one article
 * renders one body instead of all. The file starts with a signature of everything that changes renderings
 * (format version, renderer options), then holds one entry per rendering (key, length, the rendering) and an end
 * mark; a file with another signature, or one that cannot be read to the end, is ignored and reported as a debug
 * note, never trusted. {@link StoredMarkdown} reads and writes the entries.
 */
public final class BuildCache {

    private static final String FILE = "markdown.bin";
    private static final int MAX_STRING = 256 * 1024 * 1024;
    /** Before each entry of the file: an entry follows, or the file ends (a file without its end is ignored). */
    static final int ENTRY = 1;
    static final int END = 0;

    private final Path directory;
    private final String signature;

    /**
     * @param directory where the cache lives, e.g. {@code target/broadsheet-cache}
     * @param signature what the cached renderings depend on; a different one makes the cache stale
     */
    public BuildCache(Path directory, String signature) {
        this.directory = directory;
        this.signature = "broadsheet-markdown-cache/4 " + signature;
    }

    /**
     * The cache of the last successful build, or an empty one (with a note saying why). Only an index of the file
     * is read here (which rendering is where); renderings are read when the build asks for them. The cache is
     * open until {@link #save} or {@link StoredMarkdown#close()}.
     */
    public StoredMarkdown load(Consumer<String> notes) {
        Path file = directory.resolve(FILE);
        Path next = directory.resolve(FILE + ".next");
        if (!Files.isRegularFile(file)) {
            return StoredMarkdown.open(Map.of(), null, next, signature);
        }
        Map<ByteBuffer, StoredMarkdown.Location> index = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!signature.equals(readString(in))) {
                notes.accept("build cache " + file + " was written by another version or with other options; ignored");
                return StoredMarkdown.open(Map.of(), null, next, signature);
            }
            long position = Integer.BYTES + (long) signature.getBytes(StandardCharsets.UTF_8).length;
            while (true) {
                int tag = in.read();
                if (tag == END) {
                    break;
                }
                if (tag != ENTRY) {
                    throw new EOFException("no end mark");
                }
                byte[] key = new byte[ContentHash.BYTES];
                in.readFully(key);
                int length = in.readInt();
                if (length < 0 || length > MAX_STRING) {
                    throw new EOFException("implausible entry length " + length);
                }
                position += 1 + key.length + Integer.BYTES;
                index.put(ByteBuffer.wrap(key), new StoredMarkdown.Location(position, length));
                in.skipNBytes(length);
                position += length;
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
        } catch (IOException | RuntimeException e) {
            notes.accept("build cache " + file + " is unreadable (" + e + "); ignored");
            return StoredMarkdown.open(Map.of(), null, next, signature);
        }
        return StoredMarkdown.open(index, file, next, signature);
    }

    /**
     * Keeps what this build used, for the next build: the file {@code cache} wrote while the build ran takes the
     * place of the last build's, and {@code cache} is closed.
     */
    public void save(StoredMarkdown cache) throws IOException {
        cache.finish(directory.resolve(FILE));
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
