package com.backrelief.coach.handlers.safety;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.domain.safety.Tier;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.screen.Display;
import com.backrelief.coach.handlers.stretching.ActiveRoutine;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/**
 * After a same-day red flag in this session, no routine or harder exercise starts as if nothing had
 * happened: the coach says again that a doctor should check it today and offers gentle information only.
 */
public final class SameDayHoldHandler implements RequestHandler {

    private static final String[] EXERCISE_STARTS = {"StartRoutineIntent", "HarderIntent", "AMAZON.ResumeIntent",
            "AMAZON.StartOverIntent", "AMAZON.NextIntent"};

    /** How to use heat or cold: held too while a same-day flag stands (fact sheet rule R0). */
    private static final String[] HEAT_HOW_TO = {"HeatIceFollowUpIntent", "SetTimerIntent"};

    private final EmergencyNumbers numbers;

    public SameDayHoldHandler(EmergencyNumbers numbers) {
        this.numbers = numbers;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        boolean startsExercise = Requests.isIntent(input, EXERCISE_STARTS)
                || Requests.isIntent(input, "AMAZON.YesIntent") && ActiveRoutine.offerPending(input);
        return (startsExercise || Requests.isIntent(input, HEAT_HOW_TO))
                && SafetyState.reportedTier(input).filter(tier -> tier == Tier.URGENT).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        LocalHelp help = Requests.localHelp(input, numbers);
        ActiveRoutine.dropOffer(input);
        Display.show(input, AlertScreens.urgent(help));
        Speech gentle = Speech.of("I can explain a gentle stretch, or answer a question about looking after your back. "
                + "What would you like?");
        Speech first = Requests.isIntent(input, HEAT_HOW_TO)
                ? Speech.of("Some of what you describe needs a doctor, so let's deal with that first.")
                : Speech.of("Because of what you told me earlier, let's not start exercises today.");
        return Answer.ask(input, first
                .then(SafetyReplies.urgent(help)).then(gentle), gentle);
    }
}
