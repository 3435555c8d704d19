package io.jiayi.common.persistence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;

/**
 * Writes that arrive together go to the database together: per key at most one batch is in
 * flight, and what arrives meanwhile forms the next one (natural batching: a write that finds its
 * key idle goes at once, so nothing waits on a timer). When a batch's statement fails, which
 * writes nothing, each of its writes is tried alone, so one bad write answers only for itself. A
 * statement that ran is never sent again: a write it left unanswered fails.
 *
 * <p>Each caller is answered on its own Vert.x context, whichever connection's answer completed
 * the batch; the next batch is sent before the callers of the last are answered.
 *
 * @param <K> what writes must share to go together (a schedule)
 * @param <A> one write
 * @param <R> its answer
 */
public final class GroupCommit<K, A, R> {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class);

    private final Function<List<A>, Uni<List<R>>> batch;
    private final Function<A, Uni<R>> alone;
    private final int maxBatch;
    private final Observer observer;
    private final ConcurrentHashMap<K, Lane> lanes = new ConcurrentHashMap<>();

    /** What operators see of it: how many writes each statement took, and batches that failed. */
    public interface Observer {

        Observer NONE = new Observer() {
        };

        /** A statement went with {@code writes} writes (1: alone). */
        default void sent(int writes) {
        }

        /** A batch failed and its writes go alone. */
        default void batchFailed(int writes, Throwable failure) {
        }
    }

    /**
     * @param batch writes a batch in one statement and answers each write in the batch's order
     *        (null for a write it has no answer for)
     * @param alone writes one (a batch of one, and each write of a failed batch)
     */
    public GroupCommit(Function<List<A>, Uni<List<R>>> batch, Function<A, Uni<R>> alone, int maxBatch) {
        this(batch, alone, maxBatch, Observer.NONE);
    }

    public GroupCommit(Function<List<A>, Uni<List<R>>> batch, Function<A, Uni<R>> alone, int maxBatch, Observer observer) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
        this.batch = batch;
        this.alone = alone;
        this.maxBatch = maxBatch;
        this.observer = observer;
    }

    public Uni<R> submit(K key, A write) {
        return Uni.createFrom().emitter(emitter -> {
            Pending<A, R> pending = new Pending<>(write, emitter, Vertx.currentContext());
            while (true) {
                Lane lane = lanes.computeIfAbsent(key, Lane::new);
                boolean start;
                synchronized (lane) {
                    if (lane.retired) {
                        continue; // removed while idle: a fresh lane takes the write
                    }
                    lane.waiting.add(pending);
                    start = !lane.running;
                    lane.running = true;
                }
                if (start) {
                    drain(lane);
                }
                return;
            }
        });
    }

    /** Keys with a lane (a batch in flight or writes waiting); for tests. */
    int lanes() {
        return lanes.size();
    }

    private void drain(Lane lane) {
        List<Pending<A, R>> next = new ArrayList<>();
        synchronized (lane) {
            while (next.size() < maxBatch && !lane.waiting.isEmpty()) {
                next.add(lane.waiting.poll());
            }
            if (next.isEmpty()) {
                lane.running = false;
                lane.retired = true;
                lanes.remove(lane.key, lane);
                return;
            }
        }
        observer.sent(next.size());
        Runnable sendNext = () -> drain(lane);
        if (next.size() == 1) {
            writeAlone(next.get(0), sendNext);
        } else {
            writeBatch(next, sendNext);
        }
    }

    /**
     * A write alone: what waits goes as soon as its answer is in, before its caller is answered
     * (the caller's work on that answer runs on this thread and must not hold the next batch back).
     */
    private void writeAlone(Pending<A, R> pending, Runnable sendNext) {
        Uni.createFrom().deferred(() -> alone.apply(pending.write())).subscribe().with(answer -> {
            try {
                sendNext.run();
            } finally {
                pending.complete(answer);
            }
        }, failure -> {
            try {
                sendNext.run();
            } finally {
                pending.fail(failure);
            }
        });
    }

    /** A write alone, answered before the next write goes: a failed batch's writes, one after another. */
    private Uni<Void> one(Pending<A, R> pending) {
        return Uni.createFrom().deferred(() -> alone.apply(pending.write()))
                .onItem().invoke(pending::complete)
                .onFailure().invoke(pending::fail)
                .replaceWithVoid()
                .onFailure().recoverWithNull();
    }

    /**
     * A batch: as with a write alone, what waits goes as soon as the batch's answer is in. At a
     * release, answering 60 winners took the event loop 30 ms, which the next batch waited for.
     */
    private void writeBatch(List<Pending<A, R>> pendings, Runnable sendNext) {
        List<A> writes = new ArrayList<>(pendings.size());
        for (Pending<A, R> pending : pendings) {
            writes.add(pending.write());
        }
        Uni.createFrom().deferred(() -> batch.apply(writes)).subscribe().with(answers -> {
            try {
                sendNext.run();
            } finally {
                answer(pendings, answers);
            }
        }, failure -> {
            // The statement wrote nothing: each write is tried alone, one after another, and only
            // then does the next batch go (it may hold the same rows).
            observer.batchFailed(pendings.size(), failure);
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Pending<A, R> pending : pendings) {
                chain = chain.chain(() -> one(pending));
            }
            chain.subscribe().with(done -> sendNext.run(), neverFails -> sendNext.run());
        });
    }

    private void answer(List<Pending<A, R>> pendings, List<R> answers) {
        for (int i = 0; i < pendings.size(); i++) {
            R answer = answers == null || i >= answers.size() ? null : answers.get(i);
            if (answer == null) {
                pendings.get(i).fail(new IllegalStateException("a batch of " + pendings.size()
                        + " gave no answer for write " + (i + 1)));
            } else {
                pendings.get(i).complete(answer);
            }
        }
    }

    private final class Lane {
        final K key;
        final ArrayDeque<Pending<A, R>> waiting = new ArrayDeque<>();
        boolean running;
        boolean retired;

        Lane(K key) {
            this.key = key;
        }
    }

    private record Pending<A, R>(A write, UniEmitter<? super R> emitter, Context context) {

        void complete(R answer) {
            on(() -> emitter.complete(answer));
        }

        void fail(Throwable failure) {
            on(() -> emitter.fail(failure));
        }

        /**
         * On the caller's context: at once when this thread is its event loop (a task queued behind a
         * busy loop's other work costs a winner milliseconds at a release), else queued to it.
         */
        private void on(Runnable action) {
            if (context == null) {
                guarded(action);
            } else if (context instanceof ContextInternal internal) {
                internal.emit(ignored -> guarded(action));
            } else {
                context.runOnContext(ignored -> guarded(action));
            }
        }

        /** What the caller does with its answer is its own: it must not make a written batch be written again. */
        private static void guarded(Runnable action) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("A caller failed on its answer from a group commit", e);
            }
        }
    }
}
