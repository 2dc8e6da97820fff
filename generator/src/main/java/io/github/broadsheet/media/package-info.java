/**
 * Pictures in pages: the images articles and pages use, resized by the {@code image} pipeline and written into the
 * HTML with {@code srcset}, sizes and dimensions; lead images for templates; social cards drawn for articles
 * without one. A build step between the site model and the page plan.
 */
package io.github.broadsheet.media;
