package com.backrelief.coach;

import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.ui.Reprompt;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.backrelief.coach.handlers.common.CommonReplies;

/** The answer when the skill fails before or after its handlers: a kind sentence, never an error. */
final class FailureResponse {

    private FailureResponse() {
    }

    static ResponseEnvelope forRequest(String requestType) {
        if (!"LaunchRequest".equals(requestType) && !"IntentRequest".equals(requestType)
                && !"Alexa.Presentation.APL.UserEvent".equals(requestType)) {
            return ResponseEnvelope.builder().withVersion("1.0").build();
        }
        String question = CommonReplies.whatNext().toSsml();
        Response response = Response.builder()
                .withOutputSpeech(ssml(CommonReplies.sorry().then(CommonReplies.whatNext()).toSsml()))
                .withReprompt(Reprompt.builder().withOutputSpeech(ssml(question)).build())
                .withShouldEndSession(false)
                .build();
        return ResponseEnvelope.builder().withVersion("1.0").withResponse(response).build();
    }

    private static SsmlOutputSpeech ssml(String fragment) {
        return SsmlOutputSpeech.builder().withSsml("<speak>" + fragment + "</speak>").build();
    }
}
