package org.kizuna.store.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.kizuna.metrics.Language;
import org.kizuna.store.WorkspaceException;

/**
 * Answers arriving at the same time, stored together: one thread takes every answer waiting and stores them
 * with {@link SurveyCollection#answerAll} in one transaction, so that a burst pays for one commit rather than
 * one per answer, and answers never contend with each other for the database. Each caller waits until its
 * answer is committed, so an answer is still durable when {@link #answer} returns, and is refused on its own.
 */
public final class AnswerQueue implements AutoCloseable {

    private record Pending(
            SurveyCollection.AnswerRequest request, CompletableFuture<SurveyCollection.AnswerOutcome> outcome) {}

    private final SurveyCollection surveys;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    public AnswerQueue(SurveyCollection surveys) {
        this.surveys = surveys;
        this.writer = new Thread(this::run, "kizuna-answers");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Stores an answer as {@link SurveyCollection#answer} does, together with the answers waiting beside it;
     * returns once it is committed, or throws why it was refused.
     */
    public Answer answer(String token, BigDecimal score, Optional<String> comment, Optional<Language> language) {
        Pending pending = new Pending(
                new SurveyCollection.AnswerRequest(token, score, comment, language), new CompletableFuture<>());
        queue.add(pending);
        if (closed && queue.remove(pending)) {
            throw new WorkspaceException("the server is stopping: the answer was not stored");
        }
        return pending.outcome().join().answer();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            Pending first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (first == null) {
                continue;
            }
            batch.clear();
            batch.add(first);
            queue.drainTo(batch, SurveyCollection.MAX_BATCH - 1);
            List<SurveyCollection.AnswerOutcome> outcomes;
            try {
                outcomes =
                        surveys.answerAll(batch.stream().map(Pending::request).toList());
            } catch (RuntimeException e) {
                outcomes = batch.stream()
                        .map(pending -> new SurveyCollection.AnswerOutcome(null, e))
                        .toList();
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome().complete(outcomes.get(i));
            }
        }
    }

    /** Stores the answers already waiting, then stops taking answers. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
