package com.backrelief.coach;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.handlers.builtin.FallbackIntentHandler;
import com.backrelief.coach.handlers.builtin.HelpIntentHandler;
import com.backrelief.coach.handlers.builtin.StopIntentHandler;
import com.backrelief.coach.handlers.common.CatchAllHandler;
import com.backrelief.coach.handlers.common.ErrorHandler;
import com.backrelief.coach.handlers.common.LoggingInterceptor;
import com.backrelief.coach.handlers.common.ProgressInterceptor;
import com.backrelief.coach.handlers.lifecycle.LaunchHandler;
import com.backrelief.coach.handlers.lifecycle.SessionEndedHandler;
import com.backrelief.coach.handlers.lifecycle.SkillDisabledHandler;
import com.backrelief.coach.handlers.stretching.ListStretchesIntentHandler;
import com.backrelief.coach.handlers.stretching.StretchInfoIntentHandler;

import java.time.Clock;

/**
 * The skill's table of contents: every handler, in the order they are tried. The first whose
 * {@code canHandle} says yes answers, so the order is behaviour: safety first, the catch-all last.
 */
public final class CoachSkill {

    /** What the skill needs from the outside world. */
    public record Dependencies(ProgressStore store, StretchCatalogue catalogue, Clock clock) {
    }

    private CoachSkill() {
    }

    public static CustomSkill build(Dependencies deps) {
        ProgressInterceptor progress = new ProgressInterceptor(deps.store());
        return new CustomSkillBuilder()
                .addRequestInterceptor(new LoggingInterceptor())
                .addRequestInterceptor(progress)
                .addRequestHandlers(
                        // what the person came for
                        new StretchInfoIntentHandler(deps.catalogue()),
                        new ListStretchesIntentHandler(deps.catalogue()),
                        // built-ins
                        new HelpIntentHandler(),
                        new StopIntentHandler(),
                        new FallbackIntentHandler(),
                        // lifecycle
                        new LaunchHandler(deps.clock()),
                        new SessionEndedHandler(),
                        new SkillDisabledHandler(deps.store()),
                        // anything else
                        new CatchAllHandler())
                .addResponseInterceptor(progress)
                .addExceptionHandler(new ErrorHandler())
                .build();
    }
}
