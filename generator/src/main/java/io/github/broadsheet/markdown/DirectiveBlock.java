package io.github.broadsheet.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A directive in the Markdown tree: a leaf ({@code ::youtube{...}}, no children) or a container ({@code :::gallery}
 * ... {@code :::}, whose lines are parsed as Markdown into its children). A directive with a {@link #problem()} is
 * rendered as its source text and reported by {@link DirectiveProblems}.
 */
final class DirectiveBlock extends Block {

    private final DirectiveLine directive;
    private final BasedSequence openingLine;
    private String problem;

    DirectiveBlock(DirectiveLine directive, BasedSequence openingLine, String problem) {
        super(openingLine);
        this.directive = directive;
        this.openingLine = openingLine;
        this.problem = problem;
    }

    DirectiveLine directive() {
        return directive;
    }

    /** The opening line as written (without its line break). */
    BasedSequence openingLine() {
        return openingLine;
    }

    /** What is wrong with it, or {@code null}. */
    String problem() {
        return problem;
    }

    void setProblem(String problem) {
        this.problem = problem;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {openingLine};
    }
}
