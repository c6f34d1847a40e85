package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.Pace;
import com.backrelief.coach.domain.stretching.RoutinePlan;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.domain.stretching.StretchSession;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link StretchSession} as a plain map for session attributes: the routine id and the place,
 * never the routine itself. Reading is lenient: anything unreadable means no routine in progress.
 */
public final class StretchSessionCodec {

    static final String ROUTINE = "id";
    static final String STEP = "step";
    static final String PART = "part";
    static final String PACE = "pace";
    static final String PAUSED = "paused";

    private StretchSessionCodec() {
    }

    public static Map<String, Object> toMap(StretchSession session) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(ROUTINE, session.routineId());
        map.put(STEP, session.step());
        map.put(PART, session.part());
        map.put(PACE, session.pace().name());
        map.put(PAUSED, session.paused());
        return map;
    }

    public static Optional<StretchSession> fromMap(Object value, StretchCatalogue catalogue) {
        if (!(value instanceof Map<?, ?> map) || !(map.get(ROUTINE) instanceof String id)) {
            return Optional.empty();
        }
        return catalogue.routine(id).map(routine -> new StretchSession(RoutinePlan.of(routine, catalogue),
                number(map.get(STEP)), number(map.get(PART)),
                Pace.parse(map.get(PACE) instanceof String pace ? pace : null, Pace.NORMAL),
                Boolean.TRUE.equals(map.get(PAUSED))));
    }

    private static int number(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }
}
