package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.stretching.StretchSession;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.reminders.ReminderOffer;
import com.backrelief.coach.handlers.safety.SafetyReplies;
import com.backrelief.coach.handlers.screen.Choices;
import com.backrelief.coach.handlers.screen.Display;
import com.backrelief.coach.screen.Screen;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/**
 * "Better", "the same" or "worse" after a routine, or during one. Worse after a routine ends the
 * exercises for today with advice to see a professional; worse during one stops the exercise as
 * pain does. "Worse" anywhere else is left to safety, later in the list. The answer is about
 * health, so it is never stored or logged. After a finished routine, better or the same is followed,
 * once per person, by the offer of a daily reminder ({@link ReminderOffer}).
 */
public final class CheckInIntentHandler implements RequestHandler {

    public static final String INTENT = "CheckInIntent";
    public static final String SLOT = "feeling";

    private final RoutineCoach coach;

    private final EmergencyNumbers numbers;
    private final ReminderOffer reminderOffer;

    public CheckInIntentHandler(RoutineCoach coach, EmergencyNumbers numbers, ReminderOffer reminderOffer) {
        this.numbers = numbers;
        this.coach = coach;
        this.reminderOffer = reminderOffer;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT) && (!worse(input) || inCoaching(input));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<String> feeling = feeling(input);
        if (feeling.isEmpty() || CheckInReplies.answer(feeling.get(), Requests.localHelp(input, numbers)).isEmpty()) {
            PendingQuestion.ask(input, PendingQuestion.CHECK_IN);
            Speech again = RoutineReplies.checkInAgain(null);
            return Answer.ask(input, Speech.of("Sorry, I didn't catch that.").then(again), again);
        }
        Optional<StretchSession> session = coach.session(input);
        boolean worse = CheckInReplies.WORSE.equals(feeling.get());
        if (session.isPresent() && worse && !session.get().paused()) {
            return coach.stopForPain(input, session.get());
        }
        Speech reply = CheckInReplies.answer(feeling.get(), Requests.localHelp(input, numbers)).orElseThrow();
        if (session.isPresent() && !worse) {
            Speech carryOn = CoachingReplies.moveOnOrRepeat(session.get().block());
            PendingQuestion.ask(input, PendingQuestion.CONTINUE);
            return Answer.ask(input, reply.then(carryOn), carryOn);
        }
        boolean afterRoutine = PendingQuestion.is(input, PendingQuestion.CHECK_IN) && session.isEmpty();
        ActiveRoutine.end(input);
        PendingQuestion.clear(input);
        Optional<Speech> offer = worse || !afterRoutine ? Optional.empty() : reminderOffer.make(input);
        if (offer.isPresent()) {
            Display.show(input, Choices.yesOrNo(Screen.Layout.MESSAGE, "Daily reminder", offer.get().toText()));
            return Answer.ask(input, reply.then(offer.get()), ReminderOffer.reprompt());
        }
        Speech next = worse ? SafetyReplies.whatNow() : CommonReplies.whatNext();
        return Answer.ask(input, reply.then(next), next);
    }

    /** True when a check-in question waits or a routine is in progress: "worse" is the coach's to answer. */
    private boolean inCoaching(HandlerInput input) {
        return PendingQuestion.is(input, PendingQuestion.CHECK_IN) || coach.session(input).isPresent();
    }

    /** The check-in was answered "worse". */
    public static boolean worse(HandlerInput input) {
        return feeling(input).filter(CheckInReplies.WORSE::equals).isPresent();
    }

    private static Optional<String> feeling(HandlerInput input) {
        return Requests.resolvedId(input, SLOT).or(() -> Requests.spoken(input, SLOT).map(CheckInReplies::fromWords));
    }
}
