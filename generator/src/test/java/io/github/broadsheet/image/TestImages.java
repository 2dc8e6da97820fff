package io.github.broadsheet.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images made for the tests: seeded, so the same bytes every run. */
public final class TestImages {

    private TestImages() {
    }

    /** A photo-like picture: gradients and noise. */
    public static BufferedImage photo(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        SplittableRandom random = new SplittableRandom(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(25) - 12;
                int r = clamp(60 + 150 * x / width + n);
                int g = clamp(90 + 100 * y / height + n);
                int b = clamp(200 - 120 * y / height + n);
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    /** Left half red, right half blue: which way it was turned shows. */
    public static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * A JPEG with an EXIF block as a camera writes it: IFD0 with Make ("SecretCam", stored out of line), the
     * orientation, and a GPS IFD holding a latitude reference.
     */
    public static byte[] jpegWithExif(BufferedImage image, int orientation, boolean bigEndian) throws IOException {
        ByteBuffer tiff = ByteBuffer.allocate(80).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) (bigEndian ? 'M' : 'I')).put((byte) (bigEndian ? 'M' : 'I')).putShort((short) 42).putInt(8);
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(10).putInt(50);   // Make, ASCII, at 50
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(62);    // GPS IFD at 62
        tiff.putInt(0);                                                             // no next IFD (ends at 50)
        tiff.position(50);
        tiff.put("SecretCam\0".getBytes(StandardCharsets.US_ASCII));                // 50..59
        tiff.position(62);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = new byte[6 + 80];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, 80);
        byte[] plain = jpeg(image);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A 1x1 PNG whose header claims another size: decoding it would need width x height pixels. */
    public static byte[] pngClaiming(int width, int height) throws IOException {
        byte[] png = png(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return png;
    }

    public static byte[] gif(int width, int height) {
        byte[] gif = new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, 0, 0, 0, 0, 0, 0x3B};
        gif[6] = (byte) width;
        gif[7] = (byte) (width >> 8);
        gif[8] = (byte) height;
        gif[9] = (byte) (height >> 8);
        return gif;
    }

    /** A lossless WebP's header (RIFF, VP8L chunk with the 14-bit sizes). */
    public static byte[] webpLossless(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        b.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(20).put((byte) 0x2F);
        b.putInt((width - 1) | (height - 1) << 14);
        return b.array();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
