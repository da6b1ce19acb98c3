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

    @Test
    void aTextTooLongIsCutAtALineBreakWhenTheParagraphsBeforeItFillHalfTheLines() {
        // Each paragraph takes two lines of a 16-character column (six ideographs a line).
        String text = "一二三四五六七八。\n甲乙丙丁戊己庚辛。\n子丑寅卯辰巳午未。";
        TextHeight.Cut cut = TextHeight.cut(text, PT, 16, 5).orElseThrow();
        assertThat(cut.head()).isEqualTo("一二三四五六七八。\n甲乙丙丁戊己庚辛。");
        assertThat(cut.tail()).isEqualTo("子丑寅卯辰巳午未。");
        assertThat(cut.atLineBreak()).isTrue();
        assertThat(cut.joined()).isEqualTo(text);
        assertThat(TextHeight.cut(text, PT, 16, 6)).as("it fits").isEmpty();
    }

    @Test
    void aParagraphLongerThanTheRoomIsCutAfterItsLastSentenceThatFits() {
        String text = "一二三四五。六七八九十一；二三四五六七八九十一二三四五六七八九十";
        TextHeight.Cut cut = TextHeight.cut(text, PT, 16, 3).orElseThrow();
        assertThat(cut.head()).isEqualTo("一二三四五。六七八九十一；");
        assertThat(cut.atLineBreak()).isFalse();
        assertThat(cut.joined()).isEqualTo(text);
        TextHeight.Cut noSentence = TextHeight.cut("一二三四五六七八九十一二三四五六七八九十", PT, 16, 2).orElseThrow();
        assertThat(noSentence.head()).as("where the second line ends").isEqualTo("一二三四五六七八九十一二");
    }

    @Test
    void everyCutKeepsTheWholeTextAndItsHeadFitsTheLinesAskedFor() {
        java.util.Random random = new java.util.Random(42);
        String[] words = {"知识产权", "保护", "。", "，", "；", "\n", "“x.xlsx”", "Patent ", "2019", "（试点）", " "};
        for (int run = 0; run < 500; run++) {
            StringBuilder text = new StringBuilder();
            int n = 20 + random.nextInt(200);
            for (int i = 0; i < n; i++) {
                text.append(words[random.nextInt(words.length)]);
            }
            int maxLines = 1 + random.nextInt(12);
            double width = 10 + random.nextInt(50);
            String whole = org.tianbao.model.TextNormalizer.clean(text.toString()); // as every entry's text is
            TextHeight.cut(whole, PT, width, maxLines).ifPresentOrElse(cut -> {
                assertThat(cut.joined()).isEqualTo(whole);
                assertThat(cut.head()).isNotBlank();
                assertThat(cut.tail()).isNotEmpty();
                assertThat(TextHeight.lines(cut.head(), PT, width)).as("%s in %s lines", whole, maxLines)
                        .isLessThanOrEqualTo(maxLines);
            }, () -> assertThat(TextHeight.lines(whole, PT, width)).isLessThanOrEqualTo(maxLines));
        }
    }
}
