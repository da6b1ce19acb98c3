package org.tianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChinesePunctuationTest {

    private static String fix(String text) {
        return ChinesePunctuation.normalize(text);
    }

    @Test
    void halfWidthPunctuationInChineseTextBecomesFullWidth() {
        assertThat(fix("整合专利,商标政策;形成一个窗口.")).isEqualTo("整合专利，商标政策；形成一个窗口。");
        assertThat(fix("成果形式:工作方案?是!")).isEqualTo("成果形式：工作方案？是！");
        assertThat(fix("建设县级知识产权服务站(试点)")).isEqualTo("建设县级知识产权服务站（试点）");
        assertThat(fix("(1)开展培训;(2)组织检查")).isEqualTo("（1）开展培训；（2）组织检查");
        assertThat(fix("开展\"4·26\"宣传周活动")).isEqualTo("开展“4·26”宣传周活动");
        assertThat(fix("政策, 形成 一个窗口")).isEqualTo("政策，形成一个窗口");
        assertThat(fix("窗口.2.组织执法")).isEqualTo("窗口。2.组织执法");
        assertThat(fix("第一行,\n第二行.")).isEqualTo("第一行，\n第二行。");
        assertThat(fix("建立统一窗口(试点).")).isEqualTo("建立统一窗口（试点）。");
        assertThat(fix("平台监管 ,查处案件")).isEqualTo("平台监管，查处案件");
    }

    @Test
    void numbersLatinTextAndListNumbersKeepTheirs() {
        for (String kept : List.of("1.完善专利资助", "奖补资金100.5万元", "发放资料1,000余份", "9:00开始", "见《方案》.docx",
                "举办培训 2 场", "http://www.cnipa.gov.cn", "2019年", "A,B", "(1)", "第3.5条")) {
            assertThat(fix(kept)).as(kept).isEqualTo(kept);
            assertThat(ChinesePunctuation.changes(kept)).isZero();
        }
        assertThat(fix("")).isEmpty();
        assertThat(ChinesePunctuation.changes("整合专利,商标政策;形成一个窗口.")).isEqualTo(3);
    }

    @Test
    void aMarkMadeChineseMakesItsNeighbourChineseSoThatASecondRunFindsNothing() {
        // "!" stands between Latin text and ",", and "," before Chinese text: both are Chinese marks.
        assertThat(fix("收到OK!,开始")).isEqualTo("收到OK！，开始");
        assertThat(ChinesePunctuation.changes("收到OK!,开始")).isEqualTo(2);
        assertThat(fix(";,;推进")).isEqualTo("；，；推进");

        // Any text: once normalized, normalizing changes nothing, and changes() counts nothing.
        RandomTexts texts = new RandomTexts("知识产权推进县局，。,.;:?!()\"'“”（）abc123 \t-/%、…—·", 20261124);
        for (int i = 0; i < 20_000; i++) {
            String text = texts.next(30);
            String once = fix(text);
            assertThat(fix(once)).as(text).isEqualTo(once);
            assertThat(ChinesePunctuation.changes(once)).as(text).isZero();
            assertThat(ChinesePunctuation.changes(text) == 0).as(text).isEqualTo(once.equals(text));
        }
    }

    @Test
    void measuresDepartmentsAndOwnNamesAreRewrittenButNotTheAttachmentsItems() {
        WorkItem official = new WorkItem("1.01", 1, "开展知识产权管理体制机制改革(试点)", WorkItem.Kind.OFFICIAL);
        Entry row = new Entry(official, "整合政策,形成窗口", List.of("县市场监督管理局(知识产权局)", "县科技局"));
        Entry fixed = ChinesePunctuation.INSTANCE.apply(row);
        assertThat(fixed.item().text()).isEqualTo("开展知识产权管理体制机制改革(试点)");
        assertThat(fixed.measures()).isEqualTo("整合政策，形成窗口");
        assertThat(fixed.departments()).containsExactly("县市场监督管理局（知识产权局）", "县科技局");
        assertThat(ChinesePunctuation.INSTANCE.changes(row)).isEqualTo(3);
        Entry own = new Entry(WorkItem.newLocal(2, "专利导航(试点)"), "", List.of());
        assertThat(ChinesePunctuation.INSTANCE.apply(own).item().text()).isEqualTo("专利导航（试点）");
        // A department named both ways becomes one.
        assertThat(ChinesePunctuation.INSTANCE.applyToNames(List.of("县局(一)", "县局（一）"))).containsExactly("县局（一）");
    }
}
