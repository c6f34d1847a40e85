package com.backrelief.coach.handlers.common;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.StoredProgress;
import com.backrelief.coach.persistence.ProgressCodec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The progress a session carries in its attributes: what it last knew to be stored ({@code base},
 * at {@code version}) and what it has now ({@code current}). While they differ, a change waits to
 * be written; it is merged onto the stored record when written, so a session that could not read
 * the store (version unknown, base a fresh start) never overwrites what is there.
 *
 * <p>Kept as the attribute {@value UserProgress#SESSION_KEY}: the fields of {@code current}, plus
 * {@value #VERSION} when known and {@value #BASE} (the fields of {@code base}) while a change waits.
 */
record SessionCopy(Progress base, long version, Progress current) {

    /** The version of a record this session could not read. */
    static final long UNKNOWN = -1;
    /** Nothing read yet: a fresh start, to be laid over whatever the store turns out to hold. */
    static final SessionCopy UNREAD = new SessionCopy(Progress.NEW, UNKNOWN, Progress.NEW);

    static final String VERSION = "version";
    static final String BASE = "base";

    static SessionCopy of(StoredProgress stored) {
        return new SessionCopy(stored.progress(), stored.version(), stored.progress());
    }

    boolean pending() {
        return !current.equals(base);
    }

    boolean versionKnown() {
        return version != UNKNOWN;
    }

    StoredProgress stored() {
        return new StoredProgress(base, version);
    }

    SessionCopy changedTo(Progress progress) {
        return new SessionCopy(base, version, progress);
    }

    /** This session's change, laid over the record as it is stored now. */
    SessionCopy rebasedOn(StoredProgress stored) {
        return new SessionCopy(stored.progress(), stored.version(), Progress.merge(base, current, stored.progress()));
    }

    Map<String, Object> toAttribute() {
        Map<String, Object> attribute = new LinkedHashMap<>(ProgressCodec.toMap(current));
        if (versionKnown()) {
            attribute.put(VERSION, version);
        }
        if (pending()) {
            attribute.put(BASE, ProgressCodec.toMap(base));
        }
        return attribute;
    }

    /** The copy in a session attribute; read leniently, as anything in a request may be damaged. */
    @SuppressWarnings("unchecked")
    static Optional<SessionCopy> fromAttribute(Object attribute) {
        if (!(attribute instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        Progress current = ProgressCodec.fromMap((Map<String, ?>) map);
        Progress base = map.get(BASE) instanceof Map<?, ?> baseMap ? ProgressCodec.fromMap((Map<String, ?>) baseMap) : current;
        long version = map.get(VERSION) instanceof Number number && number.longValue() >= 0 ? number.longValue() : UNKNOWN;
        return Optional.of(new SessionCopy(base, version, current));
    }
}
