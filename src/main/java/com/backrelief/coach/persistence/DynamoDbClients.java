package com.backrelief.coach.persistence;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Builds the one DynamoDB client a container uses, with deliberate timeouts and retries. */
public final class DynamoDbClients {

    /** Whole call, retries included: leaves most of Alexa's 8 seconds for the answer. */
    static final Duration API_CALL_TIMEOUT = Duration.ofMillis(2500);
    /** One HTTP attempt. */
    static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(800);
    /** Opening a connection; a reachable endpoint answers far sooner. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(500);
    /** First try plus two retries. */
    static final int MAX_ATTEMPTS = 3;

    /** Where the client goes: the region, and an endpoint that replaces DynamoDB's own (DynamoDB Local). */
    public interface Target {
        String region();

        Optional<String> dynamoDbEndpoint();
    }

    private DynamoDbClients() {
    }

    public static DynamoDbClient create(Target config) {
        return create(config, UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECTION_TIMEOUT)
                .socketTimeout(ATTEMPT_TIMEOUT)
                .build(), credentials(config));
    }

    /**
     * A client configured exactly like the real one whose HTTP layer answers from memory: the
     * warm-up runs the real store code through it without touching the table.
     */
    public static DynamoDbClient createForWarmUp(Target config) {
        return create(config, new WarmUpHttpClient(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("warm-up", "warm-up")));
    }

    private static DynamoDbClient create(Target config, SdkHttpClient http, AwsCredentialsProvider credentials) {
        var builder = DynamoDbClient.builder()
                .region(Region.of(config.region()))
                // Lambda puts the function's credentials in environment variables: reading them
                // directly skips the default chain's slower lookups (profiles, IMDS).
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(API_CALL_TIMEOUT)
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                        .retryStrategy(retry -> retry.maxAttempts(MAX_ATTEMPTS))
                        .build());
        config.dynamoDbEndpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(Target config) {
        if (config.dynamoDbEndpoint().isEmpty()) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        // DynamoDB Local accepts any key; real ones from the environment still win when present.
        return AwsCredentialsProviderChain.of(EnvironmentVariableCredentialsProvider.create(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
    }
}
