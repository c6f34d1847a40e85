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

    /** Forgets the person entirely (the skill was disabled). */
    void delete(String userId);

    /** The store did not answer in time, refused, or failed: the caller carries on without it. */
    final class Unavailable extends RuntimeException {

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
