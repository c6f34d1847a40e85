package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.advice.TopicGuide;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.stretching.ActiveRoutine;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/**
 * An everyday question on a topic ("can I put ice straight on my skin?", "should a stretch hurt?"),
 * at any point: the answer, then, in the middle of a routine, the offer to carry on.
 */
public final class TopicIntentHandler implements RequestHandler {

    public static final String INTENT = "TopicIntent";
    static final String TOPIC = "topic";

    private final TopicGuide topics;
    private final EmergencyNumbers numbers;

    public TopicIntentHandler(TopicGuide topics, EmergencyNumbers numbers) {
        this.topics = topics;
        this.numbers = numbers;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<String> answer = Requests.resolvedId(input, TOPIC).flatMap(topics::answer);
        if (answer.isEmpty()) {
            return Answer.ask(input, Speech.of("I don't have an answer on that.").then(CommonReplies.whatNext()),
                    CommonReplies.whatNext());
        }
        LocalHelp help = Requests.localHelp(input, numbers);
        Speech said = Speech.of(TopicGuide.inLocale(answer.get(), help.clinician()));
        // An aside: the interview's question again (its slot elicited again), or back to the routine, or what else.
        Optional<Response> askedAgain = AdviceDialog.answerThenAskAgain(input, said);
        if (askedAgain.isPresent()) {
            return askedAgain;
        }
        Speech next = ActiveRoutine.offerToCarryOn(input).orElse(Speech.of("What else would you like to know?"));
        return Answer.ask(input, said.then(next), next);
    }
}
