package com.backrelief.coach.handlers.screen;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.backrelief.coach.conversation.Meaning;
import com.backrelief.coach.handlers.common.Heard;
import com.backrelief.coach.logging.RequestLog;

import java.util.List;

/**
 * A touch on the screen ({@code Alexa.Presentation.APL.UserEvent}) is heard as the intent its button
 * stands for ({@link Touch}), so every handler answers it as it answers the spoken command. A touch
 * no screen of the skill sends is heard as words the skill did not understand.
 */
public final class TouchInterceptor implements RequestInterceptor {

    static final String UNKNOWN = "AMAZON.FallbackIntent";

    @Override
    public void process(HandlerInput input) {
        if (!(input.getRequestEnvelope().getRequest() instanceof UserEvent event)) {
            return;
        }
        String action = action(event.getArguments());
        Meaning meaning = Touch.meaning(action).orElseGet(() -> Meaning.of(UNKNOWN));
        input.getAttributesManager().getRequestAttributes().put(Heard.KEY, new Heard(meaning));
        RequestLog.current().heardAs(meaning.request());
    }

    /** The first argument of the event, the button's action; anything else is no action. */
    static String action(List<Object> arguments) {
        if (arguments == null || arguments.isEmpty() || !(arguments.get(0) instanceof String action)) {
            return null;
        }
        return action.length() > 60 ? null : action;
    }
}
