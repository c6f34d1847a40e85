package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.stretching.StretchSession;
import com.backrelief.coach.domain.stretching.Turn;
import com.backrelief.coach.handlers.common.Requests;

import java.util.Optional;
import java.util.function.Function;

/** One coaching command (next, repeat, pause...) applied to the routine in progress; with none, an offer to start. */
abstract class RoutineCommandHandler implements RequestHandler {

    protected final RoutineCoach coach;
    private final String intent;
    private final Function<StretchSession, Turn> command;

    RoutineCommandHandler(RoutineCoach coach, String intent, Function<StretchSession, Turn> command) {
        this.coach = coach;
        this.intent = intent;
        this.command = command;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, intent);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<StretchSession> session = coach.session(input);
        return session.isPresent() ? coach.answer(input, command.apply(session.get())) : withoutRoutine(input);
    }

    /** The command was given with no routine in progress. */
    Optional<Response> withoutRoutine(HandlerInput input) {
        return coach.noRoutine(input);
    }
}
