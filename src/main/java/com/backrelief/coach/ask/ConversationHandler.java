package com.backrelief.coach.ask;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.backrelief.coach.conversation.Coach;
import com.backrelief.coach.conversation.ConversationRecord;
import com.backrelief.coach.conversation.Meaning;
import com.backrelief.coach.conversation.Outcome;
import com.backrelief.coach.handlers.common.Heard;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.stretching.CheckInIntentHandler;
import com.backrelief.coach.logging.RequestLog;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every request that means an intent (said, or a touch that stands for one), in three steps: hear it as one
 * {@link Meaning}; let the {@link Coach} decide, from the {@link ConversationRecord} the session holds, what the turn
 * is; answer that {@link Outcome} with the one answer it has. Which answer runs never depends on an order.
 */
public final class ConversationHandler implements RequestHandler {

    private final Map<Outcome.Move, RequestHandler> moves;
    private final Map<String, RequestHandler> requests;
    private final RequestHandler notUnderstood;

    private ConversationHandler(Map<Outcome.Move, RequestHandler> moves, Map<String, RequestHandler> requests,
                                RequestHandler notUnderstood) {
        this.moves = moves;
        this.requests = requests;
        this.notUnderstood = notUnderstood;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.meansAnIntent(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Meaning meaning = hear(input);
        ConversationRecord record = SessionCodec.read(input);
        Outcome outcome = Coach.turn(record, meaning);
        RequestLog.current().turn(record.state().name(), outcome.move().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Forgetting.after(input, record, meaning, outcome);
        return answer(outcome).handle(input);
    }

    /** The request as one plain meaning: what it was heard as, what it names, what its words said. */
    static Meaning hear(HandlerInput input) {
        Meaning heard = Heard.of(input).map(Heard::meaning)
                .orElseGet(() -> Requests.meaning(((IntentRequest) input.getRequestEnvelope().getRequest()).getIntent(), null));
        return Meaning.of(heard.request(), heard.values(), heard.reading(), CheckInIntentHandler.worse(input));
    }

    private RequestHandler answer(Outcome outcome) {
        if (outcome.move() == Outcome.Move.ANSWER_REQUEST) {
            return requests.getOrDefault(outcome.request(), notUnderstood);
        }
        return Objects.requireNonNull(moves.get(outcome.move()), () -> "no answer for " + outcome.move());
    }

    /** The table of answers: one per move, one per request. */
    public static final class Builder {

        private final Map<Outcome.Move, RequestHandler> moves = new EnumMap<>(Outcome.Move.class);
        private final Map<String, RequestHandler> requests = new HashMap<>();

        public Builder move(Outcome.Move move, RequestHandler answer) {
            if (move == Outcome.Move.ANSWER_REQUEST || moves.putIfAbsent(move, answer) != null) {
                throw new IllegalArgumentException("one answer per move: " + move);
            }
            return this;
        }

        public Builder request(RequestHandler answer, String... names) {
            for (String name : names) {
                if (requests.putIfAbsent(name, answer) != null) {
                    throw new IllegalArgumentException("one answer per request: " + name);
                }
            }
            return this;
        }

        public ConversationHandler otherwise(RequestHandler notUnderstood) {
            for (Outcome.Move move : Outcome.Move.values()) {
                if (move != Outcome.Move.ANSWER_REQUEST && !moves.containsKey(move)) {
                    throw new IllegalStateException("no answer for the move " + move);
                }
            }
            return new ConversationHandler(Map.copyOf(moves), Map.copyOf(requests), notUnderstood);
        }
    }
}
