package org.tianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;

/** What a save reported as done survives the process being killed hard (kill -9) right after. */
class DurabilityTest {

    @TempDir
    Path dir;

    @Test
    void acknowledgedSavesSurviveAHardKill() throws Exception {
        for (int round = 0; round < 3; round++) {
            int killAfter = 5 + round * 17;
            String[] last = runAndKill(killAfter);
            int acknowledged = Integer.parseInt(last[1]);
            String itemId = last[2];
            try (Workspace ws = Workspace.open(new DataFolder(dir))) {
                FilledForm form = ws.forms().load();
                Entry entry = form.entry(itemId).orElseThrow();
                // The last acknowledged save is there (or a later one to the same row, never an earlier one).
                int stored = Integer.parseInt(entry.measures().replaceAll("\\D+", " ").trim().split(" ")[0]);
                assertThat(stored).isGreaterThanOrEqualTo(acknowledged);
                assertThat(entry.departments()).containsExactly("县科技局", "部门" + stored);
            }
        }
    }

    /** Starts the child, waits for the given number of acknowledged saves, kills it; returns the last ack. */
    private String[] runAndKill(int saves) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EditingChild.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String[] last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    last = line.split(" ");
                    if (Integer.parseInt(last[1]) >= saves) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(last).as("the child acknowledged saves").isNotNull();
        assertThat(List.of(last)).hasSize(3);
        return last;
    }
}
