package io.github.broadsheet.related;

import java.util.Locale;

/**
 * Light stemming, so that "rates", "rated" and "rate", or "training" and "trained", count as one term. English uses
 * steps 1a to 1c and 5a of Porter's algorithm (plurals, "-ed" and "-ing" with the spelling repairs that follow
 * them, "-y" to "-i", a final "-e"): the part of it that conflates inflections without merging words of different
 * meaning, which the later steps ("-ational", "-ness", ...) sometimes do. Other languages are left unstemmed: a
 * wrong stemmer does more harm than none. Works in place on the tokenizer's lower-case buffer, because it runs once
 * per distinct word of each block of articles.
 */
final class Stemmer {

    /** Leaves every word as it is. */
    static final Stemmer NONE = new Stemmer(false);

    private static final Stemmer ENGLISH = new Stemmer(true);

    private final boolean english;

    private Stemmer(boolean english) {
        this.english = english;
    }

    /** English for a tag whose primary subtag is "en" (or a blank tag), else {@link #NONE}. */
    static Stemmer forLanguage(String language) {
        String key = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        return key.isEmpty() || key.equals("en") || key.startsWith("en-") || key.startsWith("en_") ? ENGLISH : NONE;
    }

    boolean stems() {
        return english;
    }

    /** Stems {@code w[0 .. length)} in place and returns the new length (never below 2). */
    int stem(char[] w, int length) {
        if (!english || length <= 3) {
            return length;
        }
        for (int i = 0; i < length; i++) {
            if (w[i] < 'a' || w[i] > 'z') {
                return length;  // digits, accents: not an English inflection
            }
        }
        int k = step1a(w, length);
        k = step1b(w, k);
        k = step1c(w, k);
        return step5a(w, k);
    }

    private static int step1a(char[] w, int k) {
        if (ends(w, k, "sses") || ends(w, k, "ies")) {
            return k - 2;
        }
        if (w[k - 1] == 's' && w[k - 2] != 's' && w[k - 2] != 'u' && w[k - 2] != 'i') {
            return k - 1;  // "cats", not "glass", "bus" or "analysis"
        }
        return k;
    }

    private static int step1b(char[] w, int k) {
        if (ends(w, k, "eed")) {
            return measure(w, k - 3) > 0 ? k - 1 : k;
        }
        int stem;
        if (ends(w, k, "ed") && hasVowel(w, k - 2)) {
            stem = k - 2;
        } else if (ends(w, k, "ing") && hasVowel(w, k - 3)) {
            stem = k - 3;
        } else {
            return k;
        }
        if (ends(w, stem, "at") || ends(w, stem, "bl") || ends(w, stem, "iz")) {
            w[stem] = 'e';
            return stem + 1;
        }
        if (stem >= 2 && w[stem - 1] == w[stem - 2] && isConsonant(w, stem - 1)
                && w[stem - 1] != 'l' && w[stem - 1] != 's' && w[stem - 1] != 'z') {
            return stem - 1;  // "running" -> "run", but "falling" -> "fall"
        }
        if (measure(w, stem) == 1 && cvc(w, stem)) {
            w[stem] = 'e';  // "hoped" -> "hope"
            return stem + 1;
        }
        return stem;
    }

    private static int step1c(char[] w, int k) {
        if (w[k - 1] == 'y' && k > 2 && hasVowel(w, k - 1)) {
            w[k - 1] = 'i';
        }
        return k;
    }

    private static int step5a(char[] w, int k) {
        if (w[k - 1] == 'e' && k > 3) {
            int m = measure(w, k - 1);
            if (m > 1 || (m == 1 && !cvc(w, k - 1))) {
                return k - 1;
            }
        }
        return k;
    }

    private static boolean ends(char[] w, int k, String suffix) {
        int n = suffix.length();
        if (n > k) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (w[k - n + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isConsonant(char[] w, int i) {
        return switch (w[i]) {
            case 'a', 'e', 'i', 'o', 'u' -> false;
            case 'y' -> i == 0 || !isConsonant(w, i - 1);
            default -> true;
        };
    }

    private static boolean hasVowel(char[] w, int k) {
        for (int i = 0; i < k; i++) {
            if (!isConsonant(w, i)) {
                return true;
            }
        }
        return false;
    }

    /** Porter's m: the number of vowel-consonant sequences in {@code w[0 .. k)}. */
    private static int measure(char[] w, int k) {
        int m = 0;
        int i = 0;
        while (i < k && isConsonant(w, i)) {
            i++;
        }
        while (i < k) {
            while (i < k && !isConsonant(w, i)) {
                i++;
            }
            if (i == k) {
                break;
            }
            m++;
            while (i < k && isConsonant(w, i)) {
                i++;
            }
        }
        return m;
    }

    /** Consonant-vowel-consonant at the end of {@code w[0 .. k)}, the last not w, x or y ("hop", not "bow"). */
    private static boolean cvc(char[] w, int k) {
        return k >= 3 && isConsonant(w, k - 1) && !isConsonant(w, k - 2) && isConsonant(w, k - 3)
                && w[k - 1] != 'w' && w[k - 1] != 'x' && w[k - 1] != 'y';
    }
}
