package org.tianbao.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tianbao.io.AtomicFiles;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.UserException;
import org.tianbao.model.WorkItem;

/**
 * A backup file: a {@link Snapshot} as gzip-compressed JSON with a SHA-256 of its content. Independent of
 * H2's file format, so that a later version of the app (or of H2) can still restore it. Written to a
 * temporary name and moved into place.
 */
public final class SnapshotFile {

    /** File-name suffix of backups. */
    public static final String SUFFIX = ".tianbao-backup";
    static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SnapshotFile() {
    }

    public static void write(Snapshot snapshot, Path target) throws IOException {
        Doc doc = toDoc(snapshot);
        doc.sha256 = null;
        doc.sha256 = sha256(JSON.writeValueAsBytes(doc));
        AtomicFiles.write(target, out -> {
            GZIPOutputStream gzip = new GZIPOutputStream(out);
            JSON.writeValue(new NonClosing(gzip), doc);
            gzip.finish();
        });
    }

    /** Keeps Jackson from closing the stream before the gzip trailer is written. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * Reads a backup of the given form.
     *
     * @throws UserException (Chinese sentence naming the file) when it is not a whole backup of this form
     */
    public static Snapshot read(Path file, FormDefinition form) {
        Doc doc;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            doc = JSON.readValue(in.readNBytes(64 * 1024 * 1024), Doc.class);
        } catch (IOException e) {
            throw new UserException("备份文件“" + file.getFileName() + "”无法读取：它不是填报通的备份，或已损坏。", e);
        }
        String expected = doc.sha256;
        doc.sha256 = null;
        try {
            if (expected == null || !expected.equals(sha256(JSON.writeValueAsBytes(doc)))) {
                throw new UserException("备份文件“" + file.getFileName() + "”已损坏（校验值不符），不能用于恢复。");
            }
        } catch (JsonProcessingException e) {
            throw new UserException("备份文件“" + file.getFileName() + "”无法读取。", e);
        }
        if (doc.format > FORMAT) {
            throw new UserException("备份文件“" + file.getFileName() + "”由更新版本的填报通生成，请先升级填报通。");
        }
        if (!form.id().equals(doc.formId)) {
            throw new UserException("备份文件“" + file.getFileName() + "”不是《" + form.title() + "》的备份。");
        }
        return toSnapshot(doc, form, file);
    }

    /** A hash of the content only (not of when it was taken), to skip backups that would change nothing. */
    public static String contentHash(Snapshot snapshot) {
        Doc doc = toDoc(snapshot);
        doc.takenAt = null;
        try {
            return sha256(JSON.writeValueAsBytes(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Doc toDoc(Snapshot snapshot) {
        Doc doc = new Doc();
        doc.format = FORMAT;
        doc.formId = snapshot.form().definition().id();
        doc.takenAt = snapshot.takenAt().toString();
        UnitInfo unit = snapshot.form().unit();
        doc.unitName = unit.unitName();
        doc.reporter = unit.reporter();
        doc.phone = unit.phone();
        for (Entry entry : snapshot.form().entries()) {
            RowDoc row = new RowDoc();
            row.id = entry.item().id();
            row.area = entry.item().areaNumber();
            row.local = entry.item().isLocal();
            row.text = entry.item().isLocal() ? entry.item().text() : null;
            row.measures = entry.measures();
            row.departments = entry.departments();
            doc.rows.add(row);
        }
        doc.departments = snapshot.departments();
        doc.settings = new LinkedHashMap<>(new java.util.TreeMap<>(snapshot.settings()));
        return doc;
    }

    private static Snapshot toSnapshot(Doc doc, FormDefinition form, Path file) {
        List<Entry> official = new ArrayList<>();
        List<Entry> local = new ArrayList<>();
        Map<String, RowDoc> officialRows = new LinkedHashMap<>();
        for (RowDoc row : doc.rows) {
            if (row.local) {
                if (row.text == null || row.text.isBlank() || row.area < 1 || row.area > form.areas().size()) {
                    throw new UserException("备份文件“" + file.getFileName() + "”中有一行本单位工作缺少内容，不能用于恢复。");
                }
                local.add(new Entry(new WorkItem(row.id, row.area, row.text, WorkItem.Kind.LOCAL),
                        row.measures, nonNull(row.departments)));
            } else {
                officialRows.put(row.id, row);
            }
        }
        for (WorkItem item : form.officialItems()) {
            RowDoc row = officialRows.get(item.id());
            official.add(row == null ? Entry.blank(item) : new Entry(item, row.measures, nonNull(row.departments)));
        }
        FilledForm filled = new FilledForm(form, new UnitInfo(doc.unitName, doc.reporter, doc.phone),
                FilledForm.inPrintOrder(form, official, local));
        return new Snapshot(Instant.parse(doc.takenAt), filled, nonNull(doc.departments),
                doc.settings == null ? Map.of() : doc.settings);
    }

    private static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON layout; fields are public for Jackson. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Doc {
        public int format;
        public String formId;
        public String takenAt;
        public String unitName = "";
        public String reporter = "";
        public String phone = "";
        public List<RowDoc> rows = new ArrayList<>();
        public List<String> departments = new ArrayList<>();
        public Map<String, String> settings = new LinkedHashMap<>();
        public String sha256;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class RowDoc {
        public String id;
        public int area;
        public boolean local;
        public String text;
        public String measures = "";
        public List<String> departments = new ArrayList<>();
    }
}
