package org.tianbao.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.tianbao.model.Departments;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.KeyArea;
import org.tianbao.model.TextNormalizer;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.UserException;

/**
 * Reads a return: a file the app exported, possibly edited since in Excel, WPS or LibreOffice, or saved
 * as .xls. Rows are matched by key area and work-item text, not by position; columns are found by their
 * header, wherever they are; extra rows under a key area become the unit's own items.
 */
public final class AttachmentReader {

    /** A form has fewer than a hundred rows; a sheet far longer is not one. */
    static final int MAX_ROWS = 5_000;
    private static final int HEADER_SEARCH_ROWS = 30;

    /** The sheets a 汇总 workbook begins with; the units' own sheets follow them. */
    private static final Set<String> CONSOLIDATION_SHEETS =
            Set.of(ConsolidationWriter.SUMMARY_SHEET, ConsolidationWriter.STATUS_SHEET);

    private final FormDefinition form;

    public AttachmentReader(FormDefinition form) {
        this.form = form;
    }

    /**
     * @throws org.tianbao.model.UserException when the file is unreadable or not this form
     */
    public ReturnedForm read(Path file) {
        Instant modified = lastModified(file);
        try (Workbook wb = SpreadsheetFiles.open(file)) {
            return read(file, wb, modified);
        } catch (IOException e) {
            throw SpreadsheetFiles.refuse(file, "读取文件时出错", e);
        } catch (UserException e) {
            throw e;
        } catch (RuntimeException e) {
            throw SpreadsheetFiles.damagedContent(file, e);
        }
    }

