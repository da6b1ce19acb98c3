package org.tianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
            List<String> acks = runAndKill(random.nextLong(), 150 + random.nextInt(1500));
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
    private List<String> runAndKill(long childSeed, long killAfterMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EditingChild.class.getName(), dir.toString(), Long.toString(childSeed))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> acks = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    synchronized (acks) {
                        acks.add(line);
                    }
                }
            } catch (java.io.IOException e) {
                // The pipe breaks when the child is killed.
            }
        });
        reader.start();
        // Wait until the child is really editing, then let it run for a random while.
        long deadline = System.currentTimeMillis() + 30_000;
        while (sizeOf(acks) == 0 && System.currentTimeMillis() < deadline && child.isAlive()) {
            Thread.sleep(5);
        }
        Thread.sleep(killAfterMillis);
        child.destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        synchronized (acks) {
            assertThat(acks).as("the child acknowledged changes before it was killed").isNotEmpty();
            // A line cut by the kill is not an acknowledgement.
            return new ArrayList<>(acks.stream().filter(l -> l.matches("(entry|unit|add|rename|delete|move|try) .*")).toList());
        }
    }

    private static int sizeOf(List<String> acks) {
        synchronized (acks) {
            return acks.size();
        }
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
