package org.tianbao.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks on a few daemon threads and gives their results in the tasks' order: reading returns and
 * writing the sheets of a 汇总 use both cores this way. The pool ends with the call, whatever happens.
 */
public final class OrderedTasks {

    private OrderedTasks() {
    }

    /**
     * @throws ExecutionException   with the first failure, in the tasks' order
     * @throws InterruptedException when the calling thread is interrupted while it waits
     */
    public static <T> List<T> run(String threadName, int threads, List<? extends Callable<T>> tasks)
            throws ExecutionException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>(tasks.size());
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
