package io.github.broadsheet.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of a document's directives, in document order, each at its line (1-based, counted in the Markdown
 * that was parsed): what {@link DirectiveBlockParser} found on each directive's line, and the content of galleries,
 * which may hold only images. The caller skips documents without {@code ::}, most of them.
 */
final class DirectiveProblems {

    private DirectiveProblems() {
    }

    static List<RenderedMarkdown.Problem> of(Document document) {
        List<RenderedMarkdown.Problem> problems = new ArrayList<>();
        collect(document, document, problems);
        return problems;
    }

    private static void collect(Document document, Node parent, List<RenderedMarkdown.Problem> problems) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof DirectiveBlock directive) {
                int line = document.getLineNumber(directive.openingLine().getStartOffset()) + 1;
                if (directive.problem() != null) {
                    problems.add(new RenderedMarkdown.Problem(line, directive.problem()));
                } else if (directive.directive().name().equals("gallery")) {
                    gallery(document, directive, line, problems);
                }
            }
            collect(document, node, problems);
        }
    }

    private static void gallery(Document document, DirectiveBlock gallery, int line,
                                List<RenderedMarkdown.Problem> problems) {
        if (!gallery.hasChildren()) {
            problems.add(new RenderedMarkdown.Problem(line, ":::gallery holds no images; put one image per line"
                    + " between ':::gallery' and ':::', such as ![The depot](depot.jpg \"Caption\")"));
            return;
        }
        for (Node child = gallery.getFirstChild(); child != null; child = child.getNext()) {
            if (!onlyImages(child)) {
                problems.add(new RenderedMarkdown.Problem(document.getLineNumber(child.getStartOffset()) + 1,
                        ":::gallery may hold only images, one per line, such as ![The depot](depot.jpg \"Caption\")"));
                return;
            }
        }
    }

    /** A paragraph of images separated by line breaks or spaces. */
    static boolean onlyImages(Node block) {
        if (!(block instanceof Paragraph)) {
            return false;
        }
        boolean any = false;
        for (Node inline = block.getFirstChild(); inline != null; inline = inline.getNext()) {
            if (inline instanceof Image) {
                any = true;
            } else if (!(inline instanceof SoftLineBreak || inline instanceof Text && inline.getChars().isBlank())) {
                return false;
            }
        }
        return any;
    }
}
