package com.backrelief.coach.handlers.safety;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.safety.Tier;
import com.backrelief.coach.handlers.common.UserProgress;
import com.backrelief.coach.logging.RequestLog;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What safety leaves in the session: whatever the coach was doing (a routine, a dialog) is dropped,
 * and a reported red flag is remembered by its tier until the session ends, never longer.
 */
public final class SafetyState {

    /** Session attribute with the tier name of a red flag reported in this session (never stored). */
    public static final String RED_FLAG_KEY = "redFlag";

    /** Said earlier in the session, and changing how later words are read: pregnant, under 16 (never stored). */
    public static final String SAID_PREGNANT = "saidPregnant";
    public static final String SAID_UNDER_16 = "saidUnder16";

    private static final Set<String> KEPT = Set.of(UserProgress.SESSION_KEY, RED_FLAG_KEY, SAID_PREGNANT, SAID_UNDER_16);

    private SafetyState() {
    }

    /**
     * The most urgent red flag's tier reported in this session, so advice can hold back (fact sheet rule R0:
     * no heat or ice advice after a red flag).
     */
    public static Optional<Tier> reportedTier(HandlerInput input) {
        Object tier = session(input).map(attributes -> attributes.get(RED_FLAG_KEY)).orElse(null);
        try {
            return tier instanceof String name ? Optional.of(Tier.named(name)) : Optional.empty();
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Stops the current activity: drops every session attribute but the progress cache and the red-flag tier. */
    static void stopActivity(HandlerInput input) {
        session(input).ifPresent(attributes -> attributes.keySet().removeIf(key -> !KEPT.contains(key)));
    }

    /**
     * After an emergency: the activity stops, and the saved progress drops what must not be offered
     * again without a check (a routine to resume).
     */
    public static void afterEmergency(HandlerInput input) {
        RequestLog.current().redFlag(Tier.EMERGENCY.contentName());
        session(input).ifPresent(attributes -> attributes.keySet().removeIf(key -> !UserProgress.SESSION_KEY.equals(key)));
        try {
            UserProgress.of(input).update(Progress::afterEmergency);
        } catch (RuntimeException storageUnavailable) {
            // The emergency answer must never depend on the progress store being reachable.
            RequestLog.current().error(storageUnavailable);
        }
    }

    /** Keeps the most urgent tier reported in this session. */
    static void remember(HandlerInput input, Tier tier) {
        RequestLog.current().redFlag(tier.contentName());
        Optional<Tier> earlier = reportedTier(input);
        if (earlier.isPresent() && earlier.get().moreUrgentThan(tier)) {
            return;
        }
        session(input).ifPresent(attributes -> attributes.put(RED_FLAG_KEY, tier.contentName()));
    }

    private static Optional<Map<String, Object>> session(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(input.getAttributesManager().getSessionAttributes());
    }
}
