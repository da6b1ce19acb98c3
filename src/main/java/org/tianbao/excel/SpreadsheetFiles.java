package org.tianbao.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tianbao.io.ZipArchives;
import org.tianbao.model.UserException;

/**
 * Opens a spreadsheet someone sent (or a Word document holding the attachment's table, as {@link WordTables}),
 * or refuses it with one Chinese sentence naming the file and the reason.
 * Guards against what arrives by email: empty or truncated files, other documents renamed .xlsx, password
 * protection, zip bombs (POI's inflate-ratio and entry-size limits stay on, tightened), external entities
 * (POI's XML parsers never resolve them).
 */
public final class SpreadsheetFiles {

    private static final Logger LOG = Logger.getLogger(SpreadsheetFiles.class.getName());
    /** Largest spreadsheet accepted: a filled form is well under 1 MB. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Largest part once unzipped: a form's sheet is about 100 KB of XML. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        ZipSecureFile.setMinInflateRatio(0.005);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private SpreadsheetFiles() {
    }

    /**
     * Opens the workbook read-only.
     *
     * @throws UserException when it is not a readable spreadsheet
     */
    public static Workbook open(Path file) {
        byte[] head = head(file);
        boolean zip = startsWith(head, ZIP);
        boolean word = false;
        if (zip) {
            word = checkZipIsWorkbookOrWord(file);
        } else if (startsWith(head, OLE2)) {
            word = checkOle2IsWorkbookOrWord(file);
        } else {
            throw refuse(file, notOffice(file, head));
        }
        try {
            return word ? WordTables.open(file, zip) : create(file, zip);
        } catch (UserException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            // An encrypted Office file hides whether it is a workbook or a document.
            throw refuse(file, "它设有密码保护，请在 Excel、Word 或 WPS 中取消密码后再试", e);
        } catch (OldExcelFormatException e) {
            throw refuse(file, "它是 Excel 95 或更早的格式，请在 Excel 或 WPS 中另存为 .xlsx 后再试", e);
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceed") && message.contains("max")) {
                throw refuse(file, "它解压后大得异常（疑似“压缩炸弹”），为安全起见不予读取", e);
            }
            if (message.contains("OPC Compliance")) {
                return openWithoutCoreProperties(file, word, e);
            }
            if (message.contains("BIFF8") || message.contains("Workbook' entry")) {
                throw refuse(file, "它不是 Excel 工作簿（可能是 Word 文档或其他 Office 文件）", e);
            }
            throw refuse(file, damaged(word), e);
        } catch (OutOfMemoryError e) {
            throw refuse(file, "它太大，无法读取", null);
        }
    }

    /** An .xlsx is opened as a package directly (the kind is already known); anything else by POI's factory. */
    private static Workbook create(Path file, boolean zip) throws IOException {
        if (!zip) {
            return WorkbookFactory.create(file.toFile(), null, true);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            return new XSSFWorkbook(pkg);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private static String damaged(boolean word) {
        return word ? "它是 Word 文档，但已损坏或无法识别" : "它已损坏，或不是能识别的 Excel 工作簿";
    }

    /**
     * The refusal of a file found damaged while its content is read, after it opened: POI parses a sheet's
     * parts as they are asked for, so a merged range naming no cell, say, shows only then.
     */
    static UserException damagedContent(Path file, RuntimeException cause) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return refuse(file, damaged(name.endsWith(".docx") || name.endsWith(".doc") || name.endsWith(".wps")), cause);
    }

    /** A message naming the file and the reason, after the house style of every refusal. */
    public static UserException refuse(Path file, String reason) {
        return refuse(file, reason, null);
    }

    static UserException refuse(Path file, String reason, Throwable cause) {
        if (cause != null) {
            LOG.log(Level.INFO, "refused " + file, cause);
        }
        return new UserException(refusal(file, reason), cause);
    }

    /** The refusal of a readable document that is not this form at all. */
    static NotThisFormException notThisForm(Path file, String reason) {
        return new NotThisFormException(refusal(file, reason));
    }

    private static String refusal(Path file, String reason) {
        return "无法读取文件“" + file.getFileName() + "”：" + reason + "。";
    }

    private static byte[] head(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw refuse(file, "它是一个文件夹");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw refuse(file, "文件是空的（0 字节）");
            }
            if (size > MAX_FILE_BYTES) {
                throw refuse(file, "文件有 " + size / (1024 * 1024) + " MB，远大于一份填报表，不予读取");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(512);
            }
        } catch (NoSuchFileException e) {
            throw refuse(file, "文件不存在", e);
        } catch (AccessDeniedException e) {
            throw refuse(file, "没有读取权限，或文件正被其他程序独占打开", e);
        } catch (IOException e) {
            throw refuse(file, "读取文件时出错（" + e.getClass().getSimpleName() + "）", e);
        }
    }

    /**
     * Names the document a zip really is, before POI guesses; true for a Word document (.docx), which is
     * read for the attachment's table in it.
     */
    private static boolean checkZipIsWorkbookOrWord(Path file) {
        Set<String> names = new HashSet<>();
        // Read whatever wrote the names: a zip made on Chinese Windows is told as an archive, not as damaged.
        try (ZipFile zip = ZipArchives.open(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements() && names.size() < 10_000) {
                names.add(entries.nextElement().getName().toLowerCase(java.util.Locale.ROOT));
            }
        } catch (ZipException e) {
            throw refuse(file, "文件不完整或已损坏（可能下载或复制时被截断）", e);
        } catch (IOException e) {
            throw refuse(file, "读取文件时出错（" + e.getClass().getSimpleName() + "）", e);
        }
        if (names.contains("xl/workbook.xml") || names.contains("xl/workbook.bin")) {
            if (names.contains("xl/workbook.bin")) {
                throw refuse(file, "它是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再试");
            }
            return false;
        }
        if (names.contains("word/document.xml")) {
            return true;
        }
        if (names.contains("ppt/presentation.xml")) {
            throw refuse(file, "它是 PowerPoint 演示文稿，不是 Excel 工作簿");
        }
        if (names.contains("content.xml") && names.contains("mimetype")) {
            throw refuse(file, "它是 OpenDocument 文件（如 .ods），请另存为 .xlsx 后再试");
        }
        throw refuse(file, ARCHIVE);
    }

    /**
     * Names the document an OLE2 file (Office 97-2003, or an encrypted Office 2007+ file) really is; true
     * for a Word 97-2003 document (.doc), which is read for the attachment's table in it.
     */
    private static boolean checkOle2IsWorkbookOrWord(Path file) {
        Set<String> names = new HashSet<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            fs.getRoot().getEntryNames().forEach(names::add);
        } catch (IOException | RuntimeException e) {
            throw refuse(file, "它已损坏，或不是能识别的 Excel 工作簿", e);
        }
        if (names.contains("EncryptionInfo") || names.contains("Workbook") || names.contains("WORKBOOK")
                || names.contains("Book")) {
            return false;
        }
        if (names.contains("WordDocument")) {
            return true;
        }
        if (names.contains("PowerPoint Document")) {
            throw refuse(file, "它是 PowerPoint 演示文稿，不是 Excel 工作簿");
        }
        throw refuse(file, wpsOwnFormat(file).orElse("它不是 Excel 工作簿"));
    }

    private static final String ARCHIVE = "它是一个压缩包，不是 Excel 工作簿：请先解压，再读取解压出的文件";

    /** Whether {@code reason} (a file's unreadable reason) says the file is an archive still to be unpacked. */
    public static boolean saysArchive(Path file, String reason) {
        return reason.equals(refusal(file, ARCHIVE));
    }

    /** A zip, RAR or 7z archive by its name: files are sent packed in them, to be unpacked before reading. */
    public static boolean isArchiveName(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".zip") || name.endsWith(".rar") || name.endsWith(".7z");
    }

    /** Why a file that is neither a zip nor an Office 97-2003 file is not read, by what it starts with. */
    private static String notOffice(Path file, byte[] head) {
        if (startsWith(head, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
            return "它是 PDF 文件（如盖章后的扫描件），其中的表格无法读取，请改用 Excel、WPS 或 Word 的表格文件";
        }
        if (startsWith(head, "Rar!".getBytes(StandardCharsets.US_ASCII))
                || startsWith(head, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF})) {
            return ARCHIVE;
        }
        if (looksLikeText(head)) {
            return "它是一个文本文件，不是 Excel 工作簿（可能只是改了扩展名）";
        }
        return wpsOwnFormat(file).orElse("它不是 Excel 工作簿，或已损坏");
    }

    /**
     * WPS's own formats (.et, .wps) are mostly Excel's and Word's 97-2003 formats under another name, and are
     * read so; one that is not gets this advice.
     */
    private static Optional<String> wpsOwnFormat(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".et")) {
            return Optional.of("它是 WPS 表格自有格式（.et）且无法识别，请在 WPS 中另存为 .xlsx 后再试");
        }
        if (name.endsWith(".wps")) {
            return Optional.of("它是 WPS 文字自有格式（.wps）且无法识别，请在 WPS 中另存为 .docx 后再试");
        }
        return Optional.empty();
    }

    /**
     * WPS has written core properties that POI's packaging rules reject ("OPC Compliance error"); the
     * properties carry nothing we need, so the file is read again with a minimal core part in their place.
     */
    private static Workbook openWithoutCoreProperties(Path file, boolean word, Exception first) {
        // Read whatever wrote the names: a zip made on Chinese Windows is told as an archive, not as damaged.
        try (ZipFile zip = ZipArchives.open(file)) {
            ByteArrayOutputStream copy = new ByteArrayOutputStream((int) Math.min(Files.size(file) * 2, MAX_FILE_BYTES));
            try (ZipOutputStream out = new ZipOutputStream(copy)) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equalsIgnoreCase("docProps/core.xml")) {
                        out.write(MINIMAL_CORE.getBytes(StandardCharsets.UTF_8));
                    } else {
                        try (InputStream in = zip.getInputStream(entry)) {
                            in.transferTo(new LimitedOutputStream(out, MAX_ENTRY_BYTES));
                        }
                    }
                    out.closeEntry();
                }
            }
            ByteArrayInputStream repaired = new ByteArrayInputStream(copy.toByteArray());
            return word ? WordTables.open(file, repaired) : WorkbookFactory.create(repaired);
        } catch (IOException | RuntimeException e) {
            e.addSuppressed(first);
            throw refuse(file, damaged(word), e);
        }
    }

    private static final String MINIMAL_CORE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"/>";

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeText(byte[] head) {
        int printable = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 9 || c == 10 || c == 13 || c >= 0x20) {
                printable++;
            }
        }
        return head.length > 0 && printable == head.length;
    }

    /** Stops copying a part that unzips beyond the limit. */
    private static final class LimitedOutputStream extends java.io.FilterOutputStream {
        private long left;

        LimitedOutputStream(java.io.OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (--left < 0) {
                throw new IOException("Zip bomb: entry exceeds max size");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            left -= len;
            if (left < 0) {
                throw new IOException("Zip bomb: entry exceeds max size");
            }
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner
        }
    }
}
