package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.StretchSession;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.common.UserProgress;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/**
 * "No" to one of the coach's own questions (only those): not yet means pause; no to picking up
 * offers a fresh start; no to that lets the old place go; no after a stopped exercise ends for today.
 */
public final class CoachNoIntentHandler implements RequestHandler {

    private final RoutineCoach coach;

    public CoachNoIntentHandler(RoutineCoach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "AMAZON.NoIntent") && PendingQuestion.isOurs(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (PendingQuestion.is(input, PendingQuestion.CHECK_IN)) {
            Speech again = RoutineReplies.checkInAgain(null);
            return Answer.ask(input, Speech.of("Just tell me in a word.").then(again), again);
        }
        if (PendingQuestion.is(input, PendingQuestion.OFFER)) {
            return declineOffer(input);
        }
        Optional<StretchSession> session = coach.session(input);
        if (session.isEmpty()) {
            PendingQuestion.clear(input);
            return Answer.ask(input, Speech.of("Okay.").then(CommonReplies.whatNext()), CommonReplies.whatNext());
        }
        if (PendingQuestion.is(input, PendingQuestion.STOPPED)) {
            PendingQuestion.clear(input);
            return Answer.tell(input, RoutineReplies.stoppedForToday());
        }
        if (PendingQuestion.is(input, PendingQuestion.PAUSED)) {
            PendingQuestion.clear(input);
            return Answer.tell(input, RoutineReplies.placeSavedGoodbye(CoachingReplies.the(session.get().exercise())));
        }
        return coach.answer(input, session.get().pause());
    }

    private Optional<Response> declineOffer(HandlerInput input) {
        Optional<PendingQuestion.Offer> offer = PendingQuestion.offer(input);
        Optional<Routine> routine = offer.flatMap(o -> coach.catalogue().routine(o.routineId()));
        if (routine.isPresent() && offer.get().step() > 0) {
            return coach.offer(input, Speech.empty(), routine.get(), 0, RoutineReplies.fromTheBeginningOffer(routine.get()));
        }
        String declined = offer.map(PendingQuestion.Offer::routineId).orElse("");
        UserProgress.of(input).update(progress -> progress.savedPlace()
                .filter(place -> place.routineId().equals(declined)).isPresent() ? progress.withoutPlace() : progress);
        PendingQuestion.clear(input);
        return Answer.ask(input, Speech.of("Okay.").then(CommonReplies.whatNext()), CommonReplies.whatNext());
    }
}
