package org.tianbao.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Recognises an official text that a unit retyped by hand in its file: other quotation marks or
 * punctuation ("互联网+" in straight quotes), numbering put before a key area ("一、"), or a character or
 * two missing, added or changed. Without this, such a 工作内容 would be read as the unit's own row and the
 * official row as not filled, and such a 工作重点 as no key area at all.
 */
public final class RetypedTexts {

    /**
     * At most this share of the official text's characters may differ. Two official rows of one key area
     * differ in more than half of their characters (and key areas' titles even more), so a text within a
     * quarter is near one of them only.
     */
    static final double MAX_DIFFERENCE = 0.25;

    private RetypedTexts() {
    }

    /**
     * The candidate whose text the given one is a retyping of, if exactly one is near enough; the
     * candidates' {@link #key keys} are computed once by the caller.
     */
    static <T> Optional<Match<T>> nearest(List<T> candidates, Function<T, String> keyOf, String text) {
        String typed = key(text);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Match<T> best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (T candidate : candidates) {
            String official = keyOf.apply(candidate);
            int limit = (int) Math.floor(official.length() * MAX_DIFFERENCE);
            int distance = distance(typed, official, limit);
            if (distance > limit) {
                continue;
            }
            if (distance < bestDistance) {
                best = new Match<>(candidate, distance > 0);
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /**
     * A match; {@code wordsDiffer} is false when only punctuation and spacing differ, which is not worth
     * telling anyone.
     */
    public record Match<T>(T value, boolean wordsDiffer) {
    }

    /** The text for matching, without punctuation: quotation marks and commas are typed every which way. */
    static String key(String text) {
        String matching = TextNormalizer.forMatching(text);
        StringBuilder out = new StringBuilder(matching.length());
        matching.codePoints().filter(cp -> !isPunctuation(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /**
     * Levenshtein distance of two texts (characters inserted, deleted or replaced), or a number above
     * {@code limit} as soon as it must exceed it: most candidates are far off.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
