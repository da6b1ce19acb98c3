package org.tianbao.excel;

import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType;

/**
 * Brings POI's stylesheet in line with what the file format and other readers expect: the second fill
 * is the reserved {@code gray125} (POI writes {@code darkGray}), and the built-in Normal cell style is
 * declared (readers such as openpyxl otherwise warn that the workbook has no default style).
 */
final class StylesheetHygiene {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private StylesheetHygiene() {
    }

    static void apply(XSSFWorkbook wb) {
        StylesTable styles = wb.getStylesSource();
        if (styles.getFills().size() > 1) {
            styles.getFillAt(1).getCTFill().getPatternFill().setPatternType(STPatternType.GRAY_125);
        }
        try {
            // POI fills the XML of the stylesheet from its lists only as it writes; do that once first.
            styles.writeTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CTStylesheet sheet = styles.getCTStylesheet();
        QName cellStyles = new QName(MAIN, "cellStyles");
        try (XmlCursor cursor = sheet.newCursor()) {
            if (cursor.toChild(cellStyles)) {
                return;
            }
        }
        // POI's lite schema has no class for <cellStyles>; write the element itself, after <cellXfs>.
        try (XmlCursor cursor = sheet.newCursor()) {
            if (!cursor.toChild(new QName(MAIN, "cellXfs"))) {
                return;
            }
            cursor.toEndToken();
            cursor.toNextToken();
            cursor.beginElement(cellStyles);
            cursor.insertAttributeWithValue("count", "1");
            cursor.beginElement(new QName(MAIN, "cellStyle"));
            cursor.insertAttributeWithValue("name", "Normal");
            cursor.insertAttributeWithValue("xfId", "0");
            cursor.insertAttributeWithValue("builtinId", "0");
        }
    }
}
