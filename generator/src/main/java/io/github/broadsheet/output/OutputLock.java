package io.github.broadsheet.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * The exclusive lock of one output directory, held by a file beside it ({@code .public.lock}) while a build writes
 * or repairs the output. A second build of the same output waits for the first one; whoever holds the lock knows
 * that every staging or old folder beside the output is a dead build's leftover. The operating system releases
 * the lock when a process dies, so a killed build never blocks the next one. The file exists only while it is
 * held: it is deleted before the lock is released, and a waiter that got the lock of a file deleted meanwhile
 * notices (the path no longer holds the token it wrote) and tries again.
 */
final class OutputLock implements Closeable {

    private final Path file;
    private final FileChannel channel;

    private OutputLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static OutputLock acquire(Path file) throws IOException {
        while (true) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                waitFor(channel);
                byte[] text = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(text), 0);
                if (holds(file, text)) {
                    return new OutputLock(file, channel);
                }
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            channel.close();
        }
    }

    /** Blocks until this process holds the lock; another thread of this JVM holding it makes it poll. */
    private static FileLock waitFor(FileChannel channel) throws IOException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for " + channel);
                }
            }
        }
    }

    private static boolean holds(Path file, byte[] token) throws IOException {
        try {
            return Arrays.equals(Files.readAllBytes(file), token);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Releases the lock as a dying process does, leaving the file behind. */
    void release() throws IOException {
        channel.close();
    }

    /** Deletes the lock file while still holding it, then releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            channel.close();
        }
    }
}
