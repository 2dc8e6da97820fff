package io.github.broadsheet.related;

import java.util.Arrays;

/**
 * A growable dictionary from term characters to dense ids (0, 1, 2, ... in insertion order), looked up straight
 * from the tokenizer's buffer so that no String is created for a term already seen. Terms live back to back in one
 * char pool, which keeps a dictionary of a few hundred thousand terms at a few megabytes. Not thread-safe; each
 * build task owns its own table.
 */
final class TermTable {

    private int[] slots;     // open addressing, linear probing: 0 = empty, otherwise id + 1
    private int[] hashes;    // per id
    private int[] starts;    // per id, offset into pool; the term ends where the next one starts
    private char[] pool;
    private int poolSize;
    private int size;

    TermTable(int expectedTerms) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedTerms * 2 - 1)) << 1;
        slots = new int[capacity];
        hashes = new int[Math.max(16, expectedTerms)];
        starts = new int[hashes.length + 1];
        pool = new char[Math.max(64, expectedTerms * 8)];
    }

    int size() {
        return size;
    }

    /** The id of the term, or -1. */
    int find(char[] chars, int offset, int length, int hash) {
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            int id = entry - 1;
            if (hashes[id] == hash && equalsTerm(id, chars, offset, length)) {
                return id;
            }
        }
    }

    /** The id of the term, adding it first when it is new. */
    int findOrAdd(char[] chars, int offset, int length, int hash) {
        int mask = slots.length - 1;
        int slot = mix(hash) & mask;
        for (; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                break;
            }
            int id = entry - 1;
            if (hashes[id] == hash && equalsTerm(id, chars, offset, length)) {
                return id;
            }
        }
        int id = size++;
        if (id == hashes.length) {
            hashes = Arrays.copyOf(hashes, id * 2);
            starts = Arrays.copyOf(starts, id * 2 + 1);
        }
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(chars, offset, pool, poolSize, length);
        poolSize += length;
        hashes[id] = hash;
        starts[id + 1] = poolSize;
        slots[slot] = id + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    int add(String term) {
        char[] chars = term.toCharArray();
        return findOrAdd(chars, 0, chars.length, Tokenizer.hash(term));
    }

    String term(int id) {
        return new String(pool, starts[id], starts[id + 1] - starts[id]);
    }

    /** Adds or finds term {@code id} of {@code other} in this table. */
    int findOrAddFrom(TermTable other, int id) {
        int start = other.starts[id];
        return findOrAdd(other.pool, start, other.starts[id + 1] - start, other.hashes[id]);
    }

    private boolean equalsTerm(int id, char[] chars, int offset, int length) {
        int start = starts[id];
        if (starts[id + 1] - start != length) {
            return false;
        }
        // A plain loop: terms are short, and the vectorised Arrays.equals costs more to set up than to run here.
        for (int i = 0; i < length; i++) {
            if (pool[start + i] != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = mix(hashes[id]) & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = id + 1;
        }
        slots = bigger;
    }

    // The tokenizer's polynomial hash has weak low bits for short terms; spread them before masking.
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
