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
 */
public record StoredProgress(Progress progress, long version, boolean outdated) {

    /** The version of a record that does not exist (yet). */
    public static final long ABSENT = 0;

    public static final StoredProgress NONE = new StoredProgress(Progress.NEW, ABSENT, false);

    public StoredProgress(Progress progress, long version) {
        this(progress, version, false);
    }
}
