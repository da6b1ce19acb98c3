package org.tianbao.ui.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tianbao.model.Departments;
import org.tianbao.ui.Icons;

/**
 * Edits a row's 责任部门: the chosen departments as chips in order (the first is marked 牵头), and a field
 * that suggests dictionary names as the officer types. Keyboard: type, ↓/↑ to pick a suggestion, Enter
 * to add (a name not in the dictionary is added as typed and joins it); Backspace in the empty field
 * removes the last chip; on a chip, Delete removes it and Ctrl+←/→ moves it.
 */
public final class DepartmentPicker {

    private static final Pattern PASTED_BREAKS = Pattern.compile("[\\t\\r\\n\\u000B\\f\\u2028\\u2029]+");

    private final ObservableList<String> chosen;
    private final ObservableList<String> dictionary;
    private final VBox view = new VBox(6);
    private final FlowPane chips = new FlowPane(6, 6);
    private final TextField input = new TextField();
    private final ListView<String> suggestions = new ListView<>();

    public DepartmentPicker(ObservableList<String> chosen, ObservableList<String> dictionary) {
        this.chosen = chosen;
        this.dictionary = dictionary;
        chips.getStyleClass().add("tb-chips");
        // A long department name at a large text size is cut short (…) inside its chip rather than
        // widening the whole editor past its pane.
        chips.setMinWidth(0);
        input.getStyleClass().add("tb-department-input");
        input.setPromptText("输入部门名称，如“科技”，回车添加");
        Button add = new Button("添加", Icons.add());
        add.setFocusTraversable(false);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.getStyleClass().add("tb-department-add");
        add.setOnAction(e -> addTyped());
        HBox.setHgrow(input, Priority.ALWAYS);
        HBox inputRow = new HBox(6, input, add);
        inputRow.setAlignment(Pos.CENTER_LEFT);

        suggestions.getStyleClass().add("tb-suggestions");
        suggestions.setFocusTraversable(false);
        suggestions.setFixedCellSize(30);
        showSuggestions(List.of());
        suggestions.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && suggestions.getSelectionModel().getSelectedItem() != null) {
                add(suggestions.getSelectionModel().getSelectedItem());
                input.requestFocus();
            }
        });

        input.textProperty().addListener((obs, old, now) -> showSuggestions(
                DepartmentSuggestions.suggest(now.substring(typingFrom(now)), dictionary, new HashSet<>(chosen))));
        input.setTextFormatter(new TextFormatter<String>(DepartmentPicker::pastedLinesAsSeparators));
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::onInputKey);
        chosen.addListener((ListChangeListener<String>) c -> renderChips());
        renderChips();
        view.getStyleClass().add("tb-department-picker");
        view.getChildren().addAll(chips, inputRow, suggestions);
    }

    public Node view() {
        return view;
    }

    public TextField input() {
        return input;
    }

    public ListView<String> suggestionList() {
        return suggestions;
    }

    private void onInputKey(KeyEvent e) {
        boolean open = suggestions.isVisible() && !suggestions.getItems().isEmpty();
        switch (e.getCode()) {
            case DOWN -> {
                if (open) {
                    suggestions.getSelectionModel().selectNext();
                    if (suggestions.getSelectionModel().getSelectedIndex() < 0) {
                        suggestions.getSelectionModel().selectFirst();
                    }
                    suggestions.scrollTo(suggestions.getSelectionModel().getSelectedIndex());
                    e.consume();
                }
            }
            case UP -> {
                if (open) {
                    suggestions.getSelectionModel().selectPrevious();
                    e.consume();
                }
            }
            case ENTER -> {
                String picked = open ? suggestions.getSelectionModel().getSelectedItem() : null;
                if (picked != null) {
                    // The suggestion completes the name being typed; names before it were typed whole.
                    String typed = input.getText();
                    addAll(Departments.split(typed.substring(0, typingFrom(typed))));
                    add(picked);
                } else {
                    addTyped();
                }
                e.consume();
            }
            case ESCAPE -> {
                if (!input.getText().isEmpty()) {
                    input.clear();
                    e.consume();
                }
            }
            case BACK_SPACE -> {
                if (input.getText().isEmpty() && !chosen.isEmpty()) {
                    chosen.remove(chosen.size() - 1);
                    e.consume();
                }
            }
            default -> {
            }
        }
    }

    /**
     * Adds what was typed: one name, or several as officers write them in their drafts
     * ("县科技局（牵头）、县财政局"), the one marked 牵头 leading.
     */
    private void addTyped() {
        List<String> names = Departments.split(input.getText());
        if (names.isEmpty()) {
            return;
        }
        if (names.stream().anyMatch(name -> name.length() > Departments.MAX_NAME_LENGTH)) {
            input.setTooltip(new Tooltip("部门名称不能超过 " + Departments.MAX_NAME_LENGTH + " 个字"));
            return;
        }
        List<String> next = new ArrayList<>(chosen);
        names.stream().filter(name -> !next.contains(name)).forEach(next::add);
        if (input.getText().contains("牵头")) {
            next.remove(names.get(0));
            next.add(0, names.get(0));
        }
        if (!next.equals(chosen)) {
            chosen.setAll(next); // one change, one save
        }
        input.clear();
    }

    /** Adds a department at the end (or keeps it where it is if already chosen). */
    void add(String name) {
        addAll(List.of(name));
    }

    /** Adds departments at the end in one change (names already chosen keep their places). */
    private void addAll(List<String> names) {
        List<String> fresh = names.stream().filter(name -> !chosen.contains(name)).distinct().toList();
        if (!fresh.isEmpty()) {
            chosen.addAll(fresh);
        }
        input.clear();
    }

    /** Where the name being typed starts: after the last separator (、，; …). */
    private static int typingFrom(String typed) {
        for (int i = typed.length() - 1; i >= 0; i--) {
            if (Departments.SEPARATORS.indexOf(typed.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Names pasted from sheet cells or lines arrive separated by tabs and line breaks, which a text field
     * would drop, running the names together: they become 、 instead.
     */
    private static TextFormatter.Change pastedLinesAsSeparators(TextFormatter.Change change) {
        String added = change.getText();
        if (PASTED_BREAKS.matcher(added).find()) {
            String names = PASTED_BREAKS.matcher(added.strip()).replaceAll(Departments.SEPARATOR);
            change.setText(names);
            change.setCaretPosition(change.getRangeStart() + names.length());
            change.setAnchor(change.getRangeStart() + names.length());
        }
        return change;
    }

    private void showSuggestions(List<String> names) {
        suggestions.getItems().setAll(names);
        boolean show = !names.isEmpty();
        suggestions.setVisible(show);
        suggestions.setManaged(show);
        suggestions.setPrefHeight(Math.min(names.size(), 6) * suggestions.getFixedCellSize() + 4);
        if (show) {
            suggestions.getSelectionModel().clearSelection();
        }
    }

    private void renderChips() {
        chips.getChildren().clear();
        for (int i = 0; i < chosen.size(); i++) {
            chips.getChildren().add(chip(chosen.get(i), i));
        }
        if (chosen.isEmpty()) {
            Label none = new Label("尚未选择责任部门");
            none.getStyleClass().add("tb-muted");
            chips.getChildren().add(none);
        }
    }

    private Node chip(String name, int index) {
        Label label = new Label(name);
        label.setTooltip(new Tooltip(name));
        HBox chip = new HBox(4);
        chip.getStyleClass().add("tb-chip");
        chip.maxWidthProperty().bind(chips.widthProperty());
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.setFocusTraversable(true);
        chip.setUserData(name);
        if (index == 0) {
            Label lead = new Label("牵头");
            lead.getStyleClass().add("tb-lead");
            lead.setMinWidth(Region.USE_PREF_SIZE);
            chip.getChildren().add(lead);
            chip.getStyleClass().add("tb-chip-lead");
        }
        Button remove = new Button(null, Icons.close());
        remove.getStyleClass().add("tb-chip-remove");
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip("移除 " + name));
        remove.setOnAction(e -> chosen.remove(name));
        chip.getChildren().addAll(label, remove);
        chip.setOnMouseClicked(e -> chip.requestFocus());
        chip.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                chosen.remove(name);
                focusChip(Math.min(index, chosen.size() - 1));
                e.consume();
            } else if (e.isShortcutDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
                int to = move(name, e.getCode() == KeyCode.LEFT ? -1 : 1);
                focusChip(to);
                e.consume();
            }
        });
        ContextMenu menu = new ContextMenu(
                menuItem("设为牵头部门", () -> moveTo(name, 0)),
                menuItem("左移", () -> move(name, -1)),
                menuItem("右移", () -> move(name, 1)),
                menuItem("移除", () -> chosen.remove(name)));
        chip.setOnContextMenuRequested(e -> menu.show(chip, e.getScreenX(), e.getScreenY()));
        return chip;
    }

    private static MenuItem menuItem(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Moves a chosen department by delta places; returns its new index. */
    int move(String name, int delta) {
        int from = chosen.indexOf(name);
        int to = Math.max(0, Math.min(chosen.size() - 1, from + delta));
        return moveTo(name, to);
    }

    private int moveTo(String name, int to) {
        int from = chosen.indexOf(name);
        if (from >= 0 && from != to) {
            // One list change, so one save and one re-render.
            List<String> reordered = new ArrayList<>(chosen);
            reordered.add(to, reordered.remove(from));
            chosen.setAll(reordered);
        }
        return to;
    }

    private void focusChip(int index) {
        if (index >= 0 && index < chosen.size()) {
            chips.getChildren().get(index).requestFocus();
        } else {
            input.requestFocus();
        }
    }
}
