package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.backrelief.coach.handlers.common.Heard;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.safety.ExercisePainIntentHandler;
import com.backrelief.coach.handlers.safety.SymptomDenialIntentHandler;

/**
 * Forgets a heat-or-ice question or timer offer the person moved on from, so a later "yes" or "no"
 * isn't taken as its answer, and the answers about symptoms don't linger in the session. Saying it
 * hurts is not moving on: the question is asked again.
 */
public final class AdviceContextInterceptor implements RequestInterceptor {

    @Override
    public void process(HandlerInput input) {
        if (!Requests.meansAnIntent(input) || input.getRequestEnvelope().getSession() == null) {
            return;
        }
        boolean yesOrNo = Requests.isIntent(input, "AMAZON.YesIntent", "AMAZON.NoIntent");
        AdviceSession session = AdviceSession.of(input);
        // What the person said about their pain on any turn counts for later advice in the session (fact sheet R3).
        session.rememberSaid(Heard.reading(input).facts());
        // A question asked instead of an answer (a topic, a follow-up, help) is an aside: the interview waits for it.
        if (!yesOrNo && !Requests.isIntent(input, HeatOrIceIntentHandler.INTENT, SymptomDenialIntentHandler.INTENT,
                ExercisePainIntentHandler.INTENT, "TopicIntent", "HeatIceFollowUpIntent", "AMAZON.HelpIntent",
                "AMAZON.CancelIntent")) {
            session.clearDialog();
        }
        if (!yesOrNo && !Requests.isIntent(input, SetTimerIntentHandler.INTENT)) {
            session.clearTimerOffer();
        }
        if (!yesOrNo) {
            session.clearTipsOffer();
        }
    }
}
