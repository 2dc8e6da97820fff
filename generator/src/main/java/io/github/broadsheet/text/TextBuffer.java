package io.github.broadsheet.text;

import java.io.Writer;

/**
 * Where a page or feed is written: a {@link Writer} over a plain {@link StringBuilder}. {@code StringWriter}
 * takes a lock on every one of the thousands of small writes a page is made of (it wraps a {@code StringBuffer}),
 * and so does a {@code ByteArrayOutputStream} on every byte; a page is written by one thread, so the lock buys
 * nothing.
 */
public final class TextBuffer extends Writer {

    private final StringBuilder text;

    public TextBuffer(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
