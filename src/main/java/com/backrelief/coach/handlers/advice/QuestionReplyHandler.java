package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.advice.HeatIceAdvisor;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.advice.Question;
import com.backrelief.coach.domain.advice.Symptoms;
import com.backrelief.coach.domain.advice.Symptoms.Injury;
import com.backrelief.coach.domain.advice.Symptoms.Leg;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.safety.ExercisePainIntentHandler;
import com.backrelief.coach.handlers.safety.SymptomDenialIntentHandler;

import java.util.List;
import java.util.Optional;

/**
 * A plain yes or no, a denial such as "my legs are fine", or "that hurts", while a heat-or-ice
 * question waits: "no" to an injury or the legs means none, yes or no answers the swelling
 * question, and a denial of leg symptoms answers the leg question. A yes or a no to a question it
 * cannot answer ("When did this pain start?") is taken as "I don't know"; anything else asks the
 * question again. Pain said here is about the back the person is asking for advice on, not an
 * exercise to stop, so the question is asked again with a kind word (during a routine, the coach
 * takes it first).
 */
public final class QuestionReplyHandler implements RequestHandler {

    private final AdviceDialog dialog;

    public QuestionReplyHandler(HeatIceAdvisor advisor, HeatIceGuide guide, EmergencyNumbers numbers) {
        this.dialog = new AdviceDialog(advisor, guide, numbers);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "AMAZON.YesIntent", "AMAZON.NoIntent", SymptomDenialIntentHandler.INTENT,
                ExercisePainIntentHandler.INTENT) && AdviceSession.of(input).pendingQuestion().isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        AdviceSession session = AdviceSession.of(input);
        Question question = session.pendingQuestion().orElseThrow();
        if (Requests.isIntent(input, ExercisePainIntentHandler.INTENT)) {
            return dialog.askAgainAfterPain(input, session, question);
        }
        Optional<Symptoms> answer = Requests.isIntent(input, SymptomDenialIntentHandler.INTENT)
                ? denial(question, Requests.resolvedIds(input, SymptomDenialIntentHandler.SLOT))
                : answer(question, Requests.isIntent(input, "AMAZON.YesIntent"));
        if (answer.isEmpty() && OPEN.contains(question) && !Requests.isIntent(input, SymptomDenialIntentHandler.INTENT)) {
            // A bare yes or no to a question it cannot answer ("When did this pain start?" "No."): the person has
            // nothing to add, as with "I don't know". Asked again, they would be asked for ever.
            session.skip(question);
            return dialog.continueWith(input, Symptoms.UNKNOWN);
        }
        if (answer.isEmpty()) {
            return dialog.ask(input, session, session.symptoms(), question, false);
        }
        return dialog.continueWith(input, answer.get());
    }

    /** Questions a yes or a no cannot answer. */
    private static final java.util.Set<Question> OPEN = java.util.EnumSet.of(Question.ONSET, Question.FEEL);

    /** Only a denial of leg symptoms (E4) answers a question: the leg question. */
    private static Optional<Symptoms> denial(Question question, List<String> denied) {
        return question == Question.LEG && denied.contains("E4")
                ? Optional.of(Symptoms.UNKNOWN.withLeg(Leg.NONE)) : Optional.empty();
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
