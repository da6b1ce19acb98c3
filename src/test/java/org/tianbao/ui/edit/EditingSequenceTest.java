package org.tianbao.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.tianbao.model.ChinesePunctuation;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.TextReplacement;
import org.tianbao.model.UnitInfo;
import org.tianbao.store.DataFolder;
import org.tianbao.store.Workspace;
import org.tianbao.ui.FxWait;

/**
 * What the officer sees is what is stored: a seeded random sequence of the edits the window makes (typing in
 * a row, departments, 本单位不涉及, rows of the unit's own added, renamed, moved and deleted, 同上一项, 查找和替换
 * and 规范标点 with their undo, the unit's details), written now and then by the save queue's own pauses and
 * flushes, then the data folder opened again: every row, in its order, and the unit as the session had them.
 */
@ExtendWith(ApplicationExtension.class)
class EditingSequenceTest {

    private static final String[] WORDS = {"开展", "知识产权", "宣传周活动", "3次", ",", "。", "（", "）", "；", "\n",
        "县科技局", "市场监管", "abc", " ", "1.", "不涉及", "𠮷", "、", "专利"};
    private static final List<String> DEPARTMENTS = List.of("县科技局", "县财政局", "县公安局",
        "县市场监督管理局（知识产权局）", "县司法局", "县商务局", "县教育局");

    /** Edits per sequence; {@code -Dediting.steps=N} runs longer ones. */
    private static final int STEPS = Integer.getInteger("editing.steps", 250);

    @TempDir
    Path dir;

    @Start
    void start(Stage ignored) {
        // The toolkit runs: the session and its save queue live on the FX thread, as in the window.
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theStoredFormIsTheEditedOne(long seed) throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data-" + seed));
        Random random = new Random(seed);
        List<String> expected;
        UnitInfo expectedUnit;
        try (Workspace workspace = Workspace.open(folder); SaveQueue saves = new SaveQueue()) {
            FormSession session = FxWait.onFx(() -> new FormSession(workspace.forms().load(),
                    workspace.departments().names(), workspace.forms(), workspace.departments(), saves));
            for (int step = 0; step < STEPS; step++) {
                FxWait.onFx(() -> {
                    edit(session, random);
                    return null;
                });
                if (random.nextInt(60) == 0) {
                    // A pause in typing: the debounced writes go out by themselves.
                    Thread.sleep((long) SaveQueue.DEBOUNCE.toMillis() + 100);
                }
            }
            FxWait.onFx(() -> {
                saves.flushAll();
                return null;
            });
            assertThat(saves.awaitIdle(20, TimeUnit.SECONDS)).isTrue();
            expected = FxWait.onFx(() -> describe(session.snapshot()));
            expectedUnit = FxWait.onFx(() -> session.unitProperty().get());
        }
        try (Workspace again = Workspace.open(folder)) {
            FilledForm stored = again.forms().load();
            assertThat(describe(stored)).containsExactlyElementsOf(expected);
            assertThat(stored.unit()).isEqualTo(expectedUnit);
        }
    }

    /** One edit, picked at random; on the FX thread. */
    private static void edit(FormSession session, Random random) {
        List<ItemModel> items = session.items();
        ItemModel item = items.get(random.nextInt(items.size()));
        List<ItemModel> own = items.stream().filter(ItemModel::isLocal).toList();
        switch (random.nextInt(16)) {
            case 0, 1, 2, 3 -> item.measuresProperty().set(item.measuresProperty().get() + words(random));
            case 4 -> item.measuresProperty().set(words(random));
            case 5 -> {
                List<String> names = new ArrayList<>(DEPARTMENTS);
                java.util.Collections.shuffle(names, random);
                item.departments().setAll(names.subList(0, random.nextInt(4)));
            }
            case 6 -> session.setNotApplicable(item, random.nextBoolean());
            case 7 -> session.copyDepartmentsFromAbove(item);
            case 8 -> session.addLocalItem(1 + random.nextInt(session.areas().size()), "本县特色工作" + random.nextInt(100));
            case 9 -> {
                if (!own.isEmpty()) {
                    ItemModel mine = own.get(random.nextInt(own.size()));
                    mine.textProperty().set(mine.text() + words(random).strip() + "工作");
                }
            }
            case 10 -> {
                if (!own.isEmpty()) {
                    session.moveLocalItem(own.get(random.nextInt(own.size())), random.nextBoolean() ? 1 : -1);
                }
            }
            case 11 -> {
                if (!own.isEmpty() && random.nextBoolean()) {
                    session.deleteLocalItem(own.get(random.nextInt(own.size())));
                }
            }
            case 12 -> {
                FormSession.Rewritten done = random.nextBoolean()
                        ? session.rewrite(ChinesePunctuation.INSTANCE)
                        : session.rewrite(new TextReplacement(WORDS[random.nextInt(WORDS.length)].strip(),
                                WORDS[random.nextInt(WORDS.length)].strip(),
                                Set.of(TextReplacement.Scope.MEASURES, TextReplacement.Scope.DEPARTMENTS)));
                if (random.nextInt(3) == 0) {
                    done.undo().run();
                }
            }
            case 13 -> session.updateUnit(new UnitInfo("某县市场监督管理局" + random.nextInt(10), "张三", "0571-8100000" + random.nextInt(10)));
            case 14 -> session.flush(item);
            default -> session.saves().flushAll();
        }
    }

    private static String words(Random random) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(4); k >= 0; k--) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static List<String> describe(FilledForm form) {
        return form.entries().stream().map(EditingSequenceTest::describe).collect(Collectors.toList());
    }

    private static String describe(Entry e) {
        return e.item().id() + " | " + e.item().text() + " | " + e.measures() + " | " + e.departments();
    }
}
