package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.backrelief.coach.handlers.common.Heard;
import com.backrelief.coach.handlers.common.Requests;

/**
 * Remembers, for the session only, what the person's words said about their pain, on any turn, so later
 * heat-or-ice advice counts it (fact sheet R3). What a turn forgets is the conversation's decision
 * ({@code ask/ConversationHandler}).
 */
public final class AdviceContextInterceptor implements RequestInterceptor {

    @Override
    public void process(HandlerInput input) {
        if (!Requests.meansAnIntent(input) || input.getRequestEnvelope().getSession() == null) {
            return;
        }
        // What the person said about their pain on any turn counts for later advice in the session (fact sheet R3).
        AdviceSession.of(input).rememberSaid(Heard.reading(input).facts());
    }
}
