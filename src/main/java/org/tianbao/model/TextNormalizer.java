package org.tianbao.model;

import java.text.Normalizer;

/**
 * Text clean-up rules shared by the editors, import and consolidation, so that the same text typed in
 * the app or re-typed in a spreadsheet program compares equal.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /**
     * Trims a cell or field: surrounding whitespace (including full-width spaces and non-breaking spaces),
     * Windows line endings turned into \n.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return strip(unified);
    }

    /**
     * The key used to match texts: NFKC (full-width and half-width forms equal), all whitespace removed.
     * Spreadsheet users often add spaces or line breaks when they edit a cell.
     */
    public static String forMatching(String text) {
        if (text == null) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlank(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
