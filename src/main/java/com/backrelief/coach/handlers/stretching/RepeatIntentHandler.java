package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.stretching.StretchSession;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.LastAnswer;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** "Repeat": the current exercise (or part of it) again; outside a routine, the last answer. */
public final class RepeatIntentHandler extends RoutineCommandHandler {

    public RepeatIntentHandler(RoutineCoach coach) {
        super(coach, "AMAZON.RepeatIntent", StretchSession::repeat);
    }

    /** Outside a routine, "say that again" repeats the last answer, whatever it was. */
    @Override
    Optional<Response> withoutRoutine(HandlerInput input) {
        Optional<Speech> last = LastAnswer.of(input);
        if (last.isEmpty()) {
            return super.withoutRoutine(input);
        }
        return Answer.onScreen(input, input.getResponseBuilder(), last.get()).withSpeech(last.get().toSsml()).withReprompt(last.get().toSsml())
                .withShouldEndSession(false).build();
    }
}
