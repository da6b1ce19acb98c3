package org.tianbao.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 2018 national patent plan: a table (工作任务 | 任务目标 | 落实举措 | 执行部门 | 完成时间) taken
 * out of PDF pages as markdown. Each page repeats the header row, and a cell cut by a page break goes on
 * in the first row of the next page, often mid-word. The numbered tasks ("1. 推进…") live inside the
 * 落实举措 cells, several to a cell; the 执行部门 cells hold one "局内：…" paragraph per task, in the same
 * order, each followed by a "省份：…" requirement.
 *
 * <p>So the 落实举措 and 执行部门 columns are each read as one stream of paragraphs, a paragraph that
 * does not end a sentence being joined to the next; the measures stream is cut at each task number, the
 * bodies stream at each 局内, and the two are paired in order. (The 完成时间 column, 年内… for every task, is
 * left out.) An item's number is the task's number
 * (1 to 25, as the plan numbers them); its section is the 工作任务 heading it stands under.
 */
final class PatentPlanTableParser implements PlanParser {

    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\|[\\s|:-]+\\|$");
    private static final Pattern CHAPTER = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern TASK_START = Pattern.compile("^(\\d{1,2})[.．]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern LABEL = Pattern.compile("(局内|省份)[:：]\\s*");

    private static final int MEASURES = 2;
    private static final int BODIES = 3;

    @Override
    public List<ReferenceItem> parse(ReferencePlan plan, String text) {
        List<Task> tasks = new ArrayList<>();
        List<String> bodyParagraphs = new ArrayList<>();
        String chapter = "";
        String section = "";
        String openParagraph = null;
        for (String line : text.split("\\R")) {
            List<String> cells = cells(line);
            if (cells == null || cells.get(0).equals("工作任务")) {
                continue;
            }
            String heading = PlanText.tidy(String.join("", PlanText.paragraphs(cells.get(0))));
            if (!heading.isEmpty()) {
                if (CHAPTER.matcher(heading).matches()) {
                    chapter = heading;
                    section = "";
                } else {
                    section = heading.replaceFirst("^（([一二三四五六七八九十]+)）\\s*", "（$1）");
                }
            }
            for (String paragraph : PlanText.paragraphs(cells.get(MEASURES))) {
                if (openParagraph != null && !startsTask(paragraph, tasks.size() + 1)) {
                    // A sentence cut by a page break goes on here.
                    Task last = tasks.get(tasks.size() - 1);
                    last.replaceLastParagraph(PlanText.joinBroken(openParagraph, paragraph));
                    openParagraph = PlanText.endsSentence(paragraph) ? null : last.lastParagraph();
                    continue;
                }
                Matcher start = TASK_START.matcher(paragraph);
                if (start.matches() && Integer.parseInt(start.group(1)) == tasks.size() + 1) {
                    tasks.add(new Task(start.group(1), joinHeadings(chapter, section), start.group(2)));
                } else if (!tasks.isEmpty()) {
                    tasks.get(tasks.size() - 1).paragraphs.add(paragraph);
                } else {
                    throw new PlanFormatException(plan.fileName() + ": text before the first task: " + paragraph);
                }
                openParagraph = PlanText.endsSentence(paragraph) ? null : tasks.get(tasks.size() - 1).lastParagraph();
            }
            bodyParagraphs.addAll(PlanText.paragraphs(cells.get(BODIES)));
        }
        List<BodyGroup> groups = bodyGroups(plan, bodyParagraphs);
        if (groups.size() != tasks.size()) {
            throw new PlanFormatException(plan.fileName() + ": " + tasks.size() + " tasks but "
                    + groups.size() + " 局内 entries");
        }
        List<ReferenceItem> items = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            BodyGroup group = groups.get(i);
            String note = group.provinces.isEmpty() ? "" : "省份：" + group.provinces.replaceFirst("[。；;]+$", "");
            items.add(new ReferenceItem(plan, task.number, task.section, String.join("\n", task.paragraphs),
                    group.bodies, note));
        }
        return items;
    }

