package io.github.broadsheet.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;
import java.util.Set;

/**
 * Reads directives into {@link DirectiveBlock}s: a leaf directive is one line; a container's lines up to its
 * closing {@code :::} line (at most three spaces in, like a code fence) are parsed as Markdown into its children.
 * Any line with three colons and a name opens a container, even a misspelt one, so that its {@code :::} line closes
 * it rather than being reported as a second, stray problem. Directives interrupt a paragraph, like a code fence.
 */
final class DirectiveBlockParser extends AbstractBlockParser {

    private final DirectiveBlock block;
    private final boolean container;
    private boolean closed;

    private DirectiveBlockParser(DirectiveBlock block, boolean container) {
        this.block = block;
        this.container = container;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return container;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return container;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (!container || closed) {
            return BlockContinue.none();
        }
        if (state.getIndent() < 4) {
            BasedSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex());
            if (DirectiveLine.read(line).filter(DirectiveLine::isClosing).isPresent()) {
                // The closing line is taken whole (its children see an empty line, which ends a paragraph) and the
                // container ends at the next line. BlockContinue.finished() would not do: Flexmark then closes the
                // container but leaves it open for the next lines when a child (a paragraph) is still open.
                closed = true;
                return BlockContinue.atIndex(state.getLine().length());
            }
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void closeBlock(ParserState state) {
        if (container) {
            block.setCharsFromContent();
            if (!closed && block.problem() == null) {
                block.setProblem(":::" + block.directive().name() + " is not closed: end it with a ':::' line");
            }
        }
    }

    /** Registers the block parser with Flexmark. */
    static final class Factory implements CustomBlockParserFactory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {

        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            // Asked at the start of nearly every line of every document: two characters decide for almost all.
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            if (state.getIndent() >= 4 || at + 1 >= line.length() || line.charAt(at) != ':'
                    || line.charAt(at + 1) != ':') {
                return BlockStart.none();
            }
            BasedSequence text = line.subSequence(at).trimEOL();
            Optional<DirectiveLine> read = DirectiveLine.read(text);
            if (read.isEmpty()) {
                return BlockStart.none();
            }
            DirectiveLine directive = read.get();
            BasedSequence opening = text.trimEnd();
            String problem;
            boolean container = false;
            if (directive.isClosing()) {
                problem = "this ':::' line closes no container (a container opens with a line such as ':::gallery')";
            } else {
                problem = Directives.problem(directive).orElse(null);
                container = directive.colons() == 3;
                if (container && problem == null && insideContainer(matched.getBlockParser().getBlock())) {
                    problem = ":::" + directive.name() + " cannot be inside another container";
                }
            }
            DirectiveBlockParser parser = new DirectiveBlockParser(new DirectiveBlock(directive, opening, problem),
                    container);
            return BlockStart.of(parser).atIndex(line.length());
        }

        private static boolean insideContainer(Node node) {
            for (Node at = node; at != null; at = at.getParent()) {
                if (at instanceof DirectiveBlock) {
                    return true;
                }
            }
            return false;
        }
    }
}
