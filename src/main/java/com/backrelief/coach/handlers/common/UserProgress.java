package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.persistence.ProgressCodec;

import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One person's progress during one request. Read from the store at most once per session (the
 * copy then travels in session attributes), and saved by {@link ProgressInterceptor} only when a
 * handler changed it.
 */
public final class UserProgress {

    static final String REQUEST_KEY = UserProgress.class.getName();
    /** Session attribute holding the copy read at the start of the session. */
    public static final String SESSION_KEY = "progress";

    private final ProgressStore store;
    private final String userId;
    private final Map<String, Object> session;
    private Progress loaded;
    private Progress current;

    UserProgress(ProgressStore store, String userId, Map<String, Object> session) {
        this.store = store;
        this.userId = userId;
        this.session = session;
    }

    /** The progress of the person behind this request. */
    public static UserProgress of(HandlerInput input) {
        Object progress = input.getAttributesManager().getRequestAttributes().get(REQUEST_KEY);
        if (progress == null) {
            throw new IllegalStateException("ProgressInterceptor is not registered");
        }
        return (UserProgress) progress;
    }

    public Progress get() {
        if (current == null) {
            loaded = read();
            current = loaded;
        }
        return current;
    }

    public void update(UnaryOperator<Progress> change) {
        current = Objects.requireNonNull(change.apply(get()));
    }

    boolean changed() {
        return current != null && !current.equals(loaded);
    }

    @SuppressWarnings("unchecked")
    private Progress read() {
        if (session != null && session.get(SESSION_KEY) instanceof Map<?, ?> copy) {
            return ProgressCodec.fromMap((Map<String, ?>) copy);
        }
        Progress progress = userId == null ? Progress.NEW : store.load(userId).orElse(Progress.NEW);
        remember(progress);
        return progress;
    }

    void saveIfChanged() {
        if (!changed()) {
            return;
        }
        if (userId != null) {
            store.save(userId, current);
        }
        loaded = current;
        remember(current);
    }

    private void remember(Progress progress) {
        if (session != null) {
            session.put(SESSION_KEY, ProgressCodec.toMap(progress));
        }
    }
}
