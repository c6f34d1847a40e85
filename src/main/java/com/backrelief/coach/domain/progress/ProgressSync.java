package com.backrelief.coach.domain.progress;

import java.util.Optional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Writes one session's change to the store without losing anyone else's: when another device
 * wrote since the session read ({@code base}), the record is read again, the change merged onto
 * it ({@link Progress#merge}) and the write tried again, a bounded number of times with a short
 * random pause between tries.
 */
public final class ProgressSync {

    /** Tries in all, the first included. */
    public static final int MAX_ATTEMPTS = 8;

    /** Waits a little before the next try, so two devices do not collide again at once. */
    @FunctionalInterface
    public interface Backoff {

        void pause(int attempt);

        /** 5 ms plus a random share of 10 ms per try made: at most about 0.3 s over all tries. */
        static Backoff jittered() {
            return attempt -> {
                try {
                    TimeUnit.MILLISECONDS.sleep(5 + ThreadLocalRandom.current().nextLong(10L * attempt + 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
        }
    }

    /**
     * What was written.
     *
     * @param stored the record as written, with its new version
     * @param merged another device's change was merged in first
     */
    public record Written(StoredProgress stored, boolean merged) {
    }

    /**
     * A write whose answer never came (the store could not be reached after it was sent): it may be
     * stored or not, and the record tells by its {@code token}. {@code mine} is the session's progress
     * it was meant to store.
     */
    public record Unanswered(String token, Progress mine) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token for one save: 72 random bits, 12 characters, so the record keeps many of them cheaply. */
    static String newToken() {
        byte[] bits = new byte[9];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    private final ProgressStore store;
    private final Backoff backoff;

    public ProgressSync(ProgressStore store, Backoff backoff) {
        this.store = store;
        this.backoff = backoff;
    }

    /**
     * Writes {@code mine}, which this session made from {@code base}. Asks {@code mayCall} before
     * every call to the store, so the caller can stop when its time is up.
     *
     * @return what was written, or empty when it was not (still contended, no time left, or the
     *         person disabled the skill since {@code base} was read): the caller keeps the change
     * @throws ProgressStore.Unavailable when the store cannot be reached
     */
    public Optional<Written> save(String userId, StoredProgress base, Progress mine, BooleanSupplier mayCall) {
        return save(userId, base, mine, mayCall, null, unanswered -> { });
    }

    /**
     * As {@link #save(String, StoredProgress, Progress, BooleanSupplier)}; when a write fails without
     * an answer, {@code unanswered} is told which before the failure is thrown, so the caller can
     * find out later whether it landed ({@link ProgressStore#holdsWrite}) instead of writing it twice.
     * {@code earlier} is such a write from before that was not in the record when last asked: when
     * another write meets a change first, the record is asked again, as it may have landed since.
     */
    public Optional<Written> save(String userId, StoredProgress base, Progress mine, BooleanSupplier mayCall,
                                  Unanswered earlier, Consumer<Unanswered> unanswered) {
        Unanswered outstanding = earlier;
        Progress from = base.progress();
        Progress next = mine;
        long expected = base.version();
        String token = newToken();
        for (int attempt = 1; mayCall.getAsBoolean(); attempt++) {
            OptionalLong version;
            try {
                version = store.write(userId, next, expected, token);
            } catch (ProgressStore.Unavailable e) {
                unanswered.accept(new Unanswered(token, mine));
                throw e;
            }
            if (version.isPresent()) {
                return Optional.of(new Written(new StoredProgress(next, version.getAsLong()), attempt > 1));
            }
            if (attempt == MAX_ATTEMPTS) {
                break;
            }
            backoff.pause(attempt);
            if (!mayCall.getAsBoolean()) {
                break;
            }
            StoredProgress theirs = store.load(userId);
            if (theirs.closed()) {
                // The person disabled the skill since this session read: its change is not laid over that.
                return Optional.empty();
            }
            if (outstanding != null && store.holdsWrite(userId, outstanding.token())) {
                // The earlier write landed late: what it stored is not laid over the record again.
                from = outstanding.mine();
                outstanding = null;
            }
            next = Progress.merge(from, mine, theirs.progress());
            if (next.equals(theirs.progress()) && !theirs.outdated()) {
                // The record already holds this session's change (another device made the same one): nothing to write.
                return Optional.of(new Written(theirs, true));
            }
            expected = theirs.version();
        }
        return Optional.empty();
    }
}
