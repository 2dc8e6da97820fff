package io.github.broadsheet.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * One line for a user about a failed file operation: the file and the reason, where Java's own text is just a
 * path ({@code NoSuchFileException: /x/y}) or a class name.
 */
final class IoErrorText {

    private IoErrorText() {
    }

    static String of(IOException e) {
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() != null ? f.getReason()
                    : f instanceof NoSuchFileException ? "no such file or folder"
                    : f instanceof AccessDeniedException ? "permission denied"
                    : f instanceof FileAlreadyExistsException ? "already exists"
                    : f instanceof DirectoryNotEmptyException ? "folder not empty"
                    : f instanceof NotDirectoryException ? "not a folder"
                    : f.getClass().getSimpleName();
            String files = f.getFile() == null ? "" : f.getOtherFile() == null ? f.getFile() + ": "
                    : f.getFile() + " -> " + f.getOtherFile() + ": ";
            return files + reason;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
