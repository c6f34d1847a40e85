package com.backrelief.coach.support;

import com.backrelief.coach.domain.alexa.ApiAccess;
import com.backrelief.coach.domain.alexa.Timer;
import com.backrelief.coach.domain.alexa.Timers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory {@link Timers}: keeps every timer asked for, and starts it unless told to {@link #refuse()}
 * (the person's permission turned off) or {@link #fail()} (the API down). Like the real one, a request
 * without a token is not permitted.
 */
public final class FakeTimers implements Timers {

    /** One call: the request's access, the timer asked for, and how it ended. */
    public record Started(ApiAccess access, Timer timer, Outcome outcome) {
    }

    private final List<Started> calls = new CopyOnWriteArrayList<>();
    private volatile Outcome answer = Outcome.CREATED;

    @Override
    public Outcome start(ApiAccess access, Timer timer) {
        Outcome outcome = access.token() == null || access.token().isBlank() ? Outcome.NOT_PERMITTED : answer;
        calls.add(new Started(access, timer, outcome));
        return outcome;
    }

    /** Every later call is refused, as after the person turned timers off in the Alexa app. */
    public FakeTimers refuse() {
        answer = Outcome.NOT_PERMITTED;
        return this;
    }

    /** Every later call fails, as when the API is down. */
    public FakeTimers fail() {
        answer = Outcome.FAILED;
        return this;
    }

    /** Every later call starts its timer. */
    public FakeTimers work() {
        answer = Outcome.CREATED;
        return this;
    }

    /** Every call so far, refused and failed ones included. */
    public List<Started> calls() {
        return List.copyOf(calls);
    }

    /** The timers running: those asked for while the fake worked. */
    public List<Timer> started() {
        return calls.stream().filter(call -> call.outcome() == Outcome.CREATED).map(Started::timer).toList();
    }
}
