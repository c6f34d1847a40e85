package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.stretching.ActiveRoutine;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** "How long?", "can ice make it worse?", "why?": answers about heat and ice, on their own or after advice. */
public final class HeatIceFollowUpIntentHandler implements RequestHandler {

    public static final String INTENT = "HeatIceFollowUpIntent";
    static final String TOPIC = "topic";

    private final AdviceReplies replies;
    private final EmergencyNumbers numbers;

    public HeatIceFollowUpIntentHandler(HeatIceGuide guide, EmergencyNumbers numbers) {
        this.replies = new AdviceReplies(guide);
        this.numbers = numbers;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<String> topic = Requests.resolvedId(input, TOPIC).filter(HeatIceGuide.TOPICS::contains);
        if (topic.isEmpty() && Requests.spoken(input, TOPIC).isPresent()) {
            // "What about a handstand": words the topic list doesn't know are not a heat or ice question.
            return Answer.ask(input, replies.notATopic().then(CommonReplies.whatNext()), CommonReplies.whatNext());
        }
        if (topic.isEmpty()) {
            return Answer.ask(input, replies.followUpMenu(), replies.followUpMenu());
        }
        AdviceSession session = AdviceSession.of(input);
        Speech answer = replies.followUp(topic.get(), session.lastUse().orElse(null), session.lastRule().orElse(null),
                Requests.localHelp(input, numbers));
        Optional<Response> askedAgain = AdviceDialog.answerThenAskAgain(input, answer);
        if (askedAgain.isPresent()) {
            return askedAgain;
        }
        Speech next = ActiveRoutine.offerToCarryOn(input).orElse(replies.followUpNext());
        return Answer.ask(input, answer.then(next), next);
    }
}
