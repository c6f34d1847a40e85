package com.backrelief.coach.handlers.common;

import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.domain.progress.ProgressSync;
import com.backrelief.coach.domain.progress.StoredProgress;
import com.backrelief.coach.logging.RequestLog;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One turn's calls to the progress store, kept inside Alexa's 8 seconds: after a call fails none
 * follows in the same turn, and none starts later than {@link #LAST_CALL_START} into the turn
 * (each DynamoDB call ends within its own 2.5 s limit). A failure is noted in the request's log
 * line and reported as empty: the turn goes on from the session's copy.
 */
final class TurnStorage {

    /** With DynamoDB's 2.5 s call timeout, storage is over within 5.5 s of the turn's start. */
    static final Duration LAST_CALL_START = Duration.ofSeconds(3);

    private final ProgressStore store;
    private final ProgressSync sync;
    private final long startNanos = System.nanoTime();
    private boolean failed;

    TurnStorage(ProgressStore store, ProgressSync sync) {
        this.store = store;
        this.sync = sync;
    }

    /** The stored record, or empty when the store could not be read this turn. */
    Optional<StoredProgress> read(String userId) {
        if (!mayCall()) {
            return Optional.empty();
        }
        try {
            return Optional.of(store.load(userId));
        } catch (ProgressStore.Unavailable e) {
            return unavailable();
        }
    }

    /** Whether the record holds the write made with {@code token}; empty when the store could not be asked this turn. */
    Optional<Boolean> holdsWrite(String userId, String token) {
        if (!mayCall()) {
            return Optional.empty();
        }
        try {
            return Optional.of(store.holdsWrite(userId, token));
        } catch (ProgressStore.Unavailable e) {
            return unavailable();
        }
    }

    /**
     * Writes the session's change merged with any other; empty when it must wait for a later turn.
     * A write that got no answer is handed to {@code unanswered}.
     */
    Optional<ProgressSync.Written> write(String userId, SessionCopy copy, Consumer<ProgressSync.Unanswered> unanswered) {
        try {
            Optional<ProgressSync.Written> written = sync.save(userId, copy.stored(), copy.current(), this::mayCall,
                    copy.unanswered(), unanswered);
            if (written.isEmpty()) {
                RequestLog.current().storage("pending");
            } else if (written.get().merged()) {
                RequestLog.current().storage("merged");
            }
            return written;
        } catch (ProgressStore.Unavailable e) {
            return unavailable();
        }
    }

    private boolean mayCall() {
        return !failed && System.nanoTime() - startNanos < LAST_CALL_START.toNanos();
    }

    private <T> Optional<T> unavailable() {
        failed = true;
        RequestLog.current().storage("unavailable");
        return Optional.empty();
    }
}
