package com.backrelief.coach.handlers.lifecycle;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.UserProgress;
import com.backrelief.coach.handlers.stretching.RoutineCoach;
import com.backrelief.coach.speech.Speech;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * "Open back relief coach": a welcome that differs for a first visit and a return, and an offer to
 * pick up a routine where the person stopped.
 */
public final class LaunchHandler implements RequestHandler {

    private final Clock clock;
    private final RoutineCoach coach;

    public LaunchHandler(Clock clock, RoutineCoach coach) {
        this.clock = clock;
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof LaunchRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        UserProgress progress = UserProgress.of(input);
        Progress before = progress.get();
        progress.update(p -> p.visited(LocalDate.now(clock)));
        Speech welcome = WelcomeReplies.welcome(before);
        return coach.offerOnLaunch(input, before, welcome)
                .or(() -> Answer.ask(input, welcome.then(CommonReplies.whatNext()), CommonReplies.whatNext()));
    }
}
