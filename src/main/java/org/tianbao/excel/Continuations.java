package org.tianbao.excel;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Where an export cut a text too long for a page over several rows, so that reading the file joins it
 * back exactly. A cut falls either on a line break of the text, which then shows in neither row, or inside
 * a paragraph; the rows alone cannot tell which. A custom document property lists every cut as a
 * fingerprint of the text on both sides and whether a line break stood there. A cut the property does not
 * know (a file from elsewhere, or rows edited since) is joined with a line break, the likelier reading.
 */
final class Continuations {

    static final String PROPERTY = ReturnMetadata.PREFIX + "Continuations";
    /** Characters on each side of a cut that its fingerprint covers. */
    private static final int SIDE = 16;

    private final Map<String, Boolean> lineBreakAt;

    private Continuations(Map<String, Boolean> lineBreakAt) {
        this.lineBreakAt = lineBreakAt;
    }

    /** The property's value for the cuts of one column of a plan: tokens such as {@code n1a2b3c4d}, or "" for none. */
    static String describe(TablePlan plan, int column) {
        StringBuilder value = new StringBuilder();
        String above = "";
        for (int r = 0; r < plan.rowCount(); r++) {
            String text = plan.text(r, column);
            if (!plan.continuesAbove(r)) {
                above = text;
                continue;
            }
            if (text.isEmpty()) {
                continue;
            }
            boolean lineBreak = plan.afterLineBreak(r, column);
            if (!value.isEmpty()) {
                value.append(' ');
            }
            value.append(lineBreak ? 'n' : 'd').append(fingerprint(above, text));
            above = join(above, text, lineBreak);
        }
        return value.toString();
    }

    /** The cuts a file's custom properties list (none when it has no such property). */
    static Continuations read(Map<String, Object> customProperties) {
        Map<String, Boolean> cuts = new HashMap<>();
        Object value = customProperties.get(PROPERTY);
        if (value != null) {
            for (String token : value.toString().strip().split("\\s+")) {
                if (token.matches("[nd][0-9a-f]{8}")) {
                    cuts.put(token.substring(1), token.charAt(0) == 'n');
                }
            }
        }
        return new Continuations(cuts);
    }

    /** Whether the file says that {@code below} carries on {@code above}. */
    boolean knows(String above, String below) {
        return !lineBreakAt.isEmpty() && lineBreakAt.containsKey(fingerprint(above, below));
    }

    /** The text of a row followed by the text of the row that carries it on. */
    String join(String above, String below) {
        if (above.isEmpty() || below.isEmpty()) {
            return above + below;
        }
        return join(above, below, lineBreakAt.isEmpty() || lineBreakAt.getOrDefault(fingerprint(above, below), true));
    }

    private static String join(String above, String below, boolean lineBreak) {
        return lineBreak ? above + "\n" + below : above + below;
    }

    static String fingerprint(String above, String below) {
        String sides = above.substring(Math.max(0, above.length() - SIDE)) + '\u0000'
                + below.substring(0, Math.min(below.length(), SIDE));
        CRC32 crc = new CRC32();
        crc.update(sides.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
