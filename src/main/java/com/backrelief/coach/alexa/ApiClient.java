package com.backrelief.coach.alexa;

import com.backrelief.coach.domain.alexa.Reminder;
import com.backrelief.coach.domain.alexa.ReminderAnswer;
import com.backrelief.coach.domain.alexa.Timer;
import com.backrelief.coach.logging.RequestLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The Alexa APIs the skill calls, on the JDK's HTTP client. Built once per container; each call
 * goes to the request's {@code apiEndpoint} with its {@code apiAccessToken}, and never throws:
 * a refusal or a failure comes back as an {@link Outcome} or a {@link Response}. Each call has a
 * deadline on the whole exchange, headers and body (the JDK's own request timeout stops at the
 * headers), and none runs past {@link #TURN_BUDGET} into the turn, so a slow API never holds an
 * answer past Alexa's 8 seconds.
 */
public final class ApiClient {

    /** How a call ended. */
    public enum Outcome {
        CREATED,
        /** The person has not allowed it (no token, or the API answered 401 or 403). */
        NOT_PERMITTED,
        FAILED
    }

    /**
     * What a GET came back with.
     *
     * @param status the HTTP status, or 0 when no answer arrived (refused, timed out, a bad address)
     * @param body   the response body, or empty
     */
    public record Response(int status, String body) {

        public static final Response FAILED = new Response(0, "");

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * No call runs later than this into a turn: storage gives up its last call 3 s in and each of its
     * calls ends within 2.5 s, so with this the turn is answered within about 5.5 s.
     */
    public static final Duration TURN_BUDGET = Duration.ofMillis(4500);

    static final String TIMERS_PATH = "/v1/alerts/timers";
    static final String REMINDERS_PATH = "/v1/alerts/reminders";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<HttpClient> factory;
    private final Duration requestTimeout;
    /** How long the turn has been going (the request's log knows when it began). */
    private final Supplier<Duration> turnElapsed;
    private volatile HttpClient http;

    public ApiClient(HttpClient http, Duration requestTimeout) {
        this(() -> http, requestTimeout);
    }

    /** With how long the turn has been going told by {@code turnElapsed}, for tests of the turn's budget. */
    ApiClient(HttpClient http, Duration requestTimeout, Supplier<Duration> turnElapsed) {
        this.factory = () -> http;
        this.requestTimeout = requestTimeout;
        this.turnElapsed = turnElapsed;
    }

    private ApiClient(Supplier<HttpClient> factory, Duration requestTimeout) {
        this.turnElapsed = () -> RequestLog.current().elapsed();
        this.factory = factory;
        this.requestTimeout = requestTimeout;
    }

    /**
     * A client that gives up connecting after one second and waiting for a whole answer after two. The
     * HTTP client itself is built on first use: most requests never call an Alexa API, so a cold
     * start (and a SnapStart snapshot) does without its threads.
     */
    public static ApiClient create() {
        return new ApiClient(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build(),
                Duration.ofSeconds(2));
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = factory.get();
                }
                client = http;
            }
        }
        return client;
    }

    /** GET {@code endpoint + path} with the request's bearer token; any failure is {@link Response#FAILED}. */
    public Response get(String endpoint, String path, String token) {
        return send("GET", endpoint, path, token, null);
    }

    /** One call with the request's bearer token and, when given, a JSON body; any failure is {@link Response#FAILED}. */
    private Response send(String method, String endpoint, String path, String token, String json) {
        if (endpoint == null || endpoint.isBlank() || token == null || token.isBlank()) {
            return Response.FAILED;
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stripSlash(endpoint) + path))
                    .timeout(requestTimeout)
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json");
            if (json != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return exchange(request.build(), HttpResponse.BodyHandlers.ofString())
                    .map(response -> new Response(response.statusCode(), response.body() == null ? "" : response.body()))
                    .orElse(Response.FAILED);
        } catch (IllegalArgumentException e) {
            return Response.FAILED;
        }
    }

    /**
     * Sends {@code request} and waits for the whole answer, body included, until the call's deadline
     * (its timeout, or what is left of the turn's {@link #TURN_BUDGET}); empty when none came in time.
     */
    private <T> Optional<HttpResponse<T>> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        long allowed = Math.min(requestTimeout.toMillis(), TURN_BUDGET.minus(turnElapsed.get()).toMillis());
        if (allowed <= 0) {
            return Optional.empty();
        }
        CompletableFuture<HttpResponse<T>> answer;
        try {
            answer = http().sendAsync(request, body);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(answer.get(allowed, TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException | CancellationException e) {
            answer.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Makes the skill's reminder ({@code POST /v1/alerts/reminders}); the answer carries its token.
     * The skill keeps one reminder per person, so a reminder it made that Alexa still has (a create
     * whose answer was lost) is moved to this one's schedule instead of a second being made; and
     * when a create gets no answer, or a server error, the reminders are read again to find the one
     * it may have made after all. When the reminders cannot be read first, nothing is created.
     */
    public ReminderAnswer createReminder(String apiEndpoint, String apiAccessToken, Reminder reminder) {
        if (apiAccessToken == null || apiAccessToken.isBlank()) {
            return ReminderAnswer.of(ReminderAnswer.Outcome.NOT_PERMITTED);
        }
        ReminderAnswer before = listReminders(apiEndpoint, apiAccessToken);
        if (!before.ok()) {
            return before;
        }
        Optional<ReminderAnswer.Listed> made = before.alerts().stream().filter(ReminderAnswer.Listed::on).findFirst();
        if (made.isPresent()) {
            return updateReminder(apiEndpoint, apiAccessToken, made.get().alertToken(), reminder);
        }
        Response response = send("POST", apiEndpoint, REMINDERS_PATH, apiAccessToken, ReminderBodies.request(reminder));
        ReminderAnswer answer = answer(response);
        if (answer.ok()) {
            answer = ReminderBodies.createdToken(response.body())
                    .map(token -> new ReminderAnswer(ReminderAnswer.Outcome.OK, token, List.of()))
                    .orElse(ReminderAnswer.of(ReminderAnswer.Outcome.FAILED));
        }
        reminderLogged("create-reminder", answer, response);
        if (answer.outcome() == ReminderAnswer.Outcome.FAILED && (response.status() == 0 || response.status() >= 500)) {
            return madeAfterAll(apiEndpoint, apiAccessToken).orElse(answer);
        }
        return answer;
    }

    /** The reminder a create without an answer made after all, if Alexa has one on now. */
    private Optional<ReminderAnswer> madeAfterAll(String apiEndpoint, String apiAccessToken) {
        ReminderAnswer after = listReminders(apiEndpoint, apiAccessToken);
        return after.alerts().stream().filter(ReminderAnswer.Listed::on).findFirst()
                .map(found -> new ReminderAnswer(ReminderAnswer.Outcome.OK, found.alertToken(), List.of()));
    }

    /**
     * Stops the person's reminder {@code alertToken} and any other reminder of the skill Alexa still has
     * on (one made by a create whose answer was lost); the answer is the one about {@code alertToken}.
     */
    public ReminderAnswer deleteEveryReminder(String apiEndpoint, String apiAccessToken, String alertToken) {
        ReminderAnswer answer = deleteReminder(apiEndpoint, apiAccessToken, alertToken);
        if (answer.ok() || answer.outcome() == ReminderAnswer.Outcome.NOT_FOUND) {
            listReminders(apiEndpoint, apiAccessToken).alerts().stream()
                    .filter(alert -> alert.on() && !alert.alertToken().equals(alertToken))
                    .forEach(alert -> deleteReminder(apiEndpoint, apiAccessToken, alert.alertToken()));
        }
        return answer;
    }

    /** Replaces a reminder's trigger and text ({@code PUT /v1/alerts/reminders/{alertToken}}). */
    public ReminderAnswer updateReminder(String apiEndpoint, String apiAccessToken, String alertToken, Reminder reminder) {
        if (apiAccessToken == null || apiAccessToken.isBlank()) {
            return ReminderAnswer.of(ReminderAnswer.Outcome.NOT_PERMITTED);
        }
        if (alertToken == null || alertToken.isBlank()) {
            return ReminderAnswer.of(ReminderAnswer.Outcome.NOT_FOUND);
        }
        Response response = send("PUT", apiEndpoint, reminderPath(alertToken), apiAccessToken, ReminderBodies.request(reminder));
        ReminderAnswer answer = answer(response);
        return reminderLogged("update-reminder", answer.ok() ? new ReminderAnswer(answer.outcome(), alertToken, List.of()) : answer,
                response);
    }

    /** Deletes a reminder ({@code DELETE /v1/alerts/reminders/{alertToken}}). */
    public ReminderAnswer deleteReminder(String apiEndpoint, String apiAccessToken, String alertToken) {
        if (apiAccessToken == null || apiAccessToken.isBlank()) {
            return ReminderAnswer.of(ReminderAnswer.Outcome.NOT_PERMITTED);
        }
        if (alertToken == null || alertToken.isBlank()) {
            return ReminderAnswer.of(ReminderAnswer.Outcome.NOT_FOUND);
        }
        Response response = send("DELETE", apiEndpoint, reminderPath(alertToken), apiAccessToken, null);
        return reminderLogged("delete-reminder", answer(response), response);
    }

    /** Reads one reminder ({@code GET /v1/alerts/reminders/{alertToken}}): its status and its rule. */
    public ReminderAnswer getReminder(String apiEndpoint, String apiAccessToken, String alertToken) {
        if (apiAccessToken == null || apiAccessToken.isBlank()) {
            return ReminderAnswer.of(ReminderAnswer.Outcome.NOT_PERMITTED);
        }
        if (alertToken == null || alertToken.isBlank()) {
            return ReminderAnswer.of(ReminderAnswer.Outcome.NOT_FOUND);
        }
        Response response = get(apiEndpoint, reminderPath(alertToken), apiAccessToken);
        ReminderAnswer answer = answer(response);
        if (answer.ok()) {
            answer = ReminderBodies.one(response.body(), alertToken)
                    .map(one -> new ReminderAnswer(ReminderAnswer.Outcome.OK, one.alertToken(), List.of(one)))
                    .orElse(ReminderAnswer.of(ReminderAnswer.Outcome.FAILED));
        }
        return reminderLogged("get-reminder", answer, response);
    }

    /** Reads every reminder this skill set for the person ({@code GET /v1/alerts/reminders}). */
    public ReminderAnswer listReminders(String apiEndpoint, String apiAccessToken) {
        if (apiAccessToken == null || apiAccessToken.isBlank()) {
            return ReminderAnswer.of(ReminderAnswer.Outcome.NOT_PERMITTED);
        }
        Response response = get(apiEndpoint, REMINDERS_PATH, apiAccessToken);
        ReminderAnswer answer = answer(response);
        if (answer.ok()) {
            answer = ReminderBodies.listed(response.body())
                    .map(alerts -> new ReminderAnswer(ReminderAnswer.Outcome.OK, null, alerts))
                    .orElse(ReminderAnswer.of(ReminderAnswer.Outcome.FAILED));
        }
        return reminderLogged("list-reminders", answer, response);
    }

    /**
     * What a Reminders API status means. A refusal that names the limit on reminders (the API's
     * {@code MAX_REMINDERS_EXCEEDED}, whatever its status) is the limit, one that names the device is
     * a device without reminders; otherwise 401 and 403 are a missing permission, 404 a reminder gone,
     * anything else a failure.
     */
    static ReminderAnswer answer(Response response) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return ReminderAnswer.of(ReminderAnswer.Outcome.OK);
        }
        String error = ReminderBodies.errorText(response.body());
        if (status >= 400 && status < 500 && (error.contains("MAX_REMINDERS") || error.contains("MAXIMUM NUMBER")
                || error.contains("TOO MANY REMINDERS") || error.contains("LIMIT_EXCEEDED"))) {
            return ReminderAnswer.of(ReminderAnswer.Outcome.LIMIT_REACHED);
        }
        if (status >= 400 && status < 500 && error.contains("DEVICE_NOT_SUPPORTED")) {
            return ReminderAnswer.of(ReminderAnswer.Outcome.UNSUPPORTED_DEVICE);
        }
        if (status == 401 || status == 403) {
            return ReminderAnswer.of(ReminderAnswer.Outcome.NOT_PERMITTED);
        }
        return ReminderAnswer.of(status == 404 ? ReminderAnswer.Outcome.NOT_FOUND : ReminderAnswer.Outcome.FAILED);
    }

    private static String reminderPath(String alertToken) {
        String token = alertToken == null ? "" : alertToken;
        return REMINDERS_PATH + "/" + URLEncoder.encode(token, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static ReminderAnswer reminderLogged(String call, ReminderAnswer answer, Response response) {
        RequestLog.current().alexaApi(call, answer.outcome().name() + " " + response.status());
        return answer;
    }

    /** Creates an Alexa timer (Timers REST API, create timer). */
    public Outcome createTimer(String apiEndpoint, String apiAccessToken, Timer timer) {
        if (apiAccessToken == null || apiAccessToken.isBlank()) {
            return Outcome.NOT_PERMITTED;
        }
        if (apiEndpoint == null || apiEndpoint.isBlank()) {
            return Outcome.FAILED;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(apiEndpoint) + TIMERS_PATH))
                    .timeout(requestTimeout)
                    .header("Authorization", "Bearer " + apiAccessToken)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(timer)))
                    .build();
            Optional<HttpResponse<Void>> response = exchange(request, HttpResponse.BodyHandlers.discarding());
            if (response.isEmpty()) {
                return logged(Outcome.FAILED, "no answer in time");
            }
            int status = response.get().statusCode();
            return logged(outcome(status), status);
        } catch (IllegalArgumentException e) {
            return logged(Outcome.FAILED, e.getClass().getSimpleName());
        }
    }

    static Outcome outcome(int status) {
        if (status == 200 || status == 201) {
            return Outcome.CREATED;
        }
        return status == 401 || status == 403 ? Outcome.NOT_PERMITTED : Outcome.FAILED;
    }

    /** The create-timer body: announce when it ends, in the request's language, shown on screens. */
    static String body(Timer timer) {
        ObjectNode body = JSON.createObjectNode();
        body.put("duration", timer.length().toString());
        body.put("timerLabel", timer.label());
        body.putObject("creationBehavior").putObject("displayExperience").put("visibility", "VISIBLE");
        ObjectNode triggering = body.putObject("triggeringBehavior");
        ObjectNode operation = triggering.putObject("operation").put("type", "ANNOUNCE");
        operation.putArray("textToAnnounce").addObject().put("locale", timer.locale()).put("text", timer.announcement());
        triggering.putObject("notificationConfig").put("playAudible", true);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripSlash(String endpoint) {
        return endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    }

    private static Outcome logged(Outcome outcome, Object detail) {
        RequestLog.current().alexaApi("create-timer", outcome.name() + " " + detail);
        return outcome;
    }
}
