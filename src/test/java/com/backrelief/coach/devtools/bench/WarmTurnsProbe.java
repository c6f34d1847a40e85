package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.CoachStreamHandler;
import com.backrelief.coach.devtools.UtteranceMatcher;

import java.util.Locale;

/**
 * Run in a JVM of its own by the benchmark, started as the Lambda runtime starts one (see
 * {@link ColdStart#lambdaJvmOptions}), so that the warm turns are timed in a heap and on a compiler
 * like the function's, away from DynamoDB Local and the build: builds the handler from the
 * environment, primes it as SnapStart does, plays the warm-turn script ({@link WarmTurns}) for the
 * warm-up and then for the timed requests, and prints one line per timed request.
 */
public final class WarmTurnsProbe {

    /** Starts each line the probe prints for a timed request. */
    static final String LINE = "turn ";

    private WarmTurnsProbe() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = Integer.parseInt(args[0]);
        int requests = Integer.parseInt(args[1]);
        String userId = args[2];
        CoachStreamHandler handler = new CoachStreamHandler();
        handler.prime();
        UtteranceMatcher matcher = UtteranceMatcher.load(UtteranceMatcher.DEFAULT_MODEL, Benchmark.SKILL_ID);
        WarmTurns.play(handler, matcher, userId, warmUp);
        WarmTurns turns = WarmTurns.play(handler, matcher, userId, requests);
        StringBuilder out = new StringBuilder();
        for (WarmTurns.Request r : turns.requests()) {
            out.append(String.format(Locale.ROOT, "%s%.4f %d %d %s %s%n", LINE, r.millis(), r.reads(), r.writes(),
                    r.what().isEmpty() ? "-" : r.what(), r.sessionId().isEmpty() ? "-" : r.sessionId()));
        }
        System.out.print(out);
        System.out.flush();
        System.exit(0);
    }
}
