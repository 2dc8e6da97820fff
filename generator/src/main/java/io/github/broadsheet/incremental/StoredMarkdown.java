package io.github.broadsheet.incremental;

import io.github.broadsheet.digest.ContentHash;
import io.github.broadsheet.markdown.MarkdownCache;
import io.github.broadsheet.markdown.RenderedMarkdown;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The {@link MarkdownCache} of the build cache, open for one build: rendered Markdown by the {@link ContentHash} of
 * its source. The renderings of the last build stay in its file, of which only an index is held; each rendering this
 * build uses is written at once to the next file, which {@link BuildCache#save} puts in place when the build
 * succeeded. So the cache holds no rendering in memory: a map of them held every body's HTML and plain text to the
 * end of the build, 13 KB per article (1.3 GB at 100,000 articles). Thread-safe; {@link #close()} drops the next
 * file when the build did not succeed.
 */
public final class StoredMarkdown implements MarkdownCache, Closeable {

    /** Where one rendering of the last build's file is: its first byte and its length. */
    record Location(long offset, int length) {
    }

    private final Map<ByteBuffer, Location> previous;
    private final FileChannel previousFile;
    private final Path next;
    private final DataOutputStream out;
    private final Set<ByteBuffer> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reused = new AtomicInteger();
    private IOException failure;
    private boolean closed;

    private StoredMarkdown(Map<ByteBuffer, Location> previous, FileChannel previousFile, Path next,
                           DataOutputStream out, IOException failure) {
        this.previous = previous;
        this.previousFile = previousFile;
        this.next = next;
        this.out = out;
        this.failure = failure;
    }

    /**
     * The cache of a build: the last build's renderings at {@code index} in {@code file} (none when it is
     * {@code null}), the renderings of this build written to {@code next}, which starts with {@code signature}. A
     * cache that cannot be written still renders: the build goes on, and {@link BuildCache#save} says why it saved
     * nothing.
     */
    static StoredMarkdown open(Map<ByteBuffer, Location> index, Path file, Path next, String signature) {
        FileChannel channel = null;
        Map<ByteBuffer, Location> previous = index;
        if (file != null) {
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ);
            } catch (IOException e) {
                previous = Map.of();
            }
        }
        try {
            Files.createDirectories(next.getParent());
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(next), 1 << 16));
            BuildCache.writeString(out, signature);
            return new StoredMarkdown(Map.copyOf(previous), channel, next, out, null);
        } catch (IOException e) {
            return new StoredMarkdown(Map.copyOf(previous), channel, next, null, e);
        }
    }

    @Override
    public RenderedMarkdown get(char kind, String markdown, Function<String, RenderedMarkdown> render) {
        ByteBuffer key = ByteBuffer.wrap(ContentHash.of(kind + markdown));
        Location at = previous.get(key);
        byte[] entry = at == null ? null : read(at);
        RenderedMarkdown rendering = entry == null ? null : decode(entry);
        if (rendering == null) {
            entry = null;
            rendering = render.apply(markdown);
        }
        if (used.add(key)) {
            if (entry != null) {
                reused.incrementAndGet();
            }
            write(key.array(), entry == null ? encode(rendering) : entry);
        }
        return rendering;
    }

    /** How many renderings this build used: what the next build may reuse. */
    public int used() {
        return used.size();
    }

    /** How many renderings came from the previous build. */
    public int reused() {
        return reused.get();
    }

    /** Ends the next file and puts it at {@code file}, replacing the last build's; closes this cache. */
    synchronized void finish(Path file) throws IOException {
        if (failure == null && !closed) {
            try {
                out.writeByte(BuildCache.END);
                out.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        IOException why = failure;
        if (why == null && closed) {
            why = new IOException("the cache was closed before it was saved");
        }
        boolean ok = why == null;
        if (ok) {
            closed = true;
            closePrevious();
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        close();
        throw why;
    }

    /** Closes the last build's file and drops the next one, unless {@link BuildCache#save} put it in place. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closePrevious();
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            // Dropped below anyway.
        }
        try {
            Files.deleteIfExists(next);
        } catch (IOException e) {
            // A stale next file is overwritten by the next build.
        }
    }

    private void closePrevious() {
        try {
            if (previousFile != null) {
                previousFile.close();
            }
        } catch (IOException e) {
            // Only read from; nothing is lost.
        }
    }

    /** The bytes of one entry of the last build's file, or {@code null} when they cannot be read. */
    private byte[] read(Location at) {
        ByteBuffer buffer = ByteBuffer.allocate(at.length());
        try {
            while (buffer.hasRemaining()) {
                if (previousFile.read(buffer, at.offset() + buffer.position()) < 0) {
                    return null;
                }
            }
            return buffer.array();
        } catch (IOException e) {
            return null;
        }
    }

    private synchronized void write(byte[] key, byte[] entry) {
        if (failure != null || closed) {
            return;
        }
        try {
            out.writeByte(BuildCache.ENTRY);
            out.write(key);
            out.writeInt(entry.length);
            out.write(entry);
        } catch (IOException e) {
            failure = e;
        }
    }

    /** One rendering as an entry of the file (its problems are not kept: see {@link RenderedMarkdown}). */
    static byte[] encode(RenderedMarkdown value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2 * (value.html().length() + value.text().length()));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            BuildCache.writeString(out, value.html());
            BuildCache.writeString(out, value.text());
            BuildCache.writeString(out, value.firstParagraph());
            out.writeInt(value.wordCount());
            out.writeInt(value.headings().size());
            for (RenderedMarkdown.Heading heading : value.headings()) {
                out.writeInt(heading.level());
                BuildCache.writeString(out, heading.id());
                BuildCache.writeString(out, heading.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The rendering of an entry, or {@code null} when the entry is damaged (it is rendered again). */
    static RenderedMarkdown decode(byte[] entry) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
            String html = BuildCache.readString(in);
            String text = BuildCache.readString(in);
            String first = BuildCache.readString(in);
            int words = in.readInt();
            int headingCount = in.readInt();
            if (headingCount < 0 || headingCount > entry.length) {
                throw new EOFException("implausible heading count " + headingCount);
            }
            List<RenderedMarkdown.Heading> headings = new ArrayList<>(headingCount);
            for (int h = 0; h < headingCount; h++) {
                headings.add(new RenderedMarkdown.Heading(in.readInt(), BuildCache.readString(in),
                        BuildCache.readString(in)));
            }
            if (in.read() != -1) {
                throw new EOFException("trailing bytes");
            }
            return new RenderedMarkdown(html, text, first, words, headings);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
