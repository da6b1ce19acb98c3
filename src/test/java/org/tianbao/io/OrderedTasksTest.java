package org.tianbao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class OrderedTasksTest {

    @Test
    void resultsComeInTheTasksOrderWhicheverFinishesFirst() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            tasks.add(() -> {
                Thread.sleep((20 - n) * 3L); // the first tasks take longest
                threads.add(Thread.currentThread().getName());
                return n;
            });
        }
        List<Integer> results = OrderedTasks.run("test-worker", 2, tasks);
        assertThat(results).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
        assertThat(threads).containsOnly("test-worker");
    }

    @Test
    void aFailingTaskFailsTheRunWithItsCause() {
        List<Callable<String>> tasks = List.of(() -> "a", () -> {
            throw new IllegalArgumentException("bad file");
        }, () -> "c");
        assertThatThrownBy(() -> OrderedTasks.run("test-worker", 2, tasks))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("bad file");
    }
}
