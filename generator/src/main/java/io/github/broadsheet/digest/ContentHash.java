package io.github.broadsheet.digest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The 128-bit MurmurHash3 (x64 variant, seed 0, from commons-codec) that the build cache keys content by: the
 * Markdown cache's keys (a body's or teaser's source), the page and shared-view digests of {@code ModelDigest},
 * and the input fingerprints of {@code FileFingerprints}. Cache keys only need to tell contents apart, not to
 * resist an attacker: the worst a collision could cause is a stale page, and whoever could craft one controls
 * the content anyway; with 128 bits an accidental collision is negligible. Under the C1-only JIT that Maven runs
 * this project with, the JDK's SHA-256 has no intrinsic and this hash is about 9 times faster. Names that end up
 * in URLs or on disk (tag slugs, hashed asset names, the build record's file name) keep {@link Sha256}, so that
 * they never change. A hash is {@value #BYTES} bytes: the two 64-bit halves, each big-endian.
 */
public final class ContentHash {

    /** The length of a hash in bytes. */
    public static final int BYTES = 16;

    /**
     * How much of a file {@link #of(Path)} reads at a time. A file of at most this many bytes is hashed as it is;
     * a longer one is cut into chunks of this size (the last one may be shorter), and its hash is the hash of the
     * chunks' hashes, one after the other, followed by the file's length in bytes as 8 big-endian bytes.
     */
    public static final int CHUNK = 1 << 20;

    private ContentHash() {
    }

    /** The hash of the bytes. */
    public static byte[] of(byte[] content) {
        return of(content, content.length);
    }

    /** The hash of the text's UTF-8 bytes. */
    public static byte[] of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The hash of a file's content, read {@link #CHUNK} bytes at a time (see there), so that a large file is never
     * held in memory whole. Equals {@link #of(byte[])} of the content for a file of at most one chunk.
     */
    public static byte[] of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = in.readNBytes(CHUNK);
            if (chunk.length < CHUNK) {
                return of(chunk);
            }
            ByteArrayOutputStream hashes = new ByteArrayOutputStream();
            long length = 0;
            for (int n = chunk.length; n > 0; n = in.readNBytes(chunk, 0, CHUNK)) {
                hashes.writeBytes(of(chunk, n));
                length += n;
            }
            if (length == CHUNK) {
                return hashes.toByteArray();
            }
            hashes.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(length).array());
            return of(hashes.toByteArray());
        }
    }

    private static byte[] of(byte[] content, int length) {
        long[] hash = MurmurHash3.hash128x64(content, 0, length, 0);
        return ByteBuffer.allocate(BYTES).putLong(hash[0]).putLong(hash[1]).array();
    }
}
