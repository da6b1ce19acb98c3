package org.tianbao.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tianbao.excel.AttachmentWriter;
import org.tianbao.excel.ContentHash;
import org.tianbao.excel.ReturnMetadata;
import org.tianbao.excel.SampleForms;
import org.tianbao.excel.Typography;
import org.tianbao.model.FilledForm;

/**
 * A corpus of files that must be refused: what arrives by email instead of a return. Each entry names the
 * file and a phrase the refusal must contain.
 */
public final class BadFiles {

    /** Text a file with external entities would pull in; it must never appear anywhere. */
    public static final String SECRET = "SECRET-7f3a9c-不应读取";

    private BadFiles() {
    }

    /** Writes the corpus into a folder; returns file → expected phrase of the refusal. */
    public static Map<Path, String> write(Path dir) throws Exception {
        Files.createDirectories(dir);
        Map<Path, String> corpus = new LinkedHashMap<>();
        Path good = dir.resolve("good-source.xlsx.src");
        FilledForm form = SampleForms.filled("好县市场监督管理局", 3);
        new AttachmentWriter(Typography.DEFAULT).write(form, metadata(form, form.definition().id()), good);
        byte[] goodBytes = Files.readAllBytes(good);

        corpus.put(bytes(dir, "空文件.xlsx", new byte[0]), "空的");
        byte[] random = new byte[8192];
        new Random(1).nextBytes(random);
        corpus.put(bytes(dir, "随机字节.xlsx", random), "不是 Excel 工作簿");
        corpus.put(bytes(dir, "截断.xlsx", java.util.Arrays.copyOf(goodBytes, goodBytes.length / 2)), "不完整或已损坏");
        corpus.put(bytes(dir, "文本改名.xlsx", "填报单位,工作内容\n某县,开展工作\n".getBytes(StandardCharsets.UTF_8)), "文本文件");
        corpus.put(zip(dir, "Word文档.xlsx", Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>")),
                "Word 文档");
        corpus.put(otherSpreadsheet(dir.resolve("其他表格.xlsx")), "没有找到");
        corpus.put(noSheets(dir.resolve("没有工作表.xlsx")), "没有工作表");
        corpus.put(encrypted(dir.resolve("有密码.xlsx"), goodBytes), "密码");
        corpus.put(bomb(good, dir.resolve("压缩炸弹.xlsx")), "压缩炸弹");
        String secretUri = secretFile(dir).toUri().toString();
        corpus.put(rewritePart(good, dir.resolve("外部实体.xlsx"), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst(
                "<\\?xml[^>]*\\?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                        + secretUri + "\">]>").replace("</sheetData>", "<row r=\"900\"><c r=\"A900\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>")),
                "已损坏");
        corpus.put(rewritePart(good, dir.resolve("超长单元格.xlsx"), "xl/sharedStrings.xml",
                xml -> xml.replaceFirst("<t>([^<]*)</t>", "<t>" + variedText(40_000) + "</t>")), "32767");
        // Damage POI meets only while reading the sheet, after the file opened: a merged range naming no cell.
        corpus.put(rewritePart(good, dir.resolve("合并区域损坏.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<mergeCell ref=\"[^\"]*\"/>", "<mergeCell ref=\"B2A26:C3\"/>")),
                "它已损坏，或不是能识别的 Excel 工作簿");
        Path otherForm = dir.resolve("另一张表.xlsx");
        new AttachmentWriter(Typography.DEFAULT).write(form, metadata(form, "cn.gov.other-form"), otherForm);
        corpus.put(otherForm, "另一张表格");
        corpus.put(wordDoc(dir.resolve("Word97.xls")), "它是 Word 文档，但已损坏或无法识别");
        corpus.put(bytes(dir, "盖章扫描件.xlsx", "%PDF-1.4\n%stamped".getBytes(StandardCharsets.US_ASCII)),
                "它是 PDF 文件（如盖章后的扫描件），其中的表格无法读取，请改用 Excel、WPS 或 Word 的表格文件");
        corpus.put(bytes(dir, "报表.rar", "Rar!\u001a\u0007\u0000 archive".getBytes(StandardCharsets.ISO_8859_1)),
                "它是一个压缩包，不是 Excel 工作簿：请先解压");
        corpus.put(bytes(dir, "WPS表格.et", random), "它是 WPS 表格自有格式（.et）且无法识别，请在 WPS 中另存为 .xlsx 后再试");
        Files.delete(good);
        return corpus;
    }

    /** Text that does not compress away (a pasted document, not a repeated character). */
    private static String variedText(int length) {
        Random random = new Random(length);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return text.toString();
    }

    static ReturnMetadata metadata(FilledForm form, String formId) {
        return new ReturnMetadata(formId, 1, form.unit().unitName(), OffsetDateTime.now(), 1, ContentHash.of(form), "t");
    }

    private static Path secretFile(Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        return secret;
    }

    private static Path bytes(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static Path zip(Path dir, String name, Map<String, String> parts) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    private static Path otherSpreadsheet(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("名单");
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            sheet.getRow(0).createCell(1).setCellValue("年龄");
            for (int r = 1; r < 50; r++) {
                sheet.createRow(r).createCell(0).setCellValue("张" + r);
                sheet.getRow(r).createCell(1).setCellValue(20 + r);
            }
            wb.write(out);
        }
        return file;
    }

    private static Path noSheets(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    private static Path encrypted(Path file, byte[] plain) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("123456");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    private static Path wordDoc(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A real return whose sheet unzips to about 400 MB of blanks. */
    private static Path bomb(Path good, Path file) throws IOException {
        try (ZipFile zip = new ZipFile(good.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    int cut = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 400; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return file;
    }

    /** A real return with one part's XML changed. */
    static Path rewritePart(Path good, Path file, String part, UnaryOperator<String> change) throws IOException {
        try (ZipFile zip = new ZipFile(good.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
                out.closeEntry();
            }
        }
        return file;
    }
}
