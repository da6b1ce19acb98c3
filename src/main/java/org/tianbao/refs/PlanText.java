package org.tianbao.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Clean-up of text taken out of PDF and Word files: tags, stray spaces, half-width punctuation, broken lines. */
final class PlanText {

    private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?p>|\\[bookmark:[^\\]]*\\]");
    private static final String SENTENCE_ENDS = "。！？；;!?";
    private static final String CLOSERS = "”’）)」』】〕";

    private PlanText() {
    }

    /** The paragraphs of a table cell: its {@code <p>} elements, or the whole cell when it has none. */
    static List<String> paragraphs(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = PARAGRAPH.matcher(cell);
        while (m.find()) {
            addTidy(out, m.group(1));
        }
        if (out.isEmpty()) {
            addTidy(out, cell);
        }
        return out;
    }

    private static void addTidy(List<String> out, String raw) {
        String text = tidy(raw);
        if (!text.isEmpty()) {
            out.add(text);
        }
    }

    /**
     * Removes tags, the spaces PDF extraction puts between Chinese characters, and turns half-width
     * punctuation next to Chinese text into the full-width forms the documents use.
     */
    static String tidy(String raw) {
        String s = TAG.matcher(raw).replaceAll(" ").replace('\u00A0', ' ').replace('\u3000', ' ');
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                int j = i;
                while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                boolean between = out.length() > 0 && j < s.length();
                if (between && !(isWide(out.charAt(out.length() - 1)) || isWide(s.charAt(j)))) {
                    out.append(' ');
                }
                i = j;
                continue;
            }
            out.append(fullWidth(c, i > 0 ? s.charAt(i - 1) : ' ', i + 1 < s.length() ? s.charAt(i + 1) : ' '));
            i++;
        }
        return out.toString().trim();
    }

    private static char fullWidth(char c, char before, char after) {
        boolean chinese = isWide(before) || isWide(after);
        if (!chinese) {
            return c;
        }
        return switch (c) {
            case ',' -> '，';
            case ';' -> '；';
            case ':' -> '：';
            case '(' -> '（';
            case ')' -> '）';
            default -> c;
        };
    }

    /** Chinese characters and the full-width punctuation that goes with them. */
    static boolean isWide(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '、';
    }

    /** Whether a fragment ends a sentence, so that what follows starts a new paragraph. */
    static boolean endsSentence(String s) {
        int end = s.length();
        while (end > 0 && CLOSERS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_ENDS.indexOf(s.charAt(end - 1)) >= 0;
    }

    /**
     * Joins a line broken by a page or line break. Chinese needs no space; a character that the
     * extraction repeated on both sides of the break ("完善知" + "知识产权…") is kept once.
     */
    static String joinBroken(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) {
            return before + after;
        }
        char last = before.charAt(before.length() - 1);
        if (!endsSentence(before) && last == after.charAt(0)
                && Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN) {
            return before + after.substring(1);
        }
        return before + after;
    }
}
