package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.StretchSession;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.common.UserProgress;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** "How am I doing": routines finished, the current streak of days in a row, and the longest. */
public final class HowAmIDoingIntentHandler implements RequestHandler {

    private final RoutineCoach coach;

    public HowAmIDoingIntentHandler(RoutineCoach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "HowAmIDoingIntent");
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech tally = RoutineReplies.tally(UserProgress.of(input).get(), coach.today(input));
        Optional<StretchSession> session = coach.session(input);
        if (session.isPresent()) {
            Speech carryOn = CoachingReplies.moveOnOrRepeat(session.get().block());
            PendingQuestion.ask(input, PendingQuestion.CONTINUE);
            return Answer.ask(input, tally.then(carryOn), carryOn);
        }
        Routine routine = coach.defaultRoutine();
        return coach.offer(input, tally, routine, 0, RoutineReplies.startOffer(routine));
    }
}
