package org.tianbao.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

/**
 * Estimates how tall a wrapped cell must be to show all its text. Spreadsheet programs do not grow rows
 * for wrapped text when they open a file (LibreOffice on load, Excel for merged cells), so every row height
 * is written from this estimate. It errs on the generous side: CJK fonts on other machines (Noto CJK under
 * LibreOffice) have taller lines than 仿宋 under Excel.
 */
final class TextHeight {

    /** Screen pixels per point at 96 dpi, the unit Excel's column widths are in. */
    static final double PX_PER_PT = 96.0 / 72.0;
    /** Line height as a multiple of the font size: Noto CJK under LibreOffice takes about 1.5, SimSun's about 1.3. */
    static final double LINE = 1.5;
    /** Space above and below the text inside a cell, in points. */
    static final double PADDING_PT = 6;
    /** Space the program keeps left and right of the text inside a cell, in pixels. */
    static final double CELL_MARGIN_PX = 8;
    /** Text is assumed this much wider than its glyph widths: line-breaking rules keep punctuation off a line start. */
    static final double WIDTH_SLACK = 1.12;
    /** The highest row a spreadsheet accepts, in points. */
    static final double MAX_ROW_PT = 409;

    private TextHeight() {
    }

    /** Pixel width of a column of the given width in characters, for the default 11-pt Calibri (7-px digits). */
    static double columnPixels(double widthChars) {
        return Math.floor(widthChars * 7 + 5);
    }

    /** Number of lines the text takes in a column, wrapping where it no longer fits and at line breaks. */
    static int lines(String text, double fontPt, double widthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double usable = columnPixels(widthChars) - CELL_MARGIN_PX;
        double em = fontPt * PX_PER_PT;
        int lines = 0;
        int from = 0;
        while (true) {
            int end = text.indexOf('\n', from);
            lines += wrap(text, from, end < 0 ? text.length() : end, em, usable, null);
            if (end < 0) {
                return lines;
            }
            from = end + 1;
        }
    }

