package org.tianbao.model;

import java.util.List;

/**
 * A change made to every row of the form in one step (查找和替换, 规范标点): what it makes of a row, how many
 * places of the row it changes, and what it makes of the department dictionary. The attachment's own
 * 工作内容 are never rewritten.
 */
public interface FormRewrite {

    /** The row rewritten; the same content when nothing applies. */
    Entry apply(Entry entry);

    /** How many places of the row the rewrite changes. */
    int changes(Entry entry);

    /** The department dictionary rewritten as names in rows are. */
    List<String> applyToNames(List<String> names);
}
