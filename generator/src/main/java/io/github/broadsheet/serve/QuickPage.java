package io.github.broadsheet.serve;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.SourceFile;
import io.github.broadsheet.output.SiteWriter;
import io.github.broadsheet.image.ImagePipeline;
import io.github.broadsheet.media.ImageFolder;
import io.github.broadsheet.media.SiteImages;
import io.github.broadsheet.media.SitePictures;
import io.github.broadsheet.media.SocialCards;
import io.github.broadsheet.page.PagePlan;
import io.github.broadsheet.pipeline.BuildPlan;
import io.github.broadsheet.site.SitePages;
import io.github.broadsheet.page.RenderTask;
import io.github.broadsheet.pipeline.SiteLoader;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.related.RelatedMatch;
import io.github.broadsheet.render.TemplateRenderer;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SitePage;
import io.github.broadsheet.site.SiteUrls;
import io.github.broadsheet.site.Term;
import io.github.broadsheet.site.Terms;
import io.github.broadsheet.theme.Assets;
import io.github.broadsheet.theme.Theme;
import io.github.broadsheet.theme.ThemeResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The live server's fast path ("fast render", as Hugo calls it): when one article was saved and its place in the
 * site did not change (same slug, date, tags, draft flag, URL and aliases), its own page is rendered at once
 * from the last build's site model and written over the served file, so the browser can reload within
 * milliseconds; the complete rebuild follows and corrects everything else (lists, feeds, its neighbours, related
 * articles computed anew). The page is rendered from a small site of just the articles it shows (itself, its
 * neighbours, its related articles; terms with their real counts), so it is the page a full build would make
 * with the related lists as they were. Anything unusual (other files changed, a parse problem, a template
 * error) means no quick page, only the rebuild; when the rebuild fails, the quick page is taken back. Holds the
 * theme open between builds; close it.
 */
final class QuickPage implements AutoCloseable {

    private final SiteConfig config;
    private final ClassLoader themes;
    private final SiteLoader loader;
    private Site site;
    private Map<Path, Integer> indexes = Map.of();
    private Theme theme;
    private Assets assets;
    private TemplateRenderer renderer;
    /** The theme's and the project's static files, listed once per build (images may be among them). */
    private Map<String, Path> statics = Map.of();
    /** The site path of the page the last quick page replaced, and its bytes before. */
    private String written;
    private byte[] replaced;

    QuickPage(SiteConfig config, ClassLoader themes) {
        this.config = config;
        this.themes = themes;
        this.loader = new SiteLoader(config);
    }

    /** Takes the model of a build that wrote the site, and the theme as it is now. */
    synchronized void built(Site built) {
        close();
        written = null;
        replaced = null;
        site = built;
        Map<Path, Integer> byPath = new HashMap<>();
        for (int i = 0; i < built.articles().size(); i++) {
            // Sources are shown relative to the project; the watcher reports absolute paths.
            byPath.put(config.layout().baseDirectory().resolve(built.articles().get(i).source()).normalize(), i);
        }
        indexes = byPath;
        try {
            theme = new ThemeResolver(themes).resolve(config.layout());
            assets = Assets.of(theme, SiteUrls.of(config.site()));
            renderer = new TemplateRenderer(theme, config.site().locale(), config.layout().baseDirectory());
            statics = theme.staticFiles();
        } catch (BuildFailedException | RuntimeException e) {
            close();
        }
    }

