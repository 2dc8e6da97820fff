package io.github.broadsheet.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What the build JVM says arrives in the plugin as the same values a build in the plugin's JVM gives. */
class ChildProtocolTest {

    private static final Problem WARNING = Problem.warning(Path.of("content/articles/a b.md"), 3,
            "two lines:\n\tand a tab \\ backslash");
    private static final Problem ERROR = Problem.error(Path.of("content/articles/bad.md"), 1, "missing title");
    private static final Problem NO_FILE = Problem.error(null, 0, "the output is a file");

    @Test
    void aSuccessfulBuildArrivesWithItsNotesWarningsAndSummary() throws Exception {
        BuildOutcome sent = new BuildOutcome(List.of("cache: 3 of 4 kept", "ünïcode"), List.of(WARNING),
                "1 article, 8 pages (20 files) in 0.51 s -> target/public");
        ChildProtocol.Receiver receiver = receive(sender -> sender.outcome(sent));
        assertThat(receiver.outcome()).contains(sent);
        assertThat(receiver.outcome().orElseThrow().warnings().get(0).toString()).isEqualTo(WARNING.toString());
        assertThat(receiver.crash()).isEmpty();
        assertThat(receiver.sharingOff()).isFalse();
    }

    @Test
    void progressLinesArriveAsTheyAreSentBeforeTheOutcome() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChildProtocol.Sender sender = new ChildProtocol.Sender(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        sender.progress("rendering 6,200 of 14,940 pages");
        List<String> told = new ArrayList<>();
        ChildProtocol.Receiver receiver = new ChildProtocol.Receiver(told::add);
        bytes.toString(StandardCharsets.UTF_8).lines().forEach(line -> assertThat(receiver.accept(line)).isTrue());
        assertThat(told).containsExactly("rendering 6,200 of 14,940 pages");
    }

    @Test
    void aFailedBuildArrivesAsTheSameFailure() {
        BuildFailedException sent = new BuildFailedException(List.of(ERROR, NO_FILE, WARNING));
        ChildProtocol.Receiver receiver = receive(sender -> sender.failed(sent));
        assertThatThrownBy(receiver::outcome).isInstanceOfSatisfying(BuildFailedException.class, received -> {
            assertThat(received.problems()).isEqualTo(sent.problems());
            assertThat(received.getMessage()).isEqualTo(sent.getMessage());
            assertThat(received.headline()).isEqualTo("The site was not built: 2 errors");
        });
        BuildFailedException plain = new BuildFailedException("site:deploy: no such branch");
        assertThatThrownBy(receive(sender -> sender.failed(plain))::outcome)
                .isInstanceOf(BuildFailedException.class).hasMessage("site:deploy: no such branch");
    }

    @Test
    void aCrashAndRefusedArchiveAreTold() throws Exception {
        ChildProtocol.Receiver receiver = receive(sender -> {
            sender.sharingOff();
            sender.crashed(new IllegalStateException("boom\nsecond line"));
        });
        assertThat(receiver.crash()).contains("java.lang.IllegalStateException: boom\nsecond line");
        assertThat(receiver.sharingOff()).isTrue();
        assertThat(receiver.outcome()).isEmpty();
    }

    @Test
    void linesOfOthersAreNotTaken() {
        ChildProtocol.Receiver receiver = new ChildProtocol.Receiver();
        assertThat(receiver.accept("[0.030s][warning][aot] The AOT cache has a bad magic number")).isFalse();
        assertThat(receiver.accept("#broadsheet:")).isFalse();
        assertThat(receiver.accept("#broadsheet:SOMETHING new")).isFalse();
        assertThat(receiver.accept("Picked up JAVA_TOOL_OPTIONS: -Xmx1g")).isFalse();
    }

    private static ChildProtocol.Receiver receive(Consumer<ChildProtocol.Sender> send) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        send.accept(new ChildProtocol.Sender(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        String text = bytes.toString(StandardCharsets.UTF_8);
        ChildProtocol.Receiver receiver = new ChildProtocol.Receiver();
        text.lines().forEach(line -> assertThat(receiver.accept(line)).as(line).isTrue());
        return receiver;
    }
}
