package io.github.broadsheet.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import io.github.broadsheet.page.Markup;

/**
 * How templates see the views: Freemarker's default object wrapper (records as hashes, no Java class reachable:
 * {@link NoClassAccessPolicy}), except that a {@link Markup} value is HTML markup, made when a template reads it.
 * The views of a big site hold their bodies packed until their page is rendered.
 */
final class ViewWrapper extends DefaultObjectWrapper {

    ViewWrapper() {
        super(Configuration.VERSION_2_3_34);
        setMemberAccessPolicy(new NoClassAccessPolicy());
        writeProtect();
    }

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        if (value instanceof Markup markup) {
            return HTMLOutputFormat.INSTANCE.fromMarkup(markup.toString());
        }
        return super.wrap(value);
    }
}
