package org.tianbao.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

/** The 汇总 workbook names a sheet after each unit: names Excel opens without a repair. */
class ConsolidationSheetNamesTest {

    private final Set<String> taken = new HashSet<>(Set.of(ConsolidationWriter.SUMMARY_SHEET.toLowerCase(),
            ConsolidationWriter.STATUS_SHEET.toLowerCase()));

    private String name(String unit) {
        String name = ConsolidationWriter.sheetName(unit, taken);
        WorkbookUtil.validateSheetName(name);
        return name;
    }

    @Test
    void aUnitWrittenOnTwoLinesIsOneLine() {
        assertThat(name("贵阳市\n白云区市场监督管理局")).isEqualTo("贵阳市 白云区市场监督管理局");
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsNeverCutInHalf() {
        // 30 characters, then 𠮷 (two UTF-16 units): the 31st unit would be half of it.
        String unit = "甲".repeat(30) + "𠮷县市场监督管理局";
        assertThat(name(unit)).isEqualTo("甲".repeat(30));
        assertThat(name(unit)).as("the second of that name").isEqualTo("甲".repeat(28) + "(2)");
        String pairAtTheSuffix = "乙".repeat(27) + "𠮷" + "县";
        assertThat(name(pairAtTheSuffix)).isEqualTo("乙".repeat(27) + "𠮷" + "县");
        assertThat(name(pairAtTheSuffix)).isEqualTo("乙".repeat(27) + "(2)");
    }

    @Test
    void charactersExcelRefusesAndItsReservedNameAreReplaced() {
        assertThat(name("甲县/乙县[合报]:*?'")).isEqualTo("甲县_乙县_合报_____");
        assertThat(name("History")).isEqualTo("History_");
        assertThat(name(" ")).isEqualTo("未命名单位");
        assertThat(name("汇总")).isEqualTo("汇总(2)");
    }
}
