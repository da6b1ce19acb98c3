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
     * and the inner text made {@link #plain plain}.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return strip(plain(text));
    }

    /**
     * Plain text for a cell: every kind of line break becomes \n, a tab a space, other control characters
     * go. Text pasted from Word or WPS brings tabs after list numbers ("（一）\t"), and cells of files other
     * systems wrote hold vertical tabs (Word's manual line break) and the like; XML cannot carry most of
     * them, and a spreadsheet shows them as nothing or as boxes. Nothing is trimmed. Returns the same
     * instance when there is nothing to change.
     */
    public static String plain(String text) {
        int first = 0;
        while (first < text.length() && !needsChange(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue; // the \n follows
            }
            if (isLineBreak(c)) {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (!needsChange(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsChange(char c) {
        return c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
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
