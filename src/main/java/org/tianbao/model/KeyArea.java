package org.tianbao.model;

import java.util.List;
import java.util.Objects;

/** One 工作重点 of the attachment with its official 工作内容 rows, in the attachment's order. */
public record KeyArea(int number, String title, List<WorkItem> items) {

    public KeyArea {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
        for (WorkItem item : items) {
            if (item.areaNumber() != number) {
                throw new IllegalArgumentException("item " + item.id() + " does not belong to area " + number);
            }
        }
    }
}
