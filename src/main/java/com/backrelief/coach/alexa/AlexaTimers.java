package com.backrelief.coach.alexa;

import com.backrelief.coach.domain.alexa.ApiAccess;
import com.backrelief.coach.domain.alexa.Timer;
import com.backrelief.coach.domain.alexa.Timers;

/** The timers port over the Timers REST API. */
public final class AlexaTimers implements Timers {

    private final ApiClient api;

    public AlexaTimers(ApiClient api) {
        this.api = api;
    }

    @Override
    public Outcome start(ApiAccess access, Timer timer) {
        return switch (api.createTimer(access.endpoint(), access.token(), timer)) {
            case CREATED -> Outcome.CREATED;
            case NOT_PERMITTED -> Outcome.NOT_PERMITTED;
            case FAILED -> Outcome.FAILED;
        };
    }
}
