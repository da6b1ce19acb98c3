package org.tianbao.refs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The four bundled plans parsed into items: counts checked against the documents, and samples. */
class ReferenceLibraryTest {

    private static final String PATENT_PLAN = "001_5695c399a0871436.txt";
    private static final String NATIONAL_PLAN = "002_55e89239c8138cdd.txt";
    private static final String PROVINCIAL_PLAN = "003_d6865324380349e0.txt";
    private static final String CITY_PLAN = "004_59feff0eeed83c29.txt";

    private final ReferenceLibrary library = ReferenceLibrary.bundled();

    private ReferenceItem item(String file, String number) {
        return library.itemsOf(file).stream().filter(i -> i.number().equals(number)).findFirst().orElseThrow();
    }

    private static String raw(String file) throws IOException {
        try (InputStream in = ReferenceLibrary.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void everyPlanHasItsTitleYearAndLevel() {
        assertThat(library.plans()).extracting(ReferencePlan::fileName)
                .containsExactly(PATENT_PLAN, NATIONAL_PLAN, PROVINCIAL_PLAN, CITY_PLAN);
        assertThat(library.plans()).extracting(p -> p.level().label()).containsExactly("国家", "国家", "省", "市");
        assertThat(library.plans()).extracting(ReferencePlan::year).containsExactly(2018, 2019, 2019, 2018);
        assertThat(library.plans().get(0).title()).isEqualTo("2018年全国专利事业发展战略推进计划");
        assertThat(library.plans().get(2).label()).isEqualTo("贵州强省推进计划 · 省 · 2019");
        assertThat(library.items()).hasSize(25 + 106 + 42 + 8);
        assertThat(library.items()).allSatisfy(i -> {
            assertThat(i.text()).isNotBlank().doesNotContain("<p>", "</p>", "|", "[bookmark");
            assertThat(i.bodies()).isNotEmpty().allSatisfy(b -> assertThat(b).isNotBlank().doesNotContain("负责"));
        });
    }

    @Test
    void thePatentPlanHasItsTwentyFiveNumberedTasks() throws IOException {
        List<ReferenceItem> tasks = library.itemsOf(PATENT_PLAN);
        // The document numbers its tasks "N. " at the start of a 落实举措 paragraph, 1 to 25.
        assertThat(count(Pattern.compile("<p>\\d{1,2}\\. "), raw(PATENT_PLAN))).isEqualTo(25);
        assertThat(tasks).extracting(ReferenceItem::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 25).mapToObj(Integer::toString).toList());

        ReferenceItem first = tasks.get(0);
        assertThat(first.text()).startsWith("推进知识产权综合管理改革。系统总结深圳、长沙、上海浦东")
                .contains("\n有关省份要按照党的十九大");
        assertThat(first.bodies()).containsExactly("专利管理司");
        assertThat(first.section()).isEqualTo("一、“专利制度创新”主体任务 （一）深化知识产权领域改革");
        assertThat(first.note()).isEqualTo("省份：全面改革创新试验区、自由贸易试验区涉及省份必做；其他省份选做");

        ReferenceItem last = tasks.get(24);
        assertThat(last.text()).startsWith("开展知识产权海外维权援助服务。").endsWith("推动设立企业知识产权海外维权基金。");
        assertThat(last.bodies()).containsExactly("专利管理司", "国际合作司", "保护协调司", "规划发展司", "人事司", "审查业务管理部");
        assertThat(last.section()).endsWith("（三）专利推动对外开放");
    }

    @Test
    void aPatentPlanTaskCutByPageBreaksIsOneItem() {
        // Task 2's measures and its bodies both continue on the next PDF page, mid-word.
        ReferenceItem task2 = item(PATENT_PLAN, "2");
        assertThat(task2.text()).contains("推行专利代理机构服务规范国家标准。加大专利费用减免力度。")
                .contains("\n有关省份要加强专利代理行业事中事后监管")
                .doesNotContain("3. 深化知识产权权益分配制度改革");
        assertThat(task2.bodies()).containsExactly("办公室", "条法司", "初审及流程管理部", "专利文献部", "专利复审委员会");
        assertThat(task2.note()).isEqualTo("省份：一、二类省份必做，三类省份选做");
        // Task 3 shares the next page's cells with the end of task 2.
        assertThat(item(PATENT_PLAN, "3").text()).startsWith("深化知识产权权益分配制度改革。");
        assertThat(item(PATENT_PLAN, "3").bodies()).containsExactly("条法司", "专利管理司");

        ReferenceItem task9 = item(PATENT_PLAN, "9");
        assertThat(task9.text()).contains("推动专利导航融入支撑科技创新、企业经营全流程");
        assertThat(task9.bodies()).containsExactly("专利管理司", "条法司", "审查业务管理部", "初审及流程管理部");
        // Task 7's provincial paragraph is split mid-word ("促进经" | "济").
        assertThat(item(PATENT_PLAN, "7").text()).endsWith("有关省份要制定专利激励创造、支撑产业、促进经济、服务开放、创新金融等相关政策文件，搭建业务推进载体，层层抓好政策落地。");
        assertThat(item(PATENT_PLAN, "24").note()).isEqualTo("省份：各类省份选做");
        assertThat(item(PATENT_PLAN, "16").bodies()).containsExactly("人事司");
        assertThat(item(PATENT_PLAN, "21").section()).isEqualTo("三、“专利支撑经济社会发展”主体任务 （二）专利引领产业升级");
    }

    @Test
    void theNationalPlanHasItsHundredAndSixMeasuresWithLeadingBodies() throws IOException {
        List<ReferenceItem> measures = library.itemsOf(NATIONAL_PLAN);
        assertThat(count(Pattern.compile("(?m)^\\d{1,3}\\."), raw(NATIONAL_PLAN))).isEqualTo(106);
        assertThat(measures).hasSize(106);
        assertThat(measures.get(105).number()).isEqualTo("106");

        ReferenceItem first = item(NATIONAL_PLAN, "1");
        assertThat(first.text()).isEqualTo("推进全面创新改革试验区知识产权保护体制机制改革成果复制推广。");
        assertThat(first.bodies()).containsExactly("发展改革委", "科技部", "公安部", "知识产权局");
        assertThat(first.lead()).isEqualTo("发展改革委");
        assertThat(first.section()).isEqualTo("一、深化知识产权领域改革 （一）推进知识产权管理体制机制改革");

        assertThat(item(NATIONAL_PLAN, "3").text()).startsWith("整合专利、商标和地理标志政策、项目和平台");
        assertThat(item(NATIONAL_PLAN, "24").bodies()).containsExactly("科技部", "司法部");
        assertThat(item(NATIONAL_PLAN, "29").bodies()).containsExactly("知识产权局");
        assertThat(item(NATIONAL_PLAN, "7").text()).isEqualTo("推动制定知识产权（专利）密集型产业统计分类国家标准。");
        // Measures broken over two lines by the extraction are joined.
        assertThat(item(NATIONAL_PLAN, "81").text()).contains("推动《视听表演北京条约》早日生效");
        ReferenceItem broken = item(NATIONAL_PLAN, "91");
        assertThat(broken.text()).contains("完善知识产权风险预警反馈机制").endsWith("及时发布风险提示。");
        assertThat(broken.bodies()).containsExactly("商务部", "知识产权局", "贸促会");
        assertThat(item(NATIONAL_PLAN, "106").text()).endsWith("在各类知识竞赛中纳入知识产权相关内容。");
        assertThat(item(NATIONAL_PLAN, "106").bodies()).containsExactly("科技部", "中国科协");
    }

    @Test
    void theProvincialPlanNumbersItsMeasuresBySection() throws IOException {
        List<ReferenceItem> measures = library.itemsOf(PROVINCIAL_PLAN);
        assertThat(count(Pattern.compile("(?m)^(\\[bookmark: \\w+\\])?\\d{1,2}\\."), raw(PROVINCIAL_PLAN))).isEqualTo(42);
        assertThat(measures).hasSize(42);
        assertThat(measures).extracting(ReferenceItem::number).doesNotHaveDuplicates()
                .startsWith("一（一）1", "一（一）2").endsWith("四（二）1", "四（二）2");

        ReferenceItem ip = item(PROVINCIAL_PLAN, "二（三）4");
        assertThat(ip.text()).isEqualTo("加强对非物质文化遗产、民间文艺、传统知识的开发利用，推进文化创意、设计服务与相关产业融合发展。");
        assertThat(ip.bodies()).containsExactly("省文化和旅游厅", "省工业和信息化厅", "省民宗委", "省新闻出版局〔省版权局〕");
        assertThat(ip.section()).isEqualTo("二、加快知识产权转化运用 （三）加快推进知识产权提质增效");

        ReferenceItem afterBookmark = item(PROVINCIAL_PLAN, "三（一）2");
        assertThat(afterBookmark.text()).startsWith("推进知识产权行政执法与刑事司法有机衔接，");
        assertThat(afterBookmark.lead()).isEqualTo("省检察院");
        assertThat(item(PROVINCIAL_PLAN, "三（一）3").bodies()).containsExactly("省法院");
    }

    @Test
    void theCityPlanHasItsEightTasks() {
        List<ReferenceItem> tasks = library.itemsOf(CITY_PLAN);
        assertThat(tasks).extracting(ReferenceItem::number)
                .containsExactly("三（一）", "三（二）", "三（三）", "三（四）", "三（五）", "三（六）", "三（七）", "三（八）");
        ReferenceItem first = tasks.get(0);
        assertThat(first.text()).startsWith("全面提升专利质量\n工作目标：深入实施专利质量提升工程")
                .contains("\n工作措施：运用专利导航理念").contains("\n工作支持：为示范城市开展城市创新发展质量评价工作");
        assertThat(first.bodies()).containsExactly("示范城市知识产权局");
        assertThat(first.note()).isEqualTo("执行单位：各示范城市知识产权局必做。");
        assertThat(tasks.get(7).text()).startsWith("深入开展知识产权助力创新创业\n");
        assertThat(tasks.get(7).note()).contains("选做");
    }
}
