package org.tianbao.ui.refs;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.tianbao.refs.ReferenceHit;
import org.tianbao.refs.ReferenceItem;
import org.tianbao.ui.Icons;

/**
 * One card in the 参考依据 panel: a plan item, or what a unit below wrote for a row. Its source (plan,
 * level and year, or the unit) and number, its text with the words it shares with the search or the work
 * item highlighted, the bodies or departments named (the first leads), and the actions 插入举措 and
 * 添加部门. A long text shows its beginning until the officer expands it.
 */
final class ReferenceCard {

    /** Texts longer than this are shown shortened first. */
    static final int SHORT_LENGTH = 150;

    /**
     * What a card shows.
     *
     * @param title         a line above the text (a unit's own row names its work there), or empty
     * @param bodiesCaption the bodies' line begins with it: 责任单位 of a plan, 责任部门 of a unit
     */
    record Content(String source, String sourceTooltip, String number, String title, String text,
                   List<ReferenceHit.Span> highlighted, String bodiesCaption, List<String> bodies, String note) {

        static Content of(ReferenceHit hit) {
            ReferenceItem item = hit.item();
            return new Content(item.plan().label(), item.plan().title() + "\n" + item.section(), "编号 " + item.number(),
                    "", item.text(), hit.shared(), "责任单位", item.bodies(), item.note());
        }
    }

    private final Content content;
    private final VBox view = new VBox(6);
    private final TextFlow text = new TextFlow();
    private boolean expanded;

    /**
     * @param data what the card stands for, kept as the view's user data (tests and the panel find cards by it)
     */
    ReferenceCard(Content content, Object data, Runnable onInsert, Runnable onAddDepartments) {
        this.content = content;
        view.getStyleClass().add("tb-ref-card");
        view.setUserData(data);

        Label source = new Label(content.source());
        source.getStyleClass().addAll("tb-tag", "tb-ref-source");
        if (!content.sourceTooltip().isEmpty()) {
            source.setTooltip(new Tooltip(content.sourceTooltip()));
        }
        Label number = new Label(content.number());
        number.setMinWidth(Region.USE_PREF_SIZE); // the plan's name gives way at large text sizes
        number.getStyleClass().add("tb-ref-number");
        HBox header = new HBox(8, source, number);
        header.setAlignment(Pos.CENTER_LEFT);
        view.getChildren().add(header);
        if (!content.title().isEmpty()) {
            Label title = new Label(content.title());
            title.setWrapText(true);
            title.getStyleClass().add("tb-ref-title");
            view.getChildren().add(title);
        }

        text.getStyleClass().add("tb-ref-text");
        view.getChildren().add(text);
        if (content.text().length() > SHORT_LENGTH) {
            Hyperlink toggle = new Hyperlink("展开全文");
            toggle.getStyleClass().add("tb-ref-toggle");
            toggle.setOnAction(e -> {
                expanded = !expanded;
                toggle.setText(expanded ? "收起" : "展开全文");
                renderText();
            });
            view.getChildren().add(toggle);
        }
        renderText();

        if (!content.bodies().isEmpty()) {
            Label bodies = new Label(content.bodiesCaption() + "：" + bodiesText(content.bodies()));
            bodies.setWrapText(true);
            bodies.getStyleClass().add("tb-ref-bodies");
            view.getChildren().add(bodies);
        }
        if (!content.note().isEmpty()) {
            Label note = new Label(content.note());
            note.setWrapText(true);
            note.getStyleClass().addAll("tb-muted", "tb-ref-note");
            view.getChildren().add(note);
        }

        Button insert = new Button("插入举措", Icons.add());
        insert.getStyleClass().add("tb-ref-insert");
        insert.setTooltip(new Tooltip("把这一条的内容插入“具体举措及成果形式”（光标处，或末尾），再按本单位情况修改"));
        insert.setDisable(content.text().isEmpty());
        insert.setOnAction(e -> onInsert.run());
        Button departments = new Button("添加部门", Icons.unit());
        departments.getStyleClass().add("tb-ref-add-departments");
        departments.setTooltip(new Tooltip("把这一条的" + content.bodiesCaption() + "对应的本单位部门加入“责任部门”"));
        departments.setDisable(content.bodies().isEmpty());
        departments.setOnAction(e -> onAddDepartments.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(6, gap, insert, departments);
        actions.setAlignment(Pos.CENTER_RIGHT);
        view.getChildren().add(actions);
    }

    Node view() {
        return view;
    }

    private void renderText() {
        String full = content.text();
        int end = expanded ? full.length() : shortEnd(full);
        List<Text> runs = new ArrayList<>();
        int at = 0;
        for (ReferenceHit.Span span : content.highlighted()) {
            if (span.start() >= end) {
                break;
            }
            if (span.start() > at) {
                runs.add(run(full.substring(at, span.start()), false));
            }
            int spanEnd = Math.min(span.end(), end);
            runs.add(run(full.substring(span.start(), spanEnd), true));
            at = spanEnd;
        }
        if (at < end) {
            runs.add(run(full.substring(at, end), false));
        }
        if (end < full.length()) {
            runs.add(run("……", false));
        }
        text.getChildren().setAll(runs);
    }

    /** Where a shortened text ends: the last sentence end before the limit, if not too early. */
    static int shortEnd(String text) {
        if (text.length() <= SHORT_LENGTH) {
            return text.length();
        }
        int sentence = text.lastIndexOf('。', SHORT_LENGTH);
        return sentence >= SHORT_LENGTH / 2 ? sentence + 1 : SHORT_LENGTH;
    }

    private static Text run(String s, boolean shared) {
        Text t = new Text(s);
        t.getStyleClass().add(shared ? "tb-ref-shared" : "tb-ref-plain");
        return t;
    }

    static String bodiesText(List<String> bodies) {
        StringBuilder out = new StringBuilder(bodies.get(0));
        if (bodies.size() > 1) {
            out.append("（牵头）");
            for (int i = 1; i < bodies.size(); i++) {
                out.append("、").append(bodies.get(i));
            }
        }
        return out.toString();
    }
}
