package org.tianbao.ui.consolidate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.geometry.Insets;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.input.MouseButton;
import javafx.util.StringConverter;
import org.tianbao.consolidate.Consolidation;
import org.tianbao.consolidate.ReturnFiles;
import org.tianbao.excel.ConsolidatedReturns;
import org.tianbao.excel.SpreadsheetFiles;
import org.tianbao.model.UnitNames;

/** The outcome of a consolidation: by unit (table and chart), by work item (chart), problem files. */
final class ConsolidationResultView {

    /** Work items shown in the chart of least-filled items. */
    static final int FEWEST_ITEMS = 20;
    private static final String ITEM_DETAIL_PROMPT = "点击一项的条形，这里列出哪些单位没有填写、哪些注明不涉及。";

    /** Units the completeness chart shows at most (the least complete ones): more would be unreadable. */
    static final int CHART_UNITS = 50;

    private final TableView<Consolidation.UnitProgress> units = new TableView<>();
    private final BarChart<String, Number> unitChart = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 10));
    private final BarChart<Number, String> itemChart = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final Label itemDetail = new Label(ITEM_DETAIL_PROMPT);
    private final ListView<String> problems = new ListView<>();
    private final Tab unitTab;
    private final Tab problemsTab;
    private final TabPane tabs = new TabPane();
    private final List<Optional<Path>> problemFiles = new ArrayList<>();
    private Consumer<Path> openFile = file -> { };
    private Consumer<Path> showInFolder = file -> { };
    private Consumer<List<Path>> unpack = files -> { };

    ConsolidationResultView() {
        units.setId("consolidate-units");
        units.setPlaceholder(new Label("汇总后，这里列出各单位的填报情况。"));
        // What the consolidator acts on comes first; the file name last.
        units.getColumns().add(column("填报单位", 200, Consolidation.UnitProgress::unitName));
        units.getColumns().add(column("已填/总数", 90, p -> p.filled() + "/" + p.total()));
        units.getColumns().add(column("完成率", 80, p -> Math.round(p.share() * 100) + "%"));
        units.getColumns().add(column("未填写（编号）", 190, Consolidation.UnitProgress::emptyRuns));
        units.getColumns().add(column("不涉及（编号）", 140, Consolidation.UnitProgress::notApplicableRuns));
        units.getColumns().add(column("举措重复（编号）", 140, Consolidation.UnitProgress::repeatedRuns));
        units.getColumns().add(column("文件", 200, Consolidation.UnitProgress::fileName));
        // A unit's return is one double-click away: to look at it, or to find it before calling the unit.
        units.setRowFactory(table -> {
            TableRow<Consolidation.UnitProgress> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    openFile.accept(row.getItem().file());
                }
            });
            MenuItem open = new MenuItem("打开文件");
            open.setOnAction(e -> openFile.accept(row.getItem().file()));
            MenuItem reveal = new MenuItem("打开所在文件夹");
            reveal.setOnAction(e -> showInFolder.accept(row.getItem().file()));
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null)
                    .otherwise(new ContextMenu(open, reveal)));
            return row;
        });
        unitChart.setId("chart-units");
        unitChart.setTitle("各单位完成率（%）");
        unitChart.setLegendVisible(false);
        unitChart.setAnimated(false);
        // One series, many categories: JavaFX's default gaps (10 + 4 px, and 4 px more off each bar) leave a
        // bar of 1 px or none where 20 work items or 30 units share a few hundred pixels.
        for (BarChart<?, ?> chart : List.of(unitChart, itemChart)) {
            chart.setBarGap(0);
            chart.setCategoryGap(4);
        }
        itemChart.setId("chart-items");
        itemChart.setTitle("填写单位最少的 " + FEWEST_ITEMS + " 项工作内容（单位数）");
        itemChart.setLegendVisible(false);
        itemChart.setAnimated(false);
        problems.setId("consolidate-problems");
        problems.setPlaceholder(new Label("没有未报送的单位，也没有被替代、无法读取或需要核对的文件。"));
        // The file a line is about — a damaged return, a scan, an older return — is a double-click away too.
        problems.setCellFactory(list -> {
            WrappingCell cell = new WrappingCell(list);
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    problemFile(cell.getIndex()).ifPresent(openFile);
                }
            });
            ContextMenu menu = new ContextMenu(fileItems(cell));
            // A zip archive a unit sent its files in: unpacked beside it, as Windows' 全部解压缩 does.
            MenuItem unpackItem = new MenuItem("解压到同名文件夹");
            unpackItem.setOnAction(e -> unpackable(cell.getIndex()).ifPresent(file -> unpack.accept(List.of(file))));
            // Twenty counties may each have sent a zip: all at once.
            MenuItem unpackAll = new MenuItem();
            unpackAll.setOnAction(e -> unpack.accept(unpackableFiles()));
            MenuItem[] fileItems = fileItems(cell);
            // (A menu without items is never shown: it starts with its entries for one archive.)
            ContextMenu archiveMenu = new ContextMenu(unpackItem, new SeparatorMenuItem());
            archiveMenu.getItems().addAll(fileItems);
            archiveMenu.setOnShowing(e -> {
                int count = unpackableFiles().size();
                unpackAll.setText("解压全部压缩包（" + count + " 个）");
                archiveMenu.getItems().remove(unpackAll);
                if (count > 1) {
                    archiveMenu.getItems().add(1, unpackAll);
                }
            });
            // No menu on a line without a file (a unit that sent nothing).
            cell.contextMenuProperty().bind(Bindings.createObjectBinding(
                    () -> cell.isEmpty() || problemFile(cell.getIndex()).isEmpty() ? null
                            : unpackable(cell.getIndex()).isPresent() ? archiveMenu : menu,
                    cell.indexProperty(), cell.itemProperty(), cell.emptyProperty()));
            return cell;
        });

        SplitPane byUnit = new SplitPane(units, unitChart);
        byUnit.setDividerPositions(0.65);
        unitTab = new Tab("按单位", byUnit);
        itemDetail.setId("consolidate-item-detail");
        itemDetail.setWrapText(true);
        itemDetail.setMinHeight(Region.USE_PREF_SIZE);
        itemDetail.setPadding(new Insets(4, 12, 8, 12));
        // Room for every item's label: an axis leaves out labels that would overlap, so the chart is at least
        // a line and a half of its labels per item tall, and scrolls in a short window or at a large text size.
        CategoryAxis itemAxis = (CategoryAxis) itemChart.getYAxis();
        itemChart.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> FEWEST_ITEMS * itemAxis.getTickLabelFont().getSize() * 1.5 + 110, itemAxis.tickLabelFontProperty()));
        ScrollPane itemScroll = new ScrollPane(itemChart);
        itemScroll.setFitToWidth(true);
        itemScroll.setFitToHeight(true);
        VBox.setVgrow(itemScroll, Priority.ALWAYS);
        Tab itemTab = new Tab("按工作内容", new VBox(itemScroll, itemDetail));
        problemsTab = new Tab("问题文件", problems);
        tabs.getTabs().addAll(unitTab, itemTab, problemsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("consolidate-tabs");
    }

    Node view() {
        return tabs;
    }

    void show(Consolidation result) {
        List<Consolidation.UnitProgress> progress = result.unitProgress();
        units.getItems().setAll(progress);
        XYChart.Series<String, Number> byUnit = new XYChart.Series<>();
        List<Consolidation.UnitProgress> charted = progress.size() <= CHART_UNITS ? progress
                : progress.stream().sorted(Comparator.comparingDouble(Consolidation.UnitProgress::share))
                        .limit(CHART_UNITS).toList();
        unitChart.setTitle(progress.size() <= CHART_UNITS ? "各单位完成率（%）" : "完成率最低的 " + CHART_UNITS + " 个单位（%）");
        // The units' names without the ending they share (白云区, not 白云区市场监督管理局): an axis of names
        // standing on end has little room.
        List<String> names = UnitNames.shortened(charted.stream().map(Consolidation.UnitProgress::unitName).toList());
        for (int i = 0; i < charted.size(); i++) {
            byUnit.getData().add(new XYChart.Data<>(names.get(i), Math.round(charted.get(i).share() * 1000) / 10.0));
        }
        unitChart.getData().setAll(List.of(byUnit));

        XYChart.Series<Number, String> byItem = new XYChart.Series<>();
        List<String> allNames = progress.stream().map(Consolidation.UnitProgress::unitName).toList();
        List<String> shortList = UnitNames.shortened(allNames);
        Map<String, String> shortNames = new HashMap<>();
        for (int i = 0; i < allNames.size(); i++) {
            shortNames.put(allNames.get(i), shortList.get(i));
        }
        result.itemProgress().stream().sorted(Comparator.comparingInt(Consolidation.ItemProgress::units))
                .limit(FEWEST_ITEMS)
                .sorted(Comparator.comparingInt(Consolidation.ItemProgress::units).reversed())
                .forEach(p -> {
                    XYChart.Data<Number, String> bar = new XYChart.Data<>(p.units(), label(p));
                    // Who to chase for this item: a click on its bar says.
                    bar.nodeProperty().addListener((obs, old, node) -> onClick(node, () -> itemDetail.setText(detail(p, shortNames))));
                    onClick(bar.getNode(), () -> itemDetail.setText(detail(p, shortNames)));
                    byItem.getData().add(bar);
                });
        itemChart.getData().setAll(List.of(byItem));
        itemDetail.setText(ITEM_DETAIL_PROMPT);
        scaleToUnits((NumberAxis) itemChart.getXAxis(), progress.size());

        problems.getItems().clear();
        problemFiles.clear();
        result.returns().missing().forEach(unit -> {
            Optional<ConsolidatedReturns.Received> got = result.returns().receivedInstead(unit);
            addProblem("未报送：" + unit + "（在应报单位名单中，" + got.map(g -> "没有收到可汇总的文件：" + g.sentence())
                    .orElse("没有收到它的文件") + "）", got.map(ConsolidatedReturns.Received::file).orElse(null));
        });
        result.returns().superseded().forEach(s -> addProblem((s.sameReturn() ? "重复：“" : "被替代：“")
                + s.file().getFileName() + "”（" + s.unitName() + "）" + s.outcome(), s.file()));
        result.returns().unreadable().forEach(u -> addProblem(!canUnpack(u.file()) ? "无法读取：" + u.reason()
                : (SpreadsheetFiles.saysArchive(u.file(), u.reason()) ? "压缩包：“" + u.file().getFileName() + "”尚未解压。"
                : "无法读取：" + u.reason()) + "右键这一行，选“解压到同名文件夹”：解压后重新汇总。", u.file()));
        progress.forEach(p -> p.notes().forEach(note -> addProblem("请核对：“" + p.fileName() + "”（"
                + p.unitName() + "）" + note, p.file())));
        result.returns().skipped().forEach(s -> addProblem("已跳过：“" + s.file().getFileName()
                + "”——它" + s.described(), s.file()));
        // A stamped scan beside a return, or the cover letter, is listed last and not counted: it needs nothing.
        problemsTab.setText("问题文件（" + (problems.getItems().size() - result.returns().skipped().size()) + "）");
    }

    /** Brings 按单位 to the front. */
    void showUnits() {
        tabs.getSelectionModel().select(unitTab);
    }

    /** Brings 问题文件 to the front. */
    void showProblems() {
        tabs.getSelectionModel().select(problemsTab);
    }

    /** A line of 问题文件, with the file it is about (none for a unit that sent nothing). */
    private void addProblem(String text, Path file) {
        problems.getItems().add(text);
        problemFiles.add(Optional.ofNullable(file));
    }

    /** 打开文件 and 打开所在文件夹 for a line of 问题文件 (a menu item belongs to one menu only). */
    private MenuItem[] fileItems(ListCell<?> cell) {
        MenuItem open = new MenuItem("打开文件");
        open.setOnAction(e -> problemFile(cell.getIndex()).ifPresent(openFile));
        MenuItem reveal = new MenuItem("打开所在文件夹");
        reveal.setOnAction(e -> problemFile(cell.getIndex()).ifPresent(showInFolder));
        return new MenuItem[] {open, reveal};
    }

    /** The zip archive a line of 问题文件 offers to unpack: one not unpacked yet. */
    Optional<Path> unpackable(int index) {
        return problemFile(index).filter(ConsolidationResultView::canUnpack);
    }

    /** Every zip archive 问题文件 lists that is not unpacked yet, once each. */
    List<Path> unpackableFiles() {
        return problemFiles.stream().flatMap(Optional::stream).filter(ConsolidationResultView::canUnpack).distinct().toList();
    }

    private static boolean canUnpack(Path file) {
        return ReturnFiles.isUnpackable(file) && ReturnFiles.unpackedInto(file).isEmpty();
    }

    /** The file a line of 问题文件 is about. */
    Optional<Path> problemFile(int index) {
        return index >= 0 && index < problemFiles.size() ? problemFiles.get(index) : Optional.empty();
    }

    /** The unit counts' axis runs from none to every unit, in whole units. */
    private static void scaleToUnits(NumberAxis axis, int units) {
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(Math.max(1, units));
        axis.setTickUnit(Math.max(1, Math.ceil(units / 10.0)));
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return String.valueOf(n.intValue());
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        });
    }

    private static void onClick(Node node, Runnable action) {
        if (node != null) {
            node.setOnMouseClicked(e -> action.run());
            node.setCursor(javafx.scene.Cursor.HAND);
        }
    }

    /** Under the chart, for the bar clicked: the item, and who left it empty or declared it 不涉及. */
    static String detail(Consolidation.ItemProgress p, Map<String, String> shortNames) {
        StringBuilder text = new StringBuilder(p.item().id()).append(" ").append(p.item().text()).append("：")
                .append(p.of()).append(" 个单位中 ").append(p.units()).append(" 个填写");
        if (!p.notApplicableUnits().isEmpty()) {
            text.append("；不涉及：").append(String.join("、", p.notApplicableUnits().stream()
                    .map(n -> shortNames.getOrDefault(n, n)).toList()));
        }
        if (!p.emptyUnits().isEmpty()) {
            text.append("；未填写：").append(String.join("、", p.emptyUnits().stream()
                    .map(n -> shortNames.getOrDefault(n, n)).toList()));
        }
        return text.append("。").toString();
    }

    /** A work item's bar: its number and text, and how many units declared it 不涉及 (so few filled it). */
    private static String label(Consolidation.ItemProgress p) {
        String text = p.item().text();
        return p.item().id() + " " + (text.length() > 16 ? text.substring(0, 16) + "…" : text)
                + (p.notApplicable() > 0 ? "（" + p.notApplicable() + " 个不涉及）" : "");
    }

    /** What double-click and the context menu of a unit's row do with the unit's file. */
    void setFileActions(Consumer<Path> open, Consumer<Path> reveal) {
        this.openFile = open;
        this.showInFolder = reveal;
    }

    /** What 解压到同名文件夹 does with a zip archive listed in 问题文件. */
    void setUnpackAction(Consumer<List<Path>> unpack) {
        this.unpack = unpack;
    }

    TableView<Consolidation.UnitProgress> units() {
        return units;
    }

    BarChart<String, Number> unitChart() {
        return unitChart;
    }

    BarChart<Number, String> itemChart() {
        return itemChart;
    }

    Label itemDetail() {
        return itemDetail;
    }

    ListView<String> problems() {
        return problems;
    }

    /** Widens the table's columns for a text size this many times the default (never narrows them). */
    void widenColumns(double scale) {
        if (scale > 1) {
            units.getColumns().forEach(c -> c.setPrefWidth(c.getPrefWidth() * scale));
        }
    }

    /** A line of the problem list, wrapped to the list's width: reasons and notes are whole sentences. */
    private static final class WrappingCell extends ListCell<String> {
        WrappingCell(ListView<String> list) {
            setWrapText(true);
            // The list's width less its scroll bar, so that a cell never widens the list.
            prefWidthProperty().bind(list.widthProperty().subtract(24));
            setMinWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new WholeTextCell<>());
        return column;
    }

    /** A cell whose whole text is a hover away when the column cuts it ("1.09、2.07、3.01、3.0…"). */
    private static final class WholeTextCell<T> extends TableCell<T, String> {
        private final Tooltip whole = new Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(blank ? null : item);
            whole.setText(blank ? "" : item);
            setTooltip(blank ? null : whole);
        }
    }
}
