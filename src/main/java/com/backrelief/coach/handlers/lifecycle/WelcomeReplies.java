package com.backrelief.coach.handlers.lifecycle;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.speech.Speech;

/** Greetings: the full one with the disclaimer the first time, a shorter one after that. */
final class WelcomeReplies {

    private WelcomeReplies() {
    }

    static Speech welcome(Progress before) {
        if (!before.isReturning()) {
            return Speech.of("Welcome to Back Relief Coach.").then(CommonReplies.shortDisclaimer());
        }
        return Speech.of(before.visits() == 1 ? "Welcome back. Good to hear from you again." : "Welcome back.");
    }
}
