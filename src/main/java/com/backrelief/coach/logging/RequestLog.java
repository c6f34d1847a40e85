package com.backrelief.coach.logging;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The one log line written for each request: what came in, how it ended, how long it took and
 * how many DynamoDB calls it made, with the request's CloudWatch metrics in it ({@link Metrics}). Kept
 * per thread, since one thread serves one request at a time (Lambda's model, and the local server's).
 * Never holds slot values or a full user id.
 */
public final class RequestLog {

    private static final ThreadLocal<RequestLog> CURRENT = new ThreadLocal<>();
    /** Red-flag tiers, least urgent first: a request keeps the most urgent one answered. */
    private static final List<String> TIERS = List.of("soon", "urgent", "emergency");

    private final Metrics metrics;

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
    private String turn;
    private String alexaApi;
    private String storage;
    private String record;
    private String redFlag;
    private boolean fallback;
    private boolean permissionRefused;
    private boolean alexaApiFailed;
    /** Sticky: a later note ("pending") must not hide that this turn went on without storage. */
    private boolean storageUnavailable;
    private int dynamoDbReads;
    private int dynamoDbWrites;

    private RequestLog(Metrics metrics) {
        this.metrics = metrics;
    }

    /** Set while this thread runs requests whose lines are not written (the priming rounds after the first). */
    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

    /** Runs {@code work} with the lines of the requests it handles on this thread left unwritten. */
    public static void quietly(Runnable work) {
        QUIET.set(true);
        try {
            work.run();
        } finally {
            QUIET.remove();
        }
    }

    /** Starts the record for the request this thread is about to handle, its line carrying these metrics. */
    public static RequestLog begin(Metrics metrics) {
        RequestLog log = new RequestLog(metrics);
        CURRENT.set(log);
        return log;
    }

    /** The record of the request in progress, or a detached one when none was begun (tests, tools). */
    public static RequestLog current() {
        RequestLog log = CURRENT.get();
        return log != null ? log : new RequestLog(Metrics.NONE);
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

    /**
     * A call to an Alexa API and how it ended, e.g. {@code create-timer CREATED 201}: an outcome of
     * {@code NOT_PERMITTED} counts as a permission refusal, {@code FAILED} as an Alexa API failure.
     */
    public RequestLog alexaApi(String call, String result) {
        this.alexaApi = call + " " + result;
        permissionRefused |= result.startsWith("NOT_PERMITTED");
        alexaApiFailed |= result.startsWith("FAILED");
        return this;
    }

    /**
     * A red flag answered with its tier's advice: "emergency", "urgent" (a doctor today) or "soon". Counted in the
     * tier's metric only: the line's own fields never name a tier.
     */
    public RequestLog redFlag(String tier) {
        if (TIERS.contains(tier) && (redFlag == null || TIERS.indexOf(tier) > TIERS.indexOf(redFlag))) {
            this.redFlag = tier;
        }
        return this;
    }

    /** Words the skill could not place, answered with the choices. */
    public RequestLog fallback() {
        this.fallback = true;
        return this;
    }

    /** The person did not allow what Alexa's permission question asked (denied, or did not answer). */
    public RequestLog permissionRefused() {
        this.permissionRefused = true;
        return this;
    }

    /** The intent the words were understood as, when it is not the one Alexa sent (never the words themselves). */
    public RequestLog heardAs(String intent) {
        this.heardAs = intent;
        return this;
    }

    /** Where the conversation was and the move the turn made ("coaching-step: routine-yes"), never the words. */
    public RequestLog turn(String state, String move) {
        this.turn = state + ": " + move;
        return this;
    }

    /** Where the device's time zone came from: "device", or why the fallback was used. */
    public RequestLog timeZone(String source) {
        this.timeZone = source;
        alexaApiFailed |= source.startsWith("fallback");
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
        storageUnavailable |= "unavailable".equals(note);
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
        double latencyMs = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - startNanos) / 1000.0;
        LogLine line = LogLine.of("request")
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
                .with("turn", turn)
                .with("timeZone", timeZone)
                .with("alexaApi", alexaApi)
                .with("storage", storage)
                .with("record", record)
                .with("fallback", fallback ? true : null)
                .with("permission", permissionRefused ? "refused" : null)
                .with("latencyMs", latencyMs)
                .with("dynamoDbReads", dynamoDbReads)
                .with("dynamoDbWrites", dynamoDbWrites);
        if (QUIET.get()) {
            return;
        }
        if (metrics.on()) {
            line.withJson("_aws", metrics.directive(System.currentTimeMillis()))
                    .with(Metrics.DIMENSION, metrics.functionName())
                    .with(Metrics.REQUESTS, 1)
                    .with(Metrics.ERRORS, "error".equals(outcome) ? 1 : 0)
                    .with(Metrics.WITHOUT_STORAGE, storageUnavailable ? 1 : 0)
                    .with(Metrics.FALLBACKS, fallback ? 1 : 0)
                    .with(Metrics.RED_FLAG_EMERGENCY, "emergency".equals(redFlag) ? 1 : 0)
                    .with(Metrics.RED_FLAG_URGENT, "urgent".equals(redFlag) ? 1 : 0)
                    .with(Metrics.RED_FLAG_SOON, "soon".equals(redFlag) ? 1 : 0)
                    .with(Metrics.PERMISSION_REFUSALS, permissionRefused ? 1 : 0)
                    .with(Metrics.ALEXA_API_FAILURES, alexaApiFailed ? 1 : 0)
                    .with(Metrics.LATENCY, latencyMs);
        }
        line.write();
    }
}
