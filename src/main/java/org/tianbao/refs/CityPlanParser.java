package org.tianbao.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 2018 demonstration-city work plan, whose extracted text runs headings and paragraphs
 * together ("三、工作任务（一）全面提升专利质量1.工作目标。…"). Its items are the tasks of chapter
 * 三、工作任务: each has a title, 1.工作目标, 2.工作措施, 3.执行单位 and 4.工作支持. The item's text is the
 * title, goal, measures and support; its body is the executing unit (各示范城市知识产权局), whether the
 * task is compulsory (必做) or optional (选做) going into the note. An item's number is the task's
 * heading qualified by its chapter, as the plan writes them: "三（一）".
 *
 * <p>The plan's other chapters (总体要求, 工作重点, 保障措施) describe the national office's own work and
 * are not items a county cites.
 */
final class CityPlanParser implements PlanParser {

    private static final String CHAPTER_START = "三、工作任务";
    private static final Pattern CHAPTER_END = Pattern.compile("四、保障措施");
    private static final Pattern TASK = Pattern.compile("（([一二三四五六七八九十]+)）");
    private static final Pattern PART = Pattern.compile("([1-4])[.．](工作目标|工作措施|执行单位|工作支持)。");
    private static final Pattern UNIT = Pattern.compile("^各?(.+?)(必做|选做)?。?$");

    @Override
    public List<ReferenceItem> parse(ReferencePlan plan, String text) {
        String flat = String.join("\n", text.split("\\R"));
        int start = flat.indexOf(CHAPTER_START);
        Matcher end = CHAPTER_END.matcher(flat);
        if (start < 0 || !end.find(start)) {
            throw new PlanFormatException(plan.fileName() + ": no chapter " + CHAPTER_START);
        }
        String chapter = flat.substring(start + CHAPTER_START.length(), end.start());
        List<int[]> headings = new ArrayList<>();
        Matcher task = TASK.matcher(chapter);
        while (task.find()) {
            // A task heading is followed by its title and then "1.工作目标。"; other （一） inside text are not.
            Matcher firstPart = PART.matcher(chapter);
            if (firstPart.find(task.end()) && firstPart.group(1).equals("1")
                    && chapter.substring(task.end(), firstPart.start()).indexOf('\n') < 0) {
                headings.add(new int[] {task.start(), task.end()});
            }
        }
        List<ReferenceItem> items = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            int from = headings.get(i)[1];
            int to = i + 1 < headings.size() ? headings.get(i + 1)[0] : chapter.length();
            String numeral = chapter.substring(headings.get(i)[0] + 1, headings.get(i)[1] - 1);
            items.add(task(plan, "三（" + numeral + "）", chapter.substring(from, to)));
        }
        return items;
    }

    private static ReferenceItem task(ReferencePlan plan, String number, String body) {
        Matcher part = PART.matcher(body);
        List<String[]> parts = new ArrayList<>();
        int titleEnd = -1;
        int previousEnd = -1;
        String previousName = null;
        while (part.find()) {
            if (titleEnd < 0) {
                titleEnd = part.start();
            } else {
                parts.add(new String[] {previousName, body.substring(previousEnd, part.start())});
            }
            previousName = part.group(2);
            previousEnd = part.end();
        }
        if (titleEnd < 0) {
            throw new PlanFormatException(plan.fileName() + ": task " + number + " has no parts");
        }
        parts.add(new String[] {previousName, body.substring(previousEnd)});
        String title = PlanText.tidy(body.substring(0, titleEnd));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(title);
        List<String> bodies = new ArrayList<>();
        String note = "";
        for (String[] p : parts) {
            String content = PlanText.tidy(p[1].replace('\n', ' '));
            if (p[0].equals("执行单位")) {
                note = "执行单位：" + content;
                Matcher unit = UNIT.matcher(content);
                if (unit.matches()) {
                    bodies.add(unit.group(1));
                }
            } else {
                paragraphs.add(p[0] + "：" + content);
            }
        }
        return new ReferenceItem(plan, number, "三、工作任务", String.join("\n", paragraphs), bodies, note);
    }
}
