package io.github.broadsheet.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of names that must never change: the hash suffix of tag slugs and the hashed names of static assets
 * (both in URLs), and the build record's file name. Cache keys use the faster {@link ContentHash} instead. One
 * home, so that text is hashed the same way (UTF-8) and a short hash is the same prefix everywhere. SHA-256 is in
 * every Java runtime, so the checked {@link NoSuchAlgorithmException} is turned into an
 * {@link IllegalStateException} here, once.
 */
public final class Sha256 {

    private Sha256() {
    }

    /**
     * The first {@code digits} lowercase hex digits of the hash: short enough for a name or URL, stable across
     * runs and machines.
     *
     * @param digits 0 to 64
     */
    public static String hex(byte[] content, int digits) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, digits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** {@link #hex(byte[], int)} of the text's UTF-8 bytes. */
    public static String hex(String text, int digits) {
        return hex(text.getBytes(StandardCharsets.UTF_8), digits);
    }
}
