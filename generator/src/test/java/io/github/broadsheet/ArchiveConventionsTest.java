package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conventions of Jekyll and Hugo archives, accepted as they are (issue #18): what a newsroom copies from its
 * old site into {@code content/articles/} builds, keeps its URLs, and what is not an article is reported.
 */
class ArchiveConventionsTest {

    @TempDir
    Path dir;

    @Test
    void everyMarkdownEndingIsAnArticleAndOtherFilesAreReported() throws Exception {
        TestSite site = new TestSite(dir)
                .file("content/articles/2015-05-15-release.markdown", "---\ntitle: Release\ndate: 2015-05-15\n---\nR.\n")
                .file("content/articles/a.mdown", "---\ntitle: A\ndate: 2015-01-01\n---\nA.\n")
                .file("content/articles/b.mkdn", "---\ntitle: B\ndate: 2015-01-02\n---\nB.\n")
                .file("content/articles/c.mkd", "---\ntitle: C\ndate: 2015-01-03\n---\nC.\n")
                .file("content/articles/D.MD", "---\ntitle: D\ndate: 2015-01-04\n---\nD.\n")
                .file("content/articles/bundle/index.markdown", "---\ntitle: Bundle\ndate: 2015-01-05\n---\n![x](x.svg)\n")
                .file("content/articles/bundle/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .file("content/articles/old-post.html", "---\ntitle: Old\n---\n<p>Old</p>\n")
                .file("content/articles/photo.jpg", "not really a photo")
                .file("content/articles/posts/_index.md", "---\ntitle: Posts\n---\nThe section.\n")
                .build();
        for (String slug : new String[] {"release", "a", "b", "c", "d", "bundle"}) {
            assertThat(site.output().resolve("articles/" + slug + "/index.html")).as(slug).isRegularFile();
        }
        assertThat(site.output().resolve("articles/bundle/x.svg")).isRegularFile();
        assertThat(site.report().warnings()).extracting(Problem::toString).containsExactly(
                "content/articles: warning: 2 files are neither an article (Markdown: .markdown, .mdown, .mkdn, .mkd,"
                        + " .md) nor in an article bundle (a folder with index.md), so not published: old-post.html,"
                        + " photo.jpg; move pictures into the bundle of the article that shows them, or into static/",
                "content/articles/posts/_index.md: warning: a Hugo section page (_index), not an article: left out");
    }
}
