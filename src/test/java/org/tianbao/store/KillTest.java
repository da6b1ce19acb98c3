package org.tianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;

/**
 * Kills an editing child process ({@code destroyForcibly}, i.e. kill -9) at random moments, many times
 * over the same data folder, and checks after each kill that the database opens whole and holds every
 * change the child had reported as saved. The number of kills is {@code -Dtianbao.kills} (default 6;
 * src/test/scripts/kill-test.sh runs hundreds).
 */
class KillTest {

    @TempDir
    Path dir;

    @Test
    void editsReportedAsSavedSurviveKillsAtRandomMoments() throws Exception {
        int kills = Integer.getInteger("tianbao.kills", 6);
        long seed = Long.getLong("tianbao.seed", System.nanoTime());
        Random random = new Random(seed);
        Expected expected = new Expected();
        int acknowledged = 0;
        for (int round = 0; round < kills; round++) {
            List<String> acks = runAndKill(random.nextLong(), 150 + random.nextInt(1500), round * 1_000_000 + 1);
            acknowledged += acks.size();
            acks.forEach(expected::apply);
            try (Workspace ws = Workspace.open(new DataFolder(dir))) {
                FilledForm form = ws.forms().load();
                expected.settleInFlightDelete(form);
                expected.check(form, "seed " + seed + ", round " + round);
            }
        }
        System.out.printf("KillTest: %d kills, %d acknowledged changes, all found (seed %d)%n", kills, acknowledged, seed);
    }

    /** Runs the child with a random mix of changes, kills it after the delay, returns its acknowledgements. */
    private List<String> runAndKill(long childSeed, long killAfterMillis, int firstNumber) throws Exception {
        return KilledChild.runAndKill(EditingChild.class,
                List.of(dir.toString(), Long.toString(childSeed), Integer.toString(firstNumber)),
                killAfterMillis, "(entry|unit|add|rename|delete|move|try) .*");
    }

    /** What the acknowledged changes say the database must at least hold. */
    private static final class Expected {
        private final Map<String, Integer> entrySave = new HashMap<>();
        private final Set<String> ownRows = new HashSet<>();
        private final Map<String, Integer> renamed = new HashMap<>();
        private int unit;
        /** A delete announced but not acknowledged when the child was killed: it may or may not be done. */
        private String deleteInFlight;

        void apply(String ack) {
            String[] p = ack.split(" ");
            deleteInFlight = null;
            switch (p[0]) {
                case "try" -> deleteInFlight = p[2];
                case "entry" -> entrySave.put(p[1], Integer.parseInt(p[2]));
                case "unit" -> unit = Integer.parseInt(p[1]);
                case "add" -> ownRows.add(p[1]);
                case "rename" -> renamed.put(p[1], Integer.parseInt(p[2]));
                case "delete" -> {
                    ownRows.remove(p[1]);
                    entrySave.remove(p[1]);
                    renamed.remove(p[1]);
                }
                default -> { }
            }
        }

        /** The in-flight delete either happened (then it counts as acknowledged) or did not. */
        void settleInFlightDelete(FilledForm form) {
            if (deleteInFlight != null && form.entry(deleteInFlight).isEmpty()) {
                apply("delete " + deleteInFlight);
            }
            deleteInFlight = null;
        }

        void check(FilledForm form, String context) {
            for (Map.Entry<String, Integer> saved : entrySave.entrySet()) {
                Entry entry = form.entry(saved.getKey()).orElseThrow(
                        () -> new AssertionError(context + ": row " + saved.getKey() + " lost"));
                int stored = Integer.parseInt(entry.measures().split(" ")[1]);
                assertThat(stored).as(context + ": entry " + saved.getKey()).isGreaterThanOrEqualTo(saved.getValue());
                assertThat(entry.departments()).as(context).containsExactly("县科技局", "部门" + stored);
            }
            Set<String> stored = new HashSet<>();
            form.localEntries().forEach(e -> stored.add(e.item().id()));
            assertThat(stored).as(context + ": own rows").containsAll(ownRows);
            for (Map.Entry<String, Integer> r : renamed.entrySet()) {
                form.entry(r.getKey()).ifPresent(e -> assertThat(Integer.parseInt(e.item().text().split(" ")[1]))
                        .as(context + ": rename " + r.getKey()).isGreaterThanOrEqualTo(r.getValue()));
            }
            if (unit > 0) {
                assertThat(Integer.parseInt(form.unit().unitName().substring(2))).as(context + ": unit")
                        .isGreaterThanOrEqualTo(unit);
            }
        }
    }
}
