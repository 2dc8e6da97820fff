/**
 * Responsive images: {@link io.github.broadsheet.image.ImagePipeline} turns each
 * {@link io.github.broadsheet.image.ImageSource} into an {@link io.github.broadsheet.image.ImageResult}: resized
 * JPEG or PNG {@link io.github.broadsheet.image.Derivative}s (cached by content and settings, byte-identical across
 * runs, without metadata), a GIF, SVG or WebP to copy as it is with its size, or a failure the caller reports at
 * the line that refers to the image. Settings are an {@link io.github.broadsheet.image.ImageConfig}.
 */
package io.github.broadsheet.image;
