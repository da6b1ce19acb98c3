package org.tianbao.refs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference plans bundled with the app (resources next to this class, under their original file
 * names) and their items, read once.
 */
public final class ReferenceLibrary {

    /** A bundled plan and the parser that knows its layout. */
    private record Source(ReferencePlan plan, PlanParser parser) {
    }

    private static final List<Source> BUNDLED = List.of(
            new Source(new ReferencePlan("001_5695c399a0871436.txt", "2018年全国专利事业发展战略推进计划",
                    "专利事业推进计划", 2018, PlanLevel.NATIONAL), new PatentPlanTableParser()),
            new Source(new ReferencePlan("002_55e89239c8138cdd.txt",
                    "2019年深入实施国家知识产权战略加快建设知识产权强国推进计划",
                    "强国推进计划", 2019, PlanLevel.NATIONAL), new NumberedMeasuresParser(false, "上述各项任务")),
            new Source(new ReferencePlan("003_d6865324380349e0.txt", "贵州省2019年知识产权强省建设推进计划",
                    "贵州强省推进计划", 2019, PlanLevel.PROVINCIAL), new NumberedMeasuresParser(true, null)),
            new Source(new ReferencePlan("004_59feff0eeed83c29.txt", "2018年国家知识产权示范城市工作计划",
                    "示范城市工作计划", 2018, PlanLevel.CITY), new CityPlanParser()));

    private static volatile ReferenceLibrary bundled;

    private final List<ReferencePlan> plans;
    private final List<ReferenceItem> items;

    private ReferenceLibrary(List<ReferencePlan> plans, List<ReferenceItem> items) {
        this.plans = List.copyOf(plans);
        this.items = List.copyOf(items);
    }

    /** The four bundled plans, parsed on first use. */
    public static ReferenceLibrary bundled() {
        ReferenceLibrary library = bundled;
        if (library == null) {
            synchronized (ReferenceLibrary.class) {
                library = bundled;
                if (library == null) {
                    library = load();
                    bundled = library;
                }
            }
        }
        return library;
    }

    private static ReferenceLibrary load() {
        List<ReferencePlan> plans = new ArrayList<>();
        List<ReferenceItem> items = new ArrayList<>();
        for (Source source : BUNDLED) {
            plans.add(source.plan());
            items.addAll(source.parser().parse(source.plan(), read(source.plan().fileName())));
        }
        return new ReferenceLibrary(plans, items);
    }

    private static String read(String fileName) {
        try (InputStream in = ReferenceLibrary.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled plan " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled plan " + fileName, e);
        }
    }

    public List<ReferencePlan> plans() {
        return plans;
    }

    /** Every item of every plan, plan by plan in the plans' order. */
    public List<ReferenceItem> items() {
        return items;
    }

    /** The items of the plan read from the given file. */
    public List<ReferenceItem> itemsOf(String fileName) {
        return items.stream().filter(i -> i.plan().fileName().equals(fileName)).toList();
    }
}
