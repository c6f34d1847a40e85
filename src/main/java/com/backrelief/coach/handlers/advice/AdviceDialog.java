package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.backrelief.coach.domain.advice.Advice;
import com.backrelief.coach.domain.advice.HeatIceAdvisor;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.advice.Question;
import com.backrelief.coach.domain.advice.Recommendation;
import com.backrelief.coach.domain.advice.Symptoms;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.Heard;
import com.backrelief.coach.handlers.common.AppCard;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.screen.Display;
import com.backrelief.coach.speech.Speech;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The heat-or-ice conversation: adds what the person just said to what they said before, then
 * asks the next question that could change the advice (at most three in all), or gives the advice.
 */
final class AdviceDialog {

    /** At most two questions, only ones whose answer can change the advice; then the best answer from what is known. */
    static final int MAX_QUESTIONS = 2;
    /** The session's first heat-or-ice answer ends with the emergency signs in one line (fact sheet section 5). */
    private static final String SAFETY_NET = "safety-net";

    private final HeatIceAdvisor advisor;
    private final EmergencyNumbers numbers;
    private final AdviceReplies replies;
    private final HeatIceGuide guide;

    AdviceDialog(HeatIceAdvisor advisor, HeatIceGuide guide, EmergencyNumbers numbers) {
        this.advisor = advisor;
        this.guide = guide;
        this.numbers = numbers;
        this.replies = new AdviceReplies(guide);
    }

    Optional<Response> continueWith(HandlerInput input, Symptoms heard) {
        AdviceSession session = AdviceSession.of(input);
        Symptoms symptoms = session.symptoms().merge(heard).withDiscDatedByOnset();
        if (RedFlagEscalation.reported(input)) {
            symptoms = symptoms.withRedFlag(true);
        }
        List<Question> missing = new java.util.ArrayList<>(advisor.missing(symptoms));
        missing.removeAll(session.skipped());
        if (Heard.reading(input).asks("unknown") && session.pendingQuestion().isPresent()) {
            // "I can't remember": that question is answered as far as it can be; the next one, or the advice.
            session.skip(session.pendingQuestion().get());
            missing.remove(session.pendingQuestion().get());
        }
        // Pushed for an answer ("well, what do I use then?"): the best advice from what is known, at once.
        boolean pushed = Heard.reading(input).asks("advise-now");
        // Advice already given this session: what the person adds refines it, never restarts the questions.
        pushed |= session.lastRule().isPresent();
        if (!missing.isEmpty() && session.asked() < MAX_QUESTIONS && !pushed) {
            boolean sameAgain = session.pendingQuestion().filter(missing.get(0)::equals).isPresent();
            if (sameAgain && !heard.equals(Symptoms.UNKNOWN)) {
                // An answer to another question: take it, and say so, or the same question sounds unheard.
                return elicit(input, session, symptoms, missing.get(0), true,
                        replies.thanks().then(replies.questionOnly(missing.get(0))));
            }
            return ask(input, session, symptoms, missing.get(0), true);
        }
        session.clearDialog();
        return answer(input, session, symptoms, advisor.advise(symptoms));
    }

    /** Asks a question by eliciting its slot, so a one-word answer fills it. */
    Optional<Response> ask(HandlerInput input, AdviceSession session, Symptoms symptoms, Question question, boolean counts) {
        boolean first = session.asked() == 0 && counts;
        return elicit(input, session, symptoms, question, counts, replies.question(question, first));
    }

    /** The person said it hurts instead of answering: a kind word, and the same question again. */
    Optional<Response> askAgainAfterPain(HandlerInput input, AdviceSession session, Question question) {
        return elicit(input, session, session.symptoms(), question, false,
                replies.sorryItHurts().then(replies.questionOnly(question)));
    }

    private Optional<Response> elicit(HandlerInput input, AdviceSession session, Symptoms symptoms, Question question,
                                      boolean counts, Speech speech) {
        session.asking(symptoms, question, counts, replies.questionOnly(question).toText());
        speech = Answer.led(input, speech);
        Speech prompt = replies.questionOnly(question);
        return Answer.onScreen(input, input.getResponseBuilder(), speech)
                .withSpeech(speech.toSsml())
                .withReprompt(prompt.toSsml())
                .addElicitSlotDirective(SymptomSlots.slotFor(question), updatedIntent())
                .withShouldEndSession(false)
                .build();
    }

    private Optional<Response> answer(HandlerInput input, AdviceSession session, Symptoms symptoms, Advice advice) {
        LocalHelp help = Requests.localHelp(input, numbers);
        int turn = session.nextTurn();
        if ("R0".equals(advice.rule())) {
            return RedFlagEscalation.answer(input, symptoms, help, replies.rationale(advice, turn));
        }
        if (advice.recommendation() == Recommendation.URGENT_CARE) {
            return RedFlagEscalation.seriousInjury(input, replies.urgentCare(advice, help, turn), help);
        }
        session.remember(advice);
        boolean safetyNet = session.firstSafetyLine(SAFETY_NET);
        if (!advice.suggestsAPack()) {
            Speech speech = replies.advice(advice, help, turn, false, safetyNet);
            return Answer.ask(input, speech.then(replies.followUpNext()), replies.followUpNext());
        }
        boolean firstSafety = session.firstSafetyLine(HeatIceGuide.safetyKind(advice.use()));
        Display.show(input, AdviceScreens.advice(guide, advice));
        AppCard.send(input, AdviceScreens.card(guide, advice));
        Speech speech = replies.advice(advice, help, turn, firstSafety, safetyNet);
        if (firstSafety) {
            // The rest is offered, not read: "Want the safety tips?", then the timer.
            session.offerTips(advice.use(), advice.rule());
            return Answer.ask(input, speech.then(replies.safetyOffer()), replies.safetyOfferReprompt());
        }
        session.offerTimer(advice.use());
        return Answer.ask(input, speech.then(replies.timerOffer()), replies.timerOfferReprompt());
    }

    /**
     * The intent whose slot is elicited, with every slot and no values: the answers so far live in
     * the session. It is always {@code HeatOrIceIntent}, also when a yes or no answered a question.
     */
    /**
     * After an aside in the interview (a topic, a follow-up): the answer, then the interview's question again, with
     * its slot elicited once more so the next words are heard as its answer. Empty when no question waits.
     */
    static Optional<Response> answerThenAskAgain(HandlerInput input, Speech answer) {
        AdviceSession session = AdviceSession.of(input);
        Optional<Question> question = session.pendingQuestion();
        Optional<Speech> again = AdviceSession.questionAgain(input);
        if (question.isEmpty() || again.isEmpty()) {
            return Optional.empty();
        }
        Speech said = Answer.led(input, answer.then(again.get()));
        return Answer.onScreen(input, input.getResponseBuilder(), said)
                .withSpeech(said.toSsml())
                .withReprompt(again.get().toSsml())
                .addElicitSlotDirective(SymptomSlots.slotFor(question.get()), updatedIntent())
                .withShouldEndSession(false)
                .build();
    }

    private static Intent updatedIntent() {
        Map<String, Slot> slots = new LinkedHashMap<>();
        for (String name : SymptomSlots.ALL) {
            slots.put(name, Slot.builder().withName(name).withConfirmationStatus(SlotConfirmationStatus.NONE).build());
        }
        return Intent.builder().withName(HeatOrIceIntentHandler.INTENT)
                .withConfirmationStatus(IntentConfirmationStatus.NONE).withSlots(slots).build();
    }
}
