package org.tianbao.model;

import java.util.ArrayList;
import java.util.List;

/**
 * 规范标点: the half-width punctuation that text pasted from many sources brings into Chinese sentences made
 * full-width, as official documents write it (GB/T 15834): , ; : ? ! → ，；：？！, ( ) → （ ）, "…" → “…”,
 * a full stop after a Chinese character → 。, and the spaces between Chinese characters removed. Numbers
 * and Latin text keep theirs: 1,000, 9:00, 2.5, the list number 1., a file name 方案.docx, "2 场".
 *
 * <p>It rewrites the measures, department names and the unit's own rows' names, never the attachment's
 * 工作内容.
 */
public final class ChinesePunctuation implements FormRewrite {

    public static final ChinesePunctuation INSTANCE = new ChinesePunctuation();

    private ChinesePunctuation() {
    }

    /** The text with its punctuation made Chinese where it stands in Chinese text. */
    public static String normalize(String text) {
        return rewrite(text).text();
    }

    /** How many places of the text {@link #normalize} changes. */
    public static int changes(String text) {
        return rewrite(text).changes();
    }

    private record Rewritten(String text, int changes) {
    }

    private static Rewritten rewrite(String text) {
        if (text.isEmpty()) {
            return new Rewritten(text, 0);
        }
        StringBuilder out = new StringBuilder(text.length());
        int changes = 0;
        for (String line : text.split("\n", -1)) {
            // A mark is judged by its neighbours, and one made Chinese can make its neighbour Chinese in turn
            // ("好!;" → "好!；" → "好！；"): again until nothing changes, so that a second 规范标点 finds nothing.
            // Every change makes a half-width mark full-width or drops a space, so this ends.
            Rewritten done = rewriteLine(line);
            int lineChanges = 0;
            while (done.changes() > 0) {
                lineChanges += done.changes();
                line = done.text();
                done = rewriteLine(line);
            }
            changes += lineChanges;
            out.append(line).append('\n');
        }
        out.setLength(out.length() - 1);
        return new Rewritten(out.toString(), changes);
    }

    private static Rewritten rewriteLine(String line) {
        char[] in = line.toCharArray();
        boolean[] fullParen = pairedParentheses(in);
        boolean quotes = hasHan(in) && count(in, '"') % 2 == 0;
        boolean openQuote = true;
        StringBuilder out = new StringBuilder(in.length);
        int changes = 0;
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            char before = lastNonSpace(out);
            char after = nextNonSpace(in, i + 1);
            switch (c) {
                case ',', ';', ':', '?', '!' -> {
                    boolean chinese = (isChinese(before) || isChinese(after))
                            && !(Character.isDigit(before) && Character.isDigit(after));
                    out.append(chinese ? fullWidth(c) : c);
                    changes += chinese ? 1 : 0;
                }
                case '.' -> {
                    // Judged by what is written before it: "窗口(试点)." has its parenthesis made ） by then.
                    char written = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                    boolean sentenceEnd = (isHan(written) || isClosing(written))
                            && (i + 1 == in.length || !isAsciiLetterOrDot(in[i + 1]));
                    out.append(sentenceEnd ? '。' : c);
                    changes += sentenceEnd ? 1 : 0;
                }
                case '(', ')' -> {
                    out.append(fullParen[i] ? (c == '(' ? '（' : '）') : c);
                    changes += fullParen[i] ? 1 : 0;
                }
                case '"' -> {
                    if (quotes) {
                        out.append(openQuote ? '“' : '”');
                        openQuote = !openQuote;
                        changes++;
                    } else {
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
        return withoutSpacesBetweenChinese(out.toString(), changes);
    }

    /**
     * Drops the spaces between two characters of Chinese text, once the punctuation is Chinese: "政策 , 形成"
     * is 政策，形成. A space beside a number or Latin text stays ("举办培训 2 场").
     */
    private static Rewritten withoutSpacesBetweenChinese(String line, int changes) {
        StringBuilder out = new StringBuilder(line.length());
        int n = changes;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ') {
                out.append(c);
                continue;
            }
            int end = i;
            while (end < line.length() && line.charAt(end) == ' ') {
                end++;
            }
            if (out.length() > 0 && end < line.length() && isChinese(out.charAt(out.length() - 1))
                    && isChinese(line.charAt(end))) {
                n++;
            } else {
                out.append(line, i, end);
            }
            i = end - 1;
        }
        return new Rewritten(out.toString(), n);
    }

    /** Per position, whether a parenthesis belongs to a pair that encloses or touches Chinese text. */
    private static boolean[] pairedParentheses(char[] in) {
        boolean[] full = new boolean[in.length];
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '(') {
                open.add(i);
            } else if (in[i] == ')' && !open.isEmpty()) {
                int start = open.remove(open.size() - 1);
                boolean chinese = isChinese(i + 1 < in.length ? in[i + 1] : ' ')
                        || isChinese(start > 0 ? in[start - 1] : ' ');
                for (int k = start + 1; k < i && !chinese; k++) {
                    chinese = isHan(in[k]);
                }
                full[start] = chinese;
                full[i] = chinese;
            }
        }
        return full;
    }

    private static char fullWidth(char c) {
        return (char) (c - 0x21 + 0xFF01);
    }

    private static char lastNonSpace(StringBuilder out) {
        for (int k = out.length() - 1; k >= 0; k--) {
            if (out.charAt(k) != ' ') {
                return out.charAt(k);
            }
        }
        return ' ';
    }

    private static char nextNonSpace(char[] in, int from) {
        for (int k = from; k < in.length; k++) {
            if (in[k] != ' ') {
                return in[k];
            }
        }
        return ' ';
    }

    private static int count(char[] in, char c) {
        int n = 0;
        for (char x : in) {
            n += x == c ? 1 : 0;
        }
        return n;
    }

    private static boolean hasHan(char[] in) {
        for (char c : in) {
            if (isHan(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isFullWidthPunctuation(char c) {
        return (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF0F') || (c >= '\uFF1A' && c <= '\uFF20')
                || (c >= '\u2018' && c <= '\u201D') || c == '\u2026' || c == '\u2014';
    }

    /** A character of Chinese text: a Han character or Chinese punctuation. */
    private static boolean isChinese(char c) {
        return isHan(c) || isFullWidthPunctuation(c);
    }

    private static boolean isClosing(char c) {
        return c == '）' || c == '”' || c == '》' || c == '」' || c == '’';
    }

    private static boolean isAsciiLetterOrDot(char c) {
        return c == '.' || (c < 128 && Character.isLetter(c));
    }

    @Override
    public Entry apply(Entry entry) {
        if (changes(entry) == 0) {
            return entry;
        }
        WorkItem item = entry.item().isLocal() ? entry.item().withText(normalize(entry.item().text())) : entry.item();
        return new Entry(item, normalize(entry.measures()), applyToNames(entry.departments()));
    }

    @Override
    public int changes(Entry entry) {
        int n = changes(entry.measures());
        for (String name : entry.departments()) {
            n += changes(name);
        }
        return n + (entry.item().isLocal() ? changes(entry.item().text()) : 0);
    }

    @Override
    public List<String> applyToNames(List<String> names) {
        return Departments.normalize(names.stream().map(ChinesePunctuation::normalize).toList());
    }
}
