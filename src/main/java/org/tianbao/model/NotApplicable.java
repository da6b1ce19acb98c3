package org.tianbao.model;

import java.util.regex.Pattern;

/**
 * A work item the unit declares does not concern it: a county has no customs office or university, and the
 * attachment has no column for that, so counties write 不涉及 (or 无, 本县无此项工作, a dash) in the measures.
 * Such a row is answered, not unfinished: the app writes {@link #TEXT} and reads any of these forms back.
 */
public final class NotApplicable {

    /** What the app writes in the measures when the officer marks a row. */
    public static final String TEXT = "不涉及";

    /** 不涉及 / 无, optionally 本县… before and …此项工作 after; or a dash or slash alone. */
    private static final Pattern DECLARATION = Pattern.compile(
            "(本(单位|县|区|市|旗|部门|地区|地)?)?暂?(不涉及|无)(此项|该项|本项|相关)?(工作|内容|任务|事项)?"
                    + "|[/／\\-－—–]+");

    /** Spaces, and the full stop or quotation marks officers put around a short answer. */
    private static final Pattern DECORATION = Pattern.compile("[\\s\\u3000。．.；;！!“”\"]+");

    private NotApplicable() {
    }

    public static boolean declares(String measures) {
        if (measures == null || measures.length() > 20) {
            return false;
        }
        String bare = DECORATION.matcher(measures).replaceAll("");
        return !bare.isEmpty() && DECLARATION.matcher(bare).matches();
    }
}
