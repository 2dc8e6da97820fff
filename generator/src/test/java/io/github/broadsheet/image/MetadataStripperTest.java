package io.github.broadsheet.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Pictures published as they are lose what tells the camera, the time and the place, and keep every pixel, their
 * colours (ICC profile) and the way they are turned.
 */
class MetadataStripperTest {

    private static final BufferedImage PHOTO = TestImages.photo(64, 48, 7);

    @Test
    void aCameraJpegLosesExifXmpIptcCommentsAndTrailingPicturesButKeepsPixelsAndColourProfile() throws Exception {
        byte[] camera = TestImages.jpegWithExif(PHOTO, 1, false);
        byte[] jpeg = withSegments(camera,
                segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>GPSLatitude 52.1</x:xmpmeta>"),
                segment(0xE2, "ICC_PROFILE\0\1\1fake-profile"),
                segment(0xE2, "MPF\0SecretIndex"),
                segment(0xED, "Photoshop 3.0\08BIM SecretCaption"),
                segment(0xFE, "Secret comment"));
        byte[] withSecondPicture = concat(jpeg, TestImages.jpegWithExif(PHOTO, 1, true));

        byte[] clean = MetadataStripper.strip(withSecondPicture).orElseThrow();

        String text = new String(clean, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Secret").doesNotContain("GPS").doesNotContain("Exif").doesNotContain("MPF")
                .contains("ICC_PROFILE\0\1\1fake-profile").contains("JFIF");
        assertThat(pixels(clean)).isEqualTo(pixels(camera));
        // The coded image is copied byte for byte: the stripped file ends as the first picture did.
        assertThat(Arrays.copyOfRange(clean, clean.length - 100, clean.length))
                .isEqualTo(Arrays.copyOfRange(camera, camera.length - 100, camera.length));
    }

    @Test
    void aTurnedPhotoKeepsItsOrientationAndNothingElse() throws Exception {
        for (boolean bigEndian : new boolean[] {false, true}) {
            byte[] clean = MetadataStripper.strip(TestImages.jpegWithExif(PHOTO, 6, bigEndian)).orElseThrow();
            assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("SecretCam");
            assertThat(Exif.of(clean).orientation()).isEqualTo(6);
            assertThat(pixels(clean)).isEqualTo(pixels(TestImages.jpeg(PHOTO)));
        }
    }

    @Test
    void aPictureWithoutMetadataIsPublishedAsItIs() throws Exception {
        assertThat(MetadataStripper.strip(TestImages.jpeg(PHOTO))).isEmpty();
        assertThat(MetadataStripper.strip(TestImages.png(PHOTO))).isEmpty();
        assertThat(MetadataStripper.strip(TestImages.webpLossless(10, 10))).isEmpty();
        assertThat(MetadataStripper.strip("not a picture".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void aDamagedPictureIsLeftAsItIs() throws Exception {
        byte[] jpeg = TestImages.jpegWithExif(PHOTO, 1, false);
        assertThat(MetadataStripper.strip(Arrays.copyOf(jpeg, 30))).isEmpty();
        byte[] png = pngWith(TestImages.png(PHOTO), chunk("tEXt", "GPS\0Secret"));
        assertThat(MetadataStripper.strip(Arrays.copyOf(png, png.length - 20))).isEmpty();
    }

    @Test
    void aPngLosesTextTimeAndExifChunksAndTrailingBytes() throws Exception {
        byte[] plain = TestImages.png(PHOTO);
        byte[] png = concat(pngWith(plain, chunk("tEXt", "Comment\0Secret"), chunk("iTXt", "XML:com.adobe.xmp\0\0\0\0\0Secret"),
                chunk("tIME", "\7\352\1\1\0\0\0"), chunk("eXIf", exifTiff(6))), "Secret trailer".getBytes());

        byte[] clean = MetadataStripper.strip(png).orElseThrow();

        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("Secret").doesNotContain("tIME")
                .endsWith("IEND\u00aeB`\u0082");
        assertThat(pixels(clean)).isEqualTo(pixels(plain));
        int exif = new String(clean, StandardCharsets.ISO_8859_1).indexOf("eXIf");
        assertThat(exif).as("the orientation stays, before the image data").isPositive()
                .isLessThan(new String(clean, StandardCharsets.ISO_8859_1).indexOf("IDAT"));
        assertThat(Exif.orientation(clean, exif + 4, clean.length)).isEqualTo(6);
    }

    @Test
    void aWebpLosesExifAndXmpChunksAndTheirFlags() {
        ByteBuffer b = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(0).put("WEBP".getBytes());
        b.put("VP8X".getBytes()).putInt(10).put((byte) (0x08 | 0x04 | 0x10)).put(new byte[9]);
        b.put("VP8L".getBytes()).putInt(5).put(new byte[] {0x2F, 9, 0, 0, 0}).put((byte) 0);   // odd size: padded
        b.put("EXIF".getBytes()).putInt(9).put("SecretGPS".getBytes()).put((byte) 0);
        b.put("XMP ".getBytes()).putInt(6).put("Secret".getBytes());
        byte[] webp = Arrays.copyOf(b.array(), b.position());
        ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN).putInt(4, webp.length - 8);

        byte[] clean = MetadataStripper.strip(webp).orElseThrow();

        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("Secret").doesNotContain("EXIF")
                .doesNotContain("XMP");
        assertThat(clean).hasSize(12 + 18 + 14);
        assertThat(ByteBuffer.wrap(clean).order(ByteOrder.LITTLE_ENDIAN).getInt(4)).isEqualTo(clean.length - 8);
        assertThat(clean[20]).as("only the alpha flag is left").isEqualTo((byte) 0x10);
    }

    @Test
    void onlyPicturesThatMayCarryMetadataAreRead() {
        assertThat(MetadataStripper.mayCarryMetadata("media/IMG_0001.JPG")).isTrue();
        assertThat(MetadataStripper.mayCarryMetadata("a/b.webp")).isTrue();
        assertThat(MetadataStripper.mayCarryMetadata("a/b.png")).isTrue();
        assertThat(MetadataStripper.mayCarryMetadata("a/b.svg")).isFalse();
        assertThat(MetadataStripper.mayCarryMetadata("a/report.pdf")).isFalse();
        assertThat(MetadataStripper.mayCarryMetadata("README")).isFalse();
    }

    private static int[] pixels(byte[] image) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
        return decoded.getRGB(0, 0, decoded.getWidth(), decoded.getHeight(), null, 0, decoded.getWidth());
    }

    private static byte[] segment(int marker, String payload) {
        byte[] data = payload.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(marker);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xFF);
        out.write(data, 0, data.length);
        return out.toByteArray();
    }

    /** The JPEG with these segments after its first segment after SOI (JFIF or EXIF). */
    private static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        int first = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, first);
        for (byte[] s : segments) {
            out.write(s, 0, s.length);
        }
        out.write(jpeg, first, jpeg.length - first);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, String data) {
        return chunk(type, data.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 4, 4 + data.length);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** The PNG with these chunks after IHDR. */
    private static byte[] pngWith(byte[] png, byte[]... chunks) {
        int afterHeader = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        for (byte[] c : chunks) {
            out.write(c, 0, c.length);
        }
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    private static byte[] exifTiff(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) 2);
        b.putShort((short) 0x010F).putShort((short) 2).putInt(4).put("Sec\0".getBytes());
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putInt(0);
        return Arrays.copyOf(b.array(), b.position());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
