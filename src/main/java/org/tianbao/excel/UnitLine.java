package org.tianbao.excel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tianbao.model.UnitInfo;

/** The line under the title naming the reporting unit, written by the export and read back by import. */
final class UnitLine {

    static final String UNIT = "填报单位";
    static final String REPORTER = "填报人";
    static final String PHONE = "联系电话";
    /** Two ideographic spaces between the parts, as typed in official forms. */
    static final String GAP = "\u3000\u3000";

    private static final Pattern PART = Pattern.compile(
            "(填报单位|填报人|联系电话|联系人)\\s*[:：]\\s*(.*?)\\s*(?=(填报单位|填报人|联系电话|联系人)\\s*[:：]|$)",
            Pattern.DOTALL);

    private UnitLine() {
    }

    static boolean isUnitLine(String text) {
        return text != null && text.replaceAll("\\s", "").matches(".*填报单位[:：].*");
    }

    /** Reads a line like 填报单位：某县市场监督管理局　填报人：张三　联系电话：1234. */
    static UnitInfo parse(String text) {
        String unit = "";
        String reporter = "";
        String phone = "";
        Matcher m = PART.matcher(text.replace('\u00A0', ' '));
        while (m.find()) {
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case UNIT -> unit = value;
                case PHONE -> phone = value;
                default -> reporter = value;
            }
        }
        return new UnitInfo(unit, reporter, phone);
    }
}
