package io.jiayi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs calls at once on a few threads and collects their answers, in the order of the calls. */
public final class Parallel {

    private Parallel() {
    }

    public static <T> List<T> run(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> answers = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
