package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.domain.progress.ProgressSync;

import java.util.Map;
import java.util.Optional;

/** Gives each request its {@link UserProgress}, and saves it after the handler if it changed. */
public final class ProgressInterceptor implements RequestInterceptor, ResponseInterceptor {

    private final ProgressStore store;
    private final ProgressSync sync;

    public ProgressInterceptor(ProgressStore store) {
        this.store = store;
        this.sync = new ProgressSync(store, ProgressSync.Backoff.jittered());
    }

    @Override
    public void process(HandlerInput input) {
        Map<String, Object> session = input.getRequestEnvelope().getSession() == null
                ? null : input.getAttributesManager().getSessionAttributes();
        String userId = Requests.userId(input.getRequestEnvelope()).orElse(null);
        input.getAttributesManager().getRequestAttributes()
                .put(UserProgress.REQUEST_KEY, new UserProgress(new TurnStorage(store, sync), userId, session));
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        UserProgress.of(input).saveIfChanged();
    }
}
