package org.tianbao.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** What other programs do to a returned file: rewrite it with another xlsx library, or re-save it in LibreOffice. */
public final class OtherPrograms {

    private OtherPrograms() {
    }

    /**
     * Reads the first sheet with fastexcel and writes a new workbook with fastexcel, after letting the caller
     * edit the rows (lists of cell texts). Custom properties, styles and merges do not survive: as when a
     * county re-typed the file in another program.
     */
    public static void rewrite(Path source, Path target, UnaryOperator<List<List<String>>> edit) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(source.toFile())) {
            for (Row row : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null || cell.getType() == CellType.EMPTY ? "" : cell.getText());
                }
                rows.add(cells);
            }
        }
        List<List<String>> edited = edit.apply(rows);
        try (OutputStream out = Files.newOutputStream(target)) {
            Workbook wb = new Workbook(out, "OtherProgram", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            for (int r = 0; r < edited.size(); r++) {
                List<String> cells = edited.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v.matches("\\d{1,3}")) {
                        ws.value(r, c, new BigDecimal(v));
                    } else if (!v.isEmpty()) {
                        ws.value(r, c, v);
                    }
                }
            }
            wb.finish();
        }
    }

    /** Whether LibreOffice is installed here (tests that need it are skipped where it is not). */
    public static boolean hasLibreOffice() {
        try {
            Process p = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whether LibreOffice's Writer is installed too (Debian packages it apart from Calc): without it,
     * LibreOffice cannot load a Word document at all.
     */
    public static boolean hasLibreOfficeWriter() {
        return hasLibreOffice() && Files.exists(Path.of("/usr/lib/libreoffice/share/registry/writer.xcd"));
    }

    /** Re-saves a file with LibreOffice in another format ("xlsx", "xls", "pdf"); returns the new file. */
    public static Path libreOfficeConvert(Path source, String format, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("lo-profile");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", format, "--outdir", outDir.toString(), source.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("LibreOffice could not convert " + source);
        }
        String name = source.getFileName().toString();
        return outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
    }
}
