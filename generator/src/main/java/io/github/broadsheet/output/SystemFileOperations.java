package io.github.broadsheet.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/** {@link FileOperations} on the real file system, through {@link Files}. */
final class SystemFileOperations implements FileOperations {

    @Override
    public void createDirectory(Path dir) throws IOException {
        Files.createDirectory(dir);
    }

    @Override
    public void createDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
    }

    @Override
    public void copy(Path source, Path target) throws IOException {
        // Through a stream: Files.copy(Path, Path) gives the new file the source's mode, so a private (0600)
        // file in static/ would become a page the web server may not read.
        try (InputStream in = Files.newInputStream(source)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void copyExactly(Path source, Path target) throws IOException {
        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void link(Path link, Path existing) throws IOException {
        Files.createLink(link, existing);
    }

    @Override
    public void rename(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void delete(Path path) throws IOException {
        Files.delete(path);
    }

    @Override
    public void setModifiedTime(Path file, FileTime time) throws IOException {
        Files.setLastModifiedTime(file, time);
    }

    @Override
    public void copyMode(Path from, Path to) throws IOException {
        if (Files.getFileAttributeView(to, PosixFileAttributeView.class) == null) {
            return;
        }
        try {
            // The unix view carries the set-group-id bit that web roots often have; the posix view does not.
            Object gid = Files.getAttribute(from, "unix:gid");
            if (!gid.equals(Files.getAttribute(to, "unix:gid"))) {
                try {
                    Files.setAttribute(to, "unix:gid", gid);
                } catch (IOException e) {
                    // Only the folder's owner in that group may hand it over; the mode is what matters.
                }
            }
            Files.setAttribute(to, "unix:mode", (Integer) Files.getAttribute(from, "unix:mode") & 07777);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            PosixFileAttributes attributes = Files.readAttributes(from, PosixFileAttributes.class);
            Files.setPosixFilePermissions(to, attributes.permissions());
        }
    }

    @Override
    public OutputLock lock(Path file) throws IOException {
        return OutputLock.acquire(file);
    }
}
