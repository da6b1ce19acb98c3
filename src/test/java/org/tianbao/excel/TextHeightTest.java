package org.tianbao.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Row heights are estimated from where a spreadsheet program breaks lines, not from character counts. */
class TextHeightTest {

    private static final double PT = Typography.TABLE_PT;

    @Test
    void ideographsBreakAnywhereAndFillEveryLine() {
        // Six ideographs fit a 16-character column at 小四.
        assertThat(TextHeight.lines("一二三四五六", PT, 16)).isEqualTo(1);
        assertThat(TextHeight.lines("一二三四五六七", PT, 16)).isEqualTo(2);
        assertThat(TextHeight.lines("一二三四五六七八九十一二", PT, 16)).isEqualTo(2);
    }

    @Test
    void quotedFileNamesAndLatinWordsMoveToTheNextLineWhole() {
        assertThat(TextHeight.pieces("已被较新的“x.xlsx”替代"))
                .containsExactly("已", "被", "较", "新", "的“x.xlsx”替", "代");
        // LibreOffice shows this status on four lines: 未汇总：已被较 / 新 / 的“x.xlsx”替 / 代.
        assertThat(TextHeight.lines("未汇总：已被较新的“x.xlsx”替代", PT, 16)).isEqualTo(4);
        assertThat(TextHeight.pieces("见《方案》第2条，共 10 家。"))
                .containsExactly("见", "《方", "案》", "第", "2", "条，", "共", " ", "10", " ", "家。");
    }

    @Test
    void aWordLongerThanTheLineBreaksWhereItOverflows() {
        assertThat(TextHeight.lines("https://www.cnipa.gov.cn/col/col1510/index.html", PT, 16)).isGreaterThanOrEqualTo(4);
        assertThat(TextHeight.lines("", PT, 16)).isEqualTo(1);
        assertThat(TextHeight.lines("甲\n乙\n丙", PT, 16)).isEqualTo(3);
    }
}
