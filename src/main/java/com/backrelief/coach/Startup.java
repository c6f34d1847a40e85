package com.backrelief.coach;

import com.amazon.ask.CustomSkill;
import com.backrelief.coach.alexa.AlexaAdapters;
import com.backrelief.coach.alexa.ApiClient;
import com.backrelief.coach.content.Content;
import com.backrelief.coach.domain.alexa.AlexaApis;
import com.backrelief.coach.persistence.DynamoDbClients;
import com.backrelief.coach.persistence.DynamoDbProgressStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * What a container builds once, in the order that answers the first request soonest. The
 * DynamoDB client is the slowest part (TLS, endpoint rules, the SDK's request path: most of a
 * second in a fresh JVM), so a second thread builds it and warms its request path while this
 * thread reads the content and assembles the skill; the first read of the table waits for it
 * only if it is not ready yet.
 */
final class Startup {

    private final Config config;
    private final Clock clock = Clock.systemUTC();
    /** The Alexa API ports over one lazily built HTTP client: neither priming nor building the skill opens a connection. */
    private final AlexaApis alexaApi = AlexaAdapters.over(ApiClient.create());
    private final CompletableFuture<DynamoDbClient> dynamoDb;
    private final Content content;
    private final CustomSkill skill;

    Startup(Config config) {
        this.config = config;
        this.dynamoDb = CompletableFuture.supplyAsync(this::dynamoDbClient, Startup::startupThread);
        this.content = Content.load();
        this.skill = CoachSkill.build(new CoachSkill.Dependencies(
                new DynamoDbProgressStore(dynamoDb::join, config.tableName(), clock), content, clock, alexaApi));
    }

    CustomSkill skill() {
        return skill;
    }

    /** Waits for the client, then runs representative requests through the skill (SnapStart priming). */
    void prime() {
        dynamoDb.join();
        WarmUp.skill(content, config, alexaApi, clock);
    }

    private DynamoDbClient dynamoDbClient() {
        DynamoDbClient client = DynamoDbClients.create(config);
        WarmUp.dynamoDb(config, clock);
        return client;
    }

    private static void startupThread(Runnable work) {
        Thread thread = new Thread(work, "startup");
        thread.setDaemon(true);
        thread.start();
    }
}
