package io.github.broadsheet.related;

import java.util.Arrays;

/**
 * A growable dictionary from term characters to dense ids (0, 1, 2, ... in insertion order), looked up straight
 * from the tokenizer's buffer so that no String is created for a term already seen. Most words are short and ASCII:
 * a term of at most eight ASCII characters is its own 64-bit key ({@link #packed}), so looking it up is a probe in
 * one array with a single comparison; other terms go through a second table keyed by hash and compared character by
 * character. All terms are also kept back to back in one char pool, for {@link #term} and for merging tables. Not
 * thread-safe for writers; a table no longer written may be read ({@link #find}) by many threads.
 */
final class TermTable {

    private long[] shortSlots;  // pairs (packed key, id + 1); key 0 = empty
    private int shortCount;
    private long[] longSlots;   // hash << 32 | (id + 1); 0 = empty
    private int longCount;
    private int[] starts;       // per id, offset into pool; term id ends where term id + 1 starts
    private char[] pool;
    private int poolSize;
    private int size;

    TermTable(int expectedTerms) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedTerms * 2 - 1)) << 1;
        shortSlots = new long[2 * capacity];
        longSlots = new long[Math.max(16, capacity / 4)];
        starts = new int[Math.max(16, expectedTerms) + 1];
        pool = new char[Math.max(64, expectedTerms * 8)];
    }

    int size() {
        return size;
    }

    /**
     * The term as a 64-bit key when it has one to eight ASCII characters (one byte each, the first in the highest
     * used byte, so distinct terms get distinct keys), else 0.
     */
    static long packed(char[] chars, int offset, int length) {
        if (length > 8) {
            return 0;
        }
        long key = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[offset + i];
            if (c == 0 || c >= 128) {
                return 0;
            }
            key = key << 8 | c;
        }
        return key;
    }

    /** The id of the term, or -1; {@code packed} must be {@link #packed} of the term. */
    int find(char[] chars, int offset, int length, int hash, long packed) {
        if (packed != 0) {
            long[] table = shortSlots;
            int mask = table.length / 2 - 1;
            for (int slot = mixShort(packed) & mask; ; slot = (slot + 1) & mask) {
                long key = table[2 * slot];
                if (key == packed) {
                    return (int) table[2 * slot + 1] - 1;
                }
                if (key == 0) {
                    return -1;
                }
            }
        }
        long[] table = longSlots;
        int mask = table.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash && equalsTerm((int) entry - 1, chars, offset, length)) {
                return (int) entry - 1;
            }
        }
    }

    /** The id of the term, adding it first when it is new; {@code packed} must be {@link #packed} of the term. */
    int findOrAdd(char[] chars, int offset, int length, int hash, long packed) {
        if (packed != 0) {
            long[] table = shortSlots;
            int mask = table.length / 2 - 1;
            int slot = mixShort(packed) & mask;
            for (; ; slot = (slot + 1) & mask) {
                long key = table[2 * slot];
                if (key == packed) {
                    return (int) table[2 * slot + 1] - 1;
                }
                if (key == 0) {
                    break;
                }
            }
            int id = append(chars, offset, length);
            table[2 * slot] = packed;
            table[2 * slot + 1] = id + 1L;
            if (++shortCount * 2 > table.length / 2) {
                rehashShort();
            }
            return id;
        }
        long[] table = longSlots;
        int mask = table.length - 1;
        int slot = mix(hash) & mask;
        for (; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                break;
            }
            if ((int) (entry >>> 32) == hash && equalsTerm((int) entry - 1, chars, offset, length)) {
                return (int) entry - 1;
            }
        }
        int id = append(chars, offset, length);
        table[slot] = ((long) hash << 32) | (id + 1L);
        if (++longCount * 2 > table.length) {
            rehashLong();
        }
        return id;
    }

    int add(String term) {
        char[] chars = term.toCharArray();
        return findOrAdd(chars, 0, chars.length, Tokenizer.hash(term), packed(chars, 0, chars.length));
    }



    String term(int id) {
        return new String(pool, starts[id], starts[id + 1] - starts[id]);
    }

    /** Adds or finds term {@code id} of {@code other} in this table. */
    int findOrAddFrom(TermTable other, int id) {
        int start = other.starts[id];
        int length = other.starts[id + 1] - start;
        long packed = packed(other.pool, start, length);
        return findOrAdd(other.pool, start, length, packed != 0 ? 0 : Tokenizer.hash(other.pool, start, length),
                packed);
    }

    private int append(char[] chars, int offset, int length) {
        int id = size++;
        if (id + 1 == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(chars, offset, pool, poolSize, length);
        poolSize += length;
        starts[id + 1] = poolSize;
        return id;
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

    private void rehashShort() {
        long[] old = shortSlots;
        long[] bigger = new long[old.length * 2];
        int mask = bigger.length / 2 - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                int slot = mixShort(old[i]) & mask;
                while (bigger[2 * slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                bigger[2 * slot] = old[i];
                bigger[2 * slot + 1] = old[i + 1];
            }
        }
        shortSlots = bigger;
    }

    private void rehashLong() {
        long[] bigger = new long[longSlots.length * 2];
        int mask = bigger.length - 1;
        for (long entry : longSlots) {
            if (entry != 0) {
                int slot = mix((int) (entry >>> 32)) & mask;
                while (bigger[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                bigger[slot] = entry;
            }
        }
        longSlots = bigger;
    }

    // Fibonacci hashing: the high bits of the product depend on every byte of the key.
    private static int mixShort(long key) {
        return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> 32);
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
