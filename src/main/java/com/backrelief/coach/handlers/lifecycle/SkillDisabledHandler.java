package com.backrelief.coach.handlers.lifecycle;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import com.backrelief.coach.handlers.common.EventNotHandledException;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.logging.RequestLog;

import java.util.Optional;

/**
 * The person disabled the skill: everything kept about them is deleted, and nothing is spoken. When
 * the store cannot be reached the event fails, so it is delivered again until the deletion happens.
 */
public final class SkillDisabledHandler implements RequestHandler {

    private final ProgressStore store;

    public SkillDisabledHandler(ProgressStore store) {
        this.store = store;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof SkillDisabledRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        // Straight to the store: this request's UserProgress is never read, so nothing is saved back.
        Optional<String> userId = Requests.userId(input.getRequestEnvelope());
        try {
            userId.ifPresent(store::delete);
        } catch (ProgressStore.Unavailable e) {
            RequestLog.current().outcome("record-not-deleted");
            throw new EventNotHandledException("The record could not be deleted; the event fails so that it is delivered again", e);
        }
        RequestLog.current().outcome(userId.isPresent() ? "record-deleted" : "no-user");
        return input.getResponseBuilder().build();
    }
}
