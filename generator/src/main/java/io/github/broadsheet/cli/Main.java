package io.github.broadsheet.cli;

import io.github.broadsheet.BuildReport;
import io.github.broadsheet.Generator;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.progress.Progress;
import java.io.PrintStream;

/**
 * Builds a site straight from the command line, without Maven: for benchmarks, scripts and quick checks. The
 * built-in themes are found on the classpath, so put the themes jar on it next to the generator and its
 * dependencies. Prints a one-line summary to stdout; on failure prints every problem to stderr and exits 1
 * (2 for a bad command line).
 */
public final class Main {

    static final int OK = 0;
    static final int BUILD_FAILED = 1;
    static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != OK) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
            if (arguments.help()) {
                out.println(Arguments.USAGE);
                return OK;
            }
            Progress progress = arguments.verbose() ? new Progress(line -> err.println("progress: " + line))
                    : Progress.NONE;
            BuildReport report = new Generator().build(arguments.toConfig(), progress);
            for (Problem warning : report.warnings()) {
                err.println(warning);
            }
            if (arguments.verbose()) {
                report.notes().forEach(note -> err.println("note: " + note));
            }
            out.println("Broadsheet: " + report.summary());
            return OK;
        } catch (Arguments.UsageException e) {
            err.println("broadsheet: " + e.getMessage());
            err.println(Arguments.USAGE);
            return USAGE;
        } catch (BuildFailedException e) {
            err.println(e.getMessage());
            return BUILD_FAILED;
        }
    }
}
