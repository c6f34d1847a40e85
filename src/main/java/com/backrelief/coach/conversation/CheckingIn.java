package com.backrelief.coach.conversation;

/** "Does your back feel better, the same, or worse?": a bare yes or no asks for the word. */
public record CheckingIn() implements RoutineQuestion {

    public static final String NAME = "checking-in";

    @Override
    public String name() {
        return NAME;
    }
}
