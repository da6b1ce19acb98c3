package org.tianbao.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tianbao.form.BuiltInForms;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.WorkItem;

/** Filled forms as a county would write them, generated from a seed, for export, import and consolidation tests. */
public final class SampleForms {

    static final List<String> DEPARTMENTS = List.of("县市场监督管理局（知识产权局）", "县委宣传部", "县发展和改革局",
            "县科技局", "县公安局", "县司法局", "县财政局", "县人民法院", "县人民检察院", "县农业农村局", "县商务局",
            "县文化和旅游局", "县教育局", "县工业和信息化局", "县人力资源和社会保障局");
    private static final List<String> CLAUSES = List.of(
            "制定《县知识产权强县建设实施方案》，明确年度目标任务和责任分工",
            "组织开展知识产权执法专项行动，全年查处侵权假冒案件不少于20件",
            "建立重点企业知识产权联络员制度，走访企业50家次",
            "举办知识产权培训班2期，培训企业管理人员和技术人员300人次",
            "推动地理标志商标注册和运用，新增地理标志证明商标1件",
            "完善专利资助和奖励政策，兑现奖补资金100万元",
            "开展知识产权质押融资“入园惠企”活动，实现质押融资额5000万元",
            "建设县知识产权维权援助工作站，提供纠纷调解、咨询服务",
            "在“4·26”知识产权宣传周期间开展集中宣传，发放资料2000余份",
            "成果形式：工作方案、活动简报、统计台账");

    private SampleForms() {
    }

    public static FormDefinition form() {
        return BuiltInForms.current();
    }

    /** A unit's form: most items filled with measures of varied length, a few left empty, some own rows. */
    public static FilledForm filled(String unitName, long seed) {
        Random random = new Random(seed);
        FormDefinition form = form();
        List<Entry> official = new ArrayList<>();
        for (WorkItem item : form.officialItems()) {
            official.add(random.nextInt(10) == 0 ? Entry.blank(item) : entry(item, random));
        }
        List<Entry> local = new ArrayList<>();
        int own = random.nextInt(3);
        for (int i = 0; i < own; i++) {
            WorkItem item = WorkItem.newLocal(1 + random.nextInt(form.areas().size()),
                    "本县创新工作：" + CLAUSES.get(random.nextInt(CLAUSES.size())).substring(0, 12));
            local.add(entry(item, random));
        }
        return new FilledForm(form, new UnitInfo(unitName, "张" + (seed % 100), "0571-8" + (1000000 + seed % 1000000)),
                FilledForm.inPrintOrder(form, official, local));
    }

    static Entry entry(WorkItem item, Random random) {
        StringBuilder measures = new StringBuilder();
        int clauses = 1 + random.nextInt(4);
        for (int i = 1; i <= clauses; i++) {
            if (i > 1) {
                measures.append(random.nextBoolean() ? "\n" : "；");
            }
            measures.append(i).append('.').append(CLAUSES.get(random.nextInt(CLAUSES.size())));
        }
        measures.append('。');
        List<String> departments = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (departments.size() < count) {
            String d = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
            if (!departments.contains(d)) {
                departments.add(d);
            }
        }
        return new Entry(item, measures.toString(), departments);
    }

    /** Every official row filled with the same short text: the smallest complete return. */
    public static FilledForm complete(String unitName) {
        FormDefinition form = form();
        List<Entry> entries = form.officialItems().stream()
                .map(i -> new Entry(i, "按要求推进。", List.of("县市场监督管理局"))).toList();
        return new FilledForm(form, new UnitInfo(unitName, "", ""), entries);
    }

    /**
     * The form with measures too long for a printed page, as an officer who writes a lot would: one item
     * of many paragraphs, one of a single paragraph with no line break at all, and a long own row.
     */
    public static FilledForm withLongMeasures(FilledForm base) {
        Random random = new Random(7);
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 1; i <= 14; i++) {
            paragraphs.append(i == 1 ? "" : "\n").append(i).append(". ").append(CLAUSES.get(random.nextInt(CLAUSES.size())))
                    .append("，").append(CLAUSES.get(random.nextInt(CLAUSES.size()))).append("。");
        }
        StringBuilder oneParagraph = new StringBuilder("一是");
        for (int i = 0; i < 24; i++) {
            oneParagraph.append(CLAUSES.get(random.nextInt(CLAUSES.size()))).append(i % 3 == 2 ? "；" : "，");
        }
        oneParagraph.append("全面完成年度任务。");
        List<Entry> official = new ArrayList<>();
        for (Entry e : base.entries()) {
            if (e.item().isLocal()) {
                continue;
            }
            String id = e.item().id();
            official.add(id.equals(LONG_PARAGRAPHS) ? new Entry(e.item(), paragraphs.toString(), List.of("县科技局", "县财政局"))
                    : id.equals(LONG_SENTENCE) ? new Entry(e.item(), oneParagraph.toString(), List.of("县公安局"))
                    : e);
        }
        List<Entry> local = new ArrayList<>(base.localEntries());
        local.add(new Entry(WorkItem.newLocal(6, "本县创新工作：知识产权服务进园区"),
                paragraphs.toString().replace("\n", "\n\n"), List.of("县商务局")));
        return new FilledForm(base.definition(), base.unit(), FilledForm.inPrintOrder(base.definition(), official, local));
    }

    /** The items {@link #withLongMeasures} fills with text longer than a page. */
    public static final String LONG_PARAGRAPHS = "1.02";
    public static final String LONG_SENTENCE = "3.05";
}
