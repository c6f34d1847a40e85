package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.stretching.StretchSession;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.util.Locale;
import java.util.Optional;

/**
 * "Better", "the same" or "worse" after a routine. Worse ends the exercises for today with advice
 * to see a professional. The answer is about health, so it is never stored or logged.
 */
public final class CheckInIntentHandler implements RequestHandler {

    public static final String SLOT = "feeling";

    private final RoutineCoach coach;

    public CheckInIntentHandler(RoutineCoach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "CheckInIntent");
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<String> feeling = Requests.resolvedId(input, SLOT).or(() -> Requests.spoken(input, SLOT).map(
                CheckInIntentHandler::plain));
        if (feeling.isEmpty() || CheckInReplies.answer(feeling.get()).isEmpty()) {
            PendingQuestion.ask(input, PendingQuestion.CHECK_IN);
            Speech again = RoutineReplies.checkInAgain(null);
            return Answer.ask(input, Speech.of("Sorry, I didn't catch that.").then(again), again);
        }
        Speech reply = CheckInReplies.answer(feeling.get()).orElseThrow();
        Optional<StretchSession> session = coach.session(input);
        if (session.isPresent() && !CheckInReplies.WORSE.equals(feeling.get())) {
            Speech carryOn = CoachingReplies.moveOnOrRepeat(session.get().block());
            PendingQuestion.ask(input, PendingQuestion.CONTINUE);
            return Answer.ask(input, reply.then(carryOn), carryOn);
        }
        ActiveRoutine.end(input);
        PendingQuestion.clear(input);
        return Answer.ask(input, reply.then(CommonReplies.whatNext()), CommonReplies.whatNext());
    }

    private static String plain(String spoken) {
        String text = spoken.toLowerCase(Locale.ROOT);
        return text.contains("worse") ? CheckInReplies.WORSE : text.contains("better") ? CheckInReplies.BETTER
                : text.contains("same") ? CheckInReplies.SAME : text;
    }
}
