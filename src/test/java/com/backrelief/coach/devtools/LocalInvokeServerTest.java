package com.backrelief.coach.devtools;

import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local server answered by real clients, the JDK HTTP client and the AWS SDK's Lambda client, in
 * front of the real Lambda entry (with an in-memory store: {@code ReadmeCommandsIT} runs it on DynamoDB Local).
 */
class LocalInvokeServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InMemoryProgressStore STORE = new InMemoryProgressStore();
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static LocalInvokeServer server;
    private static LambdaClient lambda;

    @BeforeAll
    static void start() throws IOException {
        server = LocalInvokeServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "CoachFunction",
                new TestSkill(STORE).handler(), new PrintStream(LOG, true, StandardCharsets.UTF_8));
        lambda = LambdaClient.builder()
                .endpointOverride(server.uri())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @AfterAll
    static void stop() {
        lambda.close();
        server.close();
    }

    @Test
    void theInvokeApiAnswersALaunchWithTheWelcomeAsLambdaDoes() throws Exception {
        HttpResponse<String> response = post(server.invokeUri(), Events.bytes("launch"), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Amz-Executed-Version")).contains("$LATEST");
        assertThat(response.headers().firstValue("X-Amz-Request-Id")).isPresent();
        assertThat(response.headers().firstValue("X-Amz-Function-Error")).isEmpty();
        assertThat(json(response).path("response").path("outputSpeech").path("ssml").asText()).contains("Welcome");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CoachFunction:$LATEST", "CoachFunction:live", "123456789012:function:CoachFunction",
            "arn:aws:lambda:us-east-1:123456789012:function:CoachFunction",
            "arn:aws:lambda:us-east-1:123456789012:function:CoachFunction:live"})
    void theFunctionCanBeNamedAsLambdaAcceptsIt(String name) throws Exception {
        HttpResponse<String> response = post(invocations(name), Events.bytes("help"), "application/x-amz-json-1.0");

        assertThat(response.statusCode()).as(name).isEqualTo(200);
        assertThat(response.body()).contains("how do I do a cat cow");
    }

    @Test
    void anotherFunctionIsNotFound() throws Exception {
        HttpResponse<String> response = post(invocations("OtherFunction"), Events.bytes("launch"), null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("ResourceNotFoundException");
        assertThat(json(response)).isEqualTo(JSON.readTree("{\"Type\":\"User\",\"message\":\"Function not found: OtherFunction\"}"));
    }

    @Test
    void aHandlerErrorIsAnUnhandledFunctionErrorWithLambdasPayload() throws Exception {
        HttpResponse<String> response = post(server.invokeUri(), forAnotherSkill(), "text/plain");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Amz-Function-Error")).contains("Unhandled");
        JsonNode error = json(response);
        assertThat(error.path("errorType").asText()).isEqualTo("com.backrelief.coach.RequestRejectedException");
        assertThat(error.path("errorMessage").asText()).contains("skill id mismatch");
        assertThat(error.path("stackTrace").isArray()).isTrue();
        assertThat(error.path("stackTrace")).isEmpty();
        assertThat(LOG.toString(StandardCharsets.UTF_8)).contains("RequestRejectedException");
    }

    @Test
    void aDryRunChecksWithoutRunningAndAnEventRunsLater() throws Exception {
        String user = "amzn1.ask.account.ASYNC";
        HttpResponse<String> dryRun = post(server.invokeUri(), launchFor(user), null, "DryRun");
        assertThat(dryRun.statusCode()).isEqualTo(204);
        assertThat(STORE.get(user)).isEmpty();

        HttpResponse<String> event = post(server.invokeUri(), launchFor(user), null, "Event");

        assertThat(event.statusCode()).isEqualTo(202);
        assertThat(event.body()).isEmpty();
        for (int i = 0; i < 100 && STORE.get(user).isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(STORE.get(user)).as("the launch ran in the background").isPresent();
    }

    @Test
    void anUnknownInvocationTypeIsRefused() throws Exception {
        HttpResponse<String> response = post(server.invokeUri(), Events.bytes("launch"), null, "Later");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("InvalidParameterValueException");
        assertThat(json(response).path("message").asText()).contains("RequestResponse, Event or DryRun");
    }

    @Test
    void aPayloadOverLambdasLimitIsTooLarge() throws Exception {
        HttpResponse<String> response = post(server.invokeUri(), new byte[InvokeRoute.PAYLOAD_LIMIT + 1], null);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("RequestTooLargeException");
    }

    @Test
    void theAlexaEndpointAnswersAnAlexaRequestAsAnHttpsSkillWould() throws Exception {
        HttpResponse<String> response = post(server.uri().resolve("/"), Events.bytes("launch"), "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json;charset=UTF-8");
        assertThat(json(response).path("response").path("shouldEndSession").asBoolean(true)).isFalse();
        assertThat(response.body()).contains("Welcome");
    }

    @Test
    void aMalformedBodyGetsAClearErrorAndTheServerAnswersTheNextRequest() throws Exception {
        HttpResponse<String> malformed = post(server.uri().resolve("/"), "{\"version\": ".getBytes(StandardCharsets.UTF_8), null);
        HttpResponse<String> invokeMalformed = post(server.invokeUri(), "not json".getBytes(StandardCharsets.UTF_8), null);
        HttpResponse<String> next = post(server.uri().resolve("/"), Events.bytes("help"), null);

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).path("error").asText()).contains("not a JSON object", "events/launch.json");
        assertThat(invokeMalformed.statusCode()).isEqualTo(200);
        assertThat(invokeMalformed.headers().firstValue("X-Amz-Function-Error")).contains("Unhandled");
        assertThat(json(invokeMalformed).path("errorMessage").asText()).contains("not valid JSON");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("how do I do a cat cow");
    }

    @Test
    void aRequestForAnotherSkillIsRefusedAtTheAlexaEndpoint() throws Exception {
        HttpResponse<String> response = post(server.uri().resolve("/"), forAnotherSkill(), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").asText()).contains("skill id mismatch");
    }

    @Test
    void otherPathsAndMethodsAreNotFoundOrNotAllowed() throws Exception {
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> elsewhere = post(server.uri().resolve("/skill"), Events.bytes("launch"), null);
        HttpResponse<String> getInvoke = HTTP.send(HttpRequest.newBuilder(server.invokeUri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> otherOperation = post(server.uri().resolve(InvokeRoute.PREFIX + "CoachFunction/policy"),
                new byte[0], null);

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(json(elsewhere).path("error").asText()).contains("POST an Alexa request to /");
        assertThat(getInvoke.statusCode()).isEqualTo(405);
        assertThat(otherOperation.statusCode()).isEqualTo(404);
        assertThat(otherOperation.headers().firstValue("x-amzn-ErrorType")).contains("UnknownOperationException");
    }

    @Test
    void requestsArrivingTogetherAreAllAnswered() {
        List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, 12)
                .mapToObj(i -> HTTP.sendAsync(request(i % 2 == 0 ? server.invokeUri() : server.uri().resolve("/"),
                        Events.bytes("help"), null, null), HttpResponse.BodyHandlers.ofString()))
                .toList();

        assertThat(responses).allSatisfy(r -> assertThat(r.join().statusCode()).isEqualTo(200));
    }

    @Test
    void theSdksLambdaClientGetsTheLaunchResponse() throws Exception {
        InvokeResponse response = lambda.invoke(i -> i.functionName("CoachFunction")
                .payload(SdkBytes.fromByteArray(Events.bytes("launch"))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).isNull();
        assertThat(response.executedVersion()).isEqualTo("$LATEST");
        assertThat(JSON.readTree(response.payload().asByteArray()).path("response").path("outputSpeech").path("ssml").asText())
                .contains("Welcome");
    }

    @Test
    void theSdksLambdaClientSeesAHandlerErrorAsAnUnhandledFunctionError() throws Exception {
        SdkBytes event = SdkBytes.fromByteArray(forAnotherSkill());

        InvokeResponse response = lambda.invoke(i -> i.functionName("CoachFunction").payload(event));

        assertThat(response.functionError()).isEqualTo("Unhandled");
        assertThat(JSON.readTree(response.payload().asByteArray()).path("errorType").asText())
                .isEqualTo("com.backrelief.coach.RequestRejectedException");
    }

    @Test
    void theSdksLambdaClientGetsResourceNotFoundForAnotherFunctionAndDryRunsByArn() {
        assertThatThrownBy(() -> lambda.invoke(i -> i.functionName("OtherFunction")
                .payload(SdkBytes.fromByteArray(Events.bytes("launch")))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Function not found: OtherFunction");

        InvokeResponse dryRun = lambda.invoke(i -> i.functionName("arn:aws:lambda:us-east-1:123456789012:function:CoachFunction")
                .invocationType(InvocationType.DRY_RUN).payload(SdkBytes.fromByteArray(Events.bytes("launch"))));
        assertThat(dryRun.statusCode()).isEqualTo(204);
    }

    private static byte[] forAnotherSkill() throws IOException {
        ObjectNode event = Events.json("launch");
        ((ObjectNode) event.path("context").path("System").path("application")).put("applicationId", "amzn1.ask.skill.another");
        ((ObjectNode) event.path("session").path("application")).put("applicationId", "amzn1.ask.skill.another");
        return JSON.writeValueAsBytes(event);
    }

    private static byte[] launchFor(String user) throws IOException {
        ObjectNode event = Events.json("launch");
        ((ObjectNode) event.path("context").path("System").path("user")).put("userId", user);
        ((ObjectNode) event.path("session").path("user")).put("userId", user);
        return JSON.writeValueAsBytes(event);
    }

    private static URI invocations(String functionName) {
        return server.uri().resolve(InvokeRoute.PREFIX + URLEncoder.encode(functionName, StandardCharsets.UTF_8)
                + "/invocations");
    }

    private static HttpResponse<String> post(URI uri, byte[] body, String contentType) throws Exception {
        return post(uri, body, contentType, null);
    }

    private static HttpResponse<String> post(URI uri, byte[] body, String contentType, String invocationType)
            throws Exception {
        return HTTP.send(request(uri, body, contentType, invocationType), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(URI uri, byte[] body, String contentType, String invocationType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (invocationType != null) {
            request.header("X-Amz-Invocation-Type", invocationType);
        }
        return request.build();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
