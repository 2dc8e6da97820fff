package io.github.broadsheet.maven;

import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.scaffold.ArticleScaffolder;
import io.github.broadsheet.scaffold.CreatedArticle;
import io.github.broadsheet.scaffold.NewArticle;
import java.time.Clock;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a new article, {@code content/articles/YYYY-MM-DD-<slug>.md}, with complete front-matter (title, the
 * current date and time with offset, tags, draft flag, an empty summary) from an archetype: the project's
 * {@code archetypes/article.md}, else the theme's, else the built-in one. Never overwrites a file.
 *
 * <p>{@code mvn site:new -Dtitle="Ceasefire talks resume in Geneva" -Dtags="diplomacy, Syria"}
 *
 * @since 0.1.0
 */
@Mojo(name = "new", aggregator = true, requiresProject = true, threadSafe = true)
public class NewMojo extends AbstractSiteMojo {

    /**
     * The headline of the new article; required. The slug, and so the file name, is made from it unless
     * {@code slug} is given.
     *
     * <p>The field is not called {@code title}: that name is the site's title ({@code site.title}), and a
     * {@code <title>} in the plugin's configuration would silently replace the article's title.
     *
     * @since 0.1.0
     */
    @Parameter(property = "title")
    String articleTitle;

    /**
     * Tags of the new article, comma-separated: {@code -Dtags="diplomacy, Syria"}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tags")
    String tags;

    /**
     * The URL segment of the new article ({@code /articles/<slug>/}) instead of one made from the title. Must be
     * one path segment: {@code /}, {@code \}, {@code ..}, {@code %} and control characters are rejected.
     *
     * @since 0.1.0
     */
    @Parameter(property = "slug")
    String slug;

    /**
     * Write {@code draft: true} (the default), so builds leave the article out until its author sets
     * {@code draft: false}: a new article, still holding the placeholder text, is never published by accident.
     * {@code -Ddraft=false} writes an article that the next build publishes.
     *
     * @since 0.1.0
     */
    @Parameter(property = "draft", defaultValue = "true")
    boolean draft;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (articleTitle == null || articleTitle.isBlank()) {
            throw new MojoFailureException("site:new needs the title of the new article:"
                    + " mvn site:new -Dtitle=\"Ceasefire talks resume in Geneva\" [-Dtags=\"diplomacy, Syria\"]"
                    + " [-Dslug=...] [-Ddraft=false]");
        }
        NewArticle request = new NewArticle(articleTitle, NewArticle.splitTags(tags), Optional.ofNullable(slug), draft);
        try {
            CreatedArticle created = new ArticleScaffolder(getClass().getClassLoader(), Clock.systemDefaultZone())
                    .create(siteConfig().layout(), request);
            getLog().info("Broadsheet: created " + created.display().toString().replace('\\', '/')
                    + " (archetype: " + created.archetype() + ")");
            if (draft) {
                getLog().info("Broadsheet: it is a draft: builds leave it out until you set 'draft: false' in it"
                        + " (site:serve shows drafts)");
            }
        } catch (BuildFailedException e) {
            throw new MojoFailureException("site:new: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Broadsheet failed unexpectedly: " + e, e);
        }
    }
}
