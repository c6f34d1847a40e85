package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.StoredProgress;
import com.backrelief.coach.logging.RequestLog;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One person's progress during one request. Read from the store at most once per session (the
 * copy then travels in session attributes, {@link SessionCopy}), and written by
 * {@link ProgressInterceptor} when it changed, merged with any other device's change. When the
 * store cannot be reached the session goes on from its copy, and the change waits in it for a
 * later turn.
 */
public final class UserProgress {

    static final String REQUEST_KEY = UserProgress.class.getName();
    /** Session attribute holding the session's copy. */
    public static final String SESSION_KEY = "progress";

    private final TurnStorage storage;
    private final String userId;
    private final Map<String, Object> session;
    private SessionCopy copy;
    private boolean carriedPending;
    private boolean rewrite;
    /** This turn asked the record about the session's unanswered write. */
    private boolean unansweredAsked;

    UserProgress(TurnStorage storage, String userId, Map<String, Object> session) {
        this.storage = storage;
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
        if (copy == null) {
            open(carried());
        }
        return copy.current();
    }

    public void update(UnaryOperator<Progress> change) {
        Progress changed = Objects.requireNonNull(change.apply(get()));
        copy = copy.changedTo(changed);
    }

    /**
     * Starts from the session's copy, or reads the store when there is none. A copy holding a
     * change that could not be written yet is first laid over the stored record when its version is
     * not known (the store could not be read when the session began).
     */
    private void open(Optional<SessionCopy> carried) {
        copy = carried.orElse(SessionCopy.UNREAD);
        carriedPending = copy.pending();
        settleUnanswered();
        if (carried.isEmpty() || carriedPending) {
            catchUpIfUnknown();
        }
    }

    /**
     * An earlier turn's write that got no answer: the record says whether it landed. If it did, what
     * it stored is the base now (so it is not applied twice); if not, the change still waits, and the
     * write is kept in mind until one lands, in case it arrives late. While the store cannot say,
     * nothing is written.
     */
    private void settleUnanswered() {
        if (copy.unanswered() == null || userId == null || unansweredAsked) {
            return;
        }
        storage.holdsWrite(userId, copy.unanswered().token()).ifPresent(landed -> {
            unansweredAsked = true;
            if (landed) {
                copy = copy.unansweredLanded();
                carriedPending = false;
                RequestLog.current().storage("own-write-recognised");
            }
        });
    }

    private void catchUpIfUnknown() {
        if (copy.versionKnown() || userId == null) {
            return;
        }
        storage.read(userId).ifPresent(stored -> {
            copy = copy.rebasedOn(stored);
            if (stored.outdated()) {
                rewrite = true;
                RequestLog.current().record("repaired");
            }
        });
    }

    void saveIfChanged() {
        if (copy == null) {
            Optional<SessionCopy> carried = carried().filter(SessionCopy::pending);
            if (carried.isEmpty()) {
                return;
            }
            open(carried);
        }
        settleUnanswered();
        if (copy.pending()) {
            catchUpIfUnknown();
        }
        boolean unsettled = copy.unanswered() != null && !unansweredAsked;
        if (userId != null && copy.versionKnown() && !unsettled && (copy.pending() || rewrite)) {
            storage.write(userId, copy, unanswered -> copy = copy.withUnanswered(unanswered)).ifPresent(written -> {
                copy = SessionCopy.of(written.stored());
                if (carriedPending && !written.merged()) {
                    RequestLog.current().storage("caught-up");
                }
            });
        }
        if (session != null) {
            session.put(SESSION_KEY, copy.toAttribute());
        }
    }

    private Optional<SessionCopy> carried() {
        return session == null ? Optional.empty() : SessionCopy.fromAttribute(session.get(SESSION_KEY));
    }
}