    /** Where each line of a wrapped paragraph starts (offsets into it; the first is 0). */
    private static List<Integer> lineStarts(String paragraph, double em, double usable) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        wrap(paragraph, 0, paragraph.length(), em, usable, starts::add);
        return starts;
    }

    /**
     * Wraps one paragraph, {@code text[from, to)}, filling lines greedily with pieces that a line may not
     * break inside (see {@link #pieces}), as spreadsheet programs do; a piece longer than a whole line is
     * broken where it overflows. Works on the text in place: 汇总 measures hundreds of thousands of cells.
     *
     * @param laterStarts told where each line after the first starts, or null
     * @return the number of lines
     */
    private static int wrap(String text, int from, int to, double em, double usable, IntConsumer laterStarts) {
        int lines = 1;
        double width = 0;
        int pieceStart = from;
        double pieceWidth = 0;
        boolean pieceBlank = true;
        int previous = -1;
        for (int i = from; ; ) {
            int cp = i < to ? text.codePointAt(i) : -1;
            if (cp < 0 || previous >= 0 && breakBetween(previous, cp)) {
                if (width + pieceWidth <= usable) {
                    width += pieceWidth;
                } else if (!pieceBlank) { // a space where the line ends takes no room
                    if (width > 0) {
                        lines++;
                        report(laterStarts, pieceStart);
                        width = 0;
                    }
                    for (int j = pieceStart; j < i; ) {
                        int c = text.codePointAt(j);
                        double cw = charWidth(c, em);
                        if (width + cw > usable && width > 0) {
                            lines++;
                            report(laterStarts, j);
                            width = cw;
                        } else {
                            width += cw;
                        }
                        j += Character.charCount(c);
                    }
                }
                if (cp < 0) {
                    return lines;
                }
                pieceStart = i;
                pieceWidth = 0;
                pieceBlank = true;
            }
            pieceWidth += charWidth(cp, em);
            pieceBlank &= Character.isWhitespace(cp);
            previous = cp;
            i += Character.charCount(cp);
        }
    }

    private static void report(IntConsumer starts, int offset) {
        if (starts != null) {
            starts.accept(offset);
        }
    }

    /**
     * A text cut in two: {@code head} takes at most the lines asked for, {@code tail} is the rest. When the
     * cut falls on a line break, that break belongs to neither part ({@code atLineBreak}); otherwise the
     * parts simply follow each other.
     */
    record Cut(String head, String tail, boolean atLineBreak) {

        String joined() {
            return atLineBreak ? head + "\n" + tail : head + tail;
        }
    }

    /**
     * Cuts a text that takes more than {@code maxLines} lines so that its head takes at most that many:
     * at a line break when the paragraphs before it fill at least half the lines, else inside the
     * paragraph that overflows, after the last sentence end in the second half of what fits, else where
     * the last line that fits ends.
     *
     * @return empty when the text fits in {@code maxLines} lines, or when {@code maxLines < 1}
     */
    static Optional<Cut> cut(String text, double fontPt, double widthChars, int maxLines) {
        if (maxLines < 1 || lines(text, fontPt, widthChars) <= maxLines) {
            return Optional.empty();
        }
        double usable = columnPixels(widthChars) - CELL_MARGIN_PX;
        double em = fontPt * PX_PER_PT;
        int used = 0;
        int offset = 0;
        for (String paragraph : text.split("\n", -1)) {
            List<Integer> starts = lineStarts(paragraph, em, usable);
            if (used + starts.size() <= maxLines) {
                used += starts.size();
                offset += paragraph.length() + 1;
                continue;
            }
            int room = maxLines - used;
            if (offset > 0 && (room == 0 || used * 2 >= maxLines)) {
                return Optional.of(new Cut(text.substring(0, offset - 1), text.substring(offset), true));
            }
            int end = starts.get(room);
            int at = sentenceEndBefore(paragraph, starts.get(room / 2), end).orElse(end);
            return Optional.of(new Cut(text.substring(0, offset + at), text.substring(offset + at), false));
        }
        throw new IllegalStateException("the text has more lines than its paragraphs");
    }

    /** The last place in [from, to] of the paragraph, between two pieces, that follows a sentence end. */
    private static OptionalInt sentenceEndBefore(String paragraph, int from, int to) {
        int best = -1;
        int offset = 0;
        for (String piece : pieces(paragraph)) {
            offset += piece.length();
            if (offset > to) {
                break;
            }
            if (offset >= from && endsSentence(piece)) {
                best = offset;
            }
        }
        return best > 0 ? OptionalInt.of(best) : OptionalInt.empty();
    }

    private static boolean endsSentence(String piece) {
        String s = piece.stripTrailing();
        int i = s.length();
        while (i > 0 && "”’）)」』】".indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && "。；！？;!?".indexOf(s.charAt(i - 1)) >= 0;
    }

    /**
     * Splits text where a line may break, after the Unicode line-breaking rules the programs follow
     * (UAX #14, simplified and on the generous side): between ideographs, after spaces, but not inside a
     * Latin word or number, not before closing punctuation (，。、）》…), not after opening punctuation
     * (（《…), and on neither side of quotation marks (“”‘’), so “x.xlsx” moves to the next line whole.
     */
    static List<String> pieces(String paragraph) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int previous = -1;
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            i += Character.charCount(cp);
            if (previous >= 0 && breakBetween(previous, cp)) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.appendCodePoint(cp);
            previous = cp;
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    private static boolean breakBetween(int before, int after) {
        if (Character.isWhitespace(after)) {
            return !Character.isWhitespace(before);
        }
        if (Character.isWhitespace(before)) {
            return true;
        }
        if (isQuote(before) || isQuote(after) || isOpening(before) || isClosing(after)) {
            return false;
        }
        return isWide(before) || isWide(after);
    }

    private static boolean isQuote(int cp) {
        return cp == '"' || cp == '\'' || (cp >= 0x2018 && cp <= 0x201F);
    }

    private static boolean isOpening(int cp) {
        return "([{（［｛《〈「『【〔〖".indexOf(cp) >= 0;
    }

    private static boolean isClosing(int cp) {
        return ")]},.;:!?%）］｝》〉」』】〕〗，。、；：！？…·％".indexOf(cp) >= 0;
    }

    private static double charWidth(int cp, double em) {
        return (isWide(cp) ? em : em * 0.6) * WIDTH_SLACK;
    }

    /** Height in points of a cell showing this many lines. */
    static double heightOf(int lines, double fontPt) {
        return Math.min(MAX_ROW_PT, neededHeight(lines, fontPt));
    }

    /** Height in points the lines need, even beyond the highest row a spreadsheet accepts. */
    static double neededHeight(int lines, double fontPt) {
        return lines * fontPt * LINE + PADDING_PT;
    }

    static double heightOf(String text, double fontPt, double widthChars) {
        return heightOf(lines(text, fontPt, widthChars), fontPt);
    }

    /** Characters drawn one em wide in a CJK font: ideographs, kana, hangul, CJK and full-width punctuation, emoji. */
    static boolean isWide(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2010 && cp <= 0x206F) // quotation marks and dashes are full width in CJK fonts
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE10 && cp <= 0xFE6F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F000 && cp <= 0x1FAFF)
                || cp >= 0x20000;
    }
}
