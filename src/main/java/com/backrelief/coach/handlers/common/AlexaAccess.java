package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.backrelief.coach.domain.alexa.ApiAccess;

import java.util.Optional;

/** What a request carries for the Alexa API ports: its endpoint and access token, and its device. */
public final class AlexaAccess {

    private AlexaAccess() {
    }

    /** The request's endpoint and token, or {@link ApiAccess#NONE} when it carries no system context. */
    public static ApiAccess of(HandlerInput input) {
        return of(input.getRequestEnvelope());
    }

    public static ApiAccess of(RequestEnvelope envelope) {
        return system(envelope).map(system -> new ApiAccess(system.getApiEndpoint(), system.getApiAccessToken()))
                .orElse(ApiAccess.NONE);
    }

    /** The id of the device the request came from. */
    public static Optional<String> deviceId(RequestEnvelope envelope) {
        return system(envelope).map(SystemState::getDevice).map(device -> device.getDeviceId());
    }

    private static Optional<SystemState> system(RequestEnvelope envelope) {
        Context context = envelope.getContext();
        return Optional.ofNullable(context == null ? null : context.getSystem());
    }
}
