package io.github.broadsheet.maven;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Gives a Mojo the values Maven would inject when nothing is configured: every parameter's default from the
 * generated plugin descriptor, with the project expressions resolved. Reading them from the descriptor keeps the
 * tests right when parameters are added to {@link AbstractSiteMojo}.
 */
final class MojoTesting {

    static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    private MojoTesting() {
    }

    /** A log that keeps info messages, for assertions, drops debug messages and prints the rest. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> infos = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
        }

        @Override
        public void debug(CharSequence content) {
            // Every git command of a deploy; too much for test output.
        }
    }

    /** The {@code <mojo>} element of a goal in the plugin descriptor. */
    static Element mojo(String goal) throws Exception {
        Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (mojo.getElementsByTagName("goal").item(0).getTextContent().strip().equals(goal)) {
                return mojo;
            }
        }
        throw new AssertionError("no goal " + goal + " in " + DESCRIPTOR);
    }

    static <T extends AbstractSiteMojo> T withDefaults(T mojo, String goal, Path project) throws Exception {
        Map<String, String> expressions = Map.of(
                "${basedir}", project.toString(),
                "${project.basedir}", project.toString(),
                "${project.build.directory}", project.resolve("target").toString(),
                "${project.name}", "Test site");
        Element configuration = (Element) mojo(goal).getElementsByTagName("configuration").item(0);
        NodeList parameters = configuration.getChildNodes();
        for (int i = 0; i < parameters.getLength(); i++) {
            if (!(parameters.item(i) instanceof Element parameter) || !parameter.hasAttribute("default-value")) {
                continue;
            }
            String value = parameter.getAttribute("default-value");
            for (Map.Entry<String, String> expression : expressions.entrySet()) {
                value = value.replace(expression.getKey(), expression.getValue());
            }
            if (!value.contains("${")) {
                set(mojo, parameter.getTagName(), value);
            }
        }
        return mojo;
    }

    private static void set(Object mojo, String name, String value) throws ReflectiveOperationException {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                Class<?> kind = field.getType();
                if (kind == File.class) {
                    field.set(mojo, new File(value));
                } else if (kind == int.class) {
                    field.setInt(mojo, Integer.parseInt(value));
                } else if (kind == double.class) {
                    field.setDouble(mojo, Double.parseDouble(value));
                } else if (kind == boolean.class) {
                    field.setBoolean(mojo, Boolean.parseBoolean(value));
                } else if (kind == String.class) {
                    field.set(mojo, value);
                } else {
                    throw new AssertionError("cannot set parameter " + name + " of type " + kind);
                }
                return;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new AssertionError("no field for parameter " + name);
    }
}
