package com.backrelief.coach.conversation;

/** "Shall we carry on now?" with the routine paused: yes resumes, no saves the place and says goodbye. */
public record Paused() implements RoutineQuestion {

    public static final String NAME = "paused";

    @Override
    public String name() {
        return NAME;
    }
}
