package com.backrelief.coach.logging;

import java.util.List;

/**
 * The CloudWatch metrics each request's log line carries, in CloudWatch's embedded metric format: CloudWatch Logs
 * turns the line into metric values itself, so counting costs no call and no time. One value of each per request
 * (0 or 1, and the latency), under {@link #NAMESPACE} and the function's name. Never words, ids or symptoms: a
 * red flag is counted by its tier only.
 *
 * @param functionName the Lambda function's name, the one dimension ({@code FunctionName}); null writes no metrics
 */
public record Metrics(String functionName) {

    public static final String NAMESPACE = "BackReliefCoach";
    public static final String DIMENSION = "FunctionName";
    /** For requests that are not people's (the warm-up before a SnapStart snapshot): the line, without metrics. */
    public static final Metrics NONE = new Metrics(null);

    public static final String REQUESTS = "Requests";
    public static final String ERRORS = "Errors";
    public static final String WITHOUT_STORAGE = "AnsweredWithoutStorage";
    public static final String FALLBACKS = "Fallbacks";
    public static final String RED_FLAG_EMERGENCY = "RedFlagEmergency";
    public static final String RED_FLAG_URGENT = "RedFlagUrgent";
    public static final String RED_FLAG_SOON = "RedFlagSoon";
    public static final String PERMISSION_REFUSALS = "PermissionRefusals";
    public static final String ALEXA_API_FAILURES = "AlexaApiFailures";
    public static final String LATENCY = "Latency";

    /** Every count, in the order the line lists them. */
    public static final List<String> COUNTS = List.of(REQUESTS, ERRORS, WITHOUT_STORAGE, FALLBACKS, RED_FLAG_EMERGENCY,
            RED_FLAG_URGENT, RED_FLAG_SOON, PERMISSION_REFUSALS, ALEXA_API_FAILURES);

    boolean on() {
        return functionName != null;
    }

    /** The {@code _aws} member: which of the line's fields are metrics, their units, namespace and dimension. */
    String directive(long timestampMillis) {
        StringBuilder metrics = new StringBuilder();
        for (String count : COUNTS) {
            metrics.append("{\"Name\":\"").append(count).append("\",\"Unit\":\"Count\"},");
        }
        metrics.append("{\"Name\":\"").append(LATENCY).append("\",\"Unit\":\"Milliseconds\"}");
        return "{\"Timestamp\":" + timestampMillis + ",\"CloudWatchMetrics\":[{\"Namespace\":\"" + NAMESPACE
                + "\",\"Dimensions\":[[\"" + DIMENSION + "\"]],\"Metrics\":[" + metrics + "]}]}";
    }
}
