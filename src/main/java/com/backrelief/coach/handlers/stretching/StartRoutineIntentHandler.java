package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.stretching.Pace;
import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.domain.stretching.StretchSession;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** "Do the morning routine", "I have five minutes", "start my stretches": picks a routine and starts it. */
public final class StartRoutineIntentHandler implements RequestHandler {

    public static final String INTENT = "StartRoutineIntent";
    public static final String ROUTINE_SLOT = "routine";
    public static final String MINUTES_SLOT = "minutes";

    private final RoutineCoach coach;

    public StartRoutineIntentHandler(RoutineCoach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        StretchCatalogue catalogue = coach.catalogue();
        Optional<String> spoken = Requests.spoken(input, ROUTINE_SLOT);
        Optional<Routine> named = Requests.resolvedId(input, ROUTINE_SLOT).flatMap(catalogue::routine)
                .or(() -> spoken.flatMap(catalogue::findRoutineByName));
        Routine fallback = coach.defaultRoutine();
        if (named.isPresent()) {
            return start(input, named.get(), Speech.empty());
        }
        if (spoken.isPresent()) {
            return coach.offer(input, RoutineReplies.unknownRoutine(catalogue), fallback, 0,
                    RoutineReplies.startOffer(fallback));
        }
        Optional<Integer> minutes = minutes(input);
        if (minutes.isPresent()) {
            Pace pace = coach.pace(input);
            Routine fits = catalogue.routineFor(minutes.get(), pace);
            return start(input, fits, RoutineReplies.fits(minutes.get(), fits, coach.plan(fits).minutes(pace)));
        }
        return start(input, fallback, Speech.of("I'll start you on the " + fallback.name() + " routine.")
                .then(RoutineReplies.otherRoutines(catalogue, fallback)));
    }

    private Optional<Response> start(HandlerInput input, Routine routine, Speech preface) {
        return coach.answer(input, StretchSession.start(coach.plan(routine), coach.pace(input)), preface);
    }

    private static Optional<Integer> minutes(HandlerInput input) {
        try {
            return Requests.spoken(input, MINUTES_SLOT).map(value -> Integer.parseInt(value.strip())).filter(m -> m > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
