package io.github.broadsheet.fork;

/**
 * The forked build JVM stopped without saying how the build ended (it could not start, was killed, or crashed on
 * something unexpected); the message says what it printed last. Not a problem of the site's input, which is
 * reported as a {@link io.github.broadsheet.problem.BuildFailedException}.
 */
public final class ForkFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForkFailedException(String message) {
        super(message);
    }

    public ForkFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