    private static boolean startsTask(String paragraph, int expected) {
        Matcher m = TASK_START.matcher(paragraph);
        return m.matches() && Integer.parseInt(m.group(1)) == expected;
    }

    private static String joinHeadings(String chapter, String section) {
        return section.isEmpty() ? chapter : chapter + " " + section;
    }

    /** The five cells of a table row, or null for a line that is not a content row. */
    private static List<String> cells(String line) {
        String trimmed = line.trim();
        if (!trimmed.startsWith("|") || !trimmed.endsWith("|") || SEPARATOR_ROW.matcher(trimmed).matches()) {
            return null;
        }
        String[] parts = trimmed.substring(1, trimmed.length() - 1).split("\\|", -1);
        if (parts.length != 5) {
            throw new PlanFormatException("a table row without 5 cells: " + line);
        }
        List<String> cells = new ArrayList<>();
        for (String part : parts) {
            cells.add(part.trim());
        }
        return cells;
    }

    /**
     * Cuts the 执行部门 stream into one group per task: each 局内 list of the bureau's own departments,
     * with the 省份 requirement that follows it. A paragraph without a label continues the one before.
     */
    private static List<BodyGroup> bodyGroups(ReferencePlan plan, List<String> paragraphs) {
        List<String> segments = new ArrayList<>();
        for (String paragraph : paragraphs) {
            List<Integer> labels = new ArrayList<>();
            Matcher m = LABEL.matcher(paragraph);
            while (m.find()) {
                labels.add(m.start());
            }
            int firstLabel = labels.isEmpty() ? paragraph.length() : labels.get(0);
            String carried = paragraph.substring(0, firstLabel).trim();
            if (!carried.isEmpty()) {
                if (segments.isEmpty()) {
                    throw new PlanFormatException(plan.fileName() + ": 执行部门 text before any label: " + carried);
                }
                int last = segments.size() - 1;
                segments.set(last, PlanText.joinBroken(segments.get(last), carried));
            }
            for (int i = 0; i < labels.size(); i++) {
                int end = i + 1 < labels.size() ? labels.get(i + 1) : paragraph.length();
                segments.add(paragraph.substring(labels.get(i), end).trim());
            }
        }
        List<BodyGroup> groups = new ArrayList<>();
        for (String segment : segments) {
            Matcher m = LABEL.matcher(segment);
            m.lookingAt();
            String value = segment.substring(m.end()).trim();
            if (m.group(1).equals("局内")) {
                groups.add(new BodyGroup(splitBodies(value)));
            } else if (groups.isEmpty()) {
                throw new PlanFormatException(plan.fileName() + ": 省份 before 局内: " + segment);
            } else {
                groups.get(groups.size() - 1).provinces = value;
            }
        }
        return groups;
    }

    private static List<String> splitBodies(String value) {
        List<String> bodies = new ArrayList<>();
        for (String name : value.split("[、，,；;\\s]+")) {
            if (!name.isBlank()) {
                bodies.add(name.trim());
            }
        }
        return bodies;
    }

    /** A numbered task being read: its number, headings and paragraphs so far. */
    private static final class Task {
        final String number;
        final String section;
        final List<String> paragraphs = new ArrayList<>();

        Task(String number, String section, String firstParagraph) {
            this.number = number;
            this.section = section;
            paragraphs.add(firstParagraph);
        }

        String lastParagraph() {
            return paragraphs.get(paragraphs.size() - 1);
        }

        void replaceLastParagraph(String text) {
            paragraphs.set(paragraphs.size() - 1, text);
        }
    }

    /** One task's bodies and provincial requirement. */
    private static final class BodyGroup {
        final List<String> bodies;
        String provinces = "";

        BodyGroup(List<String> bodies) {
            this.bodies = bodies;
        }
    }
}
