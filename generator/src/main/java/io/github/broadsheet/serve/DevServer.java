package io.github.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.broadsheet.files.FolderBoundary;
import io.github.broadsheet.text.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Serves a generated site on localhost with the JDK's own HTTP server: correct content types, {@code index.html}
 * for folders, the site's {@code 404.html} for missing paths. HTML responses get a small script injected (never
 * into the files) that listens on a Server-Sent Events stream: {@link #reload()} makes every open tab reload,
 * {@link #failed(String)} shows the build error as an overlay while the last good site stays served.
 */
public final class DevServer implements AutoCloseable {

    static final String EVENTS = "/__broadsheet/events";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"));

    /** Reloads on "reload", shows an overlay on "failed"; injected before {@code </body>} of HTML responses. */
    static final String RELOAD_SCRIPT = "<script>(function(){var s=new EventSource('" + EVENTS + "');"
            + "s.addEventListener('reload',function(){location.reload();});"
            + "s.addEventListener('failed',function(e){var d=document.getElementById('broadsheet-error');"
            + "if(!d){d=document.createElement('pre');d.id='broadsheet-error';d.style.cssText='position:fixed;inset:0;"
            + "margin:0;padding:2rem;overflow:auto;background:rgba(20,20,20,.95);color:#ffb4a9;font:14px/1.5 monospace;"
            + "z-index:2147483647;white-space:pre-wrap';document.body.appendChild(d);}d.textContent=JSON.parse(e.data);});"
            + "})();</script>";

    private final Path root;
    private final HttpServer server;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    /** The event data of the last build's failure while the build is broken; a tab that connects gets it too. */
    private volatile String failure;

    /**
     * Starts serving {@code root} at once.
     *
     * @throws IOException with a clear message when the port is taken
     */
    public DevServer(Path root, String host, int port) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (BindException e) {
            throw new IOException("port " + port + " on " + host + " is in use; stop the other server or choose"
                    + " another port with -Dsite.port=...", e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "broadsheet-serve");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Tells every open page to reload. */
    public void reload() {
        failure = null;
        send("reload", "\"ok\"");
    }

    /**
     * Shows a build error in every open page, as an overlay, and in every page opened or reloaded until the next
     * {@link #reload()}: a tab opened while the build is broken must not show the last good page as if all were well.
     */
    public void failed(String message) {
        failure = Json.write(message);
        send("failed", failure);
    }

    @Override
    public void close() {
        for (OutputStream listener : listeners) {
            try {
                listener.close();
            } catch (IOException e) {
                // The browser went away first; nothing to close.
            }
        }
        server.stop(0);
    }

    private void send(String event, String data) {
        byte[] message = event(event, data);
        for (OutputStream listener : listeners) {
            try {
                listener.write(message);
                listener.flush();
            } catch (IOException e) {
                listeners.remove(listener);
            }
        }
    }

    private static byte[] event(String event, String data) {
        return ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = uri.getPath() == null ? "/" : uri.getPath();
            if (path.equals(EVENTS)) {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, 0);
                OutputStream body = exchange.getResponseBody();
                body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
                String broken = failure;
                if (broken != null) {
                    body.write(event("failed", broken));
                }
                body.flush();
                listeners.add(body);
                waitUntilClosed(body);
                return;
            }
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Path file = resolve(path);
            int status = 200;
            if (file == null) {
                status = 404;
                file = root.resolve("404.html");
                if (!Files.isRegularFile(file)) {
                    byte[] text = "Not found".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                    exchange.sendResponseHeaders(404, text.length);
                    exchange.getResponseBody().write(text);
                    return;
                }
            }
            byte[] bytes = Files.readAllBytes(file);
            String type = type(file);
            if (type.startsWith("text/html")) {
                bytes = inject(bytes);
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    /** Holds an event stream open until the browser goes away or the server closes it. */
    private void waitUntilClosed(OutputStream body) {
        try {
            while (listeners.contains(body)) {
                Thread.sleep(15_000);
                body.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (IOException | InterruptedException e) {
            listeners.remove(body);
        }
    }

    /** The file for a URL path, {@code index.html} for folders; {@code null} when missing or outside the root. */
    private Path resolve(String path) throws IOException {
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file) || !FolderBoundary.of(root).contains(file)) {
            return null;
        }
        return file;
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream"
                : TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }

    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String injected = end < 0 ? page + RELOAD_SCRIPT : page.substring(0, end) + RELOAD_SCRIPT + page.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }
}