    /**
     * Every unit's return in the file: the one of a return, or, for a 汇总 workbook this app wrote (a city's
     * consolidation sent up to the province), one per unit sheet, so that it can be consolidated again.
     *
     * @throws org.tianbao.model.UserException when the file is unreadable or not this form
     */
    public List<ReturnedForm> readUnits(Path file) {
        Instant modified = lastModified(file);
        try (Workbook wb = SpreadsheetFiles.open(file)) {
            if (!isConsolidation(wb)) {
                return List.of(read(file, wb, modified));
            }
            DataFormatter formatter = new DataFormatter();
            Map<String, Object> properties = MetadataProperties.customProperties(wb);
            List<ReturnedForm> units = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet sheet = wb.getSheetAt(i);
                if (CONSOLIDATION_SHEETS.contains(sheet.getSheetName())) {
                    continue;
                }
                Optional<Columns> columns = findHeader(file, sheet, formatter);
                if (columns.isPresent()) {
                    Object cuts = properties.get(ConsolidationWriter.continuationsOf(sheet.getSheetName()));
                    Optional<ReturnMetadata> record = MetadataProperties.decode(
                            properties.get(ConsolidationWriter.returnOf(sheet.getSheetName())));
                    units.add(readSheet(file, sheet, columns.get(), formatter, record,
                            Continuations.read(cuts == null ? Map.of() : Map.of(Continuations.PROPERTY, cuts)), modified));
                }
            }
            if (units.isEmpty()) {
                throw SpreadsheetFiles.refuse(file, "它是汇总表，但其中没有各单位的表格");
            }
            return units;
        } catch (IOException e) {
            throw SpreadsheetFiles.refuse(file, "读取文件时出错", e);
        } catch (UserException e) {
            throw e;
        } catch (RuntimeException e) {
            throw SpreadsheetFiles.damagedContent(file, e);
        }
    }

    private static boolean isConsolidation(Workbook wb) {
        return wb.getNumberOfSheets() > 2 && wb.getSheet(ConsolidationWriter.SUMMARY_SHEET) != null
                && wb.getSheet(ConsolidationWriter.STATUS_SHEET) != null;
    }

    private ReturnedForm read(Path file, Workbook wb, Instant modified) {
        if (wb.getNumberOfSheets() == 0) {
            throw SpreadsheetFiles.refuse(file, "工作簿里没有工作表");
        }
        if (isConsolidation(wb)) {
            throw SpreadsheetFiles.refuse(file, "它是汇总表（含 " + (wb.getNumberOfSheets() - 2) + " 个单位的表格），"
                    + "不是一个单位的填报表；可在“汇总多个单位的表格”中与其他文件一起汇总");
        }
        Map<String, Object> properties = MetadataProperties.customProperties(wb);
        if (DepartmentTasksWriter.DOCUMENT.equals(properties.get(DepartmentTasksWriter.DOCUMENT_PROPERTY))) {
            throw SpreadsheetFiles.refuse(file, "它是按部门整理的部门分工表，不是填报的附件；报送请用“导出表格”导出的文件");
        }
        Optional<ReturnMetadata> metadata = MetadataProperties.read(properties);
        if (metadata.isPresent() && !metadata.get().formId().equals(form.id())) {
            throw SpreadsheetFiles.refuse(file, "它是另一张表格（" + metadata.get().formId() + "），不是《"
                    + form.title() + "》");
        }
        DataFormatter formatter = new DataFormatter();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet sheet = wb.getSheetAt(i);
            Optional<Columns> columns = findHeader(file, sheet, formatter);
            if (columns.isPresent()) {
                return readSheet(file, sheet, columns.get(), formatter, metadata, Continuations.read(properties), modified);
            }
        }
        throw SpreadsheetFiles.notThisForm(file, "没有找到《" + form.title() + "》的表头（序号、工作重点、工作内容、"
                + "具体举措及成果形式、责任部门），它不是这张表格");
    }

    /** Column positions, found by header text so that inserted or moved columns do not matter. */
    private record Columns(int headerRow, int number, int area, int item, int measures, int departments) {
    }

    private Optional<Columns> findHeader(Path file, Sheet sheet, DataFormatter formatter) {
        List<String> names = form.columns();
        for (Row row : sheet) {
            if (row.getRowNum() >= HEADER_SEARCH_ROWS) {
                break;
            }
            Map<String, Integer> found = new HashMap<>();
            for (Cell cell : row) {
                String key = TextNormalizer.forMatching(text(file, cell, formatter));
                for (String name : names) {
                    if (key.equals(TextNormalizer.forMatching(name))) {
                        found.putIfAbsent(name, cell.getColumnIndex());
                    }
                }
            }
            if (found.containsKey(names.get(1)) && found.containsKey(names.get(2)) && found.containsKey(names.get(3))
                    && found.containsKey(names.get(4))) {
                return Optional.of(new Columns(row.getRowNum(), found.getOrDefault(names.get(0), -1),
                        found.get(names.get(1)), found.get(names.get(2)), found.get(names.get(3)),
                        found.get(names.get(4))));
            }
        }
        return Optional.empty();
    }

    private ReturnedForm readSheet(Path file, Sheet sheet, Columns col, DataFormatter formatter,
                                   Optional<ReturnMetadata> metadata, Continuations continuations, Instant modified) {
        List<String> notes = new ArrayList<>();
        UnitInfo visibleUnit = UnitInfo.EMPTY;
        ReturnRows rows = new ReturnRows(form, SheetCuts.of(sheet, col.item(), continuations), notes);
        KeyArea area = null;
        for (Row row : sheet) {
            int r = row.getRowNum();
            if (r > MAX_ROWS) {
                throw SpreadsheetFiles.refuse(file, "工作表“" + sheet.getSheetName() + "”有 " + sheet.getLastRowNum()
                        + " 多行，不是这张表格");
            }
            if (r < col.headerRow()) {
                visibleUnit = unitLineIn(file, row, formatter).orElse(visibleUnit);
                continue;
            }
            if (r == col.headerRow()) {
                continue;
            }
            String areaText = text(file, row.getCell(col.area()), formatter);
            String numberText = col.number() < 0 ? "" : text(file, row.getCell(col.number()), formatter);
            String itemText = TextNormalizer.clean(text(file, row.getCell(col.item()), formatter));
            String measures = text(file, row.getCell(col.measures()), formatter);
            List<String> departments = Departments.split(text(file, row.getCell(col.departments()), formatter));
            if (isHeaderAgain(areaText, itemText)) {
                continue;
            }
            Optional<KeyArea> named = areaOf(areaText, numberText);
            if (named.isPresent()) {
                area = named.get();
            } else if (!areaText.isBlank()) {
                notes.add("第 " + (r + 1) + " 行的工作重点“" + areaText.strip() + "”不是本表格的工作重点，已按上一行的工作重点读取。");
            }
            if (itemText.isEmpty() && TextNormalizer.clean(measures).isEmpty() && departments.isEmpty()) {
                continue;
            }
            if (area == null) {
                throw SpreadsheetFiles.refuse(file, "第 " + (r + 1) + " 行的内容不属于任何工作重点");
            }
            rows.add(r, area, itemText, measures, departments);
        }
        rows.claimRetypedRows();
        int officialCount = form.officialItemCount();
        if (rows.officialFound() < officialCount / 2) {
            throw SpreadsheetFiles.refuse(file, "它不是《" + form.title() + "》：只找到 " + rows.officialFound() + " 项（共 "
                    + officialCount + " 项）工作内容");
        }
        if (rows.officialFound() < officialCount) {
            notes.add("文件中缺少 " + (officialCount - rows.officialFound()) + " 项工作内容，按未填写读取。");
        }
        // The metadata names the unit first; the sheet's line is the fallback and gives reporter and phone.
        UnitInfo shown = visibleUnit;
        UnitInfo unit = metadata.filter(m -> !m.unitName().isBlank())
                .map(m -> new UnitInfo(m.unitName(), shown.reporter(), shown.phone())).orElse(shown);
        FilledForm filled = new FilledForm(form, unit,
                FilledForm.inPrintOrder(form, rows.officialEntries(), rows.localEntries()));
        boolean unchanged = metadata.map(m -> m.contentHash().equals(ContentHash.of(filled))).orElse(false);
        return new ReturnedForm(file, filled, metadata, modified, unchanged, notes);
    }

    private Optional<KeyArea> areaOf(String areaText, String numberText) {
        if (!areaText.isBlank()) {
            Optional<KeyArea> byTitle = form.findArea(areaText);
            if (byTitle.isPresent()) {
                return byTitle;
            }
            String n = TextNormalizer.forMatching(numberText);
            if (n.matches("\\d{1,2}")) {
                int number = Integer.parseInt(n);
                return form.areas().stream().filter(a -> a.number() == number).findFirst();
            }
        }
        return Optional.empty();
    }

    private boolean isHeaderAgain(String areaText, String itemText) {
        return TextNormalizer.forMatching(areaText).equals(TextNormalizer.forMatching(form.columns().get(1)))
                && TextNormalizer.forMatching(itemText).equals(TextNormalizer.forMatching(form.columns().get(2)));
    }

    private static Optional<UnitInfo> unitLineIn(Path file, Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            String text = text(file, cell, formatter);
            if (UnitLine.isUnitLine(text)) {
                return Optional.of(UnitLine.parse(text));
            }
        }
        return Optional.empty();
    }

    /** The text a cell shows; formulas by their last computed value, never evaluated. */
    static String text(Path file, Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            // A shared string with no text at all (<si/>, as some programs leave one) is an empty cell.
            case STRING -> java.util.Objects.requireNonNullElse(cell.getRichStringCellValue().getString(), "");
            case NUMERIC -> number(cell, formatter);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
        if (text.length() > AttachmentWriter.MAX_CELL_CHARS) {
            throw SpreadsheetFiles.refuse(file, "单元格 " + cell.getAddress().formatAsString() + " 有 " + text.length()
                    + " 个字符，超过了表格单元格的上限 " + AttachmentWriter.MAX_CELL_CHARS + " 个字符");
        }
        return text;
    }

    private static String number(Cell cell, DataFormatter formatter) {
        double v = cell.getNumericCellValue();
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return cell.getCellType() == CellType.FORMULA ? Double.toString(v) : formatter.formatCellValue(cell);
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
