package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.advice.HeatIceAdvisor;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.advice.Question;
import com.backrelief.coach.domain.advice.Symptoms;
import com.backrelief.coach.domain.advice.Symptoms.Injury;
import com.backrelief.coach.domain.advice.Symptoms.Leg;
import com.backrelief.coach.handlers.common.Requests;

import java.util.Optional;

/**
 * A plain yes or no while a heat-or-ice question waits: "no" to an injury or the legs means none,
 * yes or no answers the swelling question, and anything else asks the question again.
 */
public final class QuestionReplyHandler implements RequestHandler {

    private final AdviceDialog dialog;

    public QuestionReplyHandler(HeatIceAdvisor advisor, HeatIceGuide guide) {
        this.dialog = new AdviceDialog(advisor, guide);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "AMAZON.YesIntent", "AMAZON.NoIntent") && AdviceSession.of(input).pendingQuestion().isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        AdviceSession session = AdviceSession.of(input);
        Question question = session.pendingQuestion().orElseThrow();
        boolean yes = Requests.isIntent(input, "AMAZON.YesIntent");
        Optional<Symptoms> answer = answer(question, yes);
        if (answer.isEmpty()) {
            return dialog.ask(input, session, session.symptoms(), question, false);
        }
        return dialog.continueWith(input, answer.get());
    }

    private static Optional<Symptoms> answer(Question question, boolean yes) {
        return switch (question) {
            case SWELLING -> Optional.of(Symptoms.UNKNOWN.withSwelling(yes));
            case INJURY -> yes ? Optional.empty() : Optional.of(Symptoms.UNKNOWN.withInjury(Injury.NONE));
            case LEG -> yes ? Optional.empty() : Optional.of(Symptoms.UNKNOWN.withLeg(Leg.NONE));
            case ONSET, FEEL -> Optional.empty();
        };
    }
}
