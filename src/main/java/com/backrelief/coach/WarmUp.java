package com.backrelief.coach;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.request.impl.BaseSkillRequest;
import com.backrelief.coach.content.Content;
import com.backrelief.coach.domain.alexa.AlexaApis;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.domain.progress.StoredProgress;
import com.backrelief.coach.logging.LogLine;
import com.backrelief.coach.logging.Metrics;
import com.backrelief.coach.logging.RequestLog;
import com.backrelief.coach.persistence.DynamoDbClients;
import com.backrelief.coach.persistence.DynamoDbProgressStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Runs the skill's code paths before the first person arrives, so classes are loaded and compiled
 * ahead of time, without touching the table: every DynamoDB call goes to a client configured like
 * the real one whose HTTP layer answers from memory. Best effort: a failed warm-up only means the
 * first real request does that work itself.
 */
final class WarmUp {

    /** Not an Alexa user id (those start with amzn1.), so it can never meet a real record. */
    static final String USER = "warm-up";
    /** Representative requests, bundled under /warm-up: a returning user's launch, the main features, an interview's answer. */
    static final List<String> REQUESTS = List.of("launch", "stretch-info", "heat-or-ice", "heat-or-ice-answer",
            "start-routine");
    /**
     * How often the requests are run before the snapshot: often enough that the code they share (the gate, the
     * ASK and Jackson deserialisers, the interceptors, understanding, speech, the store) is compiled then, not
     * while the first people after a restore are answered. Only the first round writes its log lines.
     */
    static final int ROUNDS = 100;

    private WarmUp() {
    }

    /** One read and one write through the real store code. */
    static void dynamoDb(Config config, Clock clock) {
        try (DynamoDbClient client = DynamoDbClients.createForWarmUp(config)) {
            ProgressStore store = new DynamoDbProgressStore(client, config.tableName(), clock);
            StoredProgress stored = store.load(USER);
            store.write(USER, stored.progress().visited(LocalDate.now(clock)), stored.version());
        } catch (RuntimeException e) {
            failed("dynamodb", e);
        }
    }

    /** The representative requests through the whole skill: gate, handlers, speech and store. */
    static void skill(Content content, Config config, AlexaApis alexaApi, Clock clock) {
        try (DynamoDbClient client = DynamoDbClients.createForWarmUp(config)) {
            CustomSkill skill = CoachSkill.build(new CoachSkill.Dependencies(
                    new DynamoDbProgressStore(client, config.tableName(), clock), content, clock, alexaApi));
            SkillGate gate = new SkillGate(skill, Optional.empty(), Metrics.NONE);
            List<byte[]> requests = REQUESTS.stream().map(WarmUp::read).toList();
            Runnable round = () -> requests.forEach(request -> gate.execute(new BaseSkillRequest(request), null).getRawResponse());
            round.run();
            RequestLog.quietly(() -> {
                for (int i = 1; i < ROUNDS; i++) {
                    round.run();
                }
            });
        } catch (RuntimeException e) {
            failed("skill", e);
        }
    }

    private static byte[] read(String request) {
        String path = "/warm-up/" + request + ".json";
        try (InputStream in = WarmUp.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Warm-up request missing from the package: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void failed(String what, RuntimeException e) {
        LogLine.of("warm-up").with("part", what).with("outcome", "failed").with("error", e.getClass().getName()).write();
    }
}
