package io.github.broadsheet.image;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.spi.ServiceRegistry;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The image readers and writers the pipeline uses, always the same ones whatever else is installed: the JDK's PNG
 * reader and writer, the JDK's JPEG writer, and TwelveMonkeys' JPEG reader (which reads CMYK, YCCK and damaged
 * JPEGs that the JDK refuses, and decodes through the JDK's reader otherwise). ImageIO's global registry would hand
 * out whichever plugin was found first on whichever class path scanned it first (under Maven, the plugin's class
 * loader often is not scanned at all); here the JDK's providers are picked from it by name, and TwelveMonkeys'
 * provider is registered in a registry of our own, where it finds the JDK reader it delegates to. Each call makes
 * a new reader or writer: they are not thread-safe.
 */
final class ImageCodecs {

    private static final String JDK_JPEG_READER = "com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi";
    private static final String JDK_JPEG_WRITER = "com.sun.imageio.plugins.jpeg.JPEGImageWriterSpi";
    private static final String JDK_PNG_READER = "com.sun.imageio.plugins.png.PNGImageReaderSpi";
    static final String JDK_PNG_WRITER = "com.sun.imageio.plugins.png.PNGImageWriterSpi";

    private final ImageReaderSpi jpegReader;
    private final ImageReaderSpi pngReader;
    private final ImageWriterSpi jpegWriter;
    private final ImageWriterSpi pngWriter;

    ImageCodecs() {
        IIORegistry jdk = IIORegistry.getDefaultInstance();
        ImageReaderSpi jdkJpegReader = find(jdk, ImageReaderSpi.class, JDK_JPEG_READER);
        pngReader = find(jdk, ImageReaderSpi.class, JDK_PNG_READER);
        jpegWriter = find(jdk, ImageWriterSpi.class, JDK_JPEG_WRITER);
        pngWriter = find(jdk, ImageWriterSpi.class, JDK_PNG_WRITER);
        ServiceRegistry own = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
        own.registerServiceProvider(jdkJpegReader, ImageReaderSpi.class);
        JPEGImageReaderSpi twelveMonkeys = new JPEGImageReaderSpi();
        // Registering it makes it look up the JDK reader it delegates to, in this registry.
        own.registerServiceProvider(twelveMonkeys, ImageReaderSpi.class);
        jpegReader = twelveMonkeys;
    }

    static <T> T find(ServiceRegistry registry, Class<T> category, String className) {
        Iterator<T> providers = registry.getServiceProviders(category,
                provider -> provider.getClass().getName().equals(className), false);
        if (!providers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no " + className + " (java.desktop's image I/O)");
        }
        return providers.next();
    }

    ImageReader reader(ImageFormat format) {
        try {
            return (format == ImageFormat.JPEG ? jpegReader : pngReader).createReaderInstance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImageWriter writer(ImageFormat format) {
        try {
            return (format == ImageFormat.JPEG ? jpegWriter : pngWriter).createWriterInstance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The image written by the writer with the parameters and without metadata, as bytes. */
    static byte[] encode(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4 + 1024);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            // Writing to memory: only a writer's bug gets here.
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
