package org.tianbao.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Adds to a workbook written by fastexcel what that library does not write: the planned manual page
 * breaks of each sheet (so that every printed page starts where the layout put a repeated label), and the
 * Normal cell style that the format expects. Copies the package entry by entry, streaming the sheets.
 */
final class PackageFinisher {

    private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet(\\d+)\\.xml");
    private static final byte[] END = "</worksheet>".getBytes(StandardCharsets.UTF_8);

    private PackageFinisher() {
    }

    /**
     * @param breaks per sheet in creation order, the 0-based rows that end a printed page
     */
    static void copy(Path workbook, OutputStream out, List<List<Integer>> breaks) throws IOException {
        try (ZipFile source = new ZipFile(workbook.toFile())) {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = new BufferedInputStream(source.getInputStream(entry), 1 << 16)) {
                    copyEntry(entry, in, zip, breaks);
                }
            }
            zip.finish();
        }
    }

    private static void copyEntry(ZipEntry entry, InputStream in, ZipOutputStream zip, List<List<Integer>> breaks)
            throws IOException {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        Matcher sheet = SHEET.matcher(entry.getName());
        if (sheet.matches()) {
            int index = Integer.parseInt(sheet.group(1)) - 1;
            copyBeforeEnd(in, zip, rowBreaks(index < breaks.size() ? breaks.get(index) : List.of()));
        } else if (entry.getName().equals("xl/styles.xml")) {
            zip.write(withNormalStyle(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    static String rowBreaks(List<Integer> rows) {
        if (rows.isEmpty() || rows.size() > TableWriter.MAX_PAGE_BREAKS) {
            return "";
        }
        StringBuilder xml = new StringBuilder("<rowBreaks count=\"").append(rows.size())
                .append("\" manualBreakCount=\"").append(rows.size()).append("\">");
        for (int row : rows) {
            // A break sits above the row whose 1-based number is its id: after the 0-based row given here.
            xml.append("<brk id=\"").append(row + 1).append("\" max=\"16383\" man=\"1\"/>");
        }
        return xml.append("</rowBreaks>").toString();
    }

    /** Copies a sheet, putting {@code insert} just before its closing tag (page breaks follow the footer). */
    private static void copyBeforeEnd(InputStream in, OutputStream out, String insert) throws IOException {
        byte[] buffer = new byte[1 << 16];
        byte[] tail = new byte[0];
        for (int n; (n = in.read(buffer)) > 0; ) {
            byte[] joined = Arrays.copyOf(tail, tail.length + n);
            System.arraycopy(buffer, 0, joined, tail.length, n);
            int keep = Math.min(joined.length, 64);
            out.write(joined, 0, joined.length - keep);
            tail = Arrays.copyOfRange(joined, joined.length - keep, joined.length);
        }
        String end = new String(tail, StandardCharsets.UTF_8);
        int at = end.lastIndexOf(new String(END, StandardCharsets.UTF_8));
        if (at < 0) {
            throw new IOException("worksheet without its closing tag");
        }
        out.write((end.substring(0, at) + insert + end.substring(at)).getBytes(StandardCharsets.UTF_8));
    }

    static String withNormalStyle(String styles) {
        if (styles.contains("<cellStyles") || !styles.contains("</cellXfs>")) {
            return styles;
        }
        return styles.replace("</cellXfs>",
                "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
    }
}
