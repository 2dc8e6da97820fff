package io.github.broadsheet.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {

    @TempDir
    Path dir;

    @Test
    void sameContentSameHash() {
        assertThat(ContentHash.of("abc")).hasSize(ContentHash.BYTES).isEqualTo(ContentHash.of("abc"));
        assertThat(ContentHash.of(new byte[] {1, 2, 3})).isEqualTo(ContentHash.of(new byte[] {1, 2, 3}));
    }

    /**
     * The published MurmurHash3_x64_128 vector (seed 0), 6c1b07bc7bbc4be347939ac4a93c437a as the reference code's
     * output bytes, i.e. each 64-bit half little-endian; here each half is big-endian.
     */
    @Test
    void matchesTheReferenceVector() {
        assertThat(hex(ContentHash.of("The quick brown fox jumps over the lazy dog")))
                .isEqualTo("e34bbc7bbc071b6c" + "7a433ca9c49a9347");
    }

    /** MurmurHash3 with seed 0 leaves the empty input at zero: a check of the seed and of the byte layout. */
    @Test
    void emptyInputHashesToZero() {
        assertThat(ContentHash.of("")).isEqualTo(new byte[16]);
        assertThat(ContentHash.of(new byte[0])).isEqualTo(new byte[16]);
    }

    /** Cache keys must not depend on the platform's default charset. */
    @Test
    void textIsHashedAsUtf8() throws Exception {
        String text = "Grüße, 東京";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertThat(ContentHash.of(text)).isEqualTo(ContentHash.of(utf8));
        assertThat(ContentHash.of(text)).isNotEqualTo(ContentHash.of(text.getBytes(StandardCharsets.UTF_16)));
        Path file = Files.write(dir.resolve("text.md"), utf8);
        assertThat(ContentHash.of(file)).isEqualTo(ContentHash.of(text));
    }

    @Test
    void differentContentDiffers() {
        assertThat(ContentHash.of("a")).isNotEqualTo(ContentHash.of("b"));
        assertThat(ContentHash.of("ab")).isNotEqualTo(ContentHash.of("ba"));
        assertThat(ContentHash.of("Bbody")).isNotEqualTo(ContentHash.of("Tbody"));
        assertThat(ContentHash.of("abc")).isNotEqualTo(ContentHash.of("abc "));
    }

    /** One chunk, exactly full: hashed as it is, like any file that fits in a chunk. */
    @Test
    void fileOfExactlyOneChunkIsHashedDirectly() throws Exception {
        byte[] content = content(ContentHash.CHUNK);
        Path file = Files.write(dir.resolve("one"), content);
        assertThat(ContentHash.of(file)).isEqualTo(ContentHash.of(content)).isEqualTo(ContentHash.of(file));
        assertThat(hex(ContentHash.of(file))).isEqualTo(ONE_CHUNK);
        assertThat(ContentHash.of(Files.write(file, changed(content, ContentHash.CHUNK - 1))))
                .isNotEqualTo(ContentHash.of(content));
    }

    /** Two full chunks: the boundary falls on the end of the file, and no empty third chunk is hashed. */
    @Test
    void fileEndingOnAChunkBoundary() throws Exception {
        byte[] content = content(2 * ContentHash.CHUNK);
        Path file = Files.write(dir.resolve("two"), content);
        byte[] hash = ContentHash.of(file);
        assertThat(hash).isEqualTo(ContentHash.of(file)).isEqualTo(chunked(content));
        assertThat(hex(hash)).isEqualTo(TWO_CHUNKS);
        assertThat(hash).isNotEqualTo(ContentHash.of(content));
        assertThat(ContentHash.of(Files.write(file, changed(content, ContentHash.CHUNK)))).isNotEqualTo(hash);
        assertThat(ContentHash.of(Files.write(file, Arrays.copyOf(content, content.length + 1)))).isNotEqualTo(hash);
    }

    /** More than two chunks, the last one short: every chunk counts, wherever a byte changes. */
    @Test
    void fileOfSeveralChunks() throws Exception {
        byte[] content = content(2 * ContentHash.CHUNK + 12_345);
        Path file = Files.write(dir.resolve("three"), content);
        byte[] hash = ContentHash.of(file);
        assertThat(hash).hasSize(ContentHash.BYTES).isEqualTo(ContentHash.of(file)).isEqualTo(chunked(content));
        assertThat(hex(hash)).isEqualTo(THREE_CHUNKS);
        for (int at : new int[] {0, ContentHash.CHUNK - 1, ContentHash.CHUNK + 7, content.length - 1}) {
            assertThat(ContentHash.of(Files.write(file, changed(content, at)))).as("byte %d changed", at)
                    .isNotEqualTo(hash);
        }
        assertThat(ContentHash.of(Files.write(file, content))).isEqualTo(hash);
    }

    /*
     * The values a build cache written today holds: if one changes, every cache key changes, and the cache formats'
     * signatures (BuildCache, LastBuild) must change with it. Taken from this code, and found equal when pinned to
     * those of a separate implementation (in Python) of the reference MurmurHash3_x64_128 and of the chunk scheme.
     */
    private static final String ONE_CHUNK = "83be8a08760741210fa4e1ee47f1917e";
    private static final String TWO_CHUNKS = "4e2b27729b3e4af307619dbfd9ea540c";
    private static final String THREE_CHUNKS = "adef853fe2ef1a3b1e67e8d00f6f153c";

    /** The documented scheme, written out: the chunks' hashes, then the length as 8 big-endian bytes. */
    private static byte[] chunked(byte[] content) {
        ByteArrayOutputStream hashes = new ByteArrayOutputStream();
        for (int from = 0; from < content.length; from += ContentHash.CHUNK) {
            hashes.writeBytes(ContentHash.of(Arrays.copyOfRange(content, from,
                    Math.min(content.length, from + ContentHash.CHUNK))));
        }
        hashes.writeBytes(ByteBuffer.allocate(8).putLong(content.length).array());
        return ContentHash.of(hashes.toByteArray());
    }

    /** Bytes that differ from chunk to chunk, so that swapped or repeated chunks would show. */
    private static byte[] content(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + i / 251);
        }
        return bytes;
    }

    private static byte[] changed(byte[] content, int at) {
        byte[] copy = content.clone();
        copy[at] ^= 1;
        return copy;
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
