package io.github.broadsheet.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders (recursively, including folders created later) and calls back once per burst of changes:
 * editors often write a file in several steps, so events are collected until the tree has been quiet for a
 * moment. The callback gets the paths the burst touched (created, modified or deleted files and folders; a
 * watched folder itself when the system lost events). Runs on its own daemon thread until closed.
 */
public final class SiteWatcher implements AutoCloseable {

    /** How long the tree must be quiet before a burst of events counts as one change. */
    static final long QUIET_MILLIS = 40;

    private final WatchService service;
    private final Thread thread;

    public SiteWatcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        this.thread = new Thread(() -> loop(onChange), "broadsheet-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                WatchKey key = service.take();
                drain(key, changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, changed);
                }
                onChange.accept(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: stop watching.
        }
    }

    /** Registers folders that appeared, then re-arms the key. */
    private void drain(WatchKey key, Set<Path> changed) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            changed.add(event.context() instanceof Path name ? folder.resolve(name) : folder);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path created = folder.resolve((Path) event.context());
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        // The folder vanished again before it could be watched; its files come with the next event.
                    }
                }
            }
        }
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
