package com.backrelief.coach.logging;

import java.util.concurrent.TimeUnit;

/**
 * The one log line written for each request: what came in, how it ended, how long it took and
 * how many DynamoDB calls it made. Kept per thread, since one thread serves one request at a
 * time (Lambda's model, and the local server's). Never holds slot values or a full user id.
 */
public final class RequestLog {

    private static final ThreadLocal<RequestLog> CURRENT = new ThreadLocal<>();

    private final long startNanos = System.nanoTime();
    private String requestId;
    private String type;
    private String intent;
    private String locale;
    private String user;
    private String outcome = "answered";
    private String error;
    private String errorAt;
    private String reason;
    private String timeZone;
    private String heardAs;
    private String alexaApi;
    private String storage;
    private String record;
    private int dynamoDbReads;
    private int dynamoDbWrites;

    /** Starts the record for the request this thread is about to handle. */
    public static RequestLog begin() {
        RequestLog log = new RequestLog();
        CURRENT.set(log);
        return log;
    }

    /** The record of the request in progress, or a detached one when none was begun (tests, tools). */
    public static RequestLog current() {
        RequestLog log = CURRENT.get();
        return log != null ? log : new RequestLog();
    }

    /** How long ago the request began. */
    public java.time.Duration elapsed() {
        return java.time.Duration.ofNanos(System.nanoTime() - startNanos);
    }

    public RequestLog request(String requestId, String type, String intent, String locale) {
        this.requestId = requestId;
        this.type = type;
        this.intent = intent;
        this.locale = locale;
        return this;
    }

    public RequestLog user(String userId) {
        this.user = LogLine.userRef(userId);
        return this;
    }

    public RequestLog outcome(String outcome) {
        this.outcome = outcome;
        return this;
    }

    /**
     * A failure that was handled: its class and the line it came from, never its message, which
     * can quote request content.
     */
    public RequestLog error(Throwable throwable) {
        this.outcome = "error";
        this.error = throwable.getClass().getName();
        StackTraceElement[] trace = throwable.getStackTrace();
        this.errorAt = trace.length == 0 ? null : trace[0].toString();
        return this;
    }

    /** Why a session ended, as Alexa reported it. */
    public RequestLog reason(String reason) {
        this.reason = reason;
        return this;
    }

    /** A call to an Alexa API and how it ended, e.g. {@code create-timer 201}. */
    public RequestLog alexaApi(String call, String result) {
        this.alexaApi = call + " " + result;
        return this;
    }

    /** The intent the words were understood as, when it is not the one Alexa sent (never the words themselves). */
    public RequestLog heardAs(String intent) {
        this.heardAs = intent;
        return this;
    }

    /** Where the device's time zone came from: "device", or why the fallback was used. */
    public RequestLog timeZone(String source) {
        this.timeZone = source;
        return this;
    }

    /**
     * What happened with the progress store when it did not simply work: "unavailable" (a call
     * failed; the turn went on from the session), "pending" (a change is kept for a later turn),
     * "merged" (another device's change was merged in), "caught-up" (an earlier turn's change landed),
     * "own-write-recognised" (a write whose answer was lost was found in the record, its own token there).
     */
    public RequestLog storage(String note) {
        this.storage = note;
        return this;
    }

    /** Something about the person's stored record itself: "repaired" when it was read in an outdated or damaged shape. */
    public RequestLog record(String note) {
        this.record = note;
        return this;
    }

    public void countRead() {
        dynamoDbReads++;
    }

    public void countWrite() {
        dynamoDbWrites++;
    }



    /** Writes the line and forgets the record. */
    public void finish() {
        CURRENT.remove();
        LogLine.of("request")
                .with("requestId", requestId)
                .with("type", type)
                .with("intent", intent)
                .with("locale", locale)
                .with("user", user)
                .with("outcome", outcome)
                .with("error", error)
                .with("errorAt", errorAt)
                .with("reason", reason)
                .with("heardAs", heardAs)
                .with("timeZone", timeZone)
                .with("alexaApi", alexaApi)
                .with("storage", storage)
                .with("record", record)
                .with("latencyMs", TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - startNanos) / 1000.0)
                .with("dynamoDbReads", dynamoDbReads)
                .with("dynamoDbWrites", dynamoDbWrites)
                .write();
    }
}
