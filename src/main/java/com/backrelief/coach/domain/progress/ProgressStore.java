package com.backrelief.coach.domain.progress;

import java.util.OptionalLong;

/**
 * Where each person's {@link Progress} is kept between sessions (the port; adapters implement it).
 * Writes are conditional on the version read, so two devices never overwrite each other's change
 * unseen ({@link ProgressSync} merges and retries). A store that cannot be reached throws
 * {@link Unavailable}, never its technology's own exceptions.
 */
public interface ProgressStore {

    /** The person's record, or {@link StoredProgress#NONE} for someone never saved. */
    StoredProgress load(String userId);

    /**
     * Writes {@code progress} if the record is still at {@code expectedVersion}
     * ({@link StoredProgress#ABSENT}: there is none yet).
     *
     * @return the record's new version, or empty when someone else wrote first
     */
    OptionalLong write(String userId, Progress progress, long expectedVersion);

    /**
     * Writes as {@link #write(String, Progress, long)} does, leaving {@code writeToken} in the record,
     * so that a write whose answer never came can be found there later ({@link #holdsWrite}).
     */
    default OptionalLong write(String userId, Progress progress, long expectedVersion, String writeToken) {
        return write(userId, progress, expectedVersion);
    }

    /**
     * Whether one of the record's latest writes was made with {@code writeToken}. A store whose every
     * write is answered (nothing is applied without its answer arriving) never needs to be asked.
     */
    default boolean holdsWrite(String userId, String writeToken) {
        return false;
    }

    /** Forgets the person entirely (the skill was disabled). */
    void delete(String userId);

    /** The store did not answer in time, refused, or failed: the caller carries on without it. */
    final class Unavailable extends RuntimeException {

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
