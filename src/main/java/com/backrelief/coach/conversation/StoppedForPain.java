package com.backrelief.coach.conversation;

/** "Skip this one, try an easier version, or stop for today?" after pain: yes asks which (never carries on unasked), no stops for today. */
public record StoppedForPain() implements RoutineQuestion {

    public static final String NAME = "stopped-for-pain";

    @Override
    public String name() {
        return NAME;
    }
}
