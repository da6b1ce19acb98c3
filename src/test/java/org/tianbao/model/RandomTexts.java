package org.tianbao.model;

import java.util.Random;

/** Texts of random characters drawn from an alphabet, for tests over any text at all (seeded). */
final class RandomTexts {

    private final String alphabet;
    private final Random random;

    RandomTexts(String alphabet, long seed) {
        this.alphabet = alphabet;
        this.random = new Random(seed);
    }

    /** A text of 0 to {@code longest} - 1 characters. */
    String next(int longest) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(longest); k > 0; k--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
