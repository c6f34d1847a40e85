package com.backrelief.coach.handlers.common;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.ProgressSync;
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
 * <p>A write whose answer never came is kept as {@code unanswered} until a later turn finds out from
 * the record whether it landed, so it is never applied twice.
 *
 * <p>Kept as the attribute {@value UserProgress#SESSION_KEY}: the fields of {@code current}, plus
 * {@value #VERSION} when known, {@value #BASE} (the fields of {@code base}) while a change waits, and
 * {@value #UNANSWERED} (the write's token and the fields it was meant to store) while one is unsettled.
 */
record SessionCopy(Progress base, long version, Progress current, ProgressSync.Unanswered unanswered) {

    /** The version of a record this session could not read. */
    static final long UNKNOWN = -1;
    /** Nothing read yet: a fresh start, to be laid over whatever the store turns out to hold. */
    static final SessionCopy UNREAD = new SessionCopy(Progress.NEW, UNKNOWN, Progress.NEW);

    static final String VERSION = "version";
    static final String BASE = "base";
    static final String UNANSWERED = "unanswered";
    static final String TOKEN = "token";
    static final String MINE = "progress";

    SessionCopy(Progress base, long version, Progress current) {
        this(base, version, current, null);
    }

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
        return new SessionCopy(base, version, progress, unanswered);
    }

    /** This session's change, laid over the record as it is stored now. */
    SessionCopy rebasedOn(StoredProgress stored) {
        return new SessionCopy(stored.progress(), stored.version(), Progress.merge(base, current, stored.progress()), unanswered);
    }

    /** A write just sent got no answer: it may have landed. */
    SessionCopy withUnanswered(ProgressSync.Unanswered write) {
        return new SessionCopy(base, version, current, write);
    }

    /**
     * The unanswered write landed: what it stored is this session's base now, and the record is read
     * again (version unknown) before anything more is written.
     */
    SessionCopy unansweredLanded() {
        return new SessionCopy(unanswered.mine(), UNKNOWN, current, null);
    }



    Map<String, Object> toAttribute() {
        Map<String, Object> attribute = new LinkedHashMap<>(ProgressCodec.toMap(current));
        if (versionKnown()) {
            attribute.put(VERSION, version);
        }
        if (pending()) {
            attribute.put(BASE, ProgressCodec.toMap(base));
        }
        if (unanswered != null) {
            attribute.put(UNANSWERED, Map.of(TOKEN, unanswered.token(), MINE, ProgressCodec.toMap(unanswered.mine())));
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
        ProgressSync.Unanswered unanswered = null;
        if (map.get(UNANSWERED) instanceof Map<?, ?> write && write.get(TOKEN) instanceof String token && !token.isBlank()
                && write.get(MINE) instanceof Map<?, ?> mine) {
            unanswered = new ProgressSync.Unanswered(token, ProgressCodec.fromMap((Map<String, ?>) mine));
        }
        return Optional.of(new SessionCopy(base, version, current, unanswered));
    }
}
