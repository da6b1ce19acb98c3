package org.tianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test's main class in a child JVM on the test class path, lets it work, kills it like a power cut
 * ({@code destroyForcibly}, kill -9) and returns the lines it printed, its acknowledgements of work done.
 */
public final class KilledChild {

    private KilledChild() {
    }

    /**
     * @param killAfterMillis how long the child works after its first acknowledgement
     * @param ack             the form of a complete acknowledgement line (a line cut by the kill is not one)
     */
    public static List<String> runAndKill(Class<?> main, List<String> args, long killAfterMillis, String ack)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
        // Wait until the child is really working, then let it run for the given while.
        long deadline = System.currentTimeMillis() + 30_000;
        while (sizeOf(acks) == 0 && System.currentTimeMillis() < deadline && child.isAlive()) {
            Thread.sleep(5);
        }
        Thread.sleep(killAfterMillis);
        child.destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        synchronized (acks) {
            assertThat(acks).as("the child acknowledged work before it was killed").isNotEmpty();
            return new ArrayList<>(acks.stream().filter(l -> l.matches(ack)).toList());
        }
    }

    private static int sizeOf(List<String> acks) {
        synchronized (acks) {
            return acks.size();
        }
    }
}
