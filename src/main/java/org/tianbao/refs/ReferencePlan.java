package org.tianbao.refs;

import java.util.Objects;

/**
 * One plan from above that officers consult when writing measures (参考依据).
 *
 * @param fileName  the bundled file it was read from, as the command line prints it
 * @param title     the plan's full title
 * @param shortName a short name for the reference panel
 * @param year      the year the plan is for
 * @param level     国家, 省 or 市
 */
public record ReferencePlan(String fileName, String title, String shortName, int year, PlanLevel level) {

    public ReferencePlan {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(level, "level");
    }

    /** How the panel names the source: short name, level and year, e.g. 强国推进计划 · 国家 · 2019. */
    public String label() {
        return shortName + " · " + level.label() + " · " + year;
    }
}
