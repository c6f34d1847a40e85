package com.backrelief.coach.handlers.safety;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.safety.RedFlag;
import com.backrelief.coach.domain.safety.Tier;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.domain.understanding.Understanding;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/**
 * Fact sheet, section 3: before escalating on a phrase that can mean something else ("I can't walk",
 * "I had an accident", "I use needles"), one yes-or-no question; yes gets that red flag's answer, no
 * a thank-you and what else the coach can do. Nothing of the answer is stored.
 */
public final class ConfirmSymptomHandler implements RequestHandler {

    /** The intent the understanding step gives such a phrase; Alexa never sends it. */
    public static final String INTENT = "ConfirmSymptomIntent";

    private final RedFlagScreen screen;
    private final Understanding understanding;
    private final RedFlagIntentHandler redFlags;

    public ConfirmSymptomHandler(RedFlagScreen screen, Understanding understanding, EmergencyNumbers numbers) {
        this.screen = screen;
        this.understanding = understanding;
        this.redFlags = new RedFlagIntentHandler(screen, numbers);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT)
                || Requests.isIntent(input, "AMAZON.YesIntent", "AMAZON.NoIntent") && Confirmation.pending(input).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (Requests.isIntent(input, INTENT)) {
            Optional<RedFlag> flag = Requests.resolvedId(input, RedFlagIntentHandler.SLOT).flatMap(screen::flag);
            Optional<String> when = flag.filter(f -> Requests.resolvedId(input, Confirmation.WHEN).isPresent())
                    .flatMap(f -> understanding.whenQuestion(f.id()));
            if (when.isPresent()) {
                Confirmation.askWhen(input, flag.get().id());
                return Answer.ask(input, Speech.of(when.get()), Speech.of(when.get()));
            }
            Optional<String> question = flag.flatMap(f -> understanding.question(f.id()));
            if (question.isEmpty()) {
                return RedFlagIntentHandler.tellMeMore(input);
            }
            if (flag.get().tier() == Tier.EMERGENCY && flag.get().help() != RedFlag.Help.CALL_OR_GO
                    && !flag.get().id().equals("E6")) {
                // Light-headed in the middle of something: stop it first, then ask (fact sheet 3.1, reading E9).
                SafetyState.stopActivity(input);
            }
            Confirmation.ask(input, flag.get().id());
            return Answer.ask(input, Speech.of(question.get()), Speech.of(question.get()));
        }
        Optional<RedFlag> flag = Confirmation.pending(input).flatMap(screen::flag);
        boolean askedWhen = Confirmation.askedWhen(input);
        Confirmation.clear(input);
        if (Requests.isIntent(input, "AMAZON.YesIntent") && flag.isPresent()) {
            return redFlags.answer(input, flag.get());
        }
        Speech no = flag.flatMap(f -> askedWhen ? understanding.whenAnsweredNo(f.id()) : understanding.answeredNo(f.id()))
                .map(Speech::of).orElse(SafetyReplies.thanksForTelling());
        return Answer.ask(input, no.then(CommonReplies.whatNext()), CommonReplies.whatNext());
    }
}
