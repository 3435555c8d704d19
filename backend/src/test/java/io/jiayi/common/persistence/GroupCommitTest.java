package io.jiayi.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** Writes that arrive together go together; one bad write answers only for itself. */
class GroupCommitTest {

    /** A database whose statements the test answers: each call waits until the test completes it. */
    private static final class Database {
        final List<List<String>> batches = new ArrayList<>();
        final List<String> alone = new ArrayList<>();
        final List<CompletableFuture<List<String>>> batchAnswers = new ArrayList<>();
        final List<CompletableFuture<String>> aloneAnswers = new ArrayList<>();

        Uni<List<String>> batch(List<String> writes) {
            batches.add(List.copyOf(writes));
            CompletableFuture<List<String>> answer = new CompletableFuture<>();
            batchAnswers.add(answer);
            return Uni.createFrom().completionStage(answer);
        }

        Uni<String> alone(String write) {
            alone.add(write);
            CompletableFuture<String> answer = new CompletableFuture<>();
            aloneAnswers.add(answer);
            return Uni.createFrom().completionStage(answer);
        }

        /** Answers every write of batch {@code n} with its name in capitals. */
        void answerBatch(int n) {
            batchAnswers.get(n).complete(batches.get(n).stream().map(String::toUpperCase).toList());
        }

        void answerAlone(int n) {
            aloneAnswers.get(n).complete(alone.get(n).toUpperCase());
        }
    }

    /** What a caller was answered: a value or a failure, or nothing yet. */
    private static final class Answer {
        final AtomicReference<Object> value = new AtomicReference<>();

        static Answer of(Uni<String> uni) {
            Answer answer = new Answer();
            uni.subscribe().with(answer.value::set, answer.value::set);
            return answer;
        }

        Object get() {
            return value.get();
        }
    }

    private final Database database = new Database();
    private final GroupCommit<String, String, String> commit = new GroupCommit<>(database::batch, database::alone, 3);

    @Test
    void aWriteThatFindsItsKeyIdleGoesAtOnceAndAlone() {
        Answer answer = Answer.of(commit.submit("schedule-1", "a"));

        assertEquals(List.of("a"), database.alone);
        assertTrue(database.batches.isEmpty());
        database.answerAlone(0);
        assertEquals("A", answer.get());
    }

    @Test
    void writesArrivingWhileOneIsInFlightGoTogetherNextEachWithItsOwnAnswer() {
        Answer first = Answer.of(commit.submit("schedule-1", "a"));
        Answer second = Answer.of(commit.submit("schedule-1", "b"));
        Answer third = Answer.of(commit.submit("schedule-1", "c"));

        assertTrue(database.batches.isEmpty(), "nothing more goes while a write of the key is in flight");
        assertNull(second.get());
        database.answerAlone(0);

        assertEquals("A", first.get());
        assertEquals(List.of(List.of("b", "c")), database.batches);
        database.answerBatch(0);
        assertEquals("B", second.get());
        assertEquals("C", third.get());
    }

    @Test
    void writesOfAnotherKeyDoNotWaitForABatchInFlight() {
        Answer first = Answer.of(commit.submit("schedule-1", "a"));
        Answer other = Answer.of(commit.submit("schedule-2", "x"));

        assertEquals(List.of("a", "x"), database.alone);
        database.answerAlone(1);
        assertEquals("X", other.get());
        assertNull(first.get());
    }

    @Test
    void aBatchTakesAtMostItsLimitAndTheRestGoNext() {
        Answer.of(commit.submit("schedule-1", "a"));
        List<Answer> waiting = new ArrayList<>();
        for (String write : List.of("b", "c", "d", "e")) {
            waiting.add(Answer.of(commit.submit("schedule-1", write)));
        }
        database.answerAlone(0);
        assertEquals(List.of(List.of("b", "c", "d")), database.batches);

        database.answerBatch(0);
        assertEquals(List.of("a", "e"), database.alone, "the one left over goes alone");
        database.answerAlone(1);
        assertEquals(List.of("B", "C", "D", "E"), waiting.stream().map(Answer::get).toList());
    }

    @Test
    void whatWaitsGoesAsSoonAsTheStatementIsAnsweredBeforeItsCallersHearOfIt() {
        AtomicReference<List<List<String>>> batchesWhenAHeard = new AtomicReference<>();
        commit.submit("schedule-1", "a").subscribe().with(answer -> batchesWhenAHeard.set(List.copyOf(database.batches)));
        AtomicReference<List<String>> aloneWhenBHeard = new AtomicReference<>();
        commit.submit("schedule-1", "b").subscribe().with(answer -> aloneWhenBHeard.set(List.copyOf(database.alone)));
        Answer c = Answer.of(commit.submit("schedule-1", "c"));

        database.answerAlone(0);
        assertEquals(List.of(List.of("b", "c")), batchesWhenAHeard.get(),
                "the batch waiting behind a write alone was sent before that write's caller was answered");

        Answer d = Answer.of(commit.submit("schedule-1", "d"));
        database.answerBatch(0);
        assertEquals(List.of("a", "d"), aloneWhenBHeard.get(),
                "the write waiting behind a batch was sent before the batch's callers were answered");
        assertEquals("C", c.get());
        database.answerAlone(1);
        assertEquals("D", d.get());
    }

