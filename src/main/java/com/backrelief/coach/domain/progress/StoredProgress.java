package com.backrelief.coach.domain.progress;

/**
 * A person's progress as the store holds it, with the version that every write raises by one, so
 * a write can tell whether someone else wrote since it read.
 *
 * @param progress what is stored (a fresh start when nothing is)
 * @param version  the record's version; {@link #ABSENT} when there is no record
 * @param outdated the record was not in the current shape (an older or newer schema, missing or
 *                 unreadable fields, too long a history): what could be read is in {@code progress},
 *                 and the record should be written again
 * @param closed   the person disabled the skill: nothing is kept ({@code progress} is a fresh start),
 *                 and a change made before the disable must not be laid over it
 */
public record StoredProgress(Progress progress, long version, boolean outdated, boolean closed) {

    /** The version of a record that does not exist (yet). */
    public static final long ABSENT = 0;

    public static final StoredProgress NONE = new StoredProgress(Progress.NEW, ABSENT, false);

    public StoredProgress(Progress progress, long version, boolean outdated) {
        this(progress, version, outdated, false);
    }

    public StoredProgress(Progress progress, long version) {
        this(progress, version, false);
    }

    /** What is left of someone who disabled the skill, at {@code version}. */
    public static StoredProgress closed(long version) {
        return new StoredProgress(Progress.NEW, version, false, true);
    }
}
