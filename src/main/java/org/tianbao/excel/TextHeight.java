package org.tianbao.excel;

import java.util.ArrayList;
import java.util.List;

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
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraphLines(paragraph, em, usable);
        }
        return lines;
    }

    /**
     * Fills lines greedily with pieces that a line may not break inside (see {@link #pieces}), as
     * spreadsheet programs do; a piece longer than a whole line is broken where it overflows.
     */
    private static int paragraphLines(String paragraph, double em, double usable) {
        int lines = 1;
        double width = 0;
        for (String piece : pieces(paragraph)) {
            double w = widthOf(piece, em);
            if (width + w <= usable) {
                width += w;
                continue;
            }
            if (piece.isBlank()) {
                continue; // a space where the line ends takes no room
            }
            if (width > 0) {
                lines++;
                width = 0;
            }
            for (int i = 0; i < piece.length(); ) {
                int cp = piece.codePointAt(i);
                i += Character.charCount(cp);
                double cw = charWidth(cp, em);
                if (width + cw > usable && width > 0) {
                    lines++;
                    width = cw;
                } else {
                    width += cw;
                }
            }
        }
        return lines;
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

    private static double widthOf(String piece, double em) {
        double w = 0;
        for (int i = 0; i < piece.length(); ) {
            int cp = piece.codePointAt(i);
            i += Character.charCount(cp);
            w += charWidth(cp, em);
        }
        return w;
    }

    private static double charWidth(int cp, double em) {
        return (isWide(cp) ? em : em * 0.6) * WIDTH_SLACK;
    }

    /** Height in points of a cell showing this many lines. */
    static double heightOf(int lines, double fontPt) {
        return Math.min(MAX_ROW_PT, lines * fontPt * LINE + PADDING_PT);
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
