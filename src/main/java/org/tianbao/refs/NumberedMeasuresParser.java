package org.tianbao.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan written as chapters (一、…), sections (（一）…) and numbered measures ("12.text（A、B负责）"),
 * each measure ending with its bodies in parentheses, the first one leading. Lines that do not start a
 * heading or the next measure continue the measure before (the extraction broke some of them).
 *
 * <p>Numbering: the national plan numbers its measures 1 to 106 across the whole text, so the item
 * number is that number ("12"). The provincial plan restarts at 1 in every section, so its item number is
 * qualified by chapter and section as the plan's headings write them: "二（三）4" is measure 4 of section
 * （三） of chapter 二.
 */
final class NumberedMeasuresParser implements PlanParser {

    private static final Pattern CHAPTER = Pattern.compile("^([一二三四五六七八九十]+)、\\s*(.+)$");
    private static final Pattern SECTION = Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)]\\s*(.+)$");
    private static final Pattern MEASURE = Pattern.compile("^(\\d{1,3})[.．]\\s*(.*)$");
    /** The bodies at the end of a measure: （A、B负责）, （A牵头负责）, （A、B按职责分别负责）, or （A、B）. */
    private static final Pattern BODIES = Pattern.compile("[（(]([^（）()]+?)(?:按职责分别负责|牵头负责|负责)?[）)]\\s*$");

    private final boolean numberedPerSection;
    private final String endMarker;

    /**
     * @param numberedPerSection whether numbering restarts in every section (then numbers are qualified)
     * @param endMarker          a line starting with this ends the measures (closing remarks); null for none
     */
    NumberedMeasuresParser(boolean numberedPerSection, String endMarker) {
        this.numberedPerSection = numberedPerSection;
        this.endMarker = endMarker;
    }

    @Override
    public List<ReferenceItem> parse(ReferencePlan plan, String text) {
        List<ReferenceItem> items = new ArrayList<>();
        String chapter = null;
        String chapterNumeral = "";
        String section = null;
        String sectionNumeral = "";
        int lastNumber = 0;
        String number = null;
        String itemSection = "";
        StringBuilder current = null;
        for (String raw : text.split("\\R")) {
            String line = PlanText.tidy(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (endMarker != null && line.startsWith(endMarker)) {
                break;
            }
            Matcher heading = CHAPTER.matcher(line);
            Matcher sub = SECTION.matcher(line);
            Matcher measure = MEASURE.matcher(line);
            boolean newItem = measure.matches() && Integer.parseInt(measure.group(1)) == lastNumber + 1;
            if (heading.matches() || sub.matches() || newItem) {
                if (current != null) {
                    items.add(item(plan, number, itemSection, current.toString()));
                    current = null;
                }
            }
            if (heading.matches()) {
                chapter = line;
                chapterNumeral = heading.group(1);
                section = null;
                sectionNumeral = "";
            } else if (sub.matches() && chapter != null) {
                section = "（" + sub.group(1) + "）" + sub.group(2);
                sectionNumeral = sub.group(1);
                if (numberedPerSection) {
                    lastNumber = 0;
                }
            } else if (newItem && chapter != null) {
                lastNumber++;
                number = numberedPerSection
                        ? chapterNumeral + "（" + sectionNumeral + "）" + lastNumber
                        : Integer.toString(lastNumber);
                itemSection = section == null ? chapter : chapter + " " + section;
                current = new StringBuilder(measure.group(2));
            } else if (current != null) {
                String joined = PlanText.joinBroken(current.toString(), line);
                current.setLength(0);
                current.append(joined);
            }
        }
        if (current != null) {
            items.add(item(plan, number, itemSection, current.toString()));
        }
        return items;
    }

    private static ReferenceItem item(ReferencePlan plan, String number, String section, String text) {
        Matcher bodies = BODIES.matcher(text);
        if (!bodies.find()) {
            throw new PlanFormatException(plan.fileName() + ": measure " + number + " names no bodies: " + text);
        }
        List<String> names = new ArrayList<>();
        for (String name : bodies.group(1).split("[、，,]")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        return new ReferenceItem(plan, number, section, text.substring(0, bodies.start()).trim(), names, "");
    }
}
