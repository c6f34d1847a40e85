package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.RoutinePlan;
import com.backrelief.coach.domain.stretching.StretchSession;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** "Yes" to one of the coach's own questions (only those): carry on, resume, or take up an offered routine. */
public final class CoachYesIntentHandler implements RequestHandler {

    private final RoutineCoach coach;

    public CoachYesIntentHandler(RoutineCoach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "AMAZON.YesIntent") && PendingQuestion.isOurs(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (PendingQuestion.is(input, PendingQuestion.CHECK_IN)) {
            Speech again = RoutineReplies.checkInAgain(null);
            return Answer.ask(input, Speech.of("Just tell me in a word.").then(again), again);
        }
        if (PendingQuestion.is(input, PendingQuestion.OFFER)) {
            return takeOffer(input);
        }
        if (PendingQuestion.is(input, PendingQuestion.STOPPED)) {
            // After pain, yes is no choice: never carry on with the exercise that hurt unasked.
            Speech which = CoachingReplies.afterStopping();
            return Answer.ask(input, Speech.of("Just tell me which.").then(which), which);
        }
        Optional<StretchSession> session = coach.session(input);
        if (session.isEmpty()) {
            return coach.noRoutine(input);
        }
        // After an aside, yes picks up the exercise the aside interrupted, as after a pause.
        boolean paused = PendingQuestion.is(input, PendingQuestion.PAUSED) || PendingQuestion.is(input, PendingQuestion.CARRY_ON);
        return coach.answer(input, paused ? session.get().resume() : session.get().next());
    }

    private Optional<Response> takeOffer(HandlerInput input) {
        Optional<PendingQuestion.Offer> offer = PendingQuestion.offer(input);
        Optional<Routine> routine = offer.flatMap(o -> coach.catalogue().routine(o.routineId()));
        if (routine.isEmpty()) {
            return coach.noRoutine(input);
        }
        RoutinePlan plan = coach.plan(routine.get());
        int step = offer.get().step();
        return coach.answer(input, step > 0 ? StretchSession.pickUp(plan, step, coach.pace(input))
                : StretchSession.start(plan, coach.pace(input)));
    }
}