    /**
     * Renders and writes the page of the one article among {@code changed}, if the change allows it.
     *
     * @return the page's path in the site, or empty when only a full rebuild will do
     */
    synchronized Optional<String> render(Set<Path> changed) {
        if (renderer == null) {
            return Optional.empty();
        }
        Set<Path> paths = changed.stream().map(p -> p.toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        List<Path> existing = paths.stream().filter(Files::isRegularFile).toList();
        if (existing.size() != 1 || !indexes.containsKey(existing.get(0))
                || paths.stream().anyMatch(p -> !existing.contains(p) && (indexes.containsKey(p) || Files.exists(p)))) {
            return Optional.empty();
        }
        int index = indexes.get(existing.get(0));
        Article before = site.articles().get(index);
        Problems problems = new Problems();
        SourceFile source = new SourceFile(existing.get(0), before.source(), before.bundle());
        Optional<Article> parsed = loader.read(source, problems);
        // A part of a series shows its neighbours in the series, which the small site below does not have.
        if (parsed.isEmpty() || !problems.sorted().isEmpty() || !samePlace(before, parsed.get())
                || site.series(index).isPresent()) {
            return Optional.empty();
        }
        try {
            Site around = around(site, index, parsed.get());
            String path = SitePage.file(site.paths().get(index));
            // Images and social cards as the build makes them (from its cache, so nothing is encoded again).
            SitePictures pictures;
            try (ImageFolder images = ImageFolder.of(config.layout().cacheDirectory())) {
                pictures = new SiteImages(new ImagePipeline(config.media().images(), images.folder()),
                        config.media().images().keepMetadata(), config.checks().failOnBrokenLinks())
                        .process(around, BuildPlan.sourceFiles(around, statics), problems);
                if (config.media().socialCards()) {
                    pictures = SocialCards.of(theme, images.folder().resolve("cards")).addTo(pictures.site(), pictures);
                }
            }
            if (problems.hasErrors()) {
                return Optional.empty();
            }
            PagePlan plan = new PagePlan(pictures.site(), config.publishing(),
                    SitePages.of(pictures.site(), config.publishing().pageSize()),
                    Map.of("assets", assets.templateModel(), "theme", theme.view()), pictures);
            Optional<RenderTask> task = plan.tasks().stream().filter(t -> t.path().equals(path)).findFirst();
            Optional<String> html = task.flatMap(renderer::render);
            if (html.isEmpty()) {
                return Optional.empty();
            }
            byte[] previous = Files.readAllBytes(config.layout().outputDirectory().resolve(path));
            SiteWriter.replaceFile(config.layout().outputDirectory(), path, html.get().getBytes(StandardCharsets.UTF_8));
            written = path;
            replaced = previous;
            return Optional.of(path);
        } catch (IOException | BuildFailedException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the edit leaves the article where it was: same page, same neighbours, same tag pages. */
    private static boolean samePlace(Article before, Article after) {
        return before.slug().equals(after.slug()) && before.date().equals(after.date())
                && before.draft() == after.draft() && before.tags().equals(after.tags())
                && before.editorial().section().equals(after.editorial().section())
                && before.editorial().authors().equals(after.editorial().authors())
                && before.editorial().series().equals(after.editorial().series())
                && before.editorial().featured() == after.editorial().featured()
                && before.url().equals(after.url()) && before.aliases().equals(after.aliases())
                && before.bundleRoot().equals(after.bundleRoot()) && before.categories().equals(after.categories())
                && before.expires().equals(after.expires());
    }

    /**
     * A site of the articles the page of article {@code index} shows, in an order that keeps its neighbours next
     * to it: related articles first (or last, when it is the newest), then the newer one, itself, the older one.
     * Tags keep their article counts (their article lists point at the edited article; no tag page is rendered).
     */
    static Site around(Site site, int index, Article edited) {
        List<Integer> members = new ArrayList<>();
        List<Integer> related = site.related().get(index).stream().map(RelatedMatch::document)
                .filter(i -> i != index && site.newer(index).map(n -> n != i).orElse(true)
                        && site.older(index).map(o -> o != i).orElse(true))
                .toList();
        if (site.newer(index).isPresent()) {
            members.addAll(related);
            members.add(site.newer(index).get());
        }
        int self = members.size();
        members.add(index);
        site.older(index).ifPresent(members::add);
        if (site.newer(index).isEmpty()) {
            members.addAll(related);
        }
        Map<Integer, Integer> position = new HashMap<>();
        for (int m = 0; m < members.size(); m++) {
            position.put(members.get(m), m);
        }
        List<RelatedMatch> matches = site.related().get(index).stream()
                .filter(match -> position.containsKey(match.document()))
                .map(match -> new RelatedMatch(position.get(match.document()), match.score(), match.tag(), match.text(),
                        match.date()))
                .toList();
        List<Terms> taxonomies = site.taxonomies().stream().map(terms -> around(terms, members, self)).toList();
        return new Site(site.settings(),
                members.stream().map(i -> i == index ? edited : site.articles().get(i)).toList(),
                members.stream().map(site.paths()::get).toList(),
                taxonomies,
                members.stream().map(i -> i == index ? matches : List.<RelatedMatch>of()).toList(),
                members.stream().map(site.keywords()::get).toList(), List.of(), site.authors(), site.pages(),
                site.navigation());
    }

    /**
     * A taxonomy of the small site: each term keeps its article count (its list points at the edited article; no
     * term page is rendered), each member its terms.
     */
    private static Terms around(Terms terms, List<Integer> members, int self) {
        Map<String, Term> byKey = new HashMap<>();
        List<Term> kept = terms.terms().stream()
                .map(term -> term.withArticles(Collections.nCopies(term.count(), self))).toList();
        kept.forEach(term -> byKey.put(term.key(), term));
        return new Terms(terms.taxonomy(), terms.published(), kept, members.stream()
                .map(i -> terms.ofArticle().get(i).stream().map(t -> byKey.get(t.key())).toList()).toList());
    }

    /**
     * Puts back the page the last quick page replaced: its rebuild failed, and the served site must stay the last
     * good one.
     */
    synchronized void undo() {
        if (written != null) {
            try {
                SiteWriter.replaceFile(config.layout().outputDirectory(), written, replaced);
            } catch (IOException e) {
                // The next successful build writes the page anew.
            }
        }
        written = null;
        replaced = null;
    }

    @Override
    public synchronized void close() {
        if (theme != null) {
            theme.close();
        }
        theme = null;
        assets = null;
        renderer = null;
    }
}