    /** "a" written alone; "b" and "c", which arrived meanwhile, sent as one batch (not yet answered). */
    private List<Answer> batchOfBAndCSent() {
        Answer.of(commit.submit("schedule-1", "a"));
        List<Answer> answers = List.of(Answer.of(commit.submit("schedule-1", "b")),
                Answer.of(commit.submit("schedule-1", "c")));
        database.answerAlone(0);
        assertEquals(List.of(List.of("b", "c")), database.batches);
        return answers;
    }

    @Test
    void aFailedBatchIsWrittenOneByOneSoOnlyTheBadWriteFails() {
        List<Answer> sent = batchOfBAndCSent();
        Answer good = sent.get(0);
        Answer bad = sent.get(1);

        database.batchAnswers.get(0).completeExceptionally(new IllegalStateException("unique violation in one item"));
        assertEquals(List.of("a", "b"), database.alone, "the batch's writes are tried alone, one after another");
        database.answerAlone(1);
        assertEquals("B", good.get());

        assertEquals(List.of("a", "b", "c"), database.alone);
        database.aloneAnswers.get(2).completeExceptionally(new IllegalStateException("unique violation"));
        assertInstanceOf(IllegalStateException.class, bad.get());
    }

    @Test
    void aCallerFailingOnItsAnswerNeverMakesAWrittenBatchBeWrittenAgain() {
        Answer.of(commit.submit("schedule-1", "a"));
        commit.submit("schedule-1", "b").subscribe().with(answer -> {
            throw new IllegalStateException("the caller's own mistake");
        });
        Answer c = Answer.of(commit.submit("schedule-1", "c"));
        database.answerAlone(0);

        database.answerBatch(0);
        assertEquals("C", c.get());
        assertEquals(List.of("a"), database.alone, "nothing written again");
        assertEquals(1, database.batches.size());
        assertEquals(0, commit.lanes());
    }

    @Test
    void aWriteABatchLeftUnansweredFailsAndIsNotWrittenAgain() {
        List<Answer> sent = batchOfBAndCSent();
        Answer b = sent.get(0);
        Answer c = sent.get(1);

        // The statement ran: writing its writes again could write one twice.
        database.batchAnswers.get(0).complete(java.util.Arrays.asList("B", null));
        assertEquals("B", b.get());
        assertInstanceOf(IllegalStateException.class, c.get());
        assertEquals(List.of("a"), database.alone);
        assertEquals(0, commit.lanes());
    }

    @Test
    void aKeyWithNothingInFlightLeavesNoLaneBehind() {
        Answer.of(commit.submit("schedule-1", "a"));
        Answer.of(commit.submit("schedule-1", "b"));
        assertEquals(1, commit.lanes());

        database.answerAlone(0);
        database.answerAlone(1);
        assertEquals(0, commit.lanes());

        Answer later = Answer.of(commit.submit("schedule-1", "c"));
        assertEquals(List.of("a", "b", "c"), database.alone, "a later write finds the key idle again");
        database.answerAlone(2);
        assertEquals("C", later.get());
    }

    @Test
    void eachCallerIsAnsweredOnItsOwnContext() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            // Two event loop contexts, each on the group's next loop (getOrCreateContext would give this thread's one).
            Context callers = ((io.vertx.core.impl.VertxInternal) vertx).createEventLoopContext();
            Context database = ((io.vertx.core.impl.VertxInternal) vertx).createEventLoopContext();
            CompletableFuture<String> callersThread = new CompletableFuture<>();
            CompletableFuture<String> answeredOn = new CompletableFuture<>();
            CompletableFuture<String> statement = new CompletableFuture<>();
            GroupCommit<String, String, String> onContexts = new GroupCommit<>(
                    writes -> Uni.createFrom().failure(new AssertionError("no batch expected")),
                    write -> Uni.createFrom().completionStage(statement), 8);

            callers.runOnContext(ignored -> {
                callersThread.complete(Thread.currentThread().getName());
                onContexts.submit("schedule-1", "a").subscribe().with(
                        answer -> answeredOn.complete(Thread.currentThread().getName()), answeredOn::completeExceptionally);
            });
            String callerThread = callersThread.get(10, TimeUnit.SECONDS);
            // The statement's answer arrives on another event loop, as a pooled connection's does.
            CompletableFuture<String> databaseThread = new CompletableFuture<>();
            database.runOnContext(ignored -> {
                databaseThread.complete(Thread.currentThread().getName());
                statement.complete("A");
            });

            assertNotEquals(callerThread, databaseThread.get(10, TimeUnit.SECONDS), "two event loops");
            assertEquals(callerThread, answeredOn.get(10, TimeUnit.SECONDS));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
