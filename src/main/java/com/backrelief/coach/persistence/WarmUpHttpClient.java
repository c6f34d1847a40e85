package com.backrelief.coach.persistence;

import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP layer of the warm-up DynamoDB client: every request is answered from memory with a
 * well-formed DynamoDB response (an item for GetItem, an empty result otherwise), so the SDK's
 * marshalling, signing, retry and unmarshalling code runs without any network or table.
 */
final class WarmUpHttpClient implements SdkHttpClient {

    /** What a GetItem returns during warm-up: a current record with every kind of attribute the store reads. */
    static final String ITEM = """
            {"Item":{"userId":{"S":"warm-up"},"schemaVersion":{"N":"3"},"visits":{"N":"2"},\
            "lastVisit":{"S":"2026-01-01"},"pace":{"S":"NORMAL"},"sessions":{"N":"1"},\
            "sessionDays":{"L":[{"S":"2026-01-01"}]},"streakStart":{"S":"2026-01-01"},"longestStreak":{"N":"1"},\
            "version":{"N":"1"},"expiresAt":{"N":"1800000000"}}}""";

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String operation = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        String body = operation.endsWith(".GetItem") ? ITEM : "{}";
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(200)
                                .putHeader("Content-Type", "application/x-amz-json-1.0")
                                .putHeader("Content-Length", Integer.toString(bytes.length))
                                .build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
                        .build();
            }

            @Override
            public void abort() {
                // Nothing is in flight.
            }
        };
    }

    @Override
    public String clientName() {
        return "WarmUp";
    }

    @Override
    public void close() {
        // Holds nothing.
    }
}
