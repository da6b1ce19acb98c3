package org.tianbao.refs;

import java.util.List;

/** Reads the items out of one plan's text. */
interface PlanParser {

    /**
     * @throws PlanFormatException when the text does not have the structure this parser knows
     */
    List<ReferenceItem> parse(ReferencePlan plan, String text);
}
