package org.tianbao.excel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.tianbao.model.Departments;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;

/**
 * SHA-256 of what a return says: form, unit and every row's key area, work item, measures and departments,
 * in print order. Computed from the same values the reader gets back, so that a file nobody edited after
 * the export hashes to the value stored in it.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(FilledForm form) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(form.definition().id()).append('\u001e').append(form.unit().unitName()).append('\u001e');
        for (Entry e : form.entries()) {
            canonical.append(e.item().areaNumber()).append('\u001f')
                    .append(e.item().text()).append('\u001f')
                    .append(e.measures()).append('\u001f')
                    .append(Departments.join(e.departments())).append('\u001e');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
