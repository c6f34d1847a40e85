package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import java.util.Map;

/** How many times an exercise has hurt in this session (fact sheet 3.5: a second report ends today's routine). */
final class PainReports {

    static final String KEY = "painReports";

    private PainReports() {
    }

    /** Counts one more report and returns how many there have been this session. */
    static int add(HandlerInput input) {
        Map<String, Object> session = SessionAttributes.of(input);
        int reports = (session.get(KEY) instanceof Number n ? n.intValue() : 0) + 1;
        session.put(KEY, reports);
        return reports;
    }
}
